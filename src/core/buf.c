/* buf.c - growable byte buffer with a maximum size.
 *
 * Growth doubles the capacity (at least 64 bytes) but never past `max`
 * plus the terminating NUL, so a hostile input cannot make one buffer
 * take unbounded memory. */
#include "buf.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nf_buf_init(nf_buf *b, size_t max)
{
    assert(b);
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max ? max : NF_BUF_DEFAULT_MAX;
}

void nf_buf_free(nf_buf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void nf_buf_reset(nf_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

nf_status nf_buf_reserve(nf_buf *b, size_t extra)
{
    if (extra > b->max || b->len > b->max - extra)
        return NF_ERR_TOO_LARGE;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return NF_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > (SIZE_MAX / 2) ? need : cap * 2;
    if (cap > b->max + 1)
        cap = b->max + 1;
    char *p = realloc(b->data, cap);
    if (!p)
        return NF_ERR_NOMEM;
    b->data = p;
    b->cap = cap;
    return NF_OK;
}

nf_status nf_buf_append(nf_buf *b, const void *p, size_t n)
{
    nf_status st = nf_buf_reserve(b, n);
    if (st)
        return st;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return NF_OK;
}

nf_status nf_buf_putc(nf_buf *b, char c)
{
    return nf_buf_append(b, &c, 1);
}

nf_status nf_buf_puts(nf_buf *b, const char *s)
{
    return nf_buf_append(b, s, strlen(s));
}

nf_status nf_buf_vprintf(nf_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NF_ERR_INVALID_ARG;
    nf_status st = nf_buf_reserve(b, (size_t)n);
    if (st)
        return st;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return NF_OK;
}

nf_status nf_buf_printf(nf_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    nf_status st = nf_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return st;
}

nf_status nf_buf_put_utf8(nf_buf *b, unsigned cp)
{
    unsigned char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | (cp >> 6));
        u[1] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (unsigned char)(0xE0 | (cp >> 12));
        u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        assert(cp <= 0x10FFFF);
        u[0] = (unsigned char)(0xF0 | (cp >> 18));
        u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return nf_buf_append(b, u, n);
}

const char *nf_buf_cstr(const nf_buf *b)
{
    return b->data ? b->data : "";
}

char *nf_buf_detach(nf_buf *b, size_t *len)
{
    char *p = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}
