/* report_align.h - step 3 of folding (the same report across languages),
 * round 10: the alignment of two articles' in-order anchors (numbers and
 * name keys, nf_sketch.seq) and what it says about the two texts being
 * one report.  Used by folder_report.c; the contract of each function is
 * here, the reasons in report_align.c and docs/fold_rounds.md ("Same report,
 * round 10"; round 13: docs/fold_round13_reports.md).  The prepared side
 * (nf_rp_side_*) and the verdicts are in report_align.c, the pairwise
 * reference (nf_rp_align_*) in report_align_pair.c. */
#ifndef NF_REPORT_ALIGN_H
#define NF_REPORT_ALIGN_H

#include <stdint.h>

#include "fold/fold_int.h"

/* What the alignment of a->seq with b->seq found. */
typedef struct nf_rp_align {
    uint32_t lcs;                /* longest common subsequence (in order) */
    uint32_t shared_a, shared_b; /* entries of a's (b's) sequence whose value
                                    the other sequence holds anywhere */
    uint32_t fig_a, miss_a;      /* numbers of a inside the aligned region
                                    (from the start of the shortest end
                                    part of a holding the whole LCS to the
                                    end of the shortest start part); of
                                    them, those the other sequence lacks */
    uint32_t fig_b, miss_b;      /* the same for b */
    uint32_t pre_a, post_a;      /* numbers of a before (after) the region
                                    that the other sequence lacks */
    uint32_t pre_b, post_b;      /* the same for b */
    uint32_t from_a, to_a;       /* the region in a's sequence (entries) */
    uint32_t from_b, to_b;       /* and in b's */
    uint32_t n_a, n_b;           /* entries of each sequence (a number and
                                    its value, NF_SEQ_ALT, are one entry;
                                    at most NF_SEQ_MAX are read) */
    uint32_t common;             /* round 13, specific alignments only (else
                                    0): the values the two hold in common
                                    as a multiset (each value as many times
                                    as the text holding it fewer times has
                                    it): the longest order there could be */
} nf_rp_align;

/* The values of one sequence (at most NF_SEQ_MAX entries, so at most
 * that many distinct values; since round 11 a number's value, NF_SEQ_ALT,
 * is a second value of the number's entry), each with the bit masks of
 * its positions,
 * forwards and backwards (2 x 64 bits: NF_SEQ_MAX <= 128); open
 * addressing in NF_RP_MAP_SLOTS slots.  Filled and read by
 * report_align.c only: callers just hold one for the two calls below. */
#define NF_RP_MAP_SLOTS 256u
typedef struct nf_rp_map {
    uint32_t key[NF_RP_MAP_SLOTS];
    uint64_t fwd[NF_RP_MAP_SLOTS][2];  /* bit j: entry j holds the value */
    uint64_t rev[NF_RP_MAP_SLOTS][2];  /* bit j: entry m - 1 - j holds it */
    uint8_t used[NF_RP_MAP_SLOTS];
    uint32_t val[NF_SEQ_MAX];          /* entry j's value */
    uint32_t alt[NF_SEQ_MAX];          /* and its second value, or 0 */
    uint32_t n;                        /* entries */
    int values;                        /* whether alt[] was read */
} nf_rp_map;

/* Aligns the in-order anchors of a and b (at most NF_SEQ_MAX stored
 * entries of each are read) into *out: lcs, shared_a, shared_b, n_a, n_b
 * and the region's ends (to_a, to_b); the rest 0 (nf_rp_align_figures
 * fills it: the two are apart because most pairs compared are decided
 * without the figures).  With `values` (round 11) a number followed by a
 * scale word matches by its value too ("3.4 billion", "34亿", "12.800
 * millones" of 12.8 billion); without, by its digits as written only.
 * *mb receives b's values (for nf_rp_align_figures). */
void nf_rp_align_seqs(const nf_sketch *a, const nf_sketch *b, int values, nf_rp_align *out,
                      nf_rp_map *mb);

