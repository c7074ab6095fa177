/* wordset.c - fixed word sets with class bits (see wordset.h): FNV-1a
 * hashing into an open-addressing table with linear probing.  One
 * implementation for the entity stage's lists, which had two copies. */
#include "entities/wordset.h"

#include <assert.h>
#include <string.h>

/* FNV-1a of w[0..n). */
static uint32_t hash_word(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)w[i];
        h *= 16777619u;
    }
    return h;
}

void nf_wordset_add(nf_wordset *s, const char *list, unsigned bits)
{
    assert(s && s->slots && list);
    for (const char *p = list; *p;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - w);
        if (n == 0 || n > 255)
            continue;
        uint32_t i = hash_word(w, n) & s->mask;
        while (s->slots[i].w && !(s->slots[i].n == n && memcmp(s->slots[i].w, w, n) == 0))
            i = (i + 1) & s->mask;
        s->slots[i].w = w;
        s->slots[i].n = (unsigned char)n;
        s->slots[i].bits |= bits;
    }
}

unsigned nf_wordset_get(const nf_wordset *s, const char *w, size_t n)
{
    assert(s && s->slots && (w || n == 0));
    if (n == 0 || n > 255)
        return 0;
    for (uint32_t i = hash_word(w, n) & s->mask; s->slots[i].w; i = (i + 1) & s->mask)
        if (s->slots[i].n == n && memcmp(s->slots[i].w, w, n) == 0)
            return s->slots[i].bits;
    return 0;
}
