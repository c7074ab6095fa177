/* segment.c - sentences and words by ICU break iterators over UTF-8.
 *
 * ICU reads the text through a UTF-8 UText, so the boundaries it returns
 * are byte offsets into the caller's text and nothing is converted or
 * copied.  Opening a break iterator loads rules and dictionaries and is
 * slow, so a segmenter keeps a few open iterators, one per (kind,
 * locale), and reuses them round-robin.
 *
 * Sentences follow ICU's rules, including the one that a paragraph
 * separator (LF) always ends a sentence, so a title without a full stop
 * never glues to the next line.  ICU's own abbreviation filter
 * ("@ss=standard") is not used: it misses "U.S. Senate" and, in German,
 * wrongly joins "3. Oktober. Dr. Müller".  Instead a span is joined with
 * the next one on the same line when it ends in a personal title ("Dr.",
 * "Prof.", "Sig."), a one-letter initial ("George W.", German "z. B."),
 * a dotted initialism ("U.S.") or, in languages that write ordinals with
 * a full stop (German "am 3. Oktober"), a number of one or two digits.
 *
 * Words are the segments ICU marks with a status of letter, number, kana
 * or ideograph; for Italian, French and Catalan a short elided article
 * or preposition ("l'", "dell'", "d'") is split from the word it is
 * glued to, so "l'Ucraina" yields the word "Ucraina" as elsewhere.
 */
#include "text/text.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

/* Open iterators kept per segmenter. */
#define NF_SEG_CACHE 8

typedef struct seg_entry {
    UBreakIterator *bi;   /* NULL = free slot */
    UBreakIteratorType type;
    char locale[24];
} seg_entry;

struct nf_segmenter {
    seg_entry cache[NF_SEG_CACHE];
    unsigned next_victim;     /* round-robin replacement */
    UText *ut;                /* reused for every text */
};

nf_status nf_segmenter_open(nf_segmenter **out)
{
    assert(out);
    *out = NULL;
    nf_segmenter *sg = calloc(1, sizeof *sg);
    if (!sg)
        return NF_ERR_NOMEM;
    /* Fail early when ICU's data cannot be loaded at all. */
    UErrorCode err = U_ZERO_ERROR;
    sg->ut = utext_openUTF8(NULL, "", 0, &err);
    if (U_FAILURE(err)) {
        free(sg);
        return err == U_MEMORY_ALLOCATION_ERROR ? NF_ERR_NOMEM : NF_ERR_ICU;
    }
    *out = sg;
    return NF_OK;
}

nf_segmenter *nf_segmenter_new(void)
{
    nf_segmenter *sg;
    return nf_segmenter_open(&sg) ? NULL : sg;
}

void nf_segmenter_free(nf_segmenter *sg)
{
    if (!sg)
        return;
    for (int i = 0; i < NF_SEG_CACHE; i++)
        if (sg->cache[i].bi)
            ubrk_close(sg->cache[i].bi);
    utext_close(sg->ut);
    free(sg);
}

/* Writes the ICU locale id for ISO code `lang` (NULL, "" or malformed:
 * root) into loc[cap]. */
static void make_locale(char *loc, size_t cap, const char *lang)
{
    size_t n = 0;
    if (lang) {
        for (; lang[n] && n < 16; n++) {
            char c = lang[n];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (c >= '0' && c <= '9') || c == '-' || c == '_'))
                break;
        }
        if (lang[n] != '\0' || n >= cap)
            n = 0;  /* too long or odd characters: use the root locale */
    }
    for (size_t i = 0; i < n; i++)
        loc[i] = lang[i] == '-' ? '_' : lang[i];
    loc[n] = '\0';
}

/* Returns an iterator of `type` for `lang` from the cache, opening it
 * when needed; NULL when ICU fails. */
