/* store.c - opening and closing the SQLite store, batches, errors.
 *
 * One connection per nf_store.  The database runs in WAL mode: readers
 * never block the writer, a commit is one append to the log, and a
 * process killed at any point leaves the last committed state (SQLite
 * replays or ignores the log on the next open).  synchronous=NORMAL is
 * enough for that in WAL mode; it only risks losing the last commits on
 * a power cut, never consistency.  A batch is one IMMEDIATE transaction,
 * which takes the write lock at begin, so two writers wait for each other
 * (busy timeout) instead of failing half-way.
 */
#include "store/store_int.h"
#include "store/entities_int.h"
#include "store/stories_int.h"

#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const stmt_sql[NF_STMT_COUNT_] = {
    [NF_STMT_PRESENT] = "SELECT 1 FROM articles WHERE hash = ?1"
                        " AND (origin = ?2 OR origin = ?3 OR id = ?3)",
    [NF_STMT_ID_TAKEN] = "SELECT 1 FROM articles WHERE id = ?1",
    [NF_STMT_INSERT] =
        "INSERT INTO articles(id, hash, source, url, title, published,"
        " language, language_confidence, format, text, origin)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [NF_STMT_GET] = "SELECT " NF_ARTICLE_COLUMNS " FROM articles a WHERE a.id = ?1",
    [NF_STMT_COUNT] = "SELECT count(*) FROM articles",
};

nf_status nf_store_fail(nf_store *s, nf_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->err, sizeof s->err, fmt, ap);
    va_end(ap);
    return st;
}

/* Maps an SQLite result code to a status. */
static nf_status status_of(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOMEM:
        return NF_ERR_NOMEM;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
        return NF_ERR_IO;
    case SQLITE_NOTADB:
        return NF_ERR_FORMAT;
    default:
        return NF_ERR_STORE;
    }
}

nf_status nf_store_fail_db(nf_store *s, const char *what)
{
    return nf_store_fail(s, status_of(sqlite3_extended_errcode(s->db)),
                         "%s: %s (database %s)", what, sqlite3_errmsg(s->db),
                         s->path);
}

nf_status nf_store_prepare(nf_store *s, nf_stmt_id id, sqlite3_stmt **out)
{
    assert(s && id < NF_STMT_COUNT_ && out);
    sqlite3_stmt *st = s->stmts[id];
    *out = NULL;
    if (!st) {
        if (sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                               &st, NULL) != SQLITE_OK)
            return nf_store_fail_db(s, "preparing a statement");
        s->stmts[id] = st;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    *out = st;
    return NF_OK;
}

sqlite3_stmt *nf_store_stmt(nf_store *s, nf_stmt_id id)
{
    sqlite3_stmt *st;
    return nf_store_prepare(s, id, &st) ? NULL : st;
}

sqlite3 *nf_store_db(nf_store *s)
{
    assert(s);
    return s->db;
}

/* Writes "cannot open store '<path>': <msg>" to errbuf. */
static void open_error(char *errbuf, size_t errlen, const char *path,
                       const char *msg)
{
    if (errbuf && errlen)
        snprintf(errbuf, errlen, "cannot open store '%s': %s", path, msg);
}

/* Fails early, with a clear message, when `path` is a folder or its
 * folder is missing (SQLite would only say "unable to open database
 * file"). */
static nf_status check_folder(const char *path, char *msg, size_t len)
{
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        snprintf(msg, len, "it is a folder, not a database file");
        return NF_ERR_IO;
    }
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path)
        return NF_OK;
    char dir[4096];
    size_t n = (size_t)(slash - path);
    if (n >= sizeof dir)
        return NF_OK;
    memcpy(dir, path, n);
    dir[n] = '\0';
    if (stat(dir, &sb) != 0) {
        snprintf(msg, len, "folder '%.500s': %s", dir, strerror(errno));
        return errno == ENOENT ? NF_ERR_NOT_FOUND : NF_ERR_IO;
    }
    if (!S_ISDIR(sb.st_mode)) {
        snprintf(msg, len, "'%.500s' is not a folder", dir);
        return NF_ERR_IO;
    }
    return NF_OK;
}

