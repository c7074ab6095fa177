/* prune.c - marking what cannot be article text.
 *
 * By kind: scripts, styles, embedded objects, forms' controls, menus,
 * navigation, asides, page footers and headers, figures (images and
 * their captions), and hidden elements (hidden, aria-hidden, inline
 * display:none).  By name: the class, id and role of an element say
 * what it is in every site's vocabulary ("share-bar", "related-posts",
 * "comment-form", "newsletter-signup", "cookie-notice", "ad-slot").  A
 * name is split into words at anything that is not a letter or digit,
 * and each word is compared with short lists of words that mean "not
 * content" and "content"; an element whose names say both is kept (a
 * "post-content-share" box is decided by the scorer).  These lists are
 * about page structure in general, never about one site's strings.
 */
#include "html/html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Words of class/id names that mark non-content.  A word matches when
 * it equals an entry, or starts with an entry marked by a final '*'. */
static const char *const neg_words[] = {
    "ad", "ads", "adv", "advert*", "advertisement", "adslot", "affiliate",
    "agegate", "breadcrumb*", "cmp", "combx", "comment*", "community",
    "consent", "cookie*", "disclaimer", "disqus", "footer*", "gdpr",
    "login", "menu*", "nav*", "navbar", "newsletter*", "outbrain",
    "pagination", "pager", "popup", "promo*", "recommend*",
    "related*", "remark", "replies", "reply", "rss", "share*", "sharing",
    "shoutbox", "sidebar*", "signup", "skip", "skyscraper", "social*",
    "sponsor*", "subscribe*", "subscription", "supplemental", "taboola",
    "trending", "tweet", "twitter", "yom",
};

/* Words of weaker meaning: the element is dropped only when it holds
 * little prose (a "meta" line, a "widget" of links), never when it
 * wraps paragraphs (page builders call every box a widget). */
static const char *const weak_words[] = {
    "alert", "banner", "bio", "byline*", "caption", "contact", "credit*",
    "dateline", "dropdown", "embed", "follow", "footnote", "gallery",
    "jump", "keywords", "masthead", "meta", "modal", "more", "most*",
    "overlay", "paywall", "people", "popular", "print", "rating", "tag", "tags",
    "teaser", "timestamp", "toolbar", "tools", "topics", "upsell",
    "utility", "widget*",
};

/* Words that mark content. */
static const char *const pos_words[] = {
    "article*", "body", "blog", "content*", "entry*", "main", "page",
    "post*", "story*", "text",
};

