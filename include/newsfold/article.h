/* newsfold/article.h - one article: its metadata, its clean text and what
 * the analysis stages found in it.
 *
 * An nf_article owns all its memory (one arena per article).  Every string
 * returned by a getter is owned by the article, NUL-terminated UTF-8, and
 * valid until nf_article_free().  Every offset is a byte offset into the
 * article's clean text (nf_article_text).
 */
#ifndef NEWSFOLD_ARTICLE_H
#define NEWSFOLD_ARTICLE_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nf_article nf_article;

/* A half-open byte range [start, end) into an article's clean text. */
typedef struct nf_span {
    size_t start;
    size_t end;
} nf_span;

/* Frees the article and everything it owns.  NULL is allowed. */
void nf_article_free(nf_article *a);

/* Identifier: the input's own id when it has one (JSON Lines "id"), else a
 * stable id derived from the source and the clean text ("a" + 16 hex
 * digits): reading the same file again gives the same id, and the same
 * text from two sources gives two ids.  Never NULL. */
const char *nf_article_id(const nf_article *a);

/* Where the article came from: file path, "-" for stdin, or URL.  Never NULL. */
const char *nf_article_source(const nf_article *a);

/* URL given by the input, or NULL. */
const char *nf_article_url(const nf_article *a);

/* Title, or NULL when the input has none. */
const char *nf_article_title(const nf_article *a);

/* Publication date as "YYYY-MM-DD", or NULL when unknown. */
const char *nf_article_published(const nf_article *a);

/* Language as an ISO 639-1 code where one exists, ISO 639-3 otherwise;
 * NULL until identified (or when no language could be told). */
const char *nf_article_language(const nf_article *a);

/* Confidence of the language decision in [0,1]; 0 when none was made. */
double nf_article_language_confidence(const nf_article *a);

/* The clean body text (valid UTF-8, without the title), and its length in
 * bytes in *len when len is not NULL.  Never NULL (may be ""). */
const char *nf_article_text(const nf_article *a, size_t *len);

/* 64-bit hash of the clean text (XXH3); equal content, equal hash. */
uint64_t nf_article_content_hash(const nf_article *a);

/* Web metadata (HTML, feeds, WARC), NULL when unknown: authors joined
 * by "; ", site or publisher name, modification date "YYYY-MM-DD", and
 * the number of links the article body held (0 when none or not HTML). */
const char *nf_article_authors(const nf_article *a);
const char *nf_article_site(const nf_article *a);
const char *nf_article_modified(const nf_article *a);
size_t nf_article_link_count(const nf_article *a);

/* Input format the article was read from: "text", "jsonl", ... */
const char *nf_article_format(const nf_article *a);

/* Sentences found by segmentation (0 before the pipeline ran). */
size_t nf_article_sentence_count(const nf_article *a);
/* The i-th sentence span; precondition i < nf_article_sentence_count(). */
nf_span nf_article_sentence(const nf_article *a, size_t i);

/* Diagnostics recorded while this article was read and analysed. */
size_t nf_article_diag_count(const nf_article *a);
/* The i-th diagnostic; precondition i < nf_article_diag_count(). */
const nf_diag *nf_article_diag(const nf_article *a, size_t i);

#ifdef __cplusplus
}
#endif
#endif
