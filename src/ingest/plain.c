/* plain.c - one plain-text input becomes one article: its bytes decoded
 * and cleaned, then a leading date line and the title taken out.
 *
 * Plain text has no markup, so the title is found by principle, not by
 * position alone.  A news title is a short line (at most 150 characters
 * and 20 words) that does not end like a sentence (. ! ? ; : and their
 * full-width forms, also before closing quotes or brackets) and is
 * followed by more text.  A first line that fails this is body text: a
 * long opening sentence is not a title.  A single short token standing
 * alone on the first line ("Advertising", "プレスリリース") is a section
 * label or page residue, not a title: it is taken out of the text
 * (reported as a note, so nothing disappears silently), and the next
 * line is the title if it looks like one and more text follows.
 *
 * A leading "date YYYY-MM-DD" (optionally "date:"; spaces may come
 * before it, and the body may follow on the same line) is the
 * publication date: validated, stored, removed from the text.  An
 * invalid date is left in the text with a warning.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "boilerplate/boilerplate.h"
#include "core/diag.h"
#include "text/text.h"

/* Title limits, in characters and words. */
#define NF_TITLE_MAX_CHARS 150
#define NF_TITLE_MAX_WORDS 20
/* A section label is one token of at most this many bytes (8 CJK
 * characters, 24 Latin letters). */
#define NF_LABEL_MAX_BYTES 24
/* Default limit of a body. */
#define NF_DEFAULT_MAX_ARTICLE ((size_t)64 << 20)

/* Length of the white-space character at s (< end): ASCII space, TAB,
 * LF, CR, VT, FF, U+00A0 or U+3000; 0 when s is not at one. */
static size_t space_len(const char *s, const char *end)
{
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B ||
        c == 0x0C)
        return 1;
    if (c == 0xC2 && end - s >= 2 && (unsigned char)s[1] == 0xA0)
        return 2;
    if (c == 0xE3 && end - s >= 3 && (unsigned char)s[1] == 0x80 &&
        (unsigned char)s[2] == 0x80)
        return 3;
    return 0;
}

/* Trims white space from both ends of [*s, *e). */
static void trim(const char *base, size_t *s, size_t *e)
{
    const char *end = base + *e;
    size_t n;
    while (*s < *e && (n = space_len(base + *s, end)) > 0)
        *s += n;
    while (*s < *e) {
        /* Step back over one character, then test it. */
        size_t k = *e - 1;
        while (k > *s && ((unsigned char)base[k] & 0xC0) == 0x80)
            k--;
        if (space_len(base + k, end) != *e - k)
            break;
        *e = k;
    }
}

/* Whether code point cp ends a sentence. */
static int sentence_final(unsigned cp)
{
    switch (cp) {
    case '.': case '!': case '?': case ';': case ':':
    case 0x2026:  /* … */
    case 0x3002:  /* 。 */
    case 0xFF01:  /* ！ */
    case 0xFF1F:  /* ？ */
    case 0xFF0E:  /* ． */
    case 0xFF1A:  /* ： */
    case 0xFF1B:  /* ； */
        return 1;
    }
    return 0;
}

/* Whether code point cp closes a quotation or a bracket. */
static int closing_mark(unsigned cp)
{
    switch (cp) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x00BB: case 0x2019: case 0x201D: case 0x203A:
    case 0x300D: case 0x300F: case 0xFF09: case 0xFF3D:
        return 1;
    }
    return 0;
}

/* Whether cp is a letter, digit or ideograph, roughly: ASCII letters and
 * digits, and everything from U+00C0 on except the punctuation and
 * symbol blocks and U+FFFD. */
static int letter_or_digit(unsigned cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD)
        return 0;
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
        (cp >= 0xFF1A && cp <= 0xFF20))
        return 0;
    return 1;
}

int nf_title_like(const char *s, size_t len)
{
    size_t a = 0, b = len;
    trim(s, &a, &b);
    if (a == b)
        return 0;
    const char *p = s + a, *end = s + b;
    size_t chars = 0, words = 0;
    int in_word = 0, has_alnum = 0;
    unsigned last_real = 0;
    while (p < end) {
        unsigned cp;
        size_t n = space_len(p, end);
        if (n) {
            in_word = 0;
            p += n;
            chars++;
            continue;
        }
        n = nf_utf8_decode(p, end, &cp);
        if (!in_word) {
            words++;
            in_word = 1;
        }
        if (letter_or_digit(cp))
            has_alnum = 1;
        if (!closing_mark(cp))
            last_real = cp;
        chars++;
        p += n;
        if (chars > NF_TITLE_MAX_CHARS)
            return 0;  /* no need to look further */
    }
    if (chars > NF_TITLE_MAX_CHARS || words > NF_TITLE_MAX_WORDS || !has_alnum)
        return 0;
    /* The last mark that is not a closing quote or bracket decides. */
    return !sentence_final(last_real);
}

