/* test_segment.c - sentences and words (nf_segment_sentences/words).
 *
 * All texts are written for these tests.  Spans are collected as strings
 * and compared with what a reader would call the sentences or words. */
#include "nf_test.h"
#include "text/text.h"

#define MAX_SPANS 64

typedef struct spans {
    const char *text;
    size_t len;
    int n;
    int stop_after;         /* 0 = never stop */
    int bad;                /* spans out of range or untrimmed */
    char s[MAX_SPANS][256];
} spans;

static int collect(void *ctx, size_t a, size_t b)
{
    spans *sp = ctx;
    if (a >= b || b > sp->len)
        sp->bad++;
    else if (sp->text[a] == ' ' || sp->text[a] == '\n' ||
             sp->text[b - 1] == ' ' || sp->text[b - 1] == '\n')
        sp->bad++;
    if (sp->n < MAX_SPANS && a < b && b <= sp->len) {
        size_t n = b - a < 255 ? b - a : 255;
        memcpy(sp->s[sp->n], sp->text + a, n);
        sp->s[sp->n][n] = '\0';
    }
    sp->n++;
    return sp->stop_after && sp->n >= sp->stop_after;
}

static nf_segmenter *seg;

static spans *sentences(const char *text, const char *lang)
{
    static spans sp;
    memset(&sp, 0, sizeof sp);
    sp.text = text;
    sp.len = strlen(text);
    CHECK_INT(nf_segment_sentences(seg, text, sp.len, lang, collect, &sp),
              NF_OK);
    CHECK_INT(sp.bad, 0);
    return &sp;
}

static spans *words(const char *text, const char *lang)
{
    static spans sp;
    memset(&sp, 0, sizeof sp);
    sp.text = text;
    sp.len = strlen(text);
    CHECK_INT(nf_segment_words(seg, text, sp.len, lang, collect, &sp), NF_OK);
    CHECK_INT(sp.bad, 0);
    return &sp;
}

/* Whether the collected spans include `w`. */
static int has(const spans *sp, const char *w)
{
    for (int i = 0; i < sp->n && i < MAX_SPANS; i++)
        if (strcmp(sp->s[i], w) == 0)
            return 1;
    return 0;
}

static void test_sentences_english(void)
{
    spans *sp = sentences("Kyiv asks for guarantees\n"
                          "The U.S. said Mr. Smith met Dr. Jones at noon. "
                          "He left early.\n\n   Talks go on  \n", "en");
    CHECK_INT(sp->n, 4);
    CHECK_STR(sp->s[0], "Kyiv asks for guarantees");
    CHECK_STR(sp->s[1], "The U.S. said Mr. Smith met Dr. Jones at noon.");
    CHECK_STR(sp->s[2], "He left early.");
    CHECK_STR(sp->s[3], "Talks go on");

    sp = sentences("George W. Bush spoke first. Then he left.", "en");
    CHECK_INT(sp->n, 2);
    CHECK_STR(sp->s[0], "George W. Bush spoke first.");

    sp = sentences("The U.S. Senate voted. Gen. Smith and Prof. Li agreed.",
                   "en");
    CHECK_INT(sp->n, 2);
    CHECK_STR(sp->s[0], "The U.S. Senate voted.");
    CHECK_STR(sp->s[1], "Gen. Smith and Prof. Li agreed.");

    /* an ordinal date is not a sentence end in German, but a year is one
     * in English */
    sp = sentences("Das ist z. B. gut. Die Nr. 5 kam am 3. Oktober. "
                   "Dr. M\xC3\xBCller sprach.", "de");
    CHECK_INT(sp->n, 3);
    CHECK_STR(sp->s[0], "Das ist z. B. gut.");
    CHECK_STR(sp->s[1], "Die Nr. 5 kam am 3. Oktober.");
    CHECK_STR(sp->s[2], "Dr. M\xC3\xBCller sprach.");
    sp = sentences("It ended in 2024. Talks resumed on 3. They ended.", "en");
    CHECK_INT(sp->n, 3);

    /* a line ending without punctuation ends the sentence even when the
     * next line starts in lower case */
    sp = sentences("the talks\ncontinued today. A title Dr.\nNext", "en");
    CHECK_INT(sp->n, 4);
    CHECK_STR(sp->s[0], "the talks");
    CHECK_STR(sp->s[2], "A title Dr.");
}

