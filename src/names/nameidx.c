/* nameidx.c - approximate lookup of skeletons by deletion neighbourhood.
 *
 * Each skeleton is filed under itself and under every string obtained by
 * deleting one of its characters.  Two skeletons within one edit
 * (insertion, deletion or substitution) then share at least one filed
 * string, so a query looks up the query and its own deletions: 1 + n
 * hash probes instead of a comparison with every name known.  The table
 * maps the 64-bit FNV-1a hash of a filed string to a linked list of ids
 * in a node pool; a rare hash collision only adds a candidate, which the
 * caller verifies anyway.
 */
#include "names/names.h"
#include "core/grow.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    uint64_t h;        /* 0 = empty */
    uint32_t head;     /* node index + 1; 0 = none */
} slot;

typedef struct node {
    uint32_t id;
    uint32_t next;     /* node index + 1; 0 = end */
} node;

struct nf_nameidx {
    slot *slots;
    size_t cap, used;        /* cap is a power of two */
    node *nodes;
    size_t n_nodes, cap_nodes;
};

nf_nameidx *nf_nameidx_new(void)
{
    nf_nameidx *ix = calloc(1, sizeof *ix);
    if (!ix)
        return NULL;
    ix->cap = 256;
    ix->slots = calloc(ix->cap, sizeof *ix->slots);
    if (!ix->slots) {
        free(ix);
        return NULL;
    }
    return ix;
}

void nf_nameidx_free(nf_nameidx *ix)
{
    if (!ix)
        return;
    free(ix->slots);
    free(ix->nodes);
    free(ix);
}

/* FNV-1a of s[0..n) with byte `skip` left out (skip >= n: none). */
static uint64_t hash_skip(const char *s, size_t n, size_t skip)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        if (i == skip)
            continue;
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    h ^= (uint64_t)(n - (skip < n));
    return h ? h : 1;
}

/* The slot of h: found, or the empty one where it would go. */
static slot *find_slot(slot *slots, size_t cap, uint64_t h)
{
    size_t i = (size_t)(h ^ (h >> 29)) & (cap - 1);
    while (slots[i].h && slots[i].h != h)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

/* Doubles the table. */
static nf_status grow(nf_nameidx *ix)
{
    size_t cap = ix->cap * 2;
    slot *s = calloc(cap, sizeof *s);
    if (!s)
        return NF_ERR_NOMEM;
    for (size_t i = 0; i < ix->cap; i++)
        if (ix->slots[i].h)
            *find_slot(s, cap, ix->slots[i].h) = ix->slots[i];
    free(ix->slots);
    ix->slots = s;
    ix->cap = cap;
    return NF_OK;
}

/* Files id under hash h (once). */
static nf_status file_under(nf_nameidx *ix, uint64_t h, uint32_t id)
{
    if ((ix->used + 1) * 4 > ix->cap * 3) {
        nf_status st = grow(ix);
        if (st)
            return st;
    }
    slot *sl = find_slot(ix->slots, ix->cap, h);
    for (uint32_t k = sl->head; k; k = ix->nodes[k - 1].next)
        if (ix->nodes[k - 1].id == id)
            return NF_OK;
    if (nf_grow(&ix->nodes, &ix->cap_nodes, ix->n_nodes, sizeof *ix->nodes, 256))
        return NF_ERR_NOMEM;
    if (!sl->h) {
        sl->h = h;
        ix->used++;
    }
    ix->nodes[ix->n_nodes] = (node){ id, sl->head };
    sl->head = (uint32_t)++ix->n_nodes;
    return NF_OK;
}

nf_status nf_nameidx_add(nf_nameidx *ix, const char *skel, uint32_t id)
{
    assert(ix && skel);
    size_t n = strlen(skel);
    nf_status st = file_under(ix, hash_skip(skel, n, n), id);
    for (size_t i = 0; i < n && !st; i++)
        st = file_under(ix, hash_skip(skel, n, i), id);
    return st;
}

void nf_nameidx_query(const nf_nameidx *ix, const char *skel,
                      int (*fn)(void *ctx, uint32_t id), void *ctx)
{
    assert(ix && skel && fn);
    size_t n = strlen(skel);
    for (size_t i = 0; i <= n; i++) {
        const slot *sl = find_slot(ix->slots, ix->cap, hash_skip(skel, n, i));
        for (uint32_t k = sl->head; k; k = ix->nodes[k - 1].next)
            if (fn(ctx, ix->nodes[k - 1].id))
                return;
    }
}
