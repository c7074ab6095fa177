/* article_int.h - the article's inside, for the library's stages.
 *
 * Stages write only their own fields: the reader sets metadata, text and
 * hash; langid sets language; segmentation sets sentences.  Every string
 * and array lives in the article's arena. */
#ifndef NF_CORE_ARTICLE_INT_H
#define NF_CORE_ARTICLE_INT_H

#include <stdint.h>
#include "newsfold/article.h"
#include "arena.h"

struct nf_article {
    nf_arena *arena;
    /* reader */
    const char *id;          /* NULL until nf_article_finish() derives one */
    const char *source;
    const char *url;
    const char *title;
    const char *published;   /* "YYYY-MM-DD" */
    const char *lang_hint;   /* language declared by the input, if any */
    const char *format;
    const char *authors, *site, *modified; size_t n_links;  /* web metadata (src/ingest/web.c) */
    const char *text;
    size_t text_len;
    uint64_t hash;
    /* langid */
    char language[12];
    double language_confidence;
    /* segment */
    nf_span *sentences;
    size_t n_sentences;
    /* fold (src/fold): report, story, storyline ids, relation; 0 = none */
    long long fold_report, fold_story, fold_storyline;
    int fold_relation;
    struct nf_ent_doc *entities;   /* entities (src/entities/ent_int.h); arena-owned */
    struct nf_facts *facts;        /* facts (src/facts); arena-owned, NULL before */
    /* diagnostics of all stages */
    nf_diag *diags;
    size_t n_diags;
    size_t cap_diags;
};

/* Stages that look for facts read at most this many bytes of a text: a
 * news article is far smaller, and a larger body (a pasted dump, a hostile
 * input) would only cost time.  The pipeline notes the cut on the article. */
#define NF_ANALYSIS_MAX_BYTES ((size_t)1 << 20)

/* Length of the prefix of text[0..len) that analysis stages read: at most
 * NF_ANALYSIS_MAX_BYTES, ending on a UTF-8 character boundary. */
size_t nf_analysis_len(const char *text, size_t len);

/* Creates an empty article; NULL when out of memory. */
nf_article *nf_article_new(void);

/* Copies `len` bytes of `s` (NUL-terminated copy) into the article's arena
 * and stores it in *field (a field of `a`).  s == NULL stores NULL. */
nf_status nf_article_set(nf_article *a, const char **field,
                         const char *s, size_t len);

/* Copies the clean text (must be valid UTF-8) and computes its hash. */
nf_status nf_article_set_text(nf_article *a, const char *s, size_t len);

/* Sets the language code (at most 11 bytes) and confidence. */
void nf_article_set_language(nf_article *a, const char *code, double conf);

/* Records a copy of `d` (strings are copied into the arena). */
nf_status nf_article_add_diag(nf_article *a, const nf_diag *d);

/* Completes the article after reading: defaults source ("-") and format,
 * and derives the id from source and text when the input gave none.
 * Idempotent. */
nf_status nf_article_finish(nf_article *a);

#endif
