/* test_store_migrate.c - schema version 6: a re-post is its own article.
 *
 * The migration is run on tests/data/store/v5/news-v5.db, a database the
 * previous store made (make_db.sh there): it keeps every row, seq and
 * the AUTOINCREMENT counter, the full-text index (FTS5 integrity-check,
 * search) and its triggers, the fold table's reference to articles (a
 * delete still cascades), every index, and lifts the UNIQUE on hash; a
 * migration that fails half-way leaves version 5 untouched.  Then the
 * identity rule on the put API: the same text and origin is stored once,
 * the same text from another origin is stored, a file without id is
 * known by its real path however it is spelt, an id taken by other
 * content becomes "~2" and is found again, also for rows the migration
 * gave an origin. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nf_test.h"
#include "store_testlib.h"
#include "newsfold.h"
#include "core/article_int.h"
#include "store/store_int.h"

static char tmpdir[64];
static char dbpath[128];

/* Makes a fresh folder; dbpath = "<folder>/news.db", a copy of the
 * version-5 fixture when `copy` is set.  0 when that failed. */
static int fresh_db(int copy)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/nf_test_migrate_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        exit(1);
    }
    snprintf(dbpath, sizeof dbpath, "%s/news.db", tmpdir);
    if (!copy)
        return 1;
    size_t n = 0;
    char *b = nf_slurp(nf_test_data("store/v5/news-v5.db"), &n);
    FILE *f = fopen(dbpath, "wb");
    int ok = b && f && n > 0 && fwrite(b, 1, n, f) == n;
    if (f && fclose(f))
        ok = 0;
    free(b);
    CHECK(ok);
    return ok;
}

/* Removes the database, its WAL files and the folder. */
static void drop_db(void)
{
    remove_db_files(dbpath);
    rmdir(tmpdir);
}


/* Search callback: counts the hits in *(int *)ctx. */
static int count_hit(void *ctx, const nf_search_hit *h)
{
    (void)h;
    (*(int *)ctx)++;
    return 0;
}

/* Number of hits for query `q`. */
static int hits(nf_store *s, const char *q)
{
    int n = 0;
    CHECK_INT(nf_store_search(s, q, 0, count_hit, &n), NF_OK);
    return n;
}

/* A finished article from `source`, with `id` (NULL: none given). */
static nf_article *make(const char *id, const char *source, const char *text)
{
    nf_article *a = nf_article_new();
    if (!a)
        exit(1);
    if (id)
        nf_article_set(a, &a->id, id, strlen(id));
    nf_article_set(a, &a->source, source, strlen(source));
    nf_article_set(a, &a->format, "jsonl", 5);
    nf_article_set_text(a, text, strlen(text));
    nf_article_set_language(a, "en", 0.9);
    nf_article_finish(a);
    return a;
}


/* Number of stored articles (straight from the table). */
static long long n_articles(nf_store *s)
{
    return q_int(nf_store_db(s), "SELECT count(*) FROM articles");
}

/* Sum of the fixture's rows that the migration must keep as they are. */
#define NF_FINGERPRINT \
    "SELECT (SELECT total(seq * 7 + length(id) + length(text) + (hash % 1000))" \
    " FROM articles) + (SELECT total(seq + report * 3 + story * 5 + length(sketch))" \
    " FROM fold) + (SELECT count(*) FROM entity_mentions) * 1000000" \
    " + (SELECT count(*) FROM stories) * 100000000"

