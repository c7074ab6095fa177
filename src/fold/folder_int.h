/* folder_int.h - the inside of the online folder, shared by the
 * src/fold/folder*.c files (one file per decision):
 *
 *   folder.c         the driver: public API, per-article order of steps
 *   folder_score.c   the candidate accumulator's top-k, sort orders (the
 *                    weights and nf_fd_acc_add are inline, below)
 *   folder_window.c  what is held: stories, article slots, postings,
 *                    windowing (summaries, pruning, sweeps, rebuilds)
 *   folder_report.c  steps 1 and 3: near-duplicate and translation
 *   folder_story.c   step 2: candidate stories, cosine, margin, contest
 *   folder_generic.c step 2: generic anchors (a generated background
 *                    table, background_data.c): a join needs a specific one
 *   join_model.c     step 2's decision, learnt (round 8): features of each
 *                    candidate, a generated logistic model
 *                    (join_model_data.c), the hand rules as a feature and
 *                    a fallback
 *   folder_merge.c   step 3b: merging two young stories
 *   folder_pending.c step 5: a deferred decision (an article waits on its
 *                    best candidate story and joins it as it grows)
 *   folder_line.c    step 4: storylines (picked, decided again)
 *
 * Thresholds are documented in docs/fold.md; the order of the steps and
 * what each reads and writes in folder.c's opening paragraph.
 */
#ifndef NF_FOLDER_INT_H
#define NF_FOLDER_INT_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>

#include "fold/fold_int.h"

#define NF_DUP_CONTAIN 0.5
#define NF_STORY_COS 0.22
#define NF_STORY_MASS 7.0
#define NF_STORY_COS_CLEAR 0.13
#define NF_STORY_MARGIN 4.0
#define NF_CASELESS_NAMES 0.25
#define NF_CASELESS_MASS 0.5
#define NF_MERGE_COS 0.18
#define NF_MERGE_STORY_COS 0.10
#define NF_TRANS_JACCARD 0.10
#define NF_LINE_COS 0.08
#define NF_TRANS_LCS 0.5
#define NF_TRANS_XJAC 0.15
#define NF_TRANS_XLCS 0.2
#define NF_TRANS_STORY_SHARE 0.6
#define NF_CONTEST_COS 0.26
#define NF_CONTEST_RATIO 1.4
#define NF_CONTEST_MIN_N 3
#define NF_SPEC_MIN 1
#define NF_SPEC_MASS 2.0
#define NF_SPEC_COS 0.18
#define NF_SPEC_SHARE 0.2
#define NF_YOUNG_COS 0.26
#define NF_CLEAR_SHARE 0.5
#define NF_PEND_COS 0.09
#define NF_PEND_LEAD 1.5
#define NF_PEND_MAX 4
#define NF_PEND_CHECKS 4
#define NF_TOP_CAND 5
#define NF_CAND_ANCHORS 16
#define NF_TRANS_STORIES 2
#define NF_TRANS_BUDGET 16
#define NF_MAX_MEMBERS 64
#define NF_SUMMARY 48
#define NF_CENT_MAX 4096
#define NF_CENT_KEEP 2048
#define NF_SWEEP_EVERY 256
#define NF_ACC_BITS 10
#define NF_LOG_TAB 4096

/* One article held (its slot). */
typedef struct nf_fd_art {
    nf_sketch k;
    long long report, story;
    double wsum, wsum_x;         /* anchor weight at entry: all; no exact forms */
    int live;
} nf_fd_art;

/* An article that started a story of its own although this story was its
 * best candidate (cosine under the bar, or no clear margin): looked at
 * again as this story grows (folder_pending.c). */
typedef struct nf_fd_pend {
    size_t slot;                 /* the article's slot */
    long long story;             /* the story it started */
    double other;                /* best cosine of any other candidate then */
    uint32_t checks;             /* times looked at again */
} nf_fd_pend;

