/* ent_int.h - the entity stage's inside: what it stores on an article and
 * the functions of its files.
 */
#ifndef NF_ENTITIES_ENT_INT_H
#define NF_ENTITIES_ENT_INT_H

#include <stdint.h>
#include <stdio.h>
#include "newsfold/entities.h"
#include "core/article_int.h"
#include "names/names.h"

/* One mention (in the article's arena). */
typedef struct nf_ment {
    size_t start, end;        /* the name */
    size_t role_start, role_end;
    nf_entity_type type;
    int32_t place;            /* gazetteer index or -1 */
    int demonym;
    int weak;                 /* kept only when coreference confirms it */
    int cue;                  /* a title, role or honorific is next to it */
    int doc;                  /* index of its document entity, -1 = dropped */
    int curated;              /* curated entry + 1 its text names, 0 = none */
} nf_ment;

/* One entity of the article: its mentions joined by coreference. */
typedef struct nf_doc_ent {
    nf_entity_type type;
    int best;                 /* mention whose text names it (longest) */
    int n_mentions;
    int32_t place;
    nf_name_key key;          /* of the best mention */
    const char *entity;       /* corpus id, set by resolution */
    const char *name;         /* canonical name, set by resolution */
} nf_doc_ent;

typedef struct nf_ent_doc {
    nf_ment *m;
    size_t n_m;
    nf_doc_ent *e;
    size_t n_e;
} nf_ent_doc;

/* ---- detect.c ----------------------------------------------------------- */

/* Per-thread state of the stage (ICU transliterator, scratch buffers). */
typedef struct nf_ent_stage nf_ent_stage;

nf_ent_stage *nf_ent_stage_new(void);
/* The same, telling the failures apart: NF_OK with *out set, or
 * NF_ERR_NOMEM / NF_ERR_ICU with *out NULL. */
nf_status nf_ent_stage_open(nf_ent_stage **out);
void nf_ent_stage_free(nf_ent_stage *st);

/* Finds the mentions of `a` (language and sentences already set), joins
 * them into document entities and stores the result on the article
 * (a->entities).  Errors: NF_ERR_NOMEM, NF_ERR_ICU. */
nf_status nf_ent_stage_run(nf_ent_stage *st, nf_article *a);

/* Detection only, on text[0..len) of language `lang` (may be NULL): the
 * mentions, before coreference, into *out (malloc'ed; caller frees) and
 * their number into *n.  For evaluation on pre-tokenised corpora. */
nf_status nf_ent_detect(nf_ent_stage *st, const char *text, size_t len,
                        const char *lang, nf_ment **out, size_t *n);

/* The same with the article's sentence spans (sentence starts matter:
 * a capitalised first word is not a name by itself). */
nf_status nf_ent_detect_sents(nf_ent_stage *st, const char *text, size_t len,
                              const char *lang, const nf_span *sents,
                              size_t n_sents, nf_ment **out, size_t *n);

/* The stage's namer (for coreference). */
nf_namer *nf_ent_stage_namer(nf_ent_stage *st);

/* ---- coref.c ------------------------------------------------------------ */

/* Joins the mentions m[0..n) of text into document entities, sets each
 * mention's `doc` and type, and returns the entities in *out (allocated
 * in arena `ar`).  Weak mentions not joined to a person are dropped. */
nf_status nf_ent_coref(nf_namer *nm, const char *text, nf_ment *m, size_t n,
                       nf_arena *ar, nf_doc_ent **out, size_t *n_out);

/* The name key of mention text[start..end), with a leading article or
 * particle the detector kept left out. */
nf_status nf_ent_key(nf_namer *nm, const char *text, const nf_ment *m,
                     nf_name_key *key);

/* ---- resolve.c ---------------------------------------------------------- */

/* Restoring a set from a store: the gazetteer entry of entity i, and the
 * co-occurrences recomputed from the articles restored. */
nf_status nf_entities_restore_place(nf_entities *e, size_t i, int32_t place);
nf_status nf_entities_rebuild_cooc(nf_entities *e);
/* Gazetteer entry of entity i, or -1. */
int32_t nf_entity_place(const nf_entities *e, size_t i);
/* Gives every resolved mention of `a` the current canonical name of its
 * entity in `e` (names settle as later articles add evidence, so an
 * article resolved early may hold an older one).  Errors: NF_ERR_NOMEM
 * (the article's arena). */
nf_status nf_entities_rename_article(const nf_entities *e, nf_article *a);

/* ---- entities_json.c ---------------------------------------------------- */

/* Writes the article's "entities" member (with a leading comma) at
 * nesting level depth + 1, as json_write.c writes other members. */
nf_status nf_ent_json_article(const nf_article *a, FILE *out, unsigned flags,
                              int depth);

/* ---- record_hook.c ------------------------------------------------------ */

/* Resolves the entities of the record's articles (in order) into a new
 * set *out (the caller's), then gives every article's mentions the final
 * names of their entities.  Errors: NF_ERR_NOMEM, NF_ERR_ICU, with *out
 * NULL (the record then cannot be written). */
nf_status nf_ent_resolve_record(nf_article *const *arts, size_t n, nf_entities **out);

/* Writes the record's top-level "entities" member (with a leading comma)
 * and frees `e` (precondition: not NULL).  Returns the writer's status. */
nf_status nf_ent_write_record_section(nf_entities *e, FILE *out, unsigned flags);

#endif
