/* test_store_migrate_kill.c - the version-6 migration (the articles
 * table rebuilt) killed with SIGKILL at random moments leaves either the
 * version-5 database untouched or the version-6 one complete.
 *
 * The version-5 fixture (tests/data/store/v5/news-v5.db) is grown to a
 * few thousand rows (articles with their index entries and fold rows,
 * some "k~2" ids) so that the migration takes a measurable time; its
 * length is measured once in this process, then child processes open
 * (and so migrate) fresh copies and are killed after a random fraction
 * of up to 1.5 times that length.  After each kill: PRAGMA
 * integrity_check is "ok", the version is 5 or 6, every row is there
 * unchanged (a fingerprint over articles and fold), at 5 no rebuild table
 * is left and hash is still unique, at 6 the new index and origins are
 * there; and opening the store again ends at version 6 with the full-text
 * index agreeing with the articles. */
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "nf_test.h"
#include "store_testlib.h"
#include "newsfold.h"
#include "store/store_int.h"

#define NF_EXTRA_ROWS 4000
#define NF_KILLS 12

static char tmpdir[64];
static char base[128], work[128];

/* Sum over the rows the migration must keep as they are. */
#define NF_FINGERPRINT \
    "SELECT (SELECT total(seq * 7 + length(id) + length(text) + (hash % 1000))" \
    " FROM articles) + (SELECT total(seq + report * 3 + story * 5 + length(sketch))" \
    " FROM fold) + (SELECT count(*) FROM articles) * 1000000"


/* One number from `sql` on `db`; -1 when it gives none. */
static double q_real(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    double v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_double(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Copies file `from` to `to` and removes to's WAL files; 0 on success. */
static int copy_db(const char *from, const char *to)
{
    char p[160];
    snprintf(p, sizeof p, "%s-wal", to);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", to);
    unlink(p);
    size_t n = 0;
    char *b = nf_slurp(from, &n);
    FILE *f = fopen(to, "wb");
    int ok = b && f && fwrite(b, 1, n, f) == n;
    if (f && fclose(f))
        ok = 0;
    free(b);
    return ok ? 0 : -1;
}

/* Grows the version-5 copy at `base` by NF_EXTRA_ROWS articles (every
 * tenth an "<id>~2" of the one before, as the old store named a taken
 * id) with fold rows; the FTS triggers index them. */
static int grow_v5(void)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(base, &db) != SQLITE_OK || nf_fts_register(db) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_stmt *art = NULL, *fold = NULL;
    int ok = sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
             sqlite3_prepare_v2(db, "INSERT INTO articles(id, hash, source, format, text)"
                                " VALUES (?1, ?2, 'grown.jsonl', 'jsonl', ?3)",
                                -1, &art, NULL) == SQLITE_OK &&
             sqlite3_prepare_v2(db, "INSERT INTO fold(seq, report, relation, story,"
                                " storyline, time, sketch) VALUES (last_insert_rowid(),"
                                " ?1, 'original', ?1, ?1, NULL, x'00')",
                                -1, &fold, NULL) == SQLITE_OK;
    for (int i = 0; ok && i < NF_EXTRA_ROWS; i++) {
        char id[32], text[128];
        if (i % 10 == 9)
            snprintf(id, sizeof id, "k%d~2", i - 1);
        else
            snprintf(id, sizeof id, "k%d", i);
        snprintf(text, sizeof text, "Tide table %d for the north quay, pilot notice %d.",
                 i, i * 7);
        uint64_t h = XXH3_64bits(text, strlen(text));
        sqlite3_bind_text(art, 1, id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(art, 2, nf_store_hash_to_db(h));
        sqlite3_bind_text(art, 3, text, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(fold, 1, 1000 + i);
        ok = sqlite3_step(art) == SQLITE_DONE && sqlite3_step(fold) == SQLITE_DONE;
        sqlite3_reset(art);
        sqlite3_reset(fold);
    }
    sqlite3_finalize(art);
    sqlite3_finalize(fold);
    ok = ok && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
    sqlite3_close(db);
    return ok ? 0 : -1;
}

/* Monotonic time in seconds. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Checks the database at `work` after a kill; returns the version. */
static long long check_after_kill(double want_fp)
{
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(work, &db) == SQLITE_OK);
    char ok[16] = "";
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        snprintf(ok, sizeof ok, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    CHECK_STR(ok, "ok");
    long long v = q_int(db, "PRAGMA user_version");
    CHECK(v == 5 || v == 6);
    CHECK(q_real(db, NF_FINGERPRINT) == want_fp);
    CHECK_INT(q_int(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_v6'"), 0);
    long long uniq_hash = q_int(db, "SELECT count(*) FROM pragma_index_list('articles') i,"
                                    " pragma_index_info(i.name) c"
                                    " WHERE i.\"unique\" AND c.name = 'hash'");
    if (v == 5) {
        CHECK_INT(uniq_hash, 1);
    } else {
        CHECK_INT(uniq_hash, 0);
        CHECK_INT(q_int(db, "SELECT count(*) FROM articles WHERE id = 'k8~2'"
                            " AND origin = 'k8'"), 1);
    }
    sqlite3_close(db);
    return v;
}

static void test_kill_migration(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/nf_test_migkill_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        CHECK(0);
        return;
    }
    snprintf(base, sizeof base, "%s/base.db", tmpdir);
    snprintf(work, sizeof work, "%s/work.db", tmpdir);
    CHECK_INT(copy_db(nf_test_data("store/v5/news-v5.db"), base), 0);
    CHECK_INT(grow_v5(), 0);
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(base, &db) == SQLITE_OK);
    double fp = q_real(db, NF_FINGERPRINT);
    CHECK_INT(q_int(db, "PRAGMA user_version"), 5);
    sqlite3_close(db);

    /* how long opening (and migrating) takes here */
    CHECK_INT(copy_db(base, work), 0);
    double t0 = now();
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(work, &s, NULL, 0), NF_OK);
    double len = now() - t0;
    nf_store_close(s);

    srand(20261122);
    int at5 = 0, at6 = 0;
    for (int k = 0; k < NF_KILLS; k++) {
        CHECK_INT(copy_db(base, work), 0);
        pid_t pid = fork();
        if (pid == 0) {
            nf_store *c = NULL;
            nf_store_open(work, &c, NULL, 0);
            _exit(0);   /* no close: the kill is what we test */
        }
        CHECK(pid > 0);
        if (pid <= 0)
            break;
        double frac = (double)rand() / RAND_MAX * 1.5;
        usleep((useconds_t)(frac * len * 1e6));
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        if (check_after_kill(fp) == 5)
            at5++;
        else
            at6++;
        /* the next open finishes the job */
        s = NULL;
        CHECK_INT(nf_store_open(work, &s, NULL, 0), NF_OK);
        if (s) {
            CHECK_INT(nf_store_schema_version(s), 6);
            CHECK(q_real(nf_store_db(s), NF_FINGERPRINT) == fp);
            CHECK(sqlite3_exec(nf_store_db(s),
                               "INSERT INTO articles_fts(articles_fts, rank)"
                               " VALUES ('integrity-check', 1)",
                               NULL, NULL, NULL) == SQLITE_OK);
            nf_store_close(s);
        }
    }
    fprintf(stderr, "migration %.3f s; %d kills left version 5, %d version 6\n",
            len, at5, at6);
    remove_db_files(base);
    remove_db_files(work);
    rmdir(tmpdir);
}

int main(void)
{
    RUN(test_kill_migration);
    return nf_test_done();
}
