/* normalize.c - the matching form of a text: NFKC case fold plus the
 * unifications that make news texts from different sources compare
 * equal (all quotation marks, all dashes, Romanian comma/cedilla).
 *
 * The work is done by ICU's NFKC_Casefold normaliser over UTF-16.  To
 * keep memory bounded and to know which source character produced each
 * output byte, the input is converted in chunks cut at normalisation
 * boundaries; inside a chunk, the longest prefix ICU says is already
 * normalised (spanQuickCheckYes) is copied character by character, and
 * the rest is normalised one boundary-delimited segment at a time, so
 * every output character maps back to the segment it came from.  Pure
 * ASCII needs no ICU at all: only A-Z change.
 *
 * Quotes, dashes and s/t-cedilla are mapped both before normalising
 * (U+00B4 ACUTE ACCENT would otherwise become a space and a combining
 * accent, U+2033 DOUBLE PRIME two primes) and after it (s + combining
 * cedilla composes to U+015F only inside the normaliser).
 */
#include "text/text.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/utf16.h>

/* UTF-16 units per chunk before a cut is looked for. */
#define NF_NORM_CHUNK 16384

/* Returns the unified form of code point c: ' for single quotation
 * marks, " for double ones, - for dashes, comma-below for the Romanian
 * cedilla letters; c itself otherwise. */
static unsigned unify(unsigned c)
{
    if (c < 0x60)
        return c;
    switch (c) {
    case 0x0060: case 0x00B4: case 0x02BC: case 0x2018: case 0x2019:
    case 0x201A: case 0x201B: case 0x2032: case 0x2035: case 0x2039:
    case 0x203A: case 0xFF07:
        return '\'';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E:
    case 0x201F: case 0x2033: case 0x2036: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F: case 0x301D: case 0x301E: case 0x301F:
    case 0xFE41: case 0xFE42: case 0xFE43: case 0xFE44: case 0xFF02:
    case 0xFF62: case 0xFF63:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2043: case 0x2212: case 0x2E3A: case 0x2E3B:
    case 0xFE58: case 0xFE63: case 0xFF0D:
        return '-';
    case 0x015E: return 0x0218;  /* S-cedilla -> S-comma */
    case 0x015F: return 0x0219;
    case 0x0162: return 0x021A;  /* T-cedilla -> T-comma */
    case 0x0163: return 0x021B;
    default:
        return c;
    }
}

/* Work state of one nf_text_normalize call. */
typedef struct norm_state {
    const UNormalizer2 *nfkc;
    nf_buf *out;
    int want_map;
    size_t *map;             /* source offset per output byte */
    size_t map_len, map_cap;
    UChar *u;                /* current chunk, UTF-16 */
    size_t *uoff;            /* source offset per unit of u (want_map) */
    size_t ulen, ucap;
    UChar *seg;              /* normalised segment */
    int32_t segcap;
    char stage[1024];        /* UTF-8 bytes waiting to go to out */
    size_t slen;
} norm_state;

/* Moves the staged bytes to st->out. */
static nf_status flush_stage(norm_state *st)
{
    nf_status rc = nf_buf_append(st->out, st->stage, st->slen);
    st->slen = 0;
    return rc;
}

/* Appends code point c (after unification) produced by the source
 * character at byte `off`. */
static nf_status emit(norm_state *st, unsigned c, size_t off)
{
    nf_status rc;
    c = unify(c);
    if (st->slen + 4 > sizeof st->stage && (rc = flush_stage(st)))
        return rc;
    size_t n;
    char *b = st->stage + st->slen;
    if (c < 0x80) {
        b[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | (c >> 6));
        b[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12));
        b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (c >> 18));
        b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    st->slen += n;
    if (st->want_map) {
        if (st->map_len + n + 1 > st->map_cap) {
            size_t cap = st->map_cap ? 2 * st->map_cap : 256;
            while (cap < st->map_len + n + 1)
                cap *= 2;
            size_t *m = realloc(st->map, cap * sizeof *m);
            if (!m)
                return NF_ERR_NOMEM;
            st->map = m;
            st->map_cap = cap;
        }
        for (size_t i = 0; i < n; i++)
            st->map[st->map_len++] = off;
    }
    return NF_OK;
}

/* Emits u[0..n) (UTF-16), every character attributed to source offset
 * `off` when offs is NULL, else to offs[i] of its first unit. */
static nf_status emit_units(norm_state *st, const UChar *u, int32_t n,
                            const size_t *offs, size_t off)
{
    for (int32_t i = 0; i < n;) {
        int32_t at = i;
        UChar32 c;
        U16_NEXT(u, i, n, c);
        nf_status rc = emit(st, (unsigned)c, offs ? offs[at] : off);
        if (rc)
            return rc;
    }
    return NF_OK;
}

/* Normalises the chunk st->u[0..ulen), which starts and ends at
 * normalisation boundaries, and empties it. */
