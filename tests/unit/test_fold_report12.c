/* test_fold_report12.c - step 3 of folding, round 12 (speed): the
 * alignment of one article against many (nf_rp_side_align,
 * nf_rp_side_figures in report_align.c) gives exactly what the pairwise
 * alignment (nf_rp_align_seqs, nf_rp_align_figures) gives, every field,
 * with and without values; nf_rp_side_disagree (which skips the figures
 * when neither text lacks two of the other's numbers) gives the verdict
 * nf_rp_figures_disagree gives after them.
 *
 * The side walks the other sequence against the article's map, the
 * pairwise functions walk the article against the other's map, and the
 * side finds the other's numbers without a map: so the pairs are made
 * to hold what could set them apart: repeated values, a number and its
 * value (NF_SEQ_ALT, also as the first entry, which is dropped), the
 * value 0 (an entry's second value 0 means none), a key anchor whose low
 * bits are a number's, number anchors not in the sequence, sequences
 * longer than NF_SEQ_MAX (read up to it), empty ones, and one side
 * reused for many others with the two readings interleaved.  The
 * sequences are drawn from a fixed pseudo-random stream, so a failure
 * repeats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "fold/fold_int.h"
#include "fold/report_align.h"

#define MAX_ENTRIES 120   /* more than NF_SEQ_MAX: the cap is read too */

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

/* Next pseudo-random number (xorshift64). */
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* A number below n (n > 0). */
static uint32_t below_n(uint32_t n)
{
    return (uint32_t)(rnd() % n);
}

/* The low 31 bits of symbol s of a trial's alphabet (0 stays 0). */
static uint32_t sym_value(uint32_t s)
{
    return s ? (uint32_t)((s * 2654435761u) % 2000000000u) + 1 : 0;
}

typedef struct fake {
    nf_sketch k;
    uint64_t anchors[2 * MAX_ENTRIES + 8];
    uint32_t seq[MAX_ENTRIES];
} fake;

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* Makes f a sketch whose sequence is the symbols syms[0..n) (sym_value),
 * each also an anchor: a number when is_num (may be NULL) says so, else a
 * key; anchors sorted, repeats kept once. */
static void fake_from(fake *f, const uint32_t *syms, const int *is_num, uint32_t n)
{
    memset(&f->k, 0, sizeof f->k);
    f->k.anchors = f->anchors;
    f->k.seq = f->seq;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t v = sym_value(syms[i]);
        f->seq[f->k.n_seq++] = v;
        f->anchors[f->k.n_anchors++] = (uint64_t)(is_num && is_num[i] ? NF_ANCHOR_NUM : NF_ANCHOR_KEY) << 62 | v;
    }
    qsort(f->anchors, f->k.n_anchors, sizeof f->anchors[0], cmp_u64);
    uint32_t u = 0;
    for (uint32_t i = 0; i < f->k.n_anchors; i++)
        if (!u || f->anchors[u - 1] != f->anchors[i])
            f->anchors[u++] = f->anchors[i];
    f->k.n_anchors = u;
}

/* A sketch of len entries over an alphabet of `alpha` symbols, symbols
 * below `nums` being numbers; a number is followed by a value entry
 * with probability 1/4, another entry with 1/16 (features.c gives none,
 * but the two alignments must agree on any sequence). */
static void make_fake(fake *f, uint32_t len, uint32_t alpha, uint32_t nums)
{
    memset(&f->k, 0, sizeof f->k);
    f->k.anchors = f->anchors;
    f->k.seq = f->seq;
    uint32_t na = 0;
    if (len && below_n(8) == 0)     /* a value with no number before it */
        f->seq[f->k.n_seq++] = sym_value(below_n(alpha)) | NF_SEQ_ALT;
    while (f->k.n_seq < len) {
        uint32_t s = below_n(alpha), v = sym_value(s);
        f->seq[f->k.n_seq++] = v;
        f->anchors[na++] = ((s < nums ? NF_ANCHOR_NUM : NF_ANCHOR_KEY) << 62) | v;
        if (f->k.n_seq < len && below_n(s < nums ? 4 : 16) == 0) {
            uint32_t w = sym_value(below_n(alpha));
            f->seq[f->k.n_seq++] = w | NF_SEQ_ALT;
            f->anchors[na++] = (NF_ANCHOR_NUM << 62) | w;
        }
    }
    for (int x = 0; x < 3; x++) {   /* anchors outside the sequence */
        uint32_t v = sym_value(below_n(alpha));
        f->anchors[na++] = (below_n(2) ? NF_ANCHOR_NUM : NF_ANCHOR_KEY) << 62 | v;
    }
    if (below_n(4) == 0)            /* a key with a number's low bits */
        f->anchors[na++] = (NF_ANCHOR_KEY << 62) | sym_value(below_n(nums ? nums : 1));
    qsort(f->anchors, na, sizeof f->anchors[0], cmp_u64);
    uint32_t u = 0;
    for (uint32_t i = 0; i < na; i++)
        if (!u || f->anchors[u - 1] != f->anchors[i])
            f->anchors[u++] = f->anchors[i];
    f->k.n_anchors = u;
}

