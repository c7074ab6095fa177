/* warc.c - WARC records from a byte stream, gzip or not (see warc.h).
 *
 * The stream is read through a 64 KB window.  When the first bytes are
 * the gzip magic, the window is filled by zlib's inflate instead, and
 * at the end of each gzip member inflate is reset to continue with the
 * next one (a .warc.gz is a series of members, usually one per record).
 * Header lines are limited to 64 KB (longer ones are an error of the
 * archive), blocks to max_record (larger ones are read through and
 * dropped).  Between records, anything that is not a "WARC/" line is
 * skipped for at most NF_WARC_RESYNC bytes, so a record whose
 * Content-Length lies does not end the archive.
 */
#include "warc/warc.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "core/buf.h"

#define NF_WARC_WINDOW ((size_t)64 * 1024)
#define NF_WARC_MAX_LINE ((size_t)64 * 1024)
#define NF_WARC_DEFAULT_MAX ((size_t)64 << 20)
/* Bytes of junk skipped between records looking for the next one. */
#define NF_WARC_RESYNC ((unsigned long long)16 << 20)

struct nf_warc {
    nf_warc_read_fn fn;
    void *ctx;
    size_t max_record;
    int started, gz, eof, z_ready;
    z_stream zs;
    unsigned char *in;          /* compressed bytes (gzip mode)        */
    char *win;                  /* stream bytes                        */
    size_t wpos, wend;
    unsigned long long pos;     /* stream offset of win[wpos]          */
    nf_buf line, block;
    unsigned long index;
    char type[32], target[4096], date[64], ctype[256];
};

nf_warc *nf_warc_new(nf_warc_read_fn fn, void *ctx, size_t max_record)
{
    assert(fn);
    nf_warc *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->fn = fn;
    w->ctx = ctx;
    w->max_record = max_record ? max_record : NF_WARC_DEFAULT_MAX;
    w->in = malloc(NF_WARC_WINDOW);
    w->win = malloc(NF_WARC_WINDOW);
    if (!w->in || !w->win) {
        nf_warc_free(w);
        return NULL;
    }
    nf_buf_init(&w->line, NF_WARC_MAX_LINE);
    nf_buf_init(&w->block, w->max_record);
    return w;
}

void nf_warc_free(nf_warc *w)
{
    if (!w)
        return;
    if (w->z_ready)
        inflateEnd(&w->zs);
    free(w->in);
    free(w->win);
    nf_buf_free(&w->line);
    nf_buf_free(&w->block);
    free(w);
}

int nf_warc_sniff(const char *data, size_t len)
{
    return (len >= 2 && (unsigned char)data[0] == 0x1F &&
            (unsigned char)data[1] == 0x8B) ||
           (len >= 7 && memcmp(data, "WARC/1.", 7) == 0) ||
           (len >= 5 && len < 7 && memcmp(data, "WARC/", 5) == 0);
}

/* Refills the window when it is empty.  At the end w->eof is set. */
static nf_status fill(nf_warc *w)
{
    if (w->wpos < w->wend || w->eof)
        return NF_OK;
    w->wpos = w->wend = 0;  /* w->pos already counts the consumed bytes */
    size_t got;
    nf_status st;
    if (!w->started) {
        w->started = 1;
        if ((st = w->fn(w->ctx, (char *)w->in, NF_WARC_WINDOW, &got)))
            return st;
        if (got >= 2 && w->in[0] == 0x1F && w->in[1] == 0x8B) {
            w->gz = 1;
            if (inflateInit2(&w->zs, 16 + MAX_WBITS) != Z_OK)
                return NF_ERR_NOMEM;
            w->z_ready = 1;
            w->zs.next_in = w->in;
            w->zs.avail_in = (uInt)got;
        } else {
            memcpy(w->win, w->in, got);
            w->wend = got;
            w->eof = got == 0;
            return NF_OK;
        }
    }
    if (!w->gz) {
        if ((st = w->fn(w->ctx, w->win, NF_WARC_WINDOW, &got)))
            return st;
        w->wend = got;
        w->eof = got == 0;
        return NF_OK;
    }
    for (;;) {
        if (w->zs.avail_in == 0) {
            if ((st = w->fn(w->ctx, (char *)w->in, NF_WARC_WINDOW, &got)))
                return st;
            if (got == 0) {
                w->eof = 1;
                return NF_OK;  /* a cut last member ends the stream */
            }
            w->zs.next_in = w->in;
            w->zs.avail_in = (uInt)got;
        }
        w->zs.next_out = (unsigned char *)w->win;
        w->zs.avail_out = (uInt)NF_WARC_WINDOW;
        int rc = inflate(&w->zs, Z_NO_FLUSH);
        size_t produced = NF_WARC_WINDOW - w->zs.avail_out;
        if (rc == Z_STREAM_END) {
            inflateReset(&w->zs);  /* the next member follows */
        } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT) {
            return NF_ERR_ENCODING;
        } else if (rc == Z_MEM_ERROR) {
            return NF_ERR_NOMEM;
        }
        if (produced) {
            w->wend = produced;
            return NF_OK;
        }
    }
}

