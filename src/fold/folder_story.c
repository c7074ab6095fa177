/* folder_story.c - step 2 of folding: which story an article joins.
 *
 * Stories sharing the article's NF_CAND_ANCHORS heaviest anchors
 * (postings anchor -> stories) are candidates; the best cosine between
 * the article's idf-weighted anchors and a story's centroid >=
 * NF_STORY_COS, with at least NF_STORY_MASS of the article's weight
 * shared, joins it; so does a best cosine of only NF_STORY_COS_CLEAR when
 * it is NF_STORY_MARGIN times that of every other candidate and there is
 * one (one clear story among several: thin or cross-script articles
 * share little with any story, but much more with the right one; a
 * margin over no competitor is no evidence); a text of a caseless
 * alphabet needs only NF_CASELESS_MASS of that mass, and its join is
 * refused when another established story would take it almost as well
 * (contested).  Round 9: a join needs at least one shared anchor that
 * is not generic (nf_fd_specific: topic words such as a big country, its
 * capital or a head of state do not make one story), and a text not
 * mostly in Latin script joins at a lower cosine (NF_SPEC_COS) when its
 * shared evidence is specific.  Round 10 (nf_fd_evidence_ok): in Latin
 * script the specific anchors must also carry a fifth of the shared
 * weight; in other scripts a young story (as in step 3b) is joined at
 * a cosine >= NF_YOUNG_COS without a specific anchor.  Round 11: when
 * the best candidate is a young story, less close candidates are no
 * competitors in the margin rule when they share only generic anchors
 * with the article while the best shares mostly specific ones
 * (nf_fd_mostly_specific), or when they are young too and their
 * centroid agrees with the best's (one story split early), and a
 * text not mostly in Latin script meets the evidence floor with half
 * the shared mass when two shared anchors are specific
 * (nf_fd_floor_ok).  Scoring and decision are apart because
 * the candidates, sorted by cosine, also feed translation (step 3),
 * merging (3b) and storylines (4).
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fold/folder_int.h"

/* Cosine of the article's weighted anchors (f->w, norm anorm) with story
 * s's centroid; *shared receives the number of anchors in common. */
double nf_fd_story_cos(const nf_folder *f, const nf_sketch *k, double anorm,
                       const nf_fd_story *s, nf_fd_cand *c)
{
    c->shared = 0;
    c->mass = 0;
    c->spec = 0;
    c->spec_mass = 0;
    memset(c->mk, 0, sizeof c->mk);
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
        c->mk[NF_ANCHOR_KIND(k->anchors[i])] += f->w[i];
        if (!nf_fd_generic(k->anchors[i])) {
            c->spec++;
            c->spec_mass += f->w[i];
        }
        dot += f->w[i] * f->wg[i] * n;
    }
    return dot / (anorm * sqrt(s->sq));
}

/* Round 6: whether joining story c[best] is contested: the article is of a
 * caseless alphabet (its evidence is mostly numbers and places, which
 * stories on neighbouring subjects share), the best cosine is under
 * NF_CONTEST_COS, and another candidate story would take the article on
 * its own too (>= 2 shared anchors, the mass) with a cosine within
 * NF_CONTEST_RATIO of the best; both stories hold >= NF_CONTEST_MIN_N
 * articles (established stories: a young one is more often the
 * article's own, split early, which step 3b repairs). */
