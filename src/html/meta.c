/* meta.c - a page's metadata: title, dates, authors, site, canonical URL
 * and language.
 *
 * Sources, from the most to the least explicit: JSON-LD objects of
 * article types (headline, datePublished, dateModified, author,
 * publisher), Open Graph and article:* <meta> properties, other common
 * <meta> names (author, date, DC.*), microdata (itemprop), <link
 * rel=canonical>, <html lang>, then the visible page: the first <h1>,
 * the first <time datetime>, the date in the URL's path, and finally a
 * short line near the top of the body that holds a date in words (in
 * any of the languages date.c knows).  Each field takes the first
 * source that gives a usable value.
 */
#include "html/html_int.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest/ingest_int.h"

/* Longest metadata value kept (bytes). */
#define NF_META_MAX 2048

/* Sets *field to a trimmed, white-space-collapsed copy of s unless set;
 * returns NF_ERR_NOMEM or NF_OK. */
static nf_status set(char **field, const char *s)
{
    if (*field || !s)
        return NF_OK;
    size_t n = strlen(s);
    if (n > NF_META_MAX)
        n = NF_META_MAX;
    char *p = malloc(n + 1);
    if (!p)
        return NF_ERR_NOMEM;
    size_t k = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = k > 0;
            continue;
        }
        if (space)
            p[k++] = ' ';
        space = 0;
        p[k++] = (char)c;
    }
    /* Do not end inside a UTF-8 sequence cut by the limit. */
    while (k > 0 && ((unsigned char)p[k - 1] & 0xC0) == 0x80 &&
           n == NF_META_MAX)
        k--;
    if (k > 0 && n == NF_META_MAX && ((unsigned char)p[k - 1] & 0xC0) == 0xC0)
        k--;
    p[k] = '\0';
    if (k == 0) {
        free(p);
        return NF_OK;
    }
    *field = p;
    return NF_OK;
}

/* Sets a date field from an ISO or written date. */
static nf_status set_date(char **field, const char *s)
{
    char d[11];
    if (*field || !s)
        return NF_OK;
    if (!nf_parse_iso_date(s, strlen(s), d) && !nf_date_find(s, strlen(s), d))
        return NF_OK;
    return set(field, d);
}

/* Appends name to the "; "-joined authors unless already there. */
static nf_status add_author(nf_html_meta *m, const char *name)
{
    if (!name)
        return NF_OK;
    while (isspace((unsigned char)*name))
        name++;
    size_t n = strlen(name);
    while (n && isspace((unsigned char)name[n - 1]))
        n--;
    if (n == 0 || n > 200 || strncmp(name, "http", 4) == 0)
        return NF_OK;
    size_t old = m->authors ? strlen(m->authors) : 0;
    if (m->authors) {
        const char *p = m->authors;
        while ((p = strstr(p, name)) != NULL) {
            if ((p == m->authors || p[-1] == ' ') &&
                (p[n] == '\0' || p[n] == ';'))
                return NF_OK;
            p++;
        }
        if (old > NF_META_MAX)
            return NF_OK;
    }
    char *s = realloc(m->authors, old + n + 3);
    if (!s)
        return NF_ERR_NOMEM;
    if (old)
        memcpy(s + old, "; ", 2), old += 2;
    memcpy(s + old, name, n);
    s[old + n] = '\0';
    m->authors = s;
    return NF_OK;
}

/* The string value of a JSON-LD member, or NULL. */
static const char *js(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A JSON-LD person or organisation: a string, {"name"}, or an array. */
static nf_status ld_names(nf_html_meta *m, const cJSON *v, int site)
{
    nf_status st = NF_OK;
    if (cJSON_IsArray(v)) {
        const cJSON *e;
        cJSON_ArrayForEach(e, v) if ((st = ld_names(m, e, site))) return st;
        return NF_OK;
    }
    const char *name = cJSON_IsString(v) ? v->valuestring
                       : cJSON_IsObject(v) ? js(v, "name") : NULL;
    return site ? set(&m->site, name) : add_author(m, name);
}

/* Whether a JSON-LD @type names an article. */
static int ld_article(const cJSON *o)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "@type");
    const char *s = cJSON_IsString(t) ? t->valuestring : NULL;
    if (cJSON_IsArray(t) && cJSON_GetArraySize(t) > 0 &&
        cJSON_IsString(cJSON_GetArrayItem(t, 0)))
        s = cJSON_GetArrayItem(t, 0)->valuestring;
    return s && (strstr(s, "Article") || strstr(s, "Posting") ||
                 strstr(s, "NewsArticle") || strcmp(s, "Report") == 0);
}