static nf_status flush_chunk(norm_state *st)
{
    UErrorCode err = U_ZERO_ERROR;
    const UChar *u = st->u;
    int32_t n = (int32_t)st->ulen, pos = 0;
    nf_status rc;

    while (pos < n) {
        /* Already normalised: copied as is. */
        int32_t yes = unorm2_spanQuickCheckYes(st->nfkc, u + pos, n - pos,
                                               &err);
        if (U_FAILURE(err))
            return NF_ERR_ICU;
        if (yes > 0) {
            rc = emit_units(st, u + pos, yes,
                            st->want_map ? st->uoff + pos : NULL, 0);
            if (rc)
                return rc;
            pos += yes;
            if (pos >= n)
                break;
        }
        /* One segment: a character and those that may combine with it. */
        int32_t end = pos;
        UChar32 c;
        U16_NEXT(u, end, n, c);
        while (end < n) {
            int32_t next = end;
            U16_NEXT(u, next, n, c);
            if (unorm2_hasBoundaryBefore(st->nfkc, c))
                break;
            end = next;
        }
        int32_t got;
        for (;;) {
            err = U_ZERO_ERROR;
            got = unorm2_normalize(st->nfkc, u + pos, end - pos, st->seg,
                                   st->segcap, &err);
            if (err != U_BUFFER_OVERFLOW_ERROR)
                break;
            UChar *p = realloc(st->seg, ((size_t)got + 16) * sizeof *p);
            if (!p)
                return NF_ERR_NOMEM;
            st->seg = p;
            st->segcap = got + 16;
        }
        if (U_FAILURE(err))
            return NF_ERR_ICU;
        rc = emit_units(st, st->seg, got, NULL,
                        st->want_map ? st->uoff[pos] : 0);
        if (rc)
            return rc;
        pos = end;
    }
    st->ulen = 0;
    return NF_OK;
}

/* Appends code point c (source offset off) to the chunk. */
static nf_status chunk_add(norm_state *st, unsigned c, size_t off)
{
    if (st->ulen + 2 > st->ucap) {
        size_t cap = st->ucap ? 2 * st->ucap : NF_NORM_CHUNK + 64;
        UChar *u = realloc(st->u, cap * sizeof *u);
        if (!u)
            return NF_ERR_NOMEM;
        st->u = u;
        if (st->want_map) {
            size_t *o = realloc(st->uoff, cap * sizeof *o);
            if (!o)
                return NF_ERR_NOMEM;
            st->uoff = o;
        }
        st->ucap = cap;
    }
    if (c < 0x10000) {
        if (st->want_map)
            st->uoff[st->ulen] = off;
        st->u[st->ulen++] = (UChar)c;
    } else {
        if (st->want_map)
            st->uoff[st->ulen] = st->uoff[st->ulen + 1] = off;
        st->u[st->ulen++] = U16_LEAD(c);
        st->u[st->ulen++] = U16_TRAIL(c);
    }
    return NF_OK;
}

/* The main loop of nf_text_normalize, after set-up. */
static nf_status run(norm_state *st, const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    nf_status rc;

    while (p < end) {
        unsigned char b = (unsigned char)*p;
        /* ASCII followed by ASCII (or the end) cannot combine with its
         * neighbours: NFKC_Casefold only lowers A-Z. */
        if (b < 0x80 && (p + 1 == end || (unsigned char)p[1] < 0x80)) {
            if (st->ulen && (rc = flush_chunk(st)))
                return rc;
            unsigned c = (b >= 'A' && b <= 'Z') ? b + 32u : b;
            if ((rc = emit(st, c, (size_t)(p - s))))
                return rc;
            p++;
            continue;
        }
        unsigned c;
        size_t n = nf_utf8_decode(p, end, &c);
        c = unify(c);
        if (st->ulen >= NF_NORM_CHUNK &&
            unorm2_hasBoundaryBefore(st->nfkc, (UChar32)c) &&
            (rc = flush_chunk(st)))
            return rc;
        if ((rc = chunk_add(st, c, (size_t)(p - s))))
            return rc;
        p += n;
    }
    if (st->ulen && (rc = flush_chunk(st)))
        return rc;
    return flush_stage(st);
}

nf_status nf_text_normalize(const char *s, size_t len, nf_buf *out,
                            size_t **map)
{
    assert(out && (s || len == 0));
    UErrorCode err = U_ZERO_ERROR;
    norm_state st;
    memset(&st, 0, sizeof st);
    st.out = out;
    st.want_map = map != NULL;
    if (map)
        *map = NULL;
    st.nfkc = unorm2_getNFKCCasefoldInstance(&err);
    if (U_FAILURE(err) || !st.nfkc)
        return NF_ERR_ICU;

    size_t old_len = out->len;
    nf_status rc = run(&st, s, len);
    if (rc == NF_OK && st.want_map) {
        /* The final entry: one past the end of the source. */
        if (st.map_len + 1 > st.map_cap) {
            size_t *m = realloc(st.map, (st.map_len + 1) * sizeof *m);
            if (!m)
                rc = NF_ERR_NOMEM;
            else
                st.map = m;
        }
        if (rc == NF_OK) {
            st.map[st.map_len] = len;
            *map = st.map;
            st.map = NULL;
        }
    }
    if (rc != NF_OK && out->data) {
        out->len = old_len;  /* leave out as it was */
        out->data[old_len] = '\0';
    }
    free(st.map);
    free(st.u);
    free(st.uoff);
    free(st.seg);
    return rc;
}
