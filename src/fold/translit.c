/* translit.c - names written in any script, brought to one: ASCII.
 *
 * A name travels across languages by sound: Varga, Варга, Βάργκα,
 * ヴァルガ, वर्गा, فارغا, 바르가.  ICU's "Any-Latin; Latin-ASCII"
 * transliterator brings each to ASCII (varga, varga, vargka, vuaruga,
 * varga, fargha, bareuga); the *consonant key* then keeps only the
 * consonants, in six sound classes (b/p/f/v/w, c/k/g/q/x, d/t, s/z/j and
 * the sh-like digraphs, l/r, m/n), without repeats: all of the above
 * become "PRK".  The exact ASCII form is a second, precise feature; the
 * key is the fuzzy one.  The light name features of the fold stage can
 * be replaced by the entities stage's name keys later (docs/fold.md).
 *
 * Opening the transliterator costs milliseconds, and transliterating is
 * slow next to everything else in folding (a news stream in 130
 * languages has millions of distinct words), so ICU is asked once per
 * *code point*, not per word: a word's ASCII form is the concatenation of
 * its letters' forms (BMP code points, looked up in a table filled on
 * first use).  The context rules this gives up (Greek "mp", Devanagari's
 * inherent vowel before a virama, Hangul sound changes) change vowels and
 * doubled consonants, which the key ignores.  ASCII words need no table.
 * Results are also cached per word in a direct-mapped table (bounded
 * memory; a collision just recomputes). */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "fold/fold_int.h"

#define NF_TR_CACHE_BITS 18
#define NF_TR_MAX_UNITS 64          /* longer words are not names */

typedef struct tr_slot {
    uint64_t word;       /* hash of the word's bytes; 0 = empty */
    uint64_t exact;
    uint64_t key;
    int32_t place;       /* gazetteer place + 1, 0 = none; -1 = not looked up */
} tr_slot;

#define NF_TR_CP_MAX 7                /* bytes of one code point's form */

struct nf_translit {
    UTransliterator *tr;
    tr_slot *cache;
    char (*cp)[NF_TR_CP_MAX + 1];     /* BMP code point -> ASCII form */
    uint8_t *cp_done;                 /* 1 when cp[] holds the answer */
};

nf_translit *nf_translit_new(void)
{
    nf_translit *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->cache = calloc((size_t)1 << NF_TR_CACHE_BITS, sizeof *t->cache);
    t->cp = calloc(0x10000, sizeof *t->cp);
    t->cp_done = calloc(0x10000, 1);
    UErrorCode err = U_ZERO_ERROR;
    UParseError pe;
    static const UChar id[] = { 'A','n','y','-','L','a','t','i','n',';',' ',
                                'L','a','t','i','n','-','A','S','C','I','I', 0 };
    if (t->cache && t->cp && t->cp_done)
        t->tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &pe, &err);
    if (!t->cache || !t->cp || !t->cp_done || U_FAILURE(err) || !t->tr) {
        nf_translit_free(t);
        return NULL;
    }
    return t;
}

void nf_translit_free(nf_translit *t)
{
    if (!t)
        return;
    if (t->tr)
        utrans_close(t->tr);
    free(t->cache);
    free(t->cp);
    free(t->cp_done);
    free(t);
}

/* Class of one consonant (or digraph) at s[i]; *used receives how many
 * bytes it takes; 0 for vowels and everything without a class. */
