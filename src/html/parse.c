/* parse.c - what the extractor knows about elements and text: tag
 * names, attribute look-up, counting the characters of a text.
 *
 * The tree itself is built by tree.c (libxml2's HTML tokenizer, our own
 * node allocation); this file holds the small helpers every pass uses.
 */
#include "html/html_int.h"

#include <assert.h>
#include <string.h>

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
    assert(nf_html_attr_kept(name));  /* slim.c drops the others */
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

