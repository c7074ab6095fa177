/* fuzz_feed.c - libFuzzer harness for the feed parser and the feed
 * path of the reader: never a failure but "not a feed" or out of
 * memory; every article is complete (clean text, format "feed"); the
 * reader's counters add up. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "feed/feed.h"
#include "newsfold.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int cond)
{
    if (!cond)
        abort();
}

static nf_status on_item(void *ctx, const nf_feed_item *it)
{
    (*(unsigned long *)ctx)++;
    require(it->index > 0);
    return NF_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned long seen = 0, n = 0;
    nf_status st = nf_feed_parse((const char *)data, size, on_item, &seen, &n);
    require(st == NF_OK || st == NF_ERR_FORMAT || st == NF_ERR_NOMEM);
    require(seen == n);
    nf_reader_options o = { NF_FORMAT_FEED, 0, 0, NULL, NULL };
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
        require(!strcmp(nf_article_format(a), "feed"));
        nf_article_free(a);
    }
    nf_reader_stats s;
    nf_reader_stats_get(r, &s);
    require(s.articles == arts && s.bytes == size);
    nf_reader_free(r);
    return 0;
}
