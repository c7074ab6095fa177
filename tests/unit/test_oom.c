/* test_oom.c - out-of-memory faults, one allocation at a time, through
 * every public entry point that matters.
 *
 * What is injected: this executable is linked with
 * -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,
 * --wrap=strndup,--wrap=free (CMakeLists.txt), so every allocation made
 * by newsfold's own code (the static library and this test) goes through
 * the __wrap_* functions of oom_inject.h, which can make it fail.  Only references
 * in newsfold's objects are rewritten by the linker: libxml2, SQLite,
 * ICU, cJSON, zlib and libc (fopen, open_memstream) keep allocating
 * normally, so their own out-of-memory handling is not tested here
 * (SQLite's is SQLite's business); what newsfold does when they report
 * it is tested where our own callbacks inside them fail (the full-text
 * tokenizer inside SQLite).
 *
 * How: each scenario is run unarmed three times (a warm-up, so that
 * lazily loaded models are in place; a counted run giving K allocations,
 * the reference output and the call site, i.e. the return address, of
 * each; a run checking that all that is repeatable).  Then, for N = 1..K
 * when K is small, else the first call of every call site plus a stride,
 * the scenario runs again with allocation N failing, once alone and once
 * with every later allocation failing too (so that the failure paths'
 * own allocations fail), and the test checks that
 *   - it does not crash (ASan/UBSan in the sanitizer build);
 *   - nothing allocated during the run is still live afterwards (the
 *     wrappers keep a table of live blocks, so a leak on a failure path
 *     is reported with its N in both builds; LSan checks again at exit);
 *   - the entry point either reports NF_ERR_NOMEM, or succeeds with
 *     exactly the reference output (the failed allocation was optional);
 *     a different output claimed as success is a failure.
 * For the store, a batch committed before the failing one must still be
 * readable, whole, afterwards, and the database must pass an integrity
 * check; and when memory is back, the same store handle must take the
 * failed batch again and end exactly as if nothing had failed.  Likewise
 * a pipeline that failed must, with memory back, analyse everything
 * again into exactly the reference record.
 *
 * Scenarios: reading plain text (UTF-8 and windows-1252), JSON Lines,
 * HTML, RSS, Atom and WARC (plain and gzip) from memory, and a folder
 * from disk (each article rendered as JSON); the whole in-memory
 * pipeline (analyze: reader, langid, segmentation, entities, facts,
 * folding, the record's JSON, in four languages and three scripts); the
 * store (creating one, a batch of analysed articles, reading back:
 * articles, search, entities, stories).  All fixtures are written for
 * this test (oom_fixtures.h); the sweep is in oom_sweep.h.
 *
 * Finding a failure: NF_OOM_ONLY="scenario:N" runs that N only,
 * NF_OOM_TRACE=1 prints the failing call's stack (NF_OOM_TRACE=<call>
 * that of another call), NF_OOM_VERBOSE=1 both outputs, NF_OOM_LEAKS=1
 * the stacks of leaked blocks, NF_OOM_DUMP=scenario the reference; use
 * `addr2line -f -i -e test_oom +OFFSET` on the offsets printed.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "newsfold.h"
#include "nf_test.h"
#include "oom_inject.h"
#include "oom_sweep.h"
#include "oom_fixtures.h"

/* ---- scenarios: reading ------------------------------------------------ */

static nf_status read_one(void *ctx, char **out)
{
    return read_all(ctx, 1, 0, out);
}

/* Number of articles in an output of read_all or read_dir. */
static size_t count_articles(const char *out)
{
    size_t n = 0;
    for (const char *p = out; p && (p = strstr(p, "{\"id\"")); p++)
        n++;
    return n;
}

