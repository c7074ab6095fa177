/* resolve.c - corpus-level resolution: the document entities of each
 * article added join the corpus entity they denote, or start one.
 *
 * Evidence, not lists: resolve_match.c finds the candidates of a document
 * entity and scores them (places join by gazetteer entry, organisations by
 * folded name, people by their name keys and shared context).  The
 * document entities of an article are taken in order of evidence (places,
 * organisations, full names, then single words), so the context of the
 * weaker ones is known when they are judged.  This file holds that order
 * and what follows each decision (variants, articles, co-occurrences and
 * names, kept by resolve_table.c), and the look-up of the entity a name
 * given by a user denotes.
 */
#include "entities/resolve_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entities/curated.h"
#include "newsfold/record.h"

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
            long id = cur[k] ? nf_res_curated_entity(e, cur[k]) : -1;
            if (id < 0) {
                id = nf_res_match(e, de, &de->key, ctx, nctx);
                if (id >= 0 && cur[k] && e->v[id].curated && e->v[id].curated != cur[k])
                    id = -1;
            }
            if (id < 0 && (id = nf_res_new_entity(e, de->type, de->place)) < 0)
                st = NF_ERR_NOMEM;
            if (!st && cur[k])
                st = nf_res_set_curated(e, (size_t)id, cur[k]);
            if (st)
                break;
            if (e->v[id].type == NF_ENTITY_OTHER && de->type == NF_ENTITY_PERSON)
                e->v[id].type = NF_ENTITY_PERSON;
            if (e->v[id].type == NF_ENTITY_PERSON && de->type == NF_ENTITY_ORGANIZATION)
                e->v[id].type = NF_ENTITY_ORGANIZATION;    /* (nf_res_match) */
            res[k] = id;
            ctx[nctx++] = id;
        }
    }
    /* variants, articles, names */
    for (size_t i = 0; i < d->n_m && !st; i++) {
        const nf_ment *m = &d->m[i];
        st = nf_res_add_variant(e, (size_t)res[m->doc], text + m->start, m->end - m->start,
                         lang, 1);
    }
    for (size_t k = 0; k < n && !st; k++) {
        nf_res_entity *c = &e->v[res[k]];
        st = nf_res_add_article_id(c, nf_article_id(a));
        if (!st)
            st = nf_res_update_name(c);
        for (size_t j = 0; j < n && j < 128 && !st; j++)
            if (res[j] != res[k])
                st = nf_res_add_cooc(c, (uint32_t)res[j]);
    }
    for (size_t k = 0; k < n && !st; k++) {
        nf_res_entity *c = &e->v[res[k]];
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

/* The index of the entity whose id is `id` ("e12" is usually index 11),
 * or -1. */
static long index_of_id(const nf_entities *e, const char *id)
{
    char *end;
    unsigned long k = id[0] == 'e' ? strtoul(id + 1, &end, 10) : 0;
    if (k >= 1 && k <= e->n && *end == '\0' && strcmp(e->v[k - 1].id, id) == 0)
        return (long)k - 1;
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->v[i].id, id) == 0)
            return (long)i;
    return -1;
}

nf_status nf_entities_rename_article(const nf_entities *e, nf_article *a)
{
    assert(e && a);
    nf_ent_doc *d = a->entities;
    for (size_t k = 0; d && k < d->n_e; k++) {
        if (!d->e[k].entity)
            continue;
        long i = index_of_id(e, d->e[k].entity);
        const char *nm = i >= 0 ? e->v[i].name : NULL;
        if (!nm || (d->e[k].name && strcmp(d->e[k].name, nm) == 0))
            continue;
        const char *copy = nf_arena_strndup(a->arena, nm, strlen(nm));
        if (!copy)
            return NF_ERR_NOMEM;
        d->e[k].name = copy;
    }
    return NF_OK;
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
    long ce = cur >= 0 ? nf_res_curated_entity(e, cur + 1) : -1;
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
        long id = nf_res_match(e, &d, &k, NULL, 0);
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
