/* sketch_io.c - a sketch as bytes, for the store.
 *
 * The store keeps each folded article's sketch so that a later ingest can
 * re-enter the articles of the recent window without re-reading their
 * text.  Layout (host byte order; the database travels with the machine
 * that wrote it, and a sketch that does not parse is only a missed
 * fold, never a crash):
 *   "NFS2", f64 time, char lang[12], u32 n_sent, n_words, n_anchors,
 *   n_shingles, n_seq, latin, u64 anchors[n_anchors], u64 shingles[n_shingles],
 *   u32 seq[n_seq].
 * "NFS1" (before round 11) is read too: its sequence entries are the low 32
 * bits of anchors, with no value entries, so the top bit (NF_SEQ_ALT now)
 * is cleared; such a sketch still compares, only without figures' values. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "fold/fold_int.h"

#define NF_SKETCH_MAGIC "NFS2"
#define NF_SKETCH_MAGIC_V1 "NFS1"
#define NF_SKETCH_HEAD (4 + 8 + 12 + 6 * 4)

nf_status nf_sketch_encode(const nf_sketch *k, unsigned char **buf,
                           size_t *len, size_t *cap)
{
    assert(k && buf && len && cap);
    size_t need = NF_SKETCH_HEAD + 8 * ((size_t)k->n_anchors + k->n_shingles) +
                  4 * (size_t)k->n_seq;
    if (*cap < need) {
        unsigned char *p = realloc(*buf, need);
        if (!p)
            return NF_ERR_NOMEM;
        *buf = p;
        *cap = need;
    }
    unsigned char *p = *buf;
    memcpy(p, NF_SKETCH_MAGIC, 4);
    memcpy(p + 4, &k->time, 8);
    memcpy(p + 12, k->lang, 12);
    uint32_t h[6] = { k->n_sent, k->n_words, k->n_anchors, k->n_shingles, k->n_seq,
                      k->latin };
    memcpy(p + 24, h, sizeof h);
    p += NF_SKETCH_HEAD;
    if (k->n_anchors)
        memcpy(p, k->anchors, 8 * (size_t)k->n_anchors);
    p += 8 * (size_t)k->n_anchors;
    if (k->n_shingles)
        memcpy(p, k->shingles, 8 * (size_t)k->n_shingles);
    p += 8 * (size_t)k->n_shingles;
    if (k->n_seq)
        memcpy(p, k->seq, 4 * (size_t)k->n_seq);
    *len = need;
    return NF_OK;
}

nf_status nf_sketch_decode(const void *buf, size_t len, nf_sketch *k)
{
    assert(k);
    nf_sketch_clear(k);
    const unsigned char *p = buf;
    if (!p || len < NF_SKETCH_HEAD)
        return NF_ERR_FORMAT;
    int v1 = memcmp(p, NF_SKETCH_MAGIC_V1, 4) == 0;
    if (!v1 && memcmp(p, NF_SKETCH_MAGIC, 4) != 0)
        return NF_ERR_FORMAT;
    uint32_t h[6];
    memcpy(&k->time, p + 4, 8);
    memcpy(k->lang, p + 12, 12);
    k->lang[11] = 0;
    memcpy(h, p + 24, sizeof h);
    if (h[4] > NF_SEQ_MAX || (len - NF_SKETCH_HEAD) / 8 < (size_t)h[2] + h[3] ||
        len != NF_SKETCH_HEAD + 8 * ((size_t)h[2] + h[3]) + 4 * (size_t)h[4])
        return NF_ERR_FORMAT;
    k->n_sent = h[0];
    k->n_words = h[1];
    p += NF_SKETCH_HEAD;
    if (h[2]) {
        if (!(k->anchors = malloc(8 * (size_t)h[2])))
            return NF_ERR_NOMEM;
        memcpy(k->anchors, p, 8 * (size_t)h[2]);
    }
    p += 8 * (size_t)h[2];
    if (h[3]) {
        if (!(k->shingles = malloc(8 * (size_t)h[3]))) {
            nf_sketch_clear(k);
            return NF_ERR_NOMEM;
        }
        memcpy(k->shingles, p, 8 * (size_t)h[3]);
    }
    p += 8 * (size_t)h[3];
    if (h[4]) {
        if (!(k->seq = malloc(4 * (size_t)h[4]))) {
            nf_sketch_clear(k);
            return NF_ERR_NOMEM;
        }
        memcpy(k->seq, p, 4 * (size_t)h[4]);
        for (uint32_t i = 0; v1 && i < h[4]; i++)
            k->seq[i] &= NF_SEQ_VALUE;
    }
    k->n_seq = h[4];
    k->latin = h[5] & 3;   /* both bits: Latin, caseless alphabet */
    k->n_anchors = h[2];
    k->n_shingles = h[3];
    return NF_OK;
}
