/* translit.c - from a name in any script to its key's Latin tokens.
 *
 * The name is cut into tokens at spaces, hyphens, dots and the middle
 * dots that Japanese (・) and Chinese (·) put between the parts of a
 * foreign name.  Each token is transliterated on its own with ICU's
 * "Any-Latin" (opened once per namer: opening a transliterator costs
 * milliseconds, using it microseconds), so that the syllables ICU
 * separates in Chinese ("zé lián sī jī") join back into one token, and
 * then folded to lowercase ASCII letters.  Folding keeps what
 * transliteration encodes with diacritics (č -> ch, š -> sh, ž -> zh, and
 * for Cyrillic â -> ya, û -> yu) and drops other accents through the
 * canonical decomposition.
 */
#include "names/names.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uchar.h>

#include "text/text.h"

#define NF_TOKEN_U16 128   /* UTF-16 units of one token, before and after */

struct nf_namer {
    UTransliterator *any_latin;
    const UNormalizer2 *nfd;
};

nf_status nf_namer_open(nf_namer **out)
{
    assert(out);
    *out = NULL;
    nf_namer *nm = calloc(1, sizeof *nm);
    if (!nm)
        return NF_ERR_NOMEM;
    UErrorCode e = U_ZERO_ERROR;
    static const UChar id[] = { 'A', 'n', 'y', '-', 'L', 'a', 't', 'i', 'n', 0 };
    nm->any_latin = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    if (U_SUCCESS(e))
        nm->nfd = unorm2_getNFDInstance(&e);
    if (U_FAILURE(e)) {
        nf_namer_free(nm);
        return e == U_MEMORY_ALLOCATION_ERROR ? NF_ERR_NOMEM : NF_ERR_ICU;
    }
    *out = nm;
    return NF_OK;
}

nf_namer *nf_namer_new(void)
{
    nf_namer *nm;
    return nf_namer_open(&nm) ? NULL : nm;
}

void nf_namer_free(nf_namer *nm)
{
    if (!nm)
        return;
    if (nm->any_latin)
        utrans_close(nm->any_latin);
    free(nm);
}

/* Appends the ASCII string s to out[*n] within cap - 1 bytes. */
static void put_ascii(char *out, size_t cap, size_t *n, const char *s)
{
    while (*s && *n + 1 < cap)
        out[(*n)++] = *s++;
}

/* The ASCII spelling of the Latin letters transliteration writes with a
 * diacritic that matters, or NULL. */
static const char *special(unsigned c, int cyrillic)
{
    switch (c) {
    case 0x010D: case 0x010C: case 0x0107: case 0x0106: case 0x0109:
        return "ch";                              /* č ć ĉ */
    case 0x0161: case 0x0160: case 0x015B: case 0x015A:
        return "sh";                              /* š ś */
    case 0x015D: case 0x015C:
        return cyrillic ? "shch" : "s";           /* ŝ (щ) */
    case 0x017E: case 0x017D:
        return "zh";                              /* ž */
    case 0x0142: case 0x0141: return "l";         /* ł */
    case 0x00DF: return "ss";
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0111: case 0x0110: case 0x00F0: return "d";
    case 0x00FE: return "th";
    case 0x0131: return "i";                      /* dotless i */
    case 0x00E2: case 0x00C2: return cyrillic ? "ya" : "a";
    case 0x00FB: case 0x00DB: return cyrillic ? "yu" : "u";
    case 0x00EB: case 0x00CB: return cyrillic ? "yo" : "e";
    default:
        return NULL;
    }
}

size_t nf_name_fold_latin(const uint16_t *u, size_t n, int cyrillic,
                          char *out, size_t cap)
{
    assert(out && cap > 0);
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&e);
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        unsigned c = u[i];
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                out[o++] = (char)(c + 32);
            else if (c >= 'a' && c <= 'z')
                out[o++] = (char)c;
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const char *sp = special(c, cyrillic);
        if (sp) {
            put_ascii(out, cap, &o, sp);
            continue;
        }
        UChar d[8];
        int32_t dn = U_SUCCESS(e) ? unorm2_getDecomposition(nfd, (UChar32)c, d, 8, &e) : -1;
        if (U_FAILURE(e)) {
            e = U_ZERO_ERROR;
            continue;
        }
        if (dn > 0 && d[0] < 0x80) {
            unsigned b = d[0];
            if (b >= 'A' && b <= 'Z')
                out[o++] = (char)(b + 32);
            else if (b >= 'a' && b <= 'z')
                out[o++] = (char)b;
        }
    }
    out[o] = '\0';
    return o;
}

/* Is code point c a separator between the tokens of a name? */
static int is_sep(unsigned c)
{
    switch (c) {
    case ' ': case '\t': case '\n': case '-': case '_': case '.': case ',':
    case '/': case '(': case ')': case '"': case 0x00A0: case 0x00B7:
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2027: case 0x2212: case 0x30FB: case 0xFF65: case 0x3000:
    case 0x30A0:
        return 1;
    default:
        return 0;
    }
}

/* Greek spells b, d, g with digraphs (μπ, ντ, γκ), h with χ and y with
 * γι: rewrites a Greek token u[0..*n) in place before transliteration. */
