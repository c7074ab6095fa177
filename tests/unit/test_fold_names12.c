/* test_fold_names12.c - round 12: in a text of a caseless script
 * (Hebrew, Arabic), a word that the language's dictionary lists
 * is an ordinary word, not a name, and gives no name anchor; an invented
 * name in the same sentence still does.  Without the article's language
 * (or in another language) the same words are taken as names, as before:
 * the rule reads the language, and the test fails without it.  Arabic
 * words behind a proclitic (و + ال + word) are ordinary too.  The
 * fixtures are written for this test (an invented surname, Zlatkovich,
 * in two scripts, beside "government" and "decision"). */
#include <stdint.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"

static nf_translit *tr;

/* The key anchor of the single word w (0 when it has none). */
static uint64_t key_of(const char *w)
{
    uint64_t exact = 0, key = 0;
    CHECK(nf_translit_word(tr, w, strlen(w), &exact, &key) == NF_OK);
    return key;
}

/* Does the sketch of `text` in language `lang` hold anchor a? */
static int has_anchor(const char *text, const char *lang, uint64_t a)
{
    nf_sketch k;
    memset(&k, 0, sizeof k);
    CHECK(nf_sketch_build_text(tr, NULL, text, strlen(text), lang, "2024-03-05", 1, &k) ==
          NF_OK);
    int found = 0;
    for (uint32_t i = 0; i < k.n_anchors; i++)
        found |= k.anchors[i] == a;
    nf_sketch_clear(&k);
    return found;
}

/* In `lang`, the ordinary word's key is gone and the name's stays; in
 * no language (and in `other`), the ordinary word is a name again. */
static void check_lang(const char *lang, const char *other, const char *text,
                       const char *ordinary, const char *name)
{
    uint64_t ko = key_of(ordinary), kn = key_of(name);
    CHECK(ko != 0);
    CHECK(kn != 0);
    CHECK(ko != kn);
    CHECK(!has_anchor(text, lang, ko));
    CHECK(has_anchor(text, lang, kn));
    CHECK(has_anchor(text, NULL, ko));
    CHECK(has_anchor(text, other, ko));
    CHECK(has_anchor(text, NULL, kn));
}

static void test_hebrew(void)
{
    /* "The government approved Zlatkovich's request" */
    check_lang("he", "ar", "ממשלה אישרה היום את הבקשה של זלטקוביץ", "ממשלה",
               "זלטקוביץ");
}

static void test_arabic(void)
{
    /* "Zlatkovich met the government, and the government decided" */
    check_lang("ar", "he", "التقى زلاتكوفيتش حكومة المدينة", "حكومة", "زلاتكوفيتش");
}

static void test_arabic_proclitic(void)
{
    /* و + ال + حكومة: an ordinary word behind two proclitics */
    const char *text = "وقالت والحكومة إن زلاتكوفيتش";
    uint64_t k = key_of("والحكومة");
    CHECK(k != 0);
    CHECK(!has_anchor(text, "ar", k));
    CHECK(has_anchor(text, NULL, k));
}

int main(void)
{
    tr = nf_translit_new();
    if (!tr)
        return 77;
    RUN(test_hebrew);
    RUN(test_arabic);
    RUN(test_arabic_proclitic);
    nf_translit_free(tr);
    return nf_test_done();
}
