/* html_strip.c - the interim way to get text out of an HTML body given in
 * a JSON Lines record, until real HTML article extraction lands.
 *
 * It is a small, bounded scanner, not a parser: it drops tags, comments,
 * and the contents of <script>, <style>, <noscript>, <template> and
 * <head>; turns block-level tags and <br> into line breaks; collapses
 * runs of white space the way a browser shows them; decodes &amp; &lt;
 * &gt; &quot; &apos; &nbsp; and numeric character references (invalid
 * ones become U+FFFD).  Every step looks ahead only within [html, end),
 * and each byte is looked at a bounded number of times, so the time is
 * linear.  It keeps no boilerplate judgement: menus and footers stay.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <string.h>

/* ASCII lower case of c. */
static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Whether [p, end) starts with `word` (lower case), case-insensitively. */
static int starts_ci(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(p[i]) != word[i])
            return 0;
    return 1;
}

/* Finds `word` (lower case) case-insensitively in [p, end); returns its
 * start or NULL. */
static const char *find_ci(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    char first = word[0];
    for (; (size_t)(end - p) >= n; p++) {
        if (lower(*p) == first && starts_ci(p, end, word))
            return p;
    }
    return NULL;
}

/* Tags whose start or end is a line break. */
static int block_tag(const char *name, size_t n)
{
    static const char *const blocks[] = {
        "address", "article", "aside", "blockquote", "br", "dd", "div",
        "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "td", "th", "title", "tr", "ul"
    };
    for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
        if (strlen(blocks[i]) == n && memcmp(blocks[i], name, n) == 0)
            return 1;
    return 0;
}

/* Tags whose whole content is dropped. */
static int hidden_tag(const char *name, size_t n)
{
    static const char *const hidden[] = { "script", "style", "noscript",
                                          "template", "head" };
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
        if (strlen(hidden[i]) == n && memcmp(hidden[i], name, n) == 0)
            return 1;
    return 0;
}

/* Output state: white space is held back and written as one space or
 * line break before the next visible character. */
typedef struct strip_out {
    nf_buf *b;
    int pending;   /* 0 nothing, 1 space, 2 line break */
    int started;   /* something visible was written */
} strip_out;

/* Writes pending white space, then n bytes of s. */
static nf_status put(strip_out *o, const char *s, size_t n)
{
    nf_status st = NF_OK;
    if (o->pending && o->started)
        st = nf_buf_putc(o->b, o->pending == 2 ? '\n' : ' ');
    o->pending = 0;
    o->started = 1;
    return st ? st : nf_buf_append(o->b, s, n);
}

/* Writes pending white space, then code point cp (valid). */
static nf_status put_cp(strip_out *o, unsigned cp)
{
    nf_status st = put(o, "", 0);
    return st ? st : nf_buf_put_utf8(o->b, cp);
}

/* Decodes a character reference at p ('&'); returns bytes consumed
 * (0 when it is not a reference we know: the '&' is then literal). */
static size_t entity(const char *p, const char *end, unsigned *cp)
{
    static const struct { const char *name; unsigned cp; } named[] = {
        { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
        { "&quot;", '"' }, { "&apos;", '\'' }, { "&nbsp;", 0xA0 }
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (starts_ci(p, end, named[i].name)) {
            *cp = named[i].cp;
            return strlen(named[i].name);
        }
    if (end - p < 3 || p[1] != '#')
        return 0;
    const char *q = p + 2;
    int hex = q < end && (*q == 'x' || *q == 'X');
    if (hex)
        q++;
    unsigned long v = 0;
    const char *digits = q;
    while (q < end && q - digits < 8) {
        char c = lower(*q);
        int d = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            break;
        v = v * (hex ? 16 : 10) + (unsigned long)d;
        q++;
    }
    if (q == digits || q >= end || *q != ';')
        return 0;
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        v = 0xFFFD;
    *cp = (unsigned)v;
    return (size_t)(q + 1 - p);
}

nf_status nf_html_strip(const char *html, size_t len, nf_buf *out)
{
    assert(out && (html || len == 0));
    const char *p = html, *end = html + len;
    strip_out o = { out, 0, 0 };
    nf_status st = NF_OK;
    while (p < end && !st) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (o.pending < 1)
                o.pending = 1;
            p++;
        } else if (c == '&') {
            unsigned cp;
            size_t n = entity(p, end, &cp);
            if (!n) {
                st = put(&o, p, 1);
                p++;
            } else {
                st = put_cp(&o, cp);
                p += n;
            }
        } else if (c == '<' && p + 1 < end && starts_ci(p, end, "<!--")) {
            const char *q = find_ci(p + 4, end, "-->");
            p = q ? q + 3 : end;
        } else if (c == '<' && p + 1 < end &&
                   (((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z') ||
                    p[1] == '/' || p[1] == '!' || p[1] == '?')) {
            /* A tag: its name, then up to '>' outside quoted values. */
            const char *q = p + 1;
            int closing = *q == '/';
            if (closing)
                q++;
            char lname[16];
            size_t n = 0;
            while (q < end && (((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') ||
                               (*q >= '0' && *q <= '9'))) {
                if (n < sizeof lname)
                    lname[n] = lower(*q);
                n++;
                q++;
            }
            char quote = 0;
            while (q < end && (quote || *q != '>')) {
                if (quote && *q == quote)
                    quote = 0;
                else if (!quote && (*q == '"' || *q == '\''))
                    quote = *q;
                q++;
            }
            p = q < end ? q + 1 : end;
            if (n > sizeof lname)
                continue;
            if (!closing && hidden_tag(lname, n)) {
                /* Skip to the matching end tag. */
                char endtag[16];
                endtag[0] = '<';
                endtag[1] = '/';
                memcpy(endtag + 2, lname, n);
                endtag[2 + n] = '\0';
                const char *e = find_ci(p, end, endtag);
                if (!e) {
                    p = end;
                } else {
                    const char *gt = memchr(e, '>', (size_t)(end - e));
                    p = gt ? gt + 1 : end;
                }
            } else if (block_tag(lname, n)) {
                o.pending = 2;
            }
        } else {
            st = put(&o, p, 1);
            p++;
        }
    }
    return st;
}
