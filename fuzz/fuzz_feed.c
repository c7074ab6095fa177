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
#include "fuzz_util.h"

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
    fuzz_read_all(data, size, NF_FORMAT_FEED, "feed");
    return 0;
}
