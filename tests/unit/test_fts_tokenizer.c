/* test_fts_tokenizer.c - the "newsfold" tokenizer alone and inside FTS5.
 *
 * Terms must be the matching form of the words, offsets must point at the
 * words in the text as given (whatever normalisation did to their
 * length), invalid UTF-8 must only break words, and FTS5's own
 * highlight() must mark the source characters. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "nf_test.h"
#include "core/buf.h"
#include "store/fts_tokenizer.h"
#include "text/text.h"

#define MAXTOK 64

typedef struct toks {
    int n;
    char term[MAXTOK][64];
    size_t start[MAXTOK], end[MAXTOK];
} toks;

static int collect(void *ctx, const char *term, size_t n, size_t start,
                   size_t end, int colocated)
{
    toks *t = ctx;
    if (colocated)
        return 0;   /* elision variants are checked in test_elision */
    if (t->n < MAXTOK) {
        snprintf(t->term[t->n], sizeof t->term[0], "%.*s", (int)n, term);
        t->start[t->n] = start;
        t->end[t->n] = end;
    }
    t->n++;
    return 0;
}

static toks run(nf_fts_tok *tk, const char *text, size_t len)
{
    toks t;
    memset(&t, 0, sizeof t);
    int stopped = -1;
    CHECK_INT(nf_fts_tok_run(tk, text, len, collect, &t, &stopped), NF_OK);
    CHECK_INT(stopped, 0);
    return t;
}

/* The matching form of s, as the text layer gives it. */
static void norm(const char *s, size_t n, char *out, size_t len)
{
    nf_buf b;
    nf_buf_init(&b, 0);
    CHECK_INT(nf_text_normalize(s, n, &b, NULL), NF_OK);
    snprintf(out, len, "%s", nf_buf_cstr(&b));
    nf_buf_free(&b);
}

/* Every token: a non-empty span inside the text, after the previous one,
 * whose text normalises to the term. */
static void check_spans(const char *text, size_t len, const toks *t)
{
    size_t prev = 0;
    for (int i = 0; i < t->n && i < MAXTOK; i++) {
        CHECK(t->start[i] < t->end[i]);
        CHECK(t->end[i] <= len);
        CHECK(t->start[i] >= prev);
        prev = t->end[i];
        char want[256];
        norm(text + t->start[i], t->end[i] - t->start[i], want, sizeof want);
        CHECK_STR(t->term[i], want);
    }
}

static void test_latin(void)
{
    nf_fts_tok *tk = nf_fts_tok_new();
    CHECK(tk != NULL);
    if (!tk)
        return;
    /* Romanian with t-cedilla; upper case; a typographic apostrophe. */
    const char *ro = "Garan\xC5\xA3ii de SECURITATE pentru l\xE2\x80\x99Ucraina.";
    toks t = run(tk, ro, strlen(ro));
    check_spans(ro, strlen(ro), &t);
    CHECK(t.n >= 4);
    if (t.n >= 3) {
        CHECK_STR(t.term[0], "garan\xC8\x9Bii");   /* comma below */
        CHECK_INT(t.start[0], 0);
        CHECK_INT(t.end[0], 9);                    /* "Garanţii": 9 bytes */
        CHECK_STR(t.term[1], "de");
        CHECK_STR(t.term[2], "securitate");
    }
    /* The apostrophe word keeps its straight apostrophe form. */
    int found = 0;
    for (int i = 0; i < t.n && i < MAXTOK; i++)
        found |= strstr(t.term[i], "ucraina") != NULL;
    CHECK(found);

    /* Full-width letters fold to ASCII; offsets stay in the source. */
    const char *fw = "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3 news";   /* ＡＢＣ */
    t = run(tk, fw, strlen(fw));
    CHECK_INT(t.n, 2);
    CHECK_STR(t.term[0], "abc");
    CHECK_INT(t.end[0], 9);
    CHECK_STR(t.term[1], "news");
    CHECK_INT(t.start[1], 10);

    /* Punctuation and spaces make no tokens. */
    t = run(tk, " -- ... !? ", 11);
    CHECK_INT(t.n, 0);
    t = run(tk, "", 0);
    CHECK_INT(t.n, 0);
    nf_fts_tok_free(tk);
}

