/* test_store.c - the SQLite store: opening, schema and migrations,
 * batches, duplicates, loading articles back, search in Japanese, Italian
 * and Romanian, and the errors a user meets (not a database, missing
 * folder, newer schema).  Every database lives in a fresh temporary
 * folder. */
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
#include "text/text.h"

static char tmpdir[64];
static char dbpath[128];

/* Makes a fresh folder and points dbpath at "<folder>/<name>". */
static void fresh_db(const char *name)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/nf_test_store_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        exit(1);
    }
    snprintf(dbpath, sizeof dbpath, "%s/%s", tmpdir, name);
}

/* Removes the database, its WAL files and the folder. */
static void drop_db(void)
{
    remove_db_files(dbpath);
    rmdir(tmpdir);
}

/* Builds a finished article. */
static nf_article *make(const char *id, const char *title, const char *text,
                        const char *lang)
{
    nf_article *a = nf_article_new();
    if (!a)
        exit(1);
    if (id)
        nf_article_set(a, &a->id, id, strlen(id));
    if (title)
        nf_article_set(a, &a->title, title, strlen(title));
    nf_article_set(a, &a->source, "fixture", 7);
    nf_article_set(a, &a->format, "jsonl", 5);
    nf_article_set_text(a, text, strlen(text));
    if (lang)
        nf_article_set_language(a, lang, 0.75);
    nf_article_finish(a);
    return a;
}


static unsigned long long count(nf_store *s)
{
    unsigned long long n = 9999;
    CHECK_INT(nf_store_article_count(s, &n), NF_OK);
    return n;
}

static void test_open_create(void)
{
    fresh_db("news.db");
    nf_store *s = NULL;
    char err[512] = "";
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_OK);
    CHECK(s != NULL);
    if (!s)
        return;
    CHECK_INT(nf_store_schema_version(s), nf_schema_current());
    CHECK(nf_schema_current() >= 2);
    CHECK_INT(count(s), 0);
    char v[64];
    q_text(nf_store_db(s), "PRAGMA journal_mode", v, sizeof v);
    CHECK_STR(v, "wal");
    q_text(nf_store_db(s), "PRAGMA foreign_keys", v, sizeof v);
    CHECK_STR(v, "1");
    q_text(nf_store_db(s), "PRAGMA application_id", v, sizeof v);
    CHECK_INT(atol(v), NF_STORE_APP_ID);
    CHECK(put1(s, make("x1", "T", "Some words here.", "en")) == 1);
    nf_store_close(s);
    /* Reopening keeps the data and the version. */
    s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_OK);
    if (s) {
        CHECK_INT(nf_store_schema_version(s), nf_schema_current());
        CHECK_INT(count(s), 1);
        nf_store_close(s);
    }
    nf_store_close(NULL);
    drop_db();
}

static void test_put_twice(void)
{
    fresh_db("dup.db");
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (!s)
        return;
    nf_article *a = make("same", NULL, "Identical text, twice.", NULL);
    int stored = -1;
    CHECK_INT(nf_store_begin(s), NF_OK);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    CHECK_INT(stored, 1);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    CHECK_INT(stored, 0);
    CHECK_INT(nf_store_commit(s), NF_OK);
    /* Another batch, another id, same content: a re-post, stored (the
     * store keeps the same article once, not the same text once). */
    CHECK_INT(put1(s, make("other-id", "x", "Identical text, twice.", NULL)), 1);
    CHECK_INT(count(s), 2);
    /* The same id with different content is kept under "<id>~2". */
    CHECK_INT(put1(s, make("same", NULL, "A different text.", NULL)), 1);
    CHECK_INT(put1(s, make("same", NULL, "A third text.", NULL)), 1);
    CHECK_INT(count(s), 4);
    nf_article *g = NULL;
    CHECK_INT(nf_store_get_article(s, "same", &g), NF_OK);
    if (g)
        CHECK_STR(nf_article_text(g, NULL), "Identical text, twice.");
    nf_article_free(g);
    g = NULL;
    CHECK_INT(nf_store_get_article(s, "same~2", &g), NF_OK);
    if (g)
        CHECK_STR(nf_article_text(g, NULL), "A different text.");
    nf_article_free(g);
    g = NULL;
    CHECK_INT(nf_store_get_article(s, "same~3", &g), NF_OK);
    if (g)
        CHECK_STR(nf_article_text(g, NULL), "A third text.");
    nf_article_free(g);
    /* An article without an input id gets the derived one. */
    nf_article *d = make(NULL, NULL, "No id given.", NULL);
    char want[32];
    snprintf(want, sizeof want, "%s", nf_article_id(d));
    CHECK_INT(put1(s, d), 1);
    g = NULL;
    CHECK_INT(nf_store_get_article(s, want, &g), NF_OK);
    nf_article_free(g);
    nf_article_free(a);
    nf_store_close(s);
    drop_db();
}

