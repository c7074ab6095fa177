/* score.c - finding the element that holds the article body.
 *
 * Text is counted bottom-up over the element table (children come after
 * their parent in document order, so one backward pass suffices): per
 * element its characters, those inside links, and its "inline" text,
 * the text reached without crossing a block element, which is what a
 * reader sees as one paragraph.
 *
 * Every block whose inline text has at least NF_MIN_PARA characters is a
 * paragraph; it votes for the elements around it with a weight growing
 * with its length and its commas (prose has commas, menus do not) and
 * shrinking with the share of its text inside links: its parent gets
 * the full vote, its grandparent half, higher ancestors less.  An
 * element that receives votes starts from a prior by its kind (a <div>
 * or <article> is a likely container, a list or a heading is not) and
 * its names (content-like or not).  Each container's score is finally
 * scaled by 1 - its link density.  The best container is then widened
 * to an ancestor that scores nearly as well and holds clearly more prose
 * (the body split into several blocks), and its siblings that score well too, or that are plain prose
 * paragraphs, join it.
 */
#include "html/html_int.h"

#include <string.h>

/* Shortest inline text (characters) that makes a paragraph. */
#define NF_MIN_PARA 25
/* Ancestors that receive a paragraph's vote. */
#define NF_VOTE_LEVELS 5

/* Counts the text of every kept element (see the file comment). */
static void count_text(nf_hdoc *d)
{
    for (size_t k = d->n; k-- > 0;) {
        nf_hnode *h = &d->nodes[k];
        h->text = h->link = h->inl = h->inl_link = h->commas = 0;
        h->paras = h->links = 0;
        if (h->flags & NF_H_DROP)
            continue;
        for (const xmlNode *c = h->node->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                if (!c->content)
                    continue;
                unsigned n = nf_text_chars((const char *)c->content,
                                           strlen((const char *)c->content),
                                           &h->commas);
                h->text += n;
                h->inl += n;
                continue;
            }
            int ci = nf_hidx(c);
            if (ci < 0)
                continue;
            const nf_hnode *ch = &d->nodes[ci];
            if (ch->flags & NF_H_DROP)
                continue;
            h->text += ch->text;
            h->link += ch->link;
            h->paras += ch->paras + (ch->tag == NF_T_P);
            h->links += ch->links;
            if (!(ch->flags & NF_H_BLOCK)) {
                h->inl += ch->inl;
                h->inl_link += ch->inl_link;
                h->commas += ch->commas;
            }
        }
        if (h->tag == NF_T_A) {
            h->link = h->text;
            h->inl_link = h->inl;
            if (nf_hattr(h->node, "href"))
                h->links++;
        }
    }
}

/* The prior score of a container by its kind and names. */
static double prior(const nf_hnode *h)
{
    double s = 0;
    switch ((nf_tag)h->tag) {
    case NF_T_DIV: case NF_T_ARTICLE: case NF_T_MAIN: case NF_T_SECTION:
        s = 5;
        break;
    case NF_T_PRE: case NF_T_TD: case NF_T_BLOCKQUOTE:
        s = 3;
        break;
    case NF_T_ADDRESS: case NF_T_OL: case NF_T_UL: case NF_T_DL: case NF_T_DD:
    case NF_T_DT: case NF_T_LI: case NF_T_FORM:
        s = -3;
        break;
    case NF_T_H1: case NF_T_H2: case NF_T_H3: case NF_T_H4: case NF_T_H5:
    case NF_T_H6: case NF_T_TH:
        s = -5;
        break;
    default:
        break;
    }
    if (h->flags & NF_H_POS)
        s += 25;
    if (h->flags & NF_H_NEG)
        s -= 25;
    if (h->flags & NF_H_BODYTEXT)
        s += 25;
    return s;
}

/* Link density of an element's whole text. */
static double link_density(const nf_hnode *h)
{
    return h->text ? (double)h->link / h->text : 0;
}

/* Adds the paragraphs' votes (see the file comment). */
static void vote(nf_hdoc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        nf_hnode *h = &d->nodes[i];
        if ((h->flags & NF_H_DROP) || !(h->flags & NF_H_BLOCK) ||
            h->inl < NF_MIN_PARA)
            continue;
        double len = h->inl / 100.0;
        double s = 1 + h->commas + (len < 3 ? len : 3);
        s *= 1.0 - (double)h->inl_link / h->inl;
        /* Text written straight into a container (no <p>, between images
         * and <br>s) is a paragraph of that container: it votes for the
         * container itself first. */
        int a = h->parent;
        switch ((nf_tag)h->tag) {
        case NF_T_DIV: case NF_T_SECTION: case NF_T_ARTICLE: case NF_T_MAIN:
        case NF_T_TD:
            a = (int)i;
            break;
        default:
            break;
        }
        for (int level = 1; a >= 0 && level <= NF_VOTE_LEVELS; level++) {
            nf_hnode *an = &d->nodes[a];
            if (!(an->flags & NF_H_SCORED)) {
                an->flags |= NF_H_SCORED;
                an->score = prior(an);
            }
            an->score += level == 1 ? s : level == 2 ? s / 2 : s / (level * 3);
            a = an->parent;
        }
    }
    for (size_t i = 0; i < d->n; i++)
        if (d->nodes[i].flags & NF_H_SCORED)
            d->nodes[i].score *= 1.0 - link_density(&d->nodes[i]);
}

