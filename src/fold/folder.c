/* folder.c - online folding: each arriving article joins a report, a
 * story and a storyline, or starts new ones.
 *
 * Per article, in this order (thresholds in docs/fold.md):
 *   1. near-duplicate: articles of the window sharing sampled shingles
 *      (postings shingle -> articles) are candidates; containment of the
 *      smaller sample >= NF_DUP_CONTAIN makes the same report;
 *   2. story: stories sharing anchors (postings anchor -> stories) are
 *      candidates; the best cosine between the article's idf-weighted
 *      anchors and a story's centroid >= NF_STORY_COS joins it;
 *   3. translation: members of the candidate stories in another language
 *      whose weighted anchor Jaccard >= NF_TRANS_JACCARD, with a similar
 *      structure (sentence and anchor counts), make the same report;
 *   4. a new story joins the storyline of the best story (within the
 *      storyline window) whose cosine >= NF_LINE_COS, else starts one.
 * Weights are idf, the smaller of the stream-wide and the within-language
 * one, so that words frequent in one language (function words of caseless
 * scripts, German nouns) weigh little.  A story is a candidate only while
 * its last article is within the time window of the newest date seen;
 * postings lists are capped; so the cost per article does not grow with
 * the archive.  Undated articles take the newest date seen before them
 * (arrival order), or none while no dated article has come. */
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "core/article_int.h"
#include "fold/fold_int.h"

#define NF_DUP_CONTAIN 0.5
#define NF_STORY_COS 0.22
#define NF_TRANS_JACCARD 0.30
#define NF_LINE_COS 0.08
#define NF_TRANS_LCS 0.5
#define NF_MAX_CAND 256
#define NF_TOP_CAND 8
#define NF_MAX_MEMBERS 64
#define NF_SWEEP_EVERY 256

typedef struct fart {
    nf_sketch k;
    long long report, story;
    int live;
} fart;

typedef struct fstory {
    long long id, storyline;
    double last;                 /* NAN while undated */
    uint32_t n;
    nf_count_map cent;           /* anchor -> articles holding it */
    size_t *members;             /* article slots, the last few */
    uint32_t n_members;
    double norm;                 /* cached centroid norm */
    uint32_t norm_n;             /* n when norm was computed */
    int live;                    /* resources held (within line window) */
} fstory;

struct nf_folder {
    nf_fold_options opt;
    nf_translit *tr;
    fart *arts;
    size_t n_arts, cap_arts;
    fstory **stories;
    size_t n_stories, cap_stories;
    nf_count_map story_ix;       /* story id -> index + 1 */
    nf_post_map anchor_post;     /* anchor -> story indexes */
    nf_post_map shingle_post;    /* shingle -> article slots */
    nf_count_map df, df_lang, n_lang;
    unsigned long long n_docs;
    double now;                  /* newest date seen, NAN before any */
    long long next_report, next_story, next_line;
    nf_fold_stats stats;
    unsigned char *last_buf;
    size_t last_len, last_cap;
};

static uint64_t lang_hash(const char *lang)
{
    return XXH3_64bits(lang, strlen(lang)) | 1;
}

static double kind_weight(uint64_t f)
{
    switch (NF_ANCHOR_KIND(f)) {
    case NF_ANCHOR_NUM: return 1.0;
    case NF_ANCHOR_EXACT: return 1.0;
    default: return 0.6;
    }
}

/* Weight of anchor f for an article in `lh` (0 = stream-wide only). */
static double weight(const nf_folder *f, uint64_t a, uint64_t lh)
{
    double n = (double)f->n_docs;
    double w = log((n + 20.0) / (nf_count_get(&f->df, a) + 0.5));
    if (lh) {
        double nl = nf_count_get(&f->n_lang, lh);
        double wl = log((nl + 20.0) / (nf_count_get(&f->df_lang, a ^ lh) + 0.5));
        if (wl < w)
            w = wl;
    }
    return w > 0 ? w * kind_weight(a) : 0.0;
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
    f->anchor_post.max_list = 64;
    f->shingle_post.max_list = 16;
    f->now = NAN;
    f->next_report = f->next_story = f->next_line = 1;
    if (!(f->tr = nf_translit_new())) {
        free(f);
        return NULL;
    }
    return f;
}

