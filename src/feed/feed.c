/* feed.c - reading RSS 2.0, RSS 1.0/RDF and Atom (see feed.h).
 *
 * The three dialects differ only in where the items are and what their
 * fields are called: RSS 2.0 has rss/channel/item, RSS 1.0 has rdf:RDF
 * with items beside the channel, Atom has feed/entry.  Fields are told
 * by their local names whatever their namespace prefix (dc:date,
 * content:encoded, atom:link), so feeds mixing vocabularies read the
 * same.  The tree is walked over a few fixed levels only; no recursion
 * depends on the input.
 */
#include "feed/feed.h"

#include <assert.h>
#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

/* The fields of one item while it is read (libxml2 strings). */
typedef struct item_strs {
    xmlChar *title, *link, *id, *published, *modified, *author;
    xmlChar *content, *summary;
    int content_html, summary_html;
} item_strs;

static void item_free(item_strs *s)
{
    xmlFree(s->title);
    xmlFree(s->link);
    xmlFree(s->id);
    xmlFree(s->published);
    xmlFree(s->modified);
    xmlFree(s->author);
    xmlFree(s->content);
    xmlFree(s->summary);
    memset(s, 0, sizeof *s);
}

/* Whether element x has local name `name`. */
static int is(const xmlNode *x, const char *name)
{
    return x->type == XML_ELEMENT_NODE && x->name &&
           strcmp((const char *)x->name, name) == 0;
}

/* Sets *dst to the text of x unless set. */
static void take(xmlChar **dst, const xmlNode *x)
{
    if (*dst)
        return;
    xmlChar *c = xmlNodeGetContent(x);
    if (c && !c[0]) {
        xmlFree(c);
        c = NULL;
    }
    *dst = c;
}

/* The Atom link of an entry: rel="alternate" or no rel. */
static void atom_link(item_strs *s, const xmlNode *x)
{
    xmlChar *rel = xmlGetProp(x, (const xmlChar *)"rel");
    int ok = !rel || strcmp((const char *)rel, "alternate") == 0;
    xmlFree(rel);
    if (!ok || s->link)
        return;
    s->link = xmlGetProp(x, (const xmlChar *)"href");
    if (!s->link)
        take(&s->link, x);
}

/* Whether an Atom text construct is HTML (type="html"). */
static int atom_html(const xmlNode *x)
{
    xmlChar *t = xmlGetProp(x, (const xmlChar *)"type");
    int html = t && (strcmp((const char *)t, "html") == 0 ||
                     strstr((const char *)t, "html") != NULL);
    int xhtml = t && strcmp((const char *)t, "xhtml") == 0;
    xmlFree(t);
    return html && !xhtml;
}

/* Reads the fields of item or entry x. */
static void read_item(item_strs *s, const xmlNode *x)
{
    for (const xmlNode *c = x->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, "title"))
            take(&s->title, c);
        else if (is(c, "link")) {
            if (xmlHasProp(c, (const xmlChar *)"href"))
                atom_link(s, c);
            else
                take(&s->link, c);
        } else if (is(c, "guid") || is(c, "id") || is(c, "identifier"))
            take(&s->id, c);
        else if (is(c, "pubDate") || is(c, "published") || is(c, "date") ||
                 is(c, "issued") || is(c, "created"))
            take(&s->published, c);
        else if (is(c, "updated") || is(c, "modified"))
            take(&s->modified, c);
        else if (is(c, "author") || is(c, "creator")) {
            const xmlNode *name = NULL;
            for (const xmlNode *k = c->children; k; k = k->next)
                if (is(k, "name"))
                    name = k;
            take(&s->author, name ? name : c);
        } else if (is(c, "encoded") || is(c, "content")) {
            if (!s->content) {
                /* RSS content:encoded is always HTML; Atom says. */
                s->content_html = is(c, "encoded") || atom_html(c);
                take(&s->content, c);
            }
        } else if (is(c, "description") || is(c, "summary")) {
            if (!s->summary) {
                s->summary_html = is(c, "description") || atom_html(c);
                take(&s->summary, c);
            }
        }
    }
    /* Atom falls back on updated when published is absent. */
    if (!s->published && s->modified)
        s->published = xmlStrdup(s->modified);
}

