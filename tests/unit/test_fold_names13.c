/* test_fold_names13.c - round 13: a German common noun is no name.
 *
 * German capitalises every noun, so the sketch took Regierung, Jahr and
 * Präsident for names: anchors that two unrelated German reports share
 * and that dilute a German report's cosine with its story in another
 * language.  nf_fold_common_noun answers from the entity stage's German
 * noun filter, less its proper nouns.  Fixture texts are our own
 * writing. */
#include <string.h>

#include "nf_test.h"
#include "fold_testlib.h"
#include "fold/fold_int.h"

static int noun(const char *lang, const char *w)
{
    return nf_fold_common_noun(lang, w, strlen(w));
}

static void test_common_noun(void)
{
    CHECK(noun("de", "Regierung"));
    CHECK(noun("de", "Jahr"));
    CHECK(noun("de", "Überschwemmung"));   /* a capital umlaut */
    CHECK(!noun("de", "Merkel"));          /* proper nouns stay names */
    CHECK(!noun("de", "Siemens"));
    /* the dictionary's nouns include places (Berlin, Moskau): in German
     * text they keep only the place anchor of the entity stage */
    CHECK(noun("de", "Moskau"));
    CHECK(!noun("de", "EU"));              /* capitals: an abbreviation */
    CHECK(!noun("de", "Quellmannwerke"));  /* not in the dictionary */
    CHECK(!noun("en", "Regierung"));       /* German only */
    CHECK(!noun(NULL, "Regierung"));
}

/* Two German reports on unrelated events that share only common nouns
 * (government, year, week, president, police, million) and the country:
 * two stories. */
static void test_unrelated_german_apart(void)
{
    const char *const texts[2] = {
        "Die Regierung von Valdrien teilte am Montag mit, dass der Präsident Orsk Tannerby "
        "im nächsten Jahr eine Steuerreform vorlegen werde. Die Polizei rechnet in der "
        "Woche mit Protesten, die Opposition spricht von Millionen Verlierern.",
        "Die Regierung teilte mit, dass der Präsident des Fußballverbands Lirio Castaneira "
        "nach einem Jahr zurücktritt. Die Polizei ermittelt seit einer Woche wegen "
        "Millionen an Prämien, die Opposition fordert Aufklärung.",
    };
    long long story[2];
    fold_texts(texts, NULL, "de", 2, 3, story);
    CHECK(story[0] != story[1]);
}

int main(void)
{
    RUN(test_common_noun);
    RUN(test_unrelated_german_apart);
    return nf_test_done();
}
