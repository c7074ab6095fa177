/* common_words.c - lookups in the generated Bloom filters of common word
 * forms (common_words_data.c).  The hash is FNV-1a 64 over the UTF-8
 * bytes, split into two halves for double hashing, exactly as the
 * generator (tools/words/gen_common_words.py) sets the bits.  The
 * generated file holds the bits as base64 text (a third of the source
 * size of a byte list); they are decoded once, on the first lookup.
 */
#include "entities/common_words.h"

#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

static pthread_once_t decoded = PTHREAD_ONCE_INIT;

/* Value of base64 digit c, or -1 (padding, line ends). */
static int b64_value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

void nf_cw_decode(const nf_cw_filter *f)
{
    assert(f && f->bits && f->b64);
    size_t o = 0, cap = f->m / 8;
    unsigned acc = 0;
    int nbits = 0;
    for (const char *p = f->b64; *p && o < cap; p++) {
        int v = b64_value(*p);
        if (v < 0)
            continue;
        acc = (acc << 6) | (unsigned)v;
        nbits += 6;
        if (nbits >= 8) {
            nbits -= 8;
            f->bits[o++] = (unsigned char)(acc >> nbits);
            acc &= (1u << nbits) - 1;
        }
    }
}

static void decode_all(void)
{
    for (size_t i = 0; i < nf_cw_n_filters; i++)
        nf_cw_decode(&nf_cw_filters[i]);
    for (size_t i = 0; i < nf_cw_n_names; i++)
        nf_cw_decode(&nf_cw_names[i]);
    /* Ukrainian shares the Russian bits: each array is decoded once */
    for (size_t i = 0; i < nf_cw_n_initial_names; i++)
        if (i == 0 || nf_cw_initial_names[i].bits != nf_cw_initial_names[i - 1].bits)
            nf_cw_decode(&nf_cw_initial_names[i]);
    for (size_t i = 0; i < nf_cw_n_long; i++)
        nf_cw_decode(&nf_cw_long[i]);
    nf_cw_decode(&nf_cw_de_nouns);
}

/* The filter of `lang` among fs[0..n), or NULL. */
static const nf_cw_filter *find_lang(const nf_cw_filter *fs, size_t n, const char *lang)
{
    if (!lang)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (strcmp(fs[i].lang, lang) == 0)
            return &fs[i];
    return NULL;
}

const nf_cw_filter *nf_cw_for(const char *lang)
{
    return find_lang(nf_cw_filters, nf_cw_n_filters, lang);
}

const nf_cw_filter *nf_cw_names_for(const char *lang)
{
    return find_lang(nf_cw_names, nf_cw_n_names, lang);
}

const nf_cw_filter *nf_cw_initial_names_for(const char *lang)
{
    return find_lang(nf_cw_initial_names, nf_cw_n_initial_names, lang);
}

const nf_cw_filter *nf_cw_long_for(const char *lang)
{
    return find_lang(nf_cw_long, nf_cw_n_long, lang);
}

int nf_cw_has(const nf_cw_filter *f, const char *w, size_t n)
{
    assert(w || n == 0);
    if (!f || n == 0)
        return 0;
    pthread_once(&decoded, decode_all);
    return nf_cw_probe(f, w, n);
}

int nf_cw_probe(const nf_cw_filter *f, const char *w, size_t n)
{
    assert(f && f->m && (w || n == 0));
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)w[i];
        h *= 1099511628211ULL;
    }
    uint64_t h1 = h & 0xFFFFFFFFu, h2 = (h >> 32) | 1;
    for (unsigned i = 0; i < f->k; i++) {
        uint64_t b = (h1 + i * h2) % f->m;
        if (!(f->bits[b >> 3] & (1u << (b & 7))))
            return 0;
    }
    return 1;
}
