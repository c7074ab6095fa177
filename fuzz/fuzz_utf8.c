/* fuzz_utf8.c - libFuzzer harness for the text layer.
 *
 * Feeds arbitrary bytes to nf_utf8_clean and checks the promises of
 * text.h that must hold for every input: the result is valid UTF-8, has
 * no CR and no control other than TAB/LF, decoding it step by step
 * agrees with nf_utf8_valid, and cleaning is idempotent (clean text
 * cleans to itself with no repair).  The clean text then goes through
 * nf_text_normalize (valid UTF-8 out, offsets map in range and never
 * decreasing) and both segmenters (spans in range, ordered, not empty).
 * Any broken promise aborts, which libFuzzer (or the replay test over
 * fuzz/corpus/fuzz_utf8/) reports.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "fuzz_util.h"

/* Aborts unless `cond`: a fuzz harness must crash on a broken promise. */

/* Walks s[0..len) with the decoder and checks it is clean text. */
static void check_clean(const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while (p < end) {
        unsigned cp;
        size_t n = nf_utf8_decode(p, end, &cp);
        require(n >= 1 && n <= 4 && n <= (size_t)(end - p));
        require(cp != '\r' && (cp >= 0x20 || cp == '\t' || cp == '\n'));
        require(cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F));
        if (cp == 0xFFFD)
            require(n == 3 && memcmp(p, "\xEF\xBF\xBD", 3) == 0);
        p += n;
    }
}

/* Span checker state: spans must lie in [0, len) and not go backwards. */
typedef struct span_check {
    size_t len, last_end;
} span_check;

/* nf_span_fn that checks one span. */
static int check_span(void *ctx, size_t a, size_t b)
{
    span_check *sc = ctx;
    require(a < b && b <= sc->len && a >= sc->last_end);
    sc->last_end = b;
    return 0;
}

/* Normalises and segments clean text s[0..len). */
static void check_later_stages(const char *s, size_t len, unsigned pick)
{
    static nf_segmenter *sg;  /* kept for the whole run: ICU opens slowly */
    static const char *const langs[] = { "en", "it", "ja", "th", "de",
                                         NULL };
    const char *lang = langs[pick % 6];
    nf_buf n;
    nf_buf_init(&n, 0);
    size_t *map = NULL;
    require(nf_text_normalize(s, len, &n, &map) == NF_OK && map);
    require(nf_utf8_valid(n.data ? n.data : "", n.len));
    for (size_t i = 0; i < n.len; i++)
        require(map[i] < len && (i == 0 || map[i] >= map[i - 1]));
    require(map[n.len] == len);
    free(map);
    nf_buf_free(&n);

    if (!sg)
        sg = nf_segmenter_new();
    require(sg != NULL);
    span_check sc = { len, 0 };
    require(nf_segment_sentences(sg, s, len, lang, check_span, &sc) == NF_OK);
    sc.last_end = 0;
    require(nf_segment_words(sg, s, len, lang, check_span, &sc) == NF_OK);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *src = (const char *)data;
    nf_buf a, b;
    nf_buf_init(&a, 0);
    nf_buf_init(&b, 0);
    size_t reps = 0, reps2 = 1;

    /* The decoder alone: always progresses, never past the end. */
    for (const char *p = src, *end = src + size; p < end;) {
        unsigned cp;
        size_t n = nf_utf8_decode(p, end, &cp);
        require(n >= 1 && n <= (size_t)(end - p) && cp <= 0x10FFFF);
        p += n;
    }

    require(nf_utf8_clean(src, size, &a, "fuzz", NULL, NULL, &reps) == NF_OK);
    require(a.len <= 3 * size);
    require(nf_utf8_valid(a.data ? a.data : "", a.len));
    check_clean(a.data ? a.data : "", a.len);
    if (nf_utf8_valid(src, size))
        require(reps == 0);

    require(nf_utf8_clean(a.data ? a.data : "", a.len, &b, NULL, NULL, NULL,
                          &reps2) == NF_OK);
    require(reps2 == 0);
    /* A leading BOM that survived (after a dropped control, say) would be
     * dropped by the second pass; otherwise the text must be unchanged. */
    if (!(a.len >= 3 && memcmp(a.data, "\xEF\xBB\xBF", 3) == 0))
        require(a.len == b.len && (a.len == 0 || !memcmp(a.data, b.data, a.len)));

    check_later_stages(a.data ? a.data : "", a.len, size ? data[0] : 0);

    nf_buf_free(&a);
    nf_buf_free(&b);
    return 0;
}