/* One story held (its slot). */
typedef struct nf_fd_story {
    long long id, storyline;
    double last;                 /* NAN while undated */
    uint32_t n;                  /* articles ever */
    uint32_t line_n;             /* n when the storyline was last decided */
    nf_count_map cent;           /* anchor -> articles holding it */
    size_t *members;             /* held article slots, oldest first */
    uint32_t n_members;
    double sq;                   /* sum of (weight * count)^2, kept incrementally */
    int summary;                 /* centroid cut to a summary (out of window) */
    nf_fd_pend pend[NF_PEND_MAX];/* articles waiting for it to grow, oldest first */
    uint32_t n_pend;
} nf_fd_story;

/* Candidate accumulator: index -> accumulated value, reset per query. */
typedef struct nf_fd_acc_slot {
    size_t ix;                   /* SIZE_MAX = empty */
    double v;
} nf_fd_acc_slot;

typedef struct nf_fd_cand {
    size_t ix;
    double acc;
    double cos;
    double mass;                 /* article weight of the anchors shared */
    int shared;
    double mk[4];                /* that weight by kind of anchor (round 8) */
    int spec;                    /* shared anchors that are not generic (round 9) */
    double spec_mass;            /* their article weight */
} nf_fd_cand;

struct nf_folder {
    nf_fold_options opt;
    nf_translit *tr;
    nf_fd_art *arts;
    size_t n_arts, cap_arts;
    size_t *free_arts;           /* reusable article slots */
    size_t n_free_arts;
    nf_fd_story **stories;
    size_t n_stories, cap_stories;
    size_t *free_stories;
    size_t n_free_stories;
    size_t n_held;               /* articles held (live) */
    size_t since_rebuild;        /* articles entered since postings were rebuilt */
    nf_count_map story_ix;       /* story id -> index + 1 */
    size_t merges;               /* stories merged so far */
    long long last_merged;       /* story merged away by the last add, or 0 */
    uint32_t last_merged_n;      /* its articles */
    nf_post_map anchor_post;     /* anchor -> story indexes */
    nf_post_map shingle_post;    /* shingle -> article slots */
    nf_count_map df, df_lang, n_lang;
    unsigned long long n_docs;   /* articles held */
    double now;                  /* newest date seen, NAN before any */
    double recent;               /* date of the last dated article to arrive */
    unsigned long long now_seen; /* dated articles within the window below
                                    `now` since it was set (nf_fd_advance_now) */
    double gap;                  /* story gap for the article being folded:
                                    opt.story_gap_days, or opt.window_days
                                    when it is undated (placed at `recent`,
                                    a guess the gap should not judge) */
    long long next_report, next_story, next_line;
    nf_fold_stats stats;
    unsigned char *last_buf;
    size_t last_len, last_cap;
    nf_fd_acc_slot acc[1u << NF_ACC_BITS];
    size_t acc_used[1u << NF_ACC_BITS];
    size_t n_acc;
    double *w, *wg;              /* weights of the article being folded */
    double log_tab[NF_LOG_TAB];  /* log(i + 0.5) */
    size_t cap_w;
    double join_thr;             /* learnt join: probability bar; < 0 = hand rules */
    double join_veto;            /* a hand-rule join stands unless p < this */
    nf_fold_trace_fn trace;      /* join features of each candidate, or NULL */
    void *trace_ctx;
};

typedef struct nf_fd_wkey {
    uint64_t key;
    double w;
} nf_fd_wkey;

/* Whether t is a date (not NAN). */
static inline int nf_fd_is_time(double t)
{
    return !isnan(t);
}

/* ---- folder_score.c: candidates ----------------------------------------- */

/* Hash of language code `lang` (never 0). */
uint64_t nf_fd_lang_hash(const char *lang);

/* The `max` best candidates of the accumulator with at least min_acc
 * into c (sorted by acc, descending); their count.  Resets the
 * accumulator. */
