/* table.c - the two hash tables folding needs: counts (document
 * frequencies, story centroids) and capped postings (feature -> stories,
 * shingle -> articles).
 *
 * Open addressing with linear probing over 64-bit keys that are already
 * hashes, so the slot is the key's low bits.  Tables double at 70% load.
 * Entries are never deleted one by one (a count that falls to zero stays
 * as a zero until nf_count_compact drops all zeros at once); postings
 * lists are capped, dropping their oldest entry, so
 * a feature shared by thousands of stories costs no more than the cap. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "fold/fold_int.h"

/* Slot of `key` in a table of `cap` keys (found or empty). */
static size_t probe(const uint64_t *keys, size_t cap, uint64_t key)
{
    size_t i = (size_t)(key ^ (key >> 29)) & (cap - 1);
    while (keys[i] && keys[i] != key)
        i = (i + 1) & (cap - 1);
    return i;
}

/* Moves m's entries into a fresh table of `cap` slots (a power of two
 * above the entries kept), leaving out zero counts when drop_zero. */
static nf_status count_rehash(nf_count_map *m, size_t cap, int drop_zero)
{
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return NF_ERR_NOMEM;
    }
    size_t n = 0;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i] || (drop_zero && !m->vals[i]))
            continue;
        size_t j = probe(keys, cap, m->keys[i]);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
        n++;
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    m->n = n;
    return NF_OK;
}

nf_status nf_count_add(nf_count_map *m, uint64_t key, int32_t delta)
{
    assert(m);
    if (key == 0) {
        m->has_zero = 1;
        m->zero_val = (uint32_t)((int64_t)m->zero_val + delta);
        return NF_OK;
    }
    if ((m->n + 1) * 10 >= m->cap * 7) {
        nf_status st = count_rehash(m, m->cap ? m->cap * 2 : 64, 0);
        if (st)
            return st;
    }
    size_t i = probe(m->keys, m->cap, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = 0;
        m->n++;
    }
    int64_t v = (int64_t)m->vals[i] + delta;
    m->vals[i] = v < 0 ? 0 : (uint32_t)v;
    return NF_OK;
}

nf_status nf_count_compact(nf_count_map *m)
{
    assert(m);
    size_t live = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i] && m->vals[i])
            live++;
    if (live * 2 > m->n)
        return NF_OK;   /* not worth it yet */
    size_t cap = 64;
    while ((live + 1) * 10 >= cap * 7)
        cap *= 2;
    return count_rehash(m, cap, 1);
}

uint32_t nf_count_get(const nf_count_map *m, uint64_t key)
{
    if (key == 0)
        return m->has_zero ? m->zero_val : 0;
    if (!m->cap)
        return 0;
    size_t i = probe(m->keys, m->cap, key);
    return m->keys[i] ? m->vals[i] : 0;
}

void nf_count_free(nf_count_map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

static nf_status post_grow(nf_post_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    uint64_t *keys = calloc(cap, sizeof *keys);
    nf_post_list *lists = calloc(cap, sizeof *lists);
    if (!keys || !lists) {
        free(keys);
        free(lists);
        return NF_ERR_NOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = probe(keys, cap, m->keys[i]);
        keys[j] = m->keys[i];
        lists[j] = m->lists[i];
        if (m->lists[i].v == m->lists[i].small)
            lists[j].v = lists[j].small;   /* inline storage moved with it */
    }
    free(m->keys);
    free(m->lists);
    m->keys = keys;
    m->lists = lists;
    m->cap = cap;
    return NF_OK;
}

nf_status nf_post_add(nf_post_map *m, uint64_t key, int64_t val)
{
    assert(m && key != 0);
    if ((m->n + 1) * 10 >= m->cap * 7) {
        nf_status st = post_grow(m);
        if (st)
            return st;
    }
    size_t i = probe(m->keys, m->cap, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        memset(&m->lists[i], 0, sizeof m->lists[i]);
        m->n++;
    }
    nf_post_list *l = &m->lists[i];
    if (l->n && l->v[l->n - 1] == val)
        return NF_OK;
    uint32_t max = m->max_list ? m->max_list : 256;
    if (l->n == max) {
        memmove(l->v, l->v + 1, (size_t)(l->n - 1) * sizeof *l->v);
        l->n--;
    }
    if (!l->cap) {
        l->v = l->small;
        l->cap = 2;
    }
    if (l->n == l->cap) {
        uint32_t cap = l->cap * 2;
        if (cap > max)
            cap = max;
        int64_t *v = l->v == l->small ? malloc((size_t)cap * sizeof *v)
                                      : realloc(l->v, (size_t)cap * sizeof *v);
        if (!v)
            return NF_ERR_NOMEM;
        if (l->v == l->small)
            memcpy(v, l->small, sizeof l->small);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = val;
    return NF_OK;
}

nf_post_list *nf_post_get(nf_post_map *m, uint64_t key)
{
    if (!m->cap || key == 0)
        return NULL;
    size_t i = probe(m->keys, m->cap, key);
    return m->keys[i] ? &m->lists[i] : NULL;
}

void nf_post_free(nf_post_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i] && m->lists[i].v != m->lists[i].small)
            free(m->lists[i].v);
    free(m->keys);
    free(m->lists);
    memset(m, 0, sizeof *m);
}
