/* newsfold/store.h - the persistent record.
 *
 * SQLite (WAL mode) behind a small interface, so that a server store can
 * replace it later.  Writes are grouped in batches: everything between
 * nf_store_begin() and nf_store_commit() lands whole or not at all, so a
 * process killed mid-batch leaves only whole batches behind.  Re-ingesting
 * the same content stores nothing: articles are recognised by the hash of
 * their clean text.  A full-text index (FTS5, with newsfold's own tokenizer
 * over ICU word segmentation, so Japanese, Chinese and Thai are searchable)
 * covers titles and texts.
 */
#ifndef NEWSFOLD_STORE_H
#define NEWSFOLD_STORE_H

#include <stddef.h>
#include "error.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nf_store nf_store;

/* Opens (creating if needed, migrating if older) the database at `path`.
 * On success *out owns the store (close with nf_store_close).  On failure
 * *out is NULL and, when errbuf is not NULL, a message naming the path is
 * written to errbuf (at most errlen bytes, NUL-terminated). */
nf_status nf_store_open(const char *path, nf_store **out,
                        char *errbuf, size_t errlen);

/* Closes the store; an open batch is rolled back.  NULL is allowed. */
void nf_store_close(nf_store *s);

/* Message of the last failed call on `s` (static or owned by s). */
const char *nf_store_errmsg(const nf_store *s);

/* Schema version of the open database. */
int nf_store_schema_version(const nf_store *s);

/* Batches.  begin while a batch is open is NF_ERR_INVALID_ARG. */
nf_status nf_store_begin(nf_store *s);
nf_status nf_store_commit(nf_store *s);
nf_status nf_store_rollback(nf_store *s);

/* Stores `a` (must be inside a batch).  *stored (may be NULL) is set to 1
 * when it was new, 0 when the same article was already present: the same
 * text under the same id as the input gave it (or derived from its
 * source).  The same text under another id is stored (a re-post). */
nf_status nf_store_put_article(nf_store *s, const nf_article *a, int *stored);

/* Number of stored articles. */
nf_status nf_store_article_count(nf_store *s, unsigned long long *out);

/* Calls fn for every stored article in ingest order; the article passed
 * is borrowed (valid during the call).  A non-zero return from fn stops
 * the walk (the function then returns NF_OK). */
typedef int (*nf_article_fn)(void *ctx, const nf_article *a);
nf_status nf_store_each_article(nf_store *s, nf_article_fn fn, void *ctx);

/* Loads one article by id; *out is owned by the caller.  NF_ERR_NOT_FOUND
 * when absent. */
nf_status nf_store_get_article(nf_store *s, const char *id, nf_article **out);

typedef struct nf_search_hit {
    const nf_article *article;   /* borrowed, valid during the callback  */
    double score;                /* higher is better                     */
    const char *snippet;         /* text around the first match, borrowed */
    nf_span match;               /* first match in the article text, or {0,0} */
} nf_search_hit;

typedef int (*nf_search_fn)(void *ctx, const nf_search_hit *hit);

/* Full-text search.  `query` is words in any language and script (they
 * are segmented and normalised as the index is); all must occur.  At most
 * `limit` hits (0 = 20), best first. */
nf_status nf_store_search(nf_store *s, const char *query, size_t limit,
                          nf_search_fn fn, void *ctx);

#ifdef __cplusplus
}
#endif
#endif
