/* utf8.c - strict UTF-8 decoding and the repair that makes clean text.
 *
 * The decoder follows the Unicode standard's table of well-formed byte
 * sequences (chapter 3, table 3-7): no overlong forms, no surrogates,
 * nothing past U+10FFFF.  A bad sequence is replaced by one U+FFFD per
 * "maximal subpart", which is what browsers and ICU do, so the same
 * bytes always give the same clean text.
 *
 * nf_utf8_clean is the first thing every input goes through, so it is
 * built for speed: it scans runs of bytes that need no change (printable
 * ASCII eight bytes at a time, well-formed multi-byte sequences through
 * an inline check) and copies each run with one memcpy; only CR,
 * controls, a BOM and invalid sequences break a run.  Line numbers, which
 * only the diagnostics need, are counted when a repair is reported.
 * nf_utf8_valid and nf_utf8_as_is use the same scan, so a page that needs
 * no repair is checked in one pass and need not be copied at all.  Time
 * is linear in the input and does not depend on line length.
 */
#include "text/text.h"

#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "core/diag.h"

/* Diagnostics given one by one before the summary takes over. */
#define NF_UTF8_MAX_DIAGS 10

/* Byte classes for the fast path of nf_utf8_clean. */
enum {
    NF_CL_PLAIN = 0, /* printable ASCII or TAB: copied as is         */
    NF_CL_LF,        /* line feed: copied, starts a new line          */
    NF_CL_CR,        /* carriage return: becomes LF                   */
    NF_CL_CTRL,      /* other C0 control or DEL: dropped              */
    NF_CL_MULTI      /* >= 0x80: decoded                              */
};

/* Class of each ASCII byte (bytes >= 0x80 are NF_CL_MULTI); the
 * zero default is NF_CL_PLAIN. */
#define C NF_CL_CTRL
static const unsigned char nf_ascii_class[128] = {
    C, C, C, C, C, C, C, C, C, NF_CL_PLAIN, NF_CL_LF, C, C, NF_CL_CR, C, C,
    C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
    [127] = C
};
#undef C

/* Returns the NF_CL_* class of byte c. */
static inline unsigned char byte_class(unsigned char c)
{
    return c >= 0x80 ? NF_CL_MULTI : nf_ascii_class[c];
}

static const char nf_fffd[3] = { (char)0xEF, (char)0xBF, (char)0xBD };

/* Whether a decode of n bytes at p giving cp was a repair (as opposed to
 * a U+FFFD actually written in the source). */
static inline int is_invalid(const char *p, size_t n, unsigned cp)
{
    return cp == 0xFFFD && !(n == 3 && memcmp(p, nf_fffd, 3) == 0);
}

size_t nf_utf8_decode(const char *s, const char *end, unsigned *cp)
{
    assert(s && end && s < end && cp);
    const unsigned char *p = (const unsigned char *)s;
    size_t avail = (size_t)(end - s);
    unsigned c = p[0];

    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    /* Expected length and the allowed range of the second byte. */
    size_t need;
    unsigned lo = 0x80, hi = 0xBF, v;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;  /* no overlongs */
        else if (c == 0xED)
            hi = 0x9F;  /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;  /* no overlongs */
        else if (c == 0xF4)
            hi = 0x8F;  /* nothing past U+10FFFF */
    } else {
        /* 80..BF (stray continuation), C0/C1 (always overlong), F5..FF. */
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < need; i++) {
        if (i >= avail) {
            *cp = 0xFFFD;  /* truncated: the whole prefix is one subpart */
            return i;
        }
        unsigned b = p[i];
        unsigned blo = i == 1 ? lo : 0x80, bhi = i == 1 ? hi : 0xBF;
        if (b < blo || b > bhi) {
            *cp = 0xFFFD;
            return i;
        }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need;
}

/* Length (2..4) of the well-formed multi-byte sequence at p (p < end,
 * *p >= 0x80), or 0 when it is not well-formed (table 3-7). */
static inline size_t multi_len(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0];
    size_t avail = (size_t)(end - p);
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[2] & 0xC0) != 0x80)
            return 0;
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return p[1] >= lo && p[1] <= hi ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return p[1] >= lo && p[1] <= hi ? 4 : 0;
    }
    return 0;
}

#define NF_ONES ((uint64_t)0x0101010101010101u)
#define NF_HIGH ((uint64_t)0x8080808080808080u)

/* The first byte at or after p (up to end) that nf_utf8_clean would
 * change or drop: an invalid sequence, a C0 control other than TAB and
 * LF (so also CR), DEL, or a C1 control; end when there is none.  When
 * `any_ascii` is set, every ASCII byte passes (validity alone). */
