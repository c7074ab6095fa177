/* slim.c - keeping from libxml2 the bytes the extractor never reads:
 * the content of scripts and styles (nf_html_skip_raw, at the end of
 * this file) and the attributes no pass looks at (nf_html_slim_next).
 *
 * libxml2 2.9's HTML parser reads attribute values one character at a
 * time, with two function calls and a growing malloc'ed copy per byte;
 * on news pages attribute values are half of what is left once scripts
 * and styles are skipped (tree.c), and most of them are data-*, src,
 * srcset, SVG paths and event handlers the extractor never reads.  At
 * the points where the parser is known to stand between two pieces of
 * content (tree.c's SAX callbacks say when), the start tag that comes
 * next, after optional blanks, is rewritten in libxml2's own copy of the
 * page: the attributes of nf_html_attr_kept are kept verbatim, in their
 * order, the rest are left out, and the shorter tag is moved to end
 * where the old one ended; the parser is then moved to its start.  What
 * libxml2 builds from the slim tag is what it would have built from the
 * full one, minus the dropped attributes: the same name, the same kept
 * attributes (first of duplicates wins, as before), the same blanks
 * before it.  To be sure of that, only tags of a strict shape are
 * rewritten: a name, attributes with quoted, unquoted or no values,
 * blanks, '>' or "/>", names under 100 bytes (libxml2 cuts longer ones);
 * anything else is left to libxml2 as it is.  <html>, <head>, <body> and
 * <meta> (which libxml2 treats specially) are never rewritten.
 */
#include "html/html_int.h"

#include <assert.h>
#include <string.h>
#include <strings.h>

#include "text/text.h"

/* Attributes the extractor reads (prune.c, score.c, render.c, meta.c),
 * sorted.  nf_hattr asserts that it is asked only for these. */
static const char *const kept[] = {
    "aria-hidden", "charset", "class", "content", "datetime", "hidden",
    "href", "http-equiv", "id", "itemprop", "lang", "name", "property",
    "rel", "role", "style", "type",
};

/* Whether the n bytes at s (any case) name a kept attribute. */
static int kept_n(const char *s, size_t n)
{
    char low[12];
    if (n < 2 || n > sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        low[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
        if (kept[i][0] == low[0] && strlen(kept[i]) == n &&
            memcmp(kept[i], low, n) == 0)
            return 1;
    return 0;
}

int nf_html_attr_kept(const char *name)
{
    assert(name);
    return kept_n(name, strlen(name));
}

/* libxml2's blank (IS_BLANK_CH). */
static int blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A byte of an HTML name after the first (htmlParseHTMLName). */
static int name_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' ||
           c == '.';
}

/* The first byte of an attribute name. */
static int name_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == ':' || c == '.';
}

/* Longest name libxml2 reads whole (HTML_PARSER_BUFFER_SIZE). */
#define NF_NAME_MAX 99
/* Attributes kept per tag by the rewrite; a tag with more is left. */
#define NF_SLIM_MAX_KEPT 32

/* One kept attribute: its bytes [s, e) in the old tag. */
typedef struct span {
    const unsigned char *s, *e;
} span;

