/* clean.c - the line rules of boilerplate.h: each line of the text is
 * given a shape (sentence, fragment, label, prompt, teaser, aside,
 * notice), then the rules of position decide which lines are residue.
 * Linear in the text; the only memory is one small record per line.
 */
#include "boilerplate/boilerplate.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

/* Longest line (characters) taken for header or footer residue. */
#define NF_BP_EDGE_MAX 200
/* Labels: at most this many words and characters. */
#define NF_BP_LABEL_WORDS 2
#define NF_BP_LABEL_CHARS 24
/* Prompts ("Open this photo in gallery:"): words, characters. */
#define NF_BP_PROMPT_WORDS 8
#define NF_BP_PROMPT_CHARS 60
/* Editorial notices: longest, and how many editorial terms they hold. */
#define NF_BP_NOTICE_CHARS 250
#define NF_BP_NOTICE_TERMS 2

/* Shape of a line. */
typedef struct line {
    size_t s, e;        /* trimmed bytes                                  */
    int blank_before;   /* a blank line precedes it                       */
    int sent;           /* ends like a sentence                           */
    unsigned chars, words;
    int remove;
} line;

/* Terms of editorial notices (lower case; ASCII compared without case).
 * They speak about the article as a product: its editing, translation,
 * syndication; not about any story. */
static const char *const notice_terms[] = {
    "edited", "syndicat", "feed", "automatically", "translated", "newsroom",
    "our staff", "traducido", "autom\xc3\xa1ticamente", "redacci\xc3\xb3n",
    "revisado", "traduit", "automatiquement", "r\xc3\xa9" "daction",
    "tradotto", "automaticamente", "redazione", "\xc3\xbc" "bersetzt",
    "automatisch", "redaktion", "traduzido", "reda\xc3\xa7\xc3\xa3o",
    "tradus", "automat", "redac\xc8\x9bi", "redac\xc5\xa3i",
    "\xe3\x82\xb7\xe3\x83\xb3\xe3\x82\xb8\xe3\x82\xb1\xe3\x83\xbc\xe3\x83\x88",
    "\xe8\x87\xaa\xe5\x8b\x95", "\xe7\xb7\xa8\xe9\x9b\x86",
    "\xe8\x87\xaa\xe5\x8a\xa8", "\xe7\xbc\x96\xe8\xbe\x91",
    "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8\xd1\x87"
    "\xd0\xb5\xd1\x81\xd0\xba\xd0\xb8",
    "\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb0\xd0\xba\xd1\x86",
};

/* Whether [s, s+n) contains term t, ASCII letters compared without case. */
static int has_term(const char *s, size_t n, const char *t)
{
    size_t k = strlen(t);
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && tolower((unsigned char)s[i + j]) == (unsigned char)t[j])
            j++;
        if (j == k)
            return 1;
    }
    return 0;
}

/* Whether the sentence line is a notice about the article itself. */
static int notice(const char *s, const line *l)
{
    if (l->chars > NF_BP_NOTICE_CHARS)
        return 0;
    int hits = 0;
    for (size_t i = 0; i < sizeof notice_terms / sizeof notice_terms[0]; i++)
        hits += has_term(s + l->s, l->e - l->s, notice_terms[i]);
    return hits >= NF_BP_NOTICE_TERMS;
}

