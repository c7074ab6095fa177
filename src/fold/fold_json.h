/* fold_json.h - hooks of the fold stage into the record and its JSON
 * rendering (src/record), and shared helpers of the fold renderers. */
#ifndef NF_FOLD_JSON_H
#define NF_FOLD_JSON_H

#include <stdio.h>
#include "newsfold/fold.h"
#include "newsfold/record.h"

/* Writes the article's fold members `,"report":..,"relation":..,"story":..`
 * (null when not folded) at nesting `depth` (as json_write.c indents). */
void nf_fold_write_article_fields(const nf_article *a, FILE *out,
                                  unsigned flags, int depth);

/* Folds arts[n - 1], the article just added to the record, with *f,
 * creating the folder on first use (the record's hook: analyze folds in
 * arrival order).  When folding merges a story into another, the
 * record's earlier articles of the merged story are relabelled with the
 * survivor.  Errors of nf_folder_add. */
nf_status nf_fold_record_add(nf_folder **f, nf_article *const *arts, size_t n);

#endif
