/* format.c - input formats: their names, and telling them apart from
 * the first bytes of an input.
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

/* Leading white space looked through to find the first byte. */
#define NF_MAX_LEADING_SPACE ((size_t)1 << 20)

const char *nf_format_name(nf_format f)
{
    switch (f) {
    case NF_FORMAT_AUTO: return "auto";
    case NF_FORMAT_TEXT: return "text";
    case NF_FORMAT_JSONL: return "jsonl";
    }
    return "auto";
}

nf_status nf_format_parse(const char *name, nf_format *out)
{
    if (!name || !out)
        return NF_ERR_INVALID_ARG;
    static const nf_format all[] = { NF_FORMAT_AUTO, NF_FORMAT_TEXT,
                                     NF_FORMAT_JSONL };
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

nf_status nf_ingest_detect_format(nf_stream *s, const char *name,
                                  size_t max_line, nf_format *fmt)
{
    assert(s && name && fmt);
    *fmt = NF_FORMAT_TEXT;
    size_t want = 4096, i = 0;
    nf_status st;
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
