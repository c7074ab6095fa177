/* stories_int.h - the store's side of story folding (stories.c): the
 * tables, and the hooks the article functions call. */
#ifndef NF_STORE_STORIES_INT_H
#define NF_STORE_STORIES_INT_H

#include <stdint.h>
#include "newsfold/fold.h"

struct nf_store;

/* Migration: what folding keeps per article (decision + sketch, so that a
 * later ingest re-enters the recent window without re-reading texts),
 * and per story its storyline and the time of its last article. */
#define NF_SQL_FOLD \
    "CREATE TABLE fold(" \
    " seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE," \
    " report INTEGER NOT NULL," \
    " relation TEXT NOT NULL," \
    " story INTEGER NOT NULL," \
    " storyline INTEGER NOT NULL," \
    " time REAL," \
    " sketch BLOB NOT NULL);" \
    "CREATE INDEX fold_story ON fold(story);" \
    "CREATE INDEX fold_report ON fold(report);" \
    "CREATE TABLE stories(" \
    " id INTEGER PRIMARY KEY," \
    " storyline INTEGER NOT NULL," \
    " last_time REAL);" \
    "CREATE INDEX stories_last ON stories(last_time);"

/* Migration: a story merged into another (folding repaired an early
 * split) keeps its id as an alias of the survivor, so that `newsfold
 * story ID` still finds it; its articles' rows name the survivor. */
#define NF_SQL_STORY_ALIAS \
    "CREATE TABLE story_alias(" \
    " id INTEGER PRIMARY KEY," \
    " story INTEGER NOT NULL);"

/* Folds the article just stored as row `seq` against the store's recent
 * window (loaded on first use) and records the decision; sets the
 * article's fold fields.  Must be inside the batch that stored it. */
nf_status nf_store_fold_put(struct nf_store *s, const nf_article *a, int64_t seq);

/* Fills the fold fields of an article loaded from the store (by id). */
nf_status nf_store_fold_fill(struct nf_store *s, nf_article *a);

/* Forgets the in-memory folding state (after a rollback, on close): it is
 * reloaded from the committed rows on next use. */
void nf_store_fold_drop(struct nf_store *s);

#endif