static void test_sentences_empty_and_stop(void)
{
    spans *sp = sentences("", "en");
    CHECK_INT(sp->n, 0);
    sp = sentences(" \n\t \n", NULL);
    CHECK_INT(sp->n, 0);

    static spans st;
    memset(&st, 0, sizeof st);
    st.text = "One. Two. Three.";
    st.len = strlen(st.text);
    st.stop_after = 2;
    CHECK_INT(nf_segment_sentences(seg, st.text, st.len, "en", collect, &st),
              NF_OK);
    CHECK_INT(st.n, 2);
}

static void test_sentences_japanese(void)
{
    spans *sp = sentences("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE4\xBC\x9A"
                          "\xE8\xAD\xB0\xE3\x81\x8C\xE9\x96\x8B\xE3\x81\x8B"
                          "\xE3\x82\x8C\xE3\x81\x9F\xE3\x80\x82"  /* 東京で会議が開かれた。 */
                          "\xE9\xA6\x96\xE7\x9B\xB8\xE3\x81\xAF\xE6\x9D\xA5"
                          "\xE3\x81\xAA\xE3\x81\x8B\xE3\x81\xA3\xE3\x81\x9F"
                          "\xEF\xBC\x81"  /* 首相は来なかった！ */
                          "\xE6\x9C\xAC\xE5\xBD\x93\xEF\xBC\x9F", /* 本当？ */
                          "ja");
    CHECK_INT(sp->n, 3);
    CHECK_STR(sp->s[2], "\xE6\x9C\xAC\xE5\xBD\x93\xEF\xBC\x9F");
}

/* The Italian fixture: one expected sentence per line. */
static void test_sentences_fixture(void)
{
    static char text[8192], want[8192];
    FILE *f = fopen(nf_test_data("text/sentences_it.txt"), "r");
    FILE *g = fopen(nf_test_data("text/sentences_it.expected"), "r");
    CHECK(f && g);
    if (!f || !g) {
        if (f)
            fclose(f);
        if (g)
            fclose(g);
        return;
    }
    size_t n = fread(text, 1, sizeof text - 1, f);
    size_t m = fread(want, 1, sizeof want - 1, g);
    text[n] = want[m] = '\0';
    fclose(f);
    fclose(g);
    spans *sp = sentences(text, "it");
    int k = 0;
    for (char *line = strtok(want, "\n"); line; line = strtok(NULL, "\n")) {
        if (k < sp->n && k < MAX_SPANS)
            CHECK_STR(sp->s[k], line);
        k++;
    }
    CHECK_INT(sp->n, k);
    CHECK(k >= 8);
}

