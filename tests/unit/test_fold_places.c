/* test_fold_places.c - round 5 of folding: name words of non-Latin
 * scripts found in the gazetteer also when inflected (Russian, Greek) or
 * behind a proclitic (Arabic), and the place anchor they give in a
 * sketch, the same in every script; Korean names with a particle; words that are no place (a surname,
 * a short word, a Latin word) give none.  The sentences are written for
 * this test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uscript.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "entities/places.h"
#include "core/article_int.h"

/* The gazetteer place of an English name, as the gazetteer folds it. */
static int32_t place_of(const char *english)
{
    return nf_place_lookup(english, strlen(english));
}

static int32_t word(const char *s, int script)
{
    return nf_fold_place_word(s, strlen(s), script);
}

static void test_words(void)
{
    int32_t indonesia = place_of("indonesia"), iraq = place_of("iraq");
    int32_t moscow = place_of("moscow"), london = place_of("london");
    CHECK(indonesia >= 0 && iraq >= 0 && moscow >= 0 && london >= 0);
    /* Russian: nominative, genitive/prepositional "Индонезии", "Москвы",
     * "Лондоне" */
    CHECK_INT(word("\xD0\x98\xD0\xBD\xD0\xB4\xD0\xBE\xD0\xBD\xD0\xB5\xD0\xB7\xD0\xB8\xD1\x8F",
                   USCRIPT_CYRILLIC), indonesia);
    CHECK_INT(word("\xD0\x98\xD0\xBD\xD0\xB4\xD0\xBE\xD0\xBD\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB8",
                   USCRIPT_CYRILLIC), indonesia);
    CHECK_INT(word("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD1\x8B", USCRIPT_CYRILLIC), moscow);
    CHECK_INT(word("\xD0\x9B\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xBE\xD0\xBD\xD0\xB5", USCRIPT_CYRILLIC),
              london);
    /* Greek genitive "Ινδονησίας" (final sigma) */
    CHECK_INT(word("\xCE\x99\xCE\xBD\xCE\xB4\xCE\xBF\xCE\xBD\xCE\xB7\xCF\x83\xCE\xAF\xCE\xB1\xCF\x82",
                   USCRIPT_GREEK), indonesia);
    /* Arabic "وبإندونيسيا" (and in Indonesia), "بالعراق" (in the Iraq) */
    CHECK_INT(word("\xD9\x88\xD8\xA8\xD8\xA5\xD9\x86\xD8\xAF\xD9\x88\xD9\x86\xD9\x8A\xD8\xB3\xD9\x8A\xD8\xA7",
                   USCRIPT_ARABIC), indonesia);
    CHECK_INT(word("\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82", USCRIPT_ARABIC), iraq);
    /* Korean "인도네시아에서" (in Indonesia), "런던은" (London + topic) */
    CHECK_INT(word("\xEC\x9D\xB8\xEB\x8F\x84\xEB\x84\xA4\xEC\x8B\x9C\xEC\x95\x84"
                   "\xEC\x97\x90\xEC\x84\x9C", USCRIPT_HANGUL), indonesia);
    CHECK_INT(word("\xEB\x9F\xB0\xEB\x8D\x98\xEC\x9D\x80", USCRIPT_HANGUL), london);
    /* no place: a Russian surname in the genitive "Бранова", a short word
     * "Ира", a word of another script than the rules are for */
    CHECK_INT(word("\xD0\x91\xD1\x80\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0", USCRIPT_CYRILLIC), -1);
    CHECK_INT(word("\xD0\x98\xD1\x80\xD0\xB0", USCRIPT_CYRILLIC), -1);
    /* "Марин" (a name): its н is no case ending, so it is not cut */
    CHECK_INT(word("\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD0\xBD", USCRIPT_CYRILLIC), -1);
    CHECK_INT(word("Indonesiens", USCRIPT_LATIN), -1);
    CHECK_INT(word("", USCRIPT_CYRILLIC), -1);
}

/* Number of anchors of the number kind (numbers and places; these texts
 * have no number) that a and b have in common: a shared name key would
 * not show the place. */
static size_t common(const nf_sketch *a, const nf_sketch *b)
{
    size_t n = 0;
    for (uint32_t i = 0; i < a->n_anchors; i++)
        for (uint32_t j = 0; j < b->n_anchors; j++)
            n += a->anchors[i] == b->anchors[j] && NF_ANCHOR_KIND(a->anchors[i]) == NF_ANCHOR_NUM;
    return n;
}