static void story_release(fstory *s)
{
    nf_count_free(&s->cent);
    free(s->members);
    s->members = NULL;
    s->n_members = 0;
    s->live = 0;
}

void nf_folder_free(nf_folder *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n_arts; i++)
        nf_sketch_clear(&f->arts[i].k);
    free(f->arts);
    for (size_t i = 0; i < f->n_stories; i++) {
        story_release(f->stories[i]);
        free(f->stories[i]);
    }
    free(f->stories);
    nf_count_free(&f->story_ix);
    nf_post_free(&f->anchor_post);
    nf_post_free(&f->shingle_post);
    nf_count_free(&f->df);
    nf_count_free(&f->df_lang);
    nf_count_free(&f->n_lang);
    nf_translit_free(f->tr);
    free(f->last_buf);
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

void nf_folder_stats(const nf_folder *f, nf_fold_stats *out)
{
    *out = f->stats;
    out->active_stories = 0;
    for (size_t i = 0; i < f->n_stories; i++)
        if (f->stories[i]->live && (isnan(f->now) || isnan(f->stories[i]->last) ||
                                    f->stories[i]->last >= f->now - f->opt.window_days))
            out->active_stories++;
}

const void *nf_folder_last_sketch(const nf_folder *f, size_t *len)
{
    *len = f->last_len;
    return f->last_buf;
}

/* Index of story `id`, creating it; SIZE_MAX when out of memory. */
static size_t story_get(nf_folder *f, long long id, long long line)
{
    uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)id);
    if (ix)
        return ix - 1;
    if (f->n_stories == f->cap_stories) {
        size_t cap = f->cap_stories ? f->cap_stories * 2 : 64;
        fstory **p = realloc(f->stories, cap * sizeof *p);
        if (!p)
            return SIZE_MAX;
        f->stories = p;
        f->cap_stories = cap;
    }
    fstory *s = calloc(1, sizeof *s);
    if (!s || nf_count_add(&f->story_ix, (uint64_t)id, (int32_t)(f->n_stories + 1))) {
        free(s);
        return SIZE_MAX;
    }
    s->id = id;
    s->storyline = line;
    s->last = NAN;
    s->live = 1;
    f->stories[f->n_stories] = s;
    nf_folder_reserve_ids(f, 0, id, line);
    f->stats.stories++;
    return f->n_stories++;
}

/* Releases what stories and articles outside the windows hold. */
static void sweep(nf_folder *f)
{
    if (isnan(f->now))
        return;
    for (size_t i = 0; i < f->n_stories; i++) {
        fstory *s = f->stories[i];
        if (!s->live)
            continue;
        if (isnan(s->last))
            s->last = f->now;
        if (s->last < f->now - f->opt.window_days) {
            for (uint32_t m = 0; m < s->n_members; m++) {
                fart *a = &f->arts[s->members[m]];
                nf_sketch_clear(&a->k);
                a->live = 0;
            }
            s->n_members = 0;
        }
        if (s->last < f->now - f->opt.line_window_days)
            story_release(s);
    }
}