static void test_japanese(void)
{
    nf_fts_tok *tk = nf_fts_tok_new();
    if (!tk)
        return;
    /* 政府は新しい安全保障の枠組みについて協議した。 */
    const char *ja = "\xE6\x94\xBF\xE5\xBA\x9C\xE3\x81\xAF\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84"
                     "\xE5\xAE\x89\xE5\x85\xA8\xE4\xBF\x9D\xE9\x9A\x9C\xE3\x81\xAE"
                     "\xE6\x9E\xA0\xE7\xB5\x84\xE3\x81\xBF\xE3\x81\xAB\xE3\x81\xA4\xE3\x81\x84"
                     "\xE3\x81\xA6\xE5\x8D\x94\xE8\xAD\xB0\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82";
    size_t len = strlen(ja);
    toks t = run(tk, ja, len);
    check_spans(ja, len, &t);
    /* Split into words by dictionary, not one token per sentence or per
     * character; the final full stop is no token. */
    CHECK(t.n >= 5);
    CHECK(t.n < 20);
    if (t.n > 0 && t.n <= MAXTOK)
        CHECK_INT(t.end[t.n - 1], len - 3);
    CHECK(t.n > 0 && strcmp(t.term[0], "\xE6\x94\xBF\xE5\xBA\x9C") == 0);   /* 政府 */
    nf_fts_tok_free(tk);
}

static void test_invalid_utf8(void)
{
    nf_fts_tok *tk = nf_fts_tok_new();
    if (!tk)
        return;
    const char bad[] = "abc\xFF" "def \xC3 ghi \xEF\xBF\xBD";
    toks t = run(tk, bad, sizeof bad - 1);
    CHECK(t.n >= 3);
    if (t.n >= 3) {
        CHECK_STR(t.term[0], "abc");
        CHECK_INT(t.start[0], 0);
        CHECK_INT(t.end[0], 3);
        CHECK_STR(t.term[1], "def");
        CHECK_INT(t.start[1], 4);
        CHECK_STR(t.term[2], "ghi");
        CHECK_INT(t.start[2], 10);
    }
    /* A word longer than NF_FTS_MAX_TERM is noise, not a term. */
    char longw[NF_FTS_MAX_TERM + 40];
    memset(longw, 'x', sizeof longw);
    memcpy(longw + sizeof longw - 4, " ok", 3);
    longw[sizeof longw - 1] = '\0';
    t = run(tk, longw, strlen(longw));
    CHECK_INT(t.n, 1);
    CHECK_STR(t.term[0], "ok");
    nf_fts_tok_free(tk);
}

typedef struct variants {
    int n;
    char term[8][32];
    size_t start[8], end[8];
    int coloc[8];
} variants;

static int collect_all(void *ctx, const char *term, size_t n, size_t start,
                       size_t end, int colocated)
{
    variants *v = ctx;
    if (v->n < 8) {
        snprintf(v->term[v->n], sizeof v->term[0], "%.*s", (int)n, term);
        v->start[v->n] = start;
        v->end[v->n] = end;
        v->coloc[v->n] = colocated;
    }
    v->n++;
    return 0;
}

static void test_elision(void)
{
    nf_fts_tok *tk = nf_fts_tok_new();
    if (!tk)
        return;
    /* dell’Europa (typographic apostrophe), don't, O'Brien. */
    const char *text = "dell\xE2\x80\x99" "Europa don't O'Brien";
    variants v;
    memset(&v, 0, sizeof v);
    CHECK_INT(nf_fts_tok_run(tk, text, strlen(text), collect_all, &v, NULL), NF_OK);
    CHECK_INT(v.n, 5);
    CHECK_STR(v.term[0], "dell'europa");
    CHECK_INT(v.coloc[0], 0);
    CHECK_STR(v.term[1], "europa");
    CHECK_INT(v.coloc[1], 1);
    CHECK_INT(v.start[1], 7);         /* after the 3-byte apostrophe */
    CHECK_INT(v.end[1], 13);
    CHECK_STR(v.term[2], "don't");    /* no "t" variant */
    CHECK_INT(v.coloc[3], 0);
    CHECK_STR(v.term[3], "o'brien");
    CHECK_STR(v.term[4], "brien");
    CHECK_INT(v.coloc[4], 1);
    CHECK_INT(v.start[4], 22);
    nf_fts_tok_free(tk);
}

