/* web_read.c - feeds and WARC archives in the reader: many articles
 * from one input.
 *
 * A feed is read whole (it is bounded by the input limit) and its items
 * become articles at once: the first is returned, the others wait in a
 * queue.  An item's body is its full content when the feed carries it,
 * else its summary; HTML bodies go through the same extraction as web
 * pages.  Its link is its URL and source, its guid its id.
 *
 * A WARC archive is streamed: one record in memory at a time (warc.c).
 * "response" records holding an HTTP 2xx HTML response, and "resource"
 * records of HTML, become articles through the web-page path with the
 * HTTP Content-Type's charset and the target URI as URL and source;
 * every other record (requests, metadata, images, redirects) is skipped
 * silently.  A broken record is a located error (archive name, record
 * number, byte offset in the inflated stream) and ends the archive only
 * when reading cannot go on.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/diag.h"
#include "feed/feed.h"
#include "text/text.h"
#include "warc/warc.h"
#include "core/grow.h"

#define NF_DEFAULT_MAX_ARTICLE ((size_t)64 << 20)

int nf_web_busy(const nf_web_state *w)
{
    return w->warc != NULL || w->ppos < w->pn;
}

void nf_web_end(nf_web_state *w)
{
    for (size_t i = w->ppos; i < w->pn; i++)
        nf_article_free(w->pend[i]);
    free(w->pend);
    w->pend = NULL;
    w->pn = w->ppos = 0;
    if (w->warc) {
        w->bytes += w->s.read;
        nf_warc_free(w->warc);
        w->warc = NULL;
        nf_stream_close(&w->s);
        free(w->name);
        free(w->data);
        w->name = w->data = NULL;
    }
}

/* ---- feeds ---------------------------------------------------------------- */

nf_status nf_ingest_feed_item(const char *name, const nf_feed_item *it,
                              const nf_reader_options *opts, nf_article **out)
{
    *out = NULL;
    size_t max = opts->max_article_bytes ? opts->max_article_bytes
                                         : NF_DEFAULT_MAX_ARTICLE;
    if (!it->body) {
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_WARNING,
                     NF_ERR_EMPTY, name, it->index, NF_NO_OFFSET,
                     "%s: item %lu carries no text; skipped", name, it->index);
        return NF_OK;
    }
    nf_article *a = nf_article_new();
    if (!a)
        return NF_ERR_NOMEM;
    nf_diag_tee tee = { opts->on_diag, opts->diag_ctx, a, it->index, 0, NULL,
                        NF_OK };
    nf_buf text, clean;
    nf_buf_init(&text, max);
    nf_buf_init(&clean, max);
    nf_html_result r;
    memset(&r, 0, sizeof r);
    nf_status st = NF_OK;
    const char *body = it->body;
    size_t blen = strlen(body);
    if (it->body_is_html) {
        st = nf_utf8_clean(body, blen, &clean, name, nf_diag_tee_fn, &tee, NULL);
        if (!st)
            st = nf_ingest_web_text(nf_buf_cstr(&clean), clean.len, it->link,
                                    max, &r);
        if (!st) {
            body = nf_buf_cstr(&r.text);
            blen = r.text.len;
        }
    }
    if (!st)
        st = nf_utf8_clean(body, blen, &text, name, nf_diag_tee_fn, &tee, NULL);
    size_t s = 0, e = text.len;
    const char *t = nf_buf_cstr(&text);
    while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t'))
        s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t'))
        e--;
    if (!st && s == e) {
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_WARNING,
                     NF_ERR_EMPTY, name, it->index, NF_NO_OFFSET,
                     "%s: item %lu holds no text; skipped", name, it->index);
        st = NF_ERR_EMPTY;
    }
    char date[11];
    if (!st)
        st = nf_article_set_text(a, t + s, e - s);
    if (!st && it->title) {
        nf_buf_reset(&clean);
        st = nf_utf8_clean(it->title, strlen(it->title), &clean, name, NULL,
                           NULL, NULL);
        char *p = clean.data;
        for (size_t i = 0; p && i < clean.len; i++)
            if (p[i] == '\n' || p[i] == '\t')
                p[i] = ' ';
        size_t ts = 0, te = clean.len;
        while (ts < te && p[ts] == ' ')
            ts++;
        while (te > ts && p[te - 1] == ' ')
            te--;
        if (!st && te > ts && te - ts < 2048 && nf_utf8_valid(p + ts, te - ts))
            st = nf_article_set(a, &a->title, p + ts, te - ts);
    }
