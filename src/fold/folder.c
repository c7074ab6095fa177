/* folder.c - online folding: each arriving article joins a report, a
 * story and a storyline, or starts new ones.
 *
 * Per article, in this order (thresholds in docs/fold.md):
 *   1. near-duplicate: articles of the window sharing sampled shingles
 *      (postings shingle -> articles) are candidates; containment of the
 *      smaller sample >= NF_DUP_CONTAIN makes the same report;
 *   2. story: stories sharing the article's NF_CAND_ANCHORS heaviest
 *      anchors (postings anchor -> stories) are candidates; the best
 *      cosine between the article's idf-weighted anchors and a story's
 *      centroid >= NF_STORY_COS, with at least NF_STORY_MASS of the
 *      article's weight shared, joins it; so does a best cosine of only
 *      NF_STORY_COS_CLEAR when it is NF_STORY_MARGIN times that of
 *      every other candidate and there is one (one clear story among
 *      several: thin or cross-script articles share little with any
 *      story, but much more with the right one; a margin over no
 *      competitor is no evidence); a text of a caseless alphabet needs
 *      only NF_CASELESS_MASS of that mass (its names weigh less, below);
 *   3. translation: members of the best candidate stories in another
 *      language whose weighted anchor Jaccard and in-order agreement are
 *      high, with a similar structure, make the same report;
 *   3b. merge: when the article's story and another candidate story
 *      are both young (at most NF_MERGE_MAX_N articles), the article
 *      would join the other on its own (NF_MERGE_COS) and the two
 *      centroids agree (NF_MERGE_STORY_COS), the newer story joins the
 *      older: a document first told in two scripts that did not link is
 *      one story again.  Not when both stories and the article are all
 *      in Latin script (compared through exact forms, they rarely split;
 *      merges there joined different stories).  Callers relabel through
 *      nf_folder_last_merged;
 *   4. storyline: a story takes the storyline of the most similar older
 *      story (centroids, within the storyline window); the decision is
 *      taken again from the aggregated centroid each time the story has
 *      doubled in size (2, 4, 8, ... articles), so a story that started
 *      with a thin first article still finds its storyline.
 * Weights are idf over the articles held in the window (the smaller of
 * the window-wide and the within-language one, so that words frequent in
 * one language weigh little), computed once per article.  In a text of
 * a caseless alphabet (Arabic, Hebrew, Devanagari, Hangul) every long
 * word is taken as a name, so its name anchors weigh only NF_CASELESS_NAMES
 * of their weight there and its numbers and places carry the match.
 *
 * Cost per article is bounded and memory follows the window, not the
 * archive: an article is held while its story is within the time window
 * and it is among the story's last NF_MAX_MEMBERS; then its sketch is
 * freed, its anchors leave the document frequencies and its slot is
 * reused.  A story leaving the time window keeps only a summary of its
 * centroid (top NF_SUMMARY anchors) for storylines, and is freed after
 * the storyline window; a story that stays in the window for long keeps
 * its NF_CENT_KEEP heaviest anchors when its centroid passes NF_CENT_MAX.
 * Postings lists are capped and rebuilt from what is held whenever as
 * many articles have entered as are held, so keys of articles gone
 * disappear.  Undated articles take the newest date seen
 * before them (arrival order), or none while no dated article has come. */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "core/article_int.h"
#include "fold/fold_int.h"
#include "core/grow.h"

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

typedef struct fart {
    nf_sketch k;
    long long report, story;
    double wsum, wsum_x;         /* anchor weight at entry: all; no exact forms */
    int live;
} fart;

typedef struct fstory {
    long long id, storyline;
    double last;                 /* NAN while undated */
    uint32_t n;                  /* articles ever */
    uint32_t line_n;             /* n when the storyline was last decided */
    nf_count_map cent;           /* anchor -> articles holding it */
    size_t *members;             /* held article slots, oldest first */
    uint32_t n_members;
    double sq;                   /* sum of (weight * count)^2, kept incrementally */
    int summary;                 /* centroid cut to a summary (out of window) */
} fstory;

/* Candidate accumulator: index -> accumulated value, reset per query. */
typedef struct acc_slot {
    size_t ix;                   /* SIZE_MAX = empty */
    double v;
} acc_slot;

typedef struct cand {
    size_t ix;
    double acc;
    double cos;
    double mass;                 /* article weight of the anchors shared */
    int shared;
} cand;

struct nf_folder {
    nf_fold_options opt;
    nf_translit *tr;
    fart *arts;
    size_t n_arts, cap_arts;
    size_t *free_arts;           /* reusable article slots */
    size_t n_free_arts;
    fstory **stories;
    size_t n_stories, cap_stories;
    size_t *free_stories;
    size_t n_free_stories;
    size_t n_held;               /* articles held (live) */
    size_t since_rebuild;        /* articles entered since postings were rebuilt */
    nf_count_map story_ix;       /* story id -> index + 1 */
    size_t merges;               /* stories merged so far */
    long long last_merged;       /* story merged away by the last add, or 0 */
    nf_post_map anchor_post;     /* anchor -> story indexes */
    nf_post_map shingle_post;    /* shingle -> article slots */
    nf_count_map df, df_lang, n_lang;
    unsigned long long n_docs;   /* articles held */
    double now;                  /* newest date seen, NAN before any */
    long long next_report, next_story, next_line;
    nf_fold_stats stats;
    unsigned char *last_buf;
    size_t last_len, last_cap;
    acc_slot acc[1u << NF_ACC_BITS];
    size_t acc_used[1u << NF_ACC_BITS];
    size_t n_acc;
    double *w, *wg;              /* weights of the article being folded */
    double log_tab[NF_LOG_TAB];  /* log(i + 0.5) */
    size_t cap_w;
};

static uint64_t lang_hash(const char *lang)
{
    return XXH3_64bits(lang, strlen(lang)) | 1;
}

