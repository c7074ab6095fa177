/* report_align.c - step 3 of folding, round 10: aligning two articles'
 * in-order anchors to tell one report in two languages (a translation,
 * or a fragment of one) from two reports of one event.
 *
 * A bag of shared anchors cannot tell the two apart: independent reports
 * of one event name the same people, places and figures.  What a
 * translation has and an independent report lacks is a parallel run:
 * where the two texts overlap, every figure and name of one comes in the
 * other, in the same order, and nothing is left out.  So the two anchor
 * sequences (nf_sketch.seq: numbers and name keys in text order) are
 * aligned by their longest common subsequence; the aligned region runs
 * from the first matched entry to the last (a fragment of a document
 * overlaps another fragment in one stretch; outside it neither text has
 * the other's anchors, which is no evidence against them).  Two readings
 * come out of it: how much of what the texts share comes in one order
 * (nf_rp_order; noise keys that only one script yields are left out of
 * it, unlike an LCS over the whole sequence), and which figures inside
 * the region one text has and the other lacks (nf_rp_figures_disagree).
 * Round 11: a number followed by a scale word is one entry with two
 * values, its digits and its value (features.c, NF_SEQ_ALT), so that
 * "3.4 billion", "34亿" and "3.400 millones" are one figure; the figures
 * are compared so, and strictly in every language (round 10 compared
 * languages that write by myriads leniently, by a list of codes).
 * Precisely, the region runs from the start of the shortest end part of
 * each sequence that holds the whole LCS to the end of the shortest
 * start part that does.  Cost per pair compared: one bit-parallel LCS
 * pass (two 64-bit words a step, n, m <= NF_SEQ_MAX) and a small hash
 * map of one sequence's values; a pair admitted on its order pays a
 * backward pass and the figures too (round 9's LCS filled an n x m
 * table for every pair: this is cheaper although more pairs are
 * compared).  Round 12 (speed): step 3 aligns one article with many, so
 * folder_report.c uses nf_rp_side_*: the article's map is built once,
 * the other sequence is looked up in it once per entry, the LCS passes
 * run over the masks so found, and the figures are counted on bit masks
 * (same results as the pairwise functions, which stay as the
 * reference). */
#include <assert.h>
#include <string.h>

#include "fold/report_align.h"

/* (nf_rp_map, in report_align.h, holds a sequence's values) */
#define MAP_SLOTS NF_RP_MAP_SLOTS
typedef nf_rp_map seq_map;

/* Slot of v in mp: where it is, or the empty slot where it would go (the
 * table is never more than 3/8 full). */
static unsigned map_slot(const seq_map *mp, uint32_t v)
{
    unsigned h = (unsigned)((v * 0x9E3779B1u) >> 24);
    while (mp->used[h] && mp->key[h] != v)
        h = (h + 1) & (MAP_SLOTS - 1);
    return h;
}

/* Value v at entry j of m into mp. */
static void map_put(seq_map *mp, uint32_t v, uint32_t j, uint32_t m)
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
static uint32_t read_entries(const nf_sketch *k, int values, uint32_t *val, uint32_t *alt)
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
static void map_entries(seq_map *mp, const nf_sketch *k, int values)
{
    mp->n = read_entries(k, values, mp->val, mp->alt);
    mp->values = values;
}

/* map_entries, and the positions of each value. */
static void map_build(seq_map *mp, const nf_sketch *k, int values)
{
    map_entries(mp, k, values);
    uint32_t m = mp->n;
    memset(mp->used, 0, sizeof mp->used);
    for (uint32_t j = 0; j < m; j++) {
        map_put(mp, mp->val[j], j, m);
        if (mp->alt[j])
            map_put(mp, mp->alt[j], j, m);
    }
}

/* Slot of v in mp when it is there, else -1. */
static int map_find(const seq_map *mp, uint32_t v)
{
    unsigned h = map_slot(mp, v);
    return mp->used[h] ? (int)h : -1;
}

/* The positions in mp (forwards, or backwards with `back`) that hold
 * either value of entry i of ma, into mk[2]; whether there are any. */
static int entry_mask(const seq_map *ma, uint32_t i, const seq_map *mp, int back,
                      uint64_t mk[2])
{
    mk[0] = mk[1] = 0;
    int h = map_find(mp, ma->val[i]), any = 0;
    if (h >= 0) {
        const uint64_t *x = back ? mp->rev[h] : mp->fwd[h];
        mk[0] |= x[0];
        mk[1] |= x[1];
        any = 1;
    }
    if (ma->alt[i] && (h = map_find(mp, ma->alt[i])) >= 0) {
        const uint64_t *x = back ? mp->rev[h] : mp->fwd[h];
        mk[0] |= x[0];
        mk[1] |= x[1];
        any = 1;
    }
    return any;
}

