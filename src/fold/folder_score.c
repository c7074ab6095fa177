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
 * its top-k and the sort orders every step shares (stable, round 14).
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

/* ---- stable sorts, descending (round 14) --------------------------------
 * Decisions read the order of candidates and keys with equal weights, so
 * that order must not be the C library's choice: qsort keeps ties in
 * input order in glibc 2.36 (a merge sort) but not in every C library or
 * version.  These merge sorts keep ties in input order anywhere, and
 * call no comparison function (qsort's calls were 3 % of folding). */
#define NF_FD_STABLE_DESC(name, type, field)                                   \
    static void name##_ins(type *v, size_t n) /* insertion: stable */          \
    {                                                                          \
        for (size_t i = 1; i < n; i++) {                                       \
            type x = v[i];                                                     \
            size_t j = i;                                                      \
            for (; j > 0 && v[j - 1].field < x.field; j--)                     \
                v[j] = v[j - 1];                                               \
            v[j] = x;                                                          \
        }                                                                      \
    }                                                                          \
    static void name##_rec(type *v, type *tmp, size_t n)                       \
    {                                                                          \
        if (n <= 12) {                                                         \
            name##_ins(v, n);                                                  \
            return;                                                            \
        }                                                                      \
        size_t m = n / 2, i = 0, j = m, k = 0;                                 \
        name##_rec(v, tmp, m);                                                 \
        name##_rec(v + m, tmp, n - m);                                         \
        while (i < m && j < n) /* the right one only when strictly heavier */  \
            tmp[k++] = v[i].field < v[j].field ? v[j++] : v[i++];              \
        while (i < m)                                                          \
            tmp[k++] = v[i++];                                                 \
        memcpy(v, tmp, k * sizeof *v); /* v[k..n): the right run's rest */    \
    }                                                                          \
    void name(type *v, size_t n)                                               \
    {                                                                          \
        assert(v || !n);                                                       \
        type small[64];                                                        \
        type *tmp = n <= 64 ? small : malloc(n * sizeof *tmp);                 \
        if (!tmp) {                                                            \
            name##_ins(v, n); /* no memory: slower, the same order */          \
            return;                                                            \
        }                                                                      \
        name##_rec(v, tmp, n);                                                 \
        if (tmp != small)                                                      \
            free(tmp);                                                         \
    }

NF_FD_STABLE_DESC(nf_fd_sort_cand, nf_fd_cand, acc)
NF_FD_STABLE_DESC(nf_fd_sort_wkey, nf_fd_wkey, w)

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
    nf_fd_sort_cand(c, n);
    acc_reset(f);
    return n;
}

