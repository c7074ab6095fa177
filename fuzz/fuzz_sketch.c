/* fuzz_sketch.c - libFuzzer harness for a stored sketch and the alignment
 * of the same-report step.
 *
 * A sketch comes back from the store as bytes (sketch_io.c): a file that
 * was damaged, or written by another build, must give an error or a
 * sketch, never a crash.  Promises checked for every input: decoding
 * fails with NF_ERR_FORMAT (or NF_ERR_NOMEM) and leaves nothing behind,
 * or gives a sketch within its bounds whose bytes decode again to the
 * same sketch.  A decoded sketch is then aligned (report_align.c) with
 * itself and with its sequence reversed, through both the pairwise
 * functions and the prepared side used by step 3: every field must agree
 * (the stored sequence may hold anything: value entries first or in a
 * row, unsorted anchors), the counts must stay within the sequences, and
 * a sequence aligned with itself keeps every entry in order; since round
 * 13 also the specific alignment (some values common: they match
 * nothing) agrees between the two forms.  Any broken
 * promise aborts, which libFuzzer (or the replay test over
 * fuzz/corpus/fuzz_sketch/) reports. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "fold/fold_int.h"
#include "fold/report_align.h"

/* Whether sketches x and y hold the same fields and arrays. */
static int same_sketch(const nf_sketch *x, const nf_sketch *y)
{
    if (x->n_sent != y->n_sent || x->n_words != y->n_words || x->n_anchors != y->n_anchors ||
        x->n_shingles != y->n_shingles || x->n_seq != y->n_seq || x->latin != y->latin ||
        memcmp(x->lang, y->lang, sizeof x->lang) != 0 ||
        memcmp(&x->time, &y->time, sizeof x->time) != 0)
        return 0;
    return (!x->n_anchors || memcmp(x->anchors, y->anchors, 8 * (size_t)x->n_anchors) == 0) &&
           (!x->n_shingles || memcmp(x->shingles, y->shingles, 8 * (size_t)x->n_shingles) == 0) &&
           (!x->n_seq || memcmp(x->seq, y->seq, 4 * (size_t)x->n_seq) == 0);
}

/* Aligns a with b both ways (pairwise and prepared side), with and
 * without values, and checks that they agree and stay in bounds. */
static void check_align(const nf_sketch *a, const nf_sketch *b, int self)
{
    static nf_rp_side side;
    static nf_rp_map mb;
    static nf_rp_pair pr;
    for (int values = 0; values <= 1; values++) {
        nf_rp_align x, y, z;
        memset(&x, 0, sizeof x);
        memset(&y, 0, sizeof y);
        nf_rp_side_init(&side, a);
        nf_rp_align_seqs(a, b, values, &x, &mb);
        nf_rp_side_align(&side, b, values, &y, &pr);
        require(memcmp(&x, &y, sizeof x) == 0);
        require(x.n_a <= NF_SEQ_MAX && x.n_b <= NF_SEQ_MAX);
        require(x.lcs <= x.shared_a && x.lcs <= x.shared_b);
        require(x.shared_a <= x.n_a && x.shared_b <= x.n_b);
        if (self)
            require(x.lcs == x.n_a);
        z = y;
        int dz = nf_rp_side_disagree(&side, b, &z, &pr);
        nf_rp_align_figures(a, b, &x, &mb);
        nf_rp_side_figures(&side, b, &y, &pr);
        require(memcmp(&x, &y, sizeof x) == 0);
        require(dz == nf_rp_figures_disagree(&x));
        require(x.miss_a <= x.fig_a && x.miss_b <= x.fig_b);
        /* (the region's ends may cross when the LCS can be placed in
         * more than one way: a sequence against its reverse) */
        require(x.from_a <= x.n_a && x.to_a <= x.n_a);
        require(x.from_b <= x.n_b && x.to_b <= x.n_b);
        double o = nf_rp_order(&x);
        require(o >= 0.0 && o <= 1.0);
        /* round 13: the specific alignment, every other value of a's
         * sequence common (read from its stored entries, whatever they
         * hold), agrees between the two forms too */
        uint32_t common[NF_RP_COMMON_MAX], nc = 0;
        for (uint32_t i = 0; i < a->n_seq && nc < NF_RP_COMMON_MAX; i += 2)
            common[nc++] = a->seq[i] & NF_SEQ_VALUE;
        nf_rp_side_set_common(&side, common, nc);
        nf_rp_align_seqs_except(a, b, values, common, nc, &x, &mb);
        nf_rp_side_align_specific(&side, b, values, &y, &pr);
        require(memcmp(&x, &y, sizeof x) == 0);
        require(x.lcs <= x.shared_a && x.lcs <= x.shared_b);
        require(x.shared_a <= x.n_a && x.shared_b <= x.n_b);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nf_sketch a, c;
    memset(&a, 0, sizeof a);
    memset(&c, 0, sizeof c);
    nf_status st = nf_sketch_decode(data, size, &a);
    if (st != NF_OK) {
        require(st == NF_ERR_FORMAT || st == NF_ERR_NOMEM);
        require(!a.anchors && !a.shingles && !a.seq && !a.n_anchors && !a.n_seq);
        return 0;
    }
    require(a.n_seq <= NF_SEQ_MAX && a.latin <= 3);
    require(memchr(a.lang, 0, sizeof a.lang) != NULL);
    require((a.n_anchors == 0) == (a.anchors == NULL));
    require((a.n_seq == 0) == (a.seq == NULL));
    /* the bytes of a decoded sketch decode to the same sketch */
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    require(nf_sketch_encode(&a, &buf, &len, &cap) == NF_OK);
    require(memcmp(buf, "NFS2", 4) == 0);
    require(nf_sketch_decode(buf, len, &c) == NF_OK);
    require(same_sketch(&a, &c));
    free(buf);
    /* the alignment of whatever a stored sequence holds */
    check_align(&a, &a, 1);
    nf_sketch r = a;
    uint32_t rev[NF_SEQ_MAX];
    for (uint32_t i = 0; i < a.n_seq; i++)
        rev[i] = a.seq[a.n_seq - 1 - i];
    r.seq = a.n_seq ? rev : NULL;
    check_align(&a, &r, 0);
    check_align(&r, &a, 0);
    nf_sketch_clear(&a);
    nf_sketch_clear(&c);
    return 0;
}