static void test_read_formats(void)
{
    for (size_t i = 0; i < NF_OOM_INPUTS; i++) {
        char *out = NULL;
        /* each fixture must make at least one article, else the sweep
         * over it would prove little */
        CHECK_INT(read_all(&g_inputs[i], 1, 0, &out), NF_OK);
        CHECK(count_articles(out) >= 1);
        if (g_inputs[i].format == NF_FORMAT_WARC || i == 6)
            CHECK_INT(count_articles(out), 3);   /* plain, chunked, gzip */
        free(out);
        sweep(g_inputs[i].name, read_one, &g_inputs[i], NULL);
    }
}

/* ---- scenario: a folder read from disk --------------------------------- */

/* Folder for scratch files: /dev/shm when there is one (the store's
 * hundreds of commits then cost no disk syncs), else /tmp. */
static const char *scratch_root(void)
{
    struct stat sb;
    return stat("/dev/shm", &sb) == 0 && S_ISDIR(sb.st_mode) &&
                   access("/dev/shm", W_OK) == 0
               ? "/dev/shm"
               : "/tmp";
}

/* Writes len bytes to dir/rel; 0 on success. */
static int write_file(const char *dir, const char *rel, const char *data,
                      size_t len)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fwrite(data, 1, len, f) == len;
    return (fclose(f) == 0 && ok) ? 0 : -1;
}

/* Reads the folder `ctx` (a path) with format detection. */
static nf_status read_dir(void *ctx, char **out)
{
    char *buf = NULL;
    size_t blen = 0;
    FILE *m = open_memstream(&buf, &blen);
    if (!m)
        return NF_ERR_IO;
    nf_reader *r = nf_reader_new(NULL);
    nf_status st = r ? nf_reader_add_path(r, ctx) : NF_ERR_NOMEM;
    while (!st) {
        nf_article *a = NULL;
        if ((st = nf_reader_next(r, &a)) || !a)
            break;
        st = nf_article_write_json(a, m, NF_JSON_NO_TEXT);
        fputc('\n', m);
        nf_article_free(a);
    }
    if (!st)
        put_reader_stats(m, r);
    nf_reader_free(r);
    fclose(m);
    if (st) {
        free(buf);
        buf = NULL;
    }
    *out = buf;
    return st;
}

static void test_read_dir(void)
{
    char dir[64], sub1[96], sub2[128];
    snprintf(dir, sizeof dir, "%s/nf_test_oom_dir_XXXXXX", scratch_root());
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        CHECK(0);
        return;
    }
    snprintf(sub1, sizeof sub1, "%s/sub", dir);
    snprintf(sub2, sizeof sub2, "%s/sub/deeper", dir);
    CHECK(mkdir(sub1, 0700) == 0 && mkdir(sub2, 0700) == 0);
    static const char *const rel[] = { "ferries.txt", "cafes.txt",
        "sub/bridge.jsonl", "sub/library.html", "sub/deeper/valley.xml",
        "sub/deeper/market.warc", ".hidden.txt" };
    const input *src[] = { &g_inputs[0], &g_inputs[7], &g_inputs[1],
                           &g_inputs[2], &g_inputs[3], &g_inputs[5],
                           &g_inputs[0] };
    for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++)
        CHECK(write_file(dir, rel[i], src[i]->data, src[i]->len) == 0);
    char *out = NULL;
    CHECK_INT(read_dir(dir, &out), NF_OK);
    /* every visible file made its articles (plain x2, jsonl x2, html,
     * feed x2, warc x3), the hidden one none */
    CHECK_INT(count_articles(out), 10);
    free(out);
    sweep("folder", read_dir, dir, NULL);
    for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, rel[i]);
        unlink(path);
    }
    rmdir(sub2);
    rmdir(sub1);
    rmdir(dir);
}

/* ---- scenario: the whole in-memory pipeline ---------------------------- */

static nf_status analyze_all(void *ctx, char **out)
{
    (void)ctx;
    return read_all(g_inputs, NF_OOM_INPUTS, 1, out);
}

/* A long article (about 11 KB) made from templates, so that arenas,
 * buffers and arrays grow past their first sizes. */