/* Whether element i lies inside element anc. */
static int inside(const nf_hdoc *d, int i, int anc)
{
    for (; i >= 0; i = d->nodes[i].parent)
        if (i == anc)
            return 1;
    return 0;
}

/* The best container, widened to an ancestor that scores as well. */
static int best(nf_hdoc *d)
{
    int top = -1;
    for (size_t i = 0; i < d->n; i++) {
        const nf_hnode *h = &d->nodes[i];
        if ((h->flags & NF_H_SCORED) && !(h->flags & NF_H_DROP) &&
            (top < 0 || h->score > d->nodes[top].score))
            top = (int)i;
    }
    if (top < 0)
        return -1;
    /* An explicit article-body element holding most of the best's text
     * is the body, whatever the votes say. */
    for (size_t i = 0; i < d->n; i++) {
        const nf_hnode *h = &d->nodes[i];
        if ((h->flags & NF_H_BODYTEXT) && !(h->flags & NF_H_DROP) &&
            h->text * 2 >= d->nodes[top].text && h->text >= NF_MIN_PARA * 4 &&
            (inside(d, top, (int)i) || inside(d, (int)i, top)))
            return (int)i;
    }
    /* Climb to an ancestor that scores nearly as well and holds clearly
     * more prose (the body split into several sibling blocks). */
    const nf_hnode *t = &d->nodes[top];
    double prose = (double)t->text - t->link;
    int p = t->parent;
    for (int level = 0; p >= 0 && level < 3; level++) {
        const nf_hnode *ph = &d->nodes[p];
        if (ph->tag == NF_T_BODY)
            break;
        if ((ph->flags & NF_H_SCORED) && ph->score >= t->score * 0.7 &&
            (double)ph->text - ph->link > prose * 1.3) {
            top = p;
            break;
        }
        p = ph->parent;
    }
    /* A container alone in its parent is the same block. */
    while (d->nodes[top].parent >= 0) {
        int pi = d->nodes[top].parent;
        const nf_hnode *ph = &d->nodes[pi];
        if (ph->tag == NF_T_BODY || ph->text != d->nodes[top].text ||
            (ph->flags & (NF_H_NEG | NF_H_WEAK)))
            break;
        top = pi;
    }
    return top;
}

/* Whether a sibling paragraph reads as prose of the same article. */
static int prose_sibling(const nf_hnode *s)
{
    if (s->tag != NF_T_P || s->text == 0)
        return 0;
    double ld = link_density(s);
    if (s->text > 80)
        return ld < 0.25;
    return ld == 0 && s->commas > 0;
}

size_t nf_hdoc_choose(nf_hdoc *d)
{
    if (d->n == 0)
        return 0;
    count_text(d);
    unsigned total = d->body >= 0 ? d->nodes[d->body].text : 0;
    nf_hdoc_prune_names(d, total);
    count_text(d);
    vote(d);
    int top = best(d);
    if (top < 0) {
        /* No paragraph anywhere: the body is the text, if any. */
        if (d->body >= 0 && d->nodes[d->body].text > 0) {
            d->nodes[d->body].flags |= NF_H_KEEP;
            return 1;
        }
        return 0;
    }
    const nf_hnode *t = &d->nodes[top];
    int parent = t->parent;
    if (parent < 0) {
        d->nodes[top].flags |= NF_H_KEEP;
        return 1;
    }
    double threshold = t->score * 0.2 > 10 ? t->score * 0.2 : 10;
    const char *tcls = nf_hattr(t->node, "class");
    size_t kept = 0;
    for (const xmlNode *c = d->nodes[parent].node->children; c; c = c->next) {
        int ci = nf_hidx(c);
        if (ci < 0)
            continue;
        nf_hnode *s = &d->nodes[ci];
        if (s->flags & NF_H_DROP)
            continue;
        int keep = ci == top;
        if (!keep && (s->flags & NF_H_SCORED)) {
            double bonus = 0;
            const char *cls = nf_hattr(s->node, "class");
            if (tcls && cls && tcls[0] && strcmp(tcls, cls) == 0)
                bonus = t->score * 0.2;
            keep = s->score + bonus >= threshold;
        }
        if (!keep)
            keep = prose_sibling(s);
        if (keep) {
            s->flags |= NF_H_KEEP;
            kept++;
        }
    }
    return kept;
}
