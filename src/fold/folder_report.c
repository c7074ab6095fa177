/* folder_report.c - steps 1 and 3 of folding: the article's report.
 *
 * A report is one text and its copies and translations.  Step 1,
 * near-duplicate: articles of the window sharing sampled shingles
 * (postings shingle -> articles) are candidates; containment of the
 * smaller sample >= NF_DUP_CONTAIN makes the same report.  Step 3,
 * translation: members of the best candidate stories (step 2) in another
 * language, with a similar structure, whose weighted anchor Jaccard and
 * in-order agreement are high (over the whole sequences, or, round 10,
 * over the anchors the two share: report_align.c; round 11, nearly all
 * of them), make the same report unless the figures of the stretch where
 * the two run in parallel disagree (one text has figures the other
 * lacks: two reports of one event), and unless the member's story is clearly not the article's
 * best (then the two are look-alike texts).  Apart from the story
 * decision because they compare article with article, not article with
 * centroid.  Round 12 (speed): the article's side of every alignment is
 * prepared once per call (nf_rp_side), and the figures' verdict of each
 * member is asked once per call (fig_memo), however many versions of a
 * report ask it.  Round 13: a pair the in-order tests refuse is asked
 * them again over its specific anchors (values that few held articles
 * have: ordinary words whose keys meet by chance, big countries and
 * years come in no order), unless each text has figures the other
 * lacks.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fold/folder_int.h"
#include "fold/report_align.h"

/* Weighted Jaccard of the article being folded (weights f->wg, sum wa)
 * with `o`; without exact forms when `cross` (texts not both in Latin
 * script: exact forms are Latin words, which the other text mostly
 * lacks, so they would only swell the union). */
static double anchor_jaccard(const nf_folder *f, const nf_sketch *a,
                             double wa, const nf_fd_art *o, int cross)
{
    double inter = 0;
    const nf_sketch *b = &o->k;
    uint32_t i = 0, j = 0;
    while (i < a->n_anchors && j < b->n_anchors) {
        if (a->anchors[i] < b->anchors[j]) {
            i++;
        } else if (b->anchors[j] < a->anchors[i]) {
            j++;
        } else {
            if (!cross || NF_ANCHOR_KIND(a->anchors[i]) != NF_ANCHOR_EXACT)
                inter += f->wg[i];
            i++;
            j++;
        }
    }
    double uni = wa + (cross ? o->wsum_x : o->wsum) - inter;
    return uni > 0 ? inter / uni : 0;
}

/* The smaller of a and b over the larger; 1 when either is not positive. */
static double ratio(double a, double b)
{
    if (a <= 0 || b <= 0)
        return 1;
    return a < b ? a / b : b / a;
}