static double kind_weight(uint64_t a)
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
static double log_df(const nf_folder *f, uint32_t df)
{
    return df < NF_LOG_TAB ? f->log_tab[df] : log(df + 0.5);
}

/* Both weights of anchor a at once: *wl for an article in `lh` (the
 * smaller idf), *wg window-wide.  log_n and log_nl are log(n + 20) of the
 * window and of the language. */
static void weights_at(const nf_folder *f, uint64_t a, uint64_t lh, double log_n,
                       double log_nl, double *wl, double *wg)
{
    double w = log_n - log_df(f, nf_count_get(&f->df, a)), l = w;
    if (lh) {
        double x = log_nl - log_df(f, nf_count_get(&f->df_lang, a ^ lh));
        if (x < l)
            l = x;
    }
    double kw = kind_weight(a);
    *wg = w > 0 ? w * kw : 0.0;
    *wl = l > 0 ? l * kw : 0.0;
}

/* Weight of anchor a for an article in `lh` (0 = window-wide only). */
static double weight(const nf_folder *f, uint64_t a, uint64_t lh)
{
    double wl, wg;
    double log_nl = lh ? log((double)nf_count_get(&f->n_lang, lh) + 20.0) : 0;
    weights_at(f, a, lh, log((double)f->n_docs + 20.0), log_nl, &wl, &wg);
    return lh ? wl : wg;
}

static int is_time(double t)
{
    return !isnan(t);
}

nf_folder *nf_folder_new(const nf_fold_options *opts)
{
    nf_folder *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    if (opts)
        f->opt = *opts;
    if (f->opt.window_days <= 0)
        f->opt.window_days = 14;
    if (f->opt.line_window_days <= 0)
        f->opt.line_window_days = 400;
    f->anchor_post.max_list = 32;
    f->shingle_post.max_list = 16;
    f->now = NAN;
    f->next_report = f->next_story = f->next_line = 1;
    for (size_t i = 0; i < (1u << NF_ACC_BITS); i++)
        f->acc[i].ix = SIZE_MAX;
    for (size_t i = 0; i < NF_LOG_TAB; i++)
        f->log_tab[i] = log((double)i + 0.5);
    if (!(f->tr = nf_translit_new())) {
        free(f);
        return NULL;
    }
    return f;
}

static void story_free(fstory *s)
{
    if (!s)
        return;
    nf_count_free(&s->cent);
    free(s->members);
    free(s);
}

void nf_folder_free(nf_folder *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n_arts; i++)
        nf_sketch_clear(&f->arts[i].k);
    free(f->arts);
    free(f->free_arts);
    for (size_t i = 0; i < f->n_stories; i++)
        story_free(f->stories[i]);
    free(f->stories);
    free(f->free_stories);
    nf_count_free(&f->story_ix);
    nf_post_free(&f->anchor_post);
    nf_post_free(&f->shingle_post);
    nf_count_free(&f->df);
    nf_count_free(&f->df_lang);
    nf_count_free(&f->n_lang);
    nf_translit_free(f->tr);
    free(f->last_buf);
    free(f->w);
    free(f->wg);
    free(f);
}

void nf_folder_reserve_ids(nf_folder *f, long long report, long long story,
                           long long storyline)
{
    if (report >= f->next_report)
        f->next_report = report + 1;
    if (story >= f->next_story)
        f->next_story = story + 1;
    if (storyline >= f->next_line)
        f->next_line = storyline + 1;
}

/* Whether story s may still be joined at time t. */
static int in_window(const nf_folder *f, const fstory *s, double t)
{
    return !s->summary &&
           (!is_time(t) || !is_time(s->last) || fabs(t - s->last) <= f->opt.window_days);
}

void nf_folder_stats(const nf_folder *f, nf_fold_stats *out)
{
    *out = f->stats;
    out->active_stories = 0;
    for (size_t i = 0; i < f->n_stories; i++)
        if (f->stories[i] && in_window(f, f->stories[i], f->now))
            out->active_stories++;
}

void nf_folder_held_get(const nf_folder *f, nf_folder_held *out)
{
    memset(out, 0, sizeof *out);
    out->articles = f->n_held;
    for (size_t i = 0; i < f->n_stories; i++)
        out->stories += f->stories[i] != NULL;
    out->shingle_keys = f->shingle_post.n;
    out->anchor_keys = f->anchor_post.n;
    out->df_keys = f->df.n;
    out->merges = f->merges;
}

const void *nf_folder_last_sketch(const nf_folder *f, size_t *len)
{
    *len = f->last_len;
    return f->last_buf;
}

/* ---- candidate accumulator ---------------------------------------------- */

static void acc_reset(nf_folder *f)
{
    for (size_t i = 0; i < f->n_acc; i++)
        f->acc[f->acc_used[i]].ix = SIZE_MAX;
    f->n_acc = 0;
}

/* Adds v to candidate ix; ignored when the accumulator is full. */
static void acc_add(nf_folder *f, size_t ix, double v)
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

static int cand_cmp(const void *x, const void *y)
{
    double a = ((const cand *)x)->acc, b = ((const cand *)y)->acc;
    return a < b ? 1 : a > b ? -1 : 0;
}

/* The `max` best candidates of the accumulator into c (sorted); count. */
static size_t acc_top(nf_folder *f, cand *c, size_t max, double min_acc)
{
    size_t n = 0;
    for (size_t i = 0; i < f->n_acc; i++) {
        const acc_slot *s = &f->acc[f->acc_used[i]];
        if (s->v < min_acc)
            continue;
        cand x = { s->ix, s->v, 0, 0, 0 };
        if (n < max) {
            c[n++] = x;
        } else {
            size_t lo = 0;
            for (size_t j = 1; j < n; j++)
                if (c[j].acc < c[lo].acc)
                    lo = j;
            if (x.acc > c[lo].acc)
                c[lo] = x;
        }
    }
    qsort(c, n, sizeof *c, cand_cmp);
    acc_reset(f);
    return n;
}