/* Whether two alignments agree in every field; prints the first
 * difference of a failing trial. */
static int same_align(const nf_rp_align *x, const nf_rp_align *y, int trial)
{
    uint32_t a[sizeof *x / sizeof(uint32_t)], b[sizeof *y / sizeof(uint32_t)];
    memcpy(a, x, sizeof a);
    memcpy(b, y, sizeof b);
    static const char *names[] = {"lcs",    "shared_a", "shared_b", "fig_a", "miss_a",
                                  "fig_b",  "miss_b",   "pre_a",    "post_a", "pre_b",
                                  "post_b", "from_a",   "to_a",     "from_b", "to_b",
                                  "n_a",    "n_b",      "common"};
    _Static_assert(sizeof(nf_rp_align) == sizeof names / sizeof names[0] * sizeof(uint32_t),
                   "every field of nf_rp_align is compared");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (a[i] != b[i]) {
            fprintf(stderr, "trial %d: %s %u (pairwise) != %u (side)\n", trial, names[i],
                    a[i], b[i]);
            return 0;
        }
    return 1;
}

/* Many pairs: the side against the pairwise alignment, every field. */
static void test_side_is_pairwise(void)
{
    static fake a, b;
    static nf_rp_side side;
    static nf_rp_map mb;
    static nf_rp_pair pr;
    int bad = 0, trials = 0, aligned = 0, figures = 0, disagree = 0;
    for (int round = 0; round < 300; round++) {
        uint32_t alpha = 2 + below_n(round % 3 == 0 ? 8 : 60);
        uint32_t nums = below_n(alpha + 1);
        make_fake(&a, below_n(8) == 0 ? 0 : below_n(MAX_ENTRIES + 1), alpha, nums);
        nf_rp_side_init(&side, &a.k);
        for (int other = 0; other < 12; other++, trials++) {
            int values = (int)below_n(2);
            make_fake(&b, below_n(10) == 0 ? below_n(3) : below_n(MAX_ENTRIES + 1), alpha,
                      nums);
            nf_rp_align x, y;
            nf_rp_align_seqs(&a.k, &b.k, values, &x, &mb);
            nf_rp_side_align(&side, &b.k, values, &y, &pr);
            if (!same_align(&x, &y, trials)) {
                bad++;
                continue;
            }
            aligned += x.lcs > 0;
            nf_rp_align z = y;
            int dz = nf_rp_side_disagree(&side, &b.k, &z, &pr);
            nf_rp_align_figures(&a.k, &b.k, &x, &mb);
            nf_rp_side_figures(&side, &b.k, &y, &pr);
            bad += dz != nf_rp_figures_disagree(&x);
            disagree += dz;
            bad += !same_align(&x, &y, trials);
            bad += nf_rp_figures_disagree(&x) != nf_rp_figures_disagree(&y);
            figures += x.fig_a + x.fig_b > 0;
        }
    }
    CHECK_INT(bad, 0);
    /* the draws hold what is compared: aligned pairs with figures */
    CHECK(aligned > trials / 2);
    CHECK(figures > trials / 4);
    CHECK(disagree > trials / 20 && disagree < trials - trials / 20);
}

/* The hand-made case of test_fold_report.c's test_align through the
 * side: b is a stretch of a with a tail of its own. */
static void test_side_stretch(void)
{
    static fake a, b;
    static nf_rp_side side;
    static nf_rp_pair pr;
    /* a: n1 k2 k3 n4 k5 n6; b: k3 k40 n4 k5 n6 n20 n21 */
    const uint32_t sa[] = {1, 2, 3, 4, 5, 6}, sb[] = {3, 40, 4, 5, 6, 20, 21};
    const int na[] = {1, 0, 0, 1, 0, 1}, nb[] = {0, 0, 1, 0, 1, 1, 1};
    fake_from(&a, sa, na, 6);
    fake_from(&b, sb, nb, 7);
    nf_rp_align y;
    nf_rp_side_init(&side, &a.k);
    nf_rp_side_align(&side, &b.k, 1, &y, &pr);
    nf_rp_side_figures(&side, &b.k, &y, &pr);
    CHECK_INT(y.lcs, 4);
    CHECK_INT(y.shared_a, 4);
    CHECK_INT(y.shared_b, 4);
    CHECK_INT(y.from_a, 2);
    CHECK_INT(y.to_a, 5);
    CHECK_INT(y.from_b, 0);
    CHECK_INT(y.to_b, 4);
    CHECK_INT(y.fig_a, 2);      /* n4 n6 */
    CHECK_INT(y.pre_a, 1);      /* n1 */
    CHECK_INT(y.post_b, 2);     /* n20 n21 */
    CHECK(!nf_rp_figures_disagree(&y));
}