/* Adds the article in slot `slot` (decided) to every structure. */
static nf_status enter(nf_folder *f, size_t slot, long long storyline)
{
    fart *a = &f->arts[slot];
    size_t si = story_get(f, a->story, storyline);
    if (si == SIZE_MAX)
        return NF_ERR_NOMEM;
    fstory *s = f->stories[si];
    nf_status st = NF_OK;
    double t = isnan(a->k.time) ? f->now : a->k.time;
    if (!isnan(a->k.time) && (isnan(f->now) || a->k.time > f->now)) {
        int first_date = isnan(f->now);
        f->now = a->k.time;
        if (first_date)
            sweep(f);
    }
    if (!isnan(t) && (isnan(s->last) || t > s->last))
        s->last = t;
    s->n++;
    if (!s->live) {
        s->live = 1;
        s->norm_n = 0;
    }
    if (s->n_members == NF_MAX_MEMBERS) {
        memmove(s->members, s->members + 1, (NF_MAX_MEMBERS - 1) * sizeof *s->members);
        s->n_members--;
    }
    if (!s->members && !(s->members = malloc(NF_MAX_MEMBERS * sizeof *s->members)))
        return NF_ERR_NOMEM;
    s->members[s->n_members++] = slot;
    uint64_t lh = a->k.lang[0] ? lang_hash(a->k.lang) : 0;
    f->n_docs++;
    if (lh && (st = nf_count_add(&f->n_lang, lh, 1)))
        return st;
    for (uint32_t i = 0; i < a->k.n_anchors && !st; i++) {
        uint64_t x = a->k.anchors[i];
        st = nf_count_add(&s->cent, x, 1);
        if (!st)
            st = nf_count_add(&f->df, x, 1);
        if (!st && lh)
            st = nf_count_add(&f->df_lang, x ^ lh, 1);
        if (!st) {
            nf_post_list *l = nf_post_get(&f->anchor_post, x);
            if (!l || !l->n || l->v[l->n - 1] != (int64_t)si)
                st = nf_post_add(&f->anchor_post, x, (int64_t)si);
        }
    }
    for (uint32_t i = 0; i < a->k.n_shingles && !st; i++)
        st = nf_post_add(&f->shingle_post, a->k.shingles[i], (int64_t)slot);
    a->live = 1;
    f->stats.articles++;
    if (f->stats.articles % NF_SWEEP_EVERY == 0)
        sweep(f);
    return st;
}

/* A new article slot holding `k` (moved in). */
static size_t new_slot(nf_folder *f, nf_sketch *k)
{
    if (f->n_arts == f->cap_arts) {
        size_t cap = f->cap_arts ? f->cap_arts * 2 : 256;
        fart *p = realloc(f->arts, cap * sizeof *p);
        if (!p)
            return SIZE_MAX;
        f->arts = p;
        f->cap_arts = cap;
    }
    fart *a = &f->arts[f->n_arts];
    memset(a, 0, sizeof *a);
    a->k = *k;
    memset(k, 0, sizeof *k);
    return f->n_arts++;
}

/* Cosine of the article's anchors with story s's centroid. */
static double story_cos(nf_folder *f, const nf_sketch *k, uint64_t lh,
                        double anorm, fstory *s, int *shared)
{
    if (!s->live || !s->n || anorm <= 0)
        return 0;
    if (s->norm_n != s->n || s->norm <= 0) {
        double sum = 0;
        for (size_t i = 0; i < s->cent.cap; i++) {
            if (!s->cent.keys[i])
                continue;
            double w = weight(f, s->cent.keys[i], 0) * s->cent.vals[i] / s->n;
            sum += w * w;
        }
        s->norm = sqrt(sum);
        s->norm_n = s->n;
    }
    double dot = 0;
    *shared = 0;
    for (uint32_t i = 0; i < k->n_anchors; i++) {
        uint32_t c = nf_count_get(&s->cent, k->anchors[i]);
        if (!c)
            continue;
        (*shared)++;
        dot += weight(f, k->anchors[i], lh) * weight(f, k->anchors[i], 0) * c / s->n;
    }
    return s->norm > 0 ? dot / (anorm * s->norm) : 0;
}

