/* web.c - a web page becomes one article: its charset decided, its
 * bytes made clean UTF-8, its article body and metadata extracted.
 *
 * The charset is taken, in this order, from the HTTP Content-Type
 * (WARC responses), a byte-order mark, the page's own declaration in
 * its first 4 KB (<meta charset>, http-equiv, XML declaration), and
 * otherwise detected (decode.c: valid UTF-8, mostly-valid UTF-8 with
 * repairs, or ICU's detector).  Labels for Latin-1 and ASCII are read
 * as windows-1252, as browsers do.  A declared charset ICU does not know
 * falls back to detection, with a warning.  The parser always receives
 * valid UTF-8 and is told so, so one bad byte cannot turn the page into
 * mojibake.
 *
 * The same extraction serves plain HTML files, JSON Lines records with
 * an "html" body, feed items carrying full HTML, and WARC responses.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/diag.h"
#include "html/html.h"
#include "text/text.h"

#define NF_DEFAULT_MAX_ARTICLE ((size_t)64 << 20)

/* Whether a charset label means UTF-8. */
static int is_utf8(const char *cs)
{
    return strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0;
}

/* The converter name for a label (browsers read Latin-1 as cp1252). */
static const char *converter_name(const char *cs)
{
    if (strcasecmp(cs, "iso-8859-1") == 0 || strcasecmp(cs, "latin1") == 0 ||
        strcasecmp(cs, "iso8859-1") == 0 || strcasecmp(cs, "us-ascii") == 0 ||
        strcasecmp(cs, "ascii") == 0 || strcasecmp(cs, "l1") == 0)
        return "windows-1252";
    return cs;
}

nf_status nf_ingest_html_utf8(const char *data, size_t len, const char *ctype,
                              const char *name, size_t max, nf_diag_fn fn,
                              void *ctx, nf_buf *out)
{
    assert(out && (data || len == 0));
    char cs[48] = "";
    int declared = ctype && nf_http_charset(ctype, strlen(ctype), cs, sizeof cs);
    if (!declared)
        declared = nf_html_charset(data, len, cs, sizeof cs);
    int other = declared && !is_utf8(cs) && strncasecmp(cs, "utf-16", 6) != 0;
    /* The common case in one pass: a page read as UTF-8 that is already
     * clean text comes out unchanged from decoding and cleaning (valid
     * UTF-8 has no NUL and no control to count, and nothing to repair),
     * so it is copied as it is. */
    size_t lim = max && max < out->max ? max : out->max;
    size_t room = lim > out->len ? lim - out->len : 0;
    if (!other && len <= room && nf_utf8_as_is(data, len))
        return len ? nf_buf_append(out, data, len) : NF_OK;
    nf_decoded d;
    nf_status st = NF_ERR_ENCODING;
    if (other) {
        st = nf_ingest_decode_as(data, len, converter_name(cs), name,
                                 max ? max : NF_DEFAULT_MAX_ARTICLE, fn, ctx,
                                 &d);
        if (st == NF_ERR_ENCODING)
            nf_diag_emit(fn, ctx, NF_SEV_WARNING, NF_ERR_ENCODING, name, 0,
                         NF_NO_OFFSET,
                         "declared charset \"%s\" is unknown; detecting", cs);
    }
    if (st == NF_ERR_ENCODING)
        st = nf_ingest_decode(data, len, name, max ? max : NF_DEFAULT_MAX_ARTICLE,
                              fn, ctx, &d);
    if (st)
        return st;
    size_t saved = out->max;
    if (max && max < out->max)
        out->max = max;
    st = nf_utf8_clean(d.data, d.len, out, name, fn, ctx, NULL);
    out->max = saved;
    nf_decoded_free(&d);
    return st;
}

/* Copies a malloc'ed metadata string into the article unless NULL. */
static nf_status put(nf_article *a, const char **field, const char *s)
{
    if (!s || !*s || *field)
        return NF_OK;
    return nf_article_set(a, field, s, strlen(s));
}

