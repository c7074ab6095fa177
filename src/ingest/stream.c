/* stream.c - a bounded, peekable byte stream over a file descriptor or a
 * memory buffer.
 *
 * The reader must look at the start of an input before it knows how to
 * read it (format detection), then either take the whole input (plain
 * text, up to a limit) or go through it line by line (JSON Lines, any
 * size).  The stream keeps the bytes read but not yet consumed in one
 * buffer that grows only as far as the caller asks, so memory is bounded
 * by the longest line kept, never by the input.  Line search resumes
 * where it stopped, so a 50 MB line costs linear time.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Bytes asked of read() at a time, and the smallest buffer. */
#define NF_STREAM_CHUNK ((size_t)64 * 1024)
/* Below this much free room the buffer is compacted or grown first. */
#define NF_STREAM_MIN_READ ((size_t)4096)

void nf_stream_init_fd(nf_stream *s, int fd, int close_fd)
{
    assert(s && fd >= 0);
    memset(s, 0, sizeof *s);
    s->fd = fd;
    s->close_fd = close_fd;
}

void nf_stream_init_mem(nf_stream *s, const char *data, size_t len)
{
    assert(s && (data || len == 0));
    memset(s, 0, sizeof *s);
    s->fd = -1;
    s->buf = (char *)data;
    s->cap = len;
    s->end = len;
    s->read = len;
    s->eof = 1;
    s->borrowed = 1;
}

void nf_stream_close(nf_stream *s)
{
    assert(s);
    if (!s->borrowed)
        free(s->buf);
    s->buf = NULL;
    s->borrowed = 0;
    s->cap = s->start = s->end = s->scan = 0;
    if (s->fd >= 0 && s->close_fd)
        close(s->fd);
    s->fd = -1;
    s->eof = 1;
}

/* Makes room for `room` more bytes after s->end, moving the unconsumed
 * bytes to the front of the buffer first.  NF_ERR_NOMEM on failure. */
static nf_status make_room(nf_stream *s, size_t room)
{
    if (s->start > 0) {
        size_t keep = s->end - s->start;
        memmove(s->buf, s->buf + s->start, keep);
        s->base += s->start;
        s->scan -= s->scan >= s->start ? s->start : s->scan;
        s->end = keep;
        s->start = 0;
    }
    if (s->cap - s->end >= room)
        return NF_OK;
    size_t need = s->end + room;
    if (need < s->end)
        return NF_ERR_NOMEM;
    size_t cap = s->cap ? s->cap : NF_STREAM_CHUNK;
    while (cap < need) {
        if (cap > ((size_t)-1) / 2)
            return NF_ERR_NOMEM;
        cap *= 2;
    }
    char *p = realloc(s->buf, cap);
    if (!p)
        return NF_ERR_NOMEM;
    s->buf = p;
    s->cap = cap;
    return NF_OK;
}

/* Reads once into the free room of the buffer (made at least one chunk
 * when less than NF_STREAM_MIN_READ is free).
 * Sets eof at the end of input.  NF_ERR_IO / NF_ERR_NOMEM. */
static nf_status read_some(nf_stream *s)
{
    if (s->eof)
        return NF_OK;
    if (s->cap - s->end < NF_STREAM_MIN_READ) {
        nf_status st = make_room(s, NF_STREAM_CHUNK);
        if (st)
            return st;
    }
    for (;;) {
        ssize_t n = read(s->fd, s->buf + s->end, s->cap - s->end);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            s->err_no = errno;
            s->eof = 1;
            return NF_ERR_IO;
        }
        if (n == 0)
            s->eof = 1;
        s->end += (size_t)n;
        s->read += (unsigned long long)n;
        return NF_OK;
    }
}

nf_status nf_stream_reserve(nf_stream *s, size_t n)
{
    assert(s);
    if (s->borrowed || s->eof || s->cap - s->start >= n)
        return NF_OK;
    /* The slack lets the read that meets the end of input find room. */
    return make_room(s, n - (s->end - s->start) + NF_STREAM_MIN_READ);
}

nf_status nf_stream_fill(nf_stream *s, size_t want)
{
    assert(s);
    while (!s->eof && s->end - s->start < want) {
        nf_status st = read_some(s);
        if (st)
            return st;
    }
    return NF_OK;
}

/* Hands out the line s->buf[s->start..stop) (at `offset` in the input,
 * after `dropped` bytes already forgotten) as `line`: overlong, without its
 * bytes, when `skipping` or longer than `max`; a final CR is not part of
 * it.  The stream goes on at `next`. */
static void take_line(nf_stream *s, size_t stop, size_t next,
                      unsigned long long offset, size_t dropped, int skipping,
                      size_t max, nf_line *line)
{
    assert(s->start <= stop && stop <= next && next <= s->end);
    size_t len = stop - s->start;
    line->offset = offset;
    line->full_len = dropped + len;
    if (skipping || line->full_len > max) {
        line->overlong = 1;
    } else {
        line->data = s->buf + s->start;
        line->len = len;
        if (len > 0 && line->data[len - 1] == '\r')
            line->len--;
    }
    s->start = s->scan = next;
}

nf_status nf_stream_next_line(nf_stream *s, size_t max, nf_line *line,
                              int *got)
{
    assert(s && line && got);
    memset(line, 0, sizeof *line);
    *got = 0;
    if (s->scan < s->start)
        s->scan = s->start;
    int skipping = 0;            /* the line outgrew max: drop its bytes */
    size_t dropped = 0;
    unsigned long long offset = s->base + s->start;

    for (;;) {
        char *nl = NULL;
        if (s->scan < s->end)
            nl = memchr(s->buf + s->scan, '\n', s->end - s->scan);
        if (nl) {
            size_t stop = (size_t)(nl - s->buf);
            take_line(s, stop, stop + 1, offset, dropped, skipping, max, line);
            *got = 1;
            return NF_OK;
        }
        if (s->eof) {
            size_t len = s->end - s->start;
            if (len == 0 && !skipping)
                return NF_OK;  /* nothing left */
            take_line(s, s->end, s->end, offset, dropped, skipping, max, line);
            *got = 1;
            return NF_OK;
        }
        if (s->end - s->start > max) {
            /* Too long to keep: forget what was read of it. */
            skipping = 1;
            dropped += s->end - s->start;
            s->start = s->scan = s->end;
        } else {
            s->scan = s->end;
        }
        nf_status st = read_some(s);
        if (st)
            return st;
    }
}
