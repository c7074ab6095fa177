/* ingest_int.h - the pieces of the reader, shared between src/ingest files.
 *
 * The reader (reader.c) walks inputs (walk.c) and reads them through a
 * bounded, peekable byte stream (stream.c).  A plain-text input becomes
 * one article (plain.c) after its bytes were decoded to UTF-8
 * (decode.c); a JSON Lines input becomes one article per line (jsonl.c),
 * whose HTML bodies go through the interim tag stripper (html_strip.c).
 * Nothing here is public: tests include it to reach the rules directly.
 */
#ifndef NF_INGEST_INT_H
#define NF_INGEST_INT_H

#include <stddef.h>
#include <sys/types.h>

#include "core/article_int.h"
#include "core/buf.h"
#include "boilerplate/boilerplate.h"
#include "html/html.h"
#include "newsfold/reader.h"

/* ---- diagnostics: to the user and to the article ----------------------- */

/* A diagnostic sink that forwards each diagnostic to the user's callback
 * and also records it on `article` (when not NULL), so the article shows
 * the repairs made to it.  When `line` is non-zero it replaces the line
 * of forwarded diagnostics and `offset` their offset, and `field` (may be
 * NULL) is put before their message: a JSON Lines record reports its file
 * line, not the line inside a JSON string. */
typedef struct nf_diag_tee {
    nf_diag_fn fn;
    void *ctx;
    nf_article *article;
    unsigned long line;
    unsigned long long offset;
    const char *field;
    nf_status failed;  /* NF_ERR_NOMEM when recording on the article failed */
} nf_diag_tee;

/* The nf_diag_fn of an nf_diag_tee (ctx is the tee); diag_tee.c. */
void nf_diag_tee_fn(void *ctx, const nf_diag *d);

/* ---- stream.c: a bounded, peekable byte stream ------------------------- */

typedef struct nf_stream {
    int fd;                      /* -1 for a memory stream                 */
    int close_fd;                /* close fd in nf_stream_close            */
    char *buf;                   /* bytes read; borrowed for memory        */
    size_t cap;
    size_t start;                /* first unconsumed byte of buf           */
    size_t end;                  /* end of the bytes read                  */
    unsigned long long base;     /* input offset of buf[0]                 */
    unsigned long long read;     /* bytes read from fd (or memory length)  */
    int eof;
    int err_no;                  /* errno of a failed read, else 0         */
    int borrowed;
    size_t scan;                 /* line search resumes here (from start)  */
} nf_stream;

/* A line handed out by nf_stream_next_line: `data` is valid until the
 * next call.  An overlong line is reported with its full length and no
 * data (it was skipped, not kept). */
typedef struct nf_line {
    const char *data;            /* without '\n' and a final '\r'          */
    size_t len;
    size_t full_len;             /* bytes of the line, '\n' excluded       */
    unsigned long long offset;   /* input offset of its first byte         */
    int overlong;                /* longer than the max: data is NULL      */
} nf_line;

/* Starts a stream over file descriptor `fd` (closed at the end when
 * close_fd) or over len bytes of memory (borrowed, must outlive it). */
void nf_stream_init_fd(nf_stream *s, int fd, int close_fd);
void nf_stream_init_mem(nf_stream *s, const char *data, size_t len);
/* Releases the buffer and closes the descriptor as asked; idempotent. */
void nf_stream_close(nf_stream *s);
/* Makes at least `want` unconsumed bytes available from s->buf +
 * s->start (fewer only at the end of input).  Returns NF_OK, NF_ERR_IO
 * (s->err_no set) or NF_ERR_NOMEM. */
nf_status nf_stream_fill(nf_stream *s, size_t want);
/* Makes room for n unconsumed bytes at once (a known file size), so
 * that filling does not grow the buffer step by step.  NF_ERR_NOMEM. */
nf_status nf_stream_reserve(nf_stream *s, size_t n);
/* Reads the next line keeping at most `max` bytes of it in memory.
 * *got = 0 at the end of input.  Returns NF_OK, NF_ERR_IO, NF_ERR_NOMEM.
 * Time is linear in the input, whatever the line lengths. */
nf_status nf_stream_next_line(nf_stream *s, size_t max, nf_line *line,
                              int *got);

/* ---- format.c: telling the format ------------------------------------- */

/* Decides the format of the stream from its first line (see format.c),
 * peeking at most max_line bytes past the leading white space; `name`
 * decides only when the first line is longer.  Consumes nothing.
 * Returns NF_OK, NF_ERR_IO (s->err_no) or NF_ERR_NOMEM. */
nf_status nf_ingest_detect_format(nf_stream *s, const char *name,
                                  size_t max_line, nf_format *fmt);

/* ---- walk.c: directories ------------------------------------------------ */