/* Hands item x to fn. */
static nf_status emit(const xmlNode *x, const char *site, unsigned long index,
                      nf_feed_item_fn fn, void *ctx)
{
    item_strs s;
    memset(&s, 0, sizeof s);
    read_item(&s, x);
    nf_feed_item it;
    memset(&it, 0, sizeof it);
    it.title = (const char *)s.title;
    it.link = (const char *)s.link;
    it.id = (const char *)s.id;
    it.published = (const char *)s.published;
    it.modified = (const char *)s.modified;
    it.author = (const char *)s.author;
    if (s.content) {
        it.body = (const char *)s.content;
        it.body_is_html = s.content_html;
        it.full = 1;
    } else if (s.summary) {
        it.body = (const char *)s.summary;
        it.body_is_html = s.summary_html;
    }
    it.site = site;
    it.index = index;
    nf_status st = fn(ctx, &it);
    item_free(&s);
    return st;
}

/* The text of the first child of x named `name`, or NULL (xmlFree). */
static xmlChar *child_text(const xmlNode *x, const char *name)
{
    for (const xmlNode *c = x ? x->children : NULL; c; c = c->next)
        if (is(c, name))
            return xmlNodeGetContent(c);
    return NULL;
}

nf_status nf_feed_parse(const char *xml, size_t len, nf_feed_item_fn fn,
                        void *ctx, unsigned long *n_items)
{
    assert(fn && (xml || len == 0));
    if (n_items)
        *n_items = 0;
    if (len > (size_t)INT_MAX)
        return NF_ERR_TOO_LARGE;
    xmlInitParser();
    int opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
               XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlDocPtr doc = xmlReadMemory(xml ? xml : "", (int)len, NULL, NULL, opts);
    if (!doc)
        return NF_ERR_FORMAT;
    const xmlNode *root = xmlDocGetRootElement(doc);
    nf_status st = NF_OK;
    unsigned long count = 0;
    const xmlNode *channel = NULL;
    const xmlNode *list = NULL;  /* parent of the items */
    const char *item_name = "item";
    if (root && is(root, "rss")) {
        for (const xmlNode *c = root->children; c; c = c->next)
            if (is(c, "channel") && !channel)
                channel = c;
        list = channel;
    } else if (root && is(root, "RDF")) {
        for (const xmlNode *c = root->children; c; c = c->next)
            if (is(c, "channel") && !channel)
                channel = c;
        list = root;
    } else if (root && is(root, "feed")) {
        channel = root;
        list = root;
        item_name = "entry";
    } else {
        st = NF_ERR_FORMAT;
    }
    xmlChar *site = channel ? child_text(channel, "title") : NULL;
    for (const xmlNode *c = list ? list->children : NULL; c && !st; c = c->next)
        if (is(c, item_name))
            st = emit(c, (const char *)site, ++count, fn, ctx);
    xmlFree(site);
    xmlFreeDoc(doc);
    if (n_items)
        *n_items = count;
    return st;
}

int nf_feed_sniff(const char *data, size_t len)
{
    size_t i = 0, lim = len < 4096 ? len : 4096;
    if (lim >= 3 && (unsigned char)data[0] == 0xEF &&
        (unsigned char)data[1] == 0xBB && (unsigned char)data[2] == 0xBF)
        i = 3;
    for (int rounds = 0; rounds < 32 && i < lim; rounds++) {
        while (i < lim && isspace((unsigned char)data[i]))
            i++;
        if (i + 1 < lim && data[i] == '<' && (data[i + 1] == '?' || data[i + 1] == '!')) {
            const char *e = memchr(data + i, '>', lim - i);
            if (!e)
                return 0;
            i = (size_t)(e - data) + 1;
            continue;
        }
        break;
    }
    if (i >= lim || data[i] != '<')
        return 0;
    const char *p = data + i + 1;
    size_t n = lim - i - 1;
    return (n >= 3 && strncmp(p, "rss", 3) == 0 && (n == 3 || !isalnum((unsigned char)p[3]))) ||
           (n >= 4 && strncmp(p, "feed", 4) == 0 && (n == 4 || !isalnum((unsigned char)p[4]))) ||
           (n >= 7 && strncmp(p, "rdf:RDF", 7) == 0);
}
