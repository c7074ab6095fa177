/* newsfold/reader.h - ingest: turning files, directories and stdin into
 * articles.
 *
 * A reader is a queue of inputs.  nf_reader_next() yields one article at a
 * time, so a directory of a million files or a multi-GB JSON Lines stream
 * is read in bounded memory.  A bad input (unreadable, binary, empty, not
 * decodable, a bad JSON line) never stops the reader: it is reported as a
 * located diagnostic through the callback and the reader moves on.
 */
#ifndef NEWSFOLD_READER_H
#define NEWSFOLD_READER_H

#include <stddef.h>
#include "error.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nf_format {
    NF_FORMAT_AUTO = 0,   /* detect from content (and name)             */
    NF_FORMAT_TEXT,       /* plain text, one article per file           */
    NF_FORMAT_JSONL,      /* JSON Lines, one article per line           */
    NF_FORMAT_HTML,       /* a web page: its main text and metadata     */
    NF_FORMAT_FEED,       /* RSS 2.0, RSS 1.0/RDF or Atom: one per item */
    NF_FORMAT_WARC        /* WARC archive (plain or .gz), streamed: one
                             article per HTML response record           */
} nf_format;

/* Returns "auto", "text", "jsonl", "html", "feed" or "warc". */
const char *nf_format_name(nf_format f);
/* Parses a format name; returns NF_ERR_INVALID_ARG for unknown names. */
nf_status nf_format_parse(const char *name, nf_format *out);

typedef struct nf_reader_options {
    nf_format format;          /* NF_FORMAT_AUTO unless forced          */
    size_t max_file_bytes;     /* plain-text inputs larger are refused;
                                  0 = 256 MiB (JSON Lines are streamed and
                                  limited per line by max_article_bytes) */
    size_t max_article_bytes;  /* bodies larger are refused; 0 = 64 MiB  */
    nf_diag_fn on_diag;        /* may be NULL: diagnostics are dropped   */
    void *diag_ctx;
} nf_reader_options;

typedef struct nf_reader nf_reader;

/* Creates a reader.  `opts` may be NULL for defaults.  Returns NULL only
 * when out of memory.  Free with nf_reader_free(). */
nf_reader *nf_reader_new(const nf_reader_options *opts);

/* Frees the reader; NULL is allowed. */
void nf_reader_free(nf_reader *r);

/* Queues an input: a file, a directory (read recursively, in sorted
 * order, hidden files skipped) or "-" for standard input.  Problems with
 * the path are reported when it is read, not here.  Returns NF_ERR_NOMEM
 * or NF_OK. */
nf_status nf_reader_add_path(nf_reader *r, const char *path);

/* Queues an in-memory input named `name`.  The bytes are copied. */
nf_status nf_reader_add_buffer(nf_reader *r, const char *name,
                               const void *data, size_t len);

/* Yields the next article in *out (caller owns it: nf_article_free()).
 * At the end of all inputs returns NF_OK with *out == NULL.  Returns an
 * error only for failures of the reader itself (out of memory); problems
 * of an input are diagnostics, and that input is skipped. */
nf_status nf_reader_next(nf_reader *r, nf_article **out);

/* Counters since creation. */
typedef struct nf_reader_stats {
    unsigned long inputs;      /* files/buffers/stdin opened             */
    unsigned long articles;    /* articles yielded                       */
    unsigned long failed;      /* inputs or records skipped with errors  */
    unsigned long long bytes;  /* input bytes read                       */
} nf_reader_stats;

void nf_reader_stats_get(const nf_reader *r, nf_reader_stats *out);

#ifdef __cplusplus
}
#endif
#endif
