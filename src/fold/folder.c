/* folder.c - online folding: each arriving article joins a report, a
 * story and a storyline, or starts new ones.  This file is the driver:
 * the public nf_folder_* API and the order of the decisions; each
 * decision lives in a file of its own (src/fold/folder_int.h lists
 * them; thresholds in docs/fold.md).
 *
 * Per article, in this order:
 *   0. weights: idf over the articles held in the window (the smaller of
 *      the window-wide and the within-language one), computed once per
 *      article (folder_score.c).  In a text of a caseless alphabet
 *      (Arabic, Hebrew, Devanagari, Hangul) every long word is taken as
 *      a name, so its name anchors weigh only NF_CASELESS_NAMES of their
 *      weight there and its numbers and places carry the match;
 *   1. near-duplicate: same report as an article of the window whose
 *      shingles it mostly contains (folder_report.c);
 *   2. story: candidate stories by shared anchors, scored by cosine
 *      with their centroids (folder_story.c; a story can be joined only
 *      through an anchor that is not generic, folder_generic.c, round
 *      9); the decision is taken
 *      after step 3, which reads the candidates, by a learnt model over
 *      the hand rules' evidence and verdict (join_model.c, round 8);
 *   3. translation: same report as a member of a candidate story in
 *      another language (folder_report.c);
 *   3b. merge: two young stories the article bridges become one
 *      (folder_merge.c); callers relabel through nf_folder_last_merged;
 *   4. storyline: a new story takes that of the most similar older
 *      story, decided again as the story doubles (folder_line.c);
 *   5. a deferred decision: an article that starts a story although a
 *      candidate story was close waits on that story; a story that has
 *      grown takes in an article waiting on it once the evidence is
 *      clear (folder_pending.c; a merge, told as in 3b).
 * The decided article then enters every structure (folder_window.c,
 * which also frees what leaves the windows: memory follows the window,
 * not the archive).  Undated articles take the date of the last dated
 * article to arrive before them (inputs come in batches of one time, not
 * always in time order: the newest date seen would put them outside the
 * window of every older story), or none while no dated article has come.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/article_int.h"
#include "fold/folder_int.h"

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
    if (f->opt.story_gap_days <= 0)
        f->opt.story_gap_days = 7;
    if (f->opt.story_gap_days > f->opt.window_days)
        f->opt.story_gap_days = f->opt.window_days;
    f->gap = f->opt.story_gap_days;
    f->anchor_post.max_list = 32;
    f->shingle_post.max_list = 16;
    f->now = f->recent = NAN;
    f->next_report = f->next_story = f->next_line = 1;
    f->join_thr = nf_fd_jm_threshold;
    f->join_veto = nf_fd_jm_veto;
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

void nf_folder_free(nf_folder *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n_arts; i++)
        nf_sketch_clear(&f->arts[i].k);
    free(f->arts);
    free(f->free_arts);
    for (size_t i = 0; i < f->n_stories; i++)
        nf_fd_story_free(f->stories[i]);
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

void nf_folder_stats(const nf_folder *f, nf_fold_stats *out)
{
    *out = f->stats;
    out->active_stories = 0;
    for (size_t i = 0; i < f->n_stories; i++)
        if (f->stories[i] && nf_fd_in_window(f, f->stories[i], f->now))
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

void nf_folder_set_trace(nf_folder *f, nf_fold_trace_fn fn, void *ctx)
{
    assert(f);
    f->trace = fn;
    f->trace_ctx = ctx;
}

void nf_folder_set_join_threshold(nf_folder *f, double thr)
{
    assert(f);
    f->join_thr = thr;
}

void nf_folder_set_join_veto(nf_folder *f, double veto)
{
    assert(f);
    f->join_veto = veto;
}

long long nf_folder_last_merged(const nf_folder *f)
{
    assert(f);
    return f->last_merged;
}

size_t nf_folder_last_merged_count(const nf_folder *f)
{
    assert(f);
    return f->last_merged ? f->last_merged_n : 0;
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
    double t = nf_fd_is_time(k.time) ? k.time : f->recent;
    f->gap = nf_fd_is_time(k.time) ? f->opt.story_gap_days : f->opt.window_days;
    uint64_t lh = k.lang[0] ? nf_fd_lang_hash(k.lang) : 0;
    /* caseless scripts give every long word as a name: keys weigh less,
     * numbers more */
    double key_factor = (k.latin & 2) ? NF_CASELESS_NAMES : 1.0;
    double anorm = 0, wg_all = 0, wg_x = 0;
    double log_n = log((double)f->n_docs + 20.0);
    double log_nl = lh ? log((double)nf_count_get(&f->n_lang, lh) + 20.0) : 0;
    for (uint32_t i = 0; i < k.n_anchors; i++) {
        uint64_t x = k.anchors[i];
        int key = NF_ANCHOR_KIND(x) != NF_ANCHOR_NUM;
        nf_fd_weights_at(f, x, lh, log_n, log_nl, &f->w[i], &f->wg[i]);
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
    size_t dup = nf_fd_find_duplicate(f, &k, t);
    if (dup != SIZE_MAX) {
        r.report = f->arts[dup].report;
        r.story = f->arts[dup].story;
        r.relation = strcmp(f->arts[dup].k.lang, k.lang) ? NF_REL_TRANSLATION
                                                           : NF_REL_DUPLICATE;
    }

    /* 2. candidate stories, scored (decided below, after step 3) */
    /* caseless names weigh a quarter, so their shared mass is smaller */
    double mass_min = NF_STORY_MASS * ((k.latin & 2) ? NF_CASELESS_MASS : 1.0);
    nf_fd_cand c[NF_TOP_CAND];
    size_t nc = 0, best = SIZE_MAX;
    double best_cos = 0, other_cos = 0;
    if ((st = nf_fd_story_candidates(f, &k, anorm, t, mass_min, c, &nc, &best,
                                     &best_cos, &other_cos))) {
        nf_sketch_clear(&k);
        return st;
    }

    /* 3. translation: a member of a candidate story in another language */
    if (dup == SIZE_MAX) {
        size_t tr = nf_fd_translation(f, &k, c, nc, t, wg_all, wg_x, mass_min);
        if (tr != SIZE_MAX) {
            r.report = f->arts[tr].report;
            r.story = f->arts[tr].story;
            r.relation = NF_REL_TRANSLATION;
        }
    }

    /* 4. story and storyline */
    long long line = 0;
    if (!r.story)
        r.story = nf_fd_join_pick(f, &k, c, nc, best, best_cos, other_cos, mass_min, t);
    /* 3b. repair of an early split */
    if ((st = nf_fd_merge_young(f, &k, c, nc, t, mass_min, &r.story))) {
        nf_sketch_clear(&k);
        return st;
    }
    int is_new = !r.story;
    if (is_new) {
        r.story = f->next_story++;
        line = nf_fd_pick_line(f, c, nc, SIZE_MAX, t);
        if (!line)
            line = f->next_line++;
    } else {
        uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)r.story);
        line = ix ? f->stories[ix - 1]->storyline : f->next_line++;
    }
    if (!r.report)
        r.report = f->next_report++;

    size_t slot = nf_fd_new_slot(f, &k);
    if (slot == SIZE_MAX) {
        nf_sketch_clear(&k);
        return NF_ERR_NOMEM;
    }
    f->arts[slot].report = r.report;
    f->arts[slot].story = r.story;
    if ((st = nf_fd_enter(f, slot, line, f->wg)))
        return st;
    /* a grown story decides its storyline again from its centroid */
    uint32_t six = nf_count_get(&f->story_ix, (uint64_t)r.story);
    if (six) {
        nf_fd_story *s = f->stories[six - 1];
        if (s->n >= 2 && s->n >= 2 * (s->line_n ? s->line_n : 1) &&
            (st = nf_fd_redecide_line(f, six - 1, t)))
            return st;
        if (is_new)
            s->line_n = 1;
        r.storyline = s->storyline;
        /* 5. the new story's article, when of a caseless script, waits on
         * its best candidate (the one that may take it, else the
         * closest); a grown story takes up who waits on it */
        size_t wait = best != SIZE_MAX ? best : nc ? c[0].ix : SIZE_MAX;
        double wait_cos = best != SIZE_MAX ? best_cos : nc ? c[0].cos : 0;
        double wait_other = best != SIZE_MAX ? other_cos : nc > 1 ? c[1].cos : 0;
        if (is_new && (f->arts[slot].k.latin & 2) && wait != SIZE_MAX && wait_cos >= NF_PEND_COS &&
            f->stories[wait] && !f->stories[wait]->summary)
            nf_fd_pend_add(f, wait, slot, r.story, wait_other);
        else if (!is_new && !f->last_merged && s->n_pend &&
                 (st = nf_fd_pend_check(f, six - 1, t)))
            return st;
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
    size_t slot = nf_fd_new_slot(f, &k);
    if (slot == SIZE_MAX) {
        nf_sketch_clear(&k);
        return NF_ERR_NOMEM;
    }
    f->arts[slot].report = res->report;
    f->arts[slot].story = res->story;
    st = nf_fd_enter(f, slot, res->storyline, NULL);
    uint32_t six = nf_count_get(&f->story_ix, (uint64_t)res->story);
    if (six)
        f->stories[six - 1]->line_n = f->stories[six - 1]->n;
    return st;
}