/* Lists directory `path`: the entries' full paths (path + "/" + name),
 * hidden names (leading '.') left out, sorted bytewise.  On failure
 * returns NF_ERR_IO with errno in *err_no, or NF_ERR_NOMEM.  Free the
 * list with nf_walk_free_list. */
nf_status nf_walk_list_dir(const char *path, char ***paths, size_t *n,
                           int *err_no);
void nf_walk_free_list(char **paths, size_t n);

/* A set of directories already read, by device and inode, so that
 * symbolic links can never make the walk loop. */
typedef struct nf_dirset {
    unsigned long long *keys;    /* pairs (dev, ino); 0,0 = empty slot     */
    size_t cap;                  /* slots (power of two)                   */
    size_t n;
} nf_dirset;

/* Adds (dev, ino); *added = 0 when it was already there.  NF_ERR_NOMEM. */
nf_status nf_dirset_add(nf_dirset *set, dev_t dev, ino_t ino, int *added);
void nf_dirset_free(nf_dirset *set);

/* ---- decode.c: raw bytes to UTF-8 --------------------------------------- */

/* Input bytes made UTF-8 (not yet clean: nf_utf8_clean repairs it).
 * After a conversion, the offsets of later diagnostics are offsets into
 * this UTF-8 form, not into the original bytes. */
typedef struct nf_decoded {
    const char *data;            /* the input itself or `owned`            */
    size_t len;
    char *owned;                 /* converted copy: free() it              */
    char charset[40];            /* what the bytes were read as            */
} nf_decoded;

/* Decides how the bytes of input `name` are text: UTF-32/UTF-16 by BOM
 * (or UTF-16 by its zero-byte pattern), UTF-8 when valid or when mostly
 * so, else the legacy charset ICU's detector names, converted to UTF-8
 * (at most max_out bytes).  Refuses binary data (NUL bytes, many control
 * bytes) with NF_ERR_BINARY and undecodable input with NF_ERR_ENCODING;
 * every refusal and conversion is reported through fn.  Other errors:
 * NF_ERR_NOMEM, NF_ERR_TOO_LARGE, NF_ERR_ICU. */
nf_status nf_ingest_decode(const char *data, size_t len, const char *name,
                           size_t max_out, nf_diag_fn fn, void *ctx,
                           nf_decoded *out);
/* Converts the bytes from the given charset (an ICU converter name) to
 * UTF-8, bad sequences replaced by U+FFFD (one warning says how many).
 * NF_ERR_ENCODING when ICU knows no such charset; NF_ERR_NOMEM,
 * NF_ERR_TOO_LARGE (max_out), NF_ERR_ICU. */
nf_status nf_ingest_decode_as(const char *data, size_t len,
                              const char *charset, const char *name,
                              size_t max_out, nf_diag_fn fn, void *ctx,
                              nf_decoded *d);
/* Frees what nf_ingest_decode allocated. */
void nf_decoded_free(nf_decoded *d);

/* ---- plain.c: a plain-text input ---------------------------------------- */

/* Where the title and the date of a clean text are. */
typedef struct nf_text_parts {
    char published[11];          /* "YYYY-MM-DD" or ""                     */
    size_t title_start, title_end;   /* equal when there is no title       */
    size_t label_start, label_end;   /* a section label dropped, or equal  */
    size_t body_start, body_end;     /* the body, trimmed                  */
    int bad_date;                /* a "date" line whose date is invalid    */
} nf_text_parts;

/* Splits clean text into date line, title and body (see plain.c for the
 * rules). */
void nf_text_split(const char *text, size_t len, nf_text_parts *parts);

/* Whether line [s, s+len) can be a title: short, no sentence-final
 * punctuation at its end, at least one letter or digit. */
int nf_title_like(const char *s, size_t len);

/* Makes the article of the plain-text input `name` of `len` raw bytes;
 * page residue is removed from its body (boilerplate.h) with the
 * templates of `bp` (may be NULL), which learns this body, keyed by the
 * input's folder.
 * *out is NULL when the input was refused (an error diagnostic was
 * emitted).  Returns an error only when out of memory. */
nf_status nf_ingest_text(const char *name, const char *data, size_t len,
                         const nf_reader_options *opts, nf_bp_model *bp,
                         nf_article **out);

/* ---- jsonl.c: one JSON Lines record ------------------------------------- */

/* Normalises an ISO 8601 date or date-time ("2025-02-19",
 * "2025-02-19T10:00:00Z", "2025-02-19 10:00") to "YYYY-MM-DD" in out.
 * Returns 1 when the date is valid, else 0. */
int nf_parse_iso_date(const char *s, size_t len, char out[11]);

/* Whether y-m-d is a date of the Gregorian calendar (years 1..9999). */
int nf_valid_ymd(int y, int m, int d);

