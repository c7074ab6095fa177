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
 * reference).
 * Round 13: this file holds the prepared side (what folding uses) and
 * the verdicts; the pairwise form, kept as the reference, is
 * report_align_pair.c, and what both use is in report_align_int.h. */
#include "fold/report_align_int.h"

/* ---- round 12: one article against many (nf_rp_side) ------------------ */

void nf_rp_side_init(nf_rp_side *s, const nf_sketch *k)
{
    assert(s && k);
    s->k = k;
    s->built[0] = s->built[1] = s->built[2] = s->built[3] = 0;
    s->n_common = 0;
}

void nf_rp_side_set_common(nf_rp_side *s, const uint32_t *v, uint32_t n)
{
    assert(s && (v || !n));
    if (n > NF_RP_COMMON_MAX)
        n = NF_RP_COMMON_MAX;
    memcpy(s->common, v, n * sizeof *v);
    s->n_common = n;
    s->built[2] = s->built[3] = 0;
}

/* s's map with or without values (and, `specific`, without the common
 * values: round 13), built on first use. */
static const seq_map *side_map_of(nf_rp_side *s, int values, int specific)
{
    values = values != 0;
    int ix = values + 2 * (specific != 0);
    if (!s->built[ix]) {
        if (specific) {
            map_build_except(&s->map[ix], s->k, values, s->common, s->n_common);
        } else {
            map_build(&s->map[ix], s->k, values);
            number_mask(s->k, &s->map[ix], s->num[values]);
        }
        s->built[ix] = 1;
    }
    return &s->map[ix];
}

/* s's map with or without values, built on first use. */
static const seq_map *side_map(nf_rp_side *s, int values)
{
    return side_map_of(s, values, 0);
}

int nf_rp_side_holds(nf_rp_side *s, uint32_t v)
{
    assert(s);
    return map_find(side_map(s, 1), v) >= 0;
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

/* nf_rp_side_align against map mk of s->k (`specific`: without the
 * common values). */
static void side_align_map(const seq_map *mk, const nf_sketch *b, int values, int specific,
                           nf_rp_align *out, nf_rp_pair *p)
{
    memset(out, 0, sizeof *out);
    uint32_t m = p->n = read_entries(b, values, p->val, p->alt);
    p->values = values != 0;
    p->specific = specific;
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
    if (specific)
        out->common = multiset_common(mk, p->val, p->alt, m);
}

void nf_rp_side_align(nf_rp_side *s, const nf_sketch *b, int values, nf_rp_align *out,
                      nf_rp_pair *p)
{
    assert(s && b && out && p);
    side_align_map(side_map(s, values), b, values, 0, out, p);
}

void nf_rp_side_align_specific(nf_rp_side *s, const nf_sketch *b, int values,
                               nf_rp_align *out, nf_rp_pair *p)
{
    assert(s && b && out && p);
    side_align_map(side_map_of(s, values, 1), b, values, 1, out, p);
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

/* The figures of nf_rp_side_figures over the region out->from_* ..
 * out->to_* (set), with what p (a whole alignment) found shared. */
static void count_figures(const nf_rp_side *s, const nf_sketch *b, nf_rp_align *out,
                          const nf_rp_pair *p)
{
    uint32_t m = p->n;
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

void nf_rp_side_figures(const nf_rp_side *s, const nf_sketch *b, nf_rp_align *out,
                        const nf_rp_pair *p)
{
    assert(s && b && out && p && s->built[p->values] && !p->specific);
    out->fig_a = out->miss_a = out->pre_a = out->post_a = 0;
    out->fig_b = out->miss_b = out->pre_b = out->post_b = 0;
    if (!out->lcs)
        return;
    uint32_t n = s->map[p->values].n, m = p->n;
    /* backwards (both reversed): the region's starts */
    uint8_t cnt[NF_SEQ_MAX];
    out->from_a = n - 1 - lcs_masks((const uint64_t (*)[2])p->rev, p->hit, m, n, 1, cnt);
    out->from_b = m - 1 - first_reaching(cnt, m, out->lcs);
    count_figures(s, b, out, p);
}

int nf_rp_side_disagree(const nf_rp_side *s, const nf_sketch *b, nf_rp_align *out,
                        const nf_rp_pair *p)
{
    assert(s && b && out && p && s->built[p->values] && !p->specific);
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

