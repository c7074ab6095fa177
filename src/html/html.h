/* html.h - reading web pages: HTML parsing, metadata and main-content
 * extraction.
 *
 * The input is a whole page already made clean UTF-8 (the charset is
 * decided before: see nf_html_charset and src/ingest/web.c).  It is
 * parsed with libxml2's HTML parser (recovering, no network, no depth
 * limit of its own, explicit UTF-8), then:
 *   - meta.c reads the metadata: title, dates, authors, site name,
 *     canonical URL, declared language, from <meta>, JSON-LD, <time>,
 *     the URL and visible date lines;
 *   - prune.c marks what cannot be article text (scripts, navigation,
 *     forms, hidden elements, ad and share boxes by their names);
 *   - score.c finds the element holding the article body by the text
 *     its paragraphs carry (length, punctuation, link density);
 *   - render.c turns that element into paragraphs of plain text.
 * Every walk over the tree is iterative: a page of 100,000 nested
 * elements costs time, never stack.
 */
#ifndef NF_HTML_HTML_H
#define NF_HTML_HTML_H

#include <stddef.h>

#include "core/buf.h"
#include "newsfold/error.h"

/* Metadata of a page: malloc'ed strings, NULL when unknown. */
typedef struct nf_html_meta {
    char *title;        /* the article's headline                         */
    char *published;    /* "YYYY-MM-DD"                                    */
    char *modified;     /* "YYYY-MM-DD"                                    */
    char *authors;      /* names joined by "; "                            */
    char *site;         /* site or publisher name                          */
    char *canonical;    /* canonical URL (rel=canonical, og:url)          */
    char *language;     /* declared language tag (html lang, meta)        */
    char *description;  /* meta description                                */
    size_t links;       /* links (<a href>) inside the article body        */
} nf_html_meta;

/* Limits of one extraction. */
typedef struct nf_html_options {
    const char *url;         /* the page's URL, or NULL (dates in URLs)   */
    size_t max_text;         /* longest text produced; 0 = 64 MiB         */
    unsigned long max_depth; /* deeper elements are ignored (their text is
                                dropped, reported); 0 = 100,000           */
    int clean;               /* 1: the page is clean text (nf_utf8_as_is,
                                as nf_ingest_html_utf8 gives it), so the
                                parser's fast paths need not check the
                                bytes they skip again                     */
} nf_html_options;

/* What an extraction found. */
typedef struct nf_html_result {
    nf_buf text;          /* main text: paragraphs separated by "\n\n"    */
    nf_html_meta meta;
    unsigned long depth;  /* deepest nesting met                          */
    int truncated;        /* text hit max_text, or depth was cut          */
} nf_html_result;

/* Extracts the article of page `html` (len bytes of valid UTF-8).
 * `opts` may be NULL.  On NF_OK *out holds the text (possibly empty:
 * nothing looked like an article) and the metadata; free it with
 * nf_html_result_free.  Errors: NF_ERR_NOMEM; NF_ERR_FORMAT when
 * libxml2 built no tree at all.  On error *out is left freed. */
nf_status nf_html_extract(const char *html, size_t len,
                          const nf_html_options *opts, nf_html_result *out);

/* Frees the calling thread's cached parser context (nf_html_extract
 * keeps one per thread and reuses it); call before a thread ends to
 * return its memory.  Safe to call at any time; the next extraction
 * creates a new one. */
void nf_html_parser_release(void);

/* Frees what nf_html_extract put in r; r is empty afterwards. */
void nf_html_result_free(nf_html_result *r);

/* The charset a page declares in its first bytes: a byte-order mark, a
 * <meta charset=...> or <meta http-equiv content="...charset=...">, or an
 * XML declaration's encoding, looked for in the first 4096 bytes.
 * Writes the name (at most size-1 bytes) into out and returns 1, or
 * returns 0 with out "" when nothing is declared. */
int nf_html_charset(const char *data, size_t len, char *out, size_t size);

/* The charset named by an HTTP Content-Type value ("text/html;
 * charset=ISO-8859-1"), as nf_html_charset; 0 when none. */
int nf_http_charset(const char *ctype, size_t len, char *out, size_t size);

/* Whether the first bytes of data look like an HTML document: after
 * white space, a BOM and comments, "<!doctype html", "<html", "<head",
 * "<body" or "<meta" (case-insensitive). */
int nf_html_sniff(const char *data, size_t len);

/* ---- dates (date.c) ------------------------------------------------------ */

/* Reads a date written in `s` (len bytes of UTF-8): ISO 8601 and its
 * relatives ("2019-11-19T08:00", "2019/11/19", "20191119" in URLs),
 * day-month-year and month-day-year with month names in English,
 * French, German, Italian, Spanish, Portuguese, Romanian, Dutch and
 * Russian ("19 November 2019", "Nov. 19, 2019", "19. November 2019"),
 * and CJK "2019年11月19日" / Korean "2019년 11월 19일".  Writes
 * "YYYY-MM-DD" and returns 1 for the first valid date found, else 0. */
int nf_date_find(const char *s, size_t len, char out[11]);

/* A date in a URL path ("/2019/11/19/", "/2019-11-19", "/20191119"). */
int nf_date_from_url(const char *url, char out[11]);

#endif
