/* arena.c - per-document bump allocator.
 *
 * Chunks are malloc'ed as needed (doubling, at least 4 KiB) and chained;
 * a large request gets a chunk of its own.  This keeps one article's many
 * small allocations (spans, strings, diagnostics) cheap and frees them all
 * with one call. */
#include "arena.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NF_ARENA_MIN_CHUNK 4096u
#define NF_ARENA_ALIGN 16u

typedef struct chunk {
    struct chunk *next;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char data[];
} chunk;

struct nf_arena {
    chunk *head;
    size_t total;
};

nf_arena *nf_arena_new(void)
{
    return calloc(1, sizeof(nf_arena));
}

void nf_arena_free(nf_arena *a)
{
    if (!a)
        return;
    chunk *c = a->head;
    while (c) {
        chunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

void *nf_arena_alloc(nf_arena *a, size_t n)
{
    assert(a);
    size_t need = (n + NF_ARENA_ALIGN - 1) & ~(size_t)(NF_ARENA_ALIGN - 1);
    if (need < n)
        return NULL; /* overflow */
    chunk *c = a->head;
    if (!c || c->size - c->used < need) {
        size_t size = c ? c->size * 2 : NF_ARENA_MIN_CHUNK;
        if (size > (64u << 20))
            size = 64u << 20;
        if (size < need)
            size = need;
        if (size > SIZE_MAX - sizeof(chunk))
            return NULL;
        chunk *nc = malloc(sizeof(chunk) + size);
        if (!nc)
            return NULL;
        nc->size = size;
        nc->used = 0;
        if (c && size == need && c->size - c->used >= NF_ARENA_MIN_CHUNK) {
            /* a big one-off: keep the current chunk in front */
            nc->next = c->next;
            c->next = nc;
            nc->used = need;
            a->total += need;
            return nc->data;
        }
        nc->next = c;
        a->head = c = nc;
    }
    void *p = c->data + c->used;
    c->used += need;
    a->total += need;
    return p;
}

void *nf_arena_calloc(nf_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = nf_arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *nf_arena_strndup(nf_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = nf_arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

size_t nf_arena_used(const nf_arena *a)
{
    return a ? a->total : 0;
}
