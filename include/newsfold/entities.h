/* newsfold/entities.h - people, organisations and places: the mentions in
 * each article and the entities they resolve to across the corpus.
 *
 * The pipeline's entity stage (pipeline.h) finds *mentions* in an
 * article's clean text, with their type, an optional title or role next
 * to them ("Admiral", "大統領"), and joins the mentions of one entity
 * inside the article (a full name, then the surname alone, then a
 * garbled spelling of it).  An nf_entities object then resolves the
 * articles' entities into *corpus entities*, learnt from the stream:
 * names are compared through script-independent keys (transliteration
 * to Latin, then consonant classes, so ゼレンスキー, Зеленський and
 * Zelinski meet), with given names, type and co-occurring entities as
 * evidence.  Adding more articles merges their variants into existing
 * entities.  No list of people is needed; a small curated list (names,
 * types and variants of well-known organisations) only helps.
 */
#ifndef NEWSFOLD_ENTITIES_H
#define NEWSFOLD_ENTITIES_H

#include <stddef.h>
#include <stdio.h>
#include "error.h"
#include "article.h"
#include "store.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nf_entity_type {
    NF_ENTITY_PERSON = 0,
    NF_ENTITY_ORGANIZATION,
    NF_ENTITY_LOCATION,
    NF_ENTITY_OTHER          /* a name of unknown kind (CoNLL's MISC) */
} nf_entity_type;

/* "person", "organization", "location" or "other". */
const char *nf_entity_type_name(nf_entity_type t);

/* One mention in an article.  Strings are borrowed from the article (or
 * NULL): valid until it is freed or resolved again. */
typedef struct nf_mention {
    nf_span span;            /* the name, byte offsets into the clean text */
    nf_entity_type type;
    nf_span role;            /* a title or role next to it; {0,0} if none */
    int demonym;             /* an adjective of a place ("ucraino")        */
    const char *entity;      /* corpus entity id once resolved, else NULL  */
    const char *name;        /* canonical name once resolved, else NULL    */
} nf_mention;

/* Mentions found by the pipeline in `a` (0 before it ran), in text order. */
size_t nf_article_mention_count(const nf_article *a);
/* The i-th mention; precondition i < nf_article_mention_count(a). */
nf_mention nf_article_mention(const nf_article *a, size_t i);

/* A set of corpus entities. */
typedef struct nf_entities nf_entities;

/* Creates an empty set; NULL when out of memory or ICU fails. */
nf_entities *nf_entities_new(void);
/* The same, telling the failures apart: NF_OK with *out set (owned by
 * the caller: nf_entities_free), or NF_ERR_NOMEM / NF_ERR_ICU with *out
 * NULL. */
nf_status nf_entities_open(nf_entities **out);
void nf_entities_free(nf_entities *e);

/* Resolves the entities of analysed article `a` into the set: each joins
 * the best matching entity or starts a new one.  Afterwards the article's
 * mentions carry their entity ids and names.  The set keeps no pointer
 * into `a`.  Errors: NF_ERR_NOMEM, NF_ERR_ICU. */
nf_status nf_entities_add_article(nf_entities *e, nf_article *a);

/* Number of entities; they are numbered 0..count-1 in order of creation. */
size_t nf_entities_count(const nf_entities *e);

typedef struct nf_entity_variant {
    const char *text;        /* as written */
    const char *language;    /* of the article it was seen in; may be "" */
    unsigned long count;     /* mentions */
} nf_entity_variant;

/* The i-th entity's id ("e" + number), canonical name and type. */
const char *nf_entity_id(const nf_entities *e, size_t i);
const char *nf_entity_name(const nf_entities *e, size_t i);
nf_entity_type nf_entity_type_of(const nf_entities *e, size_t i);
/* Its variants (distinct text and language), most mentioned first. */
size_t nf_entity_variant_count(const nf_entities *e, size_t i);
nf_entity_variant nf_entity_variant_at(const nf_entities *e, size_t i, size_t j);
/* Ids of the articles it is mentioned in, in order of addition. */
size_t nf_entity_article_count(const nf_entities *e, size_t i);
const char *nf_entity_article(const nf_entities *e, size_t i, size_t j);
/* Entities mentioned in the same articles, most shared first: writes up
 * to max indices to out and returns how many. */
size_t nf_entity_cooccurring(const nf_entities *e, size_t i, size_t *out,
                             size_t max);

/* Finds the entity a name denotes, in any script and spelling (a known
 * variant first, else the closest key).  Returns NF_ERR_NOT_FOUND when
 * none is close enough. */
nf_status nf_entities_find(nf_entities *e, const char *name, size_t *index);

/* Restores an entity (for stores reloading a resolved set): adds entity
 * number nf_entities_count(e) with this name and type; then call
 * nf_entities_restore_variant / _article for it.  Keys are recomputed
 * from the variants. */
nf_status nf_entities_restore(nf_entities *e, const char *name,
                              nf_entity_type type);
nf_status nf_entities_restore_variant(nf_entities *e, size_t i,
                                      const char *text, const char *language,
                                      unsigned long count);
nf_status nf_entities_restore_article(nf_entities *e, size_t i,
                                      const char *article_id);

/* Writes the set as a JSON array of
 *   {"id","name","type","variants":[{"text","language","count"}],"articles":[ids]}
 * (NF_JSON_PRETTY indents for nesting level `depth`). */
nf_status nf_entities_write_json(const nf_entities *e, FILE *out,
                                 unsigned flags, int depth);

/* The store's entities (resolved at ingest), borrowed: valid until the
 * store is closed or written to.  Errors: NF_ERR_STORE, NF_ERR_NOMEM. */
nf_status nf_store_entities(nf_store *s, nf_entities **out);

/* The stories (ids of the fold stage's stories) that the store's
 * entity i is mentioned in, ascending: up to max into out, their number
 * into *n (0 when the store has no stories yet).  Errors: NF_ERR_STORE. */
nf_status nf_store_entity_stories(nf_store *s, size_t i, long long *out,
                                  size_t max, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
