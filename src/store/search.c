/* search.c - full-text search over the stored articles.
 *
 * The user's query is cut into phrases: maximal runs of words that touch
 * each other in the query (a Japanese compound the segmenter splits, or
 * "e-mail" -> nothing between "e" and "mail" but a hyphen is a gap, so
 * those are two words).  Every phrase must occur (AND).  Each phrase is
 * given to FTS5 as a quoted string, so FTS5 syntax in user input (NEAR,
 * *, ^, :, parentheses) is inert; FTS5 tokenises it with the same
 * "newsfold" tokenizer, and we tokenise the same string to know its
 * terms.  Hits are ranked by bm25 (title weighted twice the text).  The
 * match span is the first place in the article text where a phrase's
 * terms occur in a row (an elision variant counts: "Ucraina" matches
 * the "Ucraina" of "l'Ucraina"); the snippet is about 60 bytes either side of it,
 * cut on UTF-8 boundaries.
 */
#include "store/store_int.h"
#include "store/entities_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/grow.h"

#define NF_SEARCH_DEFAULT_LIMIT 20
#define NF_SEARCH_MAX_LIMIT ((size_t)1 << 30)
#define NF_SEARCH_MAX_TERMS 256       /* terms in one query */
#define NF_SNIPPET_CONTEXT 60         /* bytes either side of the match */

/* One token: its term (in a shared nf_buf) and its span in the text. */
typedef struct tok {
    size_t off, len;      /* term bytes in the list's buffer */
    size_t start, end;    /* span in the tokenised text      */
} tok;

/* A growable list of tokens. */
typedef struct tok_list {
    tok *v;
    size_t n, cap, max;   /* max = 0: unbounded */
    nf_buf terms;
} tok_list;

/* Makes an empty list holding at most `max` tokens (0 = unbounded). */
static void tl_init(tok_list *l, size_t max)
{
    memset(l, 0, sizeof *l);
    l->max = max;
    nf_buf_init(&l->terms, 0);
}

/* Frees the list's memory; it is empty afterwards. */
static void tl_free(tok_list *l)
{
    free(l->v);
    nf_buf_free(&l->terms);
    memset(l, 0, sizeof *l);
}

/* Empties the list, keeping its memory. */
static void tl_reset(tok_list *l)
{
    l->n = 0;
    nf_buf_reset(&l->terms);
}

/* Appends a token; returns NF_ERR_TOO_LARGE past max. */
static nf_status tl_push(tok_list *l, const char *term, size_t n, size_t start,
                         size_t end)
{
    if (l->max && l->n >= l->max)
        return NF_ERR_TOO_LARGE;
    if (nf_grow(&l->v, &l->cap, l->n, sizeof *l->v, 32))
        return NF_ERR_NOMEM;
    nf_status st = nf_buf_append(&l->terms, term, n);
    if (st)
        return st;
    l->v[l->n++] = (tok){ l->terms.len - n, n, start, end };
    return NF_OK;
}

/* Term of token i. */
static const char *tl_term(const tok_list *l, size_t i)
{
    return l->terms.data + l->v[i].off;
}

/* Token callback that collects into a tok_list; stops on failure. */
typedef struct collect_ctx {
    tok_list *list;
    nf_status status;
} collect_ctx;

/* Collects tokens as FTS5 sees a query: without elision variants. */
static int collect(void *ctx, const char *term, size_t n, size_t start,
                   size_t end, int colocated)
{
    collect_ctx *c = ctx;
    if (colocated)
        return 0;
    c->status = tl_push(c->list, term, n, start, end);
    return c->status != NF_OK;
}

/* The parsed query: phrases as ranges of the term list. */
typedef struct query {
    tok_list terms;       /* all phrases' terms, phrase after phrase */
    size_t *first;        /* phrase p = terms[first[p], first[p+1]) */
    size_t n_phrases;
    nf_buf fts;           /* the FTS5 MATCH expression */
} query;

/* Frees what parse_query() allocated. */
static void query_free(query *q)
{
    tl_free(&q->terms);
    free(q->first);
}

/* Appends `s` as an FTS5 string literal ("..." with " doubled). */
static nf_status put_quoted(nf_buf *b, const char *s, size_t n)
{
    nf_status st = nf_buf_putc(b, '"');
    for (size_t i = 0; i < n && !st; i++)
        st = s[i] == '"' ? nf_buf_append(b, "\"\"", 2) : nf_buf_putc(b, s[i]);
    return st ? st : nf_buf_putc(b, '"');
}