/* Set bits of x (SWAR count, portable C). */
static uint32_t pop64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (uint32_t)((x * 0x0101010101010101ULL) >> 56);
}

/* Index of the highest set bit of x (x != 0). */
static uint32_t high_bit(uint64_t x)
{
    uint32_t r = 0;
    for (uint32_t sh = 32; sh; sh >>= 1)
        if (x >> sh) {
            x >>= sh;
            r += sh;
        }
    return r;
}

/* One pass of the bit-parallel LCS (Allison and Dix; Hyyroe): a's
 * entries in order (`back`: from the last), against b's positions in
 * mp (forwards, or backwards with `back`), m of them.  cnt[i] receives
 * the LCS of the first i + 1 entries of a taken and b; returns the
 * position (in the pass's direction) of b's last increment of the final
 * row: the end of the shortest part of b that holds the whole LCS. */
static uint32_t lcs_pass(const seq_map *ma, uint32_t n, const seq_map *mp, uint32_t m,
                         int back, uint8_t *cnt)
{
    uint64_t full0 = m >= 64 ? ~0ULL : (1ULL << m) - 1;
    uint64_t full1 = m > 64 ? (m >= 128 ? ~0ULL : (1ULL << (m - 64)) - 1) : 0;
    uint64_t v0 = full0, v1 = full1;    /* set bits: no increment there */
    for (uint32_t i = 0; i < n; i++) {
        uint64_t mk[2];
        if (entry_mask(ma, back ? n - 1 - i : i, mp, back, mk)) {
            uint64_t u0 = v0 & mk[0], u1 = v1 & mk[1];
            uint64_t s0 = v0 + u0;
            uint64_t s1 = v1 + u1 + (s0 < v0);
            /* u is a subset of v, so v - u is v ^ u */
            v0 = (s0 | (v0 ^ u0)) & full0;
            v1 = (s1 | (v1 ^ u1)) & full1;
        }
        uint32_t zeros = m - pop64(v0) - pop64(v1);
        cnt[i] = (uint8_t)zeros;
    }
    uint64_t z1 = ~v1 & full1, z0 = ~v0 & full0;
    if (z1)
        return 64 + high_bit(z1);
    return z0 ? high_bit(z0) : 0;
}

/* First i with cnt[i] == l (l >= 1 is reached: it is the last count). */
static uint32_t first_reaching(const uint8_t *cnt, uint32_t n, uint32_t l)
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
static void number_mask(const nf_sketch *k, const seq_map *mp, uint64_t num[2])
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

/* Counts, over the first n entries of k's sequence (numbers at the bits
 * of num), the numbers of the region [from, to] into *fig and those of
 * them the other sequence (other) lacks into *miss; numbers the other
 * lacks before the region into *pre, after it into *post. */
static void region_figures(const seq_map *mk, uint32_t n, const uint64_t num[2],
                           uint32_t from, uint32_t to, const seq_map *other,
                           uint32_t *fig, uint32_t *miss, uint32_t *pre, uint32_t *post)
{
    uint64_t none[2];
    *fig = *miss = *pre = *post = 0;
    for (uint32_t w = 0; w < 2; w++) {
        for (uint64_t x = num[w]; x; x &= x - 1) {
            uint32_t i = 64 * w + pop64((x & (~x + 1)) - 1);   /* lowest set bit */
            if (i >= n)
                break;
            int lacks = !entry_mask(mk, i, other, 0, none);
            if (i < from) {
                *pre += (uint32_t)lacks;
            } else if (i > to) {
                *post += (uint32_t)lacks;
            } else {
                (*fig)++;
                *miss += (uint32_t)lacks;
            }
        }
    }
}

void nf_rp_align_seqs(const nf_sketch *a, const nf_sketch *b, int values, nf_rp_align *out,
                      nf_rp_map *mb)
{
    assert(a && b && out && mb);
    memset(out, 0, sizeof *out);
    map_build(mb, b, values);
    seq_map ma;
    map_entries(&ma, a, values);
    uint32_t n = ma.n, m = mb->n;
    out->n_a = n;
    out->n_b = m;
    if (!n || !m)
        return;
    static_assert(NF_SEQ_MAX <= 128, "a sequence's positions fit two words");
    /* shared entries of a, and which of b's entries a's values reach */
    uint64_t reach0 = 0, reach1 = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t mk[2];
        if (entry_mask(&ma, i, mb, 0, mk)) {
            out->shared_a++;
            reach0 |= mk[0];
            reach1 |= mk[1];
        }
    }
    out->shared_b = pop64(reach0) + pop64(reach1);
    if (!out->shared_a)
        return;
    /* forwards: the LCS and the region's end in a and in b */
    uint8_t cnt[NF_SEQ_MAX];
    out->to_b = lcs_pass(&ma, n, mb, m, 0, cnt);
    out->lcs = cnt[n - 1];
    out->to_a = first_reaching(cnt, n, out->lcs);
}

