/* test_langid_compose.c - decomposed text and the speakers prior in
 * language identification (newsfold/langid.h).
 *
 * Text typed in decomposed form (a letter followed by combining accents,
 * as much Yoruba and some Vietnamese on the web is) must be judged exactly
 * like its precomposed form: same guesses, same scores.  The sentences
 * were written for this test; each pair is one sentence in NFC and in
 * NFD.  Marks that compose with nothing, long runs of marks and marks at
 * the start of a text must be handled.  Finally the prior must not
 * override clear evidence: a plain sentence in a language of few speakers
 * still wins.
 */
#include <newsfold/langid.h>

#include <math.h>

#include "nf_test.h"

static const char *const pairs[][3] = {
    {"yo", "\xc3\x8cj\xe1\xbb\x8d""ba ti k\xc3\xa9""de \xc3\xb2""fin tuntun n\xc3\xadpa \xe1\xba\xb9\xcc\x80k\xe1\xbb\x8d\xcc\x81 \xc3\xa0w\xe1\xbb\x8dn \xe1\xbb\x8dm\xe1\xbb\x8d""d\xc3\xa9 n\xc3\xad \xe1\xbb\x8d\xcc\x80s\xe1\xba\xb9\xcc\x80 t\xc3\xb3 k\xe1\xbb\x8dj\xc3\xa1.",
     "I\xcc\x80jo\xcc\xa3""ba ti ke\xcc\x81""de o\xcc\x80""fin tuntun ni\xcc\x81pa e\xcc\xa3\xcc\x80ko\xcc\xa3\xcc\x81 a\xcc\x80wo\xcc\xa3n o\xcc\xa3mo\xcc\xa3""de\xcc\x81 ni\xcc\x81 o\xcc\xa3\xcc\x80se\xcc\xa3\xcc\x80 to\xcc\x81 ko\xcc\xa3ja\xcc\x81."},
    {"vi", "Ch\xc3\xadnh ph\xe1\xbb\xa7 \xc4\x91\xc3\xa3 th\xc3\xb4ng qua k\xe1\xba\xbf ho\xe1\xba\xa1""ch m\xe1\xbb\x9bi \xc4\x91\xe1\xbb\x83 x\xc3\xa2y d\xe1\xbb\xb1ng \xc4\x91\xc6\xb0\xe1\xbb\x9dng s\xe1\xba\xaft.",
     "Chi\xcc\x81nh phu\xcc\x89 \xc4\x91""a\xcc\x83 tho\xcc\x82ng qua ke\xcc\x82\xcc\x81 hoa\xcc\xa3""ch mo\xcc\x9b\xcc\x81i \xc4\x91""e\xcc\x82\xcc\x89 xa\xcc\x82y du\xcc\x9b\xcc\xa3ng \xc4\x91u\xcc\x9bo\xcc\x9b\xcc\x80ng sa\xcc\x86\xcc\x81t."},
    {"mi", "I tae atu te pirimia ki te hui ki P\xc5\x8dneke i t\xc4\x93r\xc4\x81 wiki.",
     "I tae atu te pirimia ki te hui ki Po\xcc\x84neke i te\xcc\x84ra\xcc\x84 wiki."},
    {"fr", "Les \xc3\xa9l\xc3\xa8ves ont \xc3\xa9t\xc3\xa9 tr\xc3\xa8s d\xc3\xa9\xc3\xa7us par la fermeture de l'\xc3\xa9""cole.",
     "Les e\xcc\x81le\xcc\x80ves ont e\xcc\x81te\xcc\x81 tre\xcc\x80s de\xcc\x81""c\xcc\xa7us par la fermeture de l'e\xcc\x81""cole."},
    {"ro", "Pre\xc8\x99""edintele a vorbit despre bugetul \xc8\x9b\xc4\x83rii \xc8\x99i despre \xc8\x99""coli.",
     "Pres\xcc\xa6""edintele a vorbit despre bugetul t\xcc\xa6""a\xcc\x86rii s\xcc\xa6i despre s\xcc\xa6""coli."},
};

/* The NFC and NFD forms give the same guesses with the same scores, and
 * the expected language first. */
static void test_decomposed_same_as_precomposed(void)
{
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        nf_lang_guess a[5], b[5];
        size_t na = nf_langid_detect(pairs[i][1], strlen(pairs[i][1]), a, 5);
        size_t nb = nf_langid_detect(pairs[i][2], strlen(pairs[i][2]), b, 5);
        CHECK(na >= 1);
        CHECK_INT((long long)na, (long long)nb);
        if (na < 1 || na != nb)
            continue;
        CHECK_STR(a[0].code, pairs[i][0]);
        CHECK_STR(b[0].code, pairs[i][0]);
        for (size_t k = 0; k < na; k++) {
            CHECK_STR(a[k].code, b[k].code);
            CHECK(fabs(a[k].score - b[k].score) < 1e-12);
        }
    }
}

/* Marks with no precomposed form, long runs of marks (longer than a word
 * may be), and marks with no letter before them. */
static void test_odd_marks(void)
{
    /* "ọ́" is o + dot below + acute: only the first pair composes; the
     * text must still be Yoruba as in the test above. */
    char buf[4096];
    size_t n = 0;
    const char *lead = "\xcc\x81\xcc\x80 ";  /* marks before any letter */
    memcpy(buf, lead, strlen(lead));
    n += strlen(lead);
    memcpy(buf + n, pairs[0][2], strlen(pairs[0][2]));
    n += strlen(pairs[0][2]);
    nf_lang_guess g[3];
    size_t k = nf_langid_detect(buf, n, g, 3);
    CHECK(k >= 1);
    if (k >= 1)
        CHECK_STR(g[0].code, "yo");
    /* A letter followed by 600 acute accents and 600 dots below. */
    n = 0;
    buf[n++] = 'a';
    for (int i = 0; i < 600; i++) {
        buf[n++] = (char)0xcc;
        buf[n++] = (char)(i % 2 ? 0x81 : 0xa3);
    }
    k = nf_langid_detect(buf, n, g, 3);
    CHECK(k <= 3);
    for (size_t i = 0; i < k; i++)
        CHECK(g[i].score >= 0.0 && g[i].score <= 1.0);
    /* Only marks: no letters, no guess. */
    k = nf_langid_detect("\xcc\x81\xcc\xa3\xcc\x80", 6, g, 3);
    CHECK_INT((long long)k, 0);
}

/* The prior (speakers) tips close calls towards widely spoken languages;
 * it must not outvote clear evidence for a small one.  Faroese and
 * Luxembourgish have well under a million speakers each, Icelandic and
 * German many more. */
static void test_prior_keeps_small_languages(void)
{
    static const char *const cases[][2] = {
        {"fo", "Landsst\xc3\xbdri\xc3\xb0 hevur \xc3\xad dag lagt fram n\xc3\xbdtt "
               "uppskot um sk\xc3\xba""lar og barnagar\xc3\xb0""ar \xc3\xad "
               "\xc3\xb8""llum kommunum."},
        {"lb", "D'Regierung huet haut en neit Gesetz iwwer d'Schoulen an "
               "d'Spillschoulen am ganze Land virgestallt."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nf_lang_guess g[3];
        size_t k = nf_langid_detect(cases[i][1], strlen(cases[i][1]), g, 3);
        CHECK(k >= 1);
        if (k >= 1)
            CHECK_STR(g[0].code, cases[i][0]);
    }
}

int main(void)
{
    RUN(test_decomposed_same_as_precomposed);
    RUN(test_odd_marks);
    RUN(test_prior_keeps_small_languages);
    return nf_test_done();
}
