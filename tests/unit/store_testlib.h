/* store_testlib.h - helpers shared by the store tests (test_store.c,
 * test_store_migrate.c, test_store_migrate_kill.c, test_store_crash.c). */
#ifndef NF_STORE_TESTLIB_H
#define NF_STORE_TESTLIB_H

#include <sqlite3.h>

#include <stdio.h>
#include <unistd.h>

#include "nf_test.h"
#include "newsfold.h"
#include "store/store_int.h"

/* Removes database file `db` with its WAL, shared-memory and rollback
 * journal files (those absent are no error). */
static inline void remove_db_files(const char *db)
{
    char p[512];
    const char *suffix[] = { "", "-wal", "-shm", "-journal" };
    for (int i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s%s", db, suffix[i]);
        unlink(p);
    }
}

/* Puts article a (consumed: freed here) in a batch of its own on s;
 * returns what nf_store_put_article set *stored to (-1 if it did not). */
static inline int put1(nf_store *s, nf_article *a)
{
    int stored = -1;
    CHECK_INT(nf_store_begin(s), NF_OK);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    CHECK_INT(nf_store_commit(s), NF_OK);
    nf_article_free(a);
    return stored;
}

/* The integer `sql` gives first on db; -1 when it gives none. */
static inline long long q_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* The text `sql` gives first on db into out (len > 0 bytes; "" when
 * it gives none). */
static inline void q_text(sqlite3 *db, const char *sql, char *out, size_t len)
{
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, len, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

/* Whether the full-text index agrees with the articles table (FTS5's
 * integrity check; needs the store's tokenizer, so through s). */
static inline int fts_consistent(nf_store *s)
{
    return sqlite3_exec(nf_store_db(s),
                        "INSERT INTO articles_fts(articles_fts, rank)"
                        " VALUES ('integrity-check', 1)",
                        NULL, NULL, NULL) == SQLITE_OK;
}

#endif