static char *long_article(size_t *len)
{
    static const char *const who[] = { "Lena Ortiz", "Owen Pryce", "Ada Moss",
                                       "Tomas Reyna", "Ines Carvalho" };
    static const char *const where[] = { "Valmora", "Kerrow", "Darnholm",
                                         "Eastport", "Soren", "Brask" };
    static const char *const how[] = { "calm", "slow", "busy", "closed" };
    nf_buf b;
    nf_buf_init(&b, 0);
    nf_buf_puts(&b, "Harbour log of the northern coast\n\n");
    for (int i = 0; i < 80; i++) {
        nf_buf_printf(&b, "On %d May the harbour office of %s counted %d "
                      "ships, and inspector %s said the quay was %s. ",
                      1 + i % 28, where[i % 6], 10 + (i * 7) % 90, who[i % 5],
                      how[i % 4]);
        if (i % 7 == 3)
            nf_buf_printf(&b, "\"We expect %d more by Friday,\" said %s. ",
                          i % 13 + 2, who[(i + 2) % 5]);
        if (i % 10 == 9)
            nf_buf_puts(&b, "\n\n");
    }
    return nf_buf_detach(&b, len);
}

static nf_status analyze_long(void *ctx, char **out)
{
    return read_all(ctx, 1, 1, out);
}

/* analyze; and when that runs out of memory, analyze everything again
 * with memory back and the same pipeline: what a failure left in the
 * pipeline (cached iterators, scratch buffers) must not change the
 * record.  (An error other than NF_ERR_NOMEM, or a wrong record, from the
 * first attempt is returned as it is.) */
static nf_status analyze_again(void *ctx, char **out)
{
    (void)ctx;
    nf_pipeline *pl = nf_pipeline_new();
    if (!pl)
        return NF_ERR_NOMEM;
    nf_status st = read_with(g_inputs, NF_OOM_INPUTS, 1, pl, out);
    if (st == NF_ERR_NOMEM && oom.fired && !oom.persistent) {   /* (time) */
        oom.fail_at = 0;
        oom.persistent = 0;
        st = read_with(g_inputs, NF_OOM_INPUTS, 1, pl, out);
    }
    nf_pipeline_free(pl);
    return st;
}

static void test_analyze(void)
{
    char *out = NULL;
    CHECK_INT(analyze_all(NULL, &out), NF_OK);
    CHECK(out && strstr(out, "\"language\"") != NULL);
    free(out);
    sweep("analyze", analyze_again, NULL, NULL);
    size_t len;
    char *text = long_article(&len);
    input in = { "long.txt", text, len, NF_FORMAT_TEXT };
    sweep("analyze long", analyze_long, &in, NULL);
    free(text);
}

/* ---- scenarios: the store ---------------------------------------------- */

typedef struct store_ctx {
    char dir[64];
    char path[128];
    char pristine[128];
    nf_article *first[6];    /* committed before the failing batch */
    nf_article *second[4];   /* the batch that may fail            */
    size_t n_first, n_second;
    unsigned long retries;   /* batches taken again after failing */
} store_ctx;

/* The pipeline of the store's scenarios, made once (it is slow to make). */
static nf_pipeline *g_store_pipeline;

/* Reads and analyses the inputs into `arts` (at most max); returns the
 * number made. */
static size_t analysed(const input *in, size_t n_in, nf_article **arts,
                       size_t max)
{
    size_t n = 0;
    nf_pipeline *pl = g_store_pipeline;
    for (size_t i = 0; i < n_in && pl; i++) {
        nf_reader_options ro = { .format = in[i].format };
        nf_reader *r = nf_reader_new(&ro);
        nf_reader_add_buffer(r, in[i].name, in[i].data, in[i].len);
        nf_article *a;
        while (nf_reader_next(r, &a) == NF_OK && a) {
            if (n < max && nf_pipeline_run(pl, a) == NF_OK)
                arts[n++] = a;
            else
                nf_article_free(a);
        }
        nf_reader_free(r);
    }
    return n;
}

