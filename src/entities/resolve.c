/* resolve.c - corpus-level resolution: the document entities of each
 * article added join the corpus entity they denote, or start one.
 *
 * Evidence, not lists.  A person's candidates are the entities filed in
 * a name index (deletion neighbourhood of skeletons, names/nameidx.c)
 * under a skeleton within one edit of the new one's surname or whole
 * name; each candidate is then scored against every key it has learnt:
 *   - surname skeleton distance, allowed to grow with its length (none
 *     for two classes, half an edit for three, one edit for four or
 *     more: Root/Rutte stay apart from Roth by context only);
 *   - given names: two full names whose given names disagree are two
 *     people (Vladimir Putin is not Volodymyr Zelensky's namesake, and
 *     Joe Root is not Mark Root), and such a candidate is rejected;
 *   - a lone surname with a short skeleton needs shared context or the
 *     same Latin spelling;
 *   - context: entities of this article already resolved that co-occur
 *     with the candidate elsewhere add to the score;
 *   - type: people never join places or organisations.
 * Places join by gazetteer entry, organisations by folded name.  The
 * document entities of an article are taken in order of evidence
 * (places, organisations, full names, then single words), so the
 * context of the weaker ones is known when they are judged.
 */
#include "entities/ent_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entities/curated.h"
#include "entities/places.h"
#include "newsfold/record.h"
#include "text/text.h"
#include "core/grow.h"

typedef struct variant {
    char *text;
    char lang[12];
    unsigned long count;
    int tokens;            /* name words */
    int latin;             /* written in Latin script */
} variant;

typedef struct centity {
    char id[24];
    char *name;
    nf_entity_type type;
    int32_t place;
    int curated;           /* curated entry + 1, 0 = none */
    variant *v;
    size_t nv, cap_v;
    nf_name_key *keys;
    size_t nk, cap_k;
    char **art;
    size_t na, cap_a;
    uint32_t *co;          /* co-occurring entities and counts */
    uint32_t *co_n;
    size_t nc, cap_c;
} centity;

struct nf_entities {
    nf_namer *nm;
    centity *v;
    size_t n, cap;
    nf_nameidx *ix;
};

nf_entities *nf_entities_new(void)
{
    nf_entities *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->nm = nf_namer_new();
    e->ix = nf_nameidx_new();
    if (!e->nm || !e->ix) {
        nf_entities_free(e);
        return NULL;
    }
    return e;
}

void nf_entities_free(nf_entities *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->n; i++) {
        centity *c = &e->v[i];
        free(c->name);
        for (size_t j = 0; j < c->nv; j++)
            free(c->v[j].text);
        free(c->v);
        free(c->keys);
        for (size_t j = 0; j < c->na; j++)
            free(c->art[j]);
        free(c->art);
        free(c->co);
        free(c->co_n);
    }
    free(e->v);
    nf_namer_free(e->nm);
    nf_nameidx_free(e->ix);
    free(e);
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* File string used for a place in the name index. */
static void place_tag(int32_t place, char *buf, size_t cap)
{
    snprintf(buf, cap, "#%ld", (long)place);
}

/* Name-index string of curated entry `cur` (+ 1). */
static void curated_tag(int cur, char *buf, size_t cap)
{
    snprintf(buf, cap, "@%d", cur);
}

/* Marks entity i as curated entry `cur` (+ 1; 0 = none): its name and
 * type are the entry's, and it is indexed under the entry. */
static nf_status set_curated(nf_entities *e, size_t i, int cur)
{
    centity *c = &e->v[i];
    if (cur <= 0 || c->curated)
        return NF_OK;
    c->curated = cur;
    if (c->type != NF_ENTITY_LOCATION)
        c->type = nf_curated_entries[cur - 1].type;
    char tag[24];
    curated_tag(cur, tag, sizeof tag);
    return nf_nameidx_add(e->ix, tag, (uint32_t)i);
}