static const char *scan_clean(const char *s, const char *e, int any_ascii)
{
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *end = (const unsigned char *)e;
    while (p < end) {
        /* Eight bytes at a time while they are printable ASCII (or any
         * ASCII, for `any_ascii`). */
        while (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            uint64_t bad = w & NF_HIGH;
            if (!any_ascii)
                bad |= ((w - NF_ONES * 0x20) & ~w & NF_HIGH) |  /* < 0x20  */
                       ((w + NF_ONES * 1) & NF_HIGH);           /* >= 0x7F */
            if (bad)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        unsigned c = *p;
        if (c < 0x80) {
            if (!any_ascii && byte_class((unsigned char)c) != NF_CL_PLAIN &&
                c != '\n')
                return (const char *)p;
            p++;
            continue;
        }
        size_t n = multi_len(p, end);
        if (n == 0 || (!any_ascii && c == 0xC2 && p[1] <= 0x9F))
            return (const char *)p;  /* invalid, or a C1 control */
        p += n;
    }
    return (const char *)end;
}

int nf_utf8_valid(const char *s, size_t len)
{
    assert(s || len == 0);
    return len == 0 || scan_clean(s, s + len, 1) == s + len;
}

int nf_utf8_as_is(const char *s, size_t len)
{
    assert(s || len == 0);
    if (len >= 3 && (unsigned char)s[0] == 0xEF &&
        (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
        return 0;
    return len == 0 || scan_clean(s, s + len, 0) == s + len;
}

/* State of one nf_utf8_clean run, for the diagnostics. */
typedef struct clean_state {
    const char *file;
    nf_diag_fn fn;
    void *ctx;
    unsigned long line;      /* 1-based line at `counted`             */
    const char *counted;     /* line ends before it are in `line`     */
    size_t n_invalid;        /* invalid sequences replaced */
    size_t n_controls;       /* control characters dropped */
} clean_state;

/* Brings st->line up to position p (>= st->counted): counts the LFs in
 * between (a CR is counted where it is repaired). */
static void sync_lines(clean_state *st, const char *p)
{
    const char *q = st->counted;
    while (q < p && (q = memchr(q, '\n', (size_t)(p - q))) != NULL) {
        st->line++;
        q++;
    }
    st->counted = p;
}

/* Counts one invalid sequence of n (1..3) bytes at byte `off` of src and
 * reports it while fewer than NF_UTF8_MAX_DIAGS repairs were reported. */
static void report_invalid(clean_state *st, const char *src, size_t off,
                           size_t n)
{
    st->n_invalid++;
    if (!st->fn || st->n_invalid + st->n_controls > NF_UTF8_MAX_DIAGS)
        return;
    sync_lines(st, src + off);
    char msg[3 * 4 + 1];
    size_t m = 0;
    for (size_t i = 0; i < n && i < 4; i++) {
        static const char digits[] = "0123456789ABCDEF";
        unsigned char b = (unsigned char)src[off + i];
        if (i)
            msg[m++] = ' ';
        msg[m++] = digits[b >> 4];
        msg[m++] = digits[b & 15];
    }
    msg[m] = '\0';
    nf_diag_emit(st->fn, st->ctx, NF_SEV_NOTE, NF_ERR_ENCODING, st->file,
                 st->line, (unsigned long long)off,
                 "invalid UTF-8 sequence (bytes %s) replaced by U+FFFD", msg);
}

/* Counts one dropped control character `cp` at byte `off` of src and
 * reports it
 * while fewer than NF_UTF8_MAX_DIAGS repairs were reported. */
static void report_control(clean_state *st, const char *src, size_t off,
                           unsigned cp)
{
    st->n_controls++;
    if (!st->fn || st->n_invalid + st->n_controls > NF_UTF8_MAX_DIAGS)
        return;
    sync_lines(st, src + off);
    nf_diag_emit(st->fn, st->ctx, NF_SEV_NOTE, NF_ERR_ENCODING, st->file,
                 st->line, (unsigned long long)off,
                 "control character U+%04X dropped", cp);
}

nf_status nf_utf8_clean(const char *src, size_t len, nf_buf *out,
                        const char *file, nf_diag_fn fn, void *ctx,
                        size_t *n_repairs)
{
    assert(out && (src || len == 0));
    clean_state st = { file, fn, ctx, 1, src, 0, 0 };
    const char *end = src + len;
    const char *p = src;
    nf_status rc = NF_OK;

    if (n_repairs)
        *n_repairs = 0;
    if (len >= 3 && (unsigned char)p[0] == 0xEF &&
        (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3;
    /* Usually the output is as long as the input: one allocation. */
    if (len > 0) {
        size_t room = out->max - out->len;
        rc = nf_buf_reserve(out, len < room ? len : room);
        if (rc)
            return rc;
    }

    while (p < end) {
        /* A run of bytes that stay as they are. */
        const char *run = p;
        p = scan_clean(p, end, 0);
        if (p > run && (rc = nf_buf_append(out, run, (size_t)(p - run))))
            return rc;
        if (p >= end)
            break;

        /* p is at a byte that needs a repair. */
        unsigned char k = byte_class((unsigned char)*p);
        size_t off = (size_t)(p - src);
        if (k == NF_CL_CR) {
            if ((rc = nf_buf_putc(out, '\n')))
                return rc;
            sync_lines(&st, p);
            p++;
            if (p < end && *p == '\n')
                p++;
            st.line++;
            st.counted = p;
        } else if (k == NF_CL_CTRL) {
            report_control(&st, src, off, (unsigned char)*p);
            p++;
        } else {
            unsigned cp;
            size_t n = nf_utf8_decode(p, end, &cp);
            if (is_invalid(p, n, cp)) {
                report_invalid(&st, src, off, n);
                if ((rc = nf_buf_append(out, nf_fffd, 3)))
                    return rc;
            } else {
                report_control(&st, src, off, cp);  /* C1 */
            }
            p += n;
        }
    }

    size_t total = st.n_invalid + st.n_controls;
    if (total > NF_UTF8_MAX_DIAGS)
        nf_diag_emit(fn, ctx, NF_SEV_WARNING, NF_ERR_ENCODING, file, 0,
                     NF_NO_OFFSET,
                     "%zu repairs in total: %zu invalid UTF-8 sequences "
                     "replaced by U+FFFD, %zu control characters dropped "
                     "(only the first %d reported)",
                     total, st.n_invalid, st.n_controls, NF_UTF8_MAX_DIAGS);
    if (n_repairs)
        *n_repairs = st.n_invalid;
    return NF_OK;
}