/* The first batch, analysed (at most 6): the plain text and the four
 * languages of world.jsonl, where one person is named in Latin and in
 * Cyrillic letters (an entity whose variants widen a search). */
static size_t first_batch(nf_article **arts)
{
    size_t n = analysed(g_inputs, 1, arts, 6);
    return n + analysed(g_inputs + 8, 1, arts + n, 6 - n);
}

static int copy_file(const char *from, const char *to)
{
    FILE *f = fopen(from, "rb"), *t = fopen(to, "wb");
    int ok = f && t;
    char b[65536];
    size_t n;
    while (ok && (n = fread(b, 1, sizeof b, f)) > 0)
        ok = fwrite(b, 1, n, t) == n;
    if (f)
        fclose(f);
    if (t && fclose(t))
        ok = 0;
    return ok ? 0 : -1;
}

/* Removes the store's files (database, WAL, shared memory). */
static void remove_db(const char *path)
{
    char p[160];
    unlink(path);
    snprintf(p, sizeof p, "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", path);
    unlink(p);
}

/* Puts a batch; rolls back when something fails. */
static nf_status put_batch(nf_store *s, nf_article **arts, size_t n)
{
    nf_status st = nf_store_begin(s);
    for (size_t i = 0; i < n && !st; i++) {
        int stored = 0;
        st = nf_store_put_article(s, arts[i], &stored);
        if (!st && !stored)
            st = NF_ERR_INTERNAL;   /* every fixture article is new */
    }
    if (st) {
        nf_store_rollback(s);
        return st;
    }
    return nf_store_commit(s);
}

typedef struct walk_ctx {
    FILE *m;
    nf_status st;
} walk_ctx;

static int walk_one(void *ctx, const nf_article *a)
{
    walk_ctx *w = ctx;
    size_t len;
    const char *text = nf_article_text(a, &len);
    fprintf(w->m, "%s %s %zu %016llx\n", nf_article_id(a),
            nf_article_language(a) ? nf_article_language(a) : "-", len,
            (unsigned long long)nf_article_content_hash(a));
    (void)text;
    return 0;
}

static int hit_one(void *ctx, const nf_search_hit *h)
{
    walk_ctx *w = ctx;
    fprintf(w->m, "hit %s [%zu,%zu] %s\n", nf_article_id(h->article),
            h->match.start, h->match.end, h->snippet);
    return 0;
}

static int story_one(void *ctx, const nf_story_info *st)
{
    walk_ctx *w = ctx;
    fprintf(w->m, "story %lld line %lld %s %s..%s %s %zu/%zu\n", st->id,
            st->storyline, st->title ? st->title : "-",
            st->first ? st->first : "-", st->last ? st->last : "-",
            st->languages ? st->languages : "-", st->n_articles, st->n_reports);
    return 0;
}

/* Lists the store: every article, one by id, searches, the entities and
 * the stories; into *out. */