/* Parses `text` into q (see the file comment). */
static nf_status parse_query(nf_store *s, const char *text, query *q)
{
    tok_list all;
    tl_init(&all, NF_SEARCH_MAX_TERMS);
    collect_ctx c = { &all, NF_OK };
    size_t len = strlen(text);
    nf_status st = nf_fts_tok_run(s->tok, text, len, collect, &c, NULL);
    if (!st)
        st = c.status;
    if (!st && all.n && !(q->first = malloc((all.n + 1) * sizeof *q->first)))
        st = NF_ERR_NOMEM;
    for (size_t i = 0; i < all.n && !st;) {
        size_t j = i + 1;
        while (j < all.n && all.v[j].start == all.v[j - 1].end)
            j++;
        /* The phrase is the query text of tokens i..j-1; its terms are
         * what the tokenizer makes of that text alone, as FTS5 will. */
        const char *ph = text + all.v[i].start;
        size_t phn = all.v[j - 1].end - all.v[i].start;
        q->first[q->n_phrases++] = q->terms.n;
        c = (collect_ctx){ &q->terms, NF_OK };
        st = nf_fts_tok_run(s->tok, ph, phn, collect, &c, NULL);
        if (!st)
            st = c.status;
        if (!st && q->fts.len)
            st = nf_buf_puts(&q->fts, " AND ");
        if (!st)
            st = put_quoted(&q->fts, ph, phn);
        i = j;
    }
    if (q->first)
        q->first[q->n_phrases] = q->terms.n;
    tl_free(&all);
    if (st == NF_ERR_TOO_LARGE)
        return nf_store_fail(s, st, "search query has more than %d words",
                             NF_SEARCH_MAX_TERMS);
    if (st)
        return nf_store_fail(s, st, "cannot tokenise the search query: %s",
                             nf_strerror(st));
    if (q->n_phrases == 0)
        return nf_store_fail(s, NF_ERR_EMPTY, "search query has no words");
    return NF_OK;
}

/* Looks for the first place in a text where a phrase occurs.  A text
 * position may hold several terms (a word and its elision variant). */
typedef struct match_ctx {
    const query *q;
    tok_list seen;        /* the text's tokens so far */
    size_t *pos;          /* pos[p] = index in seen of position p's first */
    size_t n_pos, cap_pos;
    nf_span found;
    nf_status status;
} match_ctx;

/* Index in m->seen of a term of position p equal to term t of the
 * query, or (size_t)-1. */
static size_t find_at(const match_ctx *m, size_t p, size_t t)
{
    const tok_list *q = &m->q->terms;
    size_t to = p + 1 < m->n_pos ? m->pos[p + 1] : m->seen.n;
    for (size_t e = m->pos[p]; e < to; e++)
        if (m->seen.v[e].len == q->v[t].len &&
            memcmp(tl_term(&m->seen, e), tl_term(q, t), q->v[t].len) == 0)
            return e;
    return (size_t)-1;
}

/* Sets m->found when phrase ph ends at the last position seen. */
static int phrase_ends_here(match_ctx *m, size_t ph)
{
    size_t a = m->q->first[ph], k = m->q->first[ph + 1] - a;
    if (k == 0 || m->n_pos < k)
        return 0;
    size_t base = m->n_pos - k, first = 0, last = 0;
    for (size_t i = 0; i < k; i++) {
        size_t e = find_at(m, base + i, a + i);
        if (e == (size_t)-1)
            return 0;
        if (i == 0)
            first = e;
        last = e;
    }
    m->found.start = m->seen.v[first].start;
    m->found.end = m->seen.v[last].end;
    return 1;
}

/* Token callback over an article text: records the token at its
 * position and stops at the first complete phrase. */
static int on_text_token(void *ctx, const char *term, size_t n, size_t start,
                         size_t end, int colocated)
{
    match_ctx *m = ctx;
    if (!colocated || m->n_pos == 0) {
        if (m->n_pos == m->cap_pos) {
            size_t cap = m->cap_pos ? 2 * m->cap_pos : 64;
            size_t *p = realloc(m->pos, cap * sizeof *p);
            if (!p) {
                m->status = NF_ERR_NOMEM;
                return 1;
            }
            m->pos = p;
            m->cap_pos = cap;
        }
        m->pos[m->n_pos++] = m->seen.n;
    }
    if ((m->status = tl_push(&m->seen, term, n, start, end)))
        return 1;
    for (size_t p = 0; p < m->q->n_phrases; p++)
        if (phrase_ends_here(m, p))
            return 1;
    return 0;
}

