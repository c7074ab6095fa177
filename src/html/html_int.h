/* html_int.h - the pieces of the extractor, shared between src/html files.
 *
 * parse.c builds the libxml2 tree and a flat table of its elements in
 * document order (nf_hdoc); prune.c, score.c, render.c and meta.c work
 * on that table, so no walk needs recursion.  Nothing here is public.
 */
#ifndef NF_HTML_INT_H
#define NF_HTML_INT_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "html/html.h"

/* Tags the extractor tells apart; everything else is NF_T_OTHER. */
typedef enum nf_tag {
    NF_T_OTHER = 0, NF_T_A, NF_T_ARTICLE, NF_T_ASIDE, NF_T_BLOCKQUOTE,
    NF_T_BODY, NF_T_BR, NF_T_BUTTON, NF_T_DD, NF_T_DIV, NF_T_DL, NF_T_DT,
    NF_T_FIGCAPTION, NF_T_FIGURE, NF_T_FOOTER, NF_T_FORM, NF_T_H1, NF_T_H2,
    NF_T_H3, NF_T_H4, NF_T_H5, NF_T_H6, NF_T_HEAD, NF_T_HEADER, NF_T_HR,
    NF_T_IFRAME, NF_T_IMG, NF_T_INPUT, NF_T_LABEL, NF_T_LI, NF_T_MAIN,
    NF_T_META, NF_T_NAV, NF_T_NOSCRIPT, NF_T_OL, NF_T_OPTION, NF_T_P,
    NF_T_PRE, NF_T_SCRIPT, NF_T_SECTION, NF_T_SELECT, NF_T_STYLE, NF_T_SVG,
    NF_T_TABLE, NF_T_TD, NF_T_TEMPLATE, NF_T_TEXTAREA, NF_T_TH, NF_T_TIME,
    NF_T_TITLE, NF_T_TR, NF_T_UL, NF_T_VIDEO, NF_T_AUDIO, NF_T_CANVAS,
    NF_T_OBJECT, NF_T_EMBED, NF_T_MATH, NF_T_DIALOG, NF_T_ADDRESS,
    NF_T_CAPTION, NF_T_SPAN, NF_T_PICTURE, NF_T_SOURCE, NF_T_MENU,
    NF_T_COUNT_
} nf_tag;

/* Flags of an element. */
#define NF_H_DROP 0x01u     /* never text: pruned with its subtree       */
#define NF_H_BLOCK 0x02u    /* block-level: text around it is separate   */
#define NF_H_POS 0x04u      /* its names say "article content"           */
#define NF_H_NEG 0x08u      /* its names say "not content"               */
#define NF_H_SCORED 0x10u   /* received a content score                  */
#define NF_H_KEEP 0x20u     /* chosen for the output                     */
#define NF_H_DEEP 0x40u     /* beyond max_depth: ignored                 */
#define NF_H_BODYTEXT 0x80u /* itemprop=articleBody or similar            */
#define NF_H_WEAK 0x100u    /* its names say "probably not content"       */

/* One element of the page. */
typedef struct nf_hnode {
    xmlNode *node;
    int parent;          /* index of the parent element, -1 at the top   */
    unsigned depth;
    unsigned char tag;   /* nf_tag                                        */
    unsigned flags;
    unsigned text;       /* characters of text in the subtree (kept only) */
    unsigned link;       /* of which inside links                         */
    unsigned inl;        /* characters reached without crossing a block   */
    unsigned inl_link;   /* of which inside links                         */
    unsigned commas;     /* commas and their CJK forms in `inl`           */
    unsigned paras;      /* <p> elements in the subtree                   */
    unsigned links;      /* <a href> elements in the subtree              */
    double score;
} nf_hnode;

/* A parsed page and its element table.  The nodes are libxml2's
 * structures, but built by tree.c in `arena` (never by libxml2's tree
 * builder, never freed one by one). */
typedef struct nf_hdoc {
    struct nf_arena *arena;
    xmlNode *root;       /* the root element, or NULL                      */
    nf_hnode *nodes;     /* elements in document order                    */
    size_t n, cap;
    int body;            /* index of <body> (or the root element), or -1  */
    unsigned long max_depth;
    unsigned long deepest;
    int cut;             /* some elements were beyond max_depth           */
} nf_hdoc;

