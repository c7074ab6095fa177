/* entities_int.h - the store's side of entities (entities.c): the tables,
 * and the hooks the store's other files call. */
#ifndef NF_STORE_ENTITIES_INT_H
#define NF_STORE_ENTITIES_INT_H

#include "newsfold/entities.h"
#include "core/buf.h"

struct nf_store;

/* Migration: corpus entities (id = the set's index + 1), their variants
 * with counts per language, the articles they occur in, and every
 * mention (article id, span, type, role span). */
#define NF_SQL_ENTITIES \
    "CREATE TABLE entities(" \
    " id INTEGER PRIMARY KEY," \
    " name TEXT NOT NULL," \
    " type TEXT NOT NULL," \
    " place INTEGER);" \
    "CREATE TABLE entity_variants(" \
    " entity INTEGER NOT NULL REFERENCES entities(id)," \
    " text TEXT NOT NULL," \
    " language TEXT NOT NULL," \
    " count INTEGER NOT NULL," \
    " PRIMARY KEY(entity, text, language)) WITHOUT ROWID;" \
    "CREATE INDEX entity_variants_text ON entity_variants(text);" \
    "CREATE TABLE entity_articles(" \
    " entity INTEGER NOT NULL REFERENCES entities(id)," \
    " article TEXT NOT NULL," \
    " PRIMARY KEY(entity, article)) WITHOUT ROWID;" \
    "CREATE TABLE entity_mentions(" \
    " article TEXT NOT NULL," \
    " entity INTEGER NOT NULL REFERENCES entities(id)," \
    " start INTEGER NOT NULL," \
    " end INTEGER NOT NULL," \
    " type TEXT NOT NULL," \
    " role_start INTEGER," \
    " role_end INTEGER);" \
    "CREATE INDEX entity_mentions_article ON entity_mentions(article);"

/* Resolves the entities of the article just stored (id `article_id`,
 * possibly renamed by the store) into the store's set (loaded on first
 * use, reloaded when another process added entities) and records
 * entities, variants, articles and mentions.  Inside the batch. */
nf_status nf_store_entities_put(struct nf_store *s, nf_article *a,
                                const char *article_id);

/* Fills the mentions of article `a` just loaded from the store (by its
 * id) from entity_mentions, with their entity ids and names, so that an
 * exported article carries them as analysed ones do.  Nothing when it
 * has none.  Errors: NF_ERR_STORE, NF_ERR_NOMEM. */
nf_status nf_store_entities_fill(struct nf_store *s, nf_article *a);

/* Forgets the in-memory set (after a rollback, on close). */
void nf_store_entities_drop(struct nf_store *s);

/* Search: when the query names a known entity, rewrites the FTS5
 * expression in `fts` to "(expr) OR variant OR ..." so that every
 * spelling of it is found.  No change when it names none, or when the
 * entities cannot be loaded for a reason other than memory (a plain
 * search then).  Errors: NF_ERR_NOMEM (a search without the variants
 * would find less and claim it was all). */
nf_status nf_store_entities_expand(struct nf_store *s, const char *query,
                                   nf_buf *fts);

#endif
