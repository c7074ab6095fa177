/* test_fold_generic.c - generic anchors (round 9): a join must share at
 * least one anchor that is not common in background text (a country, its
 * capital, a head of state are topic words, not a story).  An article on
 * another matter that meets a story only through China, Beijing,
 * Washington and President Trump starts a story of its own; an article
 * that also shares the story's own names joins it.  A Russian article
 * whose evidence is specific (the story's names and figures) joins at a
 * cosine under the general bar (0.20: NF_SPEC_COS).  The fixtures are
 * written for this test (an invented steel quota dispute, an invented
 * museum loan, an invented ferry grounding). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "fold/folder_int.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* the story: a steel quota dispute (its own names: Varkolund, Tessmer,
 * Halvorsen; its own figures) */
static const char *const quota[] = {
    "China and the United States argued in Washington over the Varkolund steel quota.\n"
    "President Donald Trump said Beijing had broken the Tessmer accord, and Chinese officials denied it.\n"
    "Trade envoy Mira Halvorsen said 48,250 tonnes of Varkolund steel were held at the port of Tessmer.\n",
    "Beijing answered President Trump on the Varkolund quota on Tuesday.\n"
    "Chinese negotiators told Mira Halvorsen in Washington that the Tessmer accord allowed 48,250 tonnes.\n"
    "American buyers said the Varkolund mills had sent 17,930 tonnes since the accord.\n",
};

/* another matter (a museum loan) that shares only topic words with the
 * story: China, Beijing, Washington, President Donald Trump, Chinese,
 * American */
static const char loan[] =
    "China will lend Washington a bronze drum, President Donald Trump said, and Beijing confirmed it.\n"
    "Chinese and American curators at the Ostrava Gallery will show the drum for 61 days from Monday.\n"
    "The Ostrava Gallery said Chinese experts would travel with it from Beijing.\n";

/* the story again: topic words and the story's own names */
static const char quota_more[] =
    "Washington and Beijing agreed to count the Varkolund steel again.\n"
    "Mira Halvorsen said the Tessmer accord stands and President Trump welcomed it; China sent inspectors.\n";

/* the ferry grounding, in English */
static const char ferry_en1[] =
    "Engineers of the Korlavik ferry line raised the hull of the Sendrava after it ran aground near Pellmark.\n"
    "Captain Oskar Timmerlund said 1,284 passengers had been taken off and 37 cars were still on board.\n"
    "The Korlavik line said the Sendrava would be towed to the Drommelby yard, 86 kilometres away.\n";
static const char ferry_en2[] =
    "The Sendrava was towed to Drommelby on Thursday, the Korlavik ferry line said.\n"
    "Oskar Timmerlund said all 1,284 passengers were safe, and divers found a tear of 14 metres near Pellmark.\n";

/* ... and in Russian: the ship, the place, the captain and two figures
 * of the story, and names of its own (a service, a rescuer, towns, a
 * governor): cosine about 0.20 with the story, under NF_STORY_COS */