/* ---- stories and articles held ------------------------------------------ */

/* Index of story `id`, creating it; SIZE_MAX when out of memory. */
static size_t story_get(nf_folder *f, long long id, long long line)
{
    uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)id);
    if (ix)
        return ix - 1;
    size_t si;
    if (f->n_free_stories) {
        si = f->free_stories[--f->n_free_stories];
    } else {
        /* stories and free_stories share one capacity */
        size_t c1 = f->cap_stories, c2 = f->cap_stories;
        if (nf_grow(&f->stories, &c1, f->n_stories, sizeof *f->stories, 64) ||
            nf_grow(&f->free_stories, &c2, f->n_stories, sizeof *f->free_stories, 64))
            return SIZE_MAX;
        f->cap_stories = c1;
        si = f->n_stories++;
        f->stories[si] = NULL;
    }
    fstory *s = calloc(1, sizeof *s);
    if (!s || nf_count_add(&f->story_ix, (uint64_t)id, (int32_t)(si + 1))) {
        free(s);
        f->free_stories[f->n_free_stories++] = si;
        return SIZE_MAX;
    }
    s->id = id;
    s->storyline = line;
    s->last = NAN;
    f->stories[si] = s;
    nf_folder_reserve_ids(f, 0, id, line);
    f->stats.stories++;
    return si;
}

/* The article in `slot` leaves the window: its anchors leave the
 * document frequencies, its sketch is freed, its slot reused. */
static void art_release(nf_folder *f, size_t slot)
{
    fart *a = &f->arts[slot];
    if (!a->live)
        return;
    uint64_t lh = a->k.lang[0] ? lang_hash(a->k.lang) : 0;
    for (uint32_t i = 0; i < a->k.n_anchors; i++) {
        nf_count_add(&f->df, a->k.anchors[i], -1);
        if (lh)
            nf_count_add(&f->df_lang, a->k.anchors[i] ^ lh, -1);
    }
    if (lh)
        nf_count_add(&f->n_lang, lh, -1);
    if (f->n_docs)
        f->n_docs--;
    nf_sketch_clear(&a->k);
    a->live = 0;
    f->n_held--;
    f->free_arts[f->n_free_arts++] = slot;   /* room reserved in new_slot */
}

typedef struct wkey {
    uint64_t key;
    double w;
} wkey;

static int wkey_cmp(const void *x, const void *y)
{
    double a = ((const wkey *)x)->w, b = ((const wkey *)y)->w;
    return a < b ? 1 : a > b ? -1 : 0;
}

/* Exact sum of squares of the centroid (weights as they are now). */
static void story_renorm(nf_folder *f, fstory *s)
{
    double sum = 0;
    for (size_t i = 0; i < s->cent.cap; i++) {
        if (!s->cent.keys[i] || !s->cent.vals[i])
            continue;
        double w = weight(f, s->cent.keys[i], 0) * s->cent.vals[i];
        sum += w * w;
    }
    if (s->cent.has_zero && s->cent.zero_val) {
        double w = weight(f, 0, 0) * s->cent.zero_val;
        sum += w * w;
    }
    s->sq = sum;
}

/* Story s leaves the time window: members released, centroid cut to its
 * NF_SUMMARY heaviest anchors (for storylines). */
static void story_to_summary(nf_folder *f, fstory *s)
{
    for (uint32_t m = 0; m < s->n_members; m++)
        art_release(f, s->members[m]);
    free(s->members);
    s->members = NULL;
    s->n_members = 0;
    s->summary = 1;
    size_t n = 0;
    wkey *v = malloc((s->cent.n + 1) * sizeof *v);
    if (v) {
        for (size_t i = 0; i < s->cent.cap; i++)
            if (s->cent.keys[i] && s->cent.vals[i]) {
                v[n].key = s->cent.keys[i];
                v[n++].w = weight(f, s->cent.keys[i], 0) * s->cent.vals[i];
            }
        qsort(v, n, sizeof *v, wkey_cmp);
    }
    nf_count_map small;
    memset(&small, 0, sizeof small);
    for (size_t i = 0; i < n && i < NF_SUMMARY; i++)
        if (nf_count_add(&small, v[i].key, (int32_t)nf_count_get(&s->cent, v[i].key)))
            break;
    free(v);
    nf_count_free(&s->cent);
    s->cent = small;
    story_renorm(f, s);
}

/* Cuts the centroid of a story that keeps growing (a development followed
 * for weeks) to its NF_CENT_KEEP heaviest anchors, so that its memory
 * does not grow with its articles; anchors it loses were rare in it. */
static nf_status story_prune(nf_folder *f, fstory *s)
{
    size_t n = 0;
    wkey *v = malloc((s->cent.n + 1) * sizeof *v);
    if (!v)
        return NF_ERR_NOMEM;
    for (size_t i = 0; i < s->cent.cap; i++)
        if (s->cent.keys[i] && s->cent.vals[i]) {
            v[n].key = s->cent.keys[i];
            v[n++].w = weight(f, s->cent.keys[i], 0) * s->cent.vals[i];
        }
    qsort(v, n, sizeof *v, wkey_cmp);
    nf_count_map small;
    memset(&small, 0, sizeof small);
    nf_status st = NF_OK;
    for (size_t i = 0; i < n && i < NF_CENT_KEEP && !st; i++)
        st = nf_count_add(&small, v[i].key, (int32_t)nf_count_get(&s->cent, v[i].key));
    free(v);
    if (st) {
        nf_count_free(&small);
        return st;
    }
    nf_count_free(&s->cent);
    s->cent = small;
    story_renorm(f, s);
    return NF_OK;
}

