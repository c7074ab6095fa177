/* newsfold/record.h - the record: a set of analysed articles and what was
 * found across them, rendered as JSON.
 *
 * `newsfold analyze --json` builds one record in memory and prints it;
 * `newsfold export` renders stored articles the same way.
 */
#ifndef NEWSFOLD_RECORD_H
#define NEWSFOLD_RECORD_H

#include <stdio.h>
#include "error.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nf_record nf_record;

/* Creates an empty record; NULL when out of memory. */
nf_record *nf_record_new(void);

/* Frees the record and the articles it owns.  NULL is allowed. */
void nf_record_free(nf_record *r);

/* Adds `a`; the record takes ownership (also on failure). */
nf_status nf_record_add(nf_record *r, nf_article *a);

/* Number of articles, and the i-th (borrowed). */
size_t nf_record_article_count(const nf_record *r);
const nf_article *nf_record_article(const nf_record *r, size_t i);

enum {
    NF_JSON_PRETTY = 1 << 0,   /* indent */
    NF_JSON_NO_TEXT = 1 << 1   /* omit article bodies */
};

/* Writes the whole record as one JSON object to `out`:
 *   {"articles":[{...},...]}
 * Returns NF_ERR_IO when writing fails, NF_ERR_NOMEM when a section
 * cannot be computed (what was written is then incomplete: discard it). */
nf_status nf_record_write_json(const nf_record *r, FILE *out, unsigned flags);

/* Writes `len` bytes of UTF-8 `s` as a quoted JSON string (escaping
 * quotes, backslashes and control characters; invalid bytes become
 * U+FFFD).  Returns NF_ERR_IO when writing fails. */
nf_status nf_json_write_string(FILE *out, const char *s, size_t len);

/* Writes one article as a JSON object (no trailing newline).  Returns
 * NF_ERR_IO when writing fails, NF_ERR_NOMEM (or NF_ERR_ICU) when the
 * facts of an article that has none attached cannot be extracted (the
 * object written is then incomplete: discard it). */
nf_status nf_article_write_json(const nf_article *a, FILE *out, unsigned flags);

#ifdef __cplusplus
}
#endif
#endif
