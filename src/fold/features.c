/* features.c - the sketch of an article: what folding compares.
 *
 * One pass over the clean text (title and body), code point by code
 * point, with ICU character properties, cuts tokens and derives:
 *   - *anchors*, language-independent evidence: numbers (digits of any
 *     script, thousands and decimal separators normalised), and names:
 *     capitalised words of cased scripts, katakana runs, words of
 *     caseless alphabetic scripts (Arabic, Devanagari, Hangul, Hebrew,
 *     ...), and every Latin-script token inside a text of another script;
 *     each through translit.c to a consonant key, and Latin-script words
 *     also to an exact ASCII form.  Since round 12 a word of an Arabic
 *     or Hebrew text that the language's dictionary lists
 *     (fold_words_data.c) is no name (only a place it names counts):
 *     ordinary words diluted the cosines; since round 13 in Hindi too
 *     (fold_words.c);
 *   - the *sequence* of the first NF_SEQ_MAX numbers and names in text
 *     order (for translations, report_align.c); since round 11 a number
 *     followed by a scale word carries its value as a second value of
 *     its entry (NF_SEQ_ALT), so "3.4 billion" and "34亿" meet there;
 *   - *shingles* of the body for near-duplicates: hashes of 4 consecutive
 *     case-folded tokens (a Han, kana or Thai character is a token), kept
 *     when the hash is 0 mod 4 (Broder's mod-m sampling: a fixed fraction
 *     of each set, so that containment can be estimated, which MinHash
 *     cannot do for partial copies).
 * Han and Thai runs give no name anchors (no word boundaries without a
 * dictionary, and Chinese renders foreign names by meaning as often as by
 * sound); their Latin tokens and numbers still count.  Cost is linear in
 * the text, plus one cached transliteration per candidate word. */
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/article_int.h"
#include "fold/fold_int.h"
#include "text/text.h"
#include "entities/ent_int.h"
#include "core/grow.h"

#define NF_MAX_TOKEN 256

/* Round 9: who made each anchor (bench_fold --anchors, error analysis).
 * Process-wide and unset in the library's normal use: one test of a
 * NULL pointer per anchor. */
static nf_sketch_explain_fn explain_fn;
static void *explain_ctx;

void nf_sketch_set_explain(nf_sketch_explain_fn fn, void *ctx)
{
    explain_fn = fn;
    explain_ctx = ctx;
}

/* Tells the explain hook, when set, that `kind` anchor a came from
 * s[0..len). */
static void explain(uint64_t a, char kind, const char *s, size_t len)
{
    if (explain_fn)
        explain_fn(explain_ctx, a, kind, s, len);
}

void nf_sketch_clear(nf_sketch *k)
{
    free(k->anchors);
    free(k->shingles);
    free(k->seq);
    memset(k, 0, sizeof *k);
    k->time = NAN;
}

