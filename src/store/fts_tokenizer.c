/* fts_tokenizer.c - the "newsfold" FTS5 tokenizer over the text layer.
 *
 * SQLite's own tokenizers split on spaces (unicode61) or on characters
 * (trigram), which is wrong for Japanese, Chinese and Thai news and does
 * not know newsfold's matching form.  This one asks the text layer for
 * words (ICU dictionaries for scripts without spaces) and gives each word
 * its matching form as the term, with byte offsets into the text as given.
 * Pure-ASCII words take a fast path (lower-casing is their whole matching
 * form), which keeps indexing of Latin-script text cheap.
 */
#include "store/fts_tokenizer.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "text/text.h"

struct nf_fts_tok {
    nf_segmenter *seg;
    nf_buf term;        /* matching form of the current word */
};

nf_status nf_fts_tok_open(nf_fts_tok **out)
{
    assert(out);
    *out = NULL;
    nf_fts_tok *t = calloc(1, sizeof *t);
    if (!t)
        return NF_ERR_NOMEM;
    nf_status st = nf_segmenter_open(&t->seg);
    if (st) {
        free(t);
        return st;
    }
    nf_buf_init(&t->term, 1u << 20);
    *out = t;
    return NF_OK;
}

nf_fts_tok *nf_fts_tok_new(void)
{
    nf_fts_tok *t;
    return nf_fts_tok_open(&t) ? NULL : t;
}

void nf_fts_tok_free(nf_fts_tok *t)
{
    if (!t)
        return;
    nf_segmenter_free(t->seg);
    nf_buf_free(&t->term);
    free(t);
}

/* State of one nf_fts_tok_run() call, seen by the word callback. */
typedef struct tok_run {
    nf_fts_tok *t;
    const char *text;     /* start of the segmented run        */
    size_t base;          /* offset of `text` in the caller's text */
    nf_fts_token_fn fn;
    void *ctx;
    int stopped;          /* fn's non-zero return              */
    nf_status status;     /* failure inside the callback       */
} tok_run;

/* Longest elided prefix ("quell'") and shortest remainder considered. */
#define NF_ELISION_PREFIX 6
#define NF_ELISION_REST 2

/* Emits the colocated remainder of an elided word (see the header):
 * `w` (n bytes at offset `at`) is the source word, r->t->term its term.
 * Returns fn's value. */
static int elision(tok_run *r, const char *w, size_t n, size_t at)
{
    const char *term = r->t->term.data;
    size_t tn = r->t->term.len;
    const char *q = memchr(term, '\'', tn);
    if (!q || q == term || (size_t)(q - term) > NF_ELISION_PREFIX ||
        tn - (size_t)(q - term) - 1 < NF_ELISION_REST)
        return 0;
    /* The apostrophe in the source: ', U+2019 or U+02BC. */
    size_t i = 0, skip = 0;
    for (; i < n && !skip; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c == '\'')
            skip = 1;
        else if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
                 (unsigned char)w[i + 2] == 0x99)
            skip = 3;
        else if (c == 0xCA && i + 1 < n && (unsigned char)w[i + 1] == 0xBC)
            skip = 2;
    }
    if (!skip)
        return 0;
    size_t from = i - 1 + skip;
    if (from >= n)
        return 0;
    return r->fn(r->ctx, q + 1, tn - (size_t)(q - term) - 1, at + from, at + n, 1);
}

/* Span callback of nf_segment_words: normalises the word and hands it
 * on.  Returns non-zero to stop segmentation. */
static int on_word(void *ctx, size_t start, size_t end)
{
    tok_run *r = ctx;
    const char *w = r->text + start;
    size_t n = end - start;
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)w[i] >= 0x80) {
            ascii = 0;
            break;
        }
    nf_buf_reset(&r->t->term);
    nf_status st;
    if (ascii) {
        st = nf_buf_reserve(&r->t->term, n);
        if (!st) {
            char *d = r->t->term.data;
            for (size_t i = 0; i < n; i++)
                d[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
            d[n] = '\0';
            r->t->term.len = n;
        }
    } else {
        st = nf_text_normalize(w, n, &r->t->term, NULL);
    }
    if (st) {
        r->status = st;
        return 1;
    }
    size_t tn = r->t->term.len;
    if (tn == 0 || tn > NF_FTS_MAX_TERM)
        return 0;
    int rc = r->fn(r->ctx, r->t->term.data, tn, r->base + start, r->base + end, 0);
    if (!rc)
        rc = elision(r, w, n, r->base + start);
    if (rc) {
        r->stopped = rc;
        return 1;
    }
    return 0;
}