/* Adds a new entity; returns its index or -1. */
static long new_entity(nf_entities *e, nf_entity_type type, int32_t place)
{
    if (nf_grow(&e->v, &e->cap, e->n, sizeof *e->v, 4))
        return -1;
    centity *c = &e->v[e->n];
    memset(c, 0, sizeof *c);
    snprintf(c->id, sizeof c->id, "e%zu", e->n + 1);
    c->type = type;
    c->place = place;
    if (type == NF_ENTITY_LOCATION && place >= 0) {
        char tag[24];
        place_tag(place, tag, sizeof tag);
        if (nf_nameidx_add(e->ix, tag, (uint32_t)e->n))
            return -1;
    }
    return (long)e->n++;
}

/* Learns key k for entity i (indexed under its last word and whole). */
static nf_status add_key(nf_entities *e, size_t i, const nf_name_key *k)
{
    centity *c = &e->v[i];
    if (k->n == 0)
        return NF_OK;
    for (size_t j = 0; j < c->nk; j++)
        if (c->keys[j].n == k->n && strcmp(c->keys[j].full, k->full) == 0 &&
            strcmp(c->keys[j].latin[0], k->latin[0]) == 0)
            return NF_OK;
    if (c->nk >= 64)
        return NF_OK;            /* enough spellings to match by */
    if (nf_grow(&c->keys, &c->cap_k, c->nk, sizeof *c->keys, 4))
        return NF_ERR_NOMEM;
    c->keys[c->nk++] = *k;
    if (c->type == NF_ENTITY_LOCATION && c->place >= 0)
        return NF_OK;         /* places are found by gazetteer entry */
    nf_status st = nf_nameidx_add(e->ix, k->skel[k->n - 1], (uint32_t)i);
    if (!st && k->full[0])
        st = nf_nameidx_add(e->ix, k->full, (uint32_t)i);
    return st;
}

/* Is s written in Latin script (no letter above U+024F)? */
static int is_latin(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p >= 0xC9)
            return 0;
    return 1;
}

/* Counts a mention of `text` in language `lang` for entity i. */
static nf_status add_variant(nf_entities *e, size_t i, const char *text,
                             size_t n, const char *lang, unsigned long count)
{
    centity *c = &e->v[i];
    if (!lang)
        lang = "";
    for (size_t j = 0; j < c->nv; j++)
        if (strlen(c->v[j].text) == n && memcmp(c->v[j].text, text, n) == 0 &&
            strcmp(c->v[j].lang, lang) == 0) {
            c->v[j].count += count;
            return NF_OK;
        }
    if (nf_grow(&c->v, &c->cap_v, c->nv, sizeof *c->v, 4))
        return NF_ERR_NOMEM;
    variant *v = &c->v[c->nv];
    memset(v, 0, sizeof *v);
    if (!(v->text = dup_n(text, n)))
        return NF_ERR_NOMEM;
    snprintf(v->lang, sizeof v->lang, "%s", lang);
    v->count = count;
    v->latin = is_latin(v->text);
    nf_name_key k;
    nf_status st = nf_name_key_make(e->nm, text, n, &k);
    if (st)
        return st;
    v->tokens = k.n;
    c->nv++;
    return add_key(e, i, &k);
}

/* Picks the canonical name: for people the most mentioned full name in
 * Latin script, else the most mentioned full name, else the most
 * mentioned variant. */
static nf_status update_name(centity *c)
{
    long best = -1;
    int best_rank = -1;
    for (size_t j = 0; j < c->nv; j++) {
        const variant *v = &c->v[j];
        int rank = (v->tokens >= 2 || c->type != NF_ENTITY_PERSON) * 2 + v->latin;
        if (c->type == NF_ENTITY_LOCATION)
            rank = v->latin;
        if (best < 0 || rank > best_rank ||
            (rank == best_rank && v->count > c->v[best].count)) {
            best = (long)j;
            best_rank = rank;
        }
    }
    if (best < 0)
        return NF_OK;
    const char *nm = c->v[best].text;
    if (c->curated)
        nm = nf_curated_entries[c->curated - 1].name;
    if (c->type == NF_ENTITY_LOCATION && c->place >= 0 && !c->v[best].latin)
        nm = nf_places[c->place].name;
    if (c->name && strcmp(c->name, nm) == 0)
        return NF_OK;
    char *d = dup_n(nm, strlen(nm));
    if (!d)
        return NF_ERR_NOMEM;
    free(c->name);
    c->name = d;
    return NF_OK;
}

