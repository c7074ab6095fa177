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
    /* diagnostics of all stages */
    nf_diag *diags;
    size_t n_diags;
    size_t cap_diags;
};

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

/* Completes the article after reading: derives the id from the hash when
 * the input gave none, and defaults source/format.  Idempotent. */
nf_status nf_article_finish(nf_article *a);

#endif