static nf_status list_store(nf_store *s, const char *id, char **out)
{
    char *buf = NULL;
    size_t blen = 0;
    walk_ctx w = { open_memstream(&buf, &blen), NF_OK };
    if (!w.m)
        return NF_ERR_IO;
    unsigned long long count = 0;
    nf_status st = nf_store_article_count(s, &count);
    if (!st) {
        fprintf(w.m, "count %llu\n", count);
        st = nf_store_each_article(s, walk_one, &w);
    }
    if (!st && id) {
        nf_article *a = NULL;
        st = nf_store_get_article(s, id, &a);
        if (!st) {
            walk_one(&w, a);
            nf_article_free(a);
        }
    }
    if (!st)   /* an entity (the first search loads the store's entities):
                  its Cyrillic variant finds one more article */
        st = nf_store_search(s, "Petra Lind", 0, hit_one, &w);
    if (!st)
        st = nf_store_search(s, "ferries", 0, hit_one, &w);
    if (!st)
        st = nf_store_search(s, "market hall", 0, hit_one, &w);
    nf_entities *ents = NULL;
    if (!st)
        st = nf_store_entities(s, &ents);
    if (!st && ents) {
        st = nf_entities_write_json(ents, w.m, 0, 0);
        long long stories[8];
        size_t ns = 0;
        for (size_t i = 0; i < nf_entities_count(ents) && !st; i++) {
            st = nf_store_entity_stories(s, i, stories, 8, &ns);
            fprintf(w.m, " %zu:%zu", i, ns);
        }
        fputc('\n', w.m);
    }
    if (!st)
        st = nf_store_each_story(s, "en", 0, story_one, &w);
    if (!st)
        st = nf_store_story(s, 1, NULL, story_one, walk_one, &w);
    fclose(w.m);
    if (st) {
        free(buf);
        buf = NULL;
    }
    *out = buf;
    return st;
}

/* Opens a fresh copy of the store holding the first batch, puts the
 * second batch, lists what is there.  The second batch is analysed
 * afresh each time (unarmed): storing writes the resolved entity ids into
 * the article's own arena, so articles stored again and again would grow
 * and look like leaks. */
static nf_status store_batch(void *ctx, char **out)
{
    store_ctx *c = ctx;
    *out = NULL;
    int active = oom.active;
    oom.active = 0;
    remove_db(c->path);
    int copied = copy_file(c->pristine, c->path);
    nf_article *arts[4];
    size_t n = analysed(g_inputs + 1, 5, arts, 4);
    oom.active = active;
    if (copied || n != c->n_second) {
        for (size_t i = 0; i < n; i++)
            nf_article_free(arts[i]);
        return NF_ERR_IO;
    }
    nf_store *s = NULL;
    nf_status st = nf_store_open(c->path, &s, NULL, 0);
    if (!st)
        st = put_batch(s, arts, n);
    if (st == NF_ERR_NOMEM && s && oom.fired) {
        /* memory is back: the same handle must take the same batch again
         * and end as if nothing had failed (no stale in-memory state) */
        oom.fail_at = 0;
        oom.persistent = 0;
        c->retries++;
        st = put_batch(s, arts, n);
        if (st)
            fprintf(stderr, "store batch: retry after a failed batch: %s (%s)\n",
                    nf_strerror(st), nf_store_errmsg(s));
    }
    for (size_t i = 0; i < n; i++)
        nf_article_free(arts[i]);
    if (!st)
        st = list_store(s, nf_article_id(c->second[0]), out);
    if (st && s && getenv("NF_OOM_VERBOSE"))
        fprintf(stderr, "store: %s\n", nf_store_errmsg(s));
    nf_store_close(s);
    return st;
}

/* Creates a store, puts the first batch, lists it. */
static nf_status store_create(void *ctx, char **out)
{
    store_ctx *c = ctx;
    *out = NULL;
    int active = oom.active;
    oom.active = 0;
    remove_db(c->path);
    nf_article *arts[6];
    size_t n = first_batch(arts);
    oom.active = active;
    nf_store *s = NULL;
    char err[256];
    nf_status st = nf_store_open(c->path, &s, err, sizeof err);
    if (!st)
        st = put_batch(s, arts, n);
    for (size_t i = 0; i < n; i++)
        nf_article_free(arts[i]);
    if (!st)
        st = list_store(s, nf_article_id(c->first[0]), out);
    nf_store_close(s);
    return st;
}

/* After a run of store_batch: the first batch is readable, whole, the
 * second is there entirely or not at all, and the database is sound. */