#define SET_CLEAN(field, val)                                                \
    if (!st && (val) && strlen(val) < 4096 && nf_utf8_valid((val), strlen(val))) \
        st = nf_article_set(a, &a->field, (val), strlen(val));
    SET_CLEAN(url, it->link)
    SET_CLEAN(id, it->id)
    SET_CLEAN(authors, it->author)
    SET_CLEAN(site, it->site)
#undef SET_CLEAN
    if (!st && it->published &&
        (nf_parse_iso_date(it->published, strlen(it->published), date) ||
         nf_date_find(it->published, strlen(it->published), date)))
        st = nf_article_set(a, &a->published, date, 10);
    if (!st && it->modified &&
        (nf_parse_iso_date(it->modified, strlen(it->modified), date) ||
         nf_date_find(it->modified, strlen(it->modified), date)))
        st = nf_article_set(a, &a->modified, date, 10);
    if (!st && it->body_is_html)
        st = nf_ingest_web_fill(a, &r);
    if (!st)
        st = nf_article_set(a, &a->source, a->url ? a->url : name,
                            strlen(a->url ? a->url : name));
    if (!st)
        st = nf_article_set(a, &a->format, "feed", 4);
    if (!st && !(st = tee.failed))
        st = nf_article_finish(a);
    nf_html_result_free(&r);
    nf_buf_free(&text);
    nf_buf_free(&clean);
    if (st) {
        nf_article_free(a);
        return st == NF_ERR_NOMEM ? st : NF_OK;
    }
    *out = a;
    return NF_OK;
}

/* Collects a feed's articles. */
typedef struct feed_ctx {
    nf_web_state *w;
    const char *name;
    const nf_reader_options *opts;
    size_t cap;
} feed_ctx;

static nf_status on_item(void *ctx, const nf_feed_item *it)
{
    feed_ctx *fc = ctx;
    nf_article *a = NULL;
    nf_status st = nf_ingest_feed_item(fc->name, it, fc->opts, &a);
    if (st || !a)
        return st;
    nf_web_state *w = fc->w;
    if (nf_grow(&w->pend, &fc->cap, w->pn, sizeof *w->pend, 16)) {
        nf_article_free(a);
        return NF_ERR_NOMEM;
    }
    w->pend[w->pn++] = a;
    return NF_OK;
}

nf_status nf_web_read_feed(nf_web_state *w, const char *name,
                           const char *data, size_t len,
                           const nf_reader_options *opts, nf_article **out,
                           unsigned long *failed)
{
    assert(w && name && opts && out);
    *out = NULL;
    nf_web_end(w);
    feed_ctx fc = { w, name, opts, 0 };
    unsigned long n = 0;
    nf_status st = nf_feed_parse(data, len, on_item, &fc, &n);
    if (st == NF_ERR_NOMEM)
        return st;
    if (st) {
        (*failed)++;
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st, name, 0,
                     NF_NO_OFFSET, "%s: not a readable RSS or Atom feed; "
                     "skipped", name);
    } else if (w->pn == 0) {
        (*failed)++;
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, NF_ERR_EMPTY,
                     name, 0, NF_NO_OFFSET,
                     "%s: feed of %lu items holds no article text; skipped",
                     name, n);
    }
    if (w->ppos < w->pn)
        *out = w->pend[w->ppos++];
    return NF_OK;
}

/* ---- WARC ----------------------------------------------------------------- */

/* The WARC reader's byte source: the reader's stream. */
static nf_status stream_read(void *ctx, char *buf, size_t cap, size_t *got)
{
    nf_stream *s = ctx;
    *got = 0;
    nf_status st = nf_stream_fill(s, 1);
    if (st)
        return st;
    size_t avail = s->end - s->start;
    size_t n = avail < cap ? avail : cap;
    memcpy(buf, s->buf + s->start, n);
    s->start += n;
    if (s->start == s->end && !s->borrowed) {
        s->base += s->end;
        s->start = s->end = s->scan = 0;
    }
    *got = n;
    return NF_OK;
}