const xmlChar *nf_html_slim_next(const xmlChar *q, const xmlChar *end,
                                 int clean)
{
    const unsigned char *p = q, *lim = end;
    assert(p && lim && p <= lim);
    while (p < lim && blank(*p))
        p++;
    const unsigned char *lt = p;
    if (lim - p < 3 || *p != '<' ||
        !((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z')))
        return q;
    p++;
    const unsigned char *name = p;
    while (p < lim && name_char(*p))
        p++;
    size_t nlen = (size_t)(p - name);
    if (nlen > NF_NAME_MAX ||
        (nlen == 4 && (strncasecmp((const char *)name, "html", 4) == 0 ||
                       strncasecmp((const char *)name, "head", 4) == 0 ||
                       strncasecmp((const char *)name, "body", 4) == 0 ||
                       strncasecmp((const char *)name, "meta", 4) == 0)))
        return q;
    span keep[NF_SLIM_MAX_KEPT];
    size_t nk = 0, dropped = 0;
    int self_close = 0;
    for (;;) {
        while (p < lim && blank(*p))
            p++;
        if (p >= lim)
            return q;  /* the page ends inside the tag */
        if (*p == '>')
            break;
        if (*p == '/' && p + 1 < lim && p[1] == '>') {
            self_close = 1;
            p++;
            break;
        }
        if (!name_start(*p))
            return q;
        const unsigned char *as = p;
        while (p < lim && name_char(*p))
            p++;
        if ((size_t)(p - as) > NF_NAME_MAX)
            return q;
        int keep_it = kept_n((const char *)as, (size_t)(p - as));
        const unsigned char *ae = p;
        const unsigned char *v = p;
        while (v < lim && blank(*v))
            v++;
        if (v < lim && *v == '=') {
            v++;
            while (v < lim && blank(*v))
                v++;
            if (v >= lim)
                return q;
            if (*v == '"' || *v == '\'') {
                const unsigned char *close = memchr(v + 1, *v, (size_t)(lim - v - 1));
                if (!close)
                    return q;
                v = close + 1;
            } else {
                if (*v == '>')
                    return q;  /* "a=>": libxml2 reports no value */
                while (v < lim && !blank(*v) && *v != '>')
                    v++;
            }
            ae = v;
            p = v;
        }
        /* Without '=', the blanks after the name belong to no attribute. */
        if (keep_it) {
            if (nk == NF_SLIM_MAX_KEPT)
                return q;
            keep[nk].s = as;
            keep[nk].e = ae;
            nk++;
        } else {
            dropped += (size_t)(ae - as);
        }
    }
    /* p is at the tag's '>'.  A NUL or a bad UTF-8 byte (libxml2 stops
     * at the one and changes encoding at the other) leaves it alone. */
    if (dropped < 16 ||
        (!clean && (memchr(lt, '\0', (size_t)(p - lt)) ||
                    !nf_utf8_valid((const char *)lt, (size_t)(p - lt)))))
        return q;  /* not worth moving anything, or not sure */
    /* Build the slim tag from the right: '>' (or "/>"), the kept
     * attributes last to first, each after one blank, the name, '<',
     * then the blanks that came before the tag.  Every piece moves right
     * or stays, and the pieces to its left are still in place. */
    unsigned char *w = (unsigned char *)p + 1;
    if (self_close) {
        w -= 2;
        w[0] = '/';
        w[1] = '>';
    } else {
        *--w = '>';
    }
    for (size_t i = nk; i-- > 0;) {
        size_t n = (size_t)(keep[i].e - keep[i].s);
        w -= n;
        memmove(w, keep[i].s, n);
        *--w = ' ';
    }
    w -= nlen;
    memmove(w, name, nlen);
    *--w = '<';
    size_t nb = (size_t)(lt - q);
    w -= nb;
    memmove(w, q, nb);
    return w;
}

/* Called at the start tag of a <script> or <style> named `name` (the
 * parser stands on its closing '>'): moves the parser over the
 * element's content, to just before where libxml2 itself would stop
 * reading it as raw text.  libxml2 2.9 with RECOVER reads such content
 * (htmlParseScript) up to the first "</" followed by the element's
 * name, in any case and as a prefix ("</scripts" too); content that
 * starts with '<' is first tried as an end tag or a closing start tag,
 * so it is left to libxml2, and so is content holding a NUL, a control
 * character or bad UTF-8, where libxml2 would stop or change encoding.
 * libxml2 reads raw text one character at a time, with a function call
 * per byte, and on news pages scripts and styles are half the bytes;
 * the extractor never reads them (JSON-LD, which the metadata needs, is
 * not skipped).  The byte before the end tag becomes the '>' the parser
 * expects: the input is libxml2's own copy of the page.  Without an end
 * tag nothing is skipped (the parser reads to the end as before). */
void nf_html_skip_raw(htmlParserCtxtPtr ctxt, const char *name, int clean)
{
    xmlParserInputPtr in = ctxt ? ctxt->input : NULL;
    if (!in || !in->cur || !in->end || in->end - in->cur < 2 ||
        *in->cur != '>' || in->cur[1] == '<')
        return;
    size_t n = strlen(name);
    const xmlChar *p = in->cur + 1, *end = in->end;
    while (p < end) {
        const xmlChar *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt || (size_t)(end - lt) < n + 2)
            return;
        if (lt[1] == '/' && strncasecmp((const char *)lt + 2, name, n) == 0) {
            size_t len = (size_t)(lt - in->cur - 1);
            if (clean || nf_utf8_as_is((const char *)in->cur + 1, len)) {
                *(xmlChar *)(lt - 1) = '>';
                in->cur = lt - 1;
            }
            return;
        }
        p = lt + 1;
    }
}