static UBreakIterator *get_iter(nf_segmenter *sg, UBreakIteratorType type,
                                const char *lang)
{
    char loc[24];
    make_locale(loc, sizeof loc, lang);
    for (int i = 0; i < NF_SEG_CACHE; i++) {
        seg_entry *e = &sg->cache[i];
        if (e->bi && e->type == type && strcmp(e->locale, loc) == 0)
            return e->bi;
    }
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(type, loc, NULL, 0, &err);
    if (U_FAILURE(err)) {
        if (bi)
            ubrk_close(bi);
        return NULL;
    }
    seg_entry *e = &sg->cache[sg->next_victim];
    sg->next_victim = (sg->next_victim + 1) % NF_SEG_CACHE;
    if (e->bi)
        ubrk_close(e->bi);
    e->bi = bi;
    e->type = type;
    memcpy(e->locale, loc, sizeof loc);
    return bi;
}

/* Points `bi` at text[0..len) through the segmenter's UText. */
static nf_status attach(nf_segmenter *sg, UBreakIterator *bi,
                        const char *text, size_t len)
{
    if (len > INT32_MAX)
        return NF_ERR_TOO_LARGE;
    UErrorCode err = U_ZERO_ERROR;
    sg->ut = utext_openUTF8(sg->ut, text, (int64_t)len, &err);
    if (U_FAILURE(err))
        return NF_ERR_ICU;
    ubrk_setUText(bi, sg->ut, &err);
    return U_FAILURE(err) ? NF_ERR_ICU : NF_OK;
}

/* Whether code point c is space for trimming: Unicode White_Space plus
 * the invisible ZERO WIDTH SPACE and ZERO WIDTH NO-BREAK SPACE. */
static int is_space(unsigned c)
{
    return c == 0x200B || c == 0xFEFF || u_isUWhiteSpace((UChar32)c);
}

/* Narrows [*a, *b) of text to exclude white space at both ends. */
static void trim(const char *text, size_t *a, size_t *b)
{
    while (*a < *b) {
        unsigned c;
        size_t n = nf_utf8_decode(text + *a, text + *b, &c);
        if (!is_space(c))
            break;
        *a += n;
    }
    while (*b > *a) {
        size_t s = *b - 1;
        while (s > *a && ((unsigned char)text[s] & 0xC0) == 0x80)
            s--;
        unsigned c;
        nf_utf8_decode(text + s, text + *b, &c);
        if (!is_space(c))
            break;
        *b = s;
    }
}

/* Titles and abbreviations after which a full stop does not end a
 * sentence (compared with the word before the stop, case-sensitively). */
static const char *const nf_titles[] = {
    "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
    "Adm", "Amb", "Cdr", "Mr", "Mrs", "Ms", "Jr", "Sr", "Sra", "Sig", "Dott",
    "Ing", "Avv", "On", "Pres", "Dl", "Dna", "Hr", "Fr", "Mme", "Mlle",
    "St", "Nr", "nr", "pct", "ca", "bzw", "vgl", "Abs",
};

/* Whether lang (ISO code) is in the NULL-terminated list `langs`,
 * ignoring any region or script after '-' or '_'. */
