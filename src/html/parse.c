/* parse.c - parsing a page with libxml2 and listing its elements.
 *
 * libxml2's HTML parser is used with RECOVER (tag soup is the norm),
 * NONET (never fetch), NOERROR/NOWARNING (its messages are not the
 * user's business), COMPACT, and XML_PARSE_HUGE, without which it
 * silently drops everything nested deeper than 256 elements.  The input
 * is already clean UTF-8 and the encoding is given explicitly, so a
 * <meta charset> that lies cannot turn the page into mojibake.
 *
 * The elements are then listed in document order in a flat table; each
 * element's _private points back to its row.  Elements deeper than the
 * limit are left out of the table (their text is ignored, reported by
 * the caller), so that no later walk has unbounded work per element.
 */
#include "html/html_int.h"

#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

/* Tag names, sorted, with their tags. */
static const struct {
    const char *name;
    nf_tag tag;
} tag_names[] = {
    { "a", NF_T_A }, { "address", NF_T_ADDRESS }, { "article", NF_T_ARTICLE },
    { "aside", NF_T_ASIDE }, { "audio", NF_T_AUDIO },
    { "blockquote", NF_T_BLOCKQUOTE }, { "body", NF_T_BODY },
    { "br", NF_T_BR }, { "button", NF_T_BUTTON }, { "canvas", NF_T_CANVAS },
    { "caption", NF_T_CAPTION }, { "dd", NF_T_DD }, { "dialog", NF_T_DIALOG },
    { "div", NF_T_DIV }, { "dl", NF_T_DL }, { "dt", NF_T_DT },
    { "embed", NF_T_EMBED }, { "figcaption", NF_T_FIGCAPTION },
    { "figure", NF_T_FIGURE }, { "footer", NF_T_FOOTER }, { "form", NF_T_FORM },
    { "h1", NF_T_H1 }, { "h2", NF_T_H2 }, { "h3", NF_T_H3 }, { "h4", NF_T_H4 },
    { "h5", NF_T_H5 }, { "h6", NF_T_H6 }, { "head", NF_T_HEAD },
    { "header", NF_T_HEADER }, { "hr", NF_T_HR }, { "iframe", NF_T_IFRAME },
    { "img", NF_T_IMG }, { "input", NF_T_INPUT }, { "label", NF_T_LABEL },
    { "li", NF_T_LI }, { "main", NF_T_MAIN }, { "math", NF_T_MATH },
    { "menu", NF_T_MENU }, { "meta", NF_T_META }, { "nav", NF_T_NAV },
    { "noscript", NF_T_NOSCRIPT }, { "object", NF_T_OBJECT }, { "ol", NF_T_OL },
    { "option", NF_T_OPTION }, { "p", NF_T_P }, { "picture", NF_T_PICTURE },
    { "pre", NF_T_PRE }, { "script", NF_T_SCRIPT }, { "section", NF_T_SECTION },
    { "select", NF_T_SELECT }, { "source", NF_T_SOURCE }, { "span", NF_T_SPAN },
    { "style", NF_T_STYLE }, { "svg", NF_T_SVG }, { "table", NF_T_TABLE },
    { "td", NF_T_TD }, { "template", NF_T_TEMPLATE },
    { "textarea", NF_T_TEXTAREA }, { "th", NF_T_TH }, { "time", NF_T_TIME },
    { "title", NF_T_TITLE }, { "tr", NF_T_TR }, { "ul", NF_T_UL },
    { "video", NF_T_VIDEO },
};

nf_tag nf_tag_of(const char *name)
{
    size_t lo = 0, hi = sizeof tag_names / sizeof tag_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, tag_names[mid].name);
        if (c == 0)
            return tag_names[mid].tag;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NF_T_OTHER;
}

const char *nf_hattr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && strcmp((const char *)a->name, name) == 0) {
            const xmlNode *c = a->children;
            if (c && (c->type == XML_TEXT_NODE) && c->content)
                return (const char *)c->content;
            return "";
        }
    }
    return NULL;
}

