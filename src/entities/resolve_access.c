/* resolve_access.c - reading a resolved set (the public getters of
 * newsfold/entities.h) and filling one back from a store.
 *
 * Kept apart from resolution itself: these functions decide nothing, they
 * expose the table of resolve_table.c, and restoring rebuilds what
 * resolution would have learnt (variants, curated entries, gazetteer
 * entries, articles, then the co-occurrences from the articles).
 */
#include "entities/resolve_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "entities/curated.h"

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
    const nf_res_entity *c = &e->v[i];
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
    const nf_res_entity *c = &e->v[i];
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

/* ---- restoring --------------------------------------------------------- */

nf_status nf_entities_restore(nf_entities *e, const char *name,
                              nf_entity_type type)
{
    assert(e && name);
    long id = nf_res_new_entity(e, type, -1);
    if (id < 0)
        return NF_ERR_NOMEM;
    if (!(e->v[id].name = nf_res_dup_n(name, strlen(name))))
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
    nf_res_place_tag(place, tag, sizeof tag);
    return nf_nameidx_add(e->ix, tag, (uint32_t)i);
}

nf_status nf_entities_restore_variant(nf_entities *e, size_t i,
                                      const char *text, const char *language,
                                      unsigned long count)
{
    assert(e && i < e->n && text);
    nf_status st = nf_res_add_variant(e, i, text, strlen(text), language, count);
    int cur = nf_curated_lookup(text, strlen(text));
    if (!st && cur >= 0 && !e->v[i].curated && nf_res_curated_entity(e, cur + 1) < 0)
        st = nf_res_set_curated(e, i, cur + 1);
    return st;
}

nf_status nf_entities_restore_article(nf_entities *e, size_t i,
                                      const char *article_id)
{
    assert(e && i < e->n && article_id);
    return nf_res_add_article_id(&e->v[i], article_id);
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
                    st = nf_res_add_cooc(&e->v[v[x].ent], v[y].ent);
        a = b;
    }
    free(v);
    return st;
}
