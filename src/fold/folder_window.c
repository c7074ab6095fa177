/* folder_window.c - what the folder holds, and how it forgets.
 *
 * Memory follows the window, not the archive: an article is held while
 * its story is within the time window and it is among the story's last
 * NF_MAX_MEMBERS; then its sketch is freed, its anchors leave the
 * document frequencies and its slot is reused.  A story leaving the time
 * window keeps only a summary of its centroid (top NF_SUMMARY anchors)
 * for storylines, and is freed after the storyline window; a story that
 * stays in the window for long keeps its NF_CENT_KEEP heaviest anchors
 * when its centroid passes NF_CENT_MAX.  Postings lists are capped and
 * rebuilt from what is held whenever as many articles have entered as
 * are held, so keys of articles gone disappear.  Here too is the entry
 * of a decided article into every structure (nf_fd_enter), which is
 * where sweeps and rebuilds are triggered.
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "fold/folder_int.h"

/* Frees story s (NULL is fine). */
void nf_fd_story_free(nf_fd_story *s)
{
    if (!s)
        return;
    nf_count_free(&s->cent);
    free(s->members);
    free(s);
}

/* Whether story s may still be joined at time t: it is held whole and its
 * last article is at most f->gap days from t (round 13: a story silent
 * for a week is closed; what follows on its subject is a new story, which
 * step 4 links to it as a storyline; an undated article, placed at the
 * last dated one's date, is held to the window only). */
int nf_fd_in_window(const nf_folder *f, const nf_fd_story *s, double t)
{
    return !s->summary &&
           (!nf_fd_is_time(t) || !nf_fd_is_time(s->last) ||
            fabs(t - s->last) <= f->gap);
}

void nf_fd_advance_now(nf_folder *f, double t)
{
    assert(f);
    if (!nf_fd_is_time(t))
        return;
    if (!nf_fd_is_time(f->now)) {
        f->now = t;
        f->now_seen = 1;
        return;
    }
    double w = f->opt.window_days;
    if (t <= f->now) {
        if (t >= f->now - w)
            f->now_seen++;
        else if (f->now_seen == 1 && nf_fd_is_time(f->recent) && f->recent < f->now - w) {
            /* two dated articles in a row far behind a date that only
             * one article gave (the stream's first, misdated): back to
             * the later of them */
            f->now = t > f->recent ? t : f->recent;
            f->now_seen = 2;
        }
        return;
    }
    if (t - f->now <= w) {
        f->now = t;
        f->now_seen++;
    } else if (nf_fd_is_time(f->recent) && f->recent - f->now > w) {
        f->now = t;
        f->now_seen = 2;
    }
}

/* ---- stories and articles held ------------------------------------------ */

/* A slot for one more element of an array whose free list shares its
 * capacity (elements of `size` bytes at *pp, *n of them, capacity *cap;
 * freed slots in *free_list, *n_free of them): a freed slot when there is
 * one, else a new one at the end.  SIZE_MAX when out of memory. */
static size_t take_slot(void *pp, size_t size, size_t **free_list, size_t *n_free,
                        size_t *n, size_t *cap, size_t first)
{
    if (*n_free)
        return (*free_list)[--*n_free];
    size_t c1 = *cap, c2 = *cap;
    if (nf_grow(pp, &c1, *n, size, first) ||
        nf_grow(free_list, &c2, *n, sizeof **free_list, first))
        return SIZE_MAX;
    *cap = c1;
    return (*n)++;
}

/* Index of story `id`, creating it; SIZE_MAX when out of memory. */
static size_t story_get(nf_folder *f, long long id, long long line)
{
    uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)id);
    if (ix)
        return ix - 1;
    size_t si = take_slot(&f->stories, sizeof *f->stories, &f->free_stories,
                          &f->n_free_stories, &f->n_stories, &f->cap_stories, 64);
    if (si == SIZE_MAX)
        return SIZE_MAX;
    f->stories[si] = NULL;                   /* freed slots are NULL too */
    nf_fd_story *s = calloc(1, sizeof *s);
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
void nf_fd_art_release(nf_folder *f, size_t slot)
{
    nf_fd_art *a = &f->arts[slot];
    if (!a->live)
        return;
    uint64_t lh = a->k.lang[0] ? nf_fd_lang_hash(a->k.lang) : 0;
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
    f->free_arts[f->n_free_arts++] = slot;   /* room reserved in nf_fd_new_slot */
}

/* Exact sum of squares of the centroid (weights as they are now). */
void nf_fd_story_renorm(nf_folder *f, nf_fd_story *s)
{
    double sum = 0;
    for (size_t i = 0; i < s->cent.cap; i++) {
        if (!s->cent.keys[i] || !s->cent.vals[i])
            continue;
        double w = nf_fd_weight(f, s->cent.keys[i], 0) * s->cent.vals[i];
        sum += w * w;
    }
    if (s->cent.has_zero && s->cent.zero_val) {
        double w = nf_fd_weight(f, 0, 0) * s->cent.zero_val;
        sum += w * w;
    }
    s->sq = sum;
}

/* Story s leaves the time window: members released, centroid cut to its
 * NF_SUMMARY heaviest anchors (for storylines). */