size_t nf_fd_acc_top(nf_folder *f, nf_fd_cand *c, size_t max, double min_acc);

/* Sorts c[0..n) by acc, v[0..n) by w, descending; ties keep their
 * input order (stable, whatever the C library: round 14).  v may be
 * NULL when n is 0. */
void nf_fd_sort_cand(nf_fd_cand *c, size_t n);
void nf_fd_sort_wkey(nf_fd_wkey *v, size_t n);

/* ---- weights and accumulating candidates (inline: they run per anchor
 * and per posting; out of line they cost ~1.3 % of nf_folder_add) -- */

/* Weight of anchor a's kind: fuzzy keys less than exact forms. */
static inline double nf_fd_kind_weight(uint64_t a)
{
    switch (NF_ANCHOR_KIND(a)) {
    case NF_ANCHOR_NUM: return 1.0;
    case NF_ANCHOR_EXACT: return 1.0;
    case NF_ANCHOR_KEY: return 0.6;
    default: return 0.3;         /* a short key: collides often */
    }
}

/* log(df + 0.5), from the folder's table for small counts (idf is
 * computed for every anchor of every article: the log was a visible
 * cost). */
static inline double nf_fd_log_df(const nf_folder *f, uint32_t df)
{
    return df < NF_LOG_TAB ? f->log_tab[df] : log(df + 0.5);
}

/* Both weights of anchor a at once: *wl for an article in `lh` (the
 * smaller idf), *wg window-wide.  log_n and log_nl are log(n + 20) of the
 * window and of the language. */
static inline void nf_fd_weights_at(const nf_folder *f, uint64_t a, uint64_t lh,
                                    double log_n, double log_nl, double *wl,
                                    double *wg)
{
    double w = log_n - nf_fd_log_df(f, nf_count_get(&f->df, a)), l = w;
    if (lh) {
        double x = log_nl - nf_fd_log_df(f, nf_count_get(&f->df_lang, a ^ lh));
        if (x < l)
            l = x;
    }
    double kw = nf_fd_kind_weight(a);
    *wg = w > 0 ? w * kw : 0.0;
    *wl = l > 0 ? l * kw : 0.0;
}

/* Weight of anchor a for an article in `lh` (0 = window-wide only). */
static inline double nf_fd_weight(const nf_folder *f, uint64_t a, uint64_t lh)
{
    double wl, wg;
    double log_nl = lh ? log((double)nf_count_get(&f->n_lang, lh) + 20.0) : 0;
    nf_fd_weights_at(f, a, lh, log((double)f->n_docs + 20.0), log_nl, &wl, &wg);
    return lh ? wl : wg;
}

/* Adds v to candidate ix; ignored when the accumulator is full. */
static inline void nf_fd_acc_add(nf_folder *f, size_t ix, double v)
{
    size_t mask = (1u << NF_ACC_BITS) - 1, h = (ix * 0x9E3779B97F4A7C15ULL) >> 20 & mask;
    while (f->acc[h].ix != SIZE_MAX && f->acc[h].ix != ix)
        h = (h + 1) & mask;
    if (f->acc[h].ix == SIZE_MAX) {
        if (f->n_acc * 4 >= (mask + 1) * 3)
            return;
        f->acc[h].ix = ix;
        f->acc[h].v = 0;
        f->acc_used[f->n_acc++] = h;
    }
    f->acc[h].v += v;
}

/* ---- folder_generic.c: generic anchors (round 9) --------------------- */

/* Whether anchor a is generic: common in background text that is not the
 * benchmark's (background_data.c, generated by tools/fold/background.sh). */
int nf_fd_generic(uint64_t a);

/* The generated table: nf_fd_generic_n anchor hashes, sorted, and a
 * filter: bit (a & 0xFFFF) of nf_fd_generic_bits is set for each. */
extern const size_t nf_fd_generic_n;
extern const uint64_t nf_fd_generic_tab[];
extern const uint64_t nf_fd_generic_bits[1024];