int nf_bp_sentence_end(const char *s, size_t len)
{
    const char *end = s + len;
    /* Step back over closing quotes and brackets. */
    while (end > s) {
        unsigned char c = (unsigned char)end[-1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            end--;
            continue;
        }
        if (end - s >= 3) {
            const unsigned char *u = (const unsigned char *)end - 3;
            /* ” ’ » (2 bytes) handled below; 」 』 ） ］ 】 */
            if ((u[0] == 0xE3 && u[1] == 0x80 &&
                 (u[2] == 0x8D || u[2] == 0x8F || u[2] == 0x91)) ||
                (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x89 || u[2] == 0xBD)) ||
                (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9D || u[2] == 0x99))) {
                end -= 3;
                continue;
            }
        }
        if (end - s >= 2 && (unsigned char)end[-2] == 0xC2 &&
            (unsigned char)end[-1] == 0xBB) {
            end -= 2;
            continue;
        }
        break;
    }
    if (end == s)
        return 0;
    unsigned char c = (unsigned char)end[-1];
    if (c == '.' || c == '!' || c == '?')
        return 1;
    if (end - s >= 3) {
        const unsigned char *u = (const unsigned char *)end - 3;
        if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82)   /* 。 */
            return 1;
        if (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F))
            return 1;                                         /* ！ ？ */
        if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xA6)   /* … */
            return 1;
    }
    return 0;
}

/* Characters and words of [s, s+n). */
static void measure(const char *s, size_t n, unsigned *chars, unsigned *words)
{
    unsigned c = 0, w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b & 0xC0) != 0x80)
            c++;
        int sp = b == ' ' || b == '\t';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    *chars = c;
    *words = w;
}

/* Whether the line ends with a colon (ASCII or full-width). */
static int colon_end(const char *s, const line *l)
{
    size_t n = l->e - l->s;
    const char *p = s + l->s;
    return (n >= 1 && p[n - 1] == ':') ||
           (n >= 3 && (unsigned char)p[n - 3] == 0xEF &&
            (unsigned char)p[n - 2] == 0xBC && (unsigned char)p[n - 1] == 0x9A);
}

/* Whether the fragment is "Label: rest" with a short label. */
static int teaser(const char *s, const line *l)
{
    const char *p = s + l->s;
    size_t n = l->e - l->s;
    for (size_t i = 1; i < n && i <= 24; i++) {
        size_t clen = p[i] == ':' ? 1
                      : (i + 2 < n && (unsigned char)p[i] == 0xEF &&
                         (unsigned char)p[i + 1] == 0xBC &&
                         (unsigned char)p[i + 2] == 0x9A) ? 3 : 0;
        if (!clen)
            continue;
        unsigned lc, lw, rc, rw;
        measure(p, i, &lc, &lw);
        measure(p + i + clen, n - i - clen, &rc, &rw);
        return lw <= 3 && rc >= 8;
    }
    return 0;
}

/* Whether the whole line is in brackets: ( ) [ ] （ ） . */
static int aside(const char *s, const line *l)
{
    const unsigned char *p = (const unsigned char *)s + l->s;
    size_t n = l->e - l->s;
    if (n >= 2 && ((p[0] == '(' && p[n - 1] == ')') ||
                   (p[0] == '[' && p[n - 1] == ']')))
        return 1;
    return n >= 6 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x88 &&
           p[n - 3] == 0xEF && p[n - 2] == 0xBC && p[n - 1] == 0x89;
}

/* Whether a line starts with a quotation mark (a quote, not a caption). */
static int quoted(const char *s, const line *l)
{
    const unsigned char *p = (const unsigned char *)s + l->s;
    size_t n = l->e - l->s;
    return (n >= 1 && (p[0] == '"' || p[0] == '\'')) ||
           (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
            (p[2] == 0x9C || p[2] == 0x98 || p[2] == 0x9E)) ||
           (n >= 2 && p[0] == 0xC2 && p[1] == 0xAB) ||
           (n >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x8C);
}

/* Splits the text into lines; returns their number (array malloc'ed). */
static size_t split(const char *t, size_t len, line **out)
{
    size_t cap = 64, n = 0;
    line *ls = malloc(cap * sizeof *ls);
    if (!ls)
        return (size_t)-1;
    int blank = 0;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len, s = i;
        i = nl ? e + 1 : len;
        while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '\r'))
            s++;
        while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
            e--;
        if (s == e) {
            blank = 1;
            continue;
        }
        if (n == cap) {
            line *p = realloc(ls, (cap *= 2) * sizeof *ls);
            if (!p) {
                free(ls);
                return (size_t)-1;
            }
            ls = p;
        }
        line *l = &ls[n++];
        memset(l, 0, sizeof *l);
        l->s = s;
        l->e = e;
        l->blank_before = blank;
        blank = 0;
        l->sent = nf_bp_sentence_end(t + s, e - s);
        measure(t + s, e - s, &l->chars, &l->words);
    }
    *out = ls;
    return n;
}