/* ---- matching ------------------------------------------------------------ */

static double surname_limit(size_t L)
{
    return L >= 5 ? 1.0 : L >= 3 ? 0.5 : 0.0;
}

/* Score of key k against learnt key q (< 0: no match; -2: conflict). */
static double key_score(const nf_name_key *k, const nf_name_key *q,
                        int *short_match)
{
    *short_match = 0;
    if (k->n == 0 || q->n == 0)
        return -1;
    if (k->n >= 2 && q->n >= 2) {
        const char *a = k->skel[k->n - 1], *b = q->skel[q->n - 1];
        size_t L = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
        double ds = nf_skel_distance(a, b, 2);
        if (ds > surname_limit(L)) {
            /* whole names written differently split ("Zhou Ming Hui") */
            if (k->n == q->n)
                return -1;
            double df = nf_skel_distance(k->full, q->full, 1);
            return df <= (strlen(k->full) >= 6 ? 0.5 : 0.0) ? 1.5 - df / 2 : -1;
        }
        double dg = nf_skel_distance(k->skel[0], q->skel[0], 2);
        if (dg > 1.5)
            return -2;
        return 2.0 - ds / 2 - dg / 2;
    }
    /* one side is a single word: compare it with the other's surname,
     * later words, or whole name */
    const nf_name_key *s = k->n == 1 ? k : q, *p = k->n == 1 ? q : k;
    const char *w = s->skel[0];
    size_t L = strlen(w);
    double best = -1;
    for (int t = p->n - 1; t >= (p->n > 1 ? 1 : 0); t--) {
        size_t Lt = strlen(p->skel[t]);
        size_t m = L < Lt ? L : Lt;
        double d = nf_skel_distance(w, p->skel[t], 2);
        if (d > surname_limit(m))
            continue;
        if (m <= 3 && !(nf_latin_similarity(s->latin[0], p->latin[t]) >= 0.6))
            *short_match = 1;
        double sc = 1.0 - d / 2;
        if (sc > best)
            best = sc;
    }
    if (best < 0 && L >= 5 && nf_skel_distance(w, p->full, 1) <= 1.0)
        best = 1.0;
    return best;
}

typedef struct cand_ctx {
    uint32_t *ids;
    size_t n, cap;
} cand_ctx;

static int collect_cand(void *ctx, uint32_t id)
{
    cand_ctx *c = ctx;
    for (size_t i = 0; i < c->n; i++)
        if (c->ids[i] == id)
            return 0;
    if (c->n < c->cap)
        c->ids[c->n++] = id;
    return c->n >= c->cap;
}

/* How many of the people and organisations among ctx[0..nctx) co-occur
 * with entity c (places are too common to tell people apart). */
static int context_overlap(const nf_entities *e, const centity *c,
                           const long *ctx, size_t nctx)
{
    int n = 0;
    for (size_t i = 0; i < nctx; i++)
        for (size_t j = 0; j < c->nc && e->v[ctx[i]].type != NF_ENTITY_LOCATION; j++)
            if ((long)c->co[j] == ctx[i]) {
                n++;
                break;
            }
    return n;
}

/* The entity of curated entry `cur` (+ 1), or -1. */
static long curated_entity(nf_entities *e, int cur)
{
    uint32_t ids[64];
    cand_ctx cc = { ids, 0, 64 };
    char tag[24];
    curated_tag(cur, tag, sizeof tag);
    nf_nameidx_query(e->ix, tag, collect_cand, &cc);
    for (size_t i = 0; i < cc.n; i++)
        if (e->v[ids[i]].curated == cur)
            return (long)ids[i];
    return -1;
}

