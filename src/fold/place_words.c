/* place_words.c - a name word of a non-Latin script to a gazetteer place,
 * for folding.
 *
 * The entity stage finds places written as the gazetteer writes them, but
 * misses many inflected and prefixed forms: Russian "Индонезии" (of
 * Indonesia), Greek "Ινδονησίας", Arabic "وبإندونيسيا" (and in Indonesia),
 * Korean "인도네시아에서" (in Indonesia).  A place is the strongest
 * script-independent anchor folding has (one id in every language), so
 * the fold stage looks up its own name words too: the case-folded word,
 * then, by script, the word without a one- or two-letter proclitic
 * (Arabic, Hebrew), without a particle (Korean), or with a case ending
 * (a vowel, or one of a few consonants) replaced by a nominative ending
 * (Cyrillic, Greek).  A stem keeps at least 4 letters, 5 when an ending
 * is put back ("Марин", a name, is not "Марий", a city), so short words
 * do not land on a place by accident.  The gazetteer has no Hebrew names
 * yet, so Hebrew words are looked up only once it has.  Lookups in the
 * gazetteer's sorted index only; nothing is allocated. */
#include <assert.h>
#include <stdatomic.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "fold/fold_int.h"
#include "text/text.h"
#include "entities/places.h"

#define NF_PW_MAX 128            /* bytes of a folded word looked up */
#define NF_PW_MAX_CP 48          /* code points of a word looked up */