static int store_check(void *ctx, nf_status st)
{
    store_ctx *c = ctx;
    nf_store *s = NULL;
    int bad = 0;
    if (nf_store_open(c->path, &s, NULL, 0))
        return 1;
    unsigned long long count = 0;
    if (nf_store_article_count(s, &count))
        bad = 1;
    else if (count != c->n_first && count != c->n_first + c->n_second)
        bad = 1;
    else if (st == NF_OK && count != c->n_first + c->n_second)
        bad = 1;
    for (size_t i = 0; i < c->n_first && !bad; i++) {
        nf_article *a = NULL;
        if (nf_store_get_article(s, nf_article_id(c->first[i]), &a)) {
            bad = 1;
            break;
        }
        size_t l1, l2;
        const char *t1 = nf_article_text(a, &l1), *t2 = nf_article_text(c->first[i], &l2);
        if (l1 != l2 || memcmp(t1, t2, l1) != 0)
            bad = 1;
        nf_article_free(a);
    }
    nf_store_close(s);
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(c->path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *q = NULL;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &q, NULL) != SQLITE_OK ||
            sqlite3_step(q) != SQLITE_ROW ||
            strcmp((const char *)sqlite3_column_text(q, 0), "ok") != 0)
            bad = 1;
        sqlite3_finalize(q);
    } else {
        bad = 1;
    }
    sqlite3_close(db);
    return bad;
}

/* Opens the store with the first batch and lists it (read side only). */
static nf_status store_read(void *ctx, char **out)
{
    store_ctx *c = ctx;
    *out = NULL;
    nf_store *s = NULL;
    nf_status st = nf_store_open(c->pristine, &s, NULL, 0);
    if (!st)
        st = list_store(s, nf_article_id(c->first[0]), out);
    nf_store_close(s);
    return st;
}

static void test_store(void)
{
    store_ctx c;
    memset(&c, 0, sizeof c);
    snprintf(c.dir, sizeof c.dir, "%s/nf_test_oom_XXXXXX", scratch_root());
    if (!mkdtemp(c.dir)) {
        perror("mkdtemp");
        CHECK(0);
        return;
    }
    snprintf(c.path, sizeof c.path, "%s/work.db", c.dir);
    snprintf(c.pristine, sizeof c.pristine, "%s/first.db", c.dir);
    g_store_pipeline = nf_pipeline_new();
    CHECK(g_store_pipeline != NULL);
    c.n_first = first_batch(c.first);
    c.n_second = analysed(g_inputs + 1, 5, c.second, 4);      /* the rest */
    CHECK(c.n_first == 5 && c.n_second >= 3);
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(c.pristine, &s, NULL, 0), NF_OK);
    if (s)
        CHECK_INT(put_batch(s, c.first, c.n_first), NF_OK);
    nf_store_close(s);

    if (c.n_first && c.n_second) {
        sweep("store create", store_create, &c, NULL);
        sweep("store read", store_read, &c, NULL);
        sweep("store batch", store_batch, &c, store_check);
        fprintf(stderr, "store batch: %lu failed batches taken again\n", c.retries);
        CHECK(c.retries > 0);
    }
    for (size_t i = 0; i < c.n_first; i++)
        nf_article_free(c.first[i]);
    for (size_t i = 0; i < c.n_second; i++)
        nf_article_free(c.second[i]);
    nf_pipeline_free(g_store_pipeline);
    g_store_pipeline = NULL;
    remove_db(c.path);
    remove_db(c.pristine);
    rmdir(c.dir);
}

int main(void)
{
    clock_t t0 = clock();
    if (getenv("NF_OOM_LEAKS"))
        live_stack = __real_calloc(NF_OOM_LIVE_SIZE, sizeof *live_stack);
    fixtures();
    RUN(test_read_formats);
    RUN(test_read_dir);
    RUN(test_analyze);
    RUN(test_store);
    free(g_warc);
    free(g_warc_gz);
    __real_free(live_stack);
    fprintf(stderr, "test_oom: %zu distinct call sites failed at least once; "
            "%.1f s CPU\n", n_all_sites, (double)(clock() - t0) / CLOCKS_PER_SEC);
    return nf_test_done();
}

