/* resolve_int.h - the inside of corpus-level resolution (the nf_entities
 * set), shared by its files:
 *   resolve.c        joining an article's document entities, and finding
 *                    the entity a name denotes;
 *   resolve_table.c  the table of corpus entities and what they learn
 *                    (keys, variants, articles, co-occurrences, name);
 *   resolve_match.c  candidates from the name index and their scores;
 *   resolve_access.c getters, and restoring a set from a store.
 */
#ifndef NF_ENTITIES_RESOLVE_INT_H
#define NF_ENTITIES_RESOLVE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "entities/ent_int.h"

/* One spelling of an entity in one language, with its mention count. */
typedef struct nf_res_variant {
    char *text;
    char lang[12];
    unsigned long count;
    int tokens;            /* name words */
    int latin;             /* written in Latin script */
} nf_res_variant;

/* One corpus entity. */
typedef struct nf_res_entity {
    char id[24];
    char *name;
    nf_entity_type type;
    int32_t place;
    int curated;           /* curated entry + 1, 0 = none */
    nf_res_variant *v;
    size_t nv, cap_v;
    nf_name_key *keys;
    size_t nk, cap_k;
    char **art;
    size_t na, cap_a;
    uint32_t *co;          /* co-occurring entities and counts */
    uint32_t *co_n;
    size_t nc, cap_c;
} nf_res_entity;

struct nf_entities {
    nf_namer *nm;
    nf_res_entity *v;
    size_t n, cap;
    nf_nameidx *ix;
};

/* ---- resolve_table.c ---------------------------------------------------- */

/* A malloc'ed NUL-terminated copy of s[0..n), or NULL when out of memory. */
char *nf_res_dup_n(const char *s, size_t n);

/* The name-index string of gazetteer entry `place` ("#12") into buf[cap]. */
void nf_res_place_tag(int32_t place, char *buf, size_t cap);

/* The name-index string of curated entry `cur` (+ 1) ("@3") into buf[cap]. */
void nf_res_curated_tag(int cur, char *buf, size_t cap);

/* Marks entity i (< e->n) as curated entry `cur` (+ 1; 0 = none; nothing
 * when it already is one): its type becomes the entry's (a place stays a
 * place), its name the entry's, and it is indexed under the entry.
 * Errors of nf_nameidx_add. */
nf_status nf_res_set_curated(nf_entities *e, size_t i, int cur);

/* Adds a new entity of `type` (a place indexed under gazetteer entry
 * `place` when place >= 0) with the next id "eN"; returns its index, or
 * -1 when out of memory. */
long nf_res_new_entity(nf_entities *e, nf_entity_type type, int32_t place);

/* Counts `count` mentions of text[0..n) in language `lang` (NULL = "")
 * for entity i (< e->n): a new spelling is added as a variant and its
 * name key learnt (at most 64 keys; indexed under its last word and
 * whole, except for places found by gazetteer entry).  Errors:
 * NF_ERR_NOMEM, those of nf_name_key_make. */
nf_status nf_res_add_variant(nf_entities *e, size_t i, const char *text,
                             size_t n, const char *lang, unsigned long count);

/* Picks the canonical name of c: a curated entry's own name; a place's
 * gazetteer name; for people the Latin full name best supported by the
 * stream (its mentions plus those of variants ending in the same word),
 * else the most mentioned full name, else the most mentioned variant.
 * Errors: NF_ERR_NOMEM. */
nf_status nf_res_update_name(nf_res_entity *c);

/* Adds article id to c's articles (not again when it is the last one).
 * Errors: NF_ERR_NOMEM. */
nf_status nf_res_add_article_id(nf_res_entity *c, const char *id);

/* Counts one co-occurrence of entity c with entity `other`.  Errors:
 * NF_ERR_NOMEM. */
nf_status nf_res_add_cooc(nf_res_entity *c, uint32_t other);

/* ---- resolve_match.c ---------------------------------------------------- */

/* The entity of curated entry `cur` (+ 1), or -1. */
long nf_res_curated_entity(nf_entities *e, int cur);

/* The best corpus entity for document entity d with name key k, or -1:
 * a place by gazetteer entry; others among the candidates of the name
 * index, scored by their keys and by how many of the entities
 * ctx[0..nctx) (already resolved in this article; ctx may be NULL when
 * nctx is 0) co-occur with them. */
long nf_res_match(nf_entities *e, const nf_doc_ent *d, const nf_name_key *k,
                  const long *ctx, size_t nctx);

#endif
