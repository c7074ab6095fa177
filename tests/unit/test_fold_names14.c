/* test_fold_names14.c - round 13: ordinary words of Hindi texts are no
 * names, nor are Hebrew ones behind proclitics.
 *
 * A word that hunspell-hi lists in several inflected forms (सरकार,
 * सरकारें, सरकारी: "government") is ordinary and gives no name anchor,
 * but keeps its entry of the anchor sequence; a name the list holds in
 * one form only (the surname देशमुख) stays a name, as does an invented
 * one (Zlatkovich).  Without the article's language, or in another
 * language, the ordinary word is a name again, so the checks read the
 * rule.  Hebrew: a dictionary word behind one or two one-letter
 * proclitics (והממשלה, "and the government") is ordinary too.  The
 * sentences are written for this test. */
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

/* The sketch of `text` in language `lang` (NULL: none): whether it holds
 * anchor a, and (when seq) whether its sequence holds a's entry. */
static int has(const char *text, const char *lang, uint64_t a, int seq)
{
    nf_sketch k;
    memset(&k, 0, sizeof k);
    CHECK(nf_sketch_build_text(tr, NULL, text, strlen(text), lang, "2024-03-05", 1, &k) ==
          NF_OK);
    int found = 0;
    if (seq) {
        for (uint32_t i = 0; i < k.n_seq; i++)
            found |= (k.seq[i] & NF_SEQ_VALUE) == ((uint32_t)a & NF_SEQ_VALUE);
    } else {
        for (uint32_t i = 0; i < k.n_anchors; i++)
            found |= k.anchors[i] == a;
    }
    nf_sketch_clear(&k);
    return found;
}

static void test_hindi(void)
{
    /* "The government met Deshmukh and Zlatkovich" */
    const char *text = "सरकार ने देशमुख और ज़्लातकोविच से बातचीत की";
    uint64_t gov = key_of("सरकार"), desh = key_of("देशमुख"), zl = key_of("ज़्लातकोविच");
    CHECK(gov != 0);
    CHECK(desh != 0);
    CHECK(zl != 0);
    CHECK(gov != desh && gov != zl);
    CHECK(!has(text, "hi", gov, 0));   /* ordinary: no anchor */
    CHECK(has(text, "hi", gov, 1));    /* ... but still in the sequence */
    CHECK(has(text, "hi", desh, 0));   /* listed, but in one form: a name */
    CHECK(has(text, "hi", zl, 0));
    CHECK(has(text, NULL, gov, 0));    /* no language: a name again */
    CHECK(has(text, "ko", gov, 0));
    CHECK(nf_fold_ordinary_word("hi", "सरकार", strlen("सरकार"), USCRIPT_DEVANAGARI) ==
          NF_FOLD_ORDINARY_SEQ);
    CHECK(!nf_fold_ordinary_word("hi", "देशमुख", strlen("देशमुख"), USCRIPT_DEVANAGARI));
}

static void test_hebrew_proclitics(void)
{
    /* "and the government" (ו + ה + ממשלה), "in the government" (ב +
     * ממשלה): the word behind the proclitics is asked */
    const char *text = "והממשלה אישרה את הבקשה של זלטקוביץ בממשלה";
    uint64_t k1 = key_of("והממשלה"), k2 = key_of("בממשלה"), zl = key_of("זלטקוביץ");
    CHECK(k1 != 0);
    CHECK(k2 != 0);
    CHECK(zl != 0);
    CHECK(!has(text, "he", k1, 0));
    CHECK(!has(text, "he", k2, 0));
    CHECK(has(text, "he", zl, 0));
    CHECK(has(text, NULL, k1, 0));
    CHECK(has(text, NULL, k2, 0));
    CHECK(nf_fold_ordinary_word("he", "והממשלה", strlen("והממשלה"), USCRIPT_HEBREW) == 1);
    /* an invented name behind a proclitic stays a name */
    CHECK(!nf_fold_ordinary_word("he", "וזלטקוביץ", strlen("וזלטקוביץ"), USCRIPT_HEBREW));
}

int main(void)
{
    tr = nf_translit_new();
    if (!tr)
        return 77;
    RUN(test_hindi);
    RUN(test_hebrew_proclitics);
    nf_translit_free(tr);
    return nf_test_done();
}