/* Frees story si (past the storyline window). */
static void story_drop(nf_folder *f, size_t si)
{
    fstory *s = f->stories[si];
    for (uint32_t m = 0; m < s->n_members; m++)
        art_release(f, s->members[m]);
    uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)s->id);
    nf_count_add(&f->story_ix, (uint64_t)s->id, -(int32_t)ix);
    story_free(s);
    f->stories[si] = NULL;
    f->free_stories[f->n_free_stories++] = si;
}

/* Rebuilds the postings from what is held, so that keys of articles and
 * stories gone disappear (memory follows the window). */
static nf_status rebuild_postings(nf_folder *f)
{
    nf_post_map sp, ap;
    memset(&sp, 0, sizeof sp);
    memset(&ap, 0, sizeof ap);
    sp.max_list = f->shingle_post.max_list;
    ap.max_list = f->anchor_post.max_list;
    nf_status st = NF_OK;
    for (size_t si = 0; si < f->n_stories && !st; si++) {
        fstory *s = f->stories[si];
        if (!s)
            continue;
        for (size_t i = 0; i < s->cent.cap && !st; i++)
            if (s->cent.keys[i] && s->cent.vals[i])
                st = nf_post_add(&ap, s->cent.keys[i], (int64_t)si);
        for (uint32_t m = 0; m < s->n_members && !st; m++) {
            const fart *a = &f->arts[s->members[m]];
            for (uint32_t i = 0; i < a->k.n_shingles && !st; i++)
                st = nf_post_add(&sp, a->k.shingles[i], (int64_t)s->members[m]);
        }
    }
    if (!st) {
        st = nf_count_compact(&f->df);
        if (!st)
            st = nf_count_compact(&f->df_lang);
        if (!st)
            st = nf_count_compact(&f->story_ix);
    }
    if (st) {
        nf_post_free(&sp);
        nf_post_free(&ap);
        return st;
    }
    nf_post_free(&f->shingle_post);
    nf_post_free(&f->anchor_post);
    f->shingle_post = sp;
    f->anchor_post = ap;
    f->since_rebuild = 0;
    return NF_OK;
}

/* Releases what stories and articles outside the windows hold. */
static void sweep(nf_folder *f)
{
    if (!is_time(f->now))
        return;
    for (size_t i = 0; i < f->n_stories; i++) {
        fstory *s = f->stories[i];
        if (!s)
            continue;
        if (!is_time(s->last))
            s->last = f->now;
        if (s->last < f->now - f->opt.line_window_days)
            story_drop(f, i);
        else if (!s->summary && s->last < f->now - f->opt.window_days)
            story_to_summary(f, s);
    }
}

/* A free article slot holding `k` (moved in); SIZE_MAX when out of memory. */
static size_t new_slot(nf_folder *f, nf_sketch *k)
{
    size_t slot;
    if (f->n_free_arts) {
        slot = f->free_arts[--f->n_free_arts];
    } else {
        /* arts and free_arts share one capacity */
        size_t c1 = f->cap_arts, c2 = f->cap_arts;
        if (nf_grow(&f->arts, &c1, f->n_arts, sizeof *f->arts, 256) ||
            nf_grow(&f->free_arts, &c2, f->n_arts, sizeof *f->free_arts, 256))
            return SIZE_MAX;
        f->cap_arts = c1;
        slot = f->n_arts++;
    }
    fart *a = &f->arts[slot];
    memset(a, 0, sizeof *a);
    a->k = *k;
    memset(k, 0, sizeof *k);
    return slot;
}

/* Adds the article in `slot` (decided) to every structure. */
static nf_status enter(nf_folder *f, size_t slot, long long storyline,
                       const double *wg)
{
    fart *a = &f->arts[slot];
    size_t si = story_get(f, a->story, storyline);
    if (si == SIZE_MAX)
        return NF_ERR_NOMEM;
    fstory *s = f->stories[si];
    nf_status st = NF_OK;
    double t = is_time(a->k.time) ? a->k.time : f->now;
    if (is_time(a->k.time) && (!is_time(f->now) || a->k.time > f->now))
        f->now = a->k.time;
    if (is_time(t) && (!is_time(s->last) || t > s->last))
        s->last = t;
    if (s->summary) {   /* an old story taken up again (restore) */
        s->summary = 0;
    }
    s->n++;
    s->storyline = storyline;
    if (!s->members && !(s->members = malloc(NF_MAX_MEMBERS * sizeof *s->members)))
        return NF_ERR_NOMEM;
    if (s->n_members == NF_MAX_MEMBERS) {
        art_release(f, s->members[0]);
        memmove(s->members, s->members + 1, (NF_MAX_MEMBERS - 1) * sizeof *s->members);
        s->n_members--;
    }
    s->members[s->n_members++] = slot;
    uint64_t lh = a->k.lang[0] ? lang_hash(a->k.lang) : 0;
    f->n_docs++;
    if (lh && (st = nf_count_add(&f->n_lang, lh, 1)))
        return st;
    double wsum = 0, wsum_x = 0;
    for (uint32_t i = 0; i < a->k.n_anchors && !st; i++) {
        uint64_t x = a->k.anchors[i];
        double w = wg ? wg[i] : weight(f, x, 0);
        wsum += w;
        if (NF_ANCHOR_KIND(x) != NF_ANCHOR_EXACT)
            wsum_x += w;
        uint32_t c = nf_count_get(&s->cent, x);
        s->sq += w * w * (double)(2 * c + 1);
        st = nf_count_add(&s->cent, x, 1);
        if (!st)
            st = nf_count_add(&f->df, x, 1);
        if (!st && lh)
            st = nf_count_add(&f->df_lang, x ^ lh, 1);
        if (!st && !c)
            st = nf_post_add(&f->anchor_post, x, (int64_t)si);
    }
    a->wsum = wsum;
    a->wsum_x = wsum_x;
    if (!st && s->cent.n > NF_CENT_MAX)
        st = story_prune(f, s);
    else if ((s->n & (s->n - 1)) == 0 || s->n % 32 == 0)
        story_renorm(f, s);   /* bound the drift of the incremental norm */
    for (uint32_t i = 0; i < a->k.n_shingles && !st; i++)
        st = nf_post_add(&f->shingle_post, a->k.shingles[i], (int64_t)slot);
    a->live = 1;
    f->n_held++;
    f->stats.articles++;
    f->since_rebuild++;
    if (!st && f->stats.articles % NF_SWEEP_EVERY == 0)
        sweep(f);
    if (!st && f->since_rebuild >= 1024 && f->since_rebuild >= f->n_held)
        st = rebuild_postings(f);
    return st;
}