static void test_batches(void)
{
    fresh_db("batch.db");
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (!s)
        return;
    nf_article *a = make("b1", NULL, "First of the batch.", NULL);
    nf_article *b = make("b2", NULL, "Second of the batch.", NULL);
    int stored = -1;
    /* Misuse is refused with a message. */
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_ERR_INVALID_ARG);
    CHECK(strstr(nf_store_errmsg(s), "batch") != NULL);
    CHECK_INT(nf_store_commit(s), NF_ERR_INVALID_ARG);
    CHECK_INT(nf_store_rollback(s), NF_ERR_INVALID_ARG);
    CHECK_INT(nf_store_begin(s), NF_OK);
    CHECK_INT(nf_store_begin(s), NF_ERR_INVALID_ARG);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    CHECK_INT(nf_store_put_article(s, b, &stored), NF_OK);
    CHECK_INT(count(s), 2);   /* visible inside the batch */
    CHECK_INT(nf_store_rollback(s), NF_OK);
    CHECK_INT(count(s), 0);
    CHECK(fts_consistent(s));
    /* A batch left open at close is rolled back too. */
    CHECK_INT(nf_store_begin(s), NF_OK);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    nf_store_close(s);
    s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (s) {
        CHECK_INT(count(s), 0);
        nf_store_close(s);
    }
    nf_article_free(a);
    nf_article_free(b);
    drop_db();
}

typedef struct walk {
    char ids[8][16];
    int n, stop_after;
} walk;

static int on_article(void *ctx, const nf_article *a)
{
    walk *w = ctx;
    if (w->n < 8)
        snprintf(w->ids[w->n], sizeof w->ids[0], "%s", nf_article_id(a));
    w->n++;
    return w->stop_after && w->n >= w->stop_after;
}

