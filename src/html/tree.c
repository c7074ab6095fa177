/* tree.c - parsing a page: libxml2's HTML tokenizer, our own tree.
 *
 * libxml2's HTML parser is used with RECOVER (tag soup is the norm),
 * NONET (never fetch), NOERROR/NOWARNING (its messages are not the
 * user's business) and XML_PARSE_HUGE, without which it silently drops
 * everything nested deeper than 256 elements.  The input is already
 * clean UTF-8 and the encoding is given explicitly, so a <meta charset>
 * that lies cannot turn the page into mojibake.
 *
 * Only libxml2's tokenizer and its HTML rules (implied and auto-closed
 * elements) are used: its SAX events build the tree here, with the same
 * xmlNode/xmlAttr structures, allocated from one arena.  libxml2's own
 * tree builder spends most of its time in malloc and free (one call per
 * node, attribute and string, and as many again to free the tree); the
 * arena makes both a pointer bump and one release.  The element table
 * (nf_hnode rows, document order, parent index, depth, tag) is filled in
 * the same pass, at each start tag.  The parser context is kept per
 * thread and reused (htmlCtxtReadMemory resets it), so its buffers and
 * name dictionary are not rebuilt for every page.  Elements deeper than the limit are
 * not built at all (their text is ignored, reported by the caller).
 *
 * Two fast paths keep libxml2 from reading bytes the extractor never
 * uses (it reads them one character at a time): the content of scripts
 * and styles is stepped over at their start tags (nf_html_skip_raw, slim.c), and
 * the next start tag is stripped of unread attributes wherever the
 * parser is known to stand between two pieces of content (slim.c).
 * Both give the tree libxml2 would build reading every byte
 * (test_html_fast compares the two), and both are on only for the
 * libxml2 versions whose reading rules they follow.
 */
#include "html/html_int.h"

#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/dict.h>
#include <libxml/globals.h>
#include <libxml/xmlversion.h>
#include <libxml/parser.h>

#include "core/arena.h"
#include "core/grow.h"
#include "text/text.h"

/* What the SAX callbacks build. */
typedef struct tree_state {
    nf_hdoc *d;
    xmlNode *cur;          /* the open element, NULL before the root     */
    int cur_row;           /* its row, -1 before the root                */
    unsigned depth;        /* depth of cur (root = 1)                    */
    unsigned long skip;    /* open elements beyond max_depth             */
    char *text;            /* pending character data (malloc'ed)         */
    size_t text_len, text_cap;
    xmlElementType text_type;
    nf_status st;
    htmlParserCtxtPtr ctxt; /* the parser, for the fast paths; NULL:
                             * they are off (unknown libxml2)        */
    int clean;             /* the page is clean text (no checks)      */
} tree_state;

/* Whether the fast paths (nf_html_skip_raw, nf_html_slim_next) are on in
 * this thread; off only to compare with libxml2 reading everything. */
static _Thread_local int fast_off;

/* Whether the libxml2 in use reads pages the way the fast paths assume
 * (checked against 2.9.14 by test_html_fast): from 2.9 to 2.10 it
 * copies the page before parsing it, and ends raw text and reads start
 * tags as slim.c expects.  Later versions may parse the caller's memory
 * in place, and 2.14 has a new tokenizer: there the fast paths stay
 * off.  Both the headers and the library loaded at run time must be in
 * range. */
static int libxml2_known(void)
{
#if LIBXML_VERSION >= 20900 && LIBXML_VERSION < 21100
    int v = xmlParserVersion ? atoi(xmlParserVersion) : 0;
    return v >= 20900 && v < 21100;
#else
    return 0;
#endif
}

int nf_html_fast_paths(int on)
{
    int was = !fast_off;
    fast_off = !on;
    return was;
}

/* Appends `node` as the last child of `parent`. */
static void link_child(xmlNode *parent, xmlNode *node)
{
    node->parent = parent;
    if (parent->last) {
        parent->last->next = node;
        node->prev = parent->last;
    } else {
        parent->children = node;
    }
    parent->last = node;
}

/* The element new nodes go under: the open one, else the root. */
static xmlNode *container(const tree_state *t)
{
    return t->cur ? t->cur : t->d->root;
}

/* Turns the pending character data into a text node. */
static void flush_text(tree_state *t)
{
    if (t->text_len == 0)
        return;
    xmlNode *parent = container(t);
    size_t n = t->text_len;
    t->text_len = 0;
    if (!parent || t->st)
        return;
    xmlNode *x = nf_arena_calloc(t->d->arena, 1, sizeof *x);
    char *s = x ? nf_arena_strndup(t->d->arena, t->text, n) : NULL;
    if (!s) {
        t->st = NF_ERR_NOMEM;
        return;
    }
    x->type = t->text_type;
    x->name = (const xmlChar *)"text";
    x->content = (xmlChar *)s;
    link_child(parent, x);
}

