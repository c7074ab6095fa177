/* curated.c - lookups in the curated list (curated_data.c): a whole name
 * is lower-cased (ICU simple case mapping) with its white space made
 * single, then found by binary search among the sorted matching forms.
 * Inside caseless unsegmented text (Han, kana) the longest form starting
 * at a position is found by trying prefixes, longest first.  Other names
 * of the gazetteer's countries are found by binary search in their own
 * array, asked in their matching form already.
 */
#include "entities/curated.h"

#include <assert.h>
#include <string.h>

#include <unicode/uchar.h>

#include "text/text.h"

enum { FORM_MAX = 192 };

/* Writes the matching form of s[0..n) to out (cap bytes, NUL-terminated);
 * returns its length, 0 when empty or too long. */
static size_t matching_form(const char *s, size_t n, char *out, size_t cap)
{
    const char *p = s, *end = s + n;
    size_t o = 0;
    int space = 0;
    while (p < end) {
        unsigned c;
        p += nf_utf8_decode(p, end, &c);
        if (u_isUWhiteSpace((UChar32)c)) {
            space = o > 0;
            continue;
        }
        if (space) {
            if (o + 2 > cap)
                return 0;
            out[o++] = ' ';
            space = 0;
        }
        c = (unsigned)u_tolower((UChar32)c);
        char b[4];
        size_t k;
        if (c < 0x80) { b[0] = (char)c; k = 1; }
        else if (c < 0x800) { b[0] = (char)(0xC0 | (c >> 6)); b[1] = (char)(0x80 | (c & 0x3F)); k = 2; }
        else if (c < 0x10000) { b[0] = (char)(0xE0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 0x3F)); b[2] = (char)(0x80 | (c & 0x3F)); k = 3; }
        else { b[0] = (char)(0xF0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 0x3F)); b[2] = (char)(0x80 | ((c >> 6) & 0x3F)); b[3] = (char)(0x80 | (c & 0x3F)); k = 4; }
        if (o + k + 1 > cap)
            return 0;
        memcpy(out + o, b, k);
        o += k;
    }
    out[o] = '\0';
    return o;
}

/* Entry of matching form f[0..n) by binary search, or -1. */
static int find_form(const char *f, size_t n)
{
    size_t lo = 0, hi = nf_curated_form_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *t = nf_curated_forms[mid].form;
        size_t tn = strlen(t);
        int c = memcmp(f, t, n < tn ? n : tn);
        if (c == 0)
            c = n < tn ? -1 : n > tn;
        if (c == 0)
            return nf_curated_forms[mid].entry;
        if (c > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

const char *nf_curated_country_of(const char *f, size_t n)
{
    assert(f || n == 0);
    size_t lo = 0, hi = nf_curated_country_count;
    while (n && lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *t = nf_curated_countries[mid].form;
        /* (asked after every gazetteer miss: one pass, no strlen) */
        size_t k = 0;
        while (k < n && t[k] != '\0' && t[k] == f[k])
            k++;
        int c = k < n ? (t[k] == '\0' ? 1 : (unsigned char)f[k] - (unsigned char)t[k])
                      : (t[k] != '\0' ? -1 : 0);
        if (c == 0)
            return nf_curated_countries[mid].country;
        if (c > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int nf_curated_lookup(const char *s, size_t n)
{
    assert(s || n == 0);
    char f[FORM_MAX];
    size_t k = matching_form(s, n, f, sizeof f);
    return k ? find_form(f, k) : -1;
}

size_t nf_curated_prefix(const char *s, const char *end, int *entry)
{
    assert(s && end && s < end && entry);
    size_t ends[32], ne = 0;
    const char *p = s;
    while (p < end && ne < 32) {
        unsigned c;
        size_t l = nf_utf8_decode(p, end, &c);
        if (!u_isalpha((UChar32)c) && c != 0x30FC && c != 0x30FB)
            break;
        p += l;
        ends[ne++] = (size_t)(p - s);
    }
    while (ne > 1) {              /* at least two characters */
        int e = find_form(s, ends[--ne]);
        if (e >= 0) {
            *entry = e;
            return ends[ne];
        }
    }
    return 0;
}
