/* decode.c - deciding what character encoding an input's bytes are in,
 * and turning them into UTF-8.
 *
 * The order of the questions matters:
 *   1. A byte-order mark settles it (UTF-32, UTF-16; a UTF-8 BOM is left
 *      for nf_utf8_clean to drop).
 *   2. NUL bytes: text in any 8-bit or multi-byte legacy encoding, and
 *      UTF-8, never holds them.  UTF-16 without a BOM shows them in every
 *      other byte for Latin text, and is read as such; any other NUL
 *      means binary data (PNG, ELF, ...), refused.  Many control bytes
 *      mean binary data too.
 *   3. Valid UTF-8 is UTF-8.  (UTF-8 is self-checking: legacy text with
 *      bytes >= 0x80 is practically never valid UTF-8 by accident.)
 *   4. Invalid UTF-8 is damaged UTF-8 when valid multi-byte sequences
 *      are at least as many as invalid ones (a few bad bytes in UTF-8
 *      text); otherwise ICU's charset detector (ucsdet) is asked, on a
 *      window around the first invalid byte, and ICU converts from what
 *      it names (ISO-8859-x, windows-125x, KOI8-R, Shift_JIS, EUC-JP,
 *      GB18030, Big5, EUC-KR, ...).  If it names nothing usable, the
 *      input is read as damaged UTF-8, whose repair is reported.
 * Conversion errors are counted by our own ICU callback and become
 * U+FFFD with one diagnostic, so nothing is lost silently.  Valid UTF-8
 * that holds ISO-2022 escape sequences (7-bit Japanese mail and news)
 * is also given to the detector.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include "core/diag.h"
#include "text/text.h"

/* Bytes looked at to tell binary data and to detect the charset. */
#define NF_SNIFF_BYTES ((size_t)64 * 1024)
#define NF_DETECT_WINDOW ((size_t)256 * 1024)
/* Lowest ucsdet confidence (0..100) that is acted upon. */
#define NF_DETECT_MIN_CONFIDENCE 10

void nf_decoded_free(nf_decoded *d)
{
    if (!d)
        return;
    free(d->owned);
    d->owned = NULL;
}

/* Number of control bytes that text does not hold (C0 other than TAB,
 * LF, VT, FF, CR, ESC; and DEL) in the first NF_SNIFF_BYTES of s. */
static size_t count_controls(const char *s, size_t len)
{
    size_t n = 0, lim = len < NF_SNIFF_BYTES ? len : NF_SNIFF_BYTES;
    for (size_t i = 0; i < lim; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != 0x0C &&
             c != '\r' && c != 0x1B) || c == 0x7F)
            n++;
    }
    return n;
}

/* Whether the first bytes of s look like binary data: more than one in
 * ten control bytes. */
static int mostly_controls(const char *s, size_t len)
{
    size_t lim = len < NF_SNIFF_BYTES ? len : NF_SNIFF_BYTES;
    return lim > 0 && count_controls(s, len) * 10 > lim;
}

/* Counts, over all of s, the well-formed multi-byte UTF-8 sequences and
 * the invalid ones; *first_bad receives the offset of the first invalid
 * one (len when none). */
static void count_utf8(const char *s, size_t len, size_t *multi,
                       size_t *bad, size_t *first_bad)
{
    const char *p = s, *end = s + len;
    *multi = *bad = 0;
    *first_bad = len;
    static const char fffd[3] = { (char)0xEF, (char)0xBF, (char)0xBD };
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            p++;
            continue;
        }
        unsigned cp;
        size_t n = nf_utf8_decode(p, end, &cp);
        if (cp == 0xFFFD && !(n == 3 && memcmp(p, fffd, 3) == 0)) {
            if (*bad == 0)
                *first_bad = (size_t)(p - s);
            (*bad)++;
        } else {
            (*multi)++;
        }
        p += n;
    }
}

/* Errors met by a conversion, counted by conv_error_cb. */
typedef struct conv_errors {
    const char *base;            /* start of the converted input          */
    size_t count;
    unsigned long long first;    /* offset of the first, approximately    */
} conv_errors;