nf_status nf_ingest_web_fill(nf_article *a, const nf_html_result *r)
{
    nf_status st;
    if ((st = put(a, &a->title, r->meta.title)) ||
        (st = put(a, &a->published, r->meta.published)) ||
        (st = put(a, &a->modified, r->meta.modified)) ||
        (st = put(a, &a->authors, r->meta.authors)) ||
        (st = put(a, &a->site, r->meta.site)) ||
        (st = put(a, &a->url, r->meta.canonical)))
        return st;
    a->n_links = r->meta.links;
    if (r->meta.language && !a->lang_hint) {
        /* Keep a plausible tag only: "en", "en-US", "pt_BR". */
        const char *l = r->meta.language;
        size_t n = strlen(l);
        if (n >= 2 && n <= 16)
            st = nf_article_set(a, &a->lang_hint, l, n);
    }
    return st;
}

nf_status nf_ingest_web_text(const char *html, size_t len, const char *url,
                             size_t max, nf_html_result *r)
{
    nf_html_options o = { url, max, 0, 1 };  /* clean: nf_ingest_html_utf8 */
    return nf_html_extract(html, len, &o, r);
}

nf_status nf_ingest_html(const char *name, const char *data, size_t len,
                         const char *ctype, const char *url,
                         const nf_reader_options *opts, nf_article **out)
{
    assert(name && opts && out && (data || len == 0));
    *out = NULL;
    size_t max = opts->max_article_bytes ? opts->max_article_bytes
                                         : NF_DEFAULT_MAX_ARTICLE;
    nf_article *a = nf_article_new();
    if (!a)
        return NF_ERR_NOMEM;
    nf_diag_tee tee = { opts->on_diag, opts->diag_ctx, a, 0, 0, NULL, NF_OK };
    nf_buf page;
    /* The page may be larger than the text it yields. */
    nf_buf_init(&page, max > ((size_t)1 << 30) / 4 ? max : max * 4);
    nf_html_result r;
    memset(&r, 0, sizeof r);
    nf_status st = nf_ingest_html_utf8(data, len, ctype, name, page.max,
                                       nf_diag_tee_fn, &tee, &page);
    if (st) {
        if (st != NF_ERR_NOMEM && st != NF_ERR_BINARY)
            nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st, name,
                         0, NF_NO_OFFSET, "%s: page could not be decoded (%s); "
                         "skipped", name, nf_strerror(st));
        goto done;
    }
    st = nf_ingest_web_text(nf_buf_cstr(&page), page.len, url, max, &r);
    if (st) {
        if (st != NF_ERR_NOMEM)
            nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st, name,
                         0, NF_NO_OFFSET, "%s: no HTML document could be "
                         "parsed; skipped", name);
        goto done;
    }
    if (r.truncated)
        nf_diag_emit(nf_diag_tee_fn, &tee, NF_SEV_WARNING, NF_ERR_TOO_LARGE,
                     name, 0, NF_NO_OFFSET,
                     "page nested %lu elements deep or text over %zu bytes; "
                     "the text is partial", r.depth, max);
    size_t s = 0, e = r.text.len;
    const char *t = nf_buf_cstr(&r.text);
    while (s < e && (t[s] == ' ' || t[s] == '\n'))
        s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n'))
        e--;
    if (s == e) {
        st = NF_ERR_EMPTY;
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st, name, 0,
                     NF_NO_OFFSET, "%s: no article text found in the page; "
                     "skipped", name);
        goto done;
    }
    if ((st = nf_article_set_text(a, t + s, e - s)) ||
        (st = nf_article_set(a, &a->source, name, strlen(name))) ||
        (st = nf_article_set(a, &a->format, "html", 4)) ||
        (url && (st = nf_article_set(a, &a->url, url, strlen(url)))) ||
        (st = nf_ingest_web_fill(a, &r)))
        goto done;
    if (!(st = tee.failed) && !(st = nf_article_finish(a))) {
        *out = a;
        a = NULL;
    }
done:
    nf_html_result_free(&r);
    nf_buf_free(&page);
    nf_article_free(a);
    return st == NF_ERR_NOMEM ? st : NF_OK;
}
