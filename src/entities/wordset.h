/* wordset.h - a fixed set of words, each with class bits.
 *
 * The entity stage's word lists (lexicon.c's stop words, roles,
 * organisation words...; detect_heads.c's head words) are space-separated
 * static strings; a set indexes them once in an open-addressing table so
 * that a lookup costs one hash.  The table's slots are the caller's
 * (static storage), the words stay in the caller's strings (never
 * copied): nothing to free.
 */
#ifndef NF_ENTITIES_WORDSET_H
#define NF_ENTITIES_WORDSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct nf_wordset_slot {
    const char *w;             /* a word of a list, not NUL-terminated */
    unsigned char n;           /* its length in bytes (1..255) */
    unsigned bits;             /* the classes of the lists holding it */
} nf_wordset_slot;

typedef struct nf_wordset {
    nf_wordset_slot *slots;    /* zeroed, caller's storage */
    uint32_t mask;             /* slot count - 1; the count is a power of two
                                  larger than twice the number of words */
} nf_wordset;

/* Adds every space-separated word of `list` (a string that outlives the
 * set) with class bits `bits` (or-ed to those it already has).  Words
 * longer than 255 bytes are skipped.  Not thread-safe: fill the set once
 * (pthread_once) before any lookup. */
void nf_wordset_add(nf_wordset *s, const char *list, unsigned bits);

/* The class bits of exactly w[0..n), 0 when absent (or n is 0 or over
 * 255). */
unsigned nf_wordset_get(const nf_wordset *s, const char *w, size_t n);

#endif