double nf_fold_days(const char *s)
{
    if (!s || strlen(s) < 10)
        return NAN;
    for (int i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return NAN;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return NAN;
    /* days from civil (proleptic Gregorian) */
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (double)era * 146097.0 + doe - 719468.0;
}

/* Separators allowed inside a number between digit groups. */
static int num_sep(unsigned cp)
{
    return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C ||
           cp == 0x00A0 || cp == 0x202F || cp == 0x2009 || cp == ' ' ||
           cp == 0x2019 || cp == '\'';
}

size_t nf_number_canon(const char *s, size_t len, char *out, size_t max)
{
    assert(out && max >= 2);
    char digits[64];
    size_t nd = 0, last_group = 0, last_sep_at = 0;
    unsigned last_sep = 0;
    const char *p = s, *end = s + len;
    while (p < end) {
        unsigned cp;
        p += nf_utf8_decode(p, end, &cp);
        int v = u_charDigitValue((UChar32)cp);
        if (v >= 0 && u_charType((UChar32)cp) == U_DECIMAL_DIGIT_NUMBER) {
            if (nd + 1 < sizeof digits)
                digits[nd++] = (char)('0' + v);
            last_group++;
        } else {
            last_sep = cp;
            last_sep_at = nd;
            last_group = 0;
        }
    }
    if (!nd)
        return 0;
    /* the last separator is a decimal mark unless 3 digits follow it */
    int decimal = last_sep && (last_sep == 0x066B || last_group != 3) &&
                  !(last_sep == ' ' || last_sep == 0x00A0 || last_sep == 0x202F ||
                    last_sep == 0x2009 || last_sep == 0x066C || last_sep == 0x2019 ||
                    last_sep == '\'');
    size_t ip = decimal ? last_sep_at : nd, i = 0, m = 0;
    while (i + 1 < ip && digits[i] == '0')
        i++;
    for (; i < ip && m + 2 < max; i++)
        out[m++] = digits[i];
    size_t fe = nd;
    if (decimal) {
        while (fe > ip && digits[fe - 1] == '0')
            fe--;
        if (fe > ip && m + 2 < max) {
            out[m++] = '.';
            for (size_t j = ip; j < fe && m + 1 < max; j++)
                out[m++] = digits[j];
        }
    }
    out[m] = 0;
    if (m == 1)
        return 0;   /* a single digit tells nothing */
    return m;
}

typedef struct u64vec {
    uint64_t *v;
    size_t n, cap;
} u64vec;

static nf_status vec_push(u64vec *x, uint64_t h)
{
    if (nf_grow(&x->v, &x->cap, x->n, sizeof *x->v, 64))
        return NF_ERR_NOMEM;
    x->v[x->n++] = h;
    return NF_OK;
}

/* Sorts and removes repeats; returns the new count. */
static size_t sort_unique(uint64_t *v, size_t n)
{
    if (!n)
        return 0;
    nf_sort_u64(v, n);
    size_t m = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[m - 1])
            v[m++] = v[i];
    return m;
}

typedef struct scan {
    nf_translit *tr;
    u64vec anchors, shingles;
    uint32_t seq[NF_SEQ_MAX];
    uint32_t n_seq;
    uint64_t window[NF_SHINGLE_K];
    size_t n_tokens;
    int latin_text;       /* most letters of the text are Latin */
    int body;             /* shingles only from the body */
    const char *lang;     /* the article's language (ISO 639-1) or NULL */
    nf_status st;
} scan;

/* One token of the shingle stream. */
static void shingle_token(scan *sc, uint64_t h)
{
    memmove(sc->window, sc->window + 1, (NF_SHINGLE_K - 1) * sizeof h);
    sc->window[NF_SHINGLE_K - 1] = h;
    sc->n_tokens++;
    if (!sc->body || sc->n_tokens < NF_SHINGLE_K)
        return;
    uint64_t sh = XXH3_64bits(sc->window, sizeof sc->window);
    if (sh % NF_SHINGLE_MOD == 0 && !sc->st)
        sc->st = vec_push(&sc->shingles, sh | 1);
}

/* Appends an anchor to the in-order sequence (no immediate repeats):
 * its low 31 bits (NF_SEQ_VALUE). */
static void seq_push(scan *sc, uint64_t h)
{
    uint32_t v = (uint32_t)h & NF_SEQ_VALUE;
    if (sc->n_seq < NF_SEQ_MAX && (!sc->n_seq || sc->seq[sc->n_seq - 1] != v))
        sc->seq[sc->n_seq++] = v;
}

/* Round 11: appends the value of the number just pushed (a scale word
 * followed it) as that entry's alternative (NF_SEQ_ALT): "3.4 billion"
 * and "34亿" are one figure in the alignment, while the written digits
 * still meet a language whose scale word the table lacks.  A number
 * without an entry of its own ("3万": one digit) gives its value as an
 * entry. */
static void seq_push_value(scan *sc, uint64_t h, int written)
{
    if (!written) {
        seq_push(sc, h);
        return;
    }
    if (sc->n_seq && sc->n_seq < NF_SEQ_MAX && !(sc->seq[sc->n_seq - 1] & NF_SEQ_ALT))
        sc->seq[sc->n_seq++] = ((uint32_t)h & NF_SEQ_VALUE) | NF_SEQ_ALT;
}

/* The anchor of gazetteer place p: one in every script, as strong as a
 * number (so of that kind, hashed apart). */