void nf_rp_align_figures(const nf_sketch *a, const nf_sketch *b, nf_rp_align *out,
                         const nf_rp_map *mb)
{
    assert(a && b && out && mb);
    out->fig_a = out->miss_a = out->pre_a = out->post_a = 0;
    out->fig_b = out->miss_b = out->pre_b = out->post_b = 0;
    if (!out->lcs)
        return;
    seq_map ma;
    map_build(&ma, a, mb->values);
    uint32_t n = ma.n, m = mb->n;
    /* backwards (both reversed): the region's start */
    uint8_t cnt[NF_SEQ_MAX];
    out->from_b = m - 1 - lcs_pass(&ma, n, mb, m, 1, cnt);
    out->from_a = n - 1 - first_reaching(cnt, n, out->lcs);
    uint64_t num_a[2], num_b[2];
    number_mask(a, &ma, num_a);
    number_mask(b, mb, num_b);
    region_figures(&ma, n, num_a, out->from_a, out->to_a, mb, &out->fig_a, &out->miss_a,
                   &out->pre_a, &out->post_a);
    region_figures(mb, m, num_b, out->from_b, out->to_b, &ma, &out->fig_b, &out->miss_b,
                   &out->pre_b, &out->post_b);
}

/* ---- round 12: one article against many (nf_rp_side) ------------------ */

void nf_rp_side_init(nf_rp_side *s, const nf_sketch *k)
{
    assert(s && k);
    s->k = k;
    s->built[0] = s->built[1] = 0;
}

/* s's map with or without values, built on first use. */
static const seq_map *side_map(nf_rp_side *s, int values)
{
    values = values != 0;
    if (!s->built[values]) {
        map_build(&s->map[values], s->k, values);
        number_mask(s->k, &s->map[values], s->num[values]);
        s->built[values] = 1;
    }
    return &s->map[values];
}

/* Or-s the positions of v in mp (forwards into f, backwards into r);
 * whether v is there. */
static int add_positions(const seq_map *mp, uint32_t v, uint64_t f[2], uint64_t r[2])
{
    int h = map_find(mp, v);
    if (h < 0)
        return 0;
    f[0] |= mp->fwd[h][0];
    f[1] |= mp->fwd[h][1];
    r[0] |= mp->rev[h][0];
    r[1] |= mp->rev[h][1];
    return 1;
}

/* The bit-parallel LCS of lcs_pass over masks already looked up: step i
 * takes entry i (`back`: steps - 1 - i) of the walked sequence, whose
 * positions in the other one (`bits` of them) are mk[]. */
static uint32_t lcs_masks(const uint64_t (*mk)[2], const uint8_t *hit, uint32_t steps,
                          uint32_t bits, int back, uint8_t *cnt)
{
    uint64_t full0 = bits >= 64 ? ~0ULL : (1ULL << bits) - 1;
    uint64_t full1 = bits > 64 ? (bits >= 128 ? ~0ULL : (1ULL << (bits - 64)) - 1) : 0;
    uint64_t v0 = full0, v1 = full1;
    uint8_t zeros = 0;                  /* a row without a match keeps its count */
    for (uint32_t i = 0; i < steps; i++) {
        uint32_t e = back ? steps - 1 - i : i;
        if (hit[e]) {
            uint64_t u0 = v0 & mk[e][0], u1 = v1 & mk[e][1];
            uint64_t s0 = v0 + u0;
            uint64_t s1 = v1 + u1 + (s0 < v0);
            v0 = (s0 | (v0 ^ u0)) & full0;
            v1 = (s1 | (v1 ^ u1)) & full1;
            zeros = (uint8_t)(bits - pop64(v0) - pop64(v1));
        }
        cnt[i] = zeros;
    }
    uint64_t z1 = ~v1 & full1, z0 = ~v0 & full0;
    if (z1)
        return 64 + high_bit(z1);
    return z0 ? high_bit(z0) : 0;
}

