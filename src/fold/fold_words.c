/* fold_words.c - is a word of a caseless-script text an ordinary word of
 * its language rather than a name?  (Round 12; round 13: German nouns,
 * Hindi, Hebrew proclitics.)
 *
 * The sketch (features.c) takes every long word of a caseless alphabet
 * as a name candidate: in Arabic, Hebrew and Hindi texts ordinary words
 * then outnumber the names and dilute the cosines.  The generated Bloom
 * filters of fold_words_data.c (built by tools/words/gen_fold_words.py)
 * answer the question, decoded once on first use: Debian's Hunspell
 * dictionaries for Arabic and Hebrew (words also asked behind a
 * proclitic; Hebrew ones since round 13, once the story gap had removed
 * the joins that made round 12 leave them out), and the inflecting words
 * of hunspell-hi for Hindi (a plain list that holds Indian names too: a
 * word listed in several forms inflects, a name does not).  A Hindi
 * ordinary word keeps its entry of the anchor sequence
 * (NF_FOLD_ORDINARY_SEQ): without it the samples' Hindi and Arabic
 * summit reports, alike in their figures, read as one report.  Korean
 * (Sino-Korean words of libhangul's Hanja table) was measured and left
 * out (docs/fold_round13_names.md).  German capitalises its nouns:
 * nf_fold_common_noun asks the entity stage's German noun filter, less
 * its proper nouns (round 13). */
#include <assert.h>
#include <pthread.h>
#include <string.h>

#include "fold/fold_int.h"

static pthread_once_t fold_words_once = PTHREAD_ONCE_INIT;

/* Decodes every filter of nf_fold_words into its bits (once). */
static void fold_words_decode(void)
{
    for (size_t i = 0; i < nf_fold_n_words; i++)
        nf_cw_decode(&nf_fold_words[i]);
}

/* The caseless-script filter of language `lang`, when the word's script
 * is that language's, or NULL. */
static const nf_cw_filter *fold_words_for(const char *lang, UScriptCode script)
{
    if (!lang)
        return NULL;
    UScriptCode want = strcmp(lang, "ar") == 0   ? USCRIPT_ARABIC
                       : strcmp(lang, "he") == 0 ? USCRIPT_HEBREW
                       : strcmp(lang, "hi") == 0 ? USCRIPT_DEVANAGARI
                                                 : USCRIPT_INVALID_CODE;
    if (script != want)
        return NULL;
    pthread_once(&fold_words_once, fold_words_decode);
    for (size_t i = 0; i < nf_fold_n_words; i++)
        if (strcmp(nf_fold_words[i].lang, lang) == 0)
            return &nf_fold_words[i];
    return NULL;
}

/* Does w[0..n) begin with one of the UTF-8 strings of `pre` (NULL-ended)?
 * Returns the length of the longest, or 0. */
static size_t proclitic(const char *w, size_t n, const char *const *pre)
{
    size_t best = 0;
    for (; *pre; pre++) {
        size_t m = strlen(*pre);
        if (m > best && m + 4 <= n && memcmp(w, *pre, m) == 0)
            best = m;
    }
    return best;
}

int nf_fold_common_noun(const char *lang, const char *s, size_t n)
{
    assert(s);
    if (!lang || strcmp(lang, "de") != 0 || n < 2 || n >= 64 ||
        (s[1] >= 'A' && s[1] <= 'Z'))
        return 0;
    /* lower case: ASCII and the capital umlauts (C3 84, C3 96, C3 9C) */
    char w[64];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (i > 0 && (unsigned char)s[i - 1] == 0xC3 && (c == 0x84 || c == 0x96 || c == 0x9C))
            c = (unsigned char)(c + 0x20);
        w[i] = (char)c;
    }
    return nf_cw_has(&nf_cw_de_nouns, w, n) && !nf_cw_has(nf_cw_names_for("de"), w, n);
}

int nf_fold_ordinary_word(const char *lang, const char *s, size_t n, UScriptCode script)
{
    assert(s);
    const nf_cw_filter *f = fold_words_for(lang, script);
    if (!f)
        return 0;
    if (nf_cw_probe(f, s, n))
        return script == USCRIPT_DEVANAGARI ? NF_FOLD_ORDINARY_SEQ : 1;
    if (script == USCRIPT_HEBREW) {
        /* round 13: behind one or two one-letter proclitics (and, the,
         * in, to, from, that, as: והממשלה is ו + ה + ממשלה) */
        static const char *const he[] = { "ו", "ה", "ב", "ל", "מ", "ש", "כ", NULL };
        size_t off = 0;
        for (int i = 0; i < 2; i++) {
            size_t k = proclitic(s + off, n - off, he);
            if (!k)
                break;
            off += k;
            if (nf_cw_probe(f, s + off, n - off))
                return 1;
        }
        return 0;
    }
    if (script != USCRIPT_ARABIC)
        return 0;
    static const char *const ar[] = { "و", "ف", "ب", "ل", "ك", "ال", "بال", "وال", "لل",
                                      "فال", "كال", "وب", "ول", "فب", "فل", "وبال", "ولل",
                                      NULL };
    size_t k = proclitic(s, n, ar);
    if (k && nf_cw_probe(f, s + k, n - k))
        return 1;
    return 0;
}