static uint64_t place_anchor(int32_t p)
{
    return NF_ANCHOR_MAKE(NF_ANCHOR_NUM, XXH3_64bits_withSeed(&p, sizeof p, 0x91AC));
}

/* What a name candidate is (round 12): a name, or an ordinary word of a
 * caseless script (only a place it names counts); since round 13 also a
 * German common noun (capitalised, but no name), and a Hindi ordinary
 * word, which keeps its entry of the anchor sequence (_SEQ: one text's
 * run of figures then does not pass for another's, fold_words.c). */
enum { NF_WORD_NAME, NF_WORD_ORDINARY, NF_WORD_ORDINARY_SEQ };

/* A name candidate s[0..len): its exact form when written in Latin
 * script (`latin`: a transliterated exact form only meets its own
 * script, where the key does as well, and in caseless scripts it is
 * mostly noise), and its key; for an ordinary word (`kind`
 * NF_WORD_ORDINARY) only the place it names, if any (NF_WORD_ORDINARY_SEQ:
 * and its key's entry of the sequence). */
static void add_name(scan *sc, const char *s, size_t len, int latin, int script, int kind)
{
    uint64_t exact, key;
    if (sc->st)
        return;
    sc->st = nf_translit_word(sc->tr, s, len, &exact, &key);
    /* a place, also inflected or with a proclitic: one more anchor (the
     * word keeps its key: a surname may look like an inflected place) */
    if (!latin && !sc->st) {
        int32_t pl = nf_translit_place(sc->tr, s, len, script);
        if (pl >= 0) {
            explain(place_anchor(pl), 'p', s, len);
            if ((sc->st = vec_push(&sc->anchors, place_anchor(pl))))
                return;
        }
    }
    if (!latin)
        exact = 0;
    if (kind == NF_WORD_ORDINARY)
        return;
    if (kind == NF_WORD_ORDINARY_SEQ) {
        if (key || exact)
            seq_push(sc, key ? key : exact);
        return;
    }
    if (!sc->st && exact) {
        explain(exact, 'e', s, len);
        sc->st = vec_push(&sc->anchors, exact);
    }
    if (!sc->st && key) {
        explain(key, 'k', s, len);
        sc->st = vec_push(&sc->anchors, key);
    }
    if (key || exact)
        seq_push(sc, key ? key : exact);
}

static int is_letter(int8_t t)
{
    return t >= U_UPPERCASE_LETTER && t <= U_COMBINING_SPACING_MARK;
}

/* General category of cp, without asking ICU for ASCII. */
static int8_t char_type(unsigned cp)
{
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z')
            return U_LOWERCASE_LETTER;
        if (cp >= 'A' && cp <= 'Z')
            return U_UPPERCASE_LETTER;
        if (cp >= '0' && cp <= '9')
            return U_DECIMAL_DIGIT_NUMBER;
        return U_OTHER_PUNCTUATION;   /* anything that is not a letter or digit */
    }
    return nf_cp_type(cp);
}

/* Script of a letter cp (katakana's prolonged sound mark counts as
 * katakana), without asking ICU for ASCII. */
static UScriptCode char_script(unsigned cp)
{
    if (cp < 0x80)
        return USCRIPT_LATIN;
    if (cp == 0x30FC)
        return USCRIPT_KATAKANA;
    return nf_cp_script(cp);
}

/* The code point at *p (< end), advancing *p past it. */
static inline unsigned next_cp(const char **p, const char *end)
{
    unsigned cp;
    *p += nf_utf8_decode_fast(*p, end, &cp);
    return cp;
}

/* Scale words after a number ("20 billion", "20 miliardi", "45億",
 * "2만"): UTF-8 prefixes of the word that follows, and their factor.
 * Only unambiguous ones (French "billion" is 10^12, Spanish "mil" is
 * a thousand before "millones": both left out). */
