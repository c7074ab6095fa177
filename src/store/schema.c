/* schema.c - the database schema and its migrations.
 *
 * The schema version lives in PRAGMA user_version; PRAGMA application_id
 * marks the file as newsfold's.  Migrations are an ordered list: entry i
 * takes a database from version i to i + 1, in one transaction of its own
 * (SQLite's DDL is transactional), so a crash mid-migration leaves the
 * previous version intact.  Adding a table later is one new line at the
 * end of the list; an existing entry is never edited, since databases in
 * the field have already run it.
 */
#include "store/store_int.h"
#include "store/stories_int.h"
#include "store/entities_int.h"

#include <assert.h>
#include <stdio.h>
#include <string.h>

/* v1: the articles.  `seq` (an alias of the rowid, never reused thanks
 * to AUTOINCREMENT) is the ingest order and what other tables and the
 * full-text index refer to; `hash` is the content hash as a signed
 * 64-bit integer. */
#define NF_SQL_V1_ARTICLES \
    "CREATE TABLE articles(" \
    " seq INTEGER PRIMARY KEY AUTOINCREMENT," \
    " id TEXT NOT NULL UNIQUE," \
    " hash INTEGER NOT NULL UNIQUE," \
    " source TEXT NOT NULL," \
    " url TEXT," \
    " title TEXT," \
    " published TEXT," \
    " language TEXT," \
    " language_confidence REAL NOT NULL DEFAULT 0," \
    " format TEXT NOT NULL," \
    " text TEXT NOT NULL," \
    " ingested_at TEXT NOT NULL" \
    "  DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));" \
    "PRAGMA application_id = " NF_STORE_STR(NF_STORE_APP_ID) ";"

/* The triggers that keep the full-text index in step with articles
 * (made by v2, made again by v6 on the rebuilt table). */
#define NF_SQL_FTS_TRIGGERS \
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN" \
    " INSERT INTO articles_fts(rowid, title, text)" \
    "  VALUES (new.seq, new.title, new.text);" \
    "END;" \
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN" \
    " INSERT INTO articles_fts(articles_fts, rowid, title, text)" \
    "  VALUES ('delete', old.seq, old.title, old.text);" \
    "END;" \
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN" \
    " INSERT INTO articles_fts(articles_fts, rowid, title, text)" \
    "  VALUES ('delete', old.seq, old.title, old.text);" \
    " INSERT INTO articles_fts(rowid, title, text)" \
    "  VALUES (new.seq, new.title, new.text);" \
    "END;"

/* v2: the full-text index over title and text, external content (the
 * text is stored once, in articles), kept in step by triggers and built
 * for the rows a v1 database already holds. */
#define NF_SQL_V2_FTS \
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text," \
    " content='articles', content_rowid='seq', tokenize='" NF_FTS_TOKENIZER "');" \
    NF_SQL_FTS_TRIGGERS \
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"

/* v6: the same text from another source is an article of its own (a
 * re-post: stored, folded as a duplicate, counted), so `hash` loses its
 * UNIQUE constraint and gets a plain index; `origin` is the id the input
 * gave, before any "~N" added for a taken id (for an input without id,
 * its file's real path or its derived id): an article is already stored
 * when a row has its text hash and its origin (docs/store.md,
 * "Duplicates and ids").  SQLite cannot drop a
 * constraint, so the table is rebuilt in this migration's transaction:
 * rows are copied with their `seq` (the full-text index and `fold` refer
 * to it) and the AUTOINCREMENT counter.  Foreign keys are on and cannot
 * be switched off inside a transaction, and dropping a table other
 * tables refer to would cascade-delete their rows, so `fold` (the only
 * table referring to articles) is rebuilt first with its reference
 * pointing at the new table, which renaming then carries to "articles";
 * the old tables are dropped once nothing refers to them.  Old rows get
 * their origin back from their id: "x~N" (N >= 2) whose "x" is an older
 * row came from an input whose id was "x"; any other id is its own
 * origin.  The FTS5 index needs no rebuild (same rowids, same texts); its
 * triggers went with the old table and are made again on the new one. */