/* Whether candidate c has the specific evidence a join needs: at least
 * NF_SPEC_MIN shared anchors that are not generic, carrying at least
 * NF_SPEC_MASS of the article's weight. */
int nf_fd_specific(const nf_fd_cand *c);

/* Round 10: whether candidate c (cosine and shared evidence scored), a
 * story of story_n articles, has the evidence step 2 needs for article
 * k to join it.  A text mostly in Latin script needs specific evidence
 * (nf_fd_specific) whose anchors carry >= NF_SPEC_SHARE of the shared
 * weight (a join carried by topic words, with one specific word beside
 * them, is a topic match).  A text of another script needs specific
 * evidence, or, when the story is young (<= NF_MERGE_MAX_N articles, as
 * in step 3b, which merges such stories without asking for specific
 * evidence), a cosine >= NF_YOUNG_COS: there the names of caseless
 * scripts are mostly generic keys, and what the gate guards against is
 * an established story's centroid of topic words drawing articles on
 * neighbouring subjects. */
int nf_fd_evidence_ok(const nf_sketch *k, const nf_fd_cand *c, uint32_t story_n);

/* Round 11: whether candidate c's shared evidence is mostly the story's
 * own: >= 2 shared anchors that are not generic, carrying >=
 * NF_CLEAR_SHARE of the article weight shared with it.  When the best
 * candidate is such a young story (<= NF_MERGE_MAX_N articles), a less
 * close candidate that shares no specific anchor with the article (met
 * through topic words only) is no competitor in the margin rule
 * (nf_fd_story_candidates). */
int nf_fd_mostly_specific(const nf_fd_cand *c);

/* Round 11: whether candidate c has step 2's evidence floor for article
 * k: >= 2 shared anchors carrying >= mass_min of the article's weight;
 * for a text not mostly in Latin script also >= 2 shared anchors that
 * are not generic with >= NF_CASELESS_MASS * mass_min shared in all.
 * The floor keeps an article of a few numbers from joining on a shared
 * year or small figures; two specific anchors are the evidence it asks
 * for, and a thin Chinese, Japanese, Thai or Greek text (numbers and
 * Latin tokens, no names) seldom has the whole mass. */
int nf_fd_floor_ok(const nf_sketch *k, const nf_fd_cand *c, double mass_min);

/* ---- folder_window.c: what is held ------------------------------------- */

/* Frees story s (NULL is fine). */
void nf_fd_story_free(nf_fd_story *s);

/* Whether story s may still be joined at time t. */
int nf_fd_in_window(const nf_folder *f, const nf_fd_story *s, double t);

/* Moves f->now, the newest date seen (which the sweeps read), to the date
 * t of an article (NAN: undated, nothing moves) when t is later; called
 * once per article entered (nf_fd_enter).  A date
 * more than window_days past `now` moves it only when the previous dated
 * article (`recent`, not yet this one) was past that window as well: one
 * article misdated by years (a parse error, a typo) must not put every
 * held story out of the window, while a new batch a month later moves it
 * from its second article on.  Two dated articles in a row more than the
 * window behind a `now` that a single article gave move it back to the
 * later of them (the first article of a stream was the misdated one);
 * a `now` that several gave stays (a backfill of older articles). */
void nf_fd_advance_now(nf_folder *f, double t);

/* The article in `slot` leaves the window: its anchors leave the
 * document frequencies, its sketch is freed, its slot reused. */
void nf_fd_art_release(nf_folder *f, size_t slot);

/* Exact sum of squares of the centroid of s (weights as they are now). */
void nf_fd_story_renorm(nf_folder *f, nf_fd_story *s);

/* Cuts the centroid of s to its NF_CENT_KEEP heaviest anchors;
 * NF_ERR_NOMEM (s unchanged) or NF_OK. */
nf_status nf_fd_story_prune(nf_folder *f, nf_fd_story *s);

