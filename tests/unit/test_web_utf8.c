/* test_web_utf8.c - the one-pass checks that let a clean page skip the
 * copy: nf_utf8_as_is, nf_utf8_valid and nf_utf8_clean's word-at-a-time
 * scan (with its lazily counted line numbers), and the page fast path
 * of nf_ingest_html_utf8, each against a reference written here from
 * the contracts in text.h, on every short string over an alphabet of
 * the bytes that matter and on pseudo-random longer ones (the scan
 * works eight bytes at a time, so the bad byte is put at every
 * position of a word). */
#include <stdint.h>

#include "ingest/ingest_int.h"
#include "nf_test.h"
#include "text/text.h"

/* Pieces the strings are made of: each class of byte the scan treats
 * apart, and multi-byte sequences valid, C1, overlong, surrogate, out
 * of range, cut short. */
static const char *const pieces[] = {
    "a", " ", "~", "\t", "\n", "\r", "\r\n", "\x01", "\x1b", "\x7f",
    "\xc2\x80", "\xc2\x9f", "\xc2\xa0", "\xc3\xa9", "\xe2\x82\xac",
    "\xef\xbb\xbf", "\xef\xbf\xbd", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf",
    "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\x80",
    "\xff", "abcdefgh", "0123456",
};
#define N_PIECES (sizeof pieces / sizeof pieces[0])

/* The reference cleaner: what text.h promises, one character at a
 * time.  Appends to out (large enough); returns its length. */
static size_t ref_clean(const char *s, size_t len, char *out, size_t *repairs)
{
    size_t o = 0, i = 0;
    *repairs = 0;
    if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r') {
            out[o++] = '\n';
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c < 0x80) {
            if ((c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n')
                out[o++] = (char)c;
            else
                (*repairs)++;
            i++;
            continue;
        }
        unsigned cp;
        size_t n = nf_utf8_decode(s + i, s + len, &cp);
        int literal = n == 3 && memcmp(s + i, "\xef\xbf\xbd", 3) == 0;
        if (cp == 0xFFFD && !literal) {
            memcpy(out + o, "\xef\xbf\xbd", 3);
            o += 3;
            (*repairs)++;
        } else if (cp >= 0x80 && cp <= 0x9F) {
            (*repairs)++;
        } else {
            memcpy(out + o, s + i, n);
            o += n;
        }
        i += n;
    }
    return o;
}

/* The line of byte `off` of s: 1 + the line ends (LF, CR, CRLF) before. */
static unsigned long ref_line(const char *s, size_t off)
{
    unsigned long line = 1;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n' || (s[i] == '\r' && !(i + 1 < off && s[i + 1] == '\n')))
            line++;
    return line;
}

/* Diagnostics of one nf_utf8_clean run. */
typedef struct seen {
    const char *src;
    int notes, bad_lines;
} seen;

static void on_diag(void *ctx, const nf_diag *d)
{
    seen *s = ctx;
    if (d->severity != NF_SEV_NOTE)
        return;
    s->notes++;
    if (d->line != ref_line(s->src, (size_t)d->offset))
        s->bad_lines++;
}

