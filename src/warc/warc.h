/* warc.h - reading WARC archives (ISO 28500; Common Crawl's format),
 * plain or gzip-compressed record by record, streaming.
 *
 * Bytes come from a read callback; a gzip stream (members one after
 * another, as WARC writers make them) is inflated on the fly.  Records
 * are read one at a time: the WARC header, then a block of
 * Content-Length bytes kept in memory only up to max_record bytes; a
 * larger block (or a gzip bomb that inflates beyond it) is skipped by
 * reading through it without keeping it, so an archive of any size and
 * any record runs in bounded memory.
 */
#ifndef NF_WARC_WARC_H
#define NF_WARC_WARC_H

#include <stddef.h>

#include "newsfold/error.h"

/* Reads up to cap bytes into buf; *got = 0 at the end.  NF_OK or
 * NF_ERR_IO. */
typedef nf_status (*nf_warc_read_fn)(void *ctx, char *buf, size_t cap,
                                     size_t *got);

typedef struct nf_warc nf_warc;

/* One record.  Strings and the block are valid until the next call. */
typedef struct nf_warc_record {
    const char *type;          /* WARC-Type ("response", "resource", ...) */
    const char *target;        /* WARC-Target-URI or ""                  */
    const char *date;          /* WARC-Date or ""                        */
    const char *content_type;  /* of the block                           */
    const char *block;         /* the block (NULL when skipped)          */
    size_t block_len;
    unsigned long long length; /* Content-Length declared                */
    unsigned long long offset; /* offset of the record in the (inflated)
                                  stream                                  */
    unsigned long index;       /* 1-based                                */
    int too_large;             /* block over max_record: skipped         */
} nf_warc_record;

/* Starts reading; max_record 0 = 64 MiB.  NULL when out of memory. */
nf_warc *nf_warc_new(nf_warc_read_fn fn, void *ctx, size_t max_record);
void nf_warc_free(nf_warc *w);

/* Reads the next record.  *got = 0 at the end.  Errors: NF_ERR_FORMAT
 * (not a WARC record where one should start; *err_offset says where),
 * NF_ERR_IO, NF_ERR_NOMEM, NF_ERR_ENCODING (corrupt gzip); after an
 * error the archive cannot be read further. */
nf_status nf_warc_next(nf_warc *w, nf_warc_record *rec, int *got,
                       unsigned long long *err_offset);

/* An HTTP response inside a block: status, Content-Type, the payload
 * (de-chunked into `scratch` when Transfer-Encoding is chunked). */
typedef struct nf_http {
    int status;
    char content_type[128];
    const char *payload;
    size_t payload_len;
} nf_http;

/* Parses an HTTP response block.  Returns 1 when it is one (free
 * *scratch after use), 0 when it is not, -1 when out of memory (nothing
 * to free). */
int nf_http_parse(const char *block, size_t len, nf_http *h, char **scratch);

/* Whether data starts a WARC stream ("WARC/1.", or gzip magic). */
int nf_warc_sniff(const char *data, size_t len);

#endif