static void test_each_and_get(void)
{
    fresh_db("each.db");
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (!s)
        return;
    const char *ids[] = { "zeta", "alpha", "mid" };
    CHECK_INT(nf_store_begin(s), NF_OK);
    for (int i = 0; i < 3; i++) {
        char text[64];
        snprintf(text, sizeof text, "Text number %d of the walk.", i);
        nf_article *a = make(ids[i], NULL, text, NULL);
        CHECK_INT(nf_store_put_article(s, a, NULL), NF_OK);
        nf_article_free(a);
    }
    CHECK_INT(nf_store_commit(s), NF_OK);
    walk w = { .n = 0 };
    CHECK_INT(nf_store_each_article(s, on_article, &w), NF_OK);
    CHECK_INT(w.n, 3);
    for (int i = 0; i < 3; i++)
        CHECK_STR(w.ids[i], ids[i]);   /* ingest order, not id order */
    walk w2 = { .n = 0, .stop_after = 2 };
    CHECK_INT(nf_store_each_article(s, on_article, &w2), NF_OK);
    CHECK_INT(w2.n, 2);

    /* Every field comes back as it went in. */
    nf_article *a = make("full", "Un titolo", "Testo con accenti: è già così.", "it");
    nf_article_set(a, &a->url, "https://example.org/x", 21);
    nf_article_set(a, &a->published, "2025-08-19", 10);
    uint64_t h = nf_article_content_hash(a);
    CHECK_INT(put1(s, a), 1);
    nf_article *g = NULL;
    CHECK_INT(nf_store_get_article(s, "full", &g), NF_OK);
    if (g) {
        CHECK_STR(nf_article_title(g), "Un titolo");
        CHECK_STR(nf_article_text(g, NULL), "Testo con accenti: è già così.");
        CHECK_STR(nf_article_url(g), "https://example.org/x");
        CHECK_STR(nf_article_published(g), "2025-08-19");
        CHECK_STR(nf_article_language(g), "it");
        CHECK(nf_article_language_confidence(g) == 0.75);
        CHECK_STR(nf_article_format(g), "jsonl");
        CHECK_STR(nf_article_source(g), "fixture");
        CHECK(nf_article_content_hash(g) == h);
    }
    nf_article_free(g);
    g = NULL;
    CHECK_INT(nf_store_get_article(s, "zeta", &g), NF_OK);
    if (g) {
        CHECK(nf_article_title(g) == NULL);
        CHECK(nf_article_language(g) == NULL);
    }
    nf_article_free(g);
    g = (nf_article *)1;
    CHECK_INT(nf_store_get_article(s, "no-such-id", &g), NF_ERR_NOT_FOUND);
    CHECK(g == NULL);
    CHECK(strstr(nf_store_errmsg(s), "no-such-id") != NULL);
    /* A text changed behind the store's back is caught by its hash. */
    CHECK(sqlite3_exec(nf_store_db(s), "UPDATE articles SET text = 'tampered'"
                       " WHERE id = 'mid'", NULL, NULL, NULL) == SQLITE_OK);
    g = NULL;
    CHECK_INT(nf_store_get_article(s, "mid", &g), NF_ERR_FORMAT);
    CHECK(g == NULL);
    nf_store_close(s);
    drop_db();
}

/* Writes `n` bytes to a new file. */
static void write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        exit(1);
    fwrite(data, 1, n, f);
    fclose(f);
}

static void test_open_errors(void)
{
    nf_store *s = (nf_store *)1;
    char err[512] = "";
    /* A folder that does not exist. */
    CHECK_INT(nf_store_open("/tmp/nf-no-such-folder-4711/x.db", &s, err, sizeof err),
              NF_ERR_NOT_FOUND);
    CHECK(s == NULL);
    CHECK(strstr(err, "/tmp/nf-no-such-folder-4711/x.db") != NULL);
    CHECK(strstr(err, "nf-no-such-folder-4711'") != NULL);

    /* A text file is not a database, and is left as it was. */
    fresh_db("notes.txt");
    const char *notes = "These are my notes, not a database.\n"
                        "They are long enough to fill a header or two.\n";
    write_file(dbpath, notes, strlen(notes));
    s = (nf_store *)1;
    err[0] = '\0';
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_ERR_FORMAT);
    CHECK(s == NULL);
    CHECK(strstr(err, dbpath) != NULL);
    CHECK(strstr(err, "not a database") != NULL);
    char back[256] = "";
    FILE *f = fopen(dbpath, "rb");
    if (f) {
        size_t n = fread(back, 1, sizeof back - 1, f);
        back[n] = '\0';
        fclose(f);
    }
    CHECK_STR(back, notes);
    drop_db();

    /* Another program's SQLite database is not taken over. */
    fresh_db("other.db");
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "CREATE TABLE recipes(name TEXT)", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    err[0] = '\0';
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_ERR_FORMAT);
    CHECK(strstr(err, "not a newsfold database") != NULL);
    /* ... nor one marked as someone else's. */
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "DROP TABLE recipes; PRAGMA application_id = 42",
                       NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_ERR_FORMAT);
    drop_db();

    /* A path that is a folder. */
    fresh_db("");
    dbpath[strlen(dbpath) - 1] = '\0';
    err[0] = '\0';
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_ERR_IO);
    CHECK(s == NULL);
    CHECK(strstr(err, dbpath) != NULL);
    CHECK(strstr(err, "folder") != NULL);
    rmdir(tmpdir);
}

