/* folder_merge.c - step 3b of folding: repair of an early split.
 *
 * When the article's story and another candidate story are both young
 * (at most NF_MERGE_MAX_N articles), the article would join the other on
 * its own (NF_MERGE_COS) and the two centroids agree
 * (NF_MERGE_STORY_COS), the newer story joins the older: a document
 * first told in two scripts that did not link is one story again.  Not
 * when both stories and the article are all in Latin script (compared
 * through exact forms, they rarely split; merges there joined different
 * stories).  Callers relabel through nf_folder_last_merged.  Apart
 * because it is the one step that changes decisions already given out.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fold/folder_int.h"

/* Story gi joins story ki (contract in folder_int.h).  Decisions already
 * given out keep gi's id: their holders relabel them (the caller learns
 * of the merge through nf_folder_last_merged). */
nf_status nf_fd_story_merge(nf_folder *f, size_t ki, size_t gi)
{
    nf_fd_story *k = f->stories[ki], *g = f->stories[gi];
    nf_status st = NF_OK;
    f->last_merged_n = g->n;
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
            nf_fd_art_release(f, k->members[0]);
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
    if (nf_fd_is_time(g->last) && (!nf_fd_is_time(k->last) || g->last > k->last))
        k->last = g->last;
    uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)g->id);
    nf_count_add(&f->story_ix, (uint64_t)g->id, -(int32_t)ix);
    nf_fd_story_free(g);
    f->stories[gi] = NULL;
    f->free_stories[f->n_free_stories++] = gi;
    f->merges++;
    if (k->cent.n > NF_CENT_MAX)
        return nf_fd_story_prune(f, k);
    nf_fd_story_renorm(f, k);
    return NF_OK;
}

/* Whether every held member of story s is written mostly in Latin. */
static int story_latin(const nf_folder *f, const nf_fd_story *s)
{
    for (uint32_t i = 0; i < s->n_members; i++)
        if (!(f->arts[s->members[i]].k.latin & 1))
            return 0;
    return 1;
}

/* Cosine of the centroids of stories a and b (contract in folder_int.h). */
double nf_fd_story_story_cos(const nf_folder *f, const nf_fd_story *a,
                             const nf_fd_story *b)
{
    assert(f && a && b);
    if (a->cent.n > b->cent.n) {
        const nf_fd_story *x = a;
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
            double w = nf_fd_weight(f, x, 0);
            dot += w * w * a->cent.vals[i] * n;
        }
    }
    return dot / sqrt(a->sq * b->sq);
}

/* Step 3b (contract in folder_int.h). */
nf_status nf_fd_merge_young(nf_folder *f, const nf_sketch *k,
                            const nf_fd_cand *c, size_t nc, double t,
                            double mass_min, long long *story)
{
    assert(f && k && story);
    /* an article that would join a second small story on its own
     * bridges it with its own (a document first told in two scripts
     * that did not link); the newer story joins the older */
    f->last_merged = 0;
    if (!*story)
        return NF_OK;
    uint32_t six0 = nf_count_get(&f->story_ix, (uint64_t)*story);
    nf_fd_story *mine = six0 && !f->stories[six0 - 1]->summary ? f->stories[six0 - 1] : NULL;
    for (size_t m = 0; mine && mine->n <= NF_MERGE_MAX_N && m < nc; m++) {
        nf_fd_story *o = f->stories[c[m].ix];
        if (o == mine || o->summary || o->n > NF_MERGE_MAX_N || !nf_fd_in_window(f, o, t) ||
            c[m].shared < 2 || c[m].mass < mass_min || c[m].cos < NF_MERGE_COS ||
            nf_fd_story_story_cos(f, mine, o) < NF_MERGE_STORY_COS ||
            (story_latin(f, mine) && story_latin(f, o) && (k->latin & 1)))
            continue;
        size_t ki = six0 - 1, gi = c[m].ix;
        if (o->id < mine->id) {
            ki = c[m].ix;
            gi = six0 - 1;
        }
        *story = f->stories[ki]->id;
        f->last_merged = f->stories[gi]->id;
        return nf_fd_story_merge(f, ki, gi);
    }
    return NF_OK;
}
