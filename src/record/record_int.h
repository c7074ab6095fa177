/* record_int.h - internals shared by the record's files. */
#ifndef NF_RECORD_INT_H
#define NF_RECORD_INT_H

#include <stdio.h>
#include "newsfold/record.h"

/* Writes article `a` as a JSON object whose members are indented for
 * nesting level `depth` + 1 (when NF_JSON_PRETTY). */
nf_status nf_json_write_article_at(const nf_article *a, FILE *out,
                                   unsigned flags, int depth);

/* Writes the member name `key` (with the comma before it unless `first`,
 * and a newline and indentation for nesting level `depth` when
 * NF_JSON_PRETTY).  Shared by every stage's JSON section. */
void nf_json_key(FILE *out, unsigned flags, int depth, int first,
                 const char *key);

#endif
