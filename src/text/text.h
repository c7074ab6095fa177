/* text.h - the text layer: UTF-8 repair, normalisation for matching, and
 * segmentation into sentences and words.
 *
 * Two forms of text exist and are never mixed up:
 *   - the *clean text*, stored and shown: the source's own characters, only
 *     made valid UTF-8 (nf_utf8_clean).  Every offset the engine reports is
 *     a byte offset into it.
 *   - the *matching form* (nf_text_normalize): NFKC, case-folded, quotes
 *     and dashes unified, Romanian s/t-cedilla = s/t-comma.  Used for
 *     hashing, indexing and comparing, never shown.
 * Segmentation uses ICU break iterators over UTF-8 directly (UText), so
 * its spans are byte offsets into the text it was given; Japanese,
 * Chinese, Thai, Khmer, Lao and Myanmar words come from ICU's
 * dictionaries.
 */
#ifndef NF_TEXT_H
#define NF_TEXT_H

#include <stddef.h>
#include "newsfold/error.h"
#include "core/buf.h"

/* ---- utf8.c ------------------------------------------------------------ */

/* Decodes the code point at s (s < end).  Returns its length in bytes
 * (1..4) and stores it in *cp; an invalid or truncated sequence yields
 * *cp = 0xFFFD and the length of the maximal invalid prefix (>= 1), as
 * the Unicode standard's "substitution of maximal subparts" says. */
size_t nf_utf8_decode(const char *s, const char *end, unsigned *cp);

/* nf_utf8_decode for loops over every code point of a text: ASCII and
 * well-formed 2- and 3-byte sequences (the whole BMP) are decoded inline,
 * anything else, invalid bytes included, by nf_utf8_decode, so the
 * answers are always its own. */
static inline size_t nf_utf8_decode_fast(const char *s, const char *end, unsigned *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF && end - s >= 2 && (u[1] & 0xC0) == 0x80) {
        *cp = ((c & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF && end - s >= 3 &&
        u[1] >= (c == 0xE0 ? 0xA0 : 0x80) && u[1] <= (c == 0xED ? 0x9F : 0xBF) &&
        (u[2] & 0xC0) == 0x80) {
        *cp = ((c & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    return nf_utf8_decode(s, end, cp);
}

/* Returns 1 when s[0..len) is entirely valid UTF-8, else 0. */
int nf_utf8_valid(const char *s, size_t len);

/* Returns 1 when s[0..len) is already clean text, i.e. nf_utf8_clean
 * would copy it unchanged: valid UTF-8, no leading BOM, no CR and no
 * control character other than TAB and LF (C0, DEL, C1).  One pass; a
 * caller that gets 1 may use the bytes without copying them. */
int nf_utf8_as_is(const char *s, size_t len);

/* Makes `src` into clean text, appended to `out`:
 *   - a leading UTF-8 BOM is dropped;
 *   - CRLF and lone CR become LF;
 *   - NUL, DEL and C0/C1 control characters other than TAB and LF are
 *     dropped;
 *   - each invalid UTF-8 sequence (maximal subpart) becomes U+FFFD.
 * Each repair (a dropped control, a replaced sequence; not the BOM nor a
 * line end) is reported through `fn` (may be NULL) as a located
 * NF_SEV_NOTE diagnostic with code NF_ERR_ENCODING naming `file` (may be
 * NULL), the 1-based line (LF, CR and CRLF each end one) and the byte
 * offset in `src`; after the first 10, one NF_SEV_WARNING summary (line
 * 0, no offset) gives the totals.  *n_repairs (may be NULL) receives the
 * number of invalid sequences replaced.  Linear time; valid input is
 * copied unchanged in a few large blocks.  Fails only with NF_ERR_NOMEM /
 * NF_ERR_TOO_LARGE (out's limit); on failure `out` may hold part of the
 * text. */
nf_status nf_utf8_clean(const char *src, size_t len, nf_buf *out,
                        const char *file, nf_diag_fn fn, void *ctx,
                        size_t *n_repairs);

/* ---- normalize.c ------------------------------------------------------- */

/* Appends the matching form of valid UTF-8 `s` to `out`: NFKC case fold
 * (ICU nfkc_cf, full and locale-free: "Straße" -> "strasse", Turkish
 * U+0130 -> "i" + U+0307, final sigma -> sigma, full-width -> ASCII),
 * then all quotation marks (incl. guillemets, primes and the CJK corner
 * brackets U+300C-U+300F) to ' or ", all dashes, hyphens and the minus
 * sign to -, U+015F/U+0163 (s/t with cedilla) to U+0219/U+021B.  The
 * result is valid UTF-8 (invalid input bytes become U+FFFD).  `map` (may
 * be NULL) receives a malloc'ed array with one entry per byte appended to
 * `out` plus one, giving the offset in `s` of the character (or
 * combining sequence) that produced it; the last entry is `len`.  The
 * caller frees it.  Errors: NF_ERR_ICU, NF_ERR_NOMEM, NF_ERR_TOO_LARGE;
 * on error `out` is left as it was and *map is NULL. */
nf_status nf_text_normalize(const char *s, size_t len, nf_buf *out,
                            size_t **map);

/* ---- segment.c --------------------------------------------------------- */

typedef struct nf_segmenter nf_segmenter;

/* Creates a segmenter (caches ICU break iterators; not thread-safe, make
 * one per thread).  NULL when ICU fails or out of memory. */
nf_segmenter *nf_segmenter_new(void);
/* The same, telling the two failures apart: NF_OK with *out set, or
 * NF_ERR_NOMEM / NF_ERR_ICU with *out NULL. */
nf_status nf_segmenter_open(nf_segmenter **out);
void nf_segmenter_free(nf_segmenter *sg);

/* Receives a span [start, end) of byte offsets into the segmented text.
 * Return non-zero to stop. */
typedef int (*nf_span_fn)(void *ctx, size_t start, size_t end);

/* Sentences of valid UTF-8 `text`: each span excludes leading and
 * trailing white space; empty ones are not reported.  A line break that
 * ends a line without final punctuation (a title, a list item) also ends a
 * sentence.  A full stop after a personal title ("Dr.", "Sig."), an
 * initial ("W.") or an initialism ("U.S.") does not end one, nor, in
 * German and other languages writing ordinals so, one after a 1-2 digit
 * number ("3. Oktober").  `lang` (ISO code or NULL) picks the ICU locale.
 * Errors: NF_ERR_ICU, NF_ERR_TOO_LARGE (text over 2 GiB). */
nf_status nf_segment_sentences(nf_segmenter *sg, const char *text, size_t len,
                               const char *lang, nf_span_fn fn, void *ctx);

/* Words of valid UTF-8 `text`: only tokens with a letter, digit or
 * ideograph (ICU word status not "none"); punctuation and spaces are
 * skipped.  Japanese/Chinese/Thai are split by ICU's dictionaries.  For
 * Italian, French and Catalan an elided article or preposition of up to
 * 6 letters is its own token: "l'Ucraina" -> "l'", "Ucraina".  English
 * "don't", "Zelenskyy's" stay whole.  Same errors as above. */
nf_status nf_segment_words(nf_segmenter *sg, const char *text, size_t len,
                           const char *lang, nf_span_fn fn, void *ctx);

#endif