unsigned nf_text_chars(const char *s, size_t len, unsigned *commas)
{
    unsigned n = 0, c = 0;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        unsigned char b = *p;
        if (b < 0x80) {
            if (b > ' ')
                n++;
            if (b == ',')
                c++;
            p++;
            continue;
        }
        /* U+00A0 no-break space, U+3000 ideographic space: not text. */
        if (b == 0xC2 && p + 1 < end && p[1] == 0xA0) {
            p += 2;
            continue;
        }
        if (b == 0xE3 && p + 2 < end && p[1] == 0x80 &&
            (p[2] == 0x80 || p[2] == 0x81 || p[2] == 0x82)) {
            /* U+3000 space; U+3001 、 and U+3002 。 count as commas. */
            if (p[2] != 0x80) {
                c++;
                n++;
            }
            p += 3;
            continue;
        }
        if (b == 0xEF && p + 2 < end && p[1] == 0xBC && p[2] == 0x8C)
            c++;  /* U+FF0C full-width comma */
        n++;
        p++;
        while (p < end && (*p & 0xC0) == 0x80)
            p++;
    }
    if (commas)
        *commas += c;
    return n;
}

/* Appends a row for element `x`; NF_ERR_NOMEM. */
static nf_status add_row(nf_hdoc *d, xmlNode *x, int parent, unsigned depth)
{
    if (d->n == d->cap) {
        size_t ncap = d->cap ? d->cap * 2 : 256;
        if (ncap > (size_t)INT_MAX)
            return NF_ERR_TOO_LARGE;
        nf_hnode *p = realloc(d->nodes, ncap * sizeof *p);
        if (!p)
            return NF_ERR_NOMEM;
        d->nodes = p;
        d->cap = ncap;
    }
    nf_hnode *h = &d->nodes[d->n];
    memset(h, 0, sizeof *h);
    h->node = x;
    h->parent = parent;
    h->depth = depth;
    h->tag = (unsigned char)nf_tag_of((const char *)x->name);
    x->_private = (void *)(d->n + 1);
    if (h->tag == NF_T_BODY && d->body < 0)
        d->body = (int)d->n;
    d->n++;
    return NF_OK;
}

/* Lists the elements under root in document order, without recursion. */
static nf_status list_elements(nf_hdoc *d, xmlNode *root)
{
    xmlNode *x = root;
    int parent = -1;
    unsigned depth = 1;
    while (x) {
        int descend = 0;
        if (x->type == XML_ELEMENT_NODE) {
            x->_private = NULL;
            if (depth > d->deepest)
                d->deepest = depth;
            if (depth > d->max_depth) {
                d->cut = 1;
            } else {
                nf_status st = add_row(d, x, parent, depth);
                if (st)
                    return st;
                descend = x->children != NULL;
            }
        }
        if (descend) {
            parent = (int)d->n - 1;
            depth++;
            x = x->children;
            continue;
        }
        /* Next sibling, or climb until there is one. */
        while (x && x != root && !x->next) {
            x = x->parent;
            if (x && x->type == XML_ELEMENT_NODE) {
                depth--;
                int i = nf_hidx(x);
                parent = i >= 0 ? d->nodes[i].parent : -1;
            }
        }
        if (!x || x == root)
            break;
        x = x->next;
    }
    return NF_OK;
}

nf_status nf_hdoc_parse(nf_hdoc *d, const char *html, size_t len,
                        unsigned long max_depth)
{
    assert(d && (html || len == 0));
    memset(d, 0, sizeof *d);
    d->body = -1;
    d->max_depth = max_depth ? max_depth : 100000;
    if (len > (size_t)INT_MAX)
        return NF_ERR_TOO_LARGE;
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    d->doc = htmlReadMemory(html ? html : "", (int)len, NULL, "UTF-8", opts);
    if (!d->doc)
        return NF_ERR_FORMAT;
    xmlNode *root = xmlDocGetRootElement(d->doc);
    if (!root)
        return NF_ERR_FORMAT;
    nf_status st = list_elements(d, root);
    if (st)
        return st;
    if (d->body < 0)
        d->body = 0;
    return NF_OK;
}

void nf_hdoc_free(nf_hdoc *d)
{
    if (!d)
        return;
    if (d->doc)
        xmlFreeDoc(d->doc);
    free(d->nodes);
    memset(d, 0, sizeof *d);
    d->body = -1;
}
