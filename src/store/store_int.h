/* store_int.h - the SQLite store's inside, shared by the files of src/store and the
 * store's unit tests.  Nothing here is public: a server store replacing
 * this module implements only newsfold/store.h.
 */
#ifndef NF_STORE_INT_H
#define NF_STORE_INT_H

#include <stdarg.h>
#include <stdint.h>
#include <sqlite3.h>

#include "newsfold/store.h"
#include "store/fts_tokenizer.h"

/* PRAGMA application_id of a newsfold database ("nfld"). */
#define NF_STORE_APP_ID 1852206180   /* 0x6e666c64 */
#define NF_STORE_STR_(x) #x
#define NF_STORE_STR(x) NF_STORE_STR_(x)

/* Milliseconds a connection waits for another's write lock. */
#define NF_STORE_BUSY_MS 10000

/* Columns every article query selects, in this order, so that
 * nf_store_row_article() can read any of them. */
#define NF_ARTICLE_COLUMNS \
    "a.id, a.source, a.url, a.title, a.published, a.language, " \
    "a.language_confidence, a.format, a.text, a.hash"
#define NF_ARTICLE_NCOLUMNS 10

/* Cached statements (prepared on first use, finalised on close).  Only
 * non-reentrant operations use them: walks prepare their own. */
typedef enum nf_stmt_id {
    NF_STMT_PRESENT,      /* same hash and same origin (or id) stored?   */
    NF_STMT_ID_TAKEN,     /* SELECT 1 FROM articles WHERE id = ?         */
    NF_STMT_INSERT,       /* INSERT INTO articles ...                    */
    NF_STMT_GET,          /* article by id                               */
    NF_STMT_COUNT,        /* SELECT count(*) FROM articles               */
    NF_STMT_COUNT_
} nf_stmt_id;

struct nf_store {
    sqlite3 *db;
    char *path;
    int version;                    /* schema version after migration */
    int in_batch;
    sqlite3_stmt *stmts[NF_STMT_COUNT_];
    nf_fts_tok *tok;                /* for queries and match spans; lazy */
    struct nf_folder *fold;         /* story folding state; lazy (stories.c) */
    struct nf_entities *ents;       /* resolved entities; lazy (entities.c) */
    char err[1024];
};

/* ---- store.c ------------------------------------------------------------ */

/* Formats a message into s->err and returns `st`. */
nf_status nf_store_fail(nf_store *s, nf_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sets s->err to "<what>: <sqlite3_errmsg>" and returns the status that
 * the connection's last error maps to (NF_ERR_STORE, NF_ERR_NOMEM, ...). */
nf_status nf_store_fail_db(nf_store *s, const char *what);

/* Returns the cached statement `id`, reset and with bindings cleared;
 * NULL on failure (s->err set). */
sqlite3_stmt *nf_store_stmt(nf_store *s, nf_stmt_id id);
/* The same, with the failure's status (NF_ERR_NOMEM, NF_ERR_STORE, ...):
 * NF_OK with *out set, or the status with *out NULL and s->err set. */
nf_status nf_store_prepare(nf_store *s, nf_stmt_id id, sqlite3_stmt **out);

/* The connection, for the store's tests (integrity checks). */
sqlite3 *nf_store_db(nf_store *s);

/* ---- schema.c ----------------------------------------------------------- */

/* Schema version this program creates and understands. */
int nf_schema_current(void);

/* Brings the database of `db` to nf_schema_current(): applies each missing
 * migration in its own transaction.  *version receives the version
 * reached.  Fails with NF_ERR_SCHEMA for a newer database, NF_ERR_FORMAT
 * for another program's database; err receives the message. */
nf_status nf_schema_migrate(sqlite3 *db, int *version, char *err,
                            size_t errlen);

/* ---- articles.c --------------------------------------------------------- */

/* Builds an article from the current row of `stmt`, whose columns
 * col..col+NF_ARTICLE_NCOLUMNS-1 are NF_ARTICLE_COLUMNS.  Checks that the
 * text still has its stored hash.  *out is owned by the caller. */
nf_status nf_store_row_article(nf_store *s, sqlite3_stmt *stmt, int col,
                               nf_article **out);

/* Content hash as stored (SQLite integers are signed) and back. */
int64_t nf_store_hash_to_db(uint64_t h);
uint64_t nf_store_hash_from_db(int64_t v);

#endif
