/* common_words.c - lookups in the generated Bloom filters of common word
 * forms (common_words_data.c).  The hash is FNV-1a 64 over the UTF-8
 * bytes, split into two halves for double hashing, exactly as the
 * generator (tools/words/gen_common_words.py) sets the bits.
 */
#include "entities/common_words.h"

#include <assert.h>
#include <stdint.h>
#include <string.h>

const nf_cw_filter *nf_cw_for(const char *lang)
{
    if (!lang)
        return NULL;
    for (size_t i = 0; i < nf_cw_n_filters; i++)
        if (strcmp(nf_cw_filters[i].lang, lang) == 0)
            return &nf_cw_filters[i];
    return NULL;
}

int nf_cw_has(const nf_cw_filter *f, const char *w, size_t n)
{
    assert(w || n == 0);
    if (!f || n == 0)
        return 0;
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