/* Checks every function against the reference on s; returns failures. */
static int check_one(const char *s, size_t len)
{
    char want[256];
    size_t repairs;
    size_t wn = ref_clean(s, len, want, &repairs);
    int fails = 0;
    nf_buf b;
    nf_buf_init(&b, 0);
    seen sn = { s, 0, 0 };
    size_t got_repairs = 0;
    if (nf_utf8_clean(s, len, &b, "t", on_diag, &sn, &got_repairs) != NF_OK ||
        b.len != wn || memcmp(nf_buf_cstr(&b), want, wn) != 0)
        fails++;
    if (sn.bad_lines || (repairs <= 10 && (size_t)sn.notes != repairs))
        fails++;
    int as_is = wn == len && memcmp(want, s, len) == 0;
    if (nf_utf8_as_is(s, len) != as_is)
        fails++;
    /* Valid: every decoded character is what the bytes say. */
    int valid = 1;
    for (size_t i = 0; i < len;) {
        unsigned cp;
        size_t n = nf_utf8_decode(s + i, s + len, &cp);
        if (cp == 0xFFFD && !(n == 3 && memcmp(s + i, "\xef\xbf\xbd", 3) == 0))
            valid = 0;
        i += n;
    }
    if (nf_utf8_valid(s, len) != valid)
        fails++;
    /* The page path copies clean text as it is (the other inputs go
     * the slow way, tested in test_html and test_reader). */
    if (as_is) {
        nf_buf page;
        nf_buf_init(&page, 0);
        nf_status st = nf_ingest_html_utf8(s, len, NULL, "t", 0, NULL, NULL,
                                           &page);
        if (st != NF_OK || page.len != len ||
            memcmp(nf_buf_cstr(&page), s, len) != 0)
            fails++;
        nf_buf_free(&page);
    }
    nf_buf_free(&b);
    return fails;
}

/* Every string of up to three pieces, with 0..9 bytes of ASCII before
 * it so that each piece falls at each place of an eight-byte word. */
static void test_short_strings(void)
{
    int fails = 0, n = 0;
    char s[128];
    for (size_t a = 0; a < N_PIECES; a++)
        for (size_t b = 0; b <= N_PIECES; b++)
            for (size_t c = 0; c <= N_PIECES; c++)
                for (size_t pad = 0; pad < 10; pad += (c == N_PIECES ? 1 : 3)) {
                    size_t len = 0;
                    memset(s, 'x', pad);
                    len = pad;
                    const size_t idx[3] = { a, b, c };
                    for (int k = 0; k < 3; k++) {
                        if (idx[k] == N_PIECES)
                            continue;
                        size_t m = strlen(pieces[idx[k]]);
                        memcpy(s + len, pieces[idx[k]], m);
                        len += m;
                    }
                    fails += check_one(s, len);
                    n++;
                }
    CHECK(n > 20000);
    CHECK_INT(fails, 0);
}

/* Longer pseudo-random strings, mostly clean (the common case). */
static void test_random_strings(void)
{
    uint32_t x = 12345;
    int fails = 0, clean = 0;
    char s[200];
    for (int round = 0; round < 20000; round++) {
        size_t len = 0;
        while (len < 150) {
            x = x * 1103515245u + 12345u;
            unsigned r = (x >> 16) % 100;
            const char *p = r < 85 ? pieces[25 + r % 2] : pieces[r % N_PIECES];
            size_t m = strlen(p);
            memcpy(s + len, p, m);
            len += m;
        }
        clean += nf_utf8_as_is(s, len);
        fails += check_one(s, len);
    }
    CHECK_INT(fails, 0);
    CHECK(clean > 0);
}

/* Line numbers of repairs far apart (the lines are counted lazily). */
static void test_lines(void)
{
    nf_buf src;
    nf_buf_init(&src, 0);
    for (int i = 0; i < 300; i++) {
        nf_buf_puts(&src, i % 3 == 0 ? "line\r\n" : i % 3 == 1 ? "line\n" : "line\r");
        if (i % 37 == 5)
            nf_buf_puts(&src, "bad \x01 and \xff here\n");
    }
    seen sn = { nf_buf_cstr(&src), 0, 0 };
    nf_buf out;
    nf_buf_init(&out, 0);
    CHECK_INT(nf_utf8_clean(src.data, src.len, &out, "t", on_diag, &sn, NULL),
              NF_OK);
    CHECK_INT(sn.notes, 10);
    CHECK_INT(sn.bad_lines, 0);
    CHECK(!nf_utf8_as_is(src.data, src.len));
    CHECK(nf_utf8_as_is(out.data, out.len));
    nf_buf_free(&out);
    nf_buf_free(&src);
}

int main(void)
{
    RUN(test_short_strings);
    RUN(test_random_strings);
    RUN(test_lines);
    return nf_test_done();
}
