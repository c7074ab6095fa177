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

/* The vocabulary of class/id words, sorted.  A word can mark
 * non-content strongly (NF_NAME_NEG: share, comment, related, sidebar,
 * newsletter, cookie, ad, ...), weakly (NF_NAME_WEAK: the element is
 * dropped only when it holds little prose, a "meta" line or a "widget"
 * of links, never when it wraps paragraphs, since page builders call
 * every box a widget), or mark content (NF_NAME_POS).  A word matches
 * an entry when it equals it, or, for a P() entry, starts with it. */
typedef struct name_word {
    const char *w;
    unsigned char len;
    unsigned char prefix;
    unsigned char kind;
} name_word;

#define W(s, k) { s, sizeof s - 1, 0, k }
#define P(s, k) { s, sizeof s - 1, 1, k }
static const name_word vocab[] = {
    W("ad", NF_NAME_NEG), W("ads", NF_NAME_NEG), W("adslot", NF_NAME_NEG),
    W("adv", NF_NAME_NEG), P("advert", NF_NAME_NEG),
    W("advertisement", NF_NAME_NEG), W("affiliate", NF_NAME_NEG),
    W("agegate", NF_NAME_NEG), W("alert", NF_NAME_WEAK),
    P("article", NF_NAME_POS), W("banner", NF_NAME_WEAK),
    W("bio", NF_NAME_WEAK), W("blog", NF_NAME_POS), W("body", NF_NAME_POS),
    P("breadcrumb", NF_NAME_NEG), P("byline", NF_NAME_WEAK),
    W("caption", NF_NAME_WEAK), W("cmp", NF_NAME_NEG),
    W("combx", NF_NAME_NEG), P("comment", NF_NAME_NEG),
    W("community", NF_NAME_NEG), W("consent", NF_NAME_NEG),
    W("contact", NF_NAME_WEAK), P("content", NF_NAME_POS),
    P("cookie", NF_NAME_NEG), P("credit", NF_NAME_WEAK),
    W("dateline", NF_NAME_WEAK), W("disclaimer", NF_NAME_NEG),
    W("disqus", NF_NAME_NEG), W("dropdown", NF_NAME_WEAK),
    W("embed", NF_NAME_WEAK), P("entry", NF_NAME_POS),
    W("follow", NF_NAME_WEAK), P("footer", NF_NAME_NEG),
    W("footnote", NF_NAME_WEAK), W("gallery", NF_NAME_WEAK),
    W("gdpr", NF_NAME_NEG), W("jump", NF_NAME_WEAK),
    W("keywords", NF_NAME_WEAK), W("login", NF_NAME_NEG),
    W("main", NF_NAME_POS), W("masthead", NF_NAME_WEAK),
    P("menu", NF_NAME_NEG), W("meta", NF_NAME_WEAK),
    W("modal", NF_NAME_WEAK), W("more", NF_NAME_WEAK),
    P("most", NF_NAME_WEAK), P("nav", NF_NAME_NEG), W("navbar", NF_NAME_NEG),
    P("newsletter", NF_NAME_NEG), W("outbrain", NF_NAME_NEG),
    W("overlay", NF_NAME_WEAK), W("page", NF_NAME_POS),
    W("pager", NF_NAME_NEG), W("pagination", NF_NAME_NEG),
    W("paywall", NF_NAME_WEAK), W("people", NF_NAME_WEAK),
    W("popular", NF_NAME_WEAK), W("popup", NF_NAME_NEG),
    P("post", NF_NAME_POS), W("print", NF_NAME_WEAK),
    P("promo", NF_NAME_NEG), W("rating", NF_NAME_WEAK),
    P("recommend", NF_NAME_NEG), P("related", NF_NAME_NEG),
    W("remark", NF_NAME_NEG), W("replies", NF_NAME_NEG),
    W("reply", NF_NAME_NEG), W("rss", NF_NAME_NEG), P("share", NF_NAME_NEG),
    W("sharing", NF_NAME_NEG), W("shoutbox", NF_NAME_NEG),
    P("sidebar", NF_NAME_NEG), W("signup", NF_NAME_NEG),
    W("skip", NF_NAME_NEG), W("skyscraper", NF_NAME_NEG),
    P("social", NF_NAME_NEG), P("sponsor", NF_NAME_NEG),
    P("story", NF_NAME_POS), P("subscribe", NF_NAME_NEG),
    W("subscription", NF_NAME_NEG), W("supplemental", NF_NAME_NEG),
    W("taboola", NF_NAME_NEG), W("tag", NF_NAME_WEAK),
    W("tags", NF_NAME_WEAK), W("teaser", NF_NAME_WEAK),
    W("text", NF_NAME_POS), W("timestamp", NF_NAME_WEAK),
    W("toolbar", NF_NAME_WEAK), W("tools", NF_NAME_WEAK),
    W("topics", NF_NAME_WEAK), W("trending", NF_NAME_NEG),
    W("tweet", NF_NAME_NEG), W("twitter", NF_NAME_NEG),
    W("upsell", NF_NAME_WEAK), W("utility", NF_NAME_WEAK),
    P("widget", NF_NAME_WEAK), W("yom", NF_NAME_NEG),
};
#undef W
#undef P

#define NF_VOCAB_N (sizeof vocab / sizeof vocab[0])

/* The NF_NAME_* kinds of word w (n bytes, lower case). */
static unsigned word_kinds(const char *w, size_t n)
{
    /* The first entry starting with w[0] (entries are sorted). */
    size_t lo = 0, hi = NF_VOCAB_N;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((unsigned char)vocab[mid].w[0] < (unsigned char)w[0])
            lo = mid + 1;
        else
            hi = mid;
    }
    unsigned kinds = 0;
    for (size_t i = lo; i < NF_VOCAB_N && vocab[i].w[0] == w[0]; i++) {
        const name_word *e = &vocab[i];
        if (e->prefix ? n >= e->len && memcmp(w, e->w, e->len) == 0
                      : n == e->len && memcmp(w, e->w, n) == 0)
            kinds |= e->kind;
    }
    return kinds;
}

unsigned nf_names_kinds(const char *s)
{
    if (!s)
        return 0;
    unsigned kinds = 0;
    char w[32];
    size_t n = 0;
    for (const char *p = s;; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (n < sizeof w)
                w[n] = (char)c;
            n++;
            continue;
        }
        if (n > 0 && n <= sizeof w)
            kinds |= word_kinds(w, n);
        n = 0;
        if (!c)
            return kinds;
    }
}

int nf_names_negative(const char *s)
{
    return (nf_names_kinds(s) & NF_NAME_NEG) != 0;
}

int nf_names_weak(const char *s)
{
    return (nf_names_kinds(s) & NF_NAME_WEAK) != 0;
}

int nf_names_positive(const char *s)
{
    return (nf_names_kinds(s) & NF_NAME_POS) != 0;
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
        unsigned kinds = nf_names_kinds(cls) | nf_names_kinds(id);
        if (kinds & NF_NAME_POS)
            h->flags |= NF_H_POS;
        if (kinds & NF_NAME_NEG)
            h->flags |= NF_H_NEG;
        else if (kinds & NF_NAME_WEAK)
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