static int stop_at_two(void *ctx, const char *term, size_t n, size_t start,
                       size_t end, int colocated)
{
    (void)term, (void)n, (void)start, (void)end, (void)colocated;
    return ++*(int *)ctx == 2 ? 42 : 0;
}

static void test_stop(void)
{
    nf_fts_tok *tk = nf_fts_tok_new();
    if (!tk)
        return;
    int calls = 0, stopped = 0;
    CHECK_INT(nf_fts_tok_run(tk, "one two three four", 18, stop_at_two, &calls,
                             &stopped), NF_OK);
    CHECK_INT(calls, 2);
    CHECK_INT(stopped, 42);
    nf_fts_tok_free(tk);
}

/* Returns the first column of the first row of `sql` (or ""). */
static void one(sqlite3 *db, const char *sql, const char *arg, char *out, size_t len)
{
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
        return;
    }
    if (arg)
        sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, len, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

static void test_in_fts5(void)
{
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
    CHECK_INT(nf_fts_register(db), SQLITE_OK);
    CHECK(sqlite3_exec(db,
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='" NF_FTS_TOKENIZER "');"
        "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row');"
        "INSERT INTO t VALUES ('Le GARAN\xC5\xA2II au fost discutate.');"
        "INSERT INTO t VALUES ('Garanzie di sicurezza per Kyiv.');",
        NULL, NULL, NULL) == SQLITE_OK);
    char out[256];
    /* The index holds matching forms. */
    one(db, "SELECT count(*) FROM v WHERE term = ?1", "garan\xC8\x9Bii", out, sizeof out);
    CHECK_STR(out, "1");
    one(db, "SELECT count(*) FROM v WHERE term = ?1", "GARAN\xC5\xA2II", out, sizeof out);
    CHECK_STR(out, "0");
    /* highlight() marks the source characters, by our offsets. */
    one(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1",
        "\"garan\xC8\x9Bii\"", out, sizeof out);
    CHECK_STR(out, "Le [GARAN\xC5\xA2II] au fost discutate.");
    one(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1",
        "\"SICUREZZA\"", out, sizeof out);
    CHECK_STR(out, "Garanzie di [sicurezza] per Kyiv.");
    /* Elided words are found by their second part, not the reverse. */
    CHECK(sqlite3_exec(db, "INSERT INTO t VALUES ('Aiuti all\xE2\x80\x99Ucraina.')",
                       NULL, NULL, NULL) == SQLITE_OK);
    one(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1",
        "\"ucraina\"", out, sizeof out);
    /* (highlight() marks positions: the whole word holding the variant) */
    CHECK_STR(out, "Aiuti [all\xE2\x80\x99Ucraina].");
    one(db, "SELECT count(*) FROM t WHERE t MATCH ?1", "\"all'ucraina\"", out, sizeof out);
    CHECK_STR(out, "1");
    one(db, "SELECT count(*) FROM t WHERE t MATCH ?1", "\"all\"", out, sizeof out);
    CHECK_STR(out, "0");
    /* Arguments are refused. */
    CHECK(sqlite3_exec(db, "CREATE VIRTUAL TABLE u USING fts5(b, tokenize='"
                       NF_FTS_TOKENIZER " extra')", NULL, NULL, NULL) != SQLITE_OK);
    sqlite3_close(db);
}

int main(void)
{
    RUN(test_latin);
    RUN(test_japanese);
    RUN(test_invalid_utf8);
    RUN(test_elision);
    RUN(test_stop);
    RUN(test_in_fts5);
    return nf_test_done();
}