static void story_to_summary(nf_folder *f, nf_fd_story *s)
{
    for (uint32_t m = 0; m < s->n_members; m++)
        nf_fd_art_release(f, s->members[m]);
    free(s->members);
    s->members = NULL;
    s->n_members = 0;
    s->summary = 1;
    size_t n = 0;
    nf_fd_wkey *v = malloc((s->cent.n + 1) * sizeof *v);
    if (v) {
        for (size_t i = 0; i < s->cent.cap; i++)
            if (s->cent.keys[i] && s->cent.vals[i]) {
                v[n].key = s->cent.keys[i];
                v[n++].w = nf_fd_weight(f, s->cent.keys[i], 0) * s->cent.vals[i];
            }
        nf_fd_sort_wkey(v, n);
    }
    nf_count_map small;
    memset(&small, 0, sizeof small);
    for (size_t i = 0; i < n && i < NF_SUMMARY; i++)
        if (nf_count_add(&small, v[i].key, (int32_t)nf_count_get(&s->cent, v[i].key)))
            break;
    free(v);
    nf_count_free(&s->cent);
    s->cent = small;
    nf_fd_story_renorm(f, s);
}

/* Cuts the centroid of a story that keeps growing (a development followed
 * for weeks) to its NF_CENT_KEEP heaviest anchors, so that its memory
 * does not grow with its articles; anchors it loses were rare in it. */
nf_status nf_fd_story_prune(nf_folder *f, nf_fd_story *s)
{
    size_t n = 0;
    nf_fd_wkey *v = malloc((s->cent.n + 1) * sizeof *v);
    if (!v)
        return NF_ERR_NOMEM;
    for (size_t i = 0; i < s->cent.cap; i++)
        if (s->cent.keys[i] && s->cent.vals[i]) {
            v[n].key = s->cent.keys[i];
            v[n++].w = nf_fd_weight(f, s->cent.keys[i], 0) * s->cent.vals[i];
        }
    nf_fd_sort_wkey(v, n);
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
    nf_fd_story_renorm(f, s);
    return NF_OK;
}

/* Frees story si (past the storyline window). */
static void story_drop(nf_folder *f, size_t si)
{
    nf_fd_story *s = f->stories[si];
    for (uint32_t m = 0; m < s->n_members; m++)
        nf_fd_art_release(f, s->members[m]);
    uint32_t ix = nf_count_get(&f->story_ix, (uint64_t)s->id);
    nf_count_add(&f->story_ix, (uint64_t)s->id, -(int32_t)ix);
    nf_fd_story_free(s);
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
        nf_fd_story *s = f->stories[si];
        if (!s)
            continue;
        for (size_t i = 0; i < s->cent.cap && !st; i++)
            if (s->cent.keys[i] && s->cent.vals[i])
                st = nf_post_add(&ap, s->cent.keys[i], (int64_t)si);
        for (uint32_t m = 0; m < s->n_members && !st; m++) {
            const nf_fd_art *a = &f->arts[s->members[m]];
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
    if (!nf_fd_is_time(f->now))
        return;
    for (size_t i = 0; i < f->n_stories; i++) {
        nf_fd_story *s = f->stories[i];
        if (!s)
            continue;
        if (!nf_fd_is_time(s->last))
            s->last = f->now;
        if (s->last < f->now - f->opt.line_window_days)
            story_drop(f, i);
        else if (!s->summary && s->last < f->now - f->opt.window_days)
            story_to_summary(f, s);
    }
}

/* A free article slot holding `k` (moved in); SIZE_MAX when out of memory. */
size_t nf_fd_new_slot(nf_folder *f, nf_sketch *k)
{
    size_t slot = take_slot(&f->arts, sizeof *f->arts, &f->free_arts, &f->n_free_arts,
                            &f->n_arts, &f->cap_arts, 256);
    if (slot == SIZE_MAX)
        return SIZE_MAX;
    nf_fd_art *a = &f->arts[slot];
    memset(a, 0, sizeof *a);
    a->k = *k;
    memset(k, 0, sizeof *k);
    return slot;
}

/* Adds the article in `slot` (decided) to every structure. */
nf_status nf_fd_enter(nf_folder *f, size_t slot, long long storyline,
                      const double *wg)
{
    nf_fd_art *a = &f->arts[slot];
    size_t si = story_get(f, a->story, storyline);
    if (si == SIZE_MAX)
        return NF_ERR_NOMEM;
    nf_fd_story *s = f->stories[si];
    nf_status st = NF_OK;
    double t = nf_fd_is_time(a->k.time) ? a->k.time : f->recent;
    nf_fd_advance_now(f, a->k.time);
    if (nf_fd_is_time(a->k.time))
        f->recent = a->k.time;
    /* an undated article (placed at `recent`) dates only a story that has
     * no date yet: its guessed date must not keep a story open */
    if (nf_fd_is_time(t) && (!nf_fd_is_time(s->last) || (t > s->last && nf_fd_is_time(a->k.time))))
        s->last = t;
    if (s->summary) {   /* an old story taken up again (restore) */
        s->summary = 0;
    }
    s->n++;
    s->storyline = storyline;
    if (!s->members && !(s->members = malloc(NF_MAX_MEMBERS * sizeof *s->members)))
        return NF_ERR_NOMEM;
    if (s->n_members == NF_MAX_MEMBERS) {
        nf_fd_art_release(f, s->members[0]);
        memmove(s->members, s->members + 1, (NF_MAX_MEMBERS - 1) * sizeof *s->members);
        s->n_members--;
    }
    s->members[s->n_members++] = slot;
    uint64_t lh = a->k.lang[0] ? nf_fd_lang_hash(a->k.lang) : 0;
    f->n_docs++;
    if (lh && (st = nf_count_add(&f->n_lang, lh, 1)))
        return st;
    double wsum = 0, wsum_x = 0;
    for (uint32_t i = 0; i < a->k.n_anchors && !st; i++) {
        uint64_t x = a->k.anchors[i];
        double w = wg ? wg[i] : nf_fd_weight(f, x, 0);
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
        st = nf_fd_story_prune(f, s);
    else if ((s->n & (s->n - 1)) == 0 || s->n % 32 == 0)
        nf_fd_story_renorm(f, s);   /* bound the drift of the incremental norm */
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
