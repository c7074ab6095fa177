/* fold_testlib.h - a helper shared by the folding tests
 * (test_fold_merge.c, test_fold_contest.c, test_lead_date.c,
 * test_recurring_subject.c): a finished article made straight from text,
 * without the pipeline. */
#ifndef NF_FOLD_TESTLIB_H
#define NF_FOLD_TESTLIB_H

#include <string.h>

#include "newsfold.h"
#include "core/article_int.h"

/* A finished article `id` with body `text` in language `lang` and
 * n_sent sentences, published on `date` ("YYYY-MM-DD"; NULL: undated).
 * The caller owns it. */
static inline nf_article *make_dated(const char *id, const char *text, const char *lang,
                                     const char *date, size_t n_sent)
{
    nf_article *a = nf_article_new();
    nf_article_set(a, &a->id, id, strlen(id));
    if (date)
        nf_article_set(a, &a->published, date, strlen(date));
    nf_article_set_text(a, text, strlen(text));
    nf_article_set_language(a, lang, 1.0);
    a->n_sentences = n_sent;
    nf_article_finish(a);
    return a;
}

/* make_dated() on 2 March 2026. */
static inline nf_article *make(const char *id, const char *text, const char *lang,
                               size_t n_sent)
{
    return make_dated(id, text, lang, "2026-03-02", n_sent);
}

#endif