/* After nf_rp_align_seqs(a, b, values, out, mb): the region's starts and the
 * figures (fig_*, miss_*, pre_*, post_*) into *out.  A sequence entry is
 * a number when its value is the low 31 bits of one of the sketch's
 * NF_ANCHOR_NUM anchors. */
void nf_rp_align_figures(const nf_sketch *a, const nf_sketch *b, nf_rp_align *out,
                         const nf_rp_map *mb);

/* Round 12 (speed): one article aligned against many.  Step 3 aligns the
 * article being folded with up to NF_TRANS_BUDGET members of candidate
 * stories and, across scripts, with every other held version of their
 * reports; nf_rp_align_seqs rebuilt the article's values and a map of
 * the other sequence for each pair.  An nf_rp_side holds the article's
 * map (with and without values, each built on first use) and its
 * numbers' positions; the other sequence is walked against it, its
 * entries' positions in the article kept in an nf_rp_pair for the
 * figures.  nf_rp_side_align and nf_rp_side_figures give exactly what
 * nf_rp_align_seqs and nf_rp_align_figures give for (a, b)
 * (test_fold_report12.c compares them); the pairwise functions stay as
 * the reference. */
#define NF_RP_COMMON_MAX (2 * NF_SEQ_MAX)
typedef struct nf_rp_side {
    const nf_sketch *k;
    nf_rp_map map[4];                  /* [values + 2 * specific] */
    uint64_t num[2][2];                /* [values]: positions that are numbers */
    int built[4];
    uint32_t common[NF_RP_COMMON_MAX]; /* round 13: values left out of the
                                          specific maps */
    uint32_t n_common;
} nf_rp_side;

/* The other sequence of one pair, as nf_rp_side_align saw it. */
typedef struct nf_rp_pair {
    uint32_t val[NF_SEQ_MAX], alt[NF_SEQ_MAX]; /* its entries' values */
    uint64_t fwd[NF_SEQ_MAX][2];       /* entry j: positions of the side's
                                          sequence holding its values */
    uint64_t rev[NF_SEQ_MAX][2];       /* the same, backwards */
    uint8_t hit[NF_SEQ_MAX];           /* whether entry j is shared */
    uint64_t reach[2];                 /* the side's shared positions */
    uint32_t n;                        /* entries */
    int values;
    int specific;                      /* aligned by nf_rp_side_align_specific */
} nf_rp_pair;

/* Prepares s for aligning k (which must outlive s's use) with others;
 * builds nothing yet. */
void nf_rp_side_init(nf_rp_side *s, const nf_sketch *k);

/* nf_rp_align_seqs(s->k, b, values, out, ...): the same *out; *p
 * receives b's side of the pair for nf_rp_side_figures. */
void nf_rp_side_align(nf_rp_side *s, const nf_sketch *b, int values, nf_rp_align *out,
                      nf_rp_pair *p);

/* Round 13: the specific alignment.  A value that many held articles
 * hold (an ordinary word whose key meets another script's word by
 * chance, a big country, the year) says nothing of the order of two
 * texts; nf_rp_side_set_common(s, v, n) names such values of s->k's
 * sequence (at most NF_RP_COMMON_MAX are kept), and
 * nf_rp_side_align_specific aligns as nf_rp_side_align does, with
 * those values matching nothing.  The pairwise reference is
 * nf_rp_align_seqs_except (the same values left out of b's map: a
 * value missing from either side matches nothing). */
void nf_rp_side_set_common(nf_rp_side *s, const uint32_t *v, uint32_t n);

/* Whether v is a value (digits or value, NF_SEQ_ALT) of s->k's sequence. */
int nf_rp_side_holds(nf_rp_side *s, uint32_t v);

/* nf_rp_side_align over the values of s->k that are not common; *p is
 * not for nf_rp_side_figures (the figures are read from a whole
 * alignment). */