static char sound_class(const char *s, size_t len, size_t i, size_t *used)
{
    char c = s[i], d = i + 1 < len ? s[i + 1] : 0, e = i + 2 < len ? s[i + 2] : 0;
    *used = 1;
    if ((c == 's' && d == 'c' && e == 'h') || (c == 't' && d == 'c' && e == 'h')) {
        *used = 3;
        return 'S';
    }
    if (d == 'h' && (c == 's' || c == 'c' || c == 'z')) {
        *used = 2;
        return 'S';
    }
    if ((c == 'c' || c == 's') && d == 'z') {
        *used = 2;
        return 'S';
    }
    if ((c == 't' && (d == 's' || d == 'z')) || (c == 'd' && (d == 'z' || d == 'j'))) {
        *used = 2;
        return 'S';
    }
    if (d == 'h' && (c == 'p' || c == 't' || c == 'k' || c == 'g')) {
        *used = 2;
        return c == 'p' ? 'P' : c == 't' ? 'T' : 'K';
    }
    switch (c) {
    case 'b': case 'p': case 'f': case 'v': case 'w': return 'P';
    case 'c': case 'k': case 'g': case 'q': case 'x': return 'K';
    case 'd': case 't': return 'T';
    case 's': case 'z': case 'j': return 'S';
    case 'l': case 'r': return 'R';
    case 'm': case 'n': return 'N';
    default: return 0;
    }
}

size_t nf_consonant_key(const char *s, size_t len, char *out, size_t max)
{
    assert(out && max > 0);
    size_t n = 0, total = 0;
    char prev = 0;
    for (size_t i = 0; i < len;) {
        size_t used;
        char k = sound_class(s, len, i, &used);
        i += used;
        if (!k) {
            continue;
        }
        if (k == prev)
            continue;
        prev = k;
        total++;
        if (n + 1 < max)
            out[n++] = k;
    }
    out[n] = 0;
    return total;
}

/* UTF-16 code unit helpers for the particle and article rules. */
static int ends_with(const UChar *u, int n, const UChar *suf, int m)
{
    return n >= m && memcmp(u + n - m, suf, (size_t)m * sizeof *u) == 0;
}

/* Drops a Korean particle from the end and an Arabic article from the
 * start, so that the name itself is keyed. */
static int strip_affixes(UChar *u, int n)
{
    if (n >= 3 && u[0] >= 0xAC00 && u[0] <= 0xD7A3) {
        static const UChar two[][2] = { { 0xC5D0, 0xC11C }, { 0xC73C, 0xB85C },
                                        { 0xC5D0, 0xAC8C }, { 0xAE4C, 0xC9C0 },
                                        { 0xBD80, 0xD130 } };
        static const UChar one[] = { 0xC740, 0xB294, 0xC774, 0xAC00, 0xC744,
                                     0xB97C, 0xC758, 0xC5D0, 0xC640, 0xACFC,
                                     0xB3C4, 0xB85C, 0xB9CC };
        for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
            if (n >= 4 && ends_with(u, n, two[i], 2))
                return n - 2;
        for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
            if (u[n - 1] == one[i])
                return n - 1;
        return n;
    }
    if (n >= 5 && u[0] >= 0x0600 && u[0] <= 0x06FF) {
        static const UChar al[] = { 0x0627, 0x0644 };
        int skip = 0;
        if (u[0] == 0x0627 && u[1] == 0x0644)
            skip = 2;
        else if ((u[0] == 0x0648 || u[0] == 0x0628 || u[0] == 0x0641 ||
                  u[0] == 0x0643) && memcmp(u + 1, al, sizeof al) == 0)
            skip = 3;
        else if (u[0] == 0x0644 && u[1] == 0x0644)
            skip = 2;
        if (skip && n - skip >= 3) {
            memmove(u, u + skip, (size_t)(n - skip) * sizeof *u);
            return n - skip;
        }
    }
    return n;
}

/* Fills t->cp[c] (lower-case ASCII letters and digits of ICU's Latin
 * form of c, at most NF_TR_CP_MAX) on first use. */