nf_status nf_bp_clean(const char *text, size_t len, const nf_bp_model *model,
                      const char *source, nf_buf *out, size_t *removed)
{
    assert(out && (text || len == 0));
    line *ls = NULL;
    size_t n = split(text, len, &ls);
    if (n == (size_t)-1)
        return NF_ERR_NOMEM;
    size_t first = n, last = n;
    for (size_t i = 0; i < n; i++)
        if (ls[i].sent) {
            if (first == n)
                first = i;
            last = i;
        }
    if (first < n) {
        /* Header and footer: fragments before the first sentence and
         * after the last one. */
        for (size_t i = 0; i < first; i++)
            ls[i].remove = ls[i].chars <= NF_BP_EDGE_MAX;
        /* Editorial notices closing the text (at most two sentences). */
        for (size_t i = last + 1, k = 0; i-- > first && k < 2;) {
            if (!ls[i].sent)
                continue;
            k++;
            if (!notice(text, &ls[i]))
                break;
            ls[i].remove = 1;
            last = i;
        }
        for (size_t i = last + 1; i < n; i++)
            ls[i].remove = ls[i].remove || ls[i].chars <= NF_BP_EDGE_MAX;
        /* Inside the body. */
        for (size_t i = first; i <= last && i < n; i++) {
            line *l = &ls[i];
            if (l->remove)
                continue;
            if (aside(text, l) && l->chars <= 2 * NF_BP_EDGE_MAX) {
                l->remove = 1;
                continue;
            }
            if (l->sent)
                continue;
            if (l->words <= NF_BP_LABEL_WORDS && l->chars <= NF_BP_LABEL_CHARS &&
                !colon_end(text, l)) {
                l->remove = 1;  /* a label: "Advertising" */
                continue;
            }
            if (colon_end(text, l) && l->words <= NF_BP_PROMPT_WORDS &&
                l->chars <= NF_BP_PROMPT_CHARS && i + 1 < n &&
                !quoted(text, &ls[i + 1]) && ls[i + 1].chars <= 300 &&
                (i + 2 >= n || ls[i + 2].blank_before)) {
                l->remove = 1;  /* a figure prompt and its caption */
                ls[i + 1].remove = 1;
                continue;
            }
            if (teaser(text, l)) {
                l->remove = 1;  /* "Opinion: another story's headline" */
                continue;
            }
            /* Two or more fragments in a row: other stories' headlines. */
            size_t k = i;
            while (k + 1 <= last && !ls[k + 1].sent && !ls[k + 1].remove)
                k++;
            if (k > i) {
                for (size_t j = i; j <= k; j++)
                    ls[j].remove = 1;
                i = k;
            }
        }
    }
    /* Per-source templates. */
    for (size_t i = 0; model && source && i < n; i++)
        if (!ls[i].remove && (!ls[i].sent || ls[i].chars <= NF_BP_EDGE_MAX) &&
            nf_bp_model_seen(model, source, text + ls[i].s, ls[i].e - ls[i].s))
            ls[i].remove = 1;

    nf_status st = NF_OK;
    size_t gone = 0;
    int had_blank = 0, any = 0;
    for (size_t i = 0; i < n && !st; i++) {
        had_blank |= ls[i].blank_before;
        if (ls[i].remove) {
            gone++;
            continue;
        }
        if (any)
            st = nf_buf_puts(out, had_blank ? "\n\n" : "\n");
        if (!st)
            st = nf_buf_append(out, text + ls[i].s, ls[i].e - ls[i].s);
        any = 1;
        had_blank = 0;
    }
    free(ls);
    if (removed)
        *removed = gone;
    return st;
}