/* A free article slot holding `k` (moved in, *k zeroed); SIZE_MAX when
 * out of memory. */
size_t nf_fd_new_slot(nf_folder *f, nf_sketch *k);

/* Adds the article in `slot` (its report and story set) to every
 * structure: its story (created when new, with `storyline`), document
 * frequencies, postings; wg = its window-wide weights or NULL (computed
 * here).  Sweeps and rebuilds the postings when due.  NF_ERR_NOMEM. */
nf_status nf_fd_enter(nf_folder *f, size_t slot, long long storyline,
                      const double *wg);

/* ---- folder_report.c: steps 1 and 3 ------------------------------------ */

/* Step 1: the held article of the window that `k` (at time t)
 * near-duplicates; SIZE_MAX if none. */
size_t nf_fd_find_duplicate(nf_folder *f, const nf_sketch *k, double t);

/* Step 3: the held article that `k` translates, among the members of
 * candidate stories c[0..nc) (sorted by cosine), or SIZE_MAX; none when
 * it lies in a story that is clearly not the article's best.  wg_all,
 * wg_x: the article's window-wide weight sum, all and without exact
 * forms; f->wg its weights. */
size_t nf_fd_translation(nf_folder *f, const nf_sketch *k, const nf_fd_cand *c,
                         size_t nc, double t, double wg_all, double wg_x,
                         double mass_min);

/* ---- folder_story.c: step 2 -------------------------------------------- */

/* Cosine of the weighted anchors of k (f->w, f->wg; norm anorm) with
 * story s's centroid; c->shared and c->mass receive the number and the
 * article weight of the anchors in common. */
double nf_fd_story_cos(const nf_folder *f, const nf_sketch *k, double anorm,
                       const nf_fd_story *s, nf_fd_cand *c);

/* Step 2, scoring: the candidate stories of k (f->w, f->wg set; norm
 * anorm) into c (NF_TOP_CAND slots), sorted by cosine (acc = cos), their
 * count in *nc; *best = the index of the best story that may take k
 * (SIZE_MAX if none) with cosine *best_cos, *other_cos the best cosine
 * of any other candidate that competes with it (round 11: when the best
 * is a young story, not a less close one that shares only generic
 * anchors while the best shares mostly specific ones, nor a less close
 * young story of the window whose centroid agrees with the best's; all
 * of them when no other would count).  NF_ERR_NOMEM. */
nf_status nf_fd_story_candidates(nf_folder *f, const nf_sketch *k, double anorm,
                                 double t, double mass_min, nf_fd_cand *c,
                                 size_t *nc, size_t *best, double *best_cos,
                                 double *other_cos);

/* Step 2, decision: the id of the story that k joins (best, when its
 * cosine passes the threshold or the margin rule and the join is not
 * contested), or 0. */
long long nf_fd_story_pick(const nf_folder *f, const nf_sketch *k,
                           const nf_fd_cand *c, size_t nc, size_t best,
                           double best_cos, double other_cos, double mass_min);

/* ---- join_model.c: step 2, the learnt decision (round 8) -------------- */

/* Step 2, decision through the learnt model (join_model_data.c): the
 * features of every candidate in c[0..nc) in the window (scored by
 * nf_fd_story_candidates; t the article's time) are computed and passed
 * to f->trace when set.  With f->join_thr < 0 the hand rules decide
 * (nf_fd_story_pick).  Otherwise the hand rules' join stands when the
 * model gives it >= f->join_veto or its story holds more than
 * NF_JM_VETO_MAX_N articles; else the candidate of highest probability
 * joins when that is >= f->join_thr, a candidate the hand rules would
 * not join only with their evidence floor (>= 2 shared anchors, the
 * mass), another candidate in the window and a lead of NF_PEND_LEAD
 * over it.  The id of the story joined, or 0. */
long long nf_fd_join_pick(const nf_folder *f, const nf_sketch *k,
                          const nf_fd_cand *c, size_t nc, size_t best,
                          double best_cos, double other_cos, double mass_min,
                          double t);

