/* gazetteer.c - lookup of place names in the generated place table.
 *
 * The table (places_data.c) lists every name's matching form sorted, so
 * an exact lookup is a binary search with no start-up cost.  Demonyms
 * and adjectives ("ucraino", "ucrainean", "Ukrainian") are found by the
 * prefix they share with a country's name: the word's prefixes, longest
 * first and no shorter than the country's name minus two letters (at
 * least four), are looked up among country names by binary search on
 * the sorted table (a prefix sorts right before the names it starts).
 * A name the table lacks may be a country's other name in the curated
 * file (curated.h: "Marea Britanie", "Holland").
 */
#include "entities/places.h"

#include <assert.h>
#include <string.h>

#include "entities/curated.h"

/* Compares s[0..n) with NUL-terminated t as byte strings (the sign of
 * memcmp over the shorter, then the shorter first), in one pass without
 * strlen: the binary search asks it about 17 times a lookup, and the
 * fold stage looks up every long word of a caseless-script text. */
static int cmp_n(const char *s, size_t n, const char *t)
{
    size_t k = 0;
    while (k < n && t[k] != '\0' && t[k] == s[k])
        k++;
    if (k < n)
        return t[k] == '\0' ? 1 : (unsigned char)s[k] - (unsigned char)t[k];
    return t[k] != '\0' ? -1 : 0;
}

/* Index of the first table entry not less than s[0..n). */
static size_t lower_bound(const char *s, size_t n)
{
    size_t lo = 0, hi = nf_place_names_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_n(s, n, nf_place_names[mid].name) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is place a better answer than b (-1 = none)? */
static int better(int32_t a, int32_t b)
{
    if (b < 0)
        return 1;
    const nf_place_rec *pa = &nf_places[a], *pb = &nf_places[b];
    if (pa->kind != pb->kind)
        return pa->kind < pb->kind;
    return pa->population > pb->population;
}

/* The place index of the country with ISO code cc, or -1 (countries come
 * first in the table). */
static int32_t country_place(const char *cc)
{
    for (size_t i = 0; i < nf_places_count; i++)
        if (nf_places[i].kind == NF_PLACE_COUNTRY && strcmp(nf_places[i].country, cc) == 0)
            return (int32_t)i;
    return -1;
}

int32_t nf_place_lookup(const char *s, size_t n)
{
    assert(s || n == 0);
    if (n == 0)
        return -1;
    int32_t best = -1;
    for (size_t i = lower_bound(s, n); i < nf_place_names_count &&
         cmp_n(s, n, nf_place_names[i].name) == 0; i++)
        if (better(nf_place_names[i].place, best))
            best = nf_place_names[i].place;
    /* a country's other name that CLDR lacks, from the curated file
     * ("Marea Britanie"; "Holland" is the country before the town) */
    if (best < 0 || nf_places[best].kind != NF_PLACE_COUNTRY) {
        const char *cc = nf_curated_country_of(s, n);
        int32_t c = cc ? country_place(cc) : -1;
        if (c >= 0 && better(c, best))
            best = c;
    }
    return best;
}

int nf_place_is_division(int32_t p)
{
    assert(p >= 0 && (size_t)p < nf_places_count);
    return nf_places[p].kind == NF_PLACE_REGION && nf_places[p].country[0] != '\0';
}

/* Is s[0..n) an adjectival or demonym ending of one of the languages
 * detected (en, it, es, pt, fr, ro, de, nl, pl, ru, uk, tr)? */
static int ending_ok(const char *s, size_t n)
{
    static const char *const endings[] = {
        "o", "a", "i", "e", "os", "as", "es", "an", "ans", "ian", "ians",
        "ean", "eana", "eni", "ene", "ese", "esi", "ish", "isch", "ische",
        "ischen", "ischer", "isches", "er", "ers", "ern", "en", "ien", "ienne",
        "iens", "iennes", "ais", "aise", "ano", "ana", "ani", "ane", "ino",
        "ina", "ini", "ine", "ski", "ska", "skie", "skiego", "ic", "ique",
        "iano", "iana", "ianos", "ianas", "ese", "\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9",
        "\xd1\x81\xd0\xba\xd0\xb0\xd1\x8f", "\xd1\x81\xd0\xba\xd0\xb8\xd0\xb5",
        "\xd1\x81\xd1\x8c\xd0\xba\xd0\xb8\xd0\xb9",
        "\xd1\x81\xd1\x8c\xd0\xba\xd0\xb0",
        "\xd1\x81\xd1\x8c\xd0\xba\xd0\xbe\xd0\xb3\xd0\xbe",
        "\xd1\x81\xd1\x8c\xd0\xba\xd1\x96",
        "l\xc4\xb1", "li", "lu", "l\xc3\xbc", "ei", "ul", "ului", "ii", "ia",
    };
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++)
        if (strlen(endings[i]) == n && memcmp(endings[i], s, n) == 0)
            return 1;
    return 0;
}

int32_t nf_place_demonym(const char *w, size_t n)
{
    assert(w || n == 0);
    size_t letters = 0;
    for (size_t i = 0; i < n; i++)
        letters += ((unsigned char)w[i] & 0xC0) != 0x80;
    if (letters < 5)
        return -1;
    /* prefixes, longest first, down to 4 characters */
    for (size_t k = n - 1; k >= 4; k--) {
        if (((unsigned char)w[k] & 0xC0) == 0x80)
            continue;           /* not a character boundary */
        size_t chars = 0;
        for (size_t i = 0; i < k; i++)
            chars += ((unsigned char)w[i] & 0xC0) != 0x80;
        if (chars < 4)
            break;
        if (!ending_ok(w + k, n - k))
            continue;
        for (size_t i = lower_bound(w, k); i < nf_place_names_count &&
             strncmp(nf_place_names[i].name, w, k) == 0; i++) {
            const nf_place_name *pn = &nf_place_names[i];
            if (nf_places[pn->place].kind == NF_PLACE_CITY)
                continue;
            size_t nl = strlen(pn->name), nc = 0;
            for (size_t j = 0; j < nl; j++)
                nc += ((unsigned char)pn->name[j] & 0xC0) != 0x80;
            if (strchr(pn->name, ' ') || nc > chars + 2 || nc < 4)
                continue;
            if (nf_place_is_division(pn->place) && n - k < 3)
                continue;       /* "Jahr|en" is no adjective of Jahra */
            return pn->place;
        }
    }
    return -1;
}
