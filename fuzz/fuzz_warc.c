/* fuzz_warc.c - libFuzzer harness for the WARC reader (plain and gzip)
 * and the HTTP response parser: records are read until the end or an
 * error, blocks never exceed the limit, a record's block length is at
 * most its declared length; through the reader, every article is an
 * HTML page with clean text and the counters add up. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "text/text.h"
#include "warc/warc.h"
#include "fuzz_util.h"

typedef struct src {
    const uint8_t *p;
    size_t n, at;
} src;

/* Hands out the input in small pieces to exercise the window. */
static nf_status rd(void *ctx, char *buf, size_t cap, size_t *got)
{
    src *s = ctx;
    size_t k = s->n - s->at;
    if (k > cap)
        k = cap;
    if (k > 97)
        k = 97;
    memcpy(buf, s->p + s->at, k);
    s->at += k;
    *got = k;
    return NF_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    src s = { data, size, 0 };
    nf_warc *w = nf_warc_new(rd, &s, 4096);
    require(w != NULL);
    for (int i = 0; i < 10000; i++) {
        nf_warc_record rec;
        int got;
        nf_status st = nf_warc_next(w, &rec, &got, NULL);
        if (got) {
            require(rec.block_len <= 4096 && rec.block_len <= rec.length);
            if (rec.block) {
                nf_http h;
                char *scratch = NULL;
                if (nf_http_parse(rec.block, rec.block_len, &h, &scratch))
                    require(h.payload != NULL);
                free(scratch);
            }
        }
        if (st || !got)
            break;
    }
    nf_warc_free(w);

    fuzz_read_all(data, size, NF_FORMAT_WARC, "html");
    return 0;
}