void nf_rp_side_align_specific(nf_rp_side *s, const nf_sketch *b, int values,
                               nf_rp_align *out, nf_rp_pair *p);

/* nf_rp_align_seqs with the n values common[] matching nothing. */
void nf_rp_align_seqs_except(const nf_sketch *a, const nf_sketch *b, int values,
                             const uint32_t *common, uint32_t n, nf_rp_align *out,
                             nf_rp_map *mb);

/* After nf_rp_side_align(s, b, values, out, p): nf_rp_align_figures'
 * fields of *out, the same as it gives. */
void nf_rp_side_figures(const nf_rp_side *s, const nf_sketch *b, nf_rp_align *out,
                        const nf_rp_pair *p);

/* After nf_rp_side_align(s, b, values, out, p): whether the figures
 * disagree, the same as nf_rp_figures_disagree after nf_rp_side_figures
 * (which it calls, filling *out, only when either text has at least
 * NF_RP_MISS_MIN numbers that the other lacks: else nothing can
 * disagree, and the figures' fields of *out are left as they are). */
int nf_rp_side_disagree(const nf_rp_side *s, const nf_sketch *b, nf_rp_align *out,
                        const nf_rp_pair *p);

/* In-order agreement of the shared anchors: lcs over the smaller of
 * shared_a and shared_b (0 when none is shared).  1 when every anchor the
 * two sequences have in common comes in the same order in both. */
double nf_rp_order(const nf_rp_align *al);

/* Whether the figures disagree (the two texts are two reports, not one
 * and its translation).  Inside the region where the texts run in
 * parallel a translation carries every figure of the original: at least
 * NF_RP_MISS_MIN figures of one text missing from the other and a third
 * of its region's figures, or at least NF_RP_MISS_MIN missing on each
 * side, disagree (since round 11 in every language: align with `values`
 * for this, so that figures written by myriads or lakhs meet their
 * value; round 10 compared such languages leniently, by a list of
 * codes).  Outside it, two parts of one text overlap in one stretch, so
 * only one of them can go on before (after) it: both texts holding at
 * least NF_RP_MISS_MIN figures the other lacks before the region, or
 * after it, disagree too. */
int nf_rp_figures_disagree(const nf_rp_align *al);

#define NF_RP_MISS_MIN 2

/* The second way to a translation (folder_report.c): shared anchors in
 * one order (nf_rp_order >= NF_RP_ORDER) over at least NF_RP_ORDER_MIN
 * aligned entries, with a weighted anchor Jaccard of at least
 * NF_RP_ORDER_JAC. */
#define NF_RP_ORDER 0.9
#define NF_RP_ORDER_MIN 6
#define NF_RP_ORDER_JAC 0.08

/* Round 11, the second way widened: a shorter alignment whose shared
 * anchors come in one order but for about one in seven (nf_rp_order >=
 * NF_RP_NEAR_ORDER) is one report too, over at least NF_RP_NEAR_MIN
 * aligned entries, with a weighted anchor Jaccard >= NF_RP_NEAR_JAC (a
 * translation moves a name or a figure within its sentence, and two
 * fragments of one text share a stretch too short for round 10's 0.9
 * over 6 to be reached once one entry moves).  Returns whether (lcs,
 * order, jac) pass. */
int nf_rp_near_order(uint32_t lcs, double order, double jac);

#define NF_RP_NEAR_ORDER 0.85
#define NF_RP_NEAR_MIN 5
#define NF_RP_NEAR_JAC 0.10

/* Round 11: the whole-sequence tests of round 5 (folder_report.c: LCS
 * over the shorter sequence) ask for at least this many entries in
 * order: one shared anchor is no order. */
#define NF_RP_LCS_MIN 2

/* Round 13 (folder_report.c): a value of the article's sequence held by
 * at least this share of the held articles, and by at least
 * NF_RP_COMMON_MIN, is common (nf_rp_side_set_common). */
#define NF_RP_COMMON_SHARE 0.04
#define NF_RP_COMMON_MIN 5

#endif
