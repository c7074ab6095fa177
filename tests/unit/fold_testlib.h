/* fold_testlib.h - helpers shared by the folding tests
 * (test_fold_merge.c, test_fold_contest.c, test_lead_date.c,
 * test_recurring_subject.c, test_fold_generic.c, test_fold_round10.c): a
 * finished article made straight from text, without the pipeline, and a
 * list of such articles folded in order.  fold_texts uses CHECK: include
 * nf_test.h first. */
#ifndef NF_FOLD_TESTLIB_H
#define NF_FOLD_TESTLIB_H

#include <stdio.h>
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

/* Folds texts[0..n) in order into a new folder: article i is "a<i>" in
 * langs[i] (all in `lang` when langs is NULL) with n_sent sentences, or,
 * when n_sent is 0, 3 in English and 12 in other languages (so that no
 * article is a translation of a shorter one by structure); story[i]
 * receives its story. */
static inline void fold_texts(const char *const *texts, const char *const *langs,
                              const char *lang, size_t n, size_t n_sent, long long *story)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "a%zu", i);
        const char *l = langs ? langs[i] : lang;
        size_t ns = n_sent ? n_sent : strcmp(l, "en") ? 12 : 3;
        nf_article *a = make(id, texts[i], l, ns);
        nf_fold_result r;
        CHECK_INT(nf_folder_add(f, a, &r), NF_OK);
        story[i] = r.story;
        nf_article_free(a);
    }
    nf_folder_free(f);
}

#endif