/* Finds the next non-blank line at or after `from`: [*ls, *le) without its
 * '\n', trimmed.  Returns 0 when there is none. */
static int next_line(const char *t, size_t len, size_t from, size_t *ls,
                     size_t *le)
{
    while (from < len) {
        const char *nl = memchr(t + from, '\n', len - from);
        size_t stop = nl ? (size_t)(nl - t) : len;
        size_t a = from, b = stop;
        trim(t, &a, &b);
        if (a < b) {
            *ls = a;
            *le = b;
            return 1;
        }
        from = stop + 1;
    }
    return 0;
}

/* Reads four, two, two digits "YYYY-MM-DD" at s (10 bytes available);
 * 1 when the shape and the date are valid. */
static int read_ymd(const char *s, char out[11])
{
    for (int i = 0; i < 10; i++) {
        int dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return 0;
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
            (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!nf_valid_ymd(y, m, d))
        return -1;
    memcpy(out, s, 10);
    out[10] = '\0';
    return 1;
}

/* Takes a leading "date YYYY-MM-DD" out: returns the offset where the
 * rest begins (0 when there is no date line). */
static size_t take_date(const char *t, size_t len, nf_text_parts *parts)
{
    size_t i = 0, n;
    while (i < len && (n = space_len(t + i, t + len)) > 0)
        i += n;
    if (len - i < 5 + 10)
        return 0;
    const char *p = t + i;
    if ((p[0] | 0x20) != 'd' || (p[1] | 0x20) != 'a' || (p[2] | 0x20) != 't' ||
        (p[3] | 0x20) != 'e')
        return 0;
    i += 4;
    if (t[i] == ':')
        i++;
    size_t gap = i;
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i == gap || len - i < 10)
        return 0;
    int ok = read_ymd(t + i, parts->published);
    if (ok == 0)
        return 0;
    i += 10;
    if (i < len && !space_len(t + i, t + len)) {
        parts->published[0] = '\0';
        return 0;  /* "date 2025-01-01x": not a date line */
    }
    if (ok < 0) {
        parts->bad_date = 1;
        return 0;
    }
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i < len && t[i] == '\r')
        i++;
    if (i < len && t[i] == '\n')
        i++;
    return i;
}

/* Whether line [s, s+len) is a lone short token: a section label. */
static int label_like(const char *s, size_t len)
{
    if (len > NF_LABEL_MAX_BYTES || !nf_title_like(s, len))
        return 0;
    for (size_t i = 0; i < len; i++)
        if (space_len(s + i, s + len))
            return 0;
    return 1;
}

void nf_text_split(const char *t, size_t len, nf_text_parts *parts)
{
    assert(parts && (t || len == 0));
    memset(parts, 0, sizeof *parts);
    size_t start = take_date(t, len, parts);
    size_t s1, e1, s2, e2, s3, e3;
    size_t body = start;
    if (next_line(t, len, start, &s1, &e1)) {
        body = s1;
        int has2 = next_line(t, len, e1, &s2, &e2);
        if (has2 && label_like(t + s1, e1 - s1)) {
            parts->label_start = s1;
            parts->label_end = e1;
            body = s2;
            if (nf_title_like(t + s2, e2 - s2) &&
                next_line(t, len, e2, &s3, &e3)) {
                parts->title_start = s2;
                parts->title_end = e2;
                body = s3;
            }
        } else if (has2 && nf_title_like(t + s1, e1 - s1)) {
            parts->title_start = s1;
            parts->title_end = e1;
            body = s2;
        }
    }
    parts->body_start = body;
    parts->body_end = len;
    trim(t, &parts->body_start, &parts->body_end);
}

/* The template key of a file: its folder ("." for a bare name). */
static void folder_of(const char *name, char *out, size_t size)
{
    const char *slash = strrchr(name, '/');
    size_t n = slash ? (size_t)(slash - name) : 0;
    if (n >= size)
        n = size - 1;
    if (n == 0) {
        out[0] = slash ? '/' : '.';
        out[1] = '\0';
        return;
    }
    memcpy(out, name, n);
    out[n] = '\0';
}

