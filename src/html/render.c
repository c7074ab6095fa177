/* render.c - the chosen elements as plain text.
 *
 * The subtrees chosen by score.c are walked in document order (without
 * recursion).  Text nodes are appended with their white space collapsed;
 * a block element ends the paragraph before and after it ("\n\n"), list
 * items, table rows and <br> end a line.  Inside the article, a block
 * that is mostly links (a list of related stories, a tag cloud) or
 * whose names say non-content is left out, and so is the article's own
 * headline when it is repeated as a heading: the title is metadata, the
 * text is the body.
 */
#include "html/html_int.h"

#include <assert.h>
#include <ctype.h>
#include <string.h>

/* Pending separator before the next text. */
enum { SEP_NONE, SEP_SPACE, SEP_LINE, SEP_PARA };

typedef struct render_ctx {
    nf_buf *out;
    int sep;
    nf_status st;
    size_t links;
} render_ctx;

/* Appends text s, collapsing white space. */
static void put_text(render_ctx *rc, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end && rc->st == NF_OK) {
        const unsigned char *q = p;
        int space = 0;
        while (q < end) {
            if (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' ||
                *q == '\f' || *q == '\v') {
                q++;
                space = 1;
            } else if (q + 1 < end && q[0] == 0xC2 && q[1] == 0xA0) {
                q += 2;  /* no-break space: a space in the text */
                space = 1;
            } else {
                break;
            }
        }
        if (space && rc->sep == SEP_NONE)
            rc->sep = SEP_SPACE;
        p = q;
        while (q < end && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r' &&
               *q != '\f' && *q != '\v' && !(q + 1 < end && q[0] == 0xC2 &&
                                             q[1] == 0xA0))
            q++;
        if (q == p)
            continue;
        if (rc->out->len > 0 && rc->sep != SEP_NONE) {
            const char *sep = rc->sep == SEP_PARA   ? "\n\n"
                              : rc->sep == SEP_LINE ? "\n"
                                                    : " ";
            rc->st = nf_buf_puts(rc->out, sep);
        }
        rc->sep = SEP_NONE;
        if (!rc->st)
            rc->st = nf_buf_append(rc->out, p, (size_t)(q - p));
        p = q;
    }
}

/* Raises the pending separator to at least `sep`. */
static void need(render_ctx *rc, int sep)
{
    if (rc->sep < sep)
        rc->sep = sep;
}

/* The separator around an element. */
static int sep_of(const nf_hnode *h)
{
    switch ((nf_tag)h->tag) {
    case NF_T_BR: case NF_T_LI: case NF_T_TR: case NF_T_DT: case NF_T_DD:
        return SEP_LINE;
    case NF_T_TD: case NF_T_TH:
        return SEP_SPACE;
    default:
        return (h->flags & NF_H_BLOCK) ? SEP_PARA : SEP_NONE;
    }
}

/* Whether two strings read the same: letters and digits compared
 * case-insensitively (ASCII), everything else ignored. */
static int same_words(const char *a, const char *b)
{
    for (;;) {
        while (*a && !isalnum((unsigned char)*a) && (unsigned char)*a < 0x80)
            a++;
        while (*b && !isalnum((unsigned char)*b) && (unsigned char)*b < 0x80)
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
        a++;
        b++;
    }
}

/* Whether element h, inside the article, is left out. */
static int skipped(const nf_hnode *h, const char *title)
{
    if (h->flags & NF_H_DROP)
        return 1;
    if (h->tag == NF_T_H1)
        return 1;  /* the page's headline: metadata, not body */
    if (title && h->tag >= NF_T_H2 && h->tag <= NF_T_H6 && h->text < 400) {
        xmlChar *t = xmlNodeGetContent(h->node);
        int same = t && same_words((const char *)t, title);
        xmlFree(t);
        if (same)
            return 1;
    }
    switch ((nf_tag)h->tag) {
    case NF_T_DIV: case NF_T_SECTION: case NF_T_UL: case NF_T_OL:
    case NF_T_TABLE: case NF_T_DL: {
        if (h->text == 0)
            return 0;
        double ld = (double)h->link / h->text;
        if ((h->flags & NF_H_NEG) && !(h->flags & NF_H_POS))
            return 1;
        if (ld > 0.5 && h->commas < 10)
            return 1;
        /* Teasers of other pages: several links, each with only a line
         * of text of its own (a headline link and its standfirst). */
        if (ld > 0.25 && h->links >= 3 && h->text - h->link < 60u * h->links)
            return 1;
        /* A list of links (related stories, tags) is left out; a list
         * whose items lead with a link and go on in prose is text. */
        if ((h->tag == NF_T_UL || h->tag == NF_T_OL) && ld > 0.3 &&
            (h->text - h->link) < 40u * (h->links ? h->links : 1))
            return 1;
        return 0;
    }
    default:
        return 0;
    }
}

/* Renders the subtree of element `root`. */
static void render_tree(const nf_hdoc *d, const xmlNode *root,
                        const char *title, render_ctx *rc)
{
    const xmlNode *x = root->children;
    need(rc, SEP_PARA);
    while (x && rc->st == NF_OK) {
        int descend = 0;
        if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
            if (x->content)
                put_text(rc, (const char *)x->content,
                         strlen((const char *)x->content));
        } else if (x->type == XML_ELEMENT_NODE) {
            int i = nf_hidx(x);
            if (i >= 0 && !skipped(&d->nodes[i], title)) {
                const nf_hnode *h = &d->nodes[i];
                need(rc, sep_of(h));
                if (h->tag == NF_T_A && nf_hattr(x, "href"))
                    rc->links++;
                descend = x->children != NULL;
            }
        }
        if (descend) {
            x = x->children;
            continue;
        }
        while (x != root && !x->next) {
            x = x->parent;
            int i = nf_hidx(x);
            if (i >= 0 && x != root)
                need(rc, sep_of(&d->nodes[i]));
        }
        if (x == root)
            break;
        x = x->next;
    }
    need(rc, SEP_PARA);
}

nf_status nf_hdoc_render(const nf_hdoc *d, const char *title, nf_buf *out,
                         size_t *links)
{
    assert(d && out);
    render_ctx rc = { out, SEP_NONE, NF_OK, 0 };
    for (size_t i = 0; i < d->n && rc.st == NF_OK; i++) {
        const nf_hnode *h = &d->nodes[i];
        if (!(h->flags & NF_H_KEEP))
            continue;
        if (h->tag == NF_T_A && nf_hattr(h->node, "href"))
            rc.links++;
        render_tree(d, h->node, title, &rc);
    }
    if (links)
        *links = rc.links;
    return rc.st;
}