static int contested(const nf_folder *f, const nf_sketch *k, const nf_fd_cand *c,
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

/* Round 9: a text not mostly in Latin script (its exact forms meet no
 * other script, so its cosines across scripts are lower) joins story
 * c[best] at a cosine of only NF_SPEC_COS when what it shares with it is
 * specific: >= 2 anchors that are not generic (folder_generic.c),
 * carrying the shared mass floor on their own, and with a lead of
 * NF_PEND_LEAD over every other candidate (a near tie at a low cosine is
 * a coin toss). */
static int specific_join(const nf_sketch *k, const nf_fd_cand *c, size_t nc,
                         size_t best, double best_cos, double other_cos,
                         double mass_min)
{
    if ((k->latin & 1) || best_cos < NF_SPEC_COS || best_cos < NF_PEND_LEAD * other_cos)
        return 0;
    for (size_t m = 0; m < nc; m++)
        if (c[m].ix == best)
            return c[m].spec >= 2 && c[m].spec_mass >= mass_min;
    return 0;
}

/* Step 2, scoring (contract in folder_int.h). */
nf_status nf_fd_story_candidates(nf_folder *f, const nf_sketch *k, double anorm,
                                 double t, double mass_min, nf_fd_cand *c,
                                 size_t *nc, size_t *best, double *best_cos,
                                 double *other_cos)
{
    assert(f && k && c && nc && best && best_cos && other_cos);
    /* candidate stories by shared weight of the article's heaviest
     * anchors (the rest would add little to any cosine), then cosine
     * with all of them */
    double w_min = 0;
    if (k->n_anchors > NF_CAND_ANCHORS) {
        nf_fd_wkey *v = malloc(k->n_anchors * sizeof *v);
        if (!v)
            return NF_ERR_NOMEM;
        uint32_t nv = 0;
        for (uint32_t i = 0; i < k->n_anchors; i++) {
            if (!nf_post_get(&f->anchor_post, k->anchors[i]))
                continue;   /* in no story: finds no candidate */
            v[nv].key = i;
            v[nv++].w = f->w[i];
        }
        nf_fd_sort_wkey(v, nv);
        w_min = nv > NF_CAND_ANCHORS ? v[NF_CAND_ANCHORS - 1].w : 0;
        free(v);
    }
    for (uint32_t i = 0; i < k->n_anchors; i++) {
        if (f->w[i] <= 0 || f->w[i] < w_min)
            continue;
        nf_post_list *l = nf_post_get(&f->anchor_post, k->anchors[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t si = (size_t)l->v[j];
            if (si < f->n_stories && f->stories[si])
                nf_fd_acc_add(f, si, f->w[i]);
        }
    }
    /* stories of the time window first: older stories on the same
     * subject (a storyline covered month after month) share the same
     * anchors and would otherwise fill the candidate slots; the slots
     * left go to the older ones, which storylines read */
    nf_fd_cand all[4 * NF_TOP_CAND];
    size_t na = nf_fd_acc_top(f, all, 4 * NF_TOP_CAND, 0);
    size_t n_out = 0;
    for (size_t m = 0; m < na; m++)
        n_out += !nf_fd_in_window(f, f->stories[all[m].ix], t);
    *nc = 0;
    size_t cap_in = n_out ? NF_TOP_CAND - 1 : NF_TOP_CAND;
    for (size_t m = 0; m < na && *nc < cap_in; m++)
        if (nf_fd_in_window(f, f->stories[all[m].ix], t))
            c[(*nc)++] = all[m];
    for (size_t m = 0; m < na && *nc < NF_TOP_CAND; m++)
        if (!nf_fd_in_window(f, f->stories[all[m].ix], t))
            c[(*nc)++] = all[m];
    *best_cos = 0;
    *other_cos = 0;
    *best = SIZE_MAX;
    for (size_t m = 0; m < *nc; m++) {
        nf_fd_story *s = f->stories[c[m].ix];
        c[m].cos = nf_fd_story_cos(f, k, anorm, s, &c[m]);
        if (nf_fd_in_window(f, s, t) && nf_fd_floor_ok(k, &c[m], mass_min) &&
            nf_fd_evidence_ok(k, &c[m], s->n) && c[m].cos > *best_cos) {
            *best_cos = c[m].cos;
            *best = c[m].ix;
        }
    }
    /* the highest cosine of any other candidate, for the margin rule
     * (and the leads of specific_join, step 5).  Round 11: when the best
     * candidate is a young story (<= NF_MERGE_MAX_N articles, as in step
     * 3b), a less close candidate is no competitor
     *  - when the best's shared evidence is mostly specific (its own
     *    names and figures) and the candidate shares no specific anchor
     *    with the article: its cosine comes from topic words (a big
     *    country, a capital, a caseless script's common words) that
     *    stories on neighbouring subjects share, and says nothing
     *    against the one story that shares the article's names;
     *  - when the candidate is young too and the two centroids agree
     *    (step 3b's NF_MERGE_STORY_COS): two such stories are one
     *    story split early (a document first told in two scripts that
     *    did not link), not two stories the article hesitates between
     *    (in the window: older stories that agree are a storyline).
     * Not for established stories: there the specific names shared at
     * a cosine under the bar can be those of a whole affair (Brexit and
     * May, Kavanaugh and Graham), which neighbouring developments share
     * too */
    const nf_fd_story *bs = *best != SIZE_MAX ? f->stories[*best] : NULL;
    int young = bs && bs->n <= NF_MERGE_MAX_N, clear = 0;
    for (size_t m = 0; young && m < *nc; m++)
        if (c[m].ix == *best)
            clear = nf_fd_mostly_specific(&c[m]);
    double other_all = 0;
    size_t kept = 0;
    for (size_t m = 0; m < *nc; m++) {
        if (c[m].ix == *best)
            continue;
        if (c[m].cos > other_all)
            other_all = c[m].cos;
        const nf_fd_story *o = f->stories[c[m].ix];
        if (young && c[m].cos < *best_cos &&
            ((clear && !c[m].spec) ||
             (o->n <= NF_MERGE_MAX_N && !o->summary && nf_fd_in_window(f, o, t) &&
              nf_fd_story_story_cos(f, bs, o) >= NF_MERGE_STORY_COS)))
            continue;
        kept++;
        if (c[m].cos > *other_cos)
            *other_cos = c[m].cos;
    }
    /* a lead over no competitor is no evidence (the margin rule asks
     * for one other candidate): when every other one was set aside, they
     * all count (the seeds, one storyline of young stories that agree,
     * fell into one story without this) */
    if (!kept)
        *other_cos = other_all;
    /* candidates by cosine from here on */
    for (size_t m = 0; m < *nc; m++)
        c[m].acc = c[m].cos;
    nf_fd_sort_cand(c, *nc);
    return NF_OK;
}

/* Step 2, decision (contract in folder_int.h). */
long long nf_fd_story_pick(const nf_folder *f, const nf_sketch *k,
                           const nf_fd_cand *c, size_t nc, size_t best,
                           double best_cos, double other_cos, double mass_min)
{
    assert(f && k);
    if (best != SIZE_MAX && !contested(f, k, c, nc, best, best_cos, mass_min) &&
        (best_cos >= NF_STORY_COS || specific_join(k, c, nc, best, best_cos, other_cos, mass_min) ||
         (nc >= 2 && best_cos >= NF_STORY_COS_CLEAR &&
          best_cos >= NF_STORY_MARGIN * other_cos)))
        return f->stories[best]->id;
    return 0;
}