static const struct scale_word {
    const char *prefix;
    double factor;
} scale_words[] = {
    { "thousand", 1e3 }, { "tausend", 1e3 }, { "\xd1\x82\xd1\x8b\xd1\x81", 1e3 }, /* тыс */
    { "million", 1e6 }, { "mill\xc3\xb3n", 1e6 }, { "millones", 1e6 }, { "milion", 1e6 },
    { "miljoen", 1e6 }, { "miljon", 1e6 }, { "milyon", 1e6 }, { "milh\xc3\xa3o", 1e6 },
    { "milh\xc3\xb5" "es", 1e6 }, { "mili\xc3\xb3n", 1e6 },
    { "\xd0\xbc\xd0\xbb\xd0\xbd", 1e6 },                                        /* млн */
    { "\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xbb\xd0\xb8\xd0\xbe\xd0\xbd", 1e6 },        /* миллион */
    { "\xce\xb5\xce\xba\xce\xb1\xcf\x84\xce\xbf\xce\xbc", 1e6 },                /* εκατομ */
    { "\xd9\x85\xd9\x84\xd9\x8a\xd9\x88\xd9\x86", 1e6 },                        /* مليون */
    { "\xd7\x9e\xd7\x99\xd7\x9c\xd7\x99\xd7\x95\xd7\x9f", 1e6 },                /* מיליון */
    { "\xe0\xb8\xa5\xe0\xb9\x89\xe0\xb8\xb2\xe0\xb8\x99", 1e6 },                /* ล้าน */
    { "billion", 1e9 }, { "milliard", 1e9 }, { "miliard", 1e9 }, { "miljard", 1e9 },
    { "milyar", 1e9 }, { "bilh\xc3\xa3o", 1e9 }, { "bilh\xc3\xb5" "es", 1e9 },
    { "\xd0\xbc\xd0\xbb\xd1\x80\xd0\xb4", 1e9 },                                /* млрд */
    { "\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xbb\xd0\xb8\xd0\xb0\xd1\x80\xd0\xb4", 1e9 }, /* миллиард */
    { "\xce\xb4\xce\xb9\xcf\x83\xce\xb5\xce\xba", 1e9 },                        /* δισεκ */
    { "\xd9\x85\xd9\x84\xd9\x8a\xd8\xa7\xd8\xb1", 1e9 },                        /* مليار */
    { "\xd7\x9e\xd7\x99\xd7\x9c\xd7\x99\xd7\x90\xd7\xa8\xd7\x93", 1e9 },        /* מיליארד */
    { "\xe0\xa4\xb2\xe0\xa4\xbe\xe0\xa4\x96", 1e5 },                            /* लाख */
    { "\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa5\x8b\xe0\xa4\xa1", 1e7 },                /* करोड */
    { "\xe5\x8d\x83", 1e3 }, { "\xe4\xb8\x87", 1e4 }, { "\xe8\x90\xac", 1e4 },  /* 千 万 萬 */
    { "\xe5\x84\x84", 1e8 }, { "\xe4\xba\xbf", 1e8 }, { "\xe5\x85\x86", 1e12 }, /* 億 亿 兆 */
    { "\xec\xb2\x9c", 1e3 }, { "\xeb\xa7\x8c", 1e4 }, { "\xec\x96\xb5", 1e8 },  /* 천 만 억 */
    { "\xec\xa1\xb0", 1e12 },                                                  /* 조 */
};

/* Factor of a scale word right after a number at p (one space allowed
 * before it), or 0. */
