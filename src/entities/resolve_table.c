/* resolve_table.c - the table of corpus entities (nf_entities) and what
 * each entity learns from the mentions resolved to it.
 *
 * An entity is born from a document entity no corpus entity matched
 * (resolve.c) or restored from a store (resolve_access.c).  It then
 * learns: the spellings it is mentioned by (variants, with a count per
 * language) and their name keys, which the name index files it under so
 * that resolve_match.c finds it as a candidate; the articles it occurs in
 * and the entities it co-occurs with (the context that tells namesakes
 * apart); its canonical name.  Places are indexed by gazetteer entry
 * instead of spelling, curated entries also by entry number.
 */
#include "entities/resolve_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entities/curated.h"
#include "entities/places.h"
#include "core/grow.h"

nf_status nf_entities_open(nf_entities **out)
{
    assert(out);
    *out = NULL;
    nf_entities *e = calloc(1, sizeof *e);
    if (!e)
        return NF_ERR_NOMEM;
    nf_status s = nf_namer_open(&e->nm);
    if (!s && !(e->ix = nf_nameidx_new()))
        s = NF_ERR_NOMEM;      /* the index fails only for memory */
    if (s) {
        nf_entities_free(e);
        return s;
    }
    *out = e;
    return NF_OK;
}

nf_entities *nf_entities_new(void)
{
    nf_entities *e;
    return nf_entities_open(&e) == NF_OK ? e : NULL;
}