#define NF_SQL_V6_BASE "rtrim(o.id, '0123456789')"
#define NF_SQL_V6_ORIGIN \
    "CASE WHEN length(" NF_SQL_V6_BASE ") BETWEEN 2 AND length(o.id) - 1" \
    "  AND substr(" NF_SQL_V6_BASE ", -1) = '~'" \
    "  AND substr(o.id, length(" NF_SQL_V6_BASE ") + 1) NOT GLOB '0*'" \
    "  AND CAST(substr(o.id, length(" NF_SQL_V6_BASE ") + 1) AS INTEGER) >= 2" \
    "  AND EXISTS (SELECT 1 FROM articles b WHERE b.seq < o.seq" \
    "   AND b.id = substr(o.id, 1, length(" NF_SQL_V6_BASE ") - 1))" \
    " THEN substr(o.id, 1, length(" NF_SQL_V6_BASE ") - 1) ELSE o.id END"
#define NF_SQL_V6_REPOSTS \
    "CREATE TABLE articles_v6(" \
    " seq INTEGER PRIMARY KEY AUTOINCREMENT," \
    " id TEXT NOT NULL UNIQUE," \
    " hash INTEGER NOT NULL," \
    " source TEXT NOT NULL," \
    " url TEXT," \
    " title TEXT," \
    " published TEXT," \
    " language TEXT," \
    " language_confidence REAL NOT NULL DEFAULT 0," \
    " format TEXT NOT NULL," \
    " text TEXT NOT NULL," \
    " ingested_at TEXT NOT NULL" \
    "  DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))," \
    " origin TEXT NOT NULL);" \
    "INSERT INTO articles_v6(seq, id, hash, source, url, title, published," \
    " language, language_confidence, format, text, ingested_at, origin)" \
    " SELECT o.seq, o.id, o.hash, o.source, o.url, o.title, o.published," \
    "  o.language, o.language_confidence, o.format, o.text, o.ingested_at, " \
    NF_SQL_V6_ORIGIN " FROM articles o ORDER BY o.seq;" \
    "DELETE FROM sqlite_sequence WHERE name = 'articles_v6';" \
    "INSERT INTO sqlite_sequence(name, seq)" \
    " SELECT 'articles_v6', seq FROM sqlite_sequence WHERE name = 'articles';" \
    "CREATE TABLE fold_v6(" \
    " seq INTEGER PRIMARY KEY REFERENCES articles_v6(seq) ON DELETE CASCADE," \
    " report INTEGER NOT NULL," \
    " relation TEXT NOT NULL," \
    " story INTEGER NOT NULL," \
    " storyline INTEGER NOT NULL," \
    " time REAL," \
    " sketch BLOB NOT NULL);" \
    "INSERT INTO fold_v6(seq, report, relation, story, storyline, time, sketch)" \
    " SELECT seq, report, relation, story, storyline, time, sketch FROM fold" \
    " WHERE seq IN (SELECT seq FROM articles_v6) ORDER BY seq;" \
    "DROP TABLE fold;" \
    "DROP TABLE articles;" \
    "ALTER TABLE articles_v6 RENAME TO articles;" \
    "ALTER TABLE fold_v6 RENAME TO fold;" \
    "CREATE INDEX articles_hash ON articles(hash);" \
    "CREATE INDEX fold_story ON fold(story);" \
    "CREATE INDEX fold_report ON fold(report);" \
    NF_SQL_FTS_TRIGGERS

typedef struct nf_migration {
    const char *what;   /* for error messages */
    const char *sql;
} nf_migration;

/* Entry i migrates version i to i + 1.  Append only. */
static const nf_migration migrations[] = {
    { "articles table", NF_SQL_V1_ARTICLES },
    { "full-text index", NF_SQL_V2_FTS },
    { "story folding", NF_SQL_FOLD },
    { "entities", NF_SQL_ENTITIES },
    { "story aliases", NF_SQL_STORY_ALIAS },
    { "re-posts kept (articles rebuilt)", NF_SQL_V6_REPOSTS },
};