static int lang_in(const char *lang, const char *const *langs)
{
    if (!lang)
        return 0;
    for (; *langs; langs++) {
        size_t n = strlen(*langs);
        if (strncmp(lang, *langs, n) == 0 &&
            (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_'))
            return 1;
    }
    return 0;
}

/* Languages that write ordinal numbers with a full stop ("3. Oktober"). */
static const char *const nf_ordinal_dot_langs[] = {
    "de", "da", "no", "nb", "nn", "fi", "et", "is", "cs", "sk", "sl", "hr",
    "sr", "bs", "hu", NULL
};

/* Whether c is an ASCII letter. */
static int is_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether the span text[a..b) ends with a title, an initial, a dotted
 * initialism or (when `ordinals`) a short number, followed by a full
 * stop, so that it probably does not end the sentence. */
static int ends_with_abbrev(const char *text, size_t a, size_t b,
                            int ordinals)
{
    if (b - a < 2 || text[b - 1] != '.')
        return 0;
    size_t w = b - 1;
    if (ordinals) {
        while (w > a && text[w - 1] >= '0' && text[w - 1] <= '9')
            w--;
        if (b - 1 - w >= 1 && b - 1 - w <= 2 && (w == a || text[w - 1] == ' '))
            return 1;
        w = b - 1;
    }
    while (w > a && is_ascii_letter(text[w - 1]))
        w--;
    size_t wl = b - 1 - w;
    if (wl == 0)
        return 0;
    if (wl == 1) {
        /* "W." or "z." alone, or the last letter of "U.S." */
        size_t v = w;
        while (v >= a + 2 && text[v - 1] == '.' && is_ascii_letter(text[v - 2]) &&
               (v - 2 == a || !is_ascii_letter(text[v - 3])))
            v -= 2;
        return v == a || text[v - 1] == ' ' || text[v - 1] == '(';
    }
    if (w > a && text[w - 1] != ' ' && text[w - 1] != '(')
        return 0;
    for (size_t i = 0; i < sizeof nf_titles / sizeof *nf_titles; i++)
        if (strlen(nf_titles[i]) == wl && memcmp(nf_titles[i], text + w, wl) == 0)
            return 1;
    return 0;
}

nf_status nf_segment_sentences(nf_segmenter *sg, const char *text, size_t len,
                               const char *lang, nf_span_fn fn, void *ctx)
{
    assert(sg && fn && (text || len == 0));
    if (len == 0)
        return NF_OK;
    UBreakIterator *bi = get_iter(sg, UBRK_SENTENCE, lang);
    if (!bi)
        return NF_ERR_ICU;
    nf_status rc = attach(sg, bi, text, len);
    if (rc)
        return rc;

    int ordinals = lang_in(lang, nf_ordinal_dot_langs);
    size_t pa = 0, pb = 0;  /* pending span; empty when pa == pb */
    int32_t prev = ubrk_first(bi), cur;
    while ((cur = ubrk_next(bi)) != UBRK_DONE) {
        size_t a = (size_t)prev, b = (size_t)cur;
        prev = cur;
        trim(text, &a, &b);
        if (a == b)
            continue;
        if (pa < pb && ends_with_abbrev(text, pa, pb, ordinals) &&
            !memchr(text + pb, '\n', a - pb)) {
            pb = b;  /* join with the pending span */
            continue;
        }
        if (pa < pb && fn(ctx, pa, pb))
            return NF_OK;
        pa = a;
        pb = b;
    }
    if (pa < pb)
        fn(ctx, pa, pb);
    return NF_OK;
}

/* Languages whose words take elided articles ("l'", "d'"). */
static const char *const nf_elision_langs[] = { "it", "fr", "ca", NULL };

/* For a word text[a..b), returns the offset just after an elision
 * apostrophe (' or U+2019) that follows 1..6 letters and is followed by
 * a letter, or 0 when there is none. */
static size_t elision_split(const char *text, size_t a, size_t b)
{
    size_t p = a;
    int letters = 0;
    while (p < b && letters <= 6) {
        unsigned c;
        size_t n = nf_utf8_decode(text + p, text + b, &c);
        if (c == '\'' || c == 0x2019) {
            size_t q = p + n;
            if (letters == 0 || q >= b)
                return 0;
            unsigned d;
            nf_utf8_decode(text + q, text + b, &d);
            return u_isalpha((UChar32)d) ? q : 0;
        }
        if (!u_isalpha((UChar32)c))
            return 0;
        letters++;
        p += n;
    }
    return 0;
}

nf_status nf_segment_words(nf_segmenter *sg, const char *text, size_t len,
                           const char *lang, nf_span_fn fn, void *ctx)
{
    assert(sg && fn && (text || len == 0));
    if (len == 0)
        return NF_OK;
    UBreakIterator *bi = get_iter(sg, UBRK_WORD, lang);
    if (!bi)
        return NF_ERR_ICU;
    nf_status rc = attach(sg, bi, text, len);
    if (rc)
        return rc;
    int split = lang_in(lang, nf_elision_langs);

    int32_t prev = ubrk_first(bi), cur;
    while ((cur = ubrk_next(bi)) != UBRK_DONE) {
        size_t a = (size_t)prev, b = (size_t)cur;
        prev = cur;
        if (ubrk_getRuleStatus(bi) < UBRK_WORD_NONE_LIMIT)
            continue;
        size_t mid = split ? elision_split(text, a, b) : 0;
        if (mid) {
            if (fn(ctx, a, mid))
                return NF_OK;
            a = mid;
        }
        if (fn(ctx, a, b))
            return NF_OK;
    }
    return NF_OK;
}