static void test_sketch(void)
{
    nf_translit *t = nf_translit_new();
    CHECK(t != NULL);
    if (!t)
        return;
    /* "Floods in Indonesia closed schools." in Russian and in Arabic, no
     * number and no other name in common */
    static const char ru[] =
        "\xD0\x9D\xD0\xB0\xD0\xB2\xD0\xBE\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xB2 "
        "\xD0\x98\xD0\xBD\xD0\xB4\xD0\xBE\xD0\xBD\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB8 "
        "\xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB\xD0\xB8 \xD1\x88\xD0\xBA\xD0\xBE\xD0\xBB\xD1\x8B.";
    static const char ar[] =
        "\xD8\xA3\xD8\xBA\xD9\x84\xD9\x82\xD8\xAA \xD8\xA7\xD9\x84\xD9\x81\xD9\x8A\xD8\xB6\xD8\xA7\xD9\x86\xD8\xA7\xD8\xAA "
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xA7\xD8\xB1\xD8\xB3 "
        "\xD9\x81\xD9\x8A \xD8\xA5\xD9\x86\xD8\xAF\xD9\x88\xD9\x86\xD9\x8A\xD8\xB3\xD9\x8A\xD8\xA7.";
    /* the same sentence about Iraq in Russian ("в Ираке") */
    static const char ru_iraq[] =
        "\xD0\x9D\xD0\xB0\xD0\xB2\xD0\xBE\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xB2 "
        "\xD0\x98\xD1\x80\xD0\xB0\xD0\xBA\xD0\xB5 "
        "\xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB\xD0\xB8 \xD1\x88\xD0\xBA\xD0\xBE\xD0\xBB\xD1\x8B.";
    nf_sketch a, b, c;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    memset(&c, 0, sizeof c);
    CHECK_INT(nf_sketch_build_text(t, NULL, ru, strlen(ru), "ru", NULL, 1, &a), NF_OK);
    CHECK_INT(nf_sketch_build_text(t, NULL, ar, strlen(ar), "ar", NULL, 1, &b), NF_OK);
    CHECK_INT(nf_sketch_build_text(t, NULL, ru_iraq, strlen(ru_iraq), "ru", NULL, 1, &c), NF_OK);
    /* the place is an anchor both share; the Iraq sentence does not
     * share it */
    CHECK(common(&a, &b) >= 1);
    CHECK_INT((long long)common(&c, &b), 0);
    nf_sketch_clear(&a);
    nf_sketch_clear(&b);
    nf_sketch_clear(&c);
    nf_translit_free(t);
}

/* An analysed article (whole pipeline: language, sentences, entities). */
static nf_article *analysed(nf_pipeline *p, const char *text, const char *lang)
{
    nf_article *a = nf_article_new();
    if (!a)
        return NULL;
    nf_article_set(a, &a->id, "t", 1);
    nf_article_set_text(a, text, strlen(text));
    nf_article_set_language(a, lang, 0.9);
    nf_article_finish(a);
    CHECK_INT(nf_pipeline_run(p, a), NF_OK);
    return a;
}

/* Curated entries (the entity stage's list of well-known organisations
 * with their names in several scripts) are one anchor in every script,
 * also inside Chinese text that has no word boundaries: NATO in Russian
 * and in Chinese; the European Union in Chinese shares none. */
static void test_curated(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_translit *t = nf_translit_new();
    CHECK(p && t);
    if (!p || !t) {
        nf_pipeline_free(p);
        nf_translit_free(t);
        return;
    }
    /* "NATO held exercises in the north." */
    nf_article *ru = analysed(p,
        "\xD0\x9D\xD0\x90\xD0\xA2\xD0\x9E \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBB\xD0\xB0 "
        "\xD1\x83\xD1\x87\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xBD\xD0\xB0 \xD1\x81\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB5.",
        "ru");
    nf_article *zh = analysed(p,
        "\xE5\x8C\x97\xE7\xBA\xA6\xE5\x9C\xA8\xE5\x8C\x97\xE9\x83\xA8\xE4\xB8\xBE\xE8\xA1\x8C\xE4\xBA\x86"
        "\xE6\xBC\x94\xE4\xB9\xA0\xE3\x80\x82", "zh");
    /* "The European Union held talks in the north." */
    nf_article *eu = analysed(p,
        "\xE6\xAC\xA7\xE7\x9B\x9F\xE5\x9C\xA8\xE5\x8C\x97\xE9\x83\xA8\xE4\xB8\xBE\xE8\xA1\x8C\xE4\xBA\x86"
        "\xE4\xBC\x9A\xE8\xB0\x88\xE3\x80\x82", "zh");
    nf_sketch a, b, c;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    memset(&c, 0, sizeof c);
    CHECK(ru && zh && eu);
    if (ru && zh && eu) {
        CHECK_INT(nf_sketch_build(t, ru, &a), NF_OK);
        CHECK_INT(nf_sketch_build(t, zh, &b), NF_OK);
        CHECK_INT(nf_sketch_build(t, eu, &c), NF_OK);
        CHECK(common(&a, &b) >= 1);
        CHECK_INT((long long)common(&a, &c), 0);
    }
    nf_sketch_clear(&a);
    nf_sketch_clear(&b);
    nf_sketch_clear(&c);
    nf_article_free(ru);
    nf_article_free(zh);
    nf_article_free(eu);
    nf_translit_free(t);
    nf_pipeline_free(p);
}

int main(void)
{
    RUN(test_words);
    RUN(test_sketch);
    RUN(test_curated);
    return nf_test_done();
}
