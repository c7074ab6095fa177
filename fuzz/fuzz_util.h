/* fuzz_util.h - what the libFuzzer harnesses share: the entry point's
 * declaration, `require` (a failed invariant aborts, which libFuzzer and
 * the replay test both report), and a walk through the public reader
 * checking what every article of any format must satisfy. */
#ifndef NF_FUZZ_UTIL_H
#define NF_FUZZ_UTIL_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void require(int cond)
{
    if (!cond)
        abort();
}

/* Reads data[0..size) through a reader forced to `format`: reading never
 * fails, every article has non-empty valid UTF-8 text and the format
 * name `want`, and the reader's counters add up. */
static inline void fuzz_read_all(const uint8_t *data, size_t size,
                                 nf_format format, const char *want)
{
    nf_reader_options o = { format, 0, 0, NULL, NULL };
    nf_reader *r = nf_reader_new(&o);
    require(r && nf_reader_add_buffer(r, "fuzz", data, size) == NF_OK);
    unsigned long arts = 0;
    for (;;) {
        nf_article *a = NULL;
        require(nf_reader_next(r, &a) == NF_OK);
        if (!a)
            break;
        arts++;
        size_t len;
        const char *t = nf_article_text(a, &len);
        require(len > 0 && nf_utf8_valid(t, len));
        require(!strcmp(nf_article_format(a), want));
        nf_article_free(a);
    }
    nf_reader_stats s;
    nf_reader_stats_get(r, &s);
    require(s.articles == arts && s.bytes == size);
    nf_reader_free(r);
}

#endif