static nf_status cp_form(nf_translit *t, UChar c)
{
    if (t->cp_done[c])
        return NF_OK;
    UChar u[16] = { c };
    int32_t n = 1, limit = 1;
    UErrorCode err = U_ZERO_ERROR;
    utrans_transUChars(t->tr, u, &n, (int32_t)(sizeof u / sizeof u[0]), 0, &limit, &err);
    if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR)
        return NF_ERR_ICU;
    size_t m = 0;
    for (int32_t i = 0; !U_FAILURE(err) && i < n && m < NF_TR_CP_MAX; i++) {
        UChar x = u[i];
        if (x >= 'A' && x <= 'Z')
            t->cp[c][m++] = (char)(x - 'A' + 'a');
        else if ((x >= 'a' && x <= 'z') || (x >= '0' && x <= '9'))
            t->cp[c][m++] = (char)x;
    }
    t->cp[c][m] = 0;
    t->cp_done[c] = 1;
    return NF_OK;
}

nf_status nf_translit_word(nf_translit *t, const char *s, size_t len,
                           uint64_t *exact, uint64_t *key)
{
    assert(t && s && exact && key);
    uint64_t wh = XXH3_64bits(s, len) | 1;
    tr_slot *slot = &t->cache[wh & (((size_t)1 << NF_TR_CACHE_BITS) - 1)];
    if (slot->word == wh) {
        *exact = slot->exact;
        *key = slot->key;
        return NF_OK;
    }
    *exact = *key = 0;
    UChar u[NF_TR_MAX_UNITS * 4];
    int32_t n = 0;
    UErrorCode err = U_ZERO_ERROR;
    u_strFromUTF8(u, NF_TR_MAX_UNITS, &n, s, (int32_t)len, &err);
    if (U_FAILURE(err) || n > NF_TR_MAX_UNITS)
        return NF_OK;   /* too long to be a name: no feature */
    n = strip_affixes(u, n);
    /* Arabic and Hebrew write long vowels with w/y letters (matres
     * lectionis): Corbyn is kwrbyn there; they are not consonants of the
     * name unless they start it */
    int semitic = n > 0 && u[0] >= 0x0590 && u[0] <= 0x06FF;
    char a[NF_TR_MAX_UNITS * (NF_TR_CP_MAX + 1)];
    size_t m = 0;
    for (int32_t i = 0; i < n; i++) {
        UChar c = u[i];
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                a[m++] = (char)(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                a[m++] = (char)c;
            continue;
        }
        if (U16_IS_SURROGATE(c))
            continue;   /* outside the BMP: no names there */
        nf_status st = cp_form(t, c);
        if (st)
            return st;
        size_t fl = strlen(t->cp[c]);
        memcpy(a + m, t->cp[c], fl);
        m += fl;
    }
    if (m >= 3)
        *exact = NF_ANCHOR_MAKE(NF_ANCHOR_EXACT, XXH3_64bits(a, m) | 1);
    if (semitic) {
        size_t j = 1;
        for (size_t i = 1; i < m; i++)
            if (a[i] != 'w' && a[i] != 'y')
                a[j++] = a[i];
        m = m ? j : 0;
    }
    char k[8];
    size_t nk = nf_consonant_key(a, m, k, 6);
    if (nk >= 3)
        *key = NF_ANCHOR_MAKE(nk == 3 ? NF_ANCHOR_KEY3 : NF_ANCHOR_KEY,
                              XXH3_64bits(k, strlen(k)) | 1);
    slot->word = wh;
    slot->exact = *exact;
    slot->key = *key;
    slot->place = -1;
    return NF_OK;
}

int32_t nf_translit_place(nf_translit *t, const char *s, size_t len, int script)
{
    assert(t && s);
    uint64_t wh = XXH3_64bits(s, len) | 1;
    tr_slot *slot = &t->cache[wh & (((size_t)1 << NF_TR_CACHE_BITS) - 1)];
    if (slot->word == wh && slot->place >= 0)
        return slot->place - 1;
    int32_t p = nf_fold_place_word(s, len, script);
    if (slot->word == wh)   /* the word's own slot (filled by nf_translit_word) */
        slot->place = p + 1;
    return p;
}
