/* test_langid_yat.c - ekavian and ijekavian forms in the bs/hr/sr close
 * group (newsfold/langid.h, langid_groups.c).
 *
 * Standard Serbian writes the old "yat" vowel as e (vreme, mesto, deca),
 * Croatian and Bosnian as ije/je (vrijeme, mjesto, djeca).  The close-group
 * stage weighs such word pairs, checked with the hunspell dictionaries when
 * the model is built.  Each pair below is one sentence, written for this
 * test, in both forms: the ekavian form must come out Serbian, the
 * ijekavian one Croatian or Bosnian with Serbian behind both.  Short
 * sentences, where a single word decides, are the point.
 */
#include <newsfold/langid.h>

#include "nf_test.h"

static const char *const pairs[][2] = {
    {"Svet je lep.", "Svijet je lijep."},
    {"Deca su pre podne videla reku.", "Djeca su prije podne vidjela rijeku."},
    {"Mesto je bilo prazno celo vreme.", "Mjesto je bilo prazno cijelo vrijeme."},
    {"Vesti sti\xc5\xbeu posle pono\xc4\x87i.",
     "Vijesti sti\xc5\xbeu poslije pono\xc4\x87i."},
    {"Gradsko ve\xc4\x87""e je ju\xc4\x8d""e odlu\xc4\x8dilo da se novo mesto "
     "za pijacu odredi pre leta.",
     "Gradsko vije\xc4\x87""e je ju\xc4\x8d""er odlu\xc4\x8dilo da se novo "
     "mjesto za tr\xc5\xbenicu odredi prije ljeta."},
};

/* Rank of `code` among the n guesses g (n when absent). */
static size_t rank_of(const nf_lang_guess *g, size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(g[i].code, code) == 0)
            return i;
    return n;
}

static void test_ekavian_is_serbian(void)
{
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        nf_lang_guess g[3];
        size_t n = nf_langid_detect(pairs[i][0], strlen(pairs[i][0]), g, 3);
        CHECK(n >= 1);
        if (n >= 1)
            CHECK_STR(g[0].code, "sr");
    }
}

static void test_ijekavian_is_croatian_or_bosnian(void)
{
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        nf_lang_guess g[3];
        size_t n = nf_langid_detect(pairs[i][1], strlen(pairs[i][1]), g, 3);
        CHECK(n >= 2);
        if (n < 2)
            continue;
        CHECK(strcmp(g[0].code, "hr") == 0 || strcmp(g[0].code, "bs") == 0);
        size_t hr = rank_of(g, n, "hr"), bs = rank_of(g, n, "bs");
        size_t sr = rank_of(g, n, "sr");
        CHECK(sr > hr && sr > bs);
    }
}

int main(void)
{
    RUN(test_ekavian_is_serbian);
    RUN(test_ijekavian_is_croatian_or_bosnian);
    return nf_test_done();
}