/* SAX: character data (text, or a script's or style's content). */
static void add_chars(tree_state *t, const xmlChar *ch, int len,
                      xmlElementType type)
{
    if (t->st || t->skip || len <= 0)
        return;
    if (t->text_len && t->text_type != type)
        flush_text(t);
    t->text_type = type;
    if (t->text_len + (size_t)len > t->text_cap) {
        size_t cap = t->text_cap ? t->text_cap : 4096;
        while (cap < t->text_len + (size_t)len)
            cap *= 2;
        char *p = realloc(t->text, cap);
        if (!p) {
            t->st = NF_ERR_NOMEM;
            return;
        }
        t->text = p;
        t->text_cap = cap;
    }
    memcpy(t->text + t->text_len, ch, (size_t)len);
    t->text_len += (size_t)len;
}

/* The parser's input when it stands between two pieces of content at
 * `at` (see nf_html_slim_next), else NULL. */
static xmlParserInputPtr input_at(const tree_state *t)
{
    xmlParserInputPtr in = t->ctxt && !fast_off ? t->ctxt->input : NULL;
    return in && in->cur && in->end && in->base && in->cur >= in->base &&
                   in->cur < in->end ? in : NULL;
}

/* Slims the next start tag when the parser will read on at in->cur. */
static void slim_at_cur(xmlParserInputPtr in, int clean)
{
    in->cur = nf_html_slim_next(in->cur, in->end, clean);
}

static void on_chars(void *ctx, const xmlChar *ch, int len)
{
    tree_state *t = ctx;
    add_chars(t, ch, len, XML_TEXT_NODE);
    /* At the end of a run of text the parser stands on the '<' that
     * ended it (in the middle of a long run, on the character it just
     * copied, never a '<'). */
    xmlParserInputPtr in = input_at(t);
    if (in && *in->cur == '<')
        slim_at_cur(in, t->clean);
}

static void on_cdata(void *ctx, const xmlChar *ch, int len)
{
    add_chars(ctx, ch, len, XML_CDATA_SECTION_NODE);
}

/* Appends a row for element x; NF_ERR_NOMEM, NF_ERR_TOO_LARGE. */
static nf_status add_row(nf_hdoc *d, xmlNode *x, int parent, unsigned depth)
{
    if (d->n == d->cap && d->cap > (size_t)INT_MAX / 2)
        return NF_ERR_TOO_LARGE;   /* rows are indexed by int */
    if (nf_grow(&d->nodes, &d->cap, d->n, sizeof *d->nodes, 256))
        return NF_ERR_NOMEM;
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

/* Copies attribute pairs atts (name, value, ..., NULL) onto x. */
static nf_status add_attrs(nf_arena *a, xmlNode *x, const xmlChar **atts)
{
    xmlAttr *last = NULL;
    for (size_t i = 0; atts && atts[i]; i += 2) {
        xmlAttr *at = nf_arena_calloc(a, 1, sizeof *at);
        const char *nm = (const char *)atts[i];
        char *name = at ? nf_arena_strndup(a, nm, strlen(nm)) : NULL;
        if (!name)
            return NF_ERR_NOMEM;
        at->type = XML_ATTRIBUTE_NODE;
        at->name = (const xmlChar *)name;
        at->parent = x;
        if (atts[i + 1]) {
            const char *v = (const char *)atts[i + 1];
            xmlNode *vt = nf_arena_calloc(a, 1, sizeof *vt);
            char *val = vt ? nf_arena_strndup(a, v, strlen(v)) : NULL;
            if (!val)
                return NF_ERR_NOMEM;
            vt->type = XML_TEXT_NODE;
            vt->name = (const xmlChar *)"text";
            vt->content = (xmlChar *)val;
            vt->parent = (xmlNode *)at;
            at->children = at->last = vt;
        }
        if (last) {
            last->next = at;
            at->prev = last;
        } else {
            x->properties = at;
        }
        last = at;
    }
    return NF_OK;
}

/* Whether attribute pairs atts give a type naming JSON-LD. */
static int is_json_ld(const xmlChar **atts)
{
    for (size_t i = 0; atts && atts[i]; i += 2)
        if (atts[i + 1] && strcmp((const char *)atts[i], "type") == 0 &&
            strstr((const char *)atts[i + 1], "ld+json"))
            return 1;
    return 0;
}

/* SAX: a start tag (given or implied by the HTML rules). */
static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    tree_state *t = ctx;
    if (t->st)
        return;
    const char *nm0 = name ? (const char *)name : "";
    int script = strcmp(nm0, "script") == 0;
    int raw = script || strcmp(nm0, "style") == 0;
    if (raw && !(script && is_json_ld(atts)) && !fast_off)
        nf_html_skip_raw(t->ctxt, nm0, t->clean);
    /* A start tag that was in the page (not one implied by the HTML
     * rules: html, head, body, p) ends at '>', where the parser stands;
     * the next tag can be slimmed, unless this one holds raw text.  The
     * byte before the slim tag becomes the '>' the parser steps over. */
    xmlParserInputPtr in = input_at(t);
    if (in && *in->cur == '>' && !raw && strcmp(nm0, "html") != 0 &&
        strcmp(nm0, "head") != 0 && strcmp(nm0, "body") != 0 &&
        strcmp(nm0, "p") != 0) {
        const xmlChar *q = nf_html_slim_next(in->cur + 1, in->end, t->clean);
        if (q != in->cur + 1) {
            *(xmlChar *)(q - 1) = '>';
            in->cur = q - 1;
        }
    }
    flush_text(t);
    nf_hdoc *d = t->d;
    xmlNode *parent = container(t);
    /* After the root closed, later elements go under it (depth 2). */
    unsigned depth = t->cur ? t->depth + 1 : parent ? 2 : 1;
    if (depth > d->deepest)
        d->deepest = depth;
    if (t->skip || depth > d->max_depth) {
        d->cut = 1;
        t->skip++;
        return;
    }
    xmlNode *x = nf_arena_calloc(d->arena, 1, sizeof *x);
    const char *nm = name ? (const char *)name : "";
    char *copy = x ? nf_arena_strndup(d->arena, nm, strlen(nm)) : NULL;
    if (!copy) {
        t->st = NF_ERR_NOMEM;
        return;
    }
    x->type = XML_ELEMENT_NODE;
    x->name = (const xmlChar *)copy;
    if ((t->st = add_attrs(d->arena, x, atts)))
        return;
    int prow = t->cur ? t->cur_row : (parent ? 0 : -1);
    if (parent)
        link_child(parent, x);
    else
        d->root = x;
    if ((t->st = add_row(d, x, prow, depth)))
        return;
    t->cur = x;
    t->cur_row = (int)d->n - 1;
    t->depth = depth;
}