void nf_entities_free(nf_entities *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->n; i++) {
        nf_res_entity *c = &e->v[i];
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

char *nf_res_dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* File string used for a place in the name index. */
void nf_res_place_tag(int32_t place, char *buf, size_t cap)
{
    snprintf(buf, cap, "#%ld", (long)place);
}

/* Name-index string of curated entry `cur` (+ 1). */
void nf_res_curated_tag(int cur, char *buf, size_t cap)
{
    snprintf(buf, cap, "@%d", cur);
}

/* Marks entity i as curated entry `cur` (+ 1; 0 = none): its name and
 * type are the entry's, and it is indexed under the entry. */
nf_status nf_res_set_curated(nf_entities *e, size_t i, int cur)
{
    nf_res_entity *c = &e->v[i];
    if (cur <= 0 || c->curated)
        return NF_OK;
    c->curated = cur;
    if (c->type != NF_ENTITY_LOCATION)
        c->type = nf_curated_entries[cur - 1].type;
    char tag[24];
    nf_res_curated_tag(cur, tag, sizeof tag);
    return nf_nameidx_add(e->ix, tag, (uint32_t)i);
}

/* Adds a new entity; returns its index or -1. */
long nf_res_new_entity(nf_entities *e, nf_entity_type type, int32_t place)
{
    if (nf_grow(&e->v, &e->cap, e->n, sizeof *e->v, 4))
        return -1;
    nf_res_entity *c = &e->v[e->n];
    memset(c, 0, sizeof *c);
    snprintf(c->id, sizeof c->id, "e%zu", e->n + 1);
    c->type = type;
    c->place = place;
    if (type == NF_ENTITY_LOCATION && place >= 0) {
        char tag[24];
        nf_res_place_tag(place, tag, sizeof tag);
        if (nf_nameidx_add(e->ix, tag, (uint32_t)e->n))
            return -1;
    }
    return (long)e->n++;
}

/* Learns key k for entity i (indexed under its last word and whole). */
static nf_status add_key(nf_entities *e, size_t i, const nf_name_key *k)
{
    nf_res_entity *c = &e->v[i];
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
nf_status nf_res_add_variant(nf_entities *e, size_t i, const char *text,
                             size_t n, const char *lang, unsigned long count)
{
    nf_res_entity *c = &e->v[i];
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
    nf_res_variant *v = &c->v[c->nv];
    memset(v, 0, sizeof *v);
    if (!(v->text = nf_res_dup_n(text, n)))
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

/* The last word of a name: the bytes after its last space (all of it when
 * it has none), as (pointer, length). */
static const char *last_word(const char *s, size_t *len)
{
    const char *sp = strrchr(s, ' ');
    const char *w = sp ? sp + 1 : s;
    *len = strlen(w);
    return w;
}

/* How well the stream supports full name j of person c as its canonical
 * spelling: its own mentions plus those of every other variant ending in
 * the same word ("Volodimir Zelensky" gains from "Zelensky"), so that a
 * garbled first sighting does not name the entity for good. */
static unsigned long surname_support(const nf_res_entity *c, size_t j)
{
    size_t n;
    const char *w = last_word(c->v[j].text, &n);
    unsigned long sum = c->v[j].count;
    for (size_t k = 0; k < c->nv; k++) {
        size_t m;
        const char *x = last_word(c->v[k].text, &m);
        if (k != j && m == n && strncasecmp(w, x, n) == 0)
            sum += c->v[k].count;
    }
    return sum;
}

/* The display name closes a space before a hyphen that joins a word
 * ("Giuseppe Kava -Dragon" -> "Kava-Dragon"; the variant keeps its
 * surface): is s[k] such a space (o: bytes of the name kept so far)? */
static int closed_space(const char *s, size_t k, size_t o)
{
    return s[k] == ' ' && s[k + 1] == '-' && s[k + 2] && s[k + 2] != ' ' && o > 0;
}

/* Is cur the display form of nm? */
static int same_display(const char *cur, const char *nm)
{
    size_t o = 0;
    for (size_t k = 0; nm[k]; k++) {
        if (closed_space(nm, k, o))
            continue;
        if (cur[o] != nm[k])
            return 0;
        o++;
    }
    return cur[o] == '\0';
}

/* Picks the canonical name: a curated entry's own name; a place's
 * gazetteer name (one name whatever language mentioned it first); for
 * people the full name in Latin script best supported by the stream
 * (surname_support), else the most mentioned full name, else the most
 * mentioned variant; for others the most mentioned variant, Latin script
 * first. */
nf_status nf_res_update_name(nf_res_entity *c)
{
    long best = -1;
    int best_rank = -1;
    unsigned long best_score = 0;
    for (size_t j = 0; j < c->nv; j++) {
        const nf_res_variant *v = &c->v[j];
        /* (a name of two words or more before a lone word for every
         * type: "Kestrel Copper" rather than its short "Kestrel") */
        int rank = (v->tokens >= 2) * 2 + v->latin;
        if (c->type == NF_ENTITY_LOCATION)
            rank = v->latin;
        unsigned long score = v->count;
        if (c->type == NF_ENTITY_PERSON && rank == 3)
            score = surname_support(c, j);
        if (best < 0 || rank > best_rank || (rank == best_rank && score > best_score)) {
            best = (long)j;
            best_rank = rank;
            best_score = score;
        }
    }
    if (best < 0)
        return NF_OK;
    const char *nm = c->v[best].text;
    if (c->curated)
        nm = nf_curated_entries[c->curated - 1].name;
    else if (c->type == NF_ENTITY_LOCATION && c->place >= 0)
        nm = nf_places[c->place].name;
    if (c->name && same_display(c->name, nm))
        return NF_OK;      /* the usual case: no copy */
    char *d = nf_res_dup_n(nm, strlen(nm));
    if (!d)
        return NF_ERR_NOMEM;
    size_t o = 0;
    for (size_t k = 0; d[k]; k++)
        if (!closed_space(d, k, o))
            d[o++] = d[k];
    d[o] = '\0';
    free(c->name);
    c->name = d;
    return NF_OK;
}

/* Adds article id to entity i (once). */
nf_status nf_res_add_article_id(nf_res_entity *c, const char *id)
{
    if (c->na && strcmp(c->art[c->na - 1], id) == 0)
        return NF_OK;
    if (nf_grow(&c->art, &c->cap_a, c->na, sizeof *c->art, 4))
        return NF_ERR_NOMEM;
    if (!(c->art[c->na] = nf_res_dup_n(id, strlen(id))))
        return NF_ERR_NOMEM;
    c->na++;
    return NF_OK;
}

/* Counts one co-occurrence of entity c with entity other. */
nf_status nf_res_add_cooc(nf_res_entity *c, uint32_t other)
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