/* Story gi joins story ki (both held, ki the older): its centroid counts,
 * members and size move over, its slot is freed.  Decisions already
 * given out keep gi's id: their holders relabel them (the caller learns
 * of the merge through nf_folder_last_merged). */
static nf_status story_merge(nf_folder *f, size_t ki, size_t gi)
{
    fstory *k = f->stories[ki], *g = f->stories[gi];
    nf_status st = NF_OK;
    for (size_t i = 0; i < g->cent.cap && !st; i++) {
        uint64_t x = g->cent.keys[i];
        if (!x || !g->cent.vals[i])
            continue;
        if (!nf_count_get(&k->cent, x))
            st = nf_post_add(&f->anchor_post, x, (int64_t)ki);
        if (!st)
            st = nf_count_add(&k->cent, x, (int32_t)g->cent.vals[i]);
    }
    if (!st && g->cent.has_zero && g->cent.zero_val)
        st = nf_count_add(&k->cent, 0, (int32_t)g->cent.zero_val);
    if (!st && !k->members && !(k->members = malloc(NF_MAX_MEMBERS * sizeof *k->members)))
        st = NF_ERR_NOMEM;
    for (uint32_t m = 0; m < g->n_members && !st; m++) {
        if (k->n_members == NF_MAX_MEMBERS) {
            art_release(f, k->members[0]);
            memmove(k->members, k->members + 1, (NF_MAX_MEMBERS - 1) * sizeof *k->members);
            k->n_members--;
        }
        f->arts[g->members[m]].story = k->id;
        k->members[k->n_members++] = g->members[m];
    }
    if (st)
        return st;
    g->n_members = 0;
    k->n += g->n;
    if (is_time(g->last) && (!is_time(k->last) || g->last > k->last))
        k->last = g->last;
    uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)g->id);
    nf_count_add(&f->story_ix, (uint64_t)g->id, -(int32_t)ix);
    story_free(g);
    f->stories[gi] = NULL;
    f->free_stories[f->n_free_stories++] = gi;
    f->merges++;
    if (k->cent.n > NF_CENT_MAX)
        return story_prune(f, k);
    story_renorm(f, k);
    return NF_OK;
}

/* Whether every held member of story s is written mostly in Latin. */
static int story_latin(const nf_folder *f, const fstory *s)
{
    for (uint32_t i = 0; i < s->n_members; i++)
        if (!(f->arts[s->members[i]].k.latin & 1))
            return 0;
    return 1;
}

/* Cosine of the centroids of stories a and b (weights as they are now). */
static double story_story_cos(const nf_folder *f, const fstory *a, const fstory *b)
{
    if (a->cent.n > b->cent.n) {
        const fstory *x = a;
        a = b;
        b = x;
    }
    if (a->sq <= 0 || b->sq <= 0)
        return 0;
    double dot = 0;
    for (size_t i = 0; i < a->cent.cap; i++) {
        uint64_t x = a->cent.keys[i];
        if (!x || !a->cent.vals[i])
            continue;
        uint32_t n = nf_count_get(&b->cent, x);
        if (n) {
            double w = weight(f, x, 0);
            dot += w * w * a->cent.vals[i] * n;
        }
    }
    return dot / sqrt(a->sq * b->sq);
}

long long nf_folder_last_merged(const nf_folder *f)
{
    assert(f);
    return f->last_merged;
}

/* ---- scoring ------------------------------------------------------------ */

/* Cosine of the article's weighted anchors (f->w, norm anorm) with story
 * s's centroid; *shared receives the number of anchors in common. */
static double story_cos(const nf_folder *f, const nf_sketch *k, double anorm,
                        const fstory *s, cand *c)
{
    c->shared = 0;
    c->mass = 0;
    if (!s->n || anorm <= 0 || s->sq <= 0)
        return 0;
    double dot = 0;
    for (uint32_t i = 0; i < k->n_anchors; i++) {
        if (f->w[i] <= 0)
            continue;
        uint32_t n = nf_count_get(&s->cent, k->anchors[i]);
        if (!n)
            continue;
        c->shared++;
        c->mass += f->w[i];
        dot += f->w[i] * f->wg[i] * n;
    }
    return dot / (anorm * sqrt(s->sq));
}

/* Weighted Jaccard of the article being folded (weights f->wg, sum wa)
 * with `o`; without exact forms when `cross` (texts not both in Latin
 * script: exact forms are Latin words, which the other text mostly
 * lacks, so they would only swell the union). */
static double anchor_jaccard(const nf_folder *f, const nf_sketch *a,
                             double wa, const fart *o, int cross)
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

static double ratio(double a, double b)
{
    if (a <= 0 || b <= 0)
        return 1;
    return a < b ? a / b : b / a;
}