/* Sets the connection up: journal, durability, constraints, tokenizer. */
static nf_status configure(nf_store *s, char *msg, size_t len)
{
    sqlite3 *db = s->db;
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, NF_STORE_BUSY_MS);
    int rc = nf_fts_register(db);
    if (rc != SQLITE_OK) {
        snprintf(msg, len, "registering the full-text tokenizer: %s",
                 sqlite3_errstr(rc));
        return NF_ERR_STORE;
    }
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        snprintf(msg, len, "%s", sqlite3_errmsg(db));
        nf_status ret = status_of(sqlite3_extended_errcode(db));
        sqlite3_finalize(st);
        return ret;
    }
    const char *mode = (const char *)sqlite3_column_text(st, 0);
    int ok = mode && (strcmp(mode, "wal") == 0 || strcmp(mode, "memory") == 0);
    if (!ok)
        snprintf(msg, len, "cannot switch to WAL journal mode (got '%s')",
                 mode ? mode : "?");
    sqlite3_finalize(st);
    if (!ok)
        return NF_ERR_STORE;
    char *err = NULL;
    if (sqlite3_exec(db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                     NULL, NULL, &err) != SQLITE_OK) {
        snprintf(msg, len, "%s", err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
        return NF_ERR_STORE;
    }
    return NF_OK;
}

nf_status nf_store_open(const char *path, nf_store **out, char *errbuf,
                        size_t errlen)
{
    assert(path && out);
    *out = NULL;
    char msg[768];
    nf_status st = check_folder(path, msg, sizeof msg);
    if (st) {
        open_error(errbuf, errlen, path, msg);
        return st;
    }
    nf_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        open_error(errbuf, errlen, path, "out of memory");
        return NF_ERR_NOMEM;
    }
    snprintf(s->err, sizeof s->err, "no error");
    int rc = sqlite3_open_v2(path, &s->db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        snprintf(msg, sizeof msg, "%s",
                 s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
        st = status_of(rc);
    } else if (!(st = configure(s, msg, sizeof msg))) {
        st = nf_schema_migrate(s->db, &s->version, msg, sizeof msg);
    }
    if (st) {
        open_error(errbuf, errlen, path, msg);
        nf_store_close(s);
        return st;
    }
    *out = s;
    return NF_OK;
}

void nf_store_close(nf_store *s)
{
    if (!s)
        return;
    if (s->in_batch)
        nf_store_rollback(s);
    nf_store_fold_drop(s);
    nf_store_entities_drop(s);
    for (int i = 0; i < NF_STMT_COUNT_; i++)
        sqlite3_finalize(s->stmts[i]);
    sqlite3_close_v2(s->db);
    nf_fts_tok_free(s->tok);
    free(s->path);
    free(s);
}

const char *nf_store_errmsg(const nf_store *s)
{
    return s ? s->err : "no store";
}

int nf_store_schema_version(const nf_store *s)
{
    assert(s);
    return s->version;
}

nf_status nf_store_begin(nf_store *s)
{
    assert(s);
    if (s->in_batch)
        return nf_store_fail(s, NF_ERR_INVALID_ARG, "a batch is already open");
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return nf_store_fail_db(s, "beginning a batch");
    s->in_batch = 1;
    return NF_OK;
}

nf_status nf_store_commit(nf_store *s)
{
    assert(s);
    if (!s->in_batch)
        return nf_store_fail(s, NF_ERR_INVALID_ARG, "commit without a batch");
    s->in_batch = 0;
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        nf_status st = nf_store_fail_db(s, "committing a batch (rolled back)");
        nf_store_fold_drop(s);
        if (!sqlite3_get_autocommit(s->db))
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return st;
    }
    return NF_OK;
}

nf_status nf_store_rollback(nf_store *s)
{
    assert(s);
    if (!s->in_batch)
        return nf_store_fail(s, NF_ERR_INVALID_ARG, "rollback without a batch");
    s->in_batch = 0;
    nf_store_fold_drop(s);
    nf_store_entities_drop(s);
    if (sqlite3_get_autocommit(s->db))
        return NF_OK;   /* SQLite already rolled back after an error */
    if (sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
        return nf_store_fail_db(s, "rolling back a batch");
    return NF_OK;
}

nf_status nf_store_article_count(nf_store *s, unsigned long long *out)
{
    assert(s && out);
    sqlite3_stmt *st;
    nf_status ps = nf_store_prepare(s, NF_STMT_COUNT, &st);
    if (ps)
        return ps;
    if (sqlite3_step(st) != SQLITE_ROW) {
        nf_status ret = nf_store_fail_db(s, "counting articles");
        sqlite3_reset(st);
        return ret;
    }
    *out = (unsigned long long)sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return NF_OK;
}
