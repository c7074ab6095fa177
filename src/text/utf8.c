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
 * ASCII through a table, well-formed multi-byte sequences through the
 * decoder) and copies each run with one memcpy; only CR, controls, a BOM
 * and invalid sequences break a run.  Time is linear in the input and
 * does not depend on line length.
 */
#include "text/text.h"

#include <assert.h>
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

int nf_utf8_valid(const char *s, size_t len)
{
    assert(s || len == 0);
    const char *end = s + len;
    while (s < end) {
        if ((unsigned char)*s < 0x80) {
            s++;
            continue;
        }
        unsigned cp;
        size_t n = nf_utf8_decode(s, end, &cp);
        if (is_invalid(s, n, cp))
            return 0;
        s += n;
    }
    return 1;
}

/* State of one nf_utf8_clean run, for the diagnostics. */
typedef struct clean_state {
    const char *file;
    nf_diag_fn fn;
    void *ctx;
    unsigned long line;      /* 1-based line of the current position */
    size_t n_invalid;        /* invalid sequences replaced */
    size_t n_controls;       /* control characters dropped */
} clean_state;

/* Counts one invalid sequence of n (1..3) bytes at byte `off` of src and
 * reports it while fewer than NF_UTF8_MAX_DIAGS repairs were reported. */
static void report_invalid(clean_state *st, const char *src, size_t off,
                           size_t n)
{
    st->n_invalid++;
    if (!st->fn || st->n_invalid + st->n_controls > NF_UTF8_MAX_DIAGS)
        return;
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

/* Counts one dropped control character `cp` at byte `off` and reports it
 * while fewer than NF_UTF8_MAX_DIAGS repairs were reported. */
static void report_control(clean_state *st, size_t off, unsigned cp)
{
    st->n_controls++;
    if (!st->fn || st->n_invalid + st->n_controls > NF_UTF8_MAX_DIAGS)
        return;
    nf_diag_emit(st->fn, st->ctx, NF_SEV_NOTE, NF_ERR_ENCODING, st->file,
                 st->line, (unsigned long long)off,
                 "control character U+%04X dropped", cp);
}

nf_status nf_utf8_clean(const char *src, size_t len, nf_buf *out,
                        const char *file, nf_diag_fn fn, void *ctx,
                        size_t *n_repairs)
{
    assert(out && (src || len == 0));
    clean_state st = { file, fn, ctx, 1, 0, 0 };
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
        /* Gather a run of bytes that stay as they are. */
        const char *run = p;
        while (p < end) {
            unsigned char k = byte_class((unsigned char)*p);
            if (k == NF_CL_PLAIN) {
                p++;
            } else if (k == NF_CL_LF) {
                st.line++;
                p++;
            } else if (k == NF_CL_MULTI) {
                unsigned cp;
                size_t n = nf_utf8_decode(p, end, &cp);
                if (is_invalid(p, n, cp) || (cp >= 0x80 && cp <= 0x9F))
                    break;  /* to repair, or a C1 control to drop */
                p += n;
            } else {
                break;
            }
        }
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
            p++;
            if (p < end && *p == '\n')
                p++;
            st.line++;
        } else if (k == NF_CL_CTRL) {
            report_control(&st, off, (unsigned char)*p);
            p++;
        } else {
            unsigned cp;
            size_t n = nf_utf8_decode(p, end, &cp);
            if (is_invalid(p, n, cp)) {
                report_invalid(&st, src, off, n);
                if ((rc = nf_buf_append(out, nf_fffd, 3)))
                    return rc;
            } else {
                report_control(&st, off, cp);  /* C1 */
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
