/* folder_line.c - step 4 of folding: storylines.
 *
 * A storyline is a run of stories on one subject.  A new story takes the
 * storyline of the most similar older story (cosine with the article,
 * >= NF_LINE_COS, within the storyline window), or starts its own.
 * Because a story that started with a thin first article would keep a
 * poor choice, the decision is taken again from the story's aggregated
 * centroid each time the story has doubled in size (2, 4, 8, ...
 * articles).  Apart because it reads stories that are out of the time
 * window (summaries), which no other step does.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fold/folder_int.h"

/* Storyline for story `self` (may be SIZE_MAX: a new story, scored by
 * the article's anchors) among candidates c: the storyline of the most
 * similar other story within the storyline window, or 0. */
long long nf_fd_pick_line(nf_folder *f, const nf_fd_cand *c, size_t nc,
                          size_t self, double t)
{
    double best = 0;
    long long line = 0;
    for (size_t m = 0; m < nc; m++) {
        if (c[m].ix == self || c[m].shared < 2 || c[m].cos < NF_LINE_COS ||
            c[m].cos <= best)
            continue;
        const nf_fd_story *s = f->stories[c[m].ix];
        if (nf_fd_is_time(t) && nf_fd_is_time(s->last) &&
            fabs(t - s->last) > f->opt.line_window_days)
            continue;
        best = c[m].cos;
        line = s->storyline;
    }
    return line;
}

/* Takes the storyline decision again for story si from its centroid. */
nf_status nf_fd_redecide_line(nf_folder *f, size_t si, double t)
{
    nf_fd_story *s = f->stories[si];
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
    nf_fd_wkey *v = malloc(n * sizeof *v);
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
        v[n++].w = nf_fd_weight(f, s->cent.keys[i], 0) * s->cent.vals[i] / s->n;
    }
    nf_fd_sort_wkey(v, n);
    if (n > NF_SUMMARY)
        n = NF_SUMMARY;
    double anorm = 0;
    for (size_t i = 0; i < n; i++) {
        keys[i] = v[i].key;
        f->w[i] = v[i].w;
        f->wg[i] = nf_fd_weight(f, keys[i], 0);
        anorm += v[i].w * v[i].w;
    }
    free(v);
    anorm = sqrt(anorm);
    for (size_t i = 0; i < n; i++) {
        nf_post_list *l = nf_post_get(&f->anchor_post, keys[i]);
        for (uint32_t j = 0; l && j < l->n; j++) {
            size_t o = (size_t)l->v[j];
            if (o != si && o < f->n_stories && f->stories[o])
                nf_fd_acc_add(f, o, f->w[i]);
        }
    }
    nf_fd_cand c[NF_TOP_CAND];
    size_t nc = nf_fd_acc_top(f, c, NF_TOP_CAND, 0);
    nf_sketch pseudo;
    memset(&pseudo, 0, sizeof pseudo);
    pseudo.anchors = keys;
    pseudo.n_anchors = (uint32_t)n;
    for (size_t m = 0; m < nc; m++) {
        const nf_fd_story *o = f->stories[c[m].ix];
        /* only older stories: a storyline runs forward in time */
        if (o->id > s->id) {
            c[m].shared = 0;
            continue;
        }
        c[m].cos = nf_fd_story_cos(f, &pseudo, anorm, o, &c[m]);
    }
    free(keys);
    long long line = nf_fd_pick_line(f, c, nc, si, t);
    if (line)
        s->storyline = line;
    s->line_n = s->n;
    return NF_OK;
}