/* Best entity for document entity d (key k), or -1. */
static long match(nf_entities *e, const nf_doc_ent *d, const nf_name_key *k,
                  const long *ctx, size_t nctx)
{
    uint32_t ids[256];
    cand_ctx cc = { ids, 0, 256 };
    if (d->type == NF_ENTITY_LOCATION && d->place >= 0) {
        char tag[24];
        place_tag(d->place, tag, sizeof tag);
        nf_nameidx_query(e->ix, tag, collect_cand, &cc);
        for (size_t i = 0; i < cc.n; i++)
            if (e->v[ids[i]].type == NF_ENTITY_LOCATION && e->v[ids[i]].place == d->place)
                return (long)ids[i];
        return -1;
    }
    if (k->n == 0)
        return -1;
    nf_nameidx_query(e->ix, k->skel[k->n - 1], collect_cand, &cc);
    if (k->full[0])
        nf_nameidx_query(e->ix, k->full, collect_cand, &cc);
    long best = -1;
    double best_score = 0;
    for (size_t i = 0; i < cc.n; i++) {
        const centity *c = &e->v[ids[i]];
        if ((c->type == NF_ENTITY_LOCATION) != (d->type == NF_ENTITY_LOCATION) ||
            c->place >= 0)
            continue;
        if ((c->type == NF_ENTITY_ORGANIZATION) != (d->type == NF_ENTITY_ORGANIZATION))
            continue;
        double s = -1;
        int conflict = 0, shorts = 0, any_short = 1;
        if (d->type == NF_ENTITY_ORGANIZATION) {
            for (size_t j = 0; j < c->nk; j++) {
                double sim = strcmp(c->keys[j].full, k->full) == 0 ? 1.0 : 0.0;
                char a[NF_NAME_TOKEN_MAX * 2] = "", b[NF_NAME_TOKEN_MAX * 2] = "";
                for (int t = 0; t < k->n && strlen(a) + strlen(k->latin[t]) < sizeof a; t++)
                    strcat(a, k->latin[t]);
                for (int t = 0; t < c->keys[j].n && strlen(b) + strlen(c->keys[j].latin[t]) < sizeof b; t++)
                    strcat(b, c->keys[j].latin[t]);
                if (sim > 0 && (strlen(k->full) >= 3 || strcmp(a, b) == 0))
                    s = 1.0 > s ? 1.0 : s;
                else if (nf_latin_similarity(a, b) >= 0.85 && strlen(a) >= 6)
                    s = 0.9 > s ? 0.9 : s;
            }
            any_short = 0;
        } else {
            for (size_t j = 0; j < c->nk; j++) {
                int sh;
                double ks = key_score(k, &c->keys[j], &sh);
                if (ks == -2)
                    conflict = 1;
                if (ks > s) {
                    s = ks;
                    shorts = sh;
                }
                if (ks >= 0 && !sh)
                    any_short = 0;
            }
            (void)shorts;
        }
        if (conflict || s < 0)
            continue;
        int ov = context_overlap(e, c, ctx, nctx);
        if (any_short && ov == 0)
            continue;        /* a short lone surname needs shared context */
        if (k->n == 1 && s < 0.75 && ov == 0)
            continue;        /* a lone word one edit away needs context */
        if (d->type == NF_ENTITY_OTHER && k->n == 1 && c->nk &&
            nf_latin_similarity(k->latin[0], c->keys[0].latin[c->keys[0].n - 1]) < 0.75)
            continue;        /* an unknown word joins only a near spelling */
        double total = s + 0.5 * (ov > 2 ? 2 : ov);
        if (total > best_score) {
            best_score = total;
            best = (long)ids[i];
        }
    }
    return best;
}

/* Adds article id to entity i (once). */
static nf_status add_article_id(centity *c, const char *id)
{
    if (c->na && strcmp(c->art[c->na - 1], id) == 0)
        return NF_OK;
    if (nf_grow(&c->art, &c->cap_a, c->na, sizeof *c->art, 4))
        return NF_ERR_NOMEM;
    if (!(c->art[c->na] = dup_n(id, strlen(id))))
        return NF_ERR_NOMEM;
    c->na++;
    return NF_OK;
}