static void test_newer_schema(void)
{
    fresh_db("new.db");
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    nf_store_close(s);
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", nf_schema_current() + 7);
    CHECK(sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    char err[512] = "", want[16];
    s = (nf_store *)1;
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_ERR_SCHEMA);
    CHECK(s == NULL);
    snprintf(want, sizeof want, "%d", nf_schema_current() + 7);
    CHECK(strstr(err, want) != NULL);
    CHECK(strstr(err, dbpath) != NULL);
    drop_db();
}

static void test_migrate_from_v0(void)
{
    /* Version 0: an empty file, as `touch` or another tool leaves it. */
    fresh_db("empty.db");
    write_file(dbpath, "", 0);
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (!s)
        return;
    CHECK_INT(nf_store_schema_version(s), nf_schema_current());
    CHECK(put1(s, make("v0", NULL, "Stored after migrating an empty file.", NULL)) == 1);
    nf_store_close(s);
    drop_db();
}

typedef struct hits {
    int n;
    char id[4][32];
    double score[4];
    char match[4][64];
    char snippet[4][256];
    nf_span span[4];
} hits;

static int on_hit(void *ctx, const nf_search_hit *h)
{
    hits *r = ctx;
    if (r->n < 4) {
        size_t len;
        const char *text = nf_article_text(h->article, &len);
        snprintf(r->id[r->n], sizeof r->id[0], "%s", nf_article_id(h->article));
        r->score[r->n] = h->score;
        r->span[r->n] = h->match;
        if (h->match.end <= len && h->match.start <= h->match.end)
            snprintf(r->match[r->n], sizeof r->match[0], "%.*s",
                     (int)(h->match.end - h->match.start), text + h->match.start);
        snprintf(r->snippet[r->n], sizeof r->snippet[0], "%s", h->snippet);
    }
    r->n++;
    return 0;
}

/* Searches and returns the hits (status in *st). */
static hits search(nf_store *s, const char *q, size_t limit, nf_status *st)
{
    hits r;
    memset(&r, 0, sizeof r);
    *st = nf_store_search(s, q, limit, on_hit, &r);
    return r;
}

static void test_migrate_from_v1(void)
{
    /* A version 1 database (articles, no full-text index) made by hand,
     * with two articles in it. */
    fresh_db("v1.db");
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    char *err = NULL;
    int rc = sqlite3_exec(db,
        "CREATE TABLE articles(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " id TEXT NOT NULL UNIQUE, hash INTEGER NOT NULL UNIQUE,"
        " source TEXT NOT NULL, url TEXT, title TEXT, published TEXT,"
        " language TEXT, language_confidence REAL NOT NULL DEFAULT 0,"
        " format TEXT NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL"
        " DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
        "PRAGMA application_id = " NF_STORE_STR(NF_STORE_APP_ID) ";"
        "PRAGMA user_version = 1;", NULL, NULL, &err);
    CHECK(rc == SQLITE_OK);
    if (err)
        fprintf(stderr, "%s\n", err);
    sqlite3_free(err);
    const char *texts[] = { "Il vertice sulle garanzie si è chiuso a tarda sera.",
                            "The old archive had a lighthouse keeper." };
    for (int i = 0; i < 2; i++) {
        nf_article *a = make(NULL, NULL, texts[i], NULL);
        sqlite3_stmt *st = NULL;
        sqlite3_prepare_v2(db, "INSERT INTO articles(id, hash, source, format, text)"
                           " VALUES (?1, ?2, 'old', 'text', ?3)", -1, &st, NULL);
        sqlite3_bind_text(st, 1, nf_article_id(a), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, nf_store_hash_to_db(nf_article_content_hash(a)));
        sqlite3_bind_text(st, 3, texts[i], -1, SQLITE_STATIC);
        CHECK(sqlite3_step(st) == SQLITE_DONE);
        sqlite3_finalize(st);
        nf_article_free(a);
    }
    sqlite3_close(db);

    nf_store *s = NULL;
    char msg[512] = "";
    CHECK_INT(nf_store_open(dbpath, &s, msg, sizeof msg), NF_OK);
    if (!s) {
        fprintf(stderr, "%s\n", msg);
        drop_db();
        return;
    }
    CHECK_INT(nf_store_schema_version(s), nf_schema_current());
    CHECK_INT(count(s), 2);
    CHECK(fts_consistent(s));
    /* The old rows were indexed by the migration. */
    nf_status st;
    hits r = search(s, "lighthouse", 0, &st);
    CHECK_INT(st, NF_OK);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.match[0], "lighthouse");
    /* New rows are indexed as they come. */
    CHECK_INT(put1(s, make("new", NULL, "A lighthouse again, newer.", NULL)), 1);
    r = search(s, "lighthouse", 0, &st);
    CHECK_INT(r.n, 2);
    nf_store_close(s);
    drop_db();
}