/* ICU to-Unicode callback: counts a bad or unmapped byte sequence and
 * writes U+FFFD for it. */
static void U_CALLCONV conv_error_cb(const void *context,
                                     UConverterToUnicodeArgs *args,
                                     const char *units, int32_t length,
                                     UConverterCallbackReason reason,
                                     UErrorCode *err)
{
    (void)units;
    if (reason > UCNV_IRREGULAR)
        return;  /* reset, close, clone: nothing to do */
    conv_errors *ce = (conv_errors *)context;
    if (ce->count++ == 0) {
        long long off = (long long)(args->source - ce->base) - length;
        ce->first = off > 0 ? (unsigned long long)off : 0;
    }
    *err = U_ZERO_ERROR;
    static const UChar sub = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &sub, 1, 0, err);
}

/* Converts len bytes in `charset` to UTF-8 appended to out (limit: out's
 * max).  *errors receives the number of replaced sequences. */
static nf_status convert(const char *data, size_t len, const char *charset,
                         nf_buf *out, conv_errors *errors)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &err);
    if (U_FAILURE(err))
        return NF_ERR_ENCODING;
    UConverter *to = ucnv_open("UTF-8", &err);
    if (U_FAILURE(err)) {
        ucnv_close(from);
        return NF_ERR_ICU;
    }
    errors->base = data;
    errors->count = 0;
    errors->first = 0;
    ucnv_setToUCallBack(from, conv_error_cb, errors, NULL, NULL, &err);

    nf_status st = NF_OK;
    UChar pivot[1024];
    UChar *ps = pivot, *pt = pivot;
    const char *src = data, *src_end = data + len;
    size_t want = len + len / 4 + 64;
    int reset = 1;
    while (U_SUCCESS(err)) {
        size_t room = out->max - out->len;
        if ((st = nf_buf_reserve(out, want < room ? want : room)))
            break;
        char *t = out->data + out->len;
        char *t_end = out->data + out->cap - 1;  /* keep the NUL's byte */
        ucnv_convertEx(to, from, &t, t_end, &src, src_end, pivot, &ps, &pt,
                       pivot + 1024, (UBool)reset, 1, &err);
        reset = 0;
        out->len = (size_t)(t - out->data);
        out->data[out->len] = '\0';
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            err = U_ZERO_ERROR;
            if (out->len >= out->max) {
                st = NF_ERR_TOO_LARGE;
                break;
            }
            want = out->len / 2 + 4096;
            continue;
        }
        break;
    }
    if (!st && U_FAILURE(err))
        st = NF_ERR_ICU;
    ucnv_close(from);
    ucnv_close(to);
    return st;
}

/* Asks ICU's detector about s; fills charset (empty when it names
 * nothing usable) and *confidence. */
static void detect(const char *s, size_t len, char *charset, size_t size,
                   int *confidence)
{
    charset[0] = '\0';
    *confidence = 0;
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *csd = ucsdet_open(&err);
    if (U_FAILURE(err))
        return;
    ucsdet_setText(csd, s, (int32_t)len, &err);
    const UCharsetMatch *m = U_SUCCESS(err) ? ucsdet_detect(csd, &err) : NULL;
    if (m && U_SUCCESS(err)) {
        const char *name = ucsdet_getName(m, &err);
        int32_t conf = ucsdet_getConfidence(m, &err);
        if (U_SUCCESS(err) && name) {
            snprintf(charset, size, "%s", name);
            *confidence = (int)conf;
        }
    }
    ucsdet_close(csd);
}

/* Converts the whole input from `charset` into d->owned and reports the
 * conversion.  NF_ERR_ENCODING when ICU cannot convert from it. */