/* Counts one co-occurrence of entity c with entity other. */
static nf_status add_cooc(centity *c, uint32_t other)
{
    for (size_t j = 0; j < c->nc; j++)
        if (c->co[j] == other) {
            c->co_n[j]++;
            return NF_OK;
        }
    size_t cap = c->cap_c;
    if (nf_grow(&c->co, &cap, c->nc, sizeof *c->co, 4))
        return NF_ERR_NOMEM;
    if (cap != c->cap_c) {
        uint32_t *p = realloc(c->co_n, cap * sizeof *p);
        if (!p)
            return NF_ERR_NOMEM;
        c->co_n = p;
        c->cap_c = cap;
    }
    c->co[c->nc] = other;
    c->co_n[c->nc++] = 1;
    return NF_OK;
}

/* Order of resolution: stronger evidence first. */
static int rank_of(const nf_doc_ent *d)
{
    if (d->type == NF_ENTITY_LOCATION)
        return 0;
    if (d->type == NF_ENTITY_ORGANIZATION)
        return 1;
    return d->key.n >= 2 ? 2 : 3;
}

nf_status nf_entities_add_article(nf_entities *e, nf_article *a)
{
    assert(e && a);
    nf_ent_doc *d = a->entities;
    if (!d || d->n_e == 0)
        return NF_OK;
    size_t n = d->n_e;
    long *res = malloc(n * sizeof *res), *ctx = malloc(n * sizeof *ctx);
    if (!res || !ctx) {
        free(res);
        free(ctx);
        return NF_ERR_NOMEM;
    }
    size_t nctx = 0;
    nf_status st = NF_OK;
    const char *text = nf_article_text(a, NULL);
    const char *lang = nf_article_language(a);
    int *cur = calloc(n, sizeof *cur);
    if (!cur)
        st = NF_ERR_NOMEM;
    for (size_t i = 0; i < d->n_m && !st; i++)
        if (d->m[i].doc >= 0 && d->m[i].curated && !cur[d->m[i].doc])
            cur[d->m[i].doc] = d->m[i].curated;
    for (int r = 0; r < 4 && !st; r++) {
        for (size_t k = 0; k < n && !st; k++) {
            nf_doc_ent *de = &d->e[k];
            if (rank_of(de) != r)
                continue;
            /* a curated name: the entry's entity; else by evidence, but
             * never into another curated entry's entity */
            long id = cur[k] ? curated_entity(e, cur[k]) : -1;
            if (id < 0) {
                id = match(e, de, &de->key, ctx, nctx);
                if (id >= 0 && cur[k] && e->v[id].curated && e->v[id].curated != cur[k])
                    id = -1;
            }
            if (id < 0 && (id = new_entity(e, de->type, de->place)) < 0)
                st = NF_ERR_NOMEM;
            if (!st && cur[k])
                st = set_curated(e, (size_t)id, cur[k]);
            if (st)
                break;
            if (e->v[id].type == NF_ENTITY_OTHER && de->type == NF_ENTITY_PERSON)
                e->v[id].type = NF_ENTITY_PERSON;
            res[k] = id;
            ctx[nctx++] = id;
        }
    }
    /* variants, articles, names */
    for (size_t i = 0; i < d->n_m && !st; i++) {
        const nf_ment *m = &d->m[i];
        st = add_variant(e, (size_t)res[m->doc], text + m->start, m->end - m->start,
                         lang, 1);
    }
    for (size_t k = 0; k < n && !st; k++) {
        centity *c = &e->v[res[k]];
        st = add_article_id(c, nf_article_id(a));
        if (!st)
            st = update_name(c);
        for (size_t j = 0; j < n && j < 128 && !st; j++)
            if (res[j] != res[k])
                st = add_cooc(c, (uint32_t)res[j]);
    }
    for (size_t k = 0; k < n && !st; k++) {
        centity *c = &e->v[res[k]];
        d->e[k].entity = nf_arena_strndup(a->arena, c->id, strlen(c->id));
        d->e[k].name = c->name ? nf_arena_strndup(a->arena, c->name, strlen(c->name)) : NULL;
        if (!d->e[k].entity || (c->name && !d->e[k].name))
            st = NF_ERR_NOMEM;
    }
    free(cur);
    free(res);
    free(ctx);
    return st;
}