static void greek_digraphs(UChar *u, int32_t *n)
{
    int32_t o = 0;
    for (int32_t i = 0; i < *n;) {
        UChar c = (UChar)u_tolower(u[i]), d = i + 1 < *n ? (UChar)u_tolower(u[i + 1]) : 0;
        if (c == 0x03BC && d == 0x03C0 && i == 0) { u[o++] = 'b'; i += 2; }       /* μπ */
        else if (c == 0x03BD && d == 0x03C4) { if (o) u[o++] = 'n'; u[o++] = 'd'; i += 2; } /* ντ */
        else if (c == 0x03B3 && d == 0x03BA) { u[o++] = 'g'; i += 2; }           /* γκ */
        else if (c == 0x03C7) { u[o++] = 'h'; i++; }                               /* χ */
        else if (c == 0x03B3 && (d == 0x03B9 || d == 0x03AF) && i == 0) { u[o++] = 'y'; i++; }
        else u[o++] = u[i++];
    }
    *n = o;
}

/* Is the folded token an Arabic article written apart (al, el, az ...)? */
static int article_token(const char *s)
{
    static const char *const art[] = { "al", "el", "az", "ad", "as", "ar",
                                       "an", "at", "ash", "ul" };
    for (size_t i = 0; i < sizeof art / sizeof art[0]; i++)
        if (strcmp(s, art[i]) == 0)
            return 1;
    return 0;
}

/* Transliterates and folds one token u[0..n) into key slot k. */
static nf_status add_token(nf_namer *nm, UChar *u, int32_t n, nf_name_key *k)
{
    int cyr = 0, other = 0, greek = 0, arabic = 0;
    for (int32_t i = 0; i < n; i++) {
        if (u[i] >= 0x400 && u[i] < 0x530)
            cyr = 1;
        if (u[i] >= 0x370 && u[i] < 0x400)
            greek = 1;
        if (u[i] >= 0x600 && u[i] < 0x700)
            arabic = 1;
        if (u[i] >= 0x370)
            other = 1;
    }
    if (greek)
        greek_digraphs(u, &n);
    int32_t len = n, limit = n;
    if (other) {
        /* a long token can grow past the buffer in Latin (64 katakana or
         * replacement characters): its key keeps only the first
         * NF_NAME_TOKEN_MAX bytes anyway, so its first half is tried */
        UChar orig[NF_TOKEN_U16];
        assert(n <= NF_TOKEN_U16);
        memcpy(orig, u, (size_t)n * sizeof *u);
        UErrorCode e;
        for (;;) {
            e = U_ZERO_ERROR;
            len = limit = n;
            utrans_transUChars(nm->any_latin, u, &len, NF_TOKEN_U16, 0, &limit, &e);
            if (e != U_BUFFER_OVERFLOW_ERROR || n <= 1)
                break;
            n /= 2;
            if (n > 1 && U16_IS_LEAD(orig[n - 1]))
                n--;
            memcpy(u, orig, (size_t)n * sizeof *u);
        }
        if (U_FAILURE(e))
            return e == U_MEMORY_ALLOCATION_ERROR ? NF_ERR_NOMEM : NF_ERR_ICU;
        if (len > NF_TOKEN_U16)
            len = NF_TOKEN_U16;
    }
    char *lat = k->latin[k->n];
    size_t ln = nf_name_fold_latin(u, (size_t)len, cyr, lat, NF_NAME_TOKEN_MAX);
    if (ln >= 5 && arabic && lat[0] == 'a' && lat[1] == 'l') {
        memmove(lat, lat + 2, ln - 1);       /* the article al- */
        ln -= 2;
    }
    if (ln == 0 || article_token(lat))
        return NF_OK;
    nf_skeleton(lat, ln, k->skel[k->n], NF_SKEL_MAX);
    k->n++;
    return NF_OK;
}

nf_status nf_name_key_make(nf_namer *nm, const char *s, size_t len,
                           nf_name_key *out)
{
    assert(nm && out && (s || len == 0));
    memset(out, 0, sizeof *out);
    const char *p = s, *end = s + len;
    UChar u[NF_TOKEN_U16 + 8];
    int32_t n = 0;
    nf_status st = NF_OK;
    while (p <= end && !st && out->n < NF_NAME_MAX_TOKENS) {
        unsigned c = ' ';
        if (p < end)
            p += nf_utf8_decode(p, end, &c);
        else
            p++;
        if (is_sep(c) || p > end) {
            if (n > 0)
                st = add_token(nm, u, n, out);
            n = 0;
            continue;
        }
        if (c == '\'' || c == 0x2019 || c == 0x02B9 || c == 0x02BA || c == '~')
            continue;
        if (n + 2 > NF_TOKEN_U16 / 2)
            continue;           /* over-long token: cut */
        if (c >= 0x10000) {
            u[n++] = (UChar)(0xD7C0 + (c >> 10));
            u[n++] = (UChar)(0xDC00 | (c & 0x3FF));
        } else {
            u[n++] = (UChar)c;
        }
    }
    size_t f = 0;
    for (int i = 0; i < out->n; i++) {
        size_t sl = strlen(out->skel[i]);
        /* joined skeleton: an initial-vowel mark only at the very start */
        const char *sk = out->skel[i];
        if (i > 0 && sk[0] == 'A') {
            sk++;
            sl--;
        }
        if (f + sl + 1 > sizeof out->full)
            break;
        memcpy(out->full + f, sk, sl);
        f += sl;
    }
    out->full[f] = '\0';
    return st;
}
