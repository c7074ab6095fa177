/* names.h - name keys: a script-independent form of a person's, place's or
 * organisation's name, and fast approximate matching on it.
 *
 * A name goes through three forms:
 *   1. tokens: the name cut at spaces, hyphens, ・ and · (a katakana or
 *      Chinese full name keeps its parts), each transliterated to Latin
 *      by ICU ("Any-Latin", cached because opening it is slow) and folded
 *      to lowercase ASCII letters ("ゼレンスキー" -> "zerensuki",
 *      "Зеленський" -> "zelenskii", "泽连斯基" -> "zeliansiji").
 *   2. the skeleton of each token: its consonants mapped to classes that
 *      transliteration and translation confuse (l/r, b/v/w/f/p, s/z/ts/sh,
 *      k/c/q, j/dzh/zh/gi, ch/tch/cz), repeats collapsed, vowels and h
 *      dropped, an initial vowel kept as 'A'.  Epenthetic vowels of
 *      Japanese ("doragon" for "dragon"), Arabic's missing vowels and the
 *      -ij/-y/-yi endings of Slavic names all vanish:
 *      Zelensky, Zellinski, ゼレンスキー, زيلينسكي -> "ZLNSK".
 *   3. a weighted edit distance between skeletons (close classes cost
 *      half), and an index of skeletons by deletion neighbourhood, so
 *      that candidates within one edit are found without comparing all
 *      pairs.
 */
#ifndef NF_NAMES_H
#define NF_NAMES_H

#include <stddef.h>
#include <stdint.h>
#include "newsfold/error.h"
#include "core/buf.h"

#define NF_NAME_MAX_TOKENS 8
#define NF_NAME_TOKEN_MAX 48     /* bytes of one token's Latin form     */
#define NF_SKEL_MAX 32           /* bytes of one skeleton, with the NUL */

/* A name's key: up to NF_NAME_MAX_TOKENS tokens, each with its Latin form
 * and skeleton.  `full` is the skeleton of all tokens joined. */
typedef struct nf_name_key {
    int n;
    char latin[NF_NAME_MAX_TOKENS][NF_NAME_TOKEN_MAX];
    char skel[NF_NAME_MAX_TOKENS][NF_SKEL_MAX];
    char full[NF_SKEL_MAX * 2];
} nf_name_key;

/* ---- translit.c --------------------------------------------------------- */

typedef struct nf_namer nf_namer;

/* Creates a namer: it caches ICU's transliterator (not thread-safe: one
 * per thread).  NULL when ICU fails or out of memory. */
nf_namer *nf_namer_new(void);
/* The same, telling the failures apart: NF_OK with *out set, or
 * NF_ERR_NOMEM / NF_ERR_ICU with *out NULL. */
nf_status nf_namer_open(nf_namer **out);
void nf_namer_free(nf_namer *nm);

/* Computes the key of the name s[0..len) (valid UTF-8).  Tokens longer
 * than NF_NAME_TOKEN_MAX - 1 bytes are cut; tokens past the 8th are
 * dropped.  Errors: NF_ERR_ICU, NF_ERR_NOMEM. */
nf_status nf_name_key_make(nf_namer *nm, const char *s, size_t len,
                           nf_name_key *out);

/* Folds one Latin-script word to lowercase ASCII letters (accents
 * dropped, ß -> ss, ł -> l, č -> ch, š -> sh, ž -> zh); `cyrillic` says the
 * Latin came from ICU's Cyrillic transliteration (â -> ya, û -> yu).
 * Writes at most cap - 1 bytes and a NUL; returns the length. */
size_t nf_name_fold_latin(const uint16_t *u, size_t n, int cyrillic,
                          char *out, size_t cap);

/* ---- skeleton.c --------------------------------------------------------- */

/* Writes the skeleton of lowercase ASCII word w[0..n) to out (NUL-
 * terminated, at most cap - 1 bytes); returns its length. */
size_t nf_skeleton(const char *w, size_t n, char *out, size_t cap);

/* Weighted edit distance between skeletons a and b (NUL-terminated):
 * insert/delete 1, substitution 1, or 0.5 between close classes.  Gives
 * up and returns `limit` + 1 as soon as the distance must exceed limit. */
double nf_skel_distance(const char *a, const char *b, double limit);

/* Similarity of two Latin forms in [0,1]: 1 - Levenshtein / longer
 * length, on lowercase ASCII. */
double nf_latin_similarity(const char *a, const char *b);

/* ---- nameidx.c ---------------------------------------------------------- */

/* Maps skeletons to lists of ids; a query returns every id whose
 * skeleton is within one insertion, deletion or substitution of the
 * query's (the deletion neighbourhood: each skeleton is filed under
 * itself and its one-deletion variants). */
typedef struct nf_nameidx nf_nameidx;

nf_nameidx *nf_nameidx_new(void);
void nf_nameidx_free(nf_nameidx *ix);

/* Files `id` under skeleton `skel`.  Adding the same pair twice is
 * harmless.  Errors: NF_ERR_NOMEM. */
nf_status nf_nameidx_add(nf_nameidx *ix, const char *skel, uint32_t id);

/* Calls fn(ctx, id) for each id filed under a skeleton within one edit
 * of `skel` (possibly a few more, never fewer; an id may come more than
 * once).  Stops when fn returns non-zero. */
void nf_nameidx_query(const nf_nameidx *ix, const char *skel,
                      int (*fn)(void *ctx, uint32_t id), void *ctx);

#endif