/* Whether word w (n bytes, lower case) matches one of list. */
static int word_in(const char *w, size_t n, const char *const *list,
                   size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const char *e = list[i];
        if (e[0] != w[0])
            continue;
        size_t k = strlen(e);
        if (e[k - 1] == '*') {
            if (n >= k - 1 && memcmp(w, e, k - 1) == 0)
                return 1;
        } else if (n == k && memcmp(w, e, k) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Whether any word of names s matches list. */
static int names_match(const char *s, const char *const *list, size_t count)
{
    if (!s)
        return 0;
    char w[32];
    size_t n = 0;
    for (const char *p = s;; p++) {
        int c = (unsigned char)*p;
        if (c && isalnum(c)) {
            if (n < sizeof w)
                w[n] = (char)tolower(c);
            n++;
            continue;
        }
        if (n > 0 && n <= sizeof w && word_in(w, n, list, count))
            return 1;
        n = 0;
        if (!c)
            return 0;
    }
}

int nf_names_negative(const char *s)
{
    return names_match(s, neg_words, sizeof neg_words / sizeof neg_words[0]);
}

int nf_names_weak(const char *s)
{
    return names_match(s, weak_words, sizeof weak_words / sizeof weak_words[0]);
}

int nf_names_positive(const char *s)
{
    return names_match(s, pos_words, sizeof pos_words / sizeof pos_words[0]);
}

/* Whether the inline style hides the element. */
static int style_hidden(const char *style)
{
    if (!style)
        return 0;
    char buf[256];
    size_t n = 0;
    for (const char *p = style; *p && n + 1 < sizeof buf; p++)
        if (!isspace((unsigned char)*p))
            buf[n++] = (char)tolower((unsigned char)*p);
    buf[n] = '\0';
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

/* Whether the tag is dropped whatever its names. */
static int dropped_kind(nf_tag t)
{
    switch (t) {
    case NF_T_SCRIPT: case NF_T_STYLE: case NF_T_NOSCRIPT: case NF_T_TEMPLATE:
    case NF_T_SVG: case NF_T_MATH: case NF_T_IFRAME: case NF_T_OBJECT:
    case NF_T_EMBED: case NF_T_CANVAS: case NF_T_VIDEO: case NF_T_AUDIO:
    case NF_T_BUTTON: case NF_T_INPUT: case NF_T_SELECT: case NF_T_OPTION:
    case NF_T_TEXTAREA: case NF_T_LABEL: case NF_T_NAV: case NF_T_ASIDE:
    case NF_T_FOOTER: case NF_T_HEADER: case NF_T_FIGURE:
    case NF_T_FIGCAPTION: case NF_T_HEAD: case NF_T_TITLE: case NF_T_META:
    case NF_T_DIALOG: case NF_T_MENU: case NF_T_PICTURE: case NF_T_SOURCE:
        return 1;
    default:
        return 0;
    }
}

/* Whether the tag starts a block (text before and after it is apart). */
static int block_kind(nf_tag t)
{
    switch (t) {
    case NF_T_ADDRESS: case NF_T_ARTICLE: case NF_T_ASIDE:
    case NF_T_BLOCKQUOTE: case NF_T_BODY: case NF_T_DD: case NF_T_DIV:
    case NF_T_DL: case NF_T_DT: case NF_T_FIGCAPTION: case NF_T_FIGURE:
    case NF_T_FOOTER: case NF_T_FORM: case NF_T_H1: case NF_T_H2:
    case NF_T_H3: case NF_T_H4: case NF_T_H5: case NF_T_H6: case NF_T_HEADER:
    case NF_T_HR: case NF_T_LI: case NF_T_MAIN: case NF_T_NAV: case NF_T_OL:
    case NF_T_P: case NF_T_PRE: case NF_T_SECTION: case NF_T_TABLE:
    case NF_T_TD: case NF_T_TH: case NF_T_TR: case NF_T_UL: case NF_T_CAPTION:
    case NF_T_MENU:
        return 1;
    default:
        return 0;
    }
}

void nf_hdoc_prune(nf_hdoc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        nf_hnode *h = &d->nodes[i];
        const xmlNode *x = h->node;
        if (block_kind((nf_tag)h->tag))
            h->flags |= NF_H_BLOCK;
        if (h->parent >= 0 && (d->nodes[h->parent].flags & NF_H_DROP)) {
            h->flags |= NF_H_DROP;
            continue;
        }
        /* One walk over the attributes. */
        const char *cls = NULL, *id = NULL, *itemprop = NULL, *style = NULL;
        const char *aria = NULL, *role = NULL;
        int hidden = 0;
        for (const xmlAttr *a = x->properties; a; a = a->next) {
            const char *an = (const char *)a->name;
            const char *v = a->children && a->children->content
                                ? (const char *)a->children->content : "";
            switch (an[0]) {
            case 'c': if (strcmp(an, "class") == 0) cls = v; break;
            case 'i':
                if (strcmp(an, "id") == 0) id = v;
                else if (strcmp(an, "itemprop") == 0) itemprop = v;
                break;
            case 's': if (strcmp(an, "style") == 0) style = v; break;
            case 'a': if (strcmp(an, "aria-hidden") == 0) aria = v; break;
            case 'r': if (strcmp(an, "role") == 0) role = v; break;
            case 'h': if (strcmp(an, "hidden") == 0) hidden = 1; break;
            default: break;
            }
        }
        if (itemprop && (strstr(itemprop, "articleBody") ||
                         strstr(itemprop, "reviewBody")))
            h->flags |= NF_H_BODYTEXT | NF_H_POS;
        if (nf_names_positive(cls) || nf_names_positive(id))
            h->flags |= NF_H_POS;
        if (nf_names_negative(cls) || nf_names_negative(id))
            h->flags |= NF_H_NEG;
        else if (nf_names_weak(cls) || nf_names_weak(id))
            h->flags |= NF_H_WEAK;
        if (i == 0 || h->tag == NF_T_BODY)
            continue;
        int drop = dropped_kind((nf_tag)h->tag);
        if (hidden || style_hidden(style))
            drop = 1;
        if (aria && strcasecmp(aria, "true") == 0)
            drop = 1;
        if (role && (strcasecmp(role, "navigation") == 0 ||
                     strcasecmp(role, "complementary") == 0 ||
                     strcasecmp(role, "contentinfo") == 0 ||
                     strcasecmp(role, "dialog") == 0 ||
                     strcasecmp(role, "alert") == 0 ||
                     strcasecmp(role, "menu") == 0))
            drop = 1;
        if (drop)
            h->flags |= NF_H_DROP;
    }
}

void nf_hdoc_prune_names(nf_hdoc *d, unsigned total)
{
    unsigned paras = d->body >= 0 ? d->nodes[d->body].paras : 0;
    for (size_t i = 1; i < d->n; i++) {
        nf_hnode *h = &d->nodes[i];
        if (h->flags & NF_H_DROP)
            continue;
        if (h->parent >= 0 && (d->nodes[h->parent].flags & NF_H_DROP)) {
            h->flags |= NF_H_DROP;
            continue;
        }
        /* A quotation is what the author chose to quote (an embedded
         * post says "tweet" or "instagram" in its names): never pruned
         * by them. */
        if (h->tag == NF_T_BODY || h->tag == NF_T_A ||
            h->tag == NF_T_BLOCKQUOTE || (h->flags & NF_H_BODYTEXT))
            continue;
        /* A large share of the page's text is never dropped by its names
         * ("has-sidebar" on the page's wrapper), nor an element holding half of
 * its paragraphs, nor a form holding them
         * (pages wrapped whole in one <form>). */
        int big = (total > 0 && h->text >= total / 3) ||
                  (paras >= 4 && h->paras * 2 >= paras);
        int drop = 0;
        if ((h->flags & NF_H_NEG) && !(h->flags & NF_H_POS) && !big)
            drop = 1;
        if ((h->flags & NF_H_WEAK) && !(h->flags & NF_H_POS) && !big &&
            h->paras < 2 && h->text < 400)
            drop = 1;
        if (h->tag == NF_T_FORM && !big)
            drop = 1;
        if (drop)
            h->flags |= NF_H_DROP;
    }
}