void nf_rp_side_align(nf_rp_side *s, const nf_sketch *b, int values, nf_rp_align *out,
                      nf_rp_pair *p)
{
    assert(s && b && out && p);
    memset(out, 0, sizeof *out);
    const seq_map *mk = side_map(s, values);
    uint32_t m = p->n = read_entries(b, values, p->val, p->alt);
    p->values = values != 0;
    p->reach[0] = p->reach[1] = 0;
    uint32_t n = mk->n;
    out->n_a = n;
    out->n_b = m;
    if (!n || !m)
        return;
    /* where each entry of b meets the article: the match of two entries
     * (either value of one is either value of the other) is symmetric,
     * so walking b against the article's map gives what walking the
     * article against b's map gives */
    for (uint32_t j = 0; j < m; j++) {
        p->fwd[j][0] = p->fwd[j][1] = p->rev[j][0] = p->rev[j][1] = 0;
        int any = add_positions(mk, p->val[j], p->fwd[j], p->rev[j]);
        if (p->alt[j])
            any |= add_positions(mk, p->alt[j], p->fwd[j], p->rev[j]);
        p->hit[j] = (uint8_t)any;
        if (any) {
            out->shared_b++;
            p->reach[0] |= p->fwd[j][0];
            p->reach[1] |= p->fwd[j][1];
        }
    }
    out->shared_a = pop64(p->reach[0]) + pop64(p->reach[1]);
    if (!out->shared_a)
        return;
    /* forwards: the rows are b's entries, so the bits end the region in
     * the article and the first full row ends it in b */
    uint8_t cnt[NF_SEQ_MAX];
    out->to_a = lcs_masks((const uint64_t (*)[2])p->fwd, p->hit, m, n, 0, cnt);
    out->lcs = cnt[m - 1];
    out->to_b = first_reaching(cnt, m, out->lcs);
}

/* Bits 0 .. i - 1 of a two-word mask into x (i <= 128). */
static void below(uint32_t i, uint64_t x[2])
{
    x[0] = i >= 64 ? ~0ULL : (1ULL << i) - 1;
    x[1] = i <= 64 ? 0 : (i >= 128 ? ~0ULL : (1ULL << (i - 64)) - 1);
}

/* region_figures over masks: numbers num, those the other sequence has
 * `shared`, the region from .. to as region_figures reads it (an entry
 * before `from` is before it, else one after `to` after it). */
static void mask_figures(const uint64_t num[2], const uint64_t shared[2], uint32_t from,
                         uint32_t to, uint32_t *fig, uint32_t *miss, uint32_t *pre,
                         uint32_t *post)
{
    uint64_t lo[2], upto[2];
    below(from, lo);
    below(to + 1, upto);
    *fig = *miss = *pre = *post = 0;
    for (int w = 0; w < 2; w++) {
        uint64_t lack = num[w] & ~shared[w];
        uint64_t in = num[w] & ~lo[w] & upto[w];
        *fig += pop64(in);
        *miss += pop64(in & lack);
        *pre += pop64(lack & lo[w]);
        *post += pop64(lack & ~lo[w] & ~upto[w]);
    }
}

/* The values (low 31 bits) of a sketch's number anchors, for look-up:
 * open addressing in NUM_SLOTS slots while they fill at most 3/4 of
 * them, else (`scan`) a walk over the anchors. */
#define NUM_SLOTS 256u
typedef struct num_set {
    uint32_t key[NUM_SLOTS];
    uint64_t used[NUM_SLOTS / 64];
    uint32_t nn;                        /* number anchors (they sort first) */
    int scan;
} num_set;

/* k's number anchors into ns. */
static void num_set_build(num_set *ns, const nf_sketch *k)
{
    uint32_t nn = 0;
    while (nn < k->n_anchors && NF_ANCHOR_KIND(k->anchors[nn]) == NF_ANCHOR_NUM)
        nn++;
    ns->nn = nn;
    ns->scan = nn > NUM_SLOTS / 4 * 3;
    memset(ns->used, 0, sizeof ns->used);
    for (uint32_t i = 0; i < nn && !ns->scan; i++) {
        uint32_t v = (uint32_t)k->anchors[i] & NF_SEQ_VALUE;
        unsigned h = (unsigned)((v * 0x9E3779B1u) >> 24);
        while ((ns->used[h >> 6] >> (h & 63) & 1) && ns->key[h] != v)
            h = (h + 1) & (NUM_SLOTS - 1);
        ns->used[h >> 6] |= 1ULL << (h & 63);
        ns->key[h] = v;
    }
}