/* Finds the article of the window that `k` near-duplicates; SIZE_MAX if none. */
static size_t find_duplicate(nf_folder *f, const nf_sketch *k, double t)
{
    for (uint32_t i = 0; i < k->n_shingles; i++) {
        nf_post_list *l = nf_post_get(&f->shingle_post, k->shingles[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t slot = (size_t)l->v[j];
            if (slot < f->n_arts && f->arts[slot].live)
                acc_add(f, slot, 1);
        }
    }
    cand c[16];
    size_t nc = acc_top(f, c, 16, 3);
    size_t best = SIZE_MAX;
    double best_c = 0;
    for (size_t m = 0; m < nc; m++) {
        const nf_sketch *o = &f->arts[c[m].ix].k;
        if (is_time(t) && is_time(o->time) && fabs(t - o->time) > f->opt.window_days)
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
static int report_has_lang(const nf_folder *f, const fstory *s, long long rep,
                           const char *lang)
{
    for (uint32_t j = 0; j < s->n_members; j++) {
        const fart *o = &f->arts[s->members[j]];
        if (o->live && o->report == rep && !strcmp(o->k.lang, lang))
            return 1;
    }
    return 0;
}

/* Best translation source for `k` among the members of candidate stories
 * (in another language); SIZE_MAX if none. */
static size_t find_translation(nf_folder *f, const nf_sketch *k, const cand *c,
                               size_t nc, double t, double wg_all, double wg_x)
{
    double best_j = 0;
    size_t tr = SIZE_MAX;
    int budget = NF_TRANS_BUDGET;
    for (size_t m = 0, used = 0; m < nc && used < NF_TRANS_STORIES && budget > 0; m++) {
        fstory *s = f->stories[c[m].ix];
        if (c[m].shared < 2 || !in_window(f, s, t))
            continue;
        used++;
        for (uint32_t j = s->n_members; j-- > 0 && budget > 0;) {
            const fart *o = &f->arts[s->members[j]];
            if (!o->live || !strcmp(o->k.lang, k->lang))
                continue;
            if (ratio(o->k.n_sent, k->n_sent) < 0.4 ||
                ratio(o->k.n_anchors, k->n_anchors) < 0.3)
                continue;
            budget--;
            int cross = !((k->latin & 1) && (o->k.latin & 1));
            double jac = anchor_jaccard(f, k, cross ? wg_x : wg_all, o, cross);
            if (jac < NF_TRANS_JACCARD || jac <= best_j)
                continue;
            size_t lcs = nf_sketch_lcs(k, &o->k);
            uint32_t mn = k->n_seq < o->k.n_seq ? k->n_seq : o->k.n_seq;
            double lr = mn ? (double)lcs / mn : 0;
            /* in order (lcs) or, across scripts, where in-order evidence
             * is thin, by many shared keys and numbers */
            int ok = lr >= NF_TRANS_LCS ||
                     (cross && jac >= NF_TRANS_XJAC && lr >= NF_TRANS_XLCS);
            if (ok && !report_has_lang(f, s, o->report, k->lang)) {
                best_j = jac;
                tr = s->members[j];
            }
        }
    }
    return tr;
}

/* Storyline for story `self` (may be SIZE_MAX: a new story, scored by
 * the article's anchors) among candidates c: the storyline of the most
 * similar other story within the storyline window, or 0. */
static long long pick_line(nf_folder *f, const cand *c, size_t nc, size_t self,
                           double t)
{
    double best = 0;
    long long line = 0;
    for (size_t m = 0; m < nc; m++) {
        if (c[m].ix == self || c[m].shared < 2 || c[m].cos < NF_LINE_COS ||
            c[m].cos <= best)
            continue;
        const fstory *s = f->stories[c[m].ix];
        if (is_time(t) && is_time(s->last) && fabs(t - s->last) > f->opt.line_window_days)
            continue;
        best = c[m].cos;
        line = s->storyline;
    }
    return line;
}

/* Takes the storyline decision again for story si from its centroid. */
static nf_status redecide_line(nf_folder *f, size_t si, double t)
{
    fstory *s = f->stories[si];
    size_t n = 0;
    for (size_t i = 0; i < s->cent.cap; i++)
        if (s->cent.keys[i] && s->cent.vals[i])
            n++;
    if (!n)
        return NF_OK;
    if (n > f->cap_w) {
        double *w = realloc(f->w, n * sizeof *w), *wg = w ? realloc(f->wg, n * sizeof *wg) : NULL;
        if (w)
            f->w = w;
        if (wg)
            f->wg = wg;
        if (!w || !wg)
            return NF_ERR_NOMEM;
        f->cap_w = n;
    }
    /* the centroid's heaviest anchors as a pseudo-article: keys with
     * weight * share */
    uint64_t *keys = malloc(n * sizeof *keys);
    wkey *v = malloc(n * sizeof *v);
    if (!keys || !v) {
        free(keys);
        free(v);
        return NF_ERR_NOMEM;
    }
    n = 0;
    for (size_t i = 0; i < s->cent.cap; i++) {
        if (!s->cent.keys[i] || !s->cent.vals[i])
            continue;
        v[n].key = s->cent.keys[i];
        v[n++].w = weight(f, s->cent.keys[i], 0) * s->cent.vals[i] / s->n;
    }
    qsort(v, n, sizeof *v, wkey_cmp);
    if (n > NF_SUMMARY)
        n = NF_SUMMARY;
    double anorm = 0;
    for (size_t i = 0; i < n; i++) {
        keys[i] = v[i].key;
        f->w[i] = v[i].w;
        f->wg[i] = weight(f, keys[i], 0);
        anorm += v[i].w * v[i].w;
    }
    free(v);
    anorm = sqrt(anorm);
    for (size_t i = 0; i < n; i++) {
        nf_post_list *l = nf_post_get(&f->anchor_post, keys[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t o = (size_t)l->v[j];
            if (o != si && o < f->n_stories && f->stories[o])
                acc_add(f, o, f->w[i]);
        }
    }
    cand c[NF_TOP_CAND];
    size_t nc = acc_top(f, c, NF_TOP_CAND, 0);
    nf_sketch pseudo;
    memset(&pseudo, 0, sizeof pseudo);
    pseudo.anchors = keys;
    pseudo.n_anchors = (uint32_t)n;
    for (size_t m = 0; m < nc; m++) {
        const fstory *o = f->stories[c[m].ix];
        /* only older stories: a storyline runs forward in time */
        if (o->id > s->id) {
            c[m].shared = 0;
            continue;
        }
        c[m].cos = story_cos(f, &pseudo, anorm, o, &c[m]);
    }
    free(keys);
    long long line = pick_line(f, c, nc, si, t);
    if (line)
        s->storyline = line;
    s->line_n = s->n;
    return NF_OK;
}

/* Round 6: whether joining story c[best] is contested: the article is of a
 * caseless alphabet (its evidence is mostly numbers and places, which
 * stories on neighbouring subjects share), the best cosine is under
 * NF_CONTEST_COS, and another candidate story would take the article on
 * its own too (>= 2 shared anchors, the mass) with a cosine within
 * NF_CONTEST_RATIO of the best; both stories hold >= NF_CONTEST_MIN_N
 * articles (established stories: a young one is more often the
 * article's own, split early, which step 3b repairs). */
static int contested(const nf_folder *f, const nf_sketch *k, const cand *c,
                     size_t nc, size_t best, double best_cos, double mass_min)
{
    if (!(k->latin & 2) || best == SIZE_MAX || best_cos >= NF_CONTEST_COS ||
        f->stories[best]->n < NF_CONTEST_MIN_N)
        return 0;
    for (size_t m = 0; m < nc; m++)
        if (c[m].ix != best && c[m].cos * NF_CONTEST_RATIO >= best_cos &&
            c[m].shared >= 2 && c[m].mass >= mass_min &&
            f->stories[c[m].ix]->n >= NF_CONTEST_MIN_N)
            return 1;
    return 0;
}

nf_status nf_folder_add(nf_folder *f, nf_article *art, nf_fold_result *out)
{
    assert(f && art);
    nf_sketch k;
    memset(&k, 0, sizeof k);
    nf_status st = nf_sketch_build(f->tr, art, &k);
    if (st)
        return st;
    if ((st = nf_sketch_encode(&k, &f->last_buf, &f->last_len, &f->last_cap))) {
        nf_sketch_clear(&k);
        return st;
    }
    if (k.n_anchors > f->cap_w) {
        double *w = realloc(f->w, k.n_anchors * sizeof *w);
        double *wg = w ? realloc(f->wg, k.n_anchors * sizeof *wg) : NULL;
        if (w)
            f->w = w;
        if (wg)
            f->wg = wg;
        if (!w || !wg) {
            nf_sketch_clear(&k);
            return NF_ERR_NOMEM;
        }
        f->cap_w = k.n_anchors;
    }
    double t = is_time(k.time) ? k.time : f->now;
    if (is_time(k.time) && (!is_time(f->now) || k.time > f->now))
        f->now = k.time;
    uint64_t lh = k.lang[0] ? lang_hash(k.lang) : 0;
    /* caseless scripts give every long word as a name: keys weigh less,
     * numbers more */
    double key_factor = (k.latin & 2) ? NF_CASELESS_NAMES : 1.0;
    double anorm = 0, wg_all = 0, wg_x = 0;
    double log_n = log((double)f->n_docs + 20.0);
    double log_nl = lh ? log((double)nf_count_get(&f->n_lang, lh) + 20.0) : 0;
    for (uint32_t i = 0; i < k.n_anchors; i++) {
        uint64_t x = k.anchors[i];
        int key = NF_ANCHOR_KIND(x) != NF_ANCHOR_NUM;
        weights_at(f, x, lh, log_n, log_nl, &f->w[i], &f->wg[i]);
        if (key)
            f->w[i] *= key_factor;
        anorm += f->w[i] * f->w[i];
        wg_all += f->wg[i];
        if (NF_ANCHOR_KIND(x) != NF_ANCHOR_EXACT)
            wg_x += f->wg[i];
    }
    anorm = sqrt(anorm);
    nf_fold_result r = { 0, 0, 0, NF_REL_ORIGINAL };

    /* 1. near-duplicate */
    size_t dup = find_duplicate(f, &k, t);
    if (dup != SIZE_MAX) {
        r.report = f->arts[dup].report;
        r.story = f->arts[dup].story;
        r.relation = strcmp(f->arts[dup].k.lang, k.lang) ? NF_REL_TRANSLATION
                                                           : NF_REL_DUPLICATE;
    }

    /* 2. candidate stories by shared weight of the article's heaviest
     * anchors (the rest would add little to any cosine), then cosine
     * with all of them */
    double w_min = 0;
    if (k.n_anchors > NF_CAND_ANCHORS) {
        wkey *v = malloc(k.n_anchors * sizeof *v);
        if (!v) {
            nf_sketch_clear(&k);
            return NF_ERR_NOMEM;
        }
        uint32_t nv = 0;
        for (uint32_t i = 0; i < k.n_anchors; i++) {
            if (!nf_post_get(&f->anchor_post, k.anchors[i]))
                continue;   /* in no story: finds no candidate */
            v[nv].key = i;
            v[nv++].w = f->w[i];
        }
        qsort(v, nv, sizeof *v, wkey_cmp);
        w_min = nv > NF_CAND_ANCHORS ? v[NF_CAND_ANCHORS - 1].w : 0;
        free(v);
    }
    for (uint32_t i = 0; i < k.n_anchors; i++) {
        if (f->w[i] <= 0 || f->w[i] < w_min)
            continue;
        nf_post_list *l = nf_post_get(&f->anchor_post, k.anchors[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t si = (size_t)l->v[j];
            if (si < f->n_stories && f->stories[si])
                acc_add(f, si, f->w[i]);
        }
    }
    cand c[NF_TOP_CAND];
    size_t nc = acc_top(f, c, NF_TOP_CAND, 0);
    double best_cos = 0, other_cos = 0;
    size_t best = SIZE_MAX;
    /* caseless names weigh a quarter, so their shared mass is smaller */
    double mass_min = NF_STORY_MASS * ((k.latin & 2) ? NF_CASELESS_MASS : 1.0);
    for (size_t m = 0; m < nc; m++) {
        fstory *s = f->stories[c[m].ix];
        c[m].cos = story_cos(f, &k, anorm, s, &c[m]);
        if (in_window(f, s, t) && c[m].shared >= 2 && c[m].mass >= mass_min &&
            c[m].cos > best_cos) {
            best_cos = c[m].cos;
            best = c[m].ix;
        }
    }
    /* the highest cosine of any other candidate, for the margin rule */
    for (size_t m = 0; m < nc; m++)
        if (c[m].ix != best && c[m].cos > other_cos)
            other_cos = c[m].cos;
    /* candidates by cosine from here on */
    for (size_t m = 0; m < nc; m++)
        c[m].acc = c[m].cos;
    qsort(c, nc, sizeof *c, cand_cmp);

    /* 3. translation: a member of a candidate story in another language */
    if (dup == SIZE_MAX) {
        size_t tr = find_translation(f, &k, c, nc, t, wg_all, wg_x);
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
        if (tr != SIZE_MAX) {
            r.report = f->arts[tr].report;
            r.story = f->arts[tr].story;
            r.relation = NF_REL_TRANSLATION;
        }
    }

    /* 4. story and storyline */
    long long line = 0;
    if (!r.story && best != SIZE_MAX && !contested(f, &k, c, nc, best, best_cos, mass_min) &&
        (best_cos >= NF_STORY_COS ||
         (nc >= 2 && best_cos >= NF_STORY_COS_CLEAR &&
          best_cos >= NF_STORY_MARGIN * other_cos)))
        r.story = f->stories[best]->id;
    /* 3b. repair of an early split: an article that would join a second
     * small story on its own bridges it with its own (a document first
     * told in two scripts that did not link); the newer story joins the
     * older */
    f->last_merged = 0;
    if (r.story) {
        uint32_t six0 = nf_count_get(&f->story_ix, (uint64_t)r.story);
        fstory *mine = six0 && !f->stories[six0 - 1]->summary ? f->stories[six0 - 1] : NULL;
        for (size_t m = 0; mine && mine->n <= NF_MERGE_MAX_N && m < nc; m++) {
            fstory *o = f->stories[c[m].ix];
            if (o == mine || o->summary || o->n > NF_MERGE_MAX_N || !in_window(f, o, t) ||
                c[m].shared < 2 || c[m].mass < mass_min || c[m].cos < NF_MERGE_COS ||
                story_story_cos(f, mine, o) < NF_MERGE_STORY_COS ||
                (story_latin(f, mine) && story_latin(f, o) && (k.latin & 1)))
                continue;
            size_t ki = six0 - 1, gi = c[m].ix;
            if (o->id < mine->id) {
                ki = c[m].ix;
                gi = six0 - 1;
            }
            r.story = f->stories[ki]->id;
            f->last_merged = f->stories[gi]->id;
            if ((st = story_merge(f, ki, gi))) {
                nf_sketch_clear(&k);
                return st;
            }
            break;
        }
    }
    int is_new = !r.story;
    if (is_new) {
        r.story = f->next_story++;
        line = pick_line(f, c, nc, SIZE_MAX, t);
        if (!line)
            line = f->next_line++;
    } else {
        uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)r.story);
        line = ix ? f->stories[ix - 1]->storyline : f->next_line++;
    }
    if (!r.report)
        r.report = f->next_report++;

    size_t slot = new_slot(f, &k);
    if (slot == SIZE_MAX) {
        nf_sketch_clear(&k);
        return NF_ERR_NOMEM;
    }
    f->arts[slot].report = r.report;
    f->arts[slot].story = r.story;
    if ((st = enter(f, slot, line, f->wg)))
        return st;
    /* a grown story decides its storyline again from its centroid */
    uint32_t six = nf_count_get(&f->story_ix, (uint64_t)r.story);
    if (six) {
        fstory *s = f->stories[six - 1];
        if (s->n >= 2 && s->n >= 2 * (s->line_n ? s->line_n : 1) &&
            (st = redecide_line(f, six - 1, t)))
            return st;
        if (is_new)
            s->line_n = 1;
        r.storyline = s->storyline;
    } else {
        r.storyline = line;
    }
    if (r.relation == NF_REL_DUPLICATE)
        f->stats.duplicates++;
    if (r.relation == NF_REL_TRANSLATION)
        f->stats.translations++;
    nf_article_set_fold(art, &r);
    if (out)
        *out = r;
    return NF_OK;
}

nf_status nf_folder_restore(nf_folder *f, const void *sketch, size_t len,
                            const nf_fold_result *res)
{
    assert(f && res);
    nf_sketch k;
    memset(&k, 0, sizeof k);
    nf_status st = nf_sketch_decode(sketch, len, &k);
    if (st)
        return st;
    nf_folder_reserve_ids(f, res->report, res->story, res->storyline);
    size_t slot = new_slot(f, &k);
    if (slot == SIZE_MAX) {
        nf_sketch_clear(&k);
        return NF_ERR_NOMEM;
    }
    f->arts[slot].report = res->report;
    f->arts[slot].story = res->story;
    st = enter(f, slot, res->storyline, NULL);
    uint32_t six = nf_count_get(&f->story_ix, (uint64_t)res->story);
    if (six)
        f->stories[six - 1]->line_n = f->stories[six - 1]->n;
    return st;
}