/* Segments one valid UTF-8 run text[0..len) that starts at `base`. */
static nf_status run_valid(tok_run *r, const char *text, size_t len,
                           size_t base)
{
    if (len == 0)
        return NF_OK;
    r->text = text;
    r->base = base;
    nf_status st = nf_segment_words(r->t->seg, text, len, NULL, on_word, r);
    if (r->status)
        return r->status;
    return st;
}

/* Returns 1 when the sequence of `n` bytes at p is an encoded U+FFFD
 * rather than an invalid sequence the decoder replaced. */
static int is_real_fffd(const char *p, size_t n)
{
    return n == 3 && (unsigned char)p[0] == 0xEF &&
           (unsigned char)p[1] == 0xBF && (unsigned char)p[2] == 0xBD;
}

nf_status nf_fts_tok_run(nf_fts_tok *t, const char *text, size_t len,
                         nf_fts_token_fn fn, void *ctx, int *stopped)
{
    assert(t && fn && (text || len == 0));
    tok_run r = { .t = t, .fn = fn, .ctx = ctx };
    nf_status st = NF_OK;
    if (stopped)
        *stopped = 0;
    if (nf_utf8_valid(text, len)) {
        st = run_valid(&r, text, len, 0);
    } else {
        /* Tokenise each maximal valid run on its own. */
        const char *end = text + len, *p = text, *run = text;
        while (p < end && !st && !r.stopped) {
            unsigned cp;
            size_t n = nf_utf8_decode(p, end, &cp);
            if (cp == 0xFFFD && !is_real_fffd(p, n)) {
                st = run_valid(&r, run, (size_t)(p - run), (size_t)(run - text));
                run = p + n;
            }
            p += n;
        }
        if (!st && !r.stopped)
            st = run_valid(&r, run, (size_t)(end - run), (size_t)(run - text));
    }
    if (stopped)
        *stopped = r.stopped;
    return st;
}

/* ---- FTS5 glue ---------------------------------------------------------- */

/* Carries FTS5's token callback through nf_fts_tok_run. */
typedef struct fts_ctx {
    void *ctx;
    int (*x_token)(void *, int, const char *, int, int, int);
    int query;            /* tokenising a query: no variants */
} fts_ctx;

/* Passes one token to FTS5; a non-OK SQLite code stops the walk. */
static int fts_on_token(void *ctx, const char *term, size_t n, size_t start,
                        size_t end, int colocated)
{
    fts_ctx *c = ctx;
    if (colocated && c->query)
        return 0;
    return c->x_token(c->ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, term,
                      (int)n, (int)start, (int)end);
}

/* fts5_tokenizer.xCreate: takes no arguments. */
static int fts_create(void *user, const char **argv, int argc,
                      Fts5Tokenizer **out)
{
    (void)user;
    (void)argv;
    *out = NULL;
    if (argc != 0)
        return SQLITE_ERROR;
    nf_fts_tok *t = NULL;
    nf_status st = nf_fts_tok_open(&t);
    if (st)
        return st == NF_ERR_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

/* fts5_tokenizer.xDelete. */
static void fts_delete(Fts5Tokenizer *p)
{
    nf_fts_tok_free((nf_fts_tok *)p);
}

/* fts5_tokenizer.xTokenize: the same tokens for documents and queries. */
static int fts_tokenize(Fts5Tokenizer *p, void *ctx, int flags,
                        const char *text, int len,
                        int (*x_token)(void *, int, const char *, int, int, int))
{
    if (len <= 0)
        return SQLITE_OK;
    fts_ctx c = { ctx, x_token, (flags & FTS5_TOKENIZE_QUERY) != 0 };
    int stopped = 0;
    nf_status st = nf_fts_tok_run((nf_fts_tok *)p, text, (size_t)len,
                                  fts_on_token, &c, &stopped);
    if (stopped)
        return stopped;
    if (st == NF_ERR_NOMEM)
        return SQLITE_NOMEM;
    return st ? SQLITE_ERROR : SQLITE_OK;
}

int nf_fts_register(sqlite3 *db)
{
    assert(db);
    fts5_api *api = NULL;
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
    rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE ? SQLITE_ERROR : rc;
    if (!api || api->iVersion < 2)
        return SQLITE_ERROR;
    fts5_tokenizer tok = { fts_create, fts_delete, fts_tokenize };
    return api->xCreateTokenizer(api, NF_FTS_TOKENIZER, NULL, &tok, NULL);
}
