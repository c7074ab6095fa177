/* folder_score.c - how the folder gathers candidates.
 *
 * Weights are idf over the articles held in the window: the smaller of
 * the window-wide and the within-language one, so that words frequent in
 * one language weigh little, times a weight per kind of anchor (fuzzy
 * consonant keys weigh less than exact forms and numbers); they and
 * nf_fd_acc_add run per anchor and per posting, so they are inline in
 * folder_int.h.  Candidates (stories, articles) are gathered by adding
 * weights into a small fixed hash table that is reset after each query,
 * so a query costs what it touches, not what the folder holds; here are
 * its top-k and the sort orders every step shares.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "fold/folder_int.h"

/* Hash of a language code, never 0. */
uint64_t nf_fd_lang_hash(const char *lang)
{
    return XXH3_64bits(lang, strlen(lang)) | 1;
}

/* ---- candidate accumulator ---------------------------------------------- */

/* Empties the accumulator (only the slots used). */
static void acc_reset(nf_folder *f)
{
    for (size_t i = 0; i < f->n_acc; i++)
        f->acc[f->acc_used[i]].ix = SIZE_MAX;
    f->n_acc = 0;
}

/* Candidates by acc, descending. */
int nf_fd_cand_cmp(const void *x, const void *y)
{
    double a = ((const nf_fd_cand *)x)->acc, b = ((const nf_fd_cand *)y)->acc;
    return a < b ? 1 : a > b ? -1 : 0;
}

/* The `max` best candidates of the accumulator into c (sorted); count. */
size_t nf_fd_acc_top(nf_folder *f, nf_fd_cand *c, size_t max, double min_acc)
{
    size_t n = 0;
    for (size_t i = 0; i < f->n_acc; i++) {
        const nf_fd_acc_slot *s = &f->acc[f->acc_used[i]];
        if (s->v < min_acc)
            continue;
        nf_fd_cand x = { .ix = s->ix, .acc = s->v };
        if (n < max) {
            c[n++] = x;
        } else {
            size_t lo = 0;
            for (size_t j = 1; j < n; j++)
                if (c[j].acc < c[lo].acc)
                    lo = j;
            if (x.acc > c[lo].acc)
                c[lo] = x;
        }
    }
    qsort(c, n, sizeof *c, nf_fd_cand_cmp);
    acc_reset(f);
    return n;
}

/* Weighted keys by w, descending. */
int nf_fd_wkey_cmp(const void *x, const void *y)
{
    double a = ((const nf_fd_wkey *)x)->w, b = ((const nf_fd_wkey *)y)->w;
    return a < b ? 1 : a > b ? -1 : 0;
}