/* Appends code point cp as UTF-8 to buf (room checked by the caller). */
static size_t put_utf8(char *buf, unsigned cp)
{
    if (cp < 0x80) {
        buf[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        buf[0] = (char)(0xC0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (cp >> 18));
    buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A place worth an anchor: a country or region, or a city of at least
 * 100,000 people (small towns share names with words). */
static int32_t big(int32_t p)
{
    if (p < 0)
        return -1;
    return nf_places[p].kind != NF_PLACE_CITY || nf_places[p].population >= 100000 ? p : -1;
}

/* Looks up the code points cp[0..n) followed by the UTF-8 `tail`. */
static int32_t lookup_cps(const unsigned *cp, size_t n, const char *tail)
{
    char buf[NF_PW_MAX + 16];
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += put_utf8(buf + len, cp[i]);
    size_t tl = strlen(tail);
    memcpy(buf + len, tail, tl);
    return big(nf_place_lookup(buf, len + tl));
}

static int in_set(unsigned c, const unsigned *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (set[i] == c)
            return 1;
    return 0;
}

/* Hebrew proclitics: be-, le-, ha-, u-, mi-, she-, ke-. */
static const unsigned heb_pre[] = { 0x05D1, 0x05DC, 0x05D4, 0x05D5, 0x05DE, 0x05E9, 0x05DB };
/* Arabic: wa-, bi-, li-, fa-, ka- (the article al- is tried after them). */
static const unsigned arb_pre[] = { 0x0648, 0x0628, 0x0644, 0x0641, 0x0643 };

/* Korean particles after a name: one syllable (은 는 이 가 을 를 의 에 와
 * 과 로 도 만 서), or two (에서, 으로, 까지: first syllables, then second
 * syllables; a pair of the two sets). */
static const unsigned kor_post[] = { 0xC740, 0xB294, 0xC774, 0xAC00, 0xC744, 0xB97C, 0xC758,
                                     0xC5D0, 0xC640, 0xACFC, 0xB85C, 0xB3C4, 0xB9CC, 0xC11C };
static const unsigned kor_two[] = { 0xC5D0, 0xC73C, 0xAE4C };
static const unsigned kor_two2[] = { 0xC11C, 0xB85C, 0xC9C0 };

/* Arabic after a proclitic: the word cp[0..n), or without the article
 * al- (alif lam). */
static int32_t arabic_rest(const unsigned *cp, size_t n)
{
    int32_t p;
    if (n >= 4 && (p = lookup_cps(cp, n, "")) >= 0)
        return p;
    if (n >= 6 && cp[0] == 0x0627 && cp[1] == 0x0644)
        return lookup_cps(cp + 2, n - 2, "");
    return -1;
}

/* Does the gazetteer have Hebrew names (asked once: "ישראל", Israel)?
 * Until it has, Hebrew words are not looked up. */
static int hebrew_names(void)
{
    static const char israel[] = "\xD7\x99\xD7\xA9\xD7\xA8\xD7\x90\xD7\x9C";
    return nf_place_lookup(israel, sizeof israel - 1) >= 0;
}

/* Nominative endings tried after a Cyrillic or Greek stem: after the
 * last letter is cut (Индонезии -> Индонезия, Москвы -> Москва, Лондоне
 * -> Лондон, Ινδονησίας -> Ινδονησία), after the last two (Сирией ->
 * Сирия, Лондоном -> Лондон); NULL ends a list. */
static const char *const cyr_end1[] = { "", "а", "я", "ь", "й", NULL };
static const char *const cyr_end2[] = { "", "а", "я", NULL };
static const char *const grk_end1[] = { "", "α", "η", "ο", NULL };
static const char *const grk_end2[] = { "α", "η", "ος", "ο", NULL };

/* Vowels, and the consonants that end a case form (folded). */
static const unsigned cyr_vowel[] = { 0x0430, 0x0435, 0x0438, 0x043E, 0x0443, 0x044B, 0x044D,
                                      0x044E, 0x044F, 0x0451, 0x0456, 0x0457, 0x0454 };
static const unsigned cyr_last[] = { 0x0439, 0x043C, 0x0445 };              /* й м х */
static const unsigned grk_vowel[] = { 0x03B1, 0x03B5, 0x03B7, 0x03B9, 0x03BF, 0x03C5, 0x03C9,
                                      0x03AC, 0x03AD, 0x03AE, 0x03AF, 0x03CC, 0x03CD, 0x03CE };
static const unsigned grk_last[] = { 0x03C3, 0x03BD };                      /* σ ν */

int32_t nf_fold_place_word(const char *s, size_t len, int script)
{
    assert(s);
    static atomic_int heb_state = -1;   /* a constant of the table, asked once */
    int heb_names = atomic_load_explicit(&heb_state, memory_order_relaxed);
    if (heb_names < 0 && script == USCRIPT_HEBREW) {
        heb_names = hebrew_names();
        atomic_store_explicit(&heb_state, heb_names, memory_order_relaxed);
    }
    unsigned cp[NF_PW_MAX_CP];
    size_t n = 0, bytes = 0;
    const char *p = s, *end = s + len;
    while (p < end) {
        unsigned c;
        size_t k = nf_utf8_decode_fast(p, end, &c);
        if (!k || n == NF_PW_MAX_CP)
            return -1;
        p += k;
        c = (unsigned)u_foldCase((UChar32)c, U_FOLD_CASE_DEFAULT);
        if (c == 0x03C2)             /* final sigma folds to sigma */
            c = 0x03C3;
        cp[n++] = c;
        bytes += 4;
        if (bytes > NF_PW_MAX)
            return -1;
    }
    if (n < 3 || (script == USCRIPT_HEBREW && !heb_names))
        return -1;
    int32_t pl = lookup_cps(cp, n, "");
    if (pl >= 0)
        return pl;
    switch (script) {
    case USCRIPT_HEBREW:
        for (size_t i = 0; i < 2 && n - i > 4 && in_set(cp[i], heb_pre, 7); i++)
            if ((pl = lookup_cps(cp + i + 1, n - i - 1, "")) >= 0)
                return pl;
        return -1;
    case USCRIPT_ARABIC:
        if (n >= 6 && cp[0] == 0x0627 && cp[1] == 0x0644 &&
            (pl = lookup_cps(cp + 2, n - 2, "")) >= 0)
            return pl;
        for (size_t i = 0; i < 2 && n - i > 4 && in_set(cp[i], arb_pre, 5); i++)
            if ((pl = arabic_rest(cp + i + 1, n - i - 1)) >= 0)
                return pl;
        return -1;
    case USCRIPT_HANGUL:
        if (n >= 4 && in_set(cp[n - 2], kor_two, 3) && in_set(cp[n - 1], kor_two2, 3) &&
            (pl = lookup_cps(cp, n - 2, "")) >= 0)
            return pl;
        if (n >= 3 && in_set(cp[n - 1], kor_post, 14))
            return lookup_cps(cp, n - 1, "");
        return -1;
    case USCRIPT_CYRILLIC:
    case USCRIPT_GREEK: {
        int greek = script == USCRIPT_GREEK;
        /* only case endings are cut: a vowel (or й, ς, ν), and before it
         * a vowel for a two-letter ending (-ой, -ом, -ах; -ου, -ης) */
        const unsigned *last = greek ? grk_last : cyr_last;
        size_t n_last = greek ? sizeof grk_last / sizeof *grk_last
                              : sizeof cyr_last / sizeof *cyr_last;
        const unsigned *vow = greek ? grk_vowel : cyr_vowel;
        size_t n_vow = greek ? sizeof grk_vowel / sizeof *grk_vowel
                             : sizeof cyr_vowel / sizeof *cyr_vowel;
        for (size_t cut = 1; cut <= 2 && n - cut >= 4; cut++) {
            if (cut == 1 && !in_set(cp[n - 1], last, n_last) && !in_set(cp[n - 1], vow, n_vow))
                break;
            if (cut == 2 && !in_set(cp[n - 2], vow, n_vow))
                break;
            const char *const *ends = cut == 1 ? (greek ? grk_end1 : cyr_end1)
                                               : (greek ? grk_end2 : cyr_end2);
            for (size_t e = 0; ends[e]; e++)
                if ((ends[e][0] == 0 || n - cut >= 5) &&
                    (pl = lookup_cps(cp, n - cut, ends[e])) >= 0)
                    return pl;
        }
        return -1;
    }
    default:
        return -1;
    }
}
