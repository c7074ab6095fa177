/* feed.h - RSS 2.0, RSS 1.0 (RDF) and Atom feeds.
 *
 * A feed is parsed whole with libxml2's XML parser (recovering, no
 * network, no entity substitution, so no external entity is ever
 * fetched and no entity expansion can blow up), and each item or entry
 * is handed to a callback with its title, link, id, dates, authors and
 * the HTML (or text) it carries: the full content (content:encoded,
 * Atom content) when present, else the summary (description, summary).
 */
#ifndef NF_FEED_FEED_H
#define NF_FEED_FEED_H

#include <stddef.h>

#include "newsfold/error.h"

/* One item; strings point into the parsed tree (valid during the
 * callback only), NULL when absent. */
typedef struct nf_feed_item {
    const char *title;
    const char *link;
    const char *id;
    const char *published;   /* as written (RFC 822 or ISO 8601)         */
    const char *modified;
    const char *author;
    const char *body;        /* content, else summary                    */
    int body_is_html;        /* 1 when body is (escaped) HTML            */
    int full;                /* 1 when body is the full content          */
    const char *site;        /* the channel's / feed's title             */
    unsigned long index;     /* 1-based position in the feed             */
} nf_feed_item;

/* Receives an item; returns NF_OK to go on, or an error to stop. */
typedef nf_status (*nf_feed_item_fn)(void *ctx, const nf_feed_item *item);

/* Whether the first bytes are a feed: after an XML declaration,
 * comments and processing instructions, the first element is <rss>,
 * <feed> or <rdf:RDF>. */
int nf_feed_sniff(const char *data, size_t len);

/* Parses feed xml (len bytes, any encoding its declaration names) and
 * calls fn for each item.  *n_items (may be NULL) receives the count.
 * Errors: NF_ERR_FORMAT (not XML, or not a feed), NF_ERR_TOO_LARGE (over
 * 2 GiB), or what fn returned. */
nf_status nf_feed_parse(const char *xml, size_t len, nf_feed_item_fn fn,
                        void *ctx, unsigned long *n_items);

#endif