static nf_status decode_as(const char *data, size_t len, const char *charset,
                           const char *name, size_t max_out, nf_diag_fn fn,
                           void *ctx, nf_decoded *d)
{
    nf_buf b;
    nf_buf_init(&b, max_out);
    conv_errors ce;
    nf_status st = convert(data, len, charset, &b, &ce);
    if (st) {
        nf_buf_free(&b);
        return st;
    }
    if (ce.count)
        nf_diag_emit(fn, ctx, NF_SEV_WARNING, NF_ERR_ENCODING, name, 0,
                     ce.first,
                     "%zu byte sequences not valid in %s replaced by "
                     "U+FFFD (the first near byte offset %llu)",
                     ce.count, charset, ce.first);
    d->owned = nf_buf_detach(&b, &d->len);
    if (!d->owned) {
        /* Nothing was written: an empty conversion. */
        d->owned = malloc(1);
        if (!d->owned)
            return NF_ERR_NOMEM;
        d->owned[0] = '\0';
        d->len = 0;
    }
    d->data = d->owned;
    snprintf(d->charset, sizeof d->charset, "%s", charset);
    return NF_OK;
}

nf_status nf_ingest_decode_as(const char *data, size_t len,
                              const char *charset, const char *name,
                              size_t max_out, nf_diag_fn fn, void *ctx,
                              nf_decoded *d)
{
    assert(d && charset && (data || len == 0));
    memset(d, 0, sizeof *d);
    return decode_as(data, len, charset, name, max_out, fn, ctx, d);
}

/* Whether the data looks like UTF-16 without BOM: NUL bytes in most of
 * the even (big-endian) or odd (little-endian) positions and almost none
 * in the others.  Returns "UTF-16BE", "UTF-16LE" or NULL. */
static const char *utf16_by_zeros(const char *s, size_t len)
{
    size_t lim = len < NF_SNIFF_BYTES ? len : NF_SNIFF_BYTES;
    lim &= ~(size_t)1;
    if (lim < 4 || len % 2)
        return NULL;
    size_t even = 0, odd = 0;
    for (size_t i = 0; i < lim; i += 2) {
        even += s[i] == 0;
        odd += s[i + 1] == 0;
    }
    size_t pairs = lim / 2;
    if (even * 10 >= pairs * 4 && odd * 50 <= pairs)
        return "UTF-16BE";
    if (odd * 10 >= pairs * 4 && even * 50 <= pairs)
        return "UTF-16LE";
    return NULL;
}

/* Refuses the input as binary data: reports it and returns NF_ERR_BINARY. */
static nf_status refuse_binary(const char *name, nf_diag_fn fn, void *ctx,
                               unsigned long long offset, const char *why)
{
    nf_diag_emit(fn, ctx, NF_SEV_ERROR, NF_ERR_BINARY, name, 0, offset,
                 "%s: binary data, not text (%s); skipped",
                 name ? name : "input", why);
    return NF_ERR_BINARY;
}

/* Reads a UTF-16/32 input (BOM of `bom` bytes already known) and checks
 * that the result is text. */
static nf_status decode_wide(const char *data, size_t len, size_t bom,
                             const char *charset, const char *name,
                             size_t max_out, nf_diag_fn fn, void *ctx,
                             nf_decoded *d)
{
    nf_status st = decode_as(data + bom, len - bom, charset, name, max_out,
                             fn, ctx, d);
    if (st)
        return st;
    if (memchr(d->data, '\0', d->len) || mostly_controls(d->data, d->len)) {
        nf_decoded_free(d);
        return refuse_binary(name, fn, ctx, NF_NO_OFFSET,
                             "control characters after decoding");
    }
    return NF_OK;
}