static const char ferry_ru[] =
    "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\xA1\xD0\xB5\xD0\xBD\xD0\xB4\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0 "
    "\xD1\x81\xD0\xB5\xD0\xBB \xD0\xBD\xD0\xB0 \xD0\xBC\xD0\xB5\xD0\xBB\xD1\x8C \xD1\x83 \xD0\x9F\xD0\xB5\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x80\xD0\xBA\xD0\xB0, "
    "\xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xB0 \xD0\x93\xD1\x80\xD0\xB5\xD1\x82\xD0\xBD\xD0\xB8\xD0\xB9\xD1\x81\xD0\xBA\xD0\xB0\xD1\x8F "
    "\xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB1\xD0\xB0.\n"
    "\xD0\x9E\xD1\x81\xD0\xBA\xD0\xB0\xD1\x80 \xD0\xA2\xD0\xB8\xD0\xBC\xD0\xBC\xD0\xB5\xD1\x80\xD0\xBB\xD1\x83\xD0\xBD\xD0\xB4 "
    "\xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB, \xD1\x87\xD1\x82\xD0\xBE 1284 \xD0\xBF\xD0\xB0\xD1\x81\xD1\x81\xD0\xB0\xD0\xB6\xD0\xB8\xD1\x80\xD0\xB0 "
    "\xD0\xB2 \xD0\xB1\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBF\xD0\xB0\xD1\x81\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8, "
    "\xD0\xB0 \xD0\xB4\xD0\xBE \xD0\xB2\xD0\xB5\xD1\x80\xD1\x84\xD0\xB8 86 \xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2.\n"
    "\xD0\x9F\xD0\xBE \xD1\x81\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBC \xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD0\xBD\xD1\x8B "
    "\xD0\x92\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9, \xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB1\xD0\xB0 "
    "\xD0\xBD\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0 312 \xD1\x81\xD0\xBF\xD0\xB0\xD1\x81\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB9 "
    "\xD0\xB8\xD0\xB7 \xD0\x9A\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD1\x80\xD0\xB0 "
    "\xD0\xB8 \xD0\x9D\xD0\xBE\xD1\x80\xD0\xB1\xD0\xB0\xD1\x85\xD0\xB0.\n"
    "\xD0\x93\xD1\x83\xD0\xB1\xD0\xB5\xD1\x80\xD0\xBD\xD0\xB0\xD1\x82\xD0\xBE\xD1\x80 \xD0\xA4\xD1\x80\xD0\xB5\xD0\xB4\xD1\x80\xD0\xB8\xD0\xBA "
    "\xD0\xA5\xD0\xB0\xD0\xBC\xD0\xBC\xD0\xB0\xD1\x80\xD1\x81\xD1\x82\xD0\xB5\xD0\xBD \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB1\xD1\x8B\xD0\xBB "
    "\xD0\xBD\xD0\xB0 \xD0\xBC\xD0\xB5\xD1\x81\xD1\x82\xD0\xBE.\n";

/* The generated table: sorted, and it knows topic words (also generic
 * places in other languages) but not the fixtures' invented names. */
static void test_table(void)
{
    CHECK(nf_fd_generic_n > 100);
    for (size_t i = 1; i < nf_fd_generic_n; i++)
        if (nf_fd_generic_tab[i - 1] >= nf_fd_generic_tab[i]) {
            CHECK(!"table not sorted");
            break;
        }
    nf_translit *t = nf_translit_new();
    CHECK(t != NULL);
    uint64_t exact, key;
    CHECK_INT(nf_translit_word(t, "China", 5, &exact, &key), NF_OK);
    CHECK(nf_fd_generic(exact));
    CHECK_INT(nf_translit_word(t, "Washington", 10, &exact, &key), NF_OK);
    CHECK(nf_fd_generic(exact));
    /* a generic place's name in another language (GeoNames' names of
     * Beijing), and a country named in >= 3 % (not 5 %) of the news */
    CHECK_INT(nf_translit_word(t, "Pechino", 7, &exact, &key), NF_OK);
    CHECK(nf_fd_generic(exact));
    CHECK_INT(nf_translit_word(t, "Australia", 9, &exact, &key), NF_OK);
    CHECK(nf_fd_generic(exact));
    CHECK_INT(nf_translit_word(t, "Varkolund", 9, &exact, &key), NF_OK);
    CHECK(!nf_fd_generic(exact));
    nf_translit_free(t);
}

/* Topic words alone make no join; the story's own names do. */
static void test_join(void)
{
    const char *texts[] = { quota[0], quota[1], loan, quota_more };
    long long s[4];
    fold_texts(texts, NULL, "en", 4, 0, s);
    CHECK(s[0] > 0 && s[1] == s[0]);
    CHECK(s[2] != s[0]);          /* fails without the rule: it joined */
    CHECK(s[3] == s[0]);
}

/* A Russian article sharing the story's specific anchors joins at a
 * cosine under NF_STORY_COS (with one story in the window the margin
 * rule does not apply). */
static void test_specific_cos(void)
{
    const char *texts[] = { ferry_en1, ferry_en2, ferry_ru };
    const char *langs[] = { "en", "en", "ru" };
    long long s[3];
    fold_texts(texts, langs, "en", 3, 0, s);
    CHECK(s[0] > 0 && s[1] == s[0]);
    CHECK(s[2] == s[0]);          /* fails without NF_SPEC_COS: alone */
}

int main(void)
{
    RUN(test_table);
    RUN(test_join);
    RUN(test_specific_cos);
    return nf_test_done();
}