nf_status nf_ingest_text(const char *name, const char *data, size_t len,
                         const nf_reader_options *opts, nf_bp_model *bp,
                         nf_article **out)
{
    assert(name && opts && out && (data || len == 0));
    *out = NULL;
    size_t max = opts->max_article_bytes ? opts->max_article_bytes
                                         : NF_DEFAULT_MAX_ARTICLE;
    nf_article *a = nf_article_new();
    if (!a)
        return NF_ERR_NOMEM;
    nf_diag_tee tee = { opts->on_diag, opts->diag_ctx, a, 0, 0, NULL, NF_OK };
    nf_decoded d;
    nf_buf clean;
    nf_buf_init(&clean, max);
    nf_status st = nf_ingest_decode(data, len, name, max, nf_diag_tee_fn,
                                    &tee, &d);
    if (!st)
        st = nf_utf8_clean(d.data, d.len, &clean, name, nf_diag_tee_fn, &tee,
                           NULL);
    nf_decoded_free(&d);
    if (st == NF_ERR_TOO_LARGE)
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st, name, 0,
                     NF_NO_OFFSET,
                     "%s: text longer than the limit of %zu bytes; skipped",
                     name, max);
    else if (st && st != NF_ERR_NOMEM && st != NF_ERR_BINARY)
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st, name, 0,
                     NF_NO_OFFSET, "%s: text could not be decoded; skipped",
                     name);
    if (!st && tee.failed)
        st = tee.failed;
    if (st)
        goto done;

    const char *t = nf_buf_cstr(&clean);
    nf_text_parts parts;
    nf_text_split(t, clean.len, &parts);
    if (parts.body_start == parts.body_end) {
        st = NF_ERR_EMPTY;
        nf_diag_emit(opts->on_diag, opts->diag_ctx, NF_SEV_ERROR, st, name, 0,
                     NF_NO_OFFSET, "%s: holds no text; skipped", name);
        goto done;
    }
    if (parts.bad_date)
        nf_diag_emit(nf_diag_tee_fn, &tee, NF_SEV_WARNING, NF_ERR_FORMAT, name,
                     1, NF_NO_OFFSET,
                     "leading \"date\" is not a valid YYYY-MM-DD date; kept "
                     "in the text");
    if (parts.label_end > parts.label_start)
        nf_diag_emit(nf_diag_tee_fn, &tee, NF_SEV_NOTE, NF_ERR_FORMAT, name, 0,
                     NF_NO_OFFSET,
                     "first line \"%.*s\" read as a section label, not "
                     "part of the text",
                     (int)(parts.label_end - parts.label_start),
                     t + parts.label_start);
    /* Page residue out of the body (boilerplate.h); a body that would
     * be left empty is kept whole. */
    char folder[1024];
    folder_of(name, folder, sizeof folder);
    nf_buf body;
    nf_buf_init(&body, max);
    size_t removed = 0;
    st = nf_bp_clean(t + parts.body_start, parts.body_end - parts.body_start,
                     bp, folder, &body, &removed);
    if (!st && bp)
        st = nf_bp_model_learn(bp, folder, t + parts.body_start,
                               parts.body_end - parts.body_start);
    if (st == NF_ERR_NOMEM) {
        nf_buf_free(&body);
        goto done;
    }
    const char *bt = t + parts.body_start;
    size_t blen = parts.body_end - parts.body_start;
    if (!st && body.len > 0) {
        bt = nf_buf_cstr(&body);
        blen = body.len;
        if (removed)
            nf_diag_emit(nf_diag_tee_fn, &tee, NF_SEV_NOTE, NF_ERR_FORMAT, name,
                         0, NF_NO_OFFSET,
                         "%zu line(s) of page residue removed from the text",
                         removed);
    }
    st = nf_article_set_text(a, bt, blen);
    nf_buf_free(&body);
    if (st ||
        (st = nf_article_set(a, &a->source, name, strlen(name))) ||
        (st = nf_article_set(a, &a->format, "text", 4)))
        goto done;
    if (parts.title_end > parts.title_start &&
        (st = nf_article_set(a, &a->title, t + parts.title_start,
                             parts.title_end - parts.title_start)))
        goto done;
    if (parts.published[0] &&
        (st = nf_article_set(a, &a->published, parts.published, 10)))
        goto done;
    if (!(st = tee.failed) && !(st = nf_article_finish(a))) {
        *out = a;
        a = NULL;
    }
done:
    nf_buf_free(&clean);
    nf_article_free(a);
    return st == NF_ERR_NOMEM ? st : NF_OK;
}