/* ---- getters ----------------------------------------------------------- */

size_t nf_entities_count(const nf_entities *e)
{
    return e->n;
}

const char *nf_entity_id(const nf_entities *e, size_t i)
{
    assert(i < e->n);
    return e->v[i].id;
}

const char *nf_entity_name(const nf_entities *e, size_t i)
{
    assert(i < e->n);
    return e->v[i].name ? e->v[i].name : "";
}

nf_entity_type nf_entity_type_of(const nf_entities *e, size_t i)
{
    assert(i < e->n);
    return e->v[i].type;
}

size_t nf_entity_variant_count(const nf_entities *e, size_t i)
{
    assert(i < e->n);
    return e->v[i].nv;
}

/* Variants sorted by count (stable on insertion order) on demand. */
nf_entity_variant nf_entity_variant_at(const nf_entities *e, size_t i, size_t j)
{
    assert(i < e->n && j < e->v[i].nv);
    const centity *c = &e->v[i];
    /* the j-th by count: count how many come before each */
    for (size_t x = 0; x < c->nv; x++) {
        size_t before = 0;
        for (size_t y = 0; y < c->nv; y++)
            if (c->v[y].count > c->v[x].count || (c->v[y].count == c->v[x].count && y < x))
                before++;
        if (before == j) {
            nf_entity_variant v = { c->v[x].text, c->v[x].lang, c->v[x].count };
            return v;
        }
    }
    nf_entity_variant v = { c->v[j].text, c->v[j].lang, c->v[j].count };
    return v;
}

size_t nf_entity_article_count(const nf_entities *e, size_t i)
{
    assert(i < e->n);
    return e->v[i].na;
}

const char *nf_entity_article(const nf_entities *e, size_t i, size_t j)
{
    assert(i < e->n && j < e->v[i].na);
    return e->v[i].art[j];
}

size_t nf_entity_cooccurring(const nf_entities *e, size_t i, size_t *out,
                             size_t max)
{
    assert(i < e->n && (out || max == 0));
    const centity *c = &e->v[i];
    size_t n = 0;
    /* keep the `max` largest counts, by insertion */
    for (size_t x = 0; x < c->nc; x++) {
        size_t pos = n;
        while (pos > 0 && c->co_n[x] > c->co_n[out[pos - 1]])
            pos--;
        if (pos >= max)
            continue;
        size_t last = n < max ? n : max - 1;
        for (size_t k = last; k > pos; k--)
            out[k] = out[k - 1];
        out[pos] = x;
        if (n < max)
            n++;
    }
    for (size_t k = 0; k < n; k++)
        out[k] = c->co[out[k]];
    return n;
}