static double scale_after(const char *p, const char *end)
{
    if (p < end && *p == ' ')
        p++;
    else if (end - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
        p += 2;
    if (p >= end)
        return 0;
    char first = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
    for (size_t i = 0; i < sizeof scale_words / sizeof scale_words[0]; i++) {
        const char *w = scale_words[i].prefix;
        size_t n = strlen(w);
        if ((size_t)(end - p) >= n && w[0] == first && memcmp(p + 1, w + 1, n - 1) == 0)
            return scale_words[i].factor;
    }
    return 0;
}

/* Scripts whose words are not cut by spaces. */
static int unspaced(UScriptCode sc)
{
    return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_THAI ||
           sc == USCRIPT_LAO || sc == USCRIPT_KHMER || sc == USCRIPT_MYANMAR;
}

static int cased(UScriptCode sc)
{
    return sc == USCRIPT_LATIN || sc == USCRIPT_CYRILLIC || sc == USCRIPT_GREEK ||
           sc == USCRIPT_ARMENIAN;
}

/* Scans s[0..len): tokens to shingles and anchors. */
static void scan_text(scan *sc, const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while (p < end && !sc->st) {
        const char *start = p;
        unsigned cp = next_cp(&p, end);
        int8_t t = char_type(cp);
        if (t == U_DECIMAL_DIGIT_NUMBER) {
            /* a number: digits and separators followed by a digit */
            const char *q = p;
            while (q < end) {
                unsigned c2, c3;
                size_t n2 = nf_utf8_decode_fast(q, end, &c2);
                if (char_type(c2) == U_DECIMAL_DIGIT_NUMBER) {
                    q += n2;
                    continue;
                }
                if (num_sep(c2) && q + n2 < end) {
                    size_t n3 = nf_utf8_decode_fast(q + n2, end, &c3);
                    (void)n3;
                    if (char_type(c3) == U_DECIMAL_DIGIT_NUMBER) {
                        q += n2;
                        continue;
                    }
                }
                break;
            }
            char canon[40];
            size_t m = nf_number_canon(start, (size_t)(q - start), canon, sizeof canon);
            uint64_t h = XXH3_64bits(canon, m ? m : 1);
            shingle_token(sc, h);
            if (m && !sc->st) {
                uint64_t a = NF_ANCHOR_MAKE(NF_ANCHOR_NUM, XXH3_64bits(canon, m));
                explain(a, 'n', canon, m);
                sc->st = vec_push(&sc->anchors, a);
                seq_push(sc, a);
            }
            double factor = scale_after(q, end);
            if (factor > 0 && !sc->st) {
                /* the value too: "2.5 million" and "250万" are 2500000 */
                double v = strtod(canon, NULL) * factor;   /* "3万": one digit too */
                char val[40];
                int vn = v < 1e15 && v == floor(v) ? snprintf(val, sizeof val, "%.0f", v)
                                                   : snprintf(val, sizeof val, "%.6g", v);
                if (v > 0 && vn > 0 && (size_t)vn < sizeof val) {
                    uint64_t a = NF_ANCHOR_MAKE(NF_ANCHOR_NUM, XXH3_64bits(val, (size_t)vn));
                    explain(a, 'v', val, (size_t)vn);
                    sc->st = vec_push(&sc->anchors, a);
                    seq_push_value(sc, a, m > 0);
                }
            }
            p = q;
            continue;
        }
        if (!is_letter(t))
            continue;
        UScriptCode script = char_script(cp);
        if (unspaced(script)) {
            shingle_token(sc, XXH3_64bits(&cp, sizeof cp));
            continue;
        }
        /* a word: letters and marks of one script */
        int upper = t == U_UPPERCASE_LETTER || t == U_TITLECASE_LETTER;   /* u_isupper, u_istitle */
        uint64_t fh = 1469598103934665603ULL;
        const char *q = p;
        fh = (fh ^ (uint64_t)(cp < 0x80 ? (cp | 0x20)
                                        : nf_cp_foldcase(cp))) *
             1099511628211ULL;
        while (q < end) {
            unsigned c2;
            size_t n2;
            if ((unsigned char)*q < 0x80) {   /* ASCII: no ICU */
                c2 = (unsigned char)*q;
                if (!((c2 | 0x20) >= 'a' && (c2 | 0x20) <= 'z') || script != USCRIPT_LATIN)
                    break;
                fh = (fh ^ (uint64_t)(c2 | 0x20)) * 1099511628211ULL;
                q++;
                continue;
            }
            n2 = nf_utf8_decode_fast(q, end, &c2);
            int8_t t2 = nf_cp_type(c2);
            if (!is_letter(t2))
                break;
            UScriptCode s2 = char_script(c2);
            if (s2 != script && s2 != USCRIPT_INHERITED && s2 != USCRIPT_COMMON)
                break;
            fh = (fh ^ (uint64_t)nf_cp_foldcase(c2)) *
                 1099511628211ULL;
            q += n2;
        }
        size_t wlen = (size_t)(q - start);
        shingle_token(sc, fh);
        p = q;
        if (wlen > NF_MAX_TOKEN)
            continue;
        if (script == USCRIPT_LATIN && !sc->latin_text) {
            if (wlen >= 2)
                add_name(sc, start, wlen, script == USCRIPT_LATIN, (int)script, NF_WORD_NAME);
        } else if (cased(script)) {
            if (upper)
                add_name(sc, start, wlen, script == USCRIPT_LATIN, (int)script,
                         script == USCRIPT_LATIN && nf_fold_common_noun(sc->lang, start, wlen)
                             ? NF_WORD_ORDINARY : NF_WORD_NAME);
        } else if (wlen >= 4) {   /* caseless alphabets, katakana */
            int ow = nf_fold_ordinary_word(sc->lang, start, wlen, script);
            add_name(sc, start, wlen, script == USCRIPT_LATIN, (int)script,
                     ow == NF_FOLD_ORDINARY_SEQ ? NF_WORD_ORDINARY_SEQ
                     : ow                       ? NF_WORD_ORDINARY
                                                : NF_WORD_NAME);
        }
    }
}

/* Script class of the first letters of the text: bit 0 when most are
 * Latin, bit 1 when most are of caseless alphabets (Arabic, Hebrew,
 * Devanagari, Hangul, ...: every long word is taken as a name there). */
static uint32_t text_scripts(const char *s, size_t len)
{
    const char *p = s, *end = s + (len > 4096 ? 4096 : len);
    size_t latin = 0, cased_other = 0, caseless = 0, unsp = 0;
    while (p < end) {
        unsigned cp = next_cp(&p, end);
        if (cp < 0x80) {
            if ((cp | 32) >= 'a' && (cp | 32) <= 'z')
                latin++;
            continue;
        }
        int8_t t = nf_cp_type(cp);   /* u_isalpha: a letter, L* */
        if (t < U_UPPERCASE_LETTER || t > U_OTHER_LETTER)
            continue;
        UScriptCode sc = char_script(cp);
        if (sc == USCRIPT_LATIN)
            latin++;
        else if (cased(sc))
            cased_other++;
        else if (unspaced(sc) || sc == USCRIPT_KATAKANA)
            unsp++;
        else
            caseless++;
    }
    uint32_t r = 0;
    if (latin >= cased_other + caseless + unsp)
        r |= 1;
    if (caseless > latin + cased_other + unsp)
        r |= 2;
    return r;
}

nf_status nf_sketch_build_text(nf_translit *t, const char *title,
                               const char *text, size_t len, const char *lang,
                               const char *published, uint32_t n_sent,
                               nf_sketch *k)
{
    assert(t && text && k);
    nf_sketch_clear(k);
    nf_cp_init();
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.tr = t;
    uint32_t scripts = text_scripts(text, len);
    sc.latin_text = (int)(scripts & 1);
    sc.lang = lang && *lang ? lang : NULL;
    if (title) {
        scan_text(&sc, title, strlen(title));
        memset(sc.window, 0, sizeof sc.window);
        sc.n_tokens = 0;
    }
    sc.body = 1;
    scan_text(&sc, text, len);
    if (sc.st) {
        free(sc.anchors.v);
        free(sc.shingles.v);
        return sc.st;
    }
    k->time = nf_fold_days(published);
    if (lang)
        snprintf(k->lang, sizeof k->lang, "%s", lang);
    k->n_sent = n_sent;
    k->latin = scripts;
    k->n_words = (uint32_t)(sc.n_tokens > UINT32_MAX ? UINT32_MAX : sc.n_tokens);
    k->anchors = sc.anchors.v;
    k->n_anchors = (uint32_t)sort_unique(sc.anchors.v, sc.anchors.n);
    k->shingles = sc.shingles.v;
    k->n_shingles = (uint32_t)sort_unique(sc.shingles.v, sc.shingles.n);
    if (sc.n_seq) {
        if (!(k->seq = malloc(sc.n_seq * sizeof *k->seq))) {
            nf_sketch_clear(k);
            return NF_ERR_NOMEM;
        }
        memcpy(k->seq, sc.seq, sc.n_seq * sizeof *k->seq);
        k->n_seq = sc.n_seq;
    }
    return NF_OK;
}

/* Adds anchors from the entity stage (src/entities), when it ran: a
 * place of its gazetteer is one anchor whatever the script ("سنغافورة",
 * "Singapur" and "Singapore" are one place), and a person's or
 * organisation's whole-name skeleton (its script-independent name key,
 * src/names) is a fuzzy one, finer than single-word keys.  Places are
 * language-independent like numbers, so of the same kind, hashed apart. */
static nf_status add_entities(const nf_article *a, nf_sketch *k)
{
    const nf_ent_doc *d = a->entities;
    if (!d || !d->n_e)
        return NF_OK;
    uint64_t *v = realloc(k->anchors, (k->n_anchors + d->n_e) * sizeof *v);
    if (!v)
        return NF_ERR_NOMEM;
    k->anchors = v;
    size_t m = 0;
    for (size_t i = 0; i < d->n_e; i++) {
        const nf_doc_ent *e = &d->e[i];
        if (e->place >= 0) {
            v[k->n_anchors + m++] = place_anchor(e->place);
            explain(place_anchor(e->place), 'P', e->key.full, strlen(e->key.full));
        } else if (e->type != NF_ENTITY_LOCATION && strlen(e->key.full) >= 4) {
            v[k->n_anchors + m++] = NF_ANCHOR_MAKE(
                NF_ANCHOR_KEY, XXH3_64bits_withSeed(e->key.full, strlen(e->key.full), 0x5CE1));
            explain(v[k->n_anchors + m - 1], 's', e->key.full, strlen(e->key.full));
        }
    }
    k->n_anchors = (uint32_t)sort_unique(v, k->n_anchors + m);
    /* the curated list's entries (src/entities/curated.h: well-known
     * people and organisations with variants in several scripts) are
     * one anchor whatever the script, also inside unsegmented Han text;
     * the entity stage marks each mention that names one */
    size_t nc = 0;
    for (size_t i = 0; i < d->n_m; i++)
        nc += d->m[i].curated > 0;
    if (nc) {
        if (!(v = realloc(k->anchors, (k->n_anchors + nc) * sizeof *v)))
            return NF_ERR_NOMEM;
        k->anchors = v;
        m = 0;
        for (size_t i = 0; i < d->n_m; i++) {
            if (d->m[i].curated <= 0)
                continue;
            int32_t cur = d->m[i].curated - 1;
            v[k->n_anchors + m++] = NF_ANCHOR_MAKE(
                NF_ANCHOR_NUM, XXH3_64bits_withSeed(&cur, sizeof cur, 0xC0A7));
            char nm[16];
            int nn = snprintf(nm, sizeof nm, "%d", (int)cur);
            explain(v[k->n_anchors + m - 1], 'c', nm, (size_t)nn);
        }
        k->n_anchors = (uint32_t)sort_unique(v, k->n_anchors + m);
    }
    return NF_OK;
}

nf_status nf_sketch_build(nf_translit *t, const nf_article *a, nf_sketch *k)
{
    assert(t && a && k);
    size_t len;
    const char *text = nf_article_text(a, &len);
    nf_status st = nf_sketch_build_text(t, nf_article_title(a), text, len,
                                        nf_article_language(a), nf_article_published(a),
                                        (uint32_t)nf_article_sentence_count(a), k);
    if (!st && (st = add_entities(a, k)))
        nf_sketch_clear(k);
    return st;
}

double nf_sketch_containment(const nf_sketch *a, const nf_sketch *b,
                             uint32_t *shared)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n_shingles && j < b->n_shingles) {
        if (a->shingles[i] < b->shingles[j])
            i++;
        else if (a->shingles[i] > b->shingles[j])
            j++;
        else {
            n++;
            i++;
            j++;
        }
    }
    if (shared)
        *shared = (uint32_t)n;
    size_t m = a->n_shingles < b->n_shingles ? a->n_shingles : b->n_shingles;
    return m ? (double)n / (double)m : 0.0;
}