/* Round 13: the specific alignment (values named common match nothing;
 * the multiset of shared values counted) of the side against the
 * pairwise one, every field, the side's whole alignments interleaved
 * with it (its maps must not mix). */
static void test_specific_is_pairwise(void)
{
    static fake a, b;
    static nf_rp_side side;
    static nf_rp_map mb;
    static nf_rp_pair pr;
    int bad = 0, trials = 0, changed = 0, counted = 0;
    for (int round = 0; round < 300; round++) {
        uint32_t alpha = 2 + below_n(round % 3 == 0 ? 8 : 60);
        uint32_t nums = below_n(alpha + 1);
        make_fake(&a, below_n(8) == 0 ? 0 : below_n(MAX_ENTRIES + 1), alpha, nums);
        uint32_t common[16], n_common = below_n(4) == 0 ? 0 : 1 + below_n(alpha < 16 ? alpha : 16);
        for (uint32_t i = 0; i < n_common; i++)
            common[i] = sym_value(below_n(alpha));
        nf_rp_side_init(&side, &a.k);
        nf_rp_side_set_common(&side, common, n_common);
        for (int other = 0; other < 12; other++, trials++) {
            int values = (int)below_n(2);
            make_fake(&b, below_n(10) == 0 ? below_n(3) : below_n(MAX_ENTRIES + 1), alpha,
                      nums);
            nf_rp_align x, y, w;
            if (below_n(2))     /* a whole alignment first, sometimes */
                nf_rp_side_align(&side, &b.k, values, &w, &pr);
            nf_rp_align_seqs_except(&a.k, &b.k, values, common, n_common, &x, &mb);
            nf_rp_side_align_specific(&side, &b.k, values, &y, &pr);
            bad += !same_align(&x, &y, trials);
            nf_rp_side_align(&side, &b.k, values, &w, &pr);
            changed += w.lcs != y.lcs || w.shared_a != y.shared_a;
            counted += y.common > 0;
            /* the common count bounds the order: no LCS is longer */
            bad += y.lcs > y.common;
        }
    }
    CHECK_INT(bad, 0);
    CHECK(changed > trials / 10);
    CHECK(counted > trials / 2);
}

/* Hand-made: repeated values count as often as the text holding them
 * fewer times has them, and a common value matches nothing. */
static void test_specific_counts(void)
{
    static fake a, b;
    static nf_rp_side side;
    static nf_rp_pair pr;
    /* a: k1 k1 k1 k1 k2 k3; b: k1 k2 k1 k9 k3 */
    const uint32_t sa[] = {1, 1, 1, 1, 2, 3}, sb[] = {1, 2, 1, 9, 3};
    fake_from(&a, sa, NULL, 6);
    fake_from(&b, sb, NULL, 5);
    nf_rp_align y;
    nf_rp_side_init(&side, &a.k);
    nf_rp_side_align_specific(&side, &b.k, 0, &y, &pr);
    CHECK_INT(y.shared_a, 6);
    CHECK_INT(y.shared_b, 4);
    CHECK_INT(y.common, 4);     /* k1 twice (b has it twice), k2, k3 */
    CHECK_INT(y.lcs, 3);        /* k1 k1 k3 or k1 k2 k3: b's second k1 comes
                                   after its k2, a's k1s all before */
    uint32_t c = sym_value(1);
    nf_rp_side_set_common(&side, &c, 1);
    nf_rp_side_align_specific(&side, &b.k, 0, &y, &pr);
    CHECK_INT(y.shared_a, 2);
    CHECK_INT(y.common, 2);
    CHECK_INT(y.lcs, 2);
    CHECK(nf_rp_side_holds(&side, sym_value(3)));
    CHECK(!nf_rp_side_holds(&side, sym_value(9)));
}

int main(void)
{
    RUN(test_side_is_pairwise);
    RUN(test_side_stretch);
    RUN(test_specific_is_pairwise);
    RUN(test_specific_counts);
    return nf_test_done();
}
