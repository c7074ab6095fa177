/* model.c - per-source templates: lines that recur across documents of
 * one source.
 *
 * A source's pages share their frame (a site's "Read more on ...", a
 * feed's footer).  Each line of each document is hashed together with
 * its source key into an open-addressing table that counts in how many
 * documents it appeared; a line counted in two or more earlier
 * documents of the same source is template, not article.  The table has
 * a fixed maximum; when full, learning stops (nothing is evicted), so
 * memory stays bounded however many documents are read.
 */
#include "boilerplate/boilerplate.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* Lines longer than this are prose, never learnt (bytes). */
#define NF_BP_MAX_TEMPLATE 400

struct nf_bp_model {
    uint64_t *keys;     /* 0 = empty slot                                  */
    uint32_t *counts;   /* documents the line was seen in                  */
    uint64_t *last_doc; /* last document counted, to count each once       */
    size_t cap, n, max;
    uint64_t doc;
};

nf_bp_model *nf_bp_model_new(size_t max_lines)
{
    nf_bp_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->max = max_lines ? max_lines : 65536;
    m->cap = 16;
    while (m->cap < m->max * 2)
        m->cap *= 2;
    m->keys = calloc(m->cap, sizeof *m->keys);
    m->counts = calloc(m->cap, sizeof *m->counts);
    m->last_doc = calloc(m->cap, sizeof *m->last_doc);
    if (!m->keys || !m->counts || !m->last_doc) {
        nf_bp_model_free(m);
        return NULL;
    }
    return m;
}

void nf_bp_model_free(nf_bp_model *m)
{
    if (!m)
        return;
    free(m->keys);
    free(m->counts);
    free(m->last_doc);
    free(m);
}

/* The key of a line of a source (never 0). */
static uint64_t key_of(const char *source, const char *s, size_t n)
{
    uint64_t k = XXH3_64bits_withSeed(s, n, XXH3_64bits(source, strlen(source)));
    return k ? k : 1;
}

/* The slot of key k: its own, or the empty one where it would go. */
static size_t slot(const nf_bp_model *m, uint64_t k)
{
    size_t i = (size_t)k & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != k)
        i = (i + 1) & (m->cap - 1);
    return i;
}

int nf_bp_model_seen(const nf_bp_model *m, const char *source, const char *s,
                     size_t n)
{
    assert(m && source && (s || n == 0));
    if (n > NF_BP_MAX_TEMPLATE)
        return 0;
    size_t i = slot(m, key_of(source, s, n));
    return m->keys[i] && m->counts[i] >= 2;
}

nf_status nf_bp_model_learn(nf_bp_model *m, const char *source,
                            const char *text, size_t len)
{
    assert(m && source && (text || len == 0));
    m->doc++;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len, s = i;
        i = nl ? e + 1 : len;
        while (s < e && (text[s] == ' ' || text[s] == '\t'))
            s++;
        while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' ||
                         text[e - 1] == '\r'))
            e--;
        if (s == e || e - s > NF_BP_MAX_TEMPLATE)
            continue;
        uint64_t k = key_of(source, text + s, e - s);
        size_t at = slot(m, k);
        if (!m->keys[at]) {
            if (m->n >= m->max)
                continue;  /* full: learn nothing new */
            m->keys[at] = k;
            m->n++;
        }
        if (m->last_doc[at] != m->doc) {
            m->last_doc[at] = m->doc;
            m->counts[at]++;
        }
    }
    return NF_OK;
}