nf_status nf_ingest_decode(const char *data, size_t len, const char *name,
                           size_t max_out, nf_diag_fn fn, void *ctx,
                           nf_decoded *d)
{
    assert(d && (data || len == 0));
    memset(d, 0, sizeof *d);
    const unsigned char *u = (const unsigned char *)data;

    /* 1. Byte-order marks. */
    if (len >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0)
        return decode_wide(data, len, 4, "UTF-32LE", name, max_out, fn, ctx, d);
    if (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF)
        return decode_wide(data, len, 4, "UTF-32BE", name, max_out, fn, ctx, d);
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return decode_wide(data, len, 2, "UTF-16LE", name, max_out, fn, ctx, d);
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return decode_wide(data, len, 2, "UTF-16BE", name, max_out, fn, ctx, d);

    /* 2. NUL bytes and control bytes. */
    const char *nul = memchr(data, '\0', len);
    if (nul) {
        const char *wide = utf16_by_zeros(data, len);
        if (wide) {
            nf_diag_emit(fn, ctx, NF_SEV_NOTE, NF_ERR_ENCODING, name, 0,
                         NF_NO_OFFSET, "no byte-order mark; read as %s",
                         wide);
            return decode_wide(data, len, 0, wide, name, max_out, fn, ctx, d);
        }
        return refuse_binary(name, fn, ctx,
                             (unsigned long long)(nul - data),
                             "NUL byte");
    }
    if (mostly_controls(data, len))
        return refuse_binary(name, fn, ctx, NF_NO_OFFSET,
                             "too many control bytes");

    /* 3. Valid UTF-8. */
    d->data = data;
    d->len = len;
    snprintf(d->charset, sizeof d->charset, "UTF-8");
    char cs[40];
    int conf;
    if (nf_utf8_valid(data, len)) {
        if (!memchr(data, 0x1B, len))
            return NF_OK;
        detect(data, len < NF_DETECT_WINDOW ? len : NF_DETECT_WINDOW, cs,
               sizeof cs, &conf);
        if (strncmp(cs, "ISO-2022-", 9) != 0 || conf < 50)
            return NF_OK;
        nf_status st = decode_as(data, len, cs, name, max_out, fn, ctx, d);
        if (st == NF_ERR_ENCODING || st == NF_ERR_ICU)
            return NF_OK;  /* still valid UTF-8: read as such */
        if (!st)
            nf_diag_emit(fn, ctx, NF_SEV_NOTE, NF_ERR_ENCODING, name, 0,
                         NF_NO_OFFSET, "read as %s (detected, confidence %d)",
                         cs, conf);
        return st;
    }

    /* 4. Damaged UTF-8, or a legacy charset. */
    size_t multi, bad, first_bad;
    count_utf8(data, len, &multi, &bad, &first_bad);
    if (multi >= bad)
        return NF_OK;  /* nf_utf8_clean repairs and reports */
    size_t from = first_bad > NF_DETECT_WINDOW / 4
                      ? first_bad - NF_DETECT_WINDOW / 4 : 0;
    size_t n = len - from < NF_DETECT_WINDOW ? len - from : NF_DETECT_WINDOW;
    detect(data + from, n, cs, sizeof cs, &conf);
    if (!cs[0] || conf < NF_DETECT_MIN_CONFIDENCE ||
        strncmp(cs, "UTF-", 4) == 0) {
        nf_diag_emit(fn, ctx, NF_SEV_WARNING, NF_ERR_ENCODING, name, 0,
                     (unsigned long long)first_bad,
                     "not valid UTF-8 and no other encoding recognised; "
                     "read as UTF-8 with repairs");
        return NF_OK;
    }
    nf_status st = decode_as(data, len, cs, name, max_out, fn, ctx, d);
    if (st == NF_ERR_ENCODING || st == NF_ERR_ICU) {
        /* ICU named a charset it cannot convert from (e.g. IBM424_rtl). */
        d->data = data;
        d->len = len;
        snprintf(d->charset, sizeof d->charset, "UTF-8");
        nf_diag_emit(fn, ctx, NF_SEV_WARNING, NF_ERR_ENCODING, name, 0,
                     (unsigned long long)first_bad,
                     "detected %s cannot be converted; read as UTF-8 with "
                     "repairs", cs);
        return NF_OK;
    }
    if (!st)
        nf_diag_emit(fn, ctx, NF_SEV_NOTE, NF_ERR_ENCODING, name, 0,
                     NF_NO_OFFSET,
                     "not valid UTF-8; read as %s (detected, confidence %d)",
                     cs, conf);
    return st;
}
