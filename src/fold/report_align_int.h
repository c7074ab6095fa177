/* report_align_int.h - what the two forms of step 3's alignment share
 * (report_align.c, the prepared side used by folding; report_align_pair.c,
 * the pairwise form kept as the reference for tests and the fuzzer): a
 * sequence's values with the bit masks of their positions (nf_rp_map,
 * report_align.h) and the small steps both forms take.  Static inline:
 * each file keeps its own copy and nothing here is exported.  Included
 * by those two files only. */
#ifndef NF_REPORT_ALIGN_INT_H
#define NF_REPORT_ALIGN_INT_H

#include <assert.h>
#include <string.h>

#include "fold/report_align.h"

/* (nf_rp_map, in report_align.h, holds a sequence's values) */
#define MAP_SLOTS NF_RP_MAP_SLOTS
typedef nf_rp_map seq_map;

/* Slot of v in mp: where it is, or the empty slot where it would go (the
 * table is never more than 3/8 full). */
static inline unsigned map_slot(const seq_map *mp, uint32_t v)
{
    unsigned h = (unsigned)((v * 0x9E3779B1u) >> 24);
    while (mp->used[h] && mp->key[h] != v)
        h = (h + 1) & (MAP_SLOTS - 1);
    return h;
}

/* Value v at entry j of m into mp. */
static inline void map_put(seq_map *mp, uint32_t v, uint32_t j, uint32_t m)
{
    unsigned h = map_slot(mp, v);
    if (!mp->used[h]) {
        mp->used[h] = 1;
        mp->key[h] = v;
        mp->fwd[h][0] = mp->fwd[h][1] = mp->rev[h][0] = mp->rev[h][1] = 0;
    }
    uint32_t r = m - 1 - j;
    mp->fwd[h][j >> 6] |= 1ULL << (j & 63);
    mp->rev[h][r >> 6] |= 1ULL << (r & 63);
}

/* k's sequence (at most NF_SEQ_MAX stored entries) as entries: val[j]
 * and, with `values`, the value that followed it (NF_SEQ_ALT) in alt[j],
 * else 0; a value with no entry before it is dropped.  Returns the
 * number of entries. */
static inline uint32_t read_entries(const nf_sketch *k, int values, uint32_t *val,
                                    uint32_t *alt)
{
    uint32_t ns = k->n_seq < NF_SEQ_MAX ? k->n_seq : NF_SEQ_MAX, m = 0;
    for (uint32_t i = 0; i < ns; i++) {
        if (k->seq[i] & NF_SEQ_ALT) {
            if (values && m)
                alt[m - 1] = k->seq[i] & NF_SEQ_VALUE;
        } else {
            val[m] = k->seq[i] & NF_SEQ_VALUE;
            alt[m++] = 0;
        }
    }
    return m;
}

/* k's sequence (at most NF_SEQ_MAX stored entries) into mp's entries
 * (a number followed by its value, NF_SEQ_ALT, is one entry with two
 * values: the second only with `values`), without their positions
 * (map_build): the sequence that is walked needs no look-up. */
static inline void map_entries(seq_map *mp, const nf_sketch *k, int values)
{
    mp->n = read_entries(k, values, mp->val, mp->alt);
    mp->values = values;
}

/* Whether v is one of the n values of common[]. */
static inline int is_common(const uint32_t *common, uint32_t n, uint32_t v)
{
    for (uint32_t i = 0; i < n; i++)
        if (common[i] == v)
            return 1;
    return 0;
}

/* map_entries, and the positions of each value but the n of common[]
 * (round 13: those match nothing). */
static inline void map_build_except(seq_map *mp, const nf_sketch *k, int values,
                                    const uint32_t *common, uint32_t n)
{
    map_entries(mp, k, values);
    uint32_t m = mp->n;
    memset(mp->used, 0, sizeof mp->used);
    for (uint32_t j = 0; j < m; j++) {
        if (!is_common(common, n, mp->val[j]))
            map_put(mp, mp->val[j], j, m);
        if (mp->alt[j] && !is_common(common, n, mp->alt[j]))
            map_put(mp, mp->alt[j], j, m);
    }
}

/* map_entries, and the positions of each value. */
static inline void map_build(seq_map *mp, const nf_sketch *k, int values)
{
    map_build_except(mp, k, values, NULL, 0);
}

/* Slot of v in mp when it is there, else -1. */
static inline int map_find(const seq_map *mp, uint32_t v)
{
    unsigned h = map_slot(mp, v);
    return mp->used[h] ? (int)h : -1;
}

/* Set bits of x (SWAR count, portable C). */
static inline uint32_t pop64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (uint32_t)((x * 0x0101010101010101ULL) >> 56);
}

/* Index of the highest set bit of x (x != 0). */
static inline uint32_t high_bit(uint64_t x)
{
    uint32_t r = 0;
    for (uint32_t sh = 32; sh; sh >>= 1)
        if (x >> sh) {
            x >>= sh;
            r += sh;
        }
    return r;
}

/* First i with cnt[i] == l (l >= 1 is reached: it is the last count). */
static inline uint32_t first_reaching(const uint8_t *cnt, uint32_t n, uint32_t l)
{
    uint32_t i = 0;
    while (i + 1 < n && cnt[i] < l)
        i++;
    return i;
}

/* The positions of k's sequence (its values in mp) that are numbers:
 * those whose value is the low 31 bits of one of k's number anchors
 * (which sort first: their kind is 0 in the top bits; places and
 * curated entries are of that kind too, but not in the sequence). */
static inline void number_mask(const nf_sketch *k, const seq_map *mp, uint64_t num[2])
{
    num[0] = num[1] = 0;
    for (uint32_t i = 0; i < k->n_anchors; i++) {
        if (NF_ANCHOR_KIND(k->anchors[i]) != NF_ANCHOR_NUM)
            break;
        int h = map_find(mp, (uint32_t)k->anchors[i] & NF_SEQ_VALUE);
        if (h >= 0) {
            num[0] |= mp->fwd[h][0];
            num[1] |= mp->fwd[h][1];
        }
    }
}

/* Round 13: the values that the n entries val[], alt[] (alt[j] 0: none)
 * and the sequence of map mk hold in common, as a multiset: over the
 * distinct values u of the entries that mk holds, the smaller of u's
 * entries on each side.  An entry whose two values are both held counts
 * for each (rare: a figure's digits and value both met), so the count
 * may pass the LCS's bound by that much. */
static inline uint32_t multiset_common(const seq_map *mk, const uint32_t *val,
                                       const uint32_t *alt, uint32_t n)
{
    uint32_t c = 0;
    for (uint32_t j = 0; j < n; j++) {
        for (int w = 0; w < 2; w++) {
            uint32_t u = w ? alt[j] : val[j];
            if (w && (!u || u == val[j]))      /* alt 0: no second value */
                continue;
            int h = map_find(mk, u), seen = 0;
            if (h < 0)
                continue;
            uint32_t here = 0;
            for (uint32_t i = 0; i < n && !seen; i++) {
                int holds = val[i] == u || (alt[i] && alt[i] == u);
                seen = holds && i < j;
                here += (uint32_t)holds;
            }
            if (seen)
                continue;
            uint32_t there = pop64(mk->fwd[h][0]) + pop64(mk->fwd[h][1]);
            c += here < there ? here : there;
        }
    }
    return c;
}

#endif
