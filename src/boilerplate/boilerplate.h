/* boilerplate.h - removing page residue from plain text.
 *
 * Text that arrives already stripped of its markup still carries the
 * page around the article: section labels ("Advertising"), gallery
 * prompts and their captions, inserted headlines of other stories,
 * "label: headline" teasers, comment forms, "related" and "back to top"
 * links, syndication and translation notices.  They are recognised by
 * principle, never by a list of their strings:
 *   - line shape: a fragment (no sentence-final punctuation) is not
 *     prose; one or two short words alone are a label; a short line
 *     ending in a colon followed by one line is a figure prompt and its
 *     caption; "Label: fragment" is a teaser; a line wholly in brackets
 *     is an aside;
 *   - position: fragments before the first sentence and after the last
 *     one are the page's header and footer; two or more fragments in a
 *     row inside the body are a list of other stories' headlines;
 *   - editorial notices: a short final sentence that speaks about the
 *     article itself (edited, translated, syndicated, feed, staff), told
 *     by a small lexicon of editorial terms in several languages;
 *   - per-source templates: a line seen in several earlier documents of
 *     the same source (folder or web site) is that source's template.
 * A single short fragment among sentences (a subheading) is kept, and a
 * sentence is never removed except as a caption or an editorial notice.
 */
#ifndef NF_BOILERPLATE_H
#define NF_BOILERPLATE_H

#include <stddef.h>

#include "core/buf.h"
#include "newsfold/error.h"

/* Lines learnt per source; see nf_bp_model_learn. */
typedef struct nf_bp_model nf_bp_model;

/* Creates an empty model (at most max_lines remembered; 0 = 65,536).
 * NULL when out of memory. */
nf_bp_model *nf_bp_model_new(size_t max_lines);
void nf_bp_model_free(nf_bp_model *m);

/* Records the lines of one document of `source` (a key: folder, host). */
nf_status nf_bp_model_learn(nf_bp_model *m, const char *source,
                            const char *text, size_t len);

/* Whether line [s, s+n) was seen in at least two earlier documents of
 * `source` (a template line of that source). */
int nf_bp_model_seen(const nf_bp_model *m, const char *source, const char *s,
                     size_t n);

/* Appends to `out` the text [text, text+len) without its residue lines
 * (see the file comment); lines are separated as in the input, blank
 * lines kept between paragraphs.  `model` and `source` may be NULL (no
 * templates).  *removed (may be NULL) receives the number of lines
 * removed.  Errors: NF_ERR_NOMEM, NF_ERR_TOO_LARGE (out's limit). */
nf_status nf_bp_clean(const char *text, size_t len, const nf_bp_model *model,
                      const char *source, nf_buf *out, size_t *removed);

/* Whether line [s, s+len) ends like a sentence: . ! ? … and their
 * full-width forms, possibly followed by closing quotes or brackets. */
int nf_bp_sentence_end(const char *s, size_t len);

#endif