/* Reads one line (without CRLF/LF) into w->line; *got = 0 at the end.
 * A line over the limit is NF_ERR_FORMAT; NF_ERR_NOMEM, NF_ERR_IO. */
static nf_status read_line(nf_warc *w, int *got)
{
    nf_buf_reset(&w->line);
    *got = 0;
    for (;;) {
        nf_status st = fill(w);
        if (st)
            return st;
        if (w->wpos == w->wend) {
            *got = w->line.len > 0;
            return NF_OK;
        }
        *got = 1;
        const char *p = w->win + w->wpos;
        size_t avail = w->wend - w->wpos;
        const char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        st = nf_buf_append(&w->line, p, take);
        if (st)   /* a line over the limit is the archive's fault */
            return st == NF_ERR_NOMEM ? st : NF_ERR_FORMAT;
        w->wpos += take + (nl != NULL);
        w->pos += take + (nl != NULL);
        if (nl)
            break;
    }
    if (w->line.len && w->line.data[w->line.len - 1] == '\r')
        w->line.data[--w->line.len] = '\0';
    return NF_OK;
}

/* Reads n block bytes, kept in w->block when keep, else dropped. */
static nf_status read_block(nf_warc *w, unsigned long long n, int keep,
                            unsigned long long *got)
{
    nf_buf_reset(&w->block);
    *got = 0;
    while (*got < n) {
        nf_status st = fill(w);
        if (st)
            return st;
        size_t avail = w->wend - w->wpos;
        if (avail == 0)
            return NF_OK;  /* cut short: the caller reports */
        size_t take = n - *got < avail ? (size_t)(n - *got) : avail;
        if (keep && (st = nf_buf_append(&w->block, w->win + w->wpos, take)))
            return st;
        w->wpos += take;
        w->pos += take;
        *got += take;
    }
    return NF_OK;
}

/* Copies the value of header line "Name: value" if it is `name`. */
static int header(const char *line, const char *name, char *out, size_t size)
{
    size_t n = strlen(name);
    if (strncasecmp(line, name, n) != 0 || line[n] != ':')
        return 0;
    const char *v = line + n + 1;
    while (*v == ' ' || *v == '\t')
        v++;
    size_t k = strlen(v);
    while (k && (v[k - 1] == ' ' || v[k - 1] == '\t'))
        k--;
    if (k >= size)
        k = size - 1;
    memcpy(out, v, k);
    out[k] = '\0';
    return 1;
}

nf_status nf_warc_next(nf_warc *w, nf_warc_record *rec, int *got,
                       unsigned long long *err_offset)
{
    assert(w && rec && got);
    memset(rec, 0, sizeof *rec);
    *got = 0;
    nf_status st;
    int have;
    /* Find the version line, skipping blank lines and (bounded) junk. */
    unsigned long long start = w->pos, skipped = 0;
    for (;;) {
        start = w->pos;
        if ((st = read_line(w, &have))) {
            if (err_offset)
                *err_offset = start;
            return st;
        }
        if (!have)
            return NF_OK;
        if (w->line.len >= 5 && memcmp(w->line.data, "WARC/", 5) == 0)
            break;
        skipped += w->line.len + 1;
        if (w->line.len > 0 && skipped > NF_WARC_RESYNC) {
            if (err_offset)
                *err_offset = start;
            return NF_ERR_FORMAT;
        }
    }
    w->type[0] = w->target[0] = w->date[0] = w->ctype[0] = '\0';
    char clen[32] = "";
    for (;;) {
        if ((st = read_line(w, &have))) {
            if (err_offset)
                *err_offset = w->pos;
            return st;
        }
        if (!have || w->line.len == 0)
            break;
        const char *l = w->line.data;
        if (!header(l, "WARC-Type", w->type, sizeof w->type) &&
            !header(l, "WARC-Target-URI", w->target, sizeof w->target) &&
            !header(l, "WARC-Date", w->date, sizeof w->date) &&
            !header(l, "Content-Type", w->ctype, sizeof w->ctype))
            header(l, "Content-Length", clen, sizeof clen);
    }
    char *end = NULL;
    unsigned long long n = strtoull(clen, &end, 10);
    if (!clen[0] || (end && *end)) {
        if (err_offset)
            *err_offset = start;
        return NF_ERR_FORMAT;
    }
    int keep = n <= w->max_record;
    unsigned long long read = 0;
    if ((st = read_block(w, n, keep, &read))) {
        if (err_offset)
            *err_offset = w->pos;
        return st;
    }
    w->index++;
    rec->type = w->type;
    rec->target = w->target;
    rec->date = w->date;
    rec->content_type = w->ctype;
    rec->length = n;
    rec->offset = start;
    rec->index = w->index;
    rec->too_large = !keep;
    if (keep) {
        rec->block = nf_buf_cstr(&w->block);
        rec->block_len = w->block.len;
    }
    *got = 1;
    if (read < n && err_offset)
        *err_offset = w->pos;
    return read < n ? NF_ERR_FORMAT : NF_OK;
}

