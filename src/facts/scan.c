/* scan.c - the working document of the facts stage and word matching.
 *
 * The text is scanned in its matching form (NFKC case fold: "MARȚI",
 * "Marţi" and "marți" are one spelling; full-width digits are ASCII), and
 * each match is mapped back to the clean text through the byte map that
 * nf_text_normalize gives.  Word lists are matched entry by entry at a
 * word start: cheap enough for news-sized texts (the lists are short and
 * most positions fail on the first byte).
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "facts_int.h"
#include "text/text.h"

/* First-byte filter.  nf_fx_match is asked at every word position of a
 * text, for every word list of every language when the language has no
 * tables; walking each list there made a 10 MB text take minutes.  Each
 * list (a static string, so its address identifies it) gets a 256-bit
 * set of the bytes its entries begin with, computed on first use in a
 * small open-addressing table owned by the document. */
#define NF_FX_FIRST_SLOTS 512u

struct nf_fx_first {
    const char *list;
    uint64_t bits[4];
};

/* The first-byte set of `list`, or NULL when the table is full or absent
 * (the caller then matches without the filter). */
static const uint64_t *first_bytes(const nf_fx_doc *d, const char *list)
{
    if (!d->first)
        return NULL;
    size_t h = (size_t)(((uintptr_t)list >> 3) * 0x9E3779B97F4A7C15ull >> 40);
    for (size_t k = 0; k < NF_FX_FIRST_SLOTS; k++) {
        struct nf_fx_first *s = &d->first[(h + k) % NF_FX_FIRST_SLOTS];
        if (s->list == list)
            return s->bits;
        if (!s->list) {
            s->list = list;
            int at_start = 1;
            for (const char *p = list; *p; p++) {
                if (at_start && *p != '|') {
                    unsigned char c = (unsigned char)*p;
                    s->bits[c >> 6] |= 1ull << (c & 63);
                }
                at_start = *p == '|';
            }
            return s->bits;
        }
    }
    return NULL;
}

nf_status nf_fx_doc_init(nf_fx_doc *d, const char *text, size_t len,
                         const char *lang, const char *published)
{
    assert(d && (text || !len));
    memset(d, 0, sizeof *d);
    d->text = text;
    d->len = len;
    nf_buf b;
    nf_buf_init(&b, 0);
    nf_status st = nf_text_normalize(text, len, &b, &d->map);
    if (st) {
        nf_buf_free(&b);
        return st;
    }
    d->nlen = b.len;
    d->norm = nf_buf_detach(&b, NULL);
    if (!d->norm) {
        d->norm = calloc(1, 1);
        if (!d->norm) {
            free(d->map);
            return NF_ERR_NOMEM;
        }
    }
    if (!d->map) {
        d->map = calloc(1, sizeof *d->map);
        if (!d->map) {
            free(d->norm);
            return NF_ERR_NOMEM;
        }
        d->map[0] = len;
    }
    d->taken = calloc(d->nlen + 1, 1);
    d->first = calloc(NF_FX_FIRST_SLOTS, sizeof *d->first);
    if (!d->taken || !d->first) {
        nf_fx_doc_free(d);
        return NF_ERR_NOMEM;
    }
    d->lang = nf_fx_lang_find(lang);
    if (published && strlen(published) >= 10 && published[4] == '-' &&
        published[7] == '-') {
        d->pub_y = atoi(published);
        d->pub_m = atoi(published + 5);
        d->pub_d = atoi(published + 8);
        d->has_pub = d->pub_y > 0 && d->pub_m >= 1 && d->pub_m <= 12 &&
                     d->pub_d >= 1 && d->pub_d <= 31;
    }
    return NF_OK;
}

void nf_fx_doc_free(nf_fx_doc *d)
{
    if (!d)
        return;
    free(d->norm);
    free(d->first);
    free(d->map);
    free(d->taken);
    d->norm = NULL;
    d->map = NULL;
    d->taken = NULL;
    d->first = NULL;
}

size_t nf_fx_to_text(const nf_fx_doc *d, size_t i)
{
    return d->map[i > d->nlen ? d->nlen : i];
}

size_t nf_fx_to_norm(const nf_fx_doc *d, size_t off)
{
    size_t lo = 0, hi = d->nlen;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->map[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t nf_fx_cp(const nf_fx_doc *d, size_t i, unsigned *cp)
{
    return nf_utf8_decode(d->norm + i, d->norm + d->nlen, cp);
}

unsigned nf_fx_cp_before(const nf_fx_doc *d, size_t i, size_t *start)
{
    size_t j = i;
    while (j > 0) {
        j--;
        if (((unsigned char)d->norm[j] & 0xC0) != 0x80)
            break;
    }
    unsigned cp = 0;
    nf_fx_cp(d, j, &cp);
    if (start)
        *start = j;
    return cp;
}

int nf_fx_is_letter(unsigned cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return u_isalpha((UChar32)cp) || u_hasBinaryProperty((UChar32)cp, UCHAR_DIACRITIC)
        || u_charType((UChar32)cp) == U_NON_SPACING_MARK
        || u_charType((UChar32)cp) == U_COMBINING_SPACING_MARK;
}

int nf_fx_is_cjk(unsigned cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) ||   /* kana */
           (cp >= 0x3400 && cp <= 0x9FFF) ||   /* Han */
           (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF) ||   /* Hangul */
           (cp >= 0x1100 && cp <= 0x11FF) ||
           (cp >= 0x20000 && cp <= 0x2FFFF) || cp == 0x3005;
}

int nf_fx_is_space(unsigned cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 ||
           u_isUWhiteSpace((UChar32)cp);
}

int nf_fx_digit(unsigned cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp < 0x80)
        return -1;
    if (u_charType((UChar32)cp) != U_DECIMAL_DIGIT_NUMBER)
        return -1;
    return u_charDigitValue((UChar32)cp);
}

