/* format.c - input formats: their names, and telling them apart from
 * the first bytes of an input.
 *
 * A WARC archive starts with "WARC/1." or the gzip magic; a feed's
 * first element is <rss>, <feed> or <rdf:RDF>; a web page starts with
 * a doctype, <html>, <head> or <body>, or with a tag followed by block
 * tags.  Otherwise:
 *
 * JSON Lines is recognised by content, not by name: the first byte
 * that is not white space (after a UTF-8 BOM) is '{' and the first line
 * parses as one JSON object.  Plain text that happens to start with a
 * brace ("{Editor's note} ...") stays text.  Only when the first line is
 * too long to check does the name (.jsonl, .ndjson) decide.  Detection
 * peeks at the stream; it consumes nothing.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <string.h>
#include <strings.h>

#include "feed/feed.h"
#include "html/html.h"
#include "warc/warc.h"

/* Leading white space looked through to find the first byte. */
#define NF_MAX_LEADING_SPACE ((size_t)1 << 20)

const char *nf_format_name(nf_format f)
{
    switch (f) {
    case NF_FORMAT_AUTO: return "auto";
    case NF_FORMAT_TEXT: return "text";
    case NF_FORMAT_JSONL: return "jsonl";
    case NF_FORMAT_HTML: return "html";
    case NF_FORMAT_FEED: return "feed";
    case NF_FORMAT_WARC: return "warc";
    }
    return "auto";
}

nf_status nf_format_parse(const char *name, nf_format *out)
{
    if (!name || !out)
        return NF_ERR_INVALID_ARG;
    static const nf_format all[] = { NF_FORMAT_AUTO, NF_FORMAT_TEXT,
                                     NF_FORMAT_JSONL, NF_FORMAT_HTML,
                                     NF_FORMAT_FEED, NF_FORMAT_WARC };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(name, nf_format_name(all[i])) == 0) {
            *out = all[i];
            return NF_OK;
        }
    return NF_ERR_INVALID_ARG;
}

/* Whether the name says JSON Lines (.jsonl, .ndjson). */
static int jsonl_name(const char *name)
{
    size_t n = strlen(name);
    return (n > 6 && strcmp(name + n - 6, ".jsonl") == 0) ||
           (n > 7 && strcmp(name + n - 7, ".ndjson") == 0);
}

/* Whether the first bytes are an HTML page: a document start (doctype,
 * <html>, <head>, <body>), or, after white space, a tag opening the
 * input with block tags (<div, <p>, <article) in the first 4 KB. */
static int markup(const char *p, size_t len)
{
    if (nf_html_sniff(p, len))
        return 1;
    size_t i = 0, lim = len < 4096 ? len : 4096;
    while (i < lim && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' ||
                       p[i] == '\r'))
        i++;
    if (i >= lim || p[i] != '<')
        return 0;
    static const char *const tags[] = { "<div", "<p>", "<p ", "<article",
                                        "<section", "<html", "<body" };
    for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++) {
        size_t n = strlen(tags[k]);
        for (size_t j = i; j + n <= lim; j++)
            if (strncasecmp(p + j, tags[k], n) == 0)
                return 1;
    }
    return 0;
}

nf_status nf_ingest_detect_format(nf_stream *s, const char *name,
                                  size_t max_line, nf_format *fmt)
{
    assert(s && name && fmt);
    *fmt = NF_FORMAT_TEXT;
    size_t want = 4096, i = 0;
    nf_status st;
    /* Markup and archives by their first bytes. */
    if ((st = nf_stream_fill(s, want)))
        return st;
    const char *head = s->buf + s->start;
    size_t head_len = s->end - s->start;
    if (nf_warc_sniff(head, head_len)) {
        *fmt = NF_FORMAT_WARC;
        return NF_OK;
    }
    if (nf_feed_sniff(head, head_len)) {
        *fmt = NF_FORMAT_FEED;
        return NF_OK;
    }
    if (markup(head, head_len)) {
        *fmt = NF_FORMAT_HTML;
        return NF_OK;
    }
    for (;;) {
        if ((st = nf_stream_fill(s, want)))
            return st;
        const char *p = s->buf + s->start;
        size_t avail = s->end - s->start;
        if (i == 0 && avail >= 3 && (unsigned char)p[0] == 0xEF &&
            (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
            i = 3;
        while (i < avail && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' ||
                             p[i] == '\r'))
            i++;
        if (i < avail)
            break;
        if (s->eof || want >= NF_MAX_LEADING_SPACE)
            return NF_OK;
        want *= 2;
    }
    if (s->buf[s->start + i] != '{')
        return NF_OK;
    size_t limit = max_line + i, scanned = i;
    for (;;) {
        const char *p = s->buf + s->start;
        size_t avail = s->end - s->start;
        const char *nl = memchr(p + scanned, '\n', avail - scanned);
        if (nl || s->eof) {
            size_t stop = nl ? (size_t)(nl - p) : avail;
            if (nf_jsonl_is_object_line(p + i, stop - i))
                *fmt = NF_FORMAT_JSONL;
            return NF_OK;
        }
        if (avail >= limit) {
            /* The first line is too long to check: trust the name. */
            if (jsonl_name(name))
                *fmt = NF_FORMAT_JSONL;
            return NF_OK;
        }
        scanned = avail;
        want = avail * 2 < limit ? avail * 2 : limit;
        if ((st = nf_stream_fill(s, want)))
            return st;
    }
}