static void test_search(void)
{
    fresh_db("search.db");
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (!s)
        return;
    const char *ja = "\xE6\x94\xBF\xE5\xBA\x9C\xE3\x81\xAF\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84"
                     "\xE5\xAE\x89\xE5\x85\xA8\xE4\xBF\x9D\xE9\x9A\x9C\xE3\x81\xAE"
                     "\xE6\x9E\xA0\xE7\xB5\x84\xE3\x81\xBF\xE3\x81\xAB\xE3\x81\xA4\xE3\x81\x84"
                     "\xE3\x81\xA6\xE5\x8D\x94\xE8\xAD\xB0\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82";
    /* 政府は新しい安全保障の枠組みについて協議した。 */
    const char *anzen = "\xE5\xAE\x89\xE5\x85\xA8\xE4\xBF\x9D\xE9\x9A\x9C"; /* 安全保障 */
    const char *seifu = "\xE6\x94\xBF\xE5\xBA\x9C";                         /* 政府 */
    CHECK_INT(nf_store_begin(s), NF_OK);
    nf_article *arts[] = {
        make("ja1", NULL, ja, "ja"),
        make("it1", "Vertice a Roma",
             "I ministri hanno discusso a lungo. Servono garanzie di sicurezza "
             "credibili per l\xE2\x80\x99Ucraina, hanno detto.", "it"),
        make("ro1", NULL, "Liderii au cerut garan\xC5\xA3ii ferme la summit.", "ro"),
        make("it2", "Sicurezza, sicurezza",
             "La sicurezza prima di tutto: la sicurezza dei porti e la sicurezza "
             "delle strade.", "it"),
        make("en1", NULL, "Nothing to see: \"quoted\" NEAR(words) * ^ col:umn.", "en"),
    };
    for (size_t i = 0; i < sizeof arts / sizeof arts[0]; i++) {
        int stored = 0;
        CHECK_INT(nf_store_put_article(s, arts[i], &stored), NF_OK);
        CHECK_INT(stored, 1);
        nf_article_free(arts[i]);
    }
    CHECK_INT(nf_store_commit(s), NF_OK);
    CHECK(fts_consistent(s));

    nf_status st;
    /* Japanese: a word typed alone is found inside a sentence. */
    hits r = search(s, anzen, 0, &st);
    CHECK_INT(st, NF_OK);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.id[0], "ja1");
    CHECK_STR(r.match[0], anzen);
    CHECK(strstr(r.snippet[0], anzen) != NULL);
    r = search(s, seifu, 0, &st);
    CHECK_INT(r.n, 1);
    CHECK_INT(r.span[0].start, 0);
    CHECK_STR(r.match[0], seifu);

    /* Italian, any case; ranking: the article saying it most (and in its
     * title) comes first. */
    r = search(s, "sicurezza", 0, &st);
    CHECK_INT(st, NF_OK);
    CHECK_INT(r.n, 2);
    CHECK_STR(r.id[0], "it2");
    CHECK_STR(r.id[1], "it1");
    CHECK(r.score[0] > r.score[1]);
    CHECK_STR(r.match[1], "sicurezza");
    CHECK(strstr(r.snippet[1], "garanzie di sicurezza") != NULL);
    hits up = search(s, "SICUREZZA", 0, &st);
    CHECK_INT(up.n, 2);
    CHECK_STR(up.id[1], "it1");
    CHECK_INT(up.span[1].start, r.span[1].start);
    /* All words must occur. */
    r = search(s, "garanzie SICUREZZA", 0, &st);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.id[0], "it1");
    r = search(s, "sicurezza lighthouse", 0, &st);
    CHECK_INT(st, NF_OK);
    CHECK_INT(r.n, 0);
    /* Typographic apostrophe in the text, straight one in the query. */
    r = search(s, "l'Ucraina", 0, &st);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.id[0], "it1");
    /* An elided word is found by its second part. */
    r = search(s, "Ucraina", 0, &st);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.match[0], "Ucraina");
    /* Limit. */
    r = search(s, "sicurezza", 1, &st);
    CHECK_INT(r.n, 1);

    /* Romanian: t-cedilla in the text, t-comma in the query. */
    r = search(s, "garan\xC8\x9Bii", 0, &st);
    CHECK_INT(st, NF_OK);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.id[0], "ro1");
    CHECK_STR(r.match[0], "garan\xC5\xA3ii");

    /* A word only in a title: a hit without a span in the text. */
    r = search(s, "roma", 0, &st);
    CHECK_INT(r.n, 1);
    CHECK_INT(r.span[0].start, 0);
    CHECK_INT(r.span[0].end, 0);

    /* FTS5 syntax in user input is plain text. */
    const char *nasty[] = { "\"quoted", "NEAR(words", "*", "col:umn", "^ NOT OR AND",
                            "\"\"\"", "a\" OR \"b" };
    for (size_t i = 0; i < sizeof nasty / sizeof nasty[0]; i++) {
        r = search(s, nasty[i], 0, &st);
        CHECK(st == NF_OK || st == NF_ERR_EMPTY);
    }
    r = search(s, "NEAR(words)", 0, &st);
    CHECK_INT(st, NF_OK);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.id[0], "en1");
    /* No words at all. */
    r = search(s, " ,;! ", 0, &st);
    CHECK_INT(st, NF_ERR_EMPTY);
    CHECK(strstr(nf_store_errmsg(s), "no words") != NULL);
    nf_store_close(s);
    drop_db();
}