/* SAX: an end tag (given or implied). */
static void on_end(void *ctx, const xmlChar *name)
{
    tree_state *t = ctx;
    (void)name;
    /* After an end tag (or "/>", or the '>' of an empty element) the
     * parser stands just past its '>'; when an element is closed
     * implicitly inside a start tag, it stands after the tag's name. */
    xmlParserInputPtr in = input_at(t);
    if (in && in->cur > in->base && in->cur[-1] == '>')
        slim_at_cur(in, t->clean);
    if (t->st)
        return;
    if (t->skip) {
        t->skip--;
        return;
    }
    flush_text(t);
    if (!t->cur)
        return;
    t->cur = t->cur->parent;
    t->cur_row = nf_hidx(t->cur);
    if (t->depth > 0)
        t->depth--;
}

/* Names in the reused parser's dictionary before it is renewed. */
#define NF_DICT_MAX 20000

/* The parser context of this thread, reused from page to page (its
 * buffers and dictionary are allocated once); NULL until first used. */
static _Thread_local htmlParserCtxtPtr cached_ctxt;

/* This thread's parser context, created when needed; NULL on failure. */
static htmlParserCtxtPtr parser_ctxt(void)
{
    if (!cached_ctxt)
        cached_ctxt = htmlNewParserCtxt();
    return cached_ctxt;
}

void nf_html_parser_release(void)
{
    if (cached_ctxt)
        htmlFreeParserCtxt(cached_ctxt);
    cached_ctxt = NULL;
}

nf_status nf_hdoc_parse(nf_hdoc *d, const char *html, size_t len,
                        unsigned long max_depth, int clean)
{
    assert(d && (html || len == 0));
    memset(d, 0, sizeof *d);
    d->body = -1;
    d->max_depth = max_depth ? max_depth : 100000;
    if (len > (size_t)INT_MAX)
        return NF_ERR_TOO_LARGE;
    d->arena = nf_arena_new();
    if (!d->arena)
        return NF_ERR_NOMEM;
    htmlParserCtxtPtr ctxt = parser_ctxt();
    if (!ctxt)
        return NF_ERR_NOMEM;
    tree_state t = { 0 };
    t.d = d;
    t.cur_row = -1;
    t.ctxt = libxml2_known() ? ctxt : NULL;  /* NULL: no fast paths */
    t.clean = clean;
    xmlSAXHandler *sax = ctxt->sax;
    memset(sax, 0, sizeof *sax);
    sax->initialized = 1;
    sax->startElement = on_start;
    sax->endElement = on_end;
    sax->characters = on_chars;
    sax->ignorableWhitespace = on_chars;
    sax->cdataBlock = on_cdata;
    ctxt->userData = &t;
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | XML_PARSE_HUGE;
    htmlDocPtr doc =
        htmlCtxtReadMemory(ctxt, html ? html : "", (int)len, NULL, "UTF-8", opts);
    if (doc)
        xmlFreeDoc(doc);  /* never built: no startDocument handler */
    flush_text(&t);
    ctxt->userData = ctxt;
    /* The dictionary of names grows with every page: start afresh when
     * a page (or a run of them) has filled it. */
    if (!ctxt->dict || xmlDictSize(ctxt->dict) > NF_DICT_MAX) {
        htmlFreeParserCtxt(ctxt);
        cached_ctxt = NULL;
    }
    free(t.text);
    if (t.st)
        return t.st;
    if (!d->root)
        return NF_ERR_FORMAT;
    if (d->body < 0)
        d->body = 0;
    return NF_OK;
}

void nf_hdoc_free(nf_hdoc *d)
{
    if (!d)
        return;
    nf_arena_free(d->arena);
    free(d->nodes);
    memset(d, 0, sizeof *d);
    d->body = -1;
}