static void test_failed_migration_leaves_v5(void)
{
    if (!fresh_db(1))
        return;
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK_INT(q_int(db, "PRAGMA user_version"), 5);
    long long before = q_int(db, NF_FINGERPRINT);
    /* a table in the way of the rebuild: the migration fails after it
     * has copied the articles */
    CHECK(sqlite3_exec(db, "CREATE TABLE fold_v6(x)", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    nf_store *s = NULL;
    char err[512] = "";
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_ERR_STORE);
    CHECK(strstr(err, "schema version 6") != NULL);
    CHECK(s == NULL);
    db = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK_INT(q_int(db, "PRAGMA user_version"), 5);
    CHECK_INT(q_int(db, NF_FINGERPRINT), before);
    CHECK_INT(q_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles_v6'"), 0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'articles_fts_a_'"), 3);
    /* out of the way, the next open migrates */
    CHECK(sqlite3_exec(db, "DROP TABLE fold_v6", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_OK);
    if (s) {
        CHECK_INT(nf_store_schema_version(s), nf_schema_current());
        CHECK_INT(q_int(nf_store_db(s), NF_FINGERPRINT), before);
        nf_store_close(s);
    }
    drop_db();
}

static void test_migrate_v5(void)
{
    if (!fresh_db(1))
        return;
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    long long before = q_int(db, NF_FINGERPRINT);
    long long next = q_int(db, "SELECT seq FROM sqlite_sequence WHERE name = 'articles'");
    long long n = q_int(db, "SELECT count(*) FROM articles");
    CHECK_INT(n, 6);
    sqlite3_close(db);

    nf_store *s = NULL;
    char err[512] = "";
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_OK);
    if (!s) {
        fprintf(stderr, "%s\n", err);
        drop_db();
        return;
    }
    db = nf_store_db(s);
    CHECK_INT(nf_store_schema_version(s), nf_schema_current());
    CHECK_INT(q_int(db, NF_FINGERPRINT), before);
    CHECK_INT(q_int(db, "SELECT seq FROM sqlite_sequence WHERE name = 'articles'"), next);
    CHECK_INT(q_int(db, "SELECT count(*) FROM sqlite_sequence WHERE name LIKE '%v6'"), 0);
    char v[64];
    q_text(db, "PRAGMA integrity_check", v, sizeof v);
    CHECK_STR(v, "ok");
    CHECK_INT(q_int(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    CHECK(fts_consistent(s));
    /* hash: a plain index; id: still unique */
    CHECK_INT(q_int(db, "SELECT count(*) FROM pragma_index_list('articles') i,"
                        " pragma_index_info(i.name) c WHERE i.\"unique\" AND c.name = 'hash'"), 0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM pragma_index_list('articles') i,"
                        " pragma_index_info(i.name) c WHERE i.\"unique\" AND c.name = 'id'"), 1);
    CHECK_INT(q_int(db, "SELECT count(*) FROM pragma_index_list('articles') i,"
                        " pragma_index_info(i.name) c WHERE i.name = 'articles_hash'"
                        " AND c.name = 'hash'"), 1);
    CHECK_INT(q_int(db, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                        " ('fold_story', 'fold_report', 'stories_last',"
                        "  'entity_mentions_article', 'entity_variants_text')"), 5);
    /* fold refers to the new table */
    q_text(db, "SELECT \"table\" FROM pragma_foreign_key_list('fold')", v, sizeof v);
    CHECK_STR(v, "articles");
    /* origins: "harbour-1~2" came from an input whose id was harbour-1 */
    q_text(db, "SELECT origin FROM articles WHERE id = 'harbour-1~2'", v, sizeof v);
    CHECK_STR(v, "harbour-1");
    CHECK_INT(q_int(db, "SELECT count(*) FROM articles WHERE origin = id"), 5);
    /* the kept index finds old rows */
    CHECK_INT(hits(s, "divers"), 2);
    CHECK_INT(hits(s, "Velmora"), 3);

    /* the fixture's inputs again: harbour-1's second text finds its "~2" */
    const char *second =
        "Divers of the Tarsen harbour authority finished their inspection of the "
        "new Velmora pier on Saturday and found no cracks in the concrete. The "
        "inspection report will be published next week, a spokesman said, and the "
        "ferry timetable stays as announced.";
    CHECK_INT(put1(s, make("harbour-1", "inputs/desk/feed.jsonl", second)), 0);
    /* ... and the same text from another outlet is a re-post, stored */
    CHECK_INT(put1(s, make("quay-news-4", "elsewhere.jsonl", second)), 1);
    CHECK_INT(n_articles(s), 7);
    CHECK(fts_consistent(s));
    CHECK_INT(hits(s, "divers"), 3);
    CHECK_INT(q_int(db, "SELECT max(seq) FROM articles"), next + 1);
    q_text(db, "SELECT f.relation FROM fold f JOIN articles a ON a.seq = f.seq"
               " WHERE a.id = 'quay-news-4'", v, sizeof v);
    CHECK_STR(v, "duplicate");
    CHECK_INT(q_int(db, "SELECT count(DISTINCT f.report) FROM fold f JOIN articles a"
                        " ON a.seq = f.seq WHERE a.id IN ('harbour-1~2', 'quay-news-4')"), 1);
    /* a delete still cascades to fold and the trigger keeps the index */
    CHECK(sqlite3_exec(db, "DELETE FROM articles WHERE id = 'quay-news-4'",
                       NULL, NULL, NULL) == SQLITE_OK);
    CHECK_INT(q_int(db, "SELECT count(*) FROM fold"), 6);
    CHECK(fts_consistent(s));
    CHECK_INT(hits(s, "divers"), 2);
    nf_store_close(s);
    drop_db();
}

static void test_identity(void)
{
    if (!fresh_db(0))
        return;
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (!s) {
        drop_db();
        return;
    }
    const char *t1 = "The tram depot in Kelso Vale burned down overnight; nobody was hurt.";
    const char *t2 = "A new footbridge over the Amsel canal opened to walkers and cyclists.";
    /* same id, same text: once, wherever it was read from */
    CHECK_INT(put1(s, make("wire-9", "a/feed.jsonl", t1)), 1);
    CHECK_INT(put1(s, make("wire-9", "b/copy.jsonl", t1)), 0);
    /* same text, another id: a re-post */
    CHECK_INT(put1(s, make("paper-3", "c/feed.jsonl", t1)), 1);
    CHECK_INT(put1(s, make("paper-3", "c/feed.jsonl", t1)), 0);
    /* no id: the derived id (source + text) decides */
    CHECK_INT(put1(s, make(NULL, "x/depot.txt", t1)), 1);
    CHECK_INT(put1(s, make(NULL, "x/depot.txt", t1)), 0);
    CHECK_INT(put1(s, make(NULL, "y/depot.txt", t1)), 1);
    CHECK_INT(n_articles(s), 4);
    /* no id, a real file: its real path is the source, however spelt */
    char f1[160], f2[160], f3[160], want[200], got[200];
    snprintf(f1, sizeof f1, "%s/depot.txt", tmpdir);
    snprintf(f2, sizeof f2, "%s/./depot.txt", tmpdir);
    snprintf(f3, sizeof f3, "%s/../%s/depot.txt", tmpdir, strrchr(tmpdir, '/') + 1);
    FILE *f = fopen(f1, "w");
    CHECK(f != NULL);
    if (f)
        fclose(f);
    CHECK_INT(put1(s, make(NULL, f1, t1)), 1);
    CHECK_INT(put1(s, make(NULL, f2, t1)), 0);
    CHECK_INT(put1(s, make(NULL, f3, t1)), 0);
    char *real = realpath(f1, NULL);
    snprintf(want, sizeof want, "file:%s", real ? real : "?");
    free(real);
    q_text(nf_store_db(s), "SELECT origin FROM articles ORDER BY seq DESC LIMIT 1",
           got, sizeof got);
    CHECK_STR(got, want);
    unlink(f1);
    /* standard input: the derived id */
    CHECK_INT(put1(s, make(NULL, "-", t1)), 1);
    CHECK_INT(put1(s, make(NULL, "-", t1)), 0);
    CHECK_INT(n_articles(s), 6);
    /* an id taken by other content: "~2", found again, never "~3" */
    CHECK_INT(put1(s, make("wire-9", "d/feed.jsonl", t2)), 1);
    CHECK_INT(put1(s, make("wire-9", "d/feed.jsonl", t2)), 0);
    CHECK_INT(put1(s, make("wire-9", "e/feed.jsonl", t2)), 0);
    CHECK_INT(n_articles(s), 7);
    nf_article *g = NULL;
    CHECK_INT(nf_store_get_article(s, "wire-9~2", &g), NF_OK);
    if (g)
        CHECK_STR(nf_article_text(g, NULL), t2);
    nf_article_free(g);
    g = NULL;
    CHECK_INT(nf_store_get_article(s, "wire-9~3", &g), NF_ERR_NOT_FOUND);
    /* an input whose own id is "wire-9~2" with that text is that row */
    CHECK_INT(put1(s, make("wire-9~2", "f/feed.jsonl", t2)), 0);
    /* one batch holding an article twice stores it once */
    nf_article *a = make("wire-10", "g/feed.jsonl", t2);
    int stored = -1;
    CHECK_INT(nf_store_begin(s), NF_OK);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    CHECK_INT(stored, 1);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    CHECK_INT(stored, 0);
    CHECK_INT(nf_store_commit(s), NF_OK);
    nf_article_free(a);
    CHECK_INT(n_articles(s), 8);
    /* every copy of t1 is in one report, one original */
    sqlite3 *db = nf_store_db(s);
    CHECK_INT(q_int(db, "SELECT count(DISTINCT f.report) FROM fold f JOIN articles a"
                        " ON a.seq = f.seq WHERE a.hash = (SELECT hash FROM articles"
                        " WHERE id = 'wire-9')"), 1);
    CHECK_INT(q_int(db, "SELECT count(*) FROM fold f JOIN articles a ON a.seq = f.seq"
                        " WHERE f.relation = 'original' AND a.hash = (SELECT hash"
                        " FROM articles WHERE id = 'wire-9')"), 1);
    CHECK(fts_consistent(s));
    nf_store_close(s);
    drop_db();
}

int main(void)
{
    RUN(test_failed_migration_leaves_v5);
    RUN(test_migrate_v5);
    RUN(test_identity);
    return nf_test_done();
}