static void test_snippet_bounds(void)
{
    fresh_db("snip.db");
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(dbpath, &s, NULL, 0), NF_OK);
    if (!s)
        return;
    /* A long text of two-byte letters: the snippet is cut around the
     * match on character boundaries and marked as cut. */
    char text[2048] = "";
    for (int i = 0; i < 60; i++)
        strcat(text, "\xC3\xA9t\xC3\xA9 ");
    strcat(text, "aiguille ");
    for (int i = 0; i < 60; i++)
        strcat(text, "\xC3\xA9t\xC3\xA9 ");
    CHECK_INT(put1(s, make("long", NULL, text, "fr")), 1);
    nf_status st;
    hits r = search(s, "aiguille", 0, &st);
    CHECK_INT(r.n, 1);
    CHECK_STR(r.match[0], "aiguille");
    CHECK(strstr(r.snippet[0], "aiguille") != NULL);
    CHECK(strncmp(r.snippet[0], "\xE2\x80\xA6", 3) == 0);
    CHECK(strlen(r.snippet[0]) < 200);
    CHECK(nf_utf8_valid(r.snippet[0], strlen(r.snippet[0])));
    nf_store_close(s);
    drop_db();
}

int main(void)
{
    RUN(test_open_create);
    RUN(test_put_twice);
    RUN(test_batches);
    RUN(test_each_and_get);
    RUN(test_open_errors);
    RUN(test_newer_schema);
    RUN(test_migrate_from_v0);
    RUN(test_migrate_from_v1);
    RUN(test_search);
    RUN(test_snippet_bounds);
    return nf_test_done();
}