/* The table index of element `n` (set by parse.c), or -1. */
static inline int nf_hidx(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->_private
               ? (int)((size_t)n->_private - 1) : -1;
}

/* tree.c: parses len bytes of UTF-8 and builds the tree and the table.
 * NF_OK, NF_ERR_NOMEM, NF_ERR_FORMAT (no tree). */
nf_status nf_hdoc_parse(nf_hdoc *d, const char *html, size_t len,
                        unsigned long max_depth, int clean);
void nf_hdoc_free(nf_hdoc *d);
/* slim.c: whether the extractor reads attribute `name` (only those are
 * kept in the tree). */
int nf_html_attr_kept(const char *name);
/* slim.c: q is where the parser reads next, between two pieces of
 * content, end the end of its input.  When blanks and a start tag of a
 * strict shape follow, rewrites them in place without the attributes
 * nf_html_attr_kept does not keep, ending where they ended, and returns
 * where they now start (> q); otherwise returns q and changes nothing.
 * `clean`: the input is known to be clean text (else the tag is checked
 * for a NUL and bad UTF-8, and left alone when it has one). */
const xmlChar *nf_html_slim_next(const xmlChar *q, const xmlChar *end,
                                 int clean);
/* slim.c: called at the start tag of a <script> or <style> `name`, the
 * parser standing on its '>': moves the parser over the content to
 * where libxml2 would stop reading it as raw text, when that is known
 * for sure; otherwise changes nothing.  `clean` as for
 * nf_html_slim_next; ctxt may be NULL (nothing done). */
void nf_html_skip_raw(htmlParserCtxtPtr ctxt, const char *name, int clean);
/* tree.c: turns the fast paths of this thread's parsing on (1, the
 * default) or off (0): skipping script and style content and slimming
 * tags.  Off, libxml2 reads every byte; the tests compare the two.
 * Returns the previous setting. */
int nf_html_fast_paths(int on);
/* The tag of an element name (lower case, as libxml2 gives it). */
nf_tag nf_tag_of(const char *name);
/* Value of attribute `name` of `n`, or NULL (points into the tree). */
const char *nf_hattr(const xmlNode *n, const char *name);
/* Number of characters of UTF-8 text s that are not white space. */
unsigned nf_text_chars(const char *s, size_t len, unsigned *commas);

/* prune.c: marks NF_H_BLOCK, NF_H_POS, NF_H_NEG, and NF_H_DROP on what
 * is never text by its kind (scripts, navigation, hidden, ...). */
void nf_hdoc_prune(nf_hdoc *d);
/* Then, once text is counted (h->text), drops elements whose names say
 * non-content, and forms, unless they hold a third of `total`, the
 * page's text. */
void nf_hdoc_prune_names(nf_hdoc *d, unsigned total);
/* Kinds of class/id words (nf_names_kinds). */
#define NF_NAME_NEG 0x1u   /* non-content: share, comment, related, ...   */
#define NF_NAME_WEAK 0x2u  /* probably non-content: widget, meta, ...     */
#define NF_NAME_POS 0x4u   /* content: article, body, entry, ...          */
/* The NF_NAME_* kinds of the words of a class/id string (split at
 * anything but ASCII letters and digits, compared in lower case); 0 for
 * NULL. */
unsigned nf_names_kinds(const char *s);
/* Whether a class/id string names non-content (share, comment, ...). */
int nf_names_negative(const char *s);
/* Whether it names probable non-content (widget, meta, byline, ...). */
int nf_names_weak(const char *s);
/* Whether it names content (article, body, entry, ...). */
int nf_names_positive(const char *s);

/* score.c: counts text, scores, and marks NF_H_KEEP on the elements
 * whose subtrees form the article.  Returns the number kept. */
size_t nf_hdoc_choose(nf_hdoc *d);

/* render.c: appends the text of the kept elements to out, paragraphs
 * separated by "\n\n"; drops a heading equal to `title` (may be NULL).
 * *links receives the number of links rendered.  NF_ERR_TOO_LARGE when
 * out is full (what fits is kept), NF_ERR_NOMEM. */
nf_status nf_hdoc_render(const nf_hdoc *d, const char *title, nf_buf *out,
                         size_t *links);

/* meta.c: reads the page's metadata into m (strings malloc'ed). */
nf_status nf_hdoc_meta(const nf_hdoc *d, const char *url, nf_html_meta *m);

#endif
