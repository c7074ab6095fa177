/* folder_pending.c - step 5 of folding: a decision deferred.
 *
 * An article that shares something with a story but not enough to join
 * it (its best candidate's cosine under NF_STORY_COS without the margin
 * rule's clear lead, or too little shared mass) starts a story of its
 * own.  Thin and cross-script articles often are such: when they arrive,
 * their right story holds one or two articles in other scripts, and the
 * evidence grows with the story.  Only articles of a caseless script wait
 * (Chinese, Japanese, Thai, Arabic, Hebrew...: the thin ones, chosen by
 * the caller, folder.c); a cased article that missed its story had exact
 * forms to meet it by, and a second look at it joined neighbouring
 * stories (docs/fold_rounds.md, round 7).  So the article waits on its best
 * candidate story: each time that story grows (NF_PEND_CHECKS times at
 * most, while the article's own story is still the article alone), its
 * cosine with the grown story is computed again, with the weights of now
 * and the article's own counts left out of the document frequencies (as
 * when it arrived); when it passes the bar or the margin rule, with the
 * shared anchors and mass a join needs and a lead of NF_PEND_LEAD over
 * the best other candidate of its arrival (a second look must not be a
 * coin toss between neighbouring stories: without the lead the scale
 * stream's precision fell from 0.912 to 0.910), its story is merged into
 * the grown one (the merge is told as step 3b's, through
 * nf_folder_last_merged).  Cost: at most NF_PEND_MAX articles wait on a
 * story, each looked at NF_PEND_CHECKS times, one pass over its anchors
 * each: flat per article.  Waiting articles are not stored: a folder
 * reloaded from the store starts with none.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fold/folder_int.h"

/* Step 5, waiting (contract in folder_int.h). */
void nf_fd_pend_add(nf_folder *f, size_t si, size_t slot, long long story,
                    double other_cos)
{
    assert(f && si < f->n_stories && f->stories[si] && slot < f->n_arts);
    nf_fd_story *s = f->stories[si];
    nf_fd_pend p = { slot, story, other_cos, 0 };
    if (s->n_pend == NF_PEND_MAX) {   /* the oldest gives way */
        memmove(s->pend, s->pend + 1, (NF_PEND_MAX - 1) * sizeof *s->pend);
        s->n_pend--;
    }
    s->pend[s->n_pend++] = p;
}

/* Cosine of held article a with story s, a's own counts left out of the
 * document frequencies (as when it arrived; a is not in s); *shared,
 * *mass as nf_fd_story_cos gives them, *mass_min the floor for a's
 * script. */
static double held_cos(const nf_folder *f, const nf_fd_art *a, const nf_fd_story *s,
                       int *shared, double *mass, double *mass_min)
{
    const nf_sketch *k = &a->k;
    uint64_t lh = k->lang[0] ? nf_fd_lang_hash(k->lang) : 0;
    double log_n = log((double)(f->n_docs ? f->n_docs - 1 : 0) + 20.0);
    uint32_t nl = lh ? nf_count_get(&f->n_lang, lh) : 0;
    double log_nl = log((double)(nl ? nl - 1 : 0) + 20.0);
    double key_factor = (k->latin & 2) ? NF_CASELESS_NAMES : 1.0;
    double anorm = 0, dot = 0;
    *shared = 0;
    *mass = 0;
    *mass_min = NF_STORY_MASS * ((k->latin & 2) ? NF_CASELESS_MASS : 1.0);
    for (uint32_t i = 0; i < k->n_anchors; i++) {
        uint64_t x = k->anchors[i];
        uint32_t df = nf_count_get(&f->df, x);
        double wg = log_n - nf_fd_log_df(f, df ? df - 1 : 0), wl = wg;
        if (lh) {
            uint32_t dl = nf_count_get(&f->df_lang, x ^ lh);
            double y = log_nl - nf_fd_log_df(f, dl ? dl - 1 : 0);
            if (y < wl)
                wl = y;
        }
        double kw = nf_fd_kind_weight(x);
        wg = wg > 0 ? wg * kw : 0;
        wl = wl > 0 ? wl * kw : 0;
        if (NF_ANCHOR_KIND(x) != NF_ANCHOR_NUM)
            wl *= key_factor;
        anorm += wl * wl;
        uint32_t n = wl > 0 ? nf_count_get(&s->cent, x) : 0;
        if (!n)
            continue;
        (*shared)++;
        *mass += wl;
        dot += wl * wg * n;
    }
    return anorm > 0 && s->sq > 0 ? dot / (sqrt(anorm) * sqrt(s->sq)) : 0;
}

/* Whether waiting article p would now join story s. */
static int clear_now(const nf_folder *f, const nf_fd_pend *p, const nf_fd_story *s)
{
    int shared;
    double mass, mass_min;
    double cos = held_cos(f, &f->arts[p->slot], s, &shared, &mass, &mass_min);
    return shared >= 2 && mass >= mass_min && cos >= NF_PEND_LEAD * p->other &&
           (cos >= NF_STORY_COS ||
            (cos >= NF_STORY_COS_CLEAR && cos >= NF_STORY_MARGIN * p->other));
}

/* Step 5, looking again (contract in folder_int.h). */
nf_status nf_fd_pend_check(nf_folder *f, size_t si, double t)
{
    assert(f && si < f->n_stories && f->stories[si]);
    nf_fd_story *s = f->stories[si];
    uint32_t keep = 0;
    size_t join = SIZE_MAX;
    int open = !s->summary && nf_fd_in_window(f, s, t);
    for (uint32_t i = 0; i < s->n_pend; i++) {
        nf_fd_pend p = s->pend[i];
        const nf_fd_art *a = &f->arts[p.slot];
        uint32_t gix = nf_count_get(&f->story_ix, (uint64_t)p.story);
        if (!a->live || a->story != p.story || !gix || gix - 1 == si ||
            f->stories[gix - 1]->n != 1 || f->stories[gix - 1]->summary)
            continue;   /* gone, or its story grew: no longer waiting */
        if (join == SIZE_MAX && open) {
            if (clear_now(f, &p, s)) {
                join = gix - 1;
                continue;
            }
            p.checks++;
        }
        if (p.checks < NF_PEND_CHECKS)
            s->pend[keep++] = p;
    }
    s->n_pend = keep;
    if (join == SIZE_MAX)
        return NF_OK;
    /* the waiting article came after story si was made: si is older */
    f->last_merged = f->stories[join]->id;
    return nf_fd_story_merge(f, si, join);
}