/* Whether v is the value of one of k's number anchors (ns built from k). */
static int num_set_has(const num_set *ns, const nf_sketch *k, uint32_t v)
{
    if (ns->scan) {
        for (uint32_t i = 0; i < ns->nn; i++)
            if (((uint32_t)k->anchors[i] & NF_SEQ_VALUE) == v)
                return 1;
        return 0;
    }
    unsigned h = (unsigned)((v * 0x9E3779B1u) >> 24);
    while (ns->used[h >> 6] >> (h & 63) & 1) {
        if (ns->key[h] == v)
            return 1;
        h = (h + 1) & (NUM_SLOTS - 1);
    }
    return 0;
}

void nf_rp_side_figures(const nf_rp_side *s, const nf_sketch *b, nf_rp_align *out,
                        const nf_rp_pair *p)
{
    assert(s && b && out && p && s->built[p->values]);
    out->fig_a = out->miss_a = out->pre_a = out->post_a = 0;
    out->fig_b = out->miss_b = out->pre_b = out->post_b = 0;
    if (!out->lcs)
        return;
    uint32_t n = s->map[p->values].n, m = p->n;
    /* backwards (both reversed): the region's starts */
    uint8_t cnt[NF_SEQ_MAX];
    out->from_a = n - 1 - lcs_masks((const uint64_t (*)[2])p->rev, p->hit, m, n, 1, cnt);
    out->from_b = m - 1 - first_reaching(cnt, m, out->lcs);
    /* b's numbers: entries holding the value of one of its number
     * anchors (number_mask without b's map) */
    num_set ns;
    num_set_build(&ns, b);
    uint64_t num_b[2] = {0, 0}, hit_b[2] = {0, 0};
    for (uint32_t j = 0; j < m; j++) {
        uint64_t bit = 1ULL << (j & 63);
        if (p->hit[j])
            hit_b[j >> 6] |= bit;
        if (num_set_has(&ns, b, p->val[j]) || (p->alt[j] && num_set_has(&ns, b, p->alt[j])))
            num_b[j >> 6] |= bit;
    }
    mask_figures(s->num[p->values], p->reach, out->from_a, out->to_a, &out->fig_a,
                 &out->miss_a, &out->pre_a, &out->post_a);
    mask_figures(num_b, hit_b, out->from_b, out->to_b, &out->fig_b, &out->miss_b,
                 &out->pre_b, &out->post_b);
}

int nf_rp_side_disagree(const nf_rp_side *s, const nf_sketch *b, nf_rp_align *out,
                        const nf_rp_pair *p)
{
    assert(s && b && out && p && s->built[p->values]);
    if (!out->lcs)
        return 0;
    /* every way to disagree needs two numbers of one text that the other
     * lacks: the article's are its numbers off the shared positions; b's
     * are asked only when the article's are fewer */
    const uint64_t *num_a = s->num[p->values];
    uint32_t lack_a = pop64(num_a[0] & ~p->reach[0]) + pop64(num_a[1] & ~p->reach[1]);
    if (lack_a < NF_RP_MISS_MIN) {
        num_set ns;
        num_set_build(&ns, b);
        uint32_t lack_b = 0;
        for (uint32_t j = 0; j < p->n && lack_b < NF_RP_MISS_MIN; j++)
            lack_b += !p->hit[j] && (num_set_has(&ns, b, p->val[j]) ||
                                     (p->alt[j] && num_set_has(&ns, b, p->alt[j])));
        if (lack_b < NF_RP_MISS_MIN)
            return 0;
    }
    nf_rp_side_figures(s, b, out, p);
    return nf_rp_figures_disagree(out);
}

double nf_rp_order(const nf_rp_align *al)
{
    assert(al);
    uint32_t mn = al->shared_a < al->shared_b ? al->shared_a : al->shared_b;
    return mn ? (double)al->lcs / mn : 0.0;
}

int nf_rp_figures_disagree(const nf_rp_align *al)
{
    assert(al);
    if ((al->pre_a >= NF_RP_MISS_MIN && al->pre_b >= NF_RP_MISS_MIN) ||
        (al->post_a >= NF_RP_MISS_MIN && al->post_b >= NF_RP_MISS_MIN))
        return 1;
    return (al->miss_a >= NF_RP_MISS_MIN && 3 * al->miss_a >= al->fig_a) ||
           (al->miss_b >= NF_RP_MISS_MIN && 3 * al->miss_b >= al->fig_b) ||
           (al->miss_a >= NF_RP_MISS_MIN && al->miss_b >= NF_RP_MISS_MIN);
}

int nf_rp_near_order(uint32_t lcs, double order, double jac)
{
    return order >= NF_RP_NEAR_ORDER && lcs >= NF_RP_NEAR_MIN && jac >= NF_RP_NEAR_JAC;
}