/* Reads one JSON-LD object (and its @graph). */
static nf_status ld_object(nf_html_meta *m, const cJSON *o, int depth)
{
    nf_status st = NF_OK;
    if (depth > 4)
        return NF_OK;
    if (cJSON_IsArray(o)) {
        const cJSON *e;
        cJSON_ArrayForEach(e, o) if ((st = ld_object(m, e, depth + 1))) return st;
        return NF_OK;
    }
    if (!cJSON_IsObject(o))
        return NF_OK;
    const cJSON *g = cJSON_GetObjectItemCaseSensitive(o, "@graph");
    if (g && (st = ld_object(m, g, depth + 1)))
        return st;
    if (!ld_article(o))
        return NF_OK;
    if ((st = set(&m->title, js(o, "headline"))) ||
        (st = set_date(&m->published, js(o, "datePublished"))) ||
        (st = set_date(&m->modified, js(o, "dateModified"))) ||
        (st = set(&m->language, js(o, "inLanguage"))))
        return st;
    if (!m->authors &&
        (st = ld_names(m, cJSON_GetObjectItemCaseSensitive(o, "author"), 0)))
        return st;
    return ld_names(m, cJSON_GetObjectItemCaseSensitive(o, "publisher"), 1);
}

/* The text content of a node (xmlMalloc'ed: xmlFree it), or NULL. */
static char *content(const xmlNode *n)
{
    /* The text of n's subtree, in document order, like
     * xmlNodeGetContent, but without the content of the scripts and
     * styles inside n (never seen by a reader; the parser may skip it,
     * tree.c).  A script's own text is returned when n is the script. */
    size_t len = 0, cap = 64;
    xmlChar *out = xmlMalloc(cap);
    if (!out)
        return NULL;
    const xmlNode *x = n;
    while (x) {
        const xmlNode *next = NULL;
        if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
            size_t k = x->content ? strlen((const char *)x->content) : 0;
            if (len + k + 1 > cap) {
                while (len + k + 1 > cap)
                    cap *= 2;
                xmlChar *bigger = xmlRealloc(out, cap);
                if (!bigger) {
                    xmlFree(out);
                    return NULL;
                }
                out = bigger;
            }
            memcpy(out + len, x->content, k);
            len += k;
        } else if (x->type == XML_ELEMENT_NODE && x->children &&
                   (x == n || (strcmp((const char *)x->name, "script") != 0 &&
                               strcmp((const char *)x->name, "style") != 0))) {
            next = x->children;
        }
        /* Then the next sibling, or an ancestor's, without leaving n. */
        while (!next && x != n) {
            if (x->next) {
                next = x->next;
                break;
            }
            x = x->parent;
        }
        x = next;
    }
    out[len] = '\0';
    return (char *)out;
}

/* Reads one <meta>. */
static nf_status meta_tag(nf_html_meta *m, const xmlNode *x)
{
    const char *key = nf_hattr(x, "property");
    if (!key)
        key = nf_hattr(x, "name");
    if (!key)
        key = nf_hattr(x, "itemprop");
    const char *val = nf_hattr(x, "content");
    const char *equiv = nf_hattr(x, "http-equiv");
    if (equiv && val && strcasecmp(equiv, "content-language") == 0)
        return set(&m->language, val);
    if (!key || !val)
        return NF_OK;
    char k[64];
    size_t n = 0;
    for (; key[n] && n + 1 < sizeof k; n++)
        k[n] = (char)tolower((unsigned char)key[n]);
    k[n] = '\0';
    if (!strcmp(k, "og:title") || !strcmp(k, "twitter:title"))
        return set(&m->title, val);
    if (!strcmp(k, "og:site_name") || !strcmp(k, "application-name"))
        return set(&m->site, val);
    if (!strcmp(k, "og:url"))
        return set(&m->canonical, val);
    if (!strcmp(k, "description") || !strcmp(k, "og:description"))
        return set(&m->description, val);
    if (!strcmp(k, "og:locale") || !strcmp(k, "language") ||
        !strcmp(k, "dc.language"))
        return set(&m->language, val);
    if (!strcmp(k, "article:published_time") || !strcmp(k, "datepublished") ||
        !strcmp(k, "pubdate") || !strcmp(k, "publishdate") ||
        !strcmp(k, "publish-date") || !strcmp(k, "date") ||
        !strcmp(k, "dc.date") || !strcmp(k, "dc.date.issued") ||
        !strcmp(k, "dcterms.created") || !strcmp(k, "sailthru.date") ||
        !strcmp(k, "parsely-pub-date") || !strcmp(k, "og:published_time") ||
        !strcmp(k, "article.published") || !strcmp(k, "citation_date"))
        return set_date(&m->published, val);
    if (!strcmp(k, "article:modified_time") || !strcmp(k, "og:updated_time") ||
        !strcmp(k, "datemodified") || !strcmp(k, "last-modified") ||
        !strcmp(k, "dcterms.modified"))
        return set_date(&m->modified, val);
    if (!strcmp(k, "author") || !strcmp(k, "article:author") ||
        !strcmp(k, "dc.creator") || !strcmp(k, "parsely-author") ||
        !strcmp(k, "sailthru.author"))
        return add_author(m, val);
    return NF_OK;
}