/* Finds the article of the window that `k` near-duplicates; SIZE_MAX if none. */
size_t nf_fd_find_duplicate(nf_folder *f, const nf_sketch *k, double t)
{
    for (uint32_t i = 0; i < k->n_shingles; i++) {
        nf_post_list *l = nf_post_get(&f->shingle_post, k->shingles[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t slot = (size_t)l->v[j];
            if (slot < f->n_arts && f->arts[slot].live)
                nf_fd_acc_add(f, slot, 1);
        }
    }
    nf_fd_cand c[16];
    size_t nc = nf_fd_acc_top(f, c, 16, 3);
    size_t best = SIZE_MAX;
    double best_c = 0;
    for (size_t m = 0; m < nc; m++) {
        const nf_sketch *o = &f->arts[c[m].ix].k;
        if (nf_fd_is_time(t) && nf_fd_is_time(o->time) && fabs(t - o->time) > f->opt.window_days)
            continue;
        double ct = nf_sketch_containment(k, o, NULL);
        if (ct >= NF_DUP_CONTAIN && ct > best_c) {
            best_c = ct;
            best = c[m].ix;
        }
    }
    return best;
}

/* Whether report `rep` of story s has a held article in `lang`: then an
 * article in that language which is not its near-duplicate is another
 * report, not a translation. */
static int report_has_lang(const nf_folder *f, const nf_fd_story *s, long long rep,
                           const char *lang)
{
    for (uint32_t j = 0; j < s->n_members; j++) {
        const nf_fd_art *o = &f->arts[s->members[j]];
        if (o->live && o->report == rep && !strcmp(o->k.lang, lang))
            return 1;
    }
    return 0;
}

/* Round 12 (speed): the figures' verdicts, values counted, of the
 * article against members already asked in one call of step 3.  Across
 * scripts every member of a report that passes asks all the report's
 * other versions, which are themselves often candidates compared before;
 * the verdict depends on the two sketches only, which do not change
 * during the call. */
#define FIG_MEMO 64
typedef struct fig_memo {
    size_t slot[FIG_MEMO];
    uint8_t disagree[FIG_MEMO];
    uint32_t n;
} fig_memo;

/* Whether the figures of the article (side) and of member `slot` (o)
 * disagree, values counted (nf_rp_figures_disagree): from memo when it
 * was asked before, else aligned (al, pr: the alignment with values
 * already made, or NULL) and kept (while memo has room). */
static int figures_disagree(nf_rp_side *side, fig_memo *memo, size_t slot,
                            const nf_sketch *o, nf_rp_align *al, nf_rp_pair *pr)
{
    for (uint32_t i = 0; i < memo->n; i++)
        if (memo->slot[i] == slot)
            return memo->disagree[i];
    nf_rp_align al1;
    nf_rp_pair pr1;
    if (!al) {
        al = &al1;
        pr = &pr1;
        nf_rp_side_align(side, o, 1, al, pr);
    }
    int d = nf_rp_side_disagree(side, o, al, pr);
    if (memo->n < FIG_MEMO) {
        memo->slot[memo->n] = slot;
        memo->disagree[memo->n++] = (uint8_t)d;
    }
    return d;
}

/* Round 13: the values of k's sequence that many held articles hold
 * (in at least NF_RP_COMMON_SHARE of them and at least NF_RP_COMMON_MIN)
 * into side's common values: an ordinary word of a caseless script
 * whose key meets another script's word by chance, a big country, the
 * year.  Such a value is shared with every text, in any order, so it
 * says nothing of the order of two texts. */
static void set_common(const nf_folder *f, const nf_sketch *k, nf_rp_side *side)
{
    assert(f && k && side);
    uint32_t v[NF_RP_COMMON_MAX], n = 0;
    double lim = NF_RP_COMMON_SHARE * (double)f->n_docs;
    if (lim < NF_RP_COMMON_MIN)
        lim = NF_RP_COMMON_MIN;
    for (uint32_t i = 0; i < k->n_anchors && n < NF_RP_COMMON_MAX; i++) {
        uint32_t x = (uint32_t)k->anchors[i] & NF_SEQ_VALUE;
        if (nf_rp_side_holds(side, x) && nf_count_get(&f->df, k->anchors[i]) >= lim)
            v[n++] = x;
    }
    nf_rp_side_set_common(side, v, n);
}

/* The common values of side's article, found on first need (*done):
 * most articles pass or fail step 3 without the specific order. */
static void need_common(const nf_folder *f, nf_rp_side *side, int *done)
{
    if (!*done) {
        set_common(f, side->k, side);
        *done = 1;
    }
}

/* Whether k and o (weighted anchor Jaccard jac; `cross`: not both in
 * Latin script) read as one report: in order over the whole sequences
 * (lcs over the shorter) or, across scripts, where in-order evidence is
 * thin, by many shared keys and numbers; or (round 10) the anchors the
 * two share all in one order, or (round 11) nearly all of a shorter
 * alignment (nf_rp_near_order); and in every case no disagreement of the
 * figures where the two run in parallel.  Since round 11 a number with a
 * scale word meets its value ("34亿", "3.4 billion"): across scripts in
 * every test, between two Latin-script texts in the figures only (there
 * the digits as written mostly agree, and the value let an independent
 * Spanish report of the bundled merger pass the whole-sequence test). */
static int translates(const nf_folder *f, nf_rp_side *side, int *common_done, fig_memo *memo,
                      size_t slot, const nf_sketch *o, double jac, int cross)
{
    nf_rp_align al;
    nf_rp_pair pr;
    nf_rp_side_align(side, o, cross, &al, &pr);
    uint32_t mn = al.n_a < al.n_b ? al.n_a : al.n_b;
    double lr = mn ? (double)al.lcs / mn : 0;
    /* round 11: one anchor in common is no order (a Chinese text of two
     * sequence entries sharing one with another story's article) */
    int ok = jac >= NF_TRANS_JACCARD && al.lcs >= NF_RP_LCS_MIN &&
             (lr >= NF_TRANS_LCS || (cross && jac >= NF_TRANS_XJAC && lr >= NF_TRANS_XLCS));
    if (!ok) {
        double order = nf_rp_order(&al);
        ok = jac >= NF_RP_ORDER_JAC &&
             ((al.lcs >= NF_RP_ORDER_MIN && order >= NF_RP_ORDER) ||
              nf_rp_near_order(al.lcs, order, jac));
    }
    /* the alignment with values, for the figures: across scripts that is
     * al; between Latin-script texts made when first needed */
    nf_rp_align va;
    nf_rp_pair vp;
    nf_rp_align *fa = cross ? &al : NULL;
    nf_rp_pair *fp = cross ? &pr : NULL;
    if (!ok && jac >= NF_RP_ORDER_JAC)
        need_common(f, side, common_done);
    if (!ok && jac >= NF_RP_ORDER_JAC && side->n_common) {
        /* round 13: the same order tests over the specific anchors (a
         * value many held articles have is shared with any text, in any
         * order: ordinary words whose keys meet another script's words by
         * chance, big countries, the year), the longest order there could
         * be counting each value as often as the text with fewer of it
         * has it; and, the names of one event being told in one order by
         * independent reports too, not when each text has at least
         * NF_RP_MISS_MIN figures that the other lacks, wherever they are:
         * a translation keeps the figures of the stretch it translates,
         * and two parts of one text that each have figures of their own
         * overlap in a stretch whose figures are shared */
        nf_rp_align as;
        nf_rp_pair ps;
        nf_rp_side_align_specific(side, o, cross, &as, &ps);
        double order = as.common ? (double)as.lcs / as.common : 0;
        ok = (as.lcs >= NF_RP_ORDER_MIN && order >= NF_RP_ORDER) ||
             nf_rp_near_order(as.lcs, order, jac);
        if (ok) {
            if (!fa) {
                nf_rp_side_align(side, o, 1, &va, &vp);
                fa = &va;
                fp = &vp;
            }
            nf_rp_side_figures(side, o, fa, fp);
            if (fa->pre_a + fa->miss_a + fa->post_a >= NF_RP_MISS_MIN &&
                fa->pre_b + fa->miss_b + fa->post_b >= NF_RP_MISS_MIN)
                return 0;
        }
    }
    if (!ok)
        return 0;
    return !figures_disagree(side, memo, slot, o, fa, fp);
}

/* Whether the figures of k agree with every held member of report
 * `rep` of story s but member `skip` (already compared): a report is one
 * text, so its translation must not leave out or add figures against any
 * of its versions.  Asked for a pair across scripts (round 10: for a
 * pair compared leniently, one of its languages writing by myriads),
 * where the in-order evidence is thinnest and one version may let in
 * a text that the report's other versions contradict. */
static int report_agrees(const nf_folder *f, const nf_fd_story *s, long long rep,
                         size_t skip, nf_rp_side *side, fig_memo *memo)
{
    for (uint32_t j = 0; j < s->n_members; j++) {
        const nf_fd_art *o = &f->arts[s->members[j]];
        if (s->members[j] == skip || !o->live || o->report != rep)
            continue;
        if (figures_disagree(side, memo, s->members[j], &o->k, NULL, NULL))
            return 0;
    }
    return 1;
}

/* Best translation source for `k` among the members of candidate stories
 * (in another language); SIZE_MAX if none. */
static size_t find_translation(nf_folder *f, const nf_sketch *k, const nf_fd_cand *c,
                               size_t nc, double t, double wg_all, double wg_x)
{
    double best_j = 0;
    size_t tr = SIZE_MAX;
    int budget = NF_TRANS_BUDGET;
    nf_rp_side side;   /* k's side of every alignment (round 12) */
    nf_rp_side_init(&side, k);
    int common_done = 0;   /* round 13: side's common values found */
    fig_memo memo;
    memo.n = 0;
    for (size_t m = 0, used = 0; m < nc && used < NF_TRANS_STORIES && budget > 0; m++) {
        nf_fd_story *s = f->stories[c[m].ix];
        if (c[m].shared < 2 || !nf_fd_in_window(f, s, t))
            continue;
        used++;
        for (uint32_t j = s->n_members; j-- > 0 && budget > 0;) {
            const nf_fd_art *o = &f->arts[s->members[j]];
            if (!o->live || !strcmp(o->k.lang, k->lang))
                continue;
            if (ratio(o->k.n_sent, k->n_sent) < 0.4)
                continue;
            budget--;
            int cross = !((k->latin & 1) && (o->k.latin & 1));
            double jac = anchor_jaccard(f, k, cross ? wg_x : wg_all, o, cross);
            if (jac < (NF_RP_ORDER_JAC < NF_TRANS_JACCARD ? NF_RP_ORDER_JAC : NF_TRANS_JACCARD) ||
                jac <= best_j)
                continue;
            if (report_has_lang(f, s, o->report, k->lang))
                continue;
            /* across scripts a pair must not let in a text that the
             * report's other versions contradict */
            if (translates(f, &side, &common_done, &memo, s->members[j], &o->k, jac, cross) &&
                (!cross || report_agrees(f, s, o->report, s->members[j], &side, &memo))) {
                best_j = jac;
                tr = s->members[j];
            }
        }
    }
    return tr;
}

/* Step 3 (contract in folder_int.h). */
size_t nf_fd_translation(nf_folder *f, const nf_sketch *k, const nf_fd_cand *c,
                         size_t nc, double t, double wg_all, double wg_x,
                         double mass_min)
{
    assert(f && k);
    size_t tr = find_translation(f, k, c, nc, t, wg_all, wg_x);
    /* a translation in a story that is clearly not the article's
     * best (another candidate would take it on its own, with a
     * cosine well above) is a pair of look-alike texts */
    if (tr != SIZE_MAX && nc && c[0].cos >= NF_STORY_COS && c[0].shared >= 2 &&
        c[0].mass >= mass_min) {
        uint32_t tix = nf_count_get(&f->story_ix, (uint64_t)f->arts[tr].story);
        for (size_t m = 0; tix && m < nc; m++)
            if (c[m].ix == tix - 1 && c[0].ix != tix - 1 &&
                c[m].cos < NF_TRANS_STORY_SHARE * c[0].cos)
                tr = SIZE_MAX;
    }
    return tr;
}