/* Whether s contains needle, ASCII letters compared without case. */
static int ci_has(const char *s, const char *needle)
{
    size_t n = strlen(needle);
    for (; *s; s++)
        if (strncasecmp(s, needle, n) == 0)
            return 1;
    return 0;
}

/* Inflates gzip or zlib data into a new buffer of at most max bytes;
 * NULL when corrupt or over the limit, and also when out of memory, which
 * then sets *oom. */
static char *inflate_all(const char *data, size_t len, size_t max,
                         size_t *out_len, int *oom)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    *oom = 0;
    int irc = inflateInit2(&zs, 32 + MAX_WBITS);
    if (irc != Z_OK) {
        *oom = irc == Z_MEM_ERROR;
        return NULL;
    }
    nf_buf b;
    nf_buf_init(&b, max);
    zs.next_in = (unsigned char *)(uintptr_t)data;
    zs.avail_in = (uInt)len;
    char chunk[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = (unsigned char *)chunk;
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        size_t n = sizeof chunk - zs.avail_out;
        nf_status st;
        if ((rc == Z_OK || rc == Z_STREAM_END) && (st = nf_buf_append(&b, chunk, n))) {
            *oom = st == NF_ERR_NOMEM;   /* else over the limit */
            rc = Z_BUF_ERROR;
        }
        if (rc == Z_MEM_ERROR)
            *oom = 1;
        if (rc == Z_OK && n == 0 && zs.avail_in == 0)
            break;
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END && rc != Z_OK) {
        nf_buf_free(&b);
        return NULL;
    }
    char *p = nf_buf_detach(&b, out_len);
    if (!p && !(p = calloc(1, 1)))
        *oom = 1;
    return p;
}

int nf_http_parse(const char *block, size_t len, nf_http *h, char **scratch)
{
    assert(h && scratch);
    memset(h, 0, sizeof *h);
    *scratch = NULL;
    if (len < 12 || memcmp(block, "HTTP/", 5) != 0)
        return 0;
    const char *end = block + len, *p = memchr(block, ' ', len);
    if (!p)
        return 0;
    h->status = atoi(p + 1);
    int chunked = 0, gzipped = 0;
    const char *line = memchr(block, '\n', len);
    while (line && line < end) {
        line++;
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
        if (n && line[n - 1] == '\r')
            n--;
        if (n == 0) {
            h->payload = nl ? nl + 1 : end;
            break;
        }
        char l[512];
        size_t k = n < sizeof l - 1 ? n : sizeof l - 1;
        memcpy(l, line, k);
        l[k] = '\0';
        char v[128];
        if (header(l, "Content-Type", v, sizeof v))
            memcpy(h->content_type, v, sizeof v);
        else if (header(l, "Transfer-Encoding", v, sizeof v))
            chunked = ci_has(v, "chunked");
        else if (header(l, "Content-Encoding", v, sizeof v))
            gzipped = ci_has(v, "gzip") || ci_has(v, "deflate");
        line = nl;
    }
    if (!h->payload)
        h->payload = end;
    h->payload_len = (size_t)(end - h->payload);
    if (chunked) {
        /* size CRLF data CRLF ... 0 CRLF; a bad size ends the payload. */
        char *out = malloc(h->payload_len + 1);
        if (!out)
            return -1;
        size_t o = 0;
        const char *q = h->payload;
        while (q < end) {
            char *e = NULL;
            unsigned long sz = strtoul(q, &e, 16);
            if (e == q || !e)
                break;
            const char *nl = memchr(e, '\n', (size_t)(end - e));
            if (!nl || sz == 0)
                break;
            q = nl + 1;
            if (sz > (size_t)(end - q))
                sz = (size_t)(end - q);
            memcpy(out + o, q, sz);
            o += sz;
            q += sz;
            while (q < end && (*q == '\r' || *q == '\n'))
                q++;
        }
        out[o] = '\0';
        *scratch = out;
        h->payload = out;
        h->payload_len = o;
    }
    if (gzipped) {
        size_t n = 0;
        int oom;
        char *z = inflate_all(h->payload, h->payload_len, len * 20 + 65536, &n, &oom);
        free(*scratch);
        *scratch = z;
        if (oom)
            return -1;   /* *scratch is NULL: nothing to free */
        h->payload = z ? z : "";
        h->payload_len = z ? n : 0;
    }
    return 1;
}