/* Cuts a site name off a <title>: "Headline | Site", "Headline - Site". */
static void strip_site(char *t)
{
    static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ",
                                        " \xe2\x80\x94 ", " :: ", " \xc2\xbb " };
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        char *p = strstr(t, seps[i]), *last = NULL;
        while (p) {
            last = p;
            p = strstr(p + 1, seps[i]);
        }
        if (last && last - t >= 15) {
            *last = '\0';
            return;
        }
    }
}

nf_status nf_hdoc_meta(const nf_hdoc *d, const char *url, nf_html_meta *m)
{
    nf_status st = NF_OK;
    char *h1 = NULL, *title = NULL, *timed = NULL;
    const xmlNode *root = d->root;
    if (root && (st = set(&m->language, nf_hattr(root, "lang"))))
        return st;
    for (size_t i = 0; i < d->n && !st; i++) {
        const nf_hnode *h = &d->nodes[i];
        const xmlNode *x = h->node;
        switch ((nf_tag)h->tag) {
        case NF_T_META:
            st = meta_tag(m, x);
            break;
        case NF_T_TITLE:
            if (!title && h->parent >= 0 && d->nodes[h->parent].tag == NF_T_HEAD)
                title = content(x);
            break;
        case NF_T_H1:
            if (!h1 && !(h->flags & NF_H_DROP))
                h1 = content(x);
            else if (!h1 && h->parent >= 0)
                h1 = content(x);
            break;
        case NF_T_TIME:
            if (!timed) {
                const char *dt = nf_hattr(x, "datetime");
                if (dt)
                    timed = (char *)xmlStrdup((const xmlChar *)dt);
            }
            break;
        case NF_T_SCRIPT: {
            const char *type = nf_hattr(x, "type");
            if (type && strstr(type, "ld+json")) {
                char *js_text = content(x);
                if (js_text) {
                    cJSON *j = cJSON_Parse(js_text);
                    if (j)
                        st = ld_object(m, j, 0);
                    cJSON_Delete(j);
                    xmlFree(js_text);
                }
            }
            break;
        }
        default:
            break;
        }
        if (st)
            break;
        const char *ip = nf_hattr(x, "itemprop");
        if (ip && h->tag != NF_T_META) {
            const char *dt = nf_hattr(x, "datetime");
            if (!dt)
                dt = nf_hattr(x, "content");
            if (strcmp(ip, "datePublished") == 0)
                st = set_date(&m->published, dt);
            else if (strcmp(ip, "dateModified") == 0)
                st = set_date(&m->modified, dt);
        }
        const char *rel = nf_hattr(x, "rel");
        if (!st && rel && h->tag != NF_T_A && strcasecmp(rel, "canonical") == 0)
            st = set(&m->canonical, nf_hattr(x, "href"));
        if (!st && rel && h->tag == NF_T_A && strcasecmp(rel, "author") == 0 &&
            !m->authors) {
            char *c = content(x);
            st = add_author(m, c);
            xmlFree(c);
        }
    }
    if (!st)
        st = set(&m->title, h1);
    if (!st && title && !m->title) {
        strip_site(title);
        st = set(&m->title, title);
    }
    if (!st)
        st = set_date(&m->published, timed);
    char ud[11];
    if (!st && !m->published && nf_date_from_url(url ? url : m->canonical, ud))
        st = set(&m->published, ud);
    /* A date line near the top of the body: a short block in words. */
    for (size_t i = 0, seen = 0; !st && !m->published && i < d->n && seen < 400;
         i++) {
        const nf_hnode *h = &d->nodes[i];
        if (h->tag == NF_T_SCRIPT || h->tag == NF_T_STYLE || h->tag == NF_T_HEAD)
            continue;
        seen++;
        if (h->text == 0 || h->text > 60 || !(h->flags & NF_H_BLOCK) ||
            h->node->children == NULL)
            continue;
        char *c = content(h->node);
        char dd[11];
        if (c && nf_date_find(c, strlen(c), dd))
            st = set(&m->published, dd);
        xmlFree(c);
    }
    xmlFree(h1);
    xmlFree(title);
    xmlFree(timed);
    return st;
}