#define NF_N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int nf_schema_current(void)
{
    return NF_N_MIGRATIONS;
}

/* Runs a one-integer query (a PRAGMA or a count) into *out. */
static int query_int(sqlite3 *db, const char *sql, long long *out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_ERROR;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

/* Decides whether the file is newsfold's and not too new. */
static nf_status check_owner(sqlite3 *db, long long version, char *err,
                             size_t errlen)
{
    long long app = 0, tables = 0;
    if (query_int(db, "PRAGMA application_id", &app) != SQLITE_OK ||
        query_int(db, "SELECT count(*) FROM sqlite_schema", &tables) != SQLITE_OK) {
        snprintf(err, errlen, "%s", sqlite3_errmsg(db));
        return sqlite3_errcode(db) == SQLITE_NOTADB ? NF_ERR_FORMAT : NF_ERR_STORE;
    }
    if (app != 0 && app != NF_STORE_APP_ID) {
        snprintf(err, errlen,
                 "not a newsfold database (application_id is 0x%llx)",
                 (unsigned long long)app);
        return NF_ERR_FORMAT;
    }
    if (app == 0 && (version != 0 || tables != 0)) {
        snprintf(err, errlen,
                 "not a newsfold database (it holds another program's tables)");
        return NF_ERR_FORMAT;
    }
    if (version > NF_N_MIGRATIONS) {
        snprintf(err, errlen,
                 "database schema version %lld is newer than this program "
                 "understands (%d); use a newer newsfold",
                 version, NF_N_MIGRATIONS);
        return NF_ERR_SCHEMA;
    }
    return NF_OK;
}

/* Applies migration `from` (from -> from + 1) in its own transaction,
 * unless another connection did it meanwhile.  Errors: NF_ERR_NOMEM when
 * SQLite (or newsfold's tokenizer inside it) ran out of memory, else
 * NF_ERR_STORE. */
static nf_status apply_one(sqlite3 *db, int from, char *err, size_t errlen)
{
    char *msg = NULL;
    long long now = 0;
    int rc;
    if ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg)) != SQLITE_OK)
        goto fail;
    if ((rc = query_int(db, "PRAGMA user_version", &now)) != SQLITE_OK)
        goto fail;
    if (now == from) {
        char sql[64];
        if ((rc = sqlite3_exec(db, migrations[from].sql, NULL, NULL, &msg)) != SQLITE_OK)
            goto fail;
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", from + 1);
        if ((rc = sqlite3_exec(db, sql, NULL, NULL, &msg)) != SQLITE_OK)
            goto fail;
    }
    if ((rc = sqlite3_exec(db, "COMMIT", NULL, NULL, &msg)) != SQLITE_OK)
        goto fail;
    return NF_OK;
fail:
    snprintf(err, errlen, "migration to schema version %d (%s) failed: %s",
             from + 1, migrations[from].what, msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    if (!sqlite3_get_autocommit(db))
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return (rc & 0xff) == SQLITE_NOMEM ? NF_ERR_NOMEM : NF_ERR_STORE;
}

nf_status nf_schema_migrate(sqlite3 *db, int *version, char *err,
                            size_t errlen)
{
    assert(db && version && err && errlen > 0);
    long long v = 0;
    if (query_int(db, "PRAGMA user_version", &v) != SQLITE_OK) {
        snprintf(err, errlen, "%s", sqlite3_errmsg(db));
        return sqlite3_errcode(db) == SQLITE_NOTADB ? NF_ERR_FORMAT : NF_ERR_STORE;
    }
    nf_status st = check_owner(db, v, err, errlen);
    if (st)
        return st;
    while (v < NF_N_MIGRATIONS) {
        if ((st = apply_one(db, (int)v, err, errlen)))
            return st;
        if (query_int(db, "PRAGMA user_version", &v) != SQLITE_OK) {
            snprintf(err, errlen, "%s", sqlite3_errmsg(db));
            return NF_ERR_STORE;
        }
    }
    *version = (int)v;
    return NF_OK;
}
