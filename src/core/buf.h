/* buf.h - growable byte buffer with a maximum size (after curl's dynbuf).
 *
 * The contents are always NUL-terminated once anything was added, so
 * b->data can be used as a C string; the NUL is not counted in len.  An
 * append that would exceed `max` fails with NF_ERR_TOO_LARGE and leaves
 * the buffer unchanged. */
#ifndef NF_CORE_BUF_H
#define NF_CORE_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include "newsfold/error.h"

typedef struct nf_buf {
    char *data;   /* NULL until the first append */
    size_t len;
    size_t cap;
    size_t max;   /* largest allowed len */
} nf_buf;

#define NF_BUF_DEFAULT_MAX ((size_t)1 << 31)

/* Initialises an empty buffer allowed to grow to `max` bytes (0 = default). */
void nf_buf_init(nf_buf *b, size_t max);
/* Releases the memory; the buffer is empty and reusable afterwards. */
void nf_buf_free(nf_buf *b);
/* Empties the buffer, keeping its memory. */
void nf_buf_reset(nf_buf *b);
/* Ensures room for `extra` more bytes (plus the NUL). */
nf_status nf_buf_reserve(nf_buf *b, size_t extra);
nf_status nf_buf_append(nf_buf *b, const void *p, size_t n);
nf_status nf_buf_putc(nf_buf *b, char c);
nf_status nf_buf_puts(nf_buf *b, const char *s);
nf_status nf_buf_printf(nf_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
nf_status nf_buf_vprintf(nf_buf *b, const char *fmt, va_list ap);
/* Appends the UTF-8 encoding of code point `cp` (must be valid). */
nf_status nf_buf_put_utf8(nf_buf *b, unsigned cp);
/* Returns the contents as a C string ("" when empty); never NULL. */
const char *nf_buf_cstr(const nf_buf *b);
/* Hands the memory to the caller (free() it) and empties the buffer.
 * Returns NULL when the buffer had never been written. */
char *nf_buf_detach(nf_buf *b, size_t *len);

#endif