/* Whether line [s, s+len) is one JSON object (format detection). */
int nf_jsonl_is_object_line(const char *s, size_t len);

/* Makes the article of record `line` (1-based, at input offset `offset`)
 * of JSON Lines input `name`.  *out is NULL when the record was skipped
 * (an error diagnostic was emitted).  Errors: NF_ERR_NOMEM only. */
nf_status nf_ingest_jsonl_record(const char *name, unsigned long line,
                                 unsigned long long offset, const char *rec,
                                 size_t len, const nf_reader_options *opts,
                                 nf_article **out);

/* ---- web.c: web pages ---------------------------------------------------- */

/* Makes the bytes of a page clean UTF-8, appended to out (at most max
 * bytes; 0 = out's own limit): the charset from the HTTP Content-Type
 * `ctype` (may be NULL), a BOM, the page's declaration, or detection
 * (see web.c).  Diagnostics go to fn naming `name`.  Errors as
 * nf_ingest_decode and nf_utf8_clean. */
nf_status nf_ingest_html_utf8(const char *data, size_t len, const char *ctype,
                              const char *name, size_t max, nf_diag_fn fn,
                              void *ctx, nf_buf *out);

/* Extracts the article of clean UTF-8 page `html` (text at most max
 * bytes; 0 = default); `url` (may be NULL) helps find the date. */
nf_status nf_ingest_web_text(const char *html, size_t len, const char *url,
                             size_t max, nf_html_result *r);

/* Copies the metadata of an extraction into the article's empty fields
 * (title, dates, authors, site, canonical URL, declared language). */
nf_status nf_ingest_web_fill(nf_article *a, const nf_html_result *r);

/* Makes the article of web page `name` (raw bytes; `ctype` the HTTP
 * Content-Type or NULL, `url` the page's URL or NULL).  *out is NULL
 * when the page was refused or held no article (an error diagnostic was
 * emitted).  Errors: NF_ERR_NOMEM only. */
nf_status nf_ingest_html(const char *name, const char *data, size_t len,
                         const char *ctype, const char *url,
                         const nf_reader_options *opts, nf_article **out);

/* ---- web_read.c: feeds and WARC archives -------------------------------- */

/* What the reader keeps while a feed's items or an archive's records
 * are handed out. */
typedef struct nf_web_state {
    struct nf_warc *warc;        /* the archive being read, or NULL        */
    nf_stream s;                 /* its stream                             */
    char *name, *data;           /* its name and buffer (owned)            */
    nf_article **pend;           /* feed articles not yet handed out       */
    size_t pn, ppos;
    unsigned long long bytes;    /* input bytes of archives ended          */
} nf_web_state;

/* Whether articles remain to be handed out (an archive is open or feed
 * items wait). */
int nf_web_busy(const nf_web_state *w);
/* Starts streaming the WARC archive of stream s (taken, with name and
 * data).  NF_ERR_NOMEM only. */
nf_status nf_web_start_warc(nf_web_state *w, nf_stream *s, char *name,
                            char *data, const nf_reader_options *opts);
/* Reads feed `name` whole: the first item's article in *out, the others
 * kept for nf_web_next.  A feed that cannot be read is reported and
 * counted in *failed.  NF_ERR_NOMEM only. */
nf_status nf_web_read_feed(nf_web_state *w, const char *name,
                           const char *data, size_t len,
                           const nf_reader_options *opts, nf_article **out,
                           unsigned long *failed);
/* The next article of the feed or archive (*out NULL when it ended);
 * records that fail are counted in *failed.  NF_ERR_NOMEM only. */
nf_status nf_web_next(nf_web_state *w, const nf_reader_options *opts,
                      nf_article **out, unsigned long *failed);
/* Ends what is open; the bytes an archive read are added to w->bytes. */
void nf_web_end(nf_web_state *w);

/* Makes the article of one feed item (see feed.h); *out NULL when it
 * holds no text (a note is emitted).  NF_ERR_NOMEM only. */
struct nf_feed_item;
nf_status nf_ingest_feed_item(const char *name,
                              const struct nf_feed_item *it,
                              const nf_reader_options *opts, nf_article **out);

/* ---- html_strip.c: interim HTML body ------------------------------------ */

/* Appends the text of HTML `html` to `out`: tags removed, <script>,
 * <style> and comments dropped with their contents, block-level tags
 * turned into line breaks, white space collapsed, the basic named
 * entities and numeric character references decoded.  Bounded by the
 * end pointer; linear time.  NF_ERR_NOMEM / NF_ERR_TOO_LARGE (out's
 * limit) only. */
nf_status nf_html_strip(const char *html, size_t len, nf_buf *out);

#endif
