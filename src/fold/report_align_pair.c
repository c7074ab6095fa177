/* report_align_pair.c - step 3's alignment of two articles, the pairwise
 * form (round 10): the article is walked against a map of the other's
 * values, one bit-parallel LCS pass forwards for the LCS and the region's
 * ends, one backwards (nf_rp_align_figures) for its starts and the
 * figures.  Folding uses the prepared side of report_align.c, which
 * gives the same results for one article against many; this form stays
 * as the reference that test_fold_report12.c and fuzz/fuzz_sketch.c
 * compare the side with (what each reading means: report_align.c and
 * docs/fold_rounds.md, "Same report, round 10"). */
#include "fold/report_align_int.h"

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

/* nf_rp_align_seqs, and (`specific`) nf_rp_align_seqs_except: the
 * n_common values of common[] match nothing, and out->common is
 * counted. */
static void align_pairwise(const nf_sketch *a, const nf_sketch *b, int values,
                           const uint32_t *common, uint32_t n_common, int specific,
                           nf_rp_align *out, nf_rp_map *mb)
{
    memset(out, 0, sizeof *out);
    map_build_except(mb, b, values, common, n_common);
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
    if (specific)
        out->common = multiset_common(mb, ma.val, ma.alt, n);
}

void nf_rp_align_seqs(const nf_sketch *a, const nf_sketch *b, int values, nf_rp_align *out,
                      nf_rp_map *mb)
{
    assert(a && b && out && mb);
    align_pairwise(a, b, values, NULL, 0, 0, out, mb);
}

void nf_rp_align_seqs_except(const nf_sketch *a, const nf_sketch *b, int values,
                             const uint32_t *common, uint32_t n_common, nf_rp_align *out,
                             nf_rp_map *mb)
{
    assert(a && b && out && mb && (common || !n_common));
    align_pairwise(a, b, values, common, n_common, 1, out, mb);
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