/* Moves i back to the start of the UTF-8 character holding it. */
static size_t char_start(const char *t, size_t i)
{
    while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* Builds the snippet: text around `m` (or the text's start), newlines as
 * spaces, "…" where cut. */
static nf_status make_snippet(nf_buf *out, const char *text, size_t len,
                              nf_span m)
{
    nf_buf_reset(out);
    size_t from = m.start > NF_SNIPPET_CONTEXT ? m.start - NF_SNIPPET_CONTEXT : 0;
    size_t to = m.end + NF_SNIPPET_CONTEXT < len ? m.end + NF_SNIPPET_CONTEXT : len;
    if (m.end == 0)
        to = 2 * NF_SNIPPET_CONTEXT < len ? 2 * NF_SNIPPET_CONTEXT : len;
    from = char_start(text, from);
    if (to < len)
        to = char_start(text, to);
    nf_status st = nf_buf_append(out, "", 0);
    if (!st && from > 0)
        st = nf_buf_puts(out, "\xE2\x80\xA6");
    for (size_t i = from; i < to && !st; i++)
        st = nf_buf_putc(out, (text[i] == '\n' || text[i] == '\t') ? ' ' : text[i]);
    if (!st && to < len)
        st = nf_buf_puts(out, "\xE2\x80\xA6");
    return st;
}

nf_status nf_store_search(nf_store *s, const char *qtext, size_t limit,
                          nf_search_fn fn, void *ctx)
{
    assert(s && qtext && fn);
    nf_status tst = s->tok ? NF_OK : nf_fts_tok_open(&s->tok);
    if (tst)
        return nf_store_fail(s, tst, "cannot create the word segmenter: %s",
                             nf_strerror(tst));
    query q;
    memset(&q, 0, sizeof q);
    tl_init(&q.terms, NF_SEARCH_MAX_TERMS);
    nf_buf_init(&q.fts, 0);
    nf_buf snip;
    nf_buf_init(&snip, 0);
    match_ctx m;
    memset(&m, 0, sizeof m);
    tl_init(&m.seen, 0);
    m.q = &q;
    sqlite3_stmt *st = NULL;
    nf_status ret = parse_query(s, qtext, &q);
    if (!ret)
        ret = nf_store_entities_expand(s, qtext, &q.fts);   /* entity variants */
    if (ret)
        goto done;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT " NF_ARTICLE_COLUMNS ", bm25(articles_fts, 2.0, 1.0)"
                           " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                           " WHERE articles_fts MATCH ?1"
                           " ORDER BY bm25(articles_fts, 2.0, 1.0) LIMIT ?2",
                           -1, &st, NULL) != SQLITE_OK) {
        ret = nf_store_fail_db(s, "preparing the search");
        goto done;
    }
    sqlite3_bind_text(st, 1, nf_buf_cstr(&q.fts), -1, SQLITE_STATIC);
    if (limit == 0)
        limit = NF_SEARCH_DEFAULT_LIMIT;
    if (limit > NF_SEARCH_MAX_LIMIT)
        limit = NF_SEARCH_MAX_LIMIT;
    sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        nf_article *a = NULL;
        if ((ret = nf_store_row_article(s, st, 0, &a)))
            break;
        size_t len;
        const char *text = nf_article_text(a, &len);
        tl_reset(&m.seen);
        m.n_pos = 0;
        m.found = (nf_span){ 0, 0 };
        m.status = NF_OK;
        ret = nf_fts_tok_run(s->tok, text, len, on_text_token, &m, NULL);
        if (!ret)
            ret = m.status;
        if (!ret)
            ret = make_snippet(&snip, text, len, m.found);
        if (ret) {
            nf_article_free(a);
            nf_store_fail(s, ret, "building a search hit: %s", nf_strerror(ret));
            break;
        }
        nf_search_hit hit = { a, -sqlite3_column_double(st, NF_ARTICLE_NCOLUMNS),
                              nf_buf_cstr(&snip), m.found };
        int stop = fn(ctx, &hit);
        nf_article_free(a);
        if (stop)
            break;
    }
    if (!ret && rc != SQLITE_ROW && rc != SQLITE_DONE)
        ret = nf_store_fail_db(s, "searching");
done:
    sqlite3_finalize(st);
    tl_free(&m.seen);
    free(m.pos);
    nf_buf_free(&snip);
    nf_buf_free(&q.fts);
    query_free(&q);
    return ret;
}