nf_status nf_web_start_warc(nf_web_state *w, nf_stream *s, char *name,
                            char *data, const nf_reader_options *opts)
{
    nf_web_end(w);
    w->s = *s;
    w->name = name;
    w->data = data;
    size_t max = opts->max_file_bytes ? opts->max_file_bytes
                                      : (size_t)256 << 20;
    w->warc = nf_warc_new(stream_read, &w->s, max);
    if (!w->warc) {
        nf_stream_close(&w->s);
        free(w->name);
        free(w->data);
        w->name = w->data = NULL;
        return NF_ERR_NOMEM;
    }
    return NF_OK;
}

/* Whether s contains needle, ASCII letters compared without case. */
static int ci_has(const char *s, const char *needle)
{
    size_t n = strlen(needle);
    for (; *s; s++)
        if (strncasecmp(s, needle, n) == 0)
            return 1;
    return 0;
}

/* Whether a Content-Type names HTML. */
static int html_type(const char *ct)
{
    return ci_has(ct, "text/html") || ci_has(ct, "xhtml");
}

/* Makes the article of one record, if it is an HTML page. */
static nf_status record_article(nf_web_state *w, const nf_warc_record *rec,
                                const nf_reader_options *opts,
                                nf_article **out, unsigned long *failed)
{
    int response = strcasecmp(rec->type, "response") == 0;
    int resource = strcasecmp(rec->type, "resource") == 0;
    if (!response && !resource)
        return NF_OK;
    char where[4600];
    snprintf(where, sizeof where, "%s",
             rec->target[0] ? rec->target : w->name);
    if (rec->too_large) {
        (*failed)++;
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR,
                     NF_ERR_TOO_LARGE, w->name, rec->index, rec->offset,
                     "%s: record %lu (%s) of %llu bytes is over the limit; "
                     "skipped", w->name, rec->index, where, rec->length);
        return NF_OK;
    }
    const char *payload = rec->block, *ctype = rec->content_type;
    size_t plen = rec->block_len;
    char *scratch = NULL;
    nf_http h;
    if (response) {
        int parsed = nf_http_parse(rec->block, rec->block_len, &h, &scratch);
        if (parsed < 0)
            return NF_ERR_NOMEM;
        if (!parsed)
            return NF_OK;  /* not HTTP (dns:, ...) */
        if (h.status < 200 || h.status > 299 || !html_type(h.content_type)) {
            free(scratch);
            return NF_OK;
        }
        payload = h.payload;
        plen = h.payload_len;
        ctype = h.content_type;
    } else if (!html_type(ctype)) {
        return NF_OK;
    }
    nf_status st = nf_ingest_html(where, payload, plen, ctype,
                                  rec->target[0] ? rec->target : NULL, opts,
                                  out);
    if (!st && !*out)
        (*failed)++;
    free(scratch);
    return st;
}

nf_status nf_web_next(nf_web_state *w, const nf_reader_options *opts,
                      nf_article **out, unsigned long *failed)
{
    assert(w && opts && out && failed);
    *out = NULL;
    if (w->ppos < w->pn) {
        *out = w->pend[w->ppos++];
        if (w->ppos == w->pn)
            nf_web_end(w);
        return NF_OK;
    }
    while (w->warc && !*out) {
        nf_warc_record rec;
        int got;
        unsigned long long at = NF_NO_OFFSET;
        nf_status st = nf_warc_next(w->warc, &rec, &got, &at);
        if (st == NF_ERR_NOMEM)
            return st;
        if (st && got && rec.block) {
            /* A record cut short: what arrived may still be a page. */
            nf_status s2 = record_article(w, &rec, opts, out, failed);
            if (s2)
                return s2;
        }
        if (st) {
            (*failed)++;
            nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st,
                         w->name, got ? rec.index : 0, at,
                         "%s: %s near byte %llu of the archive; reading "
                         "stopped", w->name,
                         st == NF_ERR_ENCODING ? "corrupt gzip data"
                         : st == NF_ERR_IO     ? "read error"
                                               : "broken WARC record",
                         at);
            nf_web_end(w);
            return NF_OK;
        }
        if (!got) {
            nf_web_end(w);
            return NF_OK;
        }
        if ((st = record_article(w, &rec, opts, out, failed)))
            return st;
    }
    return NF_OK;
}
