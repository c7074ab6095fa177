/* test_sketch_io.c - a sketch as bytes across versions of the layout.
 *
 * Round 11 gave the in-order sequence value entries (the top bit,
 * NF_SEQ_ALT, marks "the value of the number before me").  A store written
 * before that holds "NFS1" sketches whose entries are the low 32 bits of
 * anchors: read as they are, about half of them would pass for value
 * entries.  The reader clears the bit for such sketches; a new sketch keeps
 * its value entries. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "nf_test.h"
#include "fold/fold_int.h"

/* Makes a sketch with three sequence entries, the second a value entry. */
static void make(nf_sketch *k)
{
    memset(k, 0, sizeof *k);
    k->time = 20000.0;
    memcpy(k->lang, "ko", 3);
    k->n_sent = 3;
    k->n_words = 40;
    k->n_anchors = 2;
    k->anchors = calloc(2, sizeof *k->anchors);
    k->anchors[0] = 0x1234567890abcdefULL;
    k->anchors[1] = 0xfedcba0987654321ULL;
    k->n_seq = 3;
    k->seq = calloc(3, sizeof *k->seq);
    k->seq[0] = 0x90abcdefu & NF_SEQ_VALUE;
    k->seq[1] = NF_SEQ_ALT | 12345u;
    k->seq[2] = 0x87654321u & NF_SEQ_VALUE;
}

static void test_current_layout(void)
{
    nf_sketch a, r;
    make(&a);
    memset(&r, 0, sizeof r);
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    CHECK_INT(nf_sketch_encode(&a, &buf, &len, &cap), NF_OK);
    CHECK(memcmp(buf, "NFS2", 4) == 0);
    CHECK_INT(nf_sketch_decode(buf, len, &r), NF_OK);
    CHECK_INT(r.n_seq, 3);
    CHECK(r.seq && memcmp(r.seq, a.seq, 3 * sizeof *a.seq) == 0);
    CHECK(r.seq && (r.seq[1] & NF_SEQ_ALT));
    free(buf);
    nf_sketch_clear(&a);
    nf_sketch_clear(&r);
}

static void test_old_layout(void)
{
    /* an "NFS1" sketch: the same bytes under the old magic, its entries
     * whole 32-bit anchor parts (the top bit set on two of them) */
    nf_sketch a, r;
    make(&a);
    a.seq[0] = 0x90abcdefu;
    a.seq[1] = 0x80000001u;
    a.seq[2] = 0x07654321u;
    memset(&r, 0, sizeof r);
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    CHECK_INT(nf_sketch_encode(&a, &buf, &len, &cap), NF_OK);
    memcpy(buf, "NFS1", 4);
    CHECK_INT(nf_sketch_decode(buf, len, &r), NF_OK);
    CHECK_INT(r.n_seq, 3);
    for (uint32_t i = 0; r.seq && i < r.n_seq; i++) {
        CHECK(!(r.seq[i] & NF_SEQ_ALT));
        CHECK(r.seq[i] == (a.seq[i] & NF_SEQ_VALUE));
    }
    CHECK_INT(r.n_anchors, 2);
    CHECK_STR(r.lang, "ko");
    memcpy(buf, "NFS3", 4);
    CHECK_INT(nf_sketch_decode(buf, len, &r), NF_ERR_FORMAT);
    free(buf);
    nf_sketch_clear(&a);
    nf_sketch_clear(&r);
}

int main(void)
{
    RUN(test_current_layout);
    RUN(test_old_layout);
    return nf_test_done();
}