nf_status nf_entities_find(nf_entities *e, const char *name, size_t *index)
{
    assert(e && name && index);
    size_t len = strlen(name);
    for (size_t i = 0; i < e->n; i++)
        for (size_t j = 0; j < e->v[i].nv; j++)
            if (strcmp(e->v[i].v[j].text, name) == 0) {
                *index = i;
                return NF_OK;
            }
    int cur = nf_curated_lookup(name, len);
    long ce = cur >= 0 ? curated_entity(e, cur + 1) : -1;
    if (ce >= 0) {
        *index = (size_t)ce;
        return NF_OK;
    }
    nf_name_key k;
    nf_status st = nf_name_key_make(e->nm, name, len, &k);
    if (st)
        return st;
    if (k.n == 0)
        return NF_ERR_NOT_FOUND;
    long best = -1;
    double best_s = -1;
    for (int type = 0; type < 4; type++) {
        nf_doc_ent d;
        memset(&d, 0, sizeof d);
        d.type = (nf_entity_type)type;
        d.place = -1;
        d.key = k;
        if (type == NF_ENTITY_LOCATION)
            continue;
        long id = match(e, &d, &k, NULL, 0);
        if (id >= 0) {
            double s = (double)e->v[id].na;
            if (s > best_s) {
                best_s = s;
                best = id;
            }
        }
    }
    if (best < 0) {
        /* places: the gazetteer name */
        for (size_t i = 0; i < e->n; i++)
            if (e->v[i].type == NF_ENTITY_LOCATION && e->v[i].name &&
                strcasecmp(e->v[i].name, name) == 0) {
                *index = i;
                return NF_OK;
            }
        return NF_ERR_NOT_FOUND;
    }
    *index = (size_t)best;
    return NF_OK;
}

/* ---- restoring --------------------------------------------------------- */

nf_status nf_entities_restore(nf_entities *e, const char *name,
                              nf_entity_type type)
{
    assert(e && name);
    long id = new_entity(e, type, -1);
    if (id < 0)
        return NF_ERR_NOMEM;
    if (!(e->v[id].name = dup_n(name, strlen(name))))
        return NF_ERR_NOMEM;
    return NF_OK;
}

nf_status nf_entities_restore_place(nf_entities *e, size_t i, int32_t place)
{
    assert(i < e->n);
    e->v[i].place = place;
    if (place < 0)
        return NF_OK;
    char tag[24];
    place_tag(place, tag, sizeof tag);
    return nf_nameidx_add(e->ix, tag, (uint32_t)i);
}

nf_status nf_entities_restore_variant(nf_entities *e, size_t i,
                                      const char *text, const char *language,
                                      unsigned long count)
{
    assert(e && i < e->n && text);
    nf_status st = add_variant(e, i, text, strlen(text), language, count);
    int cur = nf_curated_lookup(text, strlen(text));
    if (!st && cur >= 0 && !e->v[i].curated && curated_entity(e, cur + 1) < 0)
        st = set_curated(e, i, cur + 1);
    return st;
}

nf_status nf_entities_restore_article(nf_entities *e, size_t i,
                                      const char *article_id)
{
    assert(e && i < e->n && article_id);
    return add_article_id(&e->v[i], article_id);
}

int32_t nf_entity_place(const nf_entities *e, size_t i)
{
    assert(i < e->n);
    return e->v[i].place;
}

/* One (article, entity) pair, for rebuilding co-occurrences. */
typedef struct art_ent {
    const char *art;
    uint32_t ent;
} art_ent;

static int cmp_art_ent(const void *a, const void *b)
{
    const art_ent *x = a, *y = b;
    int c = strcmp(x->art, y->art);
    return c ? c : (x->ent > y->ent) - (x->ent < y->ent);
}

nf_status nf_entities_rebuild_cooc(nf_entities *e)
{
    size_t total = 0;
    for (size_t i = 0; i < e->n; i++) {
        total += e->v[i].na;
        e->v[i].nc = 0;
    }
    if (total == 0)
        return NF_OK;
    art_ent *v = malloc(total * sizeof *v);
    if (!v)
        return NF_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < e->n; i++)
        for (size_t j = 0; j < e->v[i].na; j++)
            v[k++] = (art_ent){ e->v[i].art[j], (uint32_t)i };
    qsort(v, total, sizeof *v, cmp_art_ent);
    nf_status st = NF_OK;
    for (size_t a = 0; a < total && !st;) {
        size_t b = a;
        while (b < total && strcmp(v[b].art, v[a].art) == 0)
            b++;
        for (size_t x = a; x < b && x < a + 128 && !st; x++)
            for (size_t y = a; y < b && y < a + 128 && !st; y++)
                if (v[x].ent != v[y].ent)
                    st = add_cooc(&e->v[v[x].ent], v[y].ent);
        a = b;
    }
    free(v);
    return st;
}