/* A character that continues a word: letters, digits, marks. */
static int wordish(unsigned cp)
{
    return nf_fx_is_letter(cp) || nf_fx_digit(cp) >= 0;
}

int nf_fx_word_start(const nf_fx_doc *d, size_t i)
{
    if (i == 0)
        return 1;
    unsigned cp = nf_fx_cp_before(d, i, NULL);
    unsigned here = 0;
    if (i < d->nlen)          /* at the end there is no character here */
        nf_fx_cp(d, i, &here);
    if (nf_fx_is_cjk(here) || nf_fx_is_cjk(cp))
        return 1;
    return !wordish(cp);
}

/* Matches one entry [e, ee) at norm[i]; returns the match length or 0. */
static size_t match_entry(const nf_fx_doc *d, size_t i, const char *e,
                          const char *ee)
{
    int stem = ee > e && ee[-1] == '*';
    if (stem)
        ee--;
    size_t j = i;
    const char *p = e;
    unsigned last = 0;
    while (p < ee) {
        if (*p == ' ') {
            size_t k = j;
            unsigned cp = 0;
            while (k < d->nlen) {
                size_t n = nf_fx_cp(d, k, &cp);
                if (!nf_fx_is_space(cp))
                    break;
                k += n;
            }
            if (k == j)
                return 0;
            j = k;
            p++;
            last = ' ';
            continue;
        }
        if (j >= d->nlen || d->norm[j] != *p)
            return 0;
        if (((unsigned char)*p & 0xC0) != 0x80)
            nf_utf8_decode(p, ee, &last);
        j++;
        p++;
    }
    unsigned next = 0;
    if (j < d->nlen)
        nf_fx_cp(d, j, &next);
    if (stem) {
        while (j < d->nlen) {
            size_t n = nf_fx_cp(d, j, &next);
            if (!nf_fx_is_letter(next) || nf_fx_is_cjk(next))
                break;
            j += n;
        }
        return j - i;
    }
    /* a whole word: no letter may follow a letter (CJK needs no break) */
    if (j < d->nlen && wordish(last) && !nf_fx_is_cjk(last) && wordish(next) &&
        !nf_fx_is_cjk(next))
        return 0;
    return j - i;
}

size_t nf_fx_match(const nf_fx_doc *d, size_t i, const char *list,
                   const char **val, size_t *vlen)
{
    size_t best = 0;
    if (!list || i >= d->nlen)
        return 0;
    const uint64_t *fb = first_bytes(d, list);
    unsigned char c0 = (unsigned char)d->norm[i];
    if (fb && !((fb[c0 >> 6] >> (c0 & 63)) & 1))
        return 0;
    const char *p = list;
    while (*p) {
        const char *e = p;
        while (*p && *p != '|')
            p++;
        const char *ee = e, *eq = NULL;
        while (ee < p && *ee != '=')
            ee++;
        if (ee < p)
            eq = ee;
        if (ee > e && (unsigned char)*e == (unsigned char)d->norm[i]) {
            size_t m = match_entry(d, i, e, ee);
            if (m > best) {
                best = m;
                if (val) {
                    *val = eq ? eq + 1 : NULL;
                    *vlen = eq ? (size_t)(p - eq - 1) : 0;
                }
            }
        }
        if (*p == '|')
            p++;
    }
    return best;
}

size_t nf_fx_match_field(const nf_fx_doc *d, size_t i, size_t field,
                         const char **val, size_t *vlen)
{
    if (d->lang) {
        const char *list = *(const char *const *)((const char *)d->lang + field);
        return nf_fx_match(d, i, list, val, vlen);
    }
    size_t n, best = 0;
    const nf_fx_lang *all = nf_fx_langs(&n);
    for (size_t k = 0; k < n; k++) {
        const char *list = *(const char *const *)((const char *)&all[k] + field);
        const char *v = NULL;
        size_t vl = 0;
        size_t m = nf_fx_match(d, i, list, &v, &vl);
        if (m > best) {
            best = m;
            if (val) {
                *val = v;
                *vlen = vl;
            }
        }
    }
    return best;
}

int nf_fx_full_stop(unsigned cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == 0x3002 ||
           cp == 0xFF01 || cp == 0xFF1F || cp == 0x061F || cp == 0x0964 || cp == 0x0965;
}

/* Sentence-ending characters of the matching form (with ';'). */
static int sentence_end(unsigned cp)
{
    return nf_fx_full_stop(cp) || cp == ';';
}

size_t nf_fx_next_word(const nf_fx_doc *d, size_t i, int stop_at_sentence)
{
    while (i < d->nlen) {
        unsigned cp;
        size_t n = nf_fx_cp(d, i, &cp);
        if (wordish(cp) || nf_fx_is_cjk(cp))
            return i;
        if (stop_at_sentence && sentence_end(cp))
            return d->nlen;
        i += n;
    }
    return d->nlen;
}

size_t nf_fx_word_end(const nf_fx_doc *d, size_t i)
{
    unsigned cp;
    if (i >= d->nlen)
        return i;
    size_t n = nf_fx_cp(d, i, &cp);
    if (nf_fx_is_cjk(cp))
        return i + n;
    while (i < d->nlen) {
        n = nf_fx_cp(d, i, &cp);
        if (wordish(cp) && !nf_fx_is_cjk(cp)) {
            i += n;
            continue;
        }
        if ((cp == '\'' || cp == '-') && i + n < d->nlen) {
            unsigned nx;
            nf_fx_cp(d, i + n, &nx);
            if (nf_fx_is_letter(nx) && !nf_fx_is_cjk(nx)) {
                i += n;
                continue;
            }
        }
        break;
    }
    return i;
}