/* The model's probability that a candidate with features x[0..NF_JM_N)
 * is the article's story. */
double nf_fd_join_prob(const double *x);

/* Weights of the model: one per feature, one per product x[i] * x[j]
 * (i <= j, in that order), and the bias. */
#define NF_JM_W (NF_JM_N + NF_JM_N * (NF_JM_N + 1) / 2 + 1)

/* The model (join_model_data.c, generated by tools/fold/train_join.py):
 * weights of the features and of their pairwise products (the
 * standardisation of training folded in; the log-odds is b + sum w_i x_i
 * + sum w_ij x_i x_j) and the default probability bar (< 0: hand rules). */
extern const double nf_fd_jm_weights[NF_JM_W];
/* Each feature's range in training: a feature is clamped into it before
 * use (real articles are longer than the streams' fragments; a
 * quadratic model must not extrapolate). */
extern const double nf_fd_jm_lo[NF_JM_N], nf_fd_jm_hi[NF_JM_N];
extern const double nf_fd_jm_threshold;
/* The model vetoes joins of stories of at most this many articles only:
 * the development streams it learnt from have 4 articles a story. */
#define NF_JM_VETO_MAX_N 4

/* The default veto bar (nf_folder_set_join_veto). */
extern const double nf_fd_jm_veto;

/* ---- folder_merge.c: step 3b ------------------------------------------- */

/* Step 3b: when story `story` (k's) and another candidate story are both
 * young and k would join the other too, the newer joins the older.
 * Sets f->last_merged (0 when none); *story = the surviving story's id.
 * NF_ERR_NOMEM. */
nf_status nf_fd_merge_young(nf_folder *f, const nf_sketch *k,
                            const nf_fd_cand *c, size_t nc, double t,
                            double mass_min, long long *story);

/* Cosine of the centroids of stories a and b (weights as they are
 * now); cheap when one of them is small (it walks the smaller). */
double nf_fd_story_story_cos(const nf_folder *f, const nf_fd_story *a,
                             const nf_fd_story *b);

/* Story gi joins story ki (both held, ki the older): its centroid
 * counts, members and size move over, its slot is freed.  NF_ERR_NOMEM. */
nf_status nf_fd_story_merge(nf_folder *f, size_t ki, size_t gi);

/* ---- folder_pending.c: step 5 ------------------------------------------ */

/* The article in `slot` (of a caseless script) has just started story
 * `story` although the held story `si` was its best candidate (cosine under the bar, or
 * without the margin rule's lead over `other_cos`, the best cosine of
 * any other candidate): it waits on story si (the oldest waiting article
 * gives way when NF_PEND_MAX wait already). */
void nf_fd_pend_add(nf_folder *f, size_t si, size_t slot, long long story,
                    double other_cos);

/* Story si (held, in the window at t) has just grown: the first article
 * waiting on it whose story is still that article alone and whose
 * cosine with the grown story now passes the bar or the margin rule,
 * with shared anchors and mass, and a lead of NF_PEND_LEAD over
 * other_cos, joins it: its story is merged into si and f->last_merged
 * set to the merged story's id.  An article is looked at NF_PEND_CHECKS
 * times at most.  NF_ERR_NOMEM. */
nf_status nf_fd_pend_check(nf_folder *f, size_t si, double t);

/* ---- folder_line.c: step 4 --------------------------------------------- */

/* Storyline for story `self` (may be SIZE_MAX: a new story, scored by
 * the article's anchors) among candidates c: the storyline of the most
 * similar other story within the storyline window, or 0. */
long long nf_fd_pick_line(nf_folder *f, const nf_fd_cand *c, size_t nc,
                          size_t self, double t);

/* Takes the storyline decision again for story si from its centroid;
 * NF_ERR_NOMEM. */
nf_status nf_fd_redecide_line(nf_folder *f, size_t si, double t);

#endif