/* Weighted Jaccard of two anchor sets (sorted). */
static double anchor_jaccard(const nf_folder *f, const nf_sketch *a,
                             const nf_sketch *b)
{
    double inter = 0, uni = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n_anchors || j < b->n_anchors) {
        uint64_t x;
        int both = 0;
        if (j >= b->n_anchors || (i < a->n_anchors && a->anchors[i] < b->anchors[j]))
            x = a->anchors[i++];
        else if (i >= a->n_anchors || b->anchors[j] < a->anchors[i])
            x = b->anchors[j++];
        else {
            x = a->anchors[i++];
            j++;
            both = 1;
        }
        double w = weight(f, x, 0);
        uni += w;
        if (both)
            inter += w;
    }
    return uni > 0 ? inter / uni : 0;
}

static double ratio(double a, double b)
{
    if (a <= 0 || b <= 0)
        return 1;
    return a < b ? a / b : b / a;
}

typedef struct cand {
    size_t ix;
    double acc;
} cand;

static int cand_cmp(const void *x, const void *y)
{
    double a = ((const cand *)x)->acc, b = ((const cand *)y)->acc;
    return a < b ? 1 : a > b ? -1 : 0;
}

/* Finds the article of the window that `k` near-duplicates; SIZE_MAX if none. */
static size_t find_duplicate(nf_folder *f, const nf_sketch *k)
{
    cand c[NF_MAX_CAND];
    size_t nc = 0;
    for (uint32_t i = 0; i < k->n_shingles; i++) {
        nf_post_list *l = nf_post_get(&f->shingle_post, k->shingles[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t slot = (size_t)l->v[j], m;
            if (!f->arts[slot].live)
                continue;
            for (m = 0; m < nc && c[m].ix != slot; m++)
                ;
            if (m == nc) {
                if (nc == NF_MAX_CAND)
                    continue;
                c[nc].ix = slot;
                c[nc++].acc = 0;
            }
            c[m].acc += 1;
        }
    }
    size_t best = SIZE_MAX;
    double best_c = 0;
    for (size_t m = 0; m < nc; m++) {
        if (c[m].acc < 3)
            continue;
        const nf_sketch *o = &f->arts[c[m].ix].k;
        uint32_t shared;
        double ct = nf_sketch_containment(k, o, &shared);
        if (ct >= NF_DUP_CONTAIN && ct > best_c) {
            best_c = ct;
            best = c[m].ix;
        }
    }
    return best;
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
    double t = isnan(k.time) ? f->now : k.time;
    uint64_t lh = k.lang[0] ? lang_hash(k.lang) : 0;
    nf_fold_result r = { 0, 0, 0, NF_REL_ORIGINAL };

    /* 1. near-duplicate */
    size_t dup = find_duplicate(f, &k);
    if (dup != SIZE_MAX) {
        r.report = f->arts[dup].report;
        r.story = f->arts[dup].story;
        r.relation = strcmp(f->arts[dup].k.lang, k.lang) ? NF_REL_TRANSLATION
                                                           : NF_REL_DUPLICATE;
    }

    /* 2. candidate stories by shared anchor weight */
    cand c[NF_MAX_CAND];
    size_t nc = 0;
    double anorm = 0;
    for (uint32_t i = 0; i < k.n_anchors; i++) {
        double w = weight(f, k.anchors[i], lh);
        anorm += w * w;
        nf_post_list *l = nf_post_get(&f->anchor_post, k.anchors[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t si = (size_t)l->v[j], m;
            fstory *s = f->stories[si];
            if (!s->live)
                continue;
            for (m = 0; m < nc && c[m].ix != si; m++)
                ;
            if (m == nc) {
                if (nc == NF_MAX_CAND)
                    continue;
                c[nc].ix = si;
                c[nc++].acc = 0;
            }
            c[m].acc += w;
        }
    }
    anorm = sqrt(anorm);
    qsort(c, nc, sizeof *c, cand_cmp);
    if (nc > NF_TOP_CAND)
        nc = NF_TOP_CAND;
    double best_cos = 0, line_cos = 0;
    size_t best = SIZE_MAX, line_best = SIZE_MAX;
    for (size_t m = 0; m < nc; m++) {
        fstory *s = f->stories[c[m].ix];
        int shared = 0;
        double cs = story_cos(f, &k, lh, anorm, s, &shared);
        c[m].acc = shared >= 2 ? cs : 0;
        if (getenv("NF_FOLD_DEBUG"))
            fprintf(stderr, "st %s(%s) ~ story %lld: cos %.3f shared %d\n",
                    nf_article_id(art), k.lang, s->id, cs, shared);
        int in_window = isnan(t) || isnan(s->last) ||
                        fabs(t - s->last) <= f->opt.window_days;
        if (in_window && shared >= 2 && cs > best_cos) {
            best_cos = cs;
            best = c[m].ix;
        }
        if (shared >= 2 && cs > line_cos) {
            line_cos = cs;
            line_best = c[m].ix;
        }
    }

    /* 3. translation: a member of a candidate story in another language */
    if (dup == SIZE_MAX) {
        double best_j = 0;
        size_t tr = SIZE_MAX;
        for (size_t m = 0; m < nc; m++) {
            fstory *s = f->stories[c[m].ix];
            if (c[m].acc < NF_STORY_COS * 0.8)
                continue;
            for (uint32_t j = 0; j < s->n_members; j++) {
                const fart *o = &f->arts[s->members[j]];
                if (!o->live || !strcmp(o->k.lang, k.lang))
                    continue;
                if (ratio(o->k.n_sent, k.n_sent) < 0.5 ||
                    ratio(o->k.n_anchors, k.n_anchors) < 0.4)
                    continue;
                double jac = anchor_jaccard(f, &k, &o->k);
                size_t lcs = nf_sketch_lcs(&k, &o->k);
                uint32_t mn = k.n_seq < o->k.n_seq ? k.n_seq : o->k.n_seq;
                double lr = mn ? (double)lcs / mn : 0;
                if (getenv("NF_FOLD_DEBUG"))
                    fprintf(stderr, "tr %s(%s) ~ %lld(%s): jac %.3f lcs %.3f sent %u/%u anch %u/%u\n",
                            nf_article_id(art), k.lang, o->report, o->k.lang, jac, lr,
                            k.n_sent, o->k.n_sent, k.n_anchors, o->k.n_anchors);
                if (lr < NF_TRANS_LCS)
                    continue;
                if (jac >= NF_TRANS_JACCARD && jac > best_j) {
                    best_j = jac;
                    tr = s->members[j];
                }
            }
        }
        if (tr != SIZE_MAX) {
            r.report = f->arts[tr].report;
            r.story = f->arts[tr].story;
            r.relation = NF_REL_TRANSLATION;
        }
    }

    /* 4. story and storyline */
    long long line = 0;
    if (!r.story && best != SIZE_MAX && best_cos >= NF_STORY_COS)
        r.story = f->stories[best]->id;
    if (!r.story) {
        r.story = f->next_story++;
        if (line_best != SIZE_MAX && line_cos >= NF_LINE_COS &&
            (isnan(t) || isnan(f->stories[line_best]->last) ||
             fabs(t - f->stories[line_best]->last) <= f->opt.line_window_days))
            line = f->stories[line_best]->storyline;
        else
            line = f->next_line++;
    } else {
        uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)r.story);
        line = ix ? f->stories[ix - 1]->storyline : f->next_line++;
    }
    if (!r.report)
        r.report = f->next_report++;
    r.storyline = line;

    size_t slot = new_slot(f, &k);
    if (slot == SIZE_MAX) {
        nf_sketch_clear(&k);
        return NF_ERR_NOMEM;
    }
    f->arts[slot].report = r.report;
    f->arts[slot].story = r.story;
    if ((st = enter(f, slot, line)))
        return st;
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
    return enter(f, slot, res->storyline);
}