static void test_words_cjk_thai(void)
{
    /* 東京で会議が開かれた。 */
    spans *sp = words("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE4\xBC\x9A\xE8"
                      "\xAD\xB0\xE3\x81\x8C\xE9\x96\x8B\xE3\x81\x8B\xE3\x82"
                      "\x8C\xE3\x81\x9F\xE3\x80\x82", "ja");
    CHECK(sp->n >= 4);
    CHECK(has(sp, "\xE6\x9D\xB1\xE4\xBA\xAC"));   /* 東京 */
    CHECK(has(sp, "\xE4\xBC\x9A\xE8\xAD\xB0"));   /* 会議 */
    CHECK(!has(sp, "\xE3\x80\x82"));              /* no 。 */

    /* 北京今天下雨了，我们在家看书。 */
    sp = words("\xE5\x8C\x97\xE4\xBA\xAC\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B"
               "\xE9\x9B\xA8\xE4\xBA\x86\xEF\xBC\x8C\xE6\x88\x91\xE4\xBB\xAC"
               "\xE5\x9C\xA8\xE5\xAE\xB6\xE7\x9C\x8B\xE4\xB9\xA6\xE3\x80\x82",
               "zh");
    CHECK(sp->n >= 5);
    CHECK(has(sp, "\xE5\x8C\x97\xE4\xBA\xAC"));   /* 北京 */
    CHECK(has(sp, "\xE6\x88\x91\xE4\xBB\xAC"));   /* 我们 */
    CHECK(!has(sp, "\xEF\xBC\x8C"));              /* no ， */

    /* Thai, no spaces: ฉันชอบกินข้าวผัดมาก ("I like eating fried rice a lot") */
    const char *th = "\xE0\xB8\x89\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\x8A\xE0"
                     "\xB8\xAD\xE0\xB8\x9A\xE0\xB8\x81\xE0\xB8\xB4\xE0\xB8"
                     "\x99\xE0\xB8\x82\xE0\xB9\x89\xE0\xB8\xB2\xE0\xB8\xA7"
                     "\xE0\xB8\x9C\xE0\xB8\xB1\xE0\xB8\x94\xE0\xB8\xA1\xE0"
                     "\xB8\xB2\xE0\xB8\x81";
    sp = words(th, "th");
    CHECK(sp->n >= 4);
    char joined[256] = "";
    for (int i = 0; i < sp->n && i < MAX_SPANS; i++)
        strncat(joined, sp->s[i], sizeof joined - strlen(joined) - 1);
    CHECK_STR(joined, th);
    CHECK(has(sp, "\xE0\xB8\x81\xE0\xB8\xB4\xE0\xB8\x99"));  /* กิน */
}

static void test_words_latin(void)
{
    spans *sp = words("l'Ucraina e dell\xE2\x80\x99" "Europa, c'\xC3\xA8 "
                      "aujourd'hui", "it");
    CHECK_INT(sp->n, 8);
    CHECK_STR(sp->s[0], "l'");
    CHECK_STR(sp->s[1], "Ucraina");
    CHECK_STR(sp->s[2], "e");
    CHECK_STR(sp->s[3], "dell\xE2\x80\x99");
    CHECK_STR(sp->s[4], "Europa");
    CHECK_STR(sp->s[5], "c'");
    CHECK_STR(sp->s[6], "\xC3\xA8");
    CHECK_STR(sp->s[7], "aujourd'hui");  /* 7 letters: not an elision */

    /* English keeps its apostrophes inside words */
    sp = words("Zelenskyy's allies don't agree (3.5%).", "en");
    CHECK_INT(sp->n, 5);
    CHECK(has(sp, "Zelenskyy's"));
    CHECK(has(sp, "don't"));
    CHECK(has(sp, "3.5"));
    CHECK(!has(sp, "%"));

    /* Romanian with both comma and cedilla letters */
    sp = words("Garan\xC5\xA3ii \xC5\x9Fi garan\xC8\x9Bii de securitate.",
               "ro");
    CHECK_INT(sp->n, 5);
    CHECK_STR(sp->s[0], "Garan\xC5\xA3ii");
    CHECK_STR(sp->s[1], "\xC5\x9Fi");
    CHECK_STR(sp->s[2], "garan\xC8\x9Bii");
}

/* Many locales in turn: the cache evicts and reopens without trouble;
 * odd language codes fall back to the root locale. */
static void test_cache_and_locales(void)
{
    static const char *langs[] = { "en", "it", "ro", "ja", "zh", "th", "de",
                                   "fr", "ru", "es", "pt-BR", "zh_Hant",
                                   "x!y", "a-very-long-language-tag-here",
                                   NULL, "" };
    for (int round = 0; round < 3; round++)
        for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
            spans *sp = words("Two words", langs[i]);
            CHECK_INT(sp->n, 2);
            sp = sentences("One. Two.", langs[i]);
            CHECK_INT(sp->n, 2);
        }
}

int main(void)
{
    seg = nf_segmenter_new();
    CHECK(seg != NULL);
    if (!seg)
        return nf_test_done();
    RUN(test_sentences_english);
    RUN(test_sentences_empty_and_stop);
    RUN(test_sentences_japanese);
    RUN(test_sentences_fixture);
    RUN(test_words_cjk_thai);
    RUN(test_words_latin);
    RUN(test_cache_and_locales);
    nf_segmenter_free(seg);
    return nf_test_done();
}
