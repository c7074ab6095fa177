/* test_utf8.c - the strict decoder and nf_utf8_clean.
 *
 * The decoder is checked against the Unicode standard's own example of
 * maximal-subpart replacement and, exhaustively over all 1..3-byte
 * strings (and a sample of 4-byte ones), against a reference written
 * differently: decode the bits blindly, then accept only when the value
 * re-encodes to the same bytes and is a scalar value; its inline form
 * (nf_utf8_decode_fast) against it, over the same strings. */
#include <stdint.h>

#include "nf_test.h"
#include "text/text.h"

/* ---- a reference validator, written from the definition ---------------- */

/* Encodes scalar cp into b; returns the length. */
static size_t ref_encode(unsigned cp, unsigned char *b)
{
    if (cp < 0x80) {
        b[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        b[0] = (unsigned char)(0xC0 | (cp >> 6));
        b[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (cp >> 12));
        b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | (cp >> 18));
    b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* 1 when b[0..n) is exactly one well-formed character. */
static int ref_one_char(const unsigned char *b, size_t n)
{
    size_t want = b[0] < 0x80 ? 1 : b[0] >= 0xF0 ? 4 : b[0] >= 0xE0 ? 3
                : b[0] >= 0xC0 ? 2 : 0;
    if (want != n || b[0] >= 0xF8)
        return 0;
    unsigned cp = n == 1 ? b[0] : b[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((b[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b[i] & 0x3F);
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    unsigned char e[4];
    return ref_encode(cp, e) == n && memcmp(e, b, n) == 0;
}

/* ---- decoder ------------------------------------------------------------ */

static void test_decode_valid_all_scalars(void)
{
    int bad = 0;
    for (unsigned cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        unsigned char b[4];
        size_t n = ref_encode(cp, b), got;
        unsigned out = 0;
        got = nf_utf8_decode((const char *)b, (const char *)b + n, &out);
        if (got != n || out != cp || !nf_utf8_valid((const char *)b, n))
            bad++;
    }
    CHECK_INT(bad, 0);
}

/* The example of the Unicode standard (ch. 3, "U+FFFD substitution of
 * maximal subparts"): 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64. */
static void test_decode_standard_example(void)
{
    static const unsigned char in[] = { 0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80,
                                        0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF,
                                        0x64 };
    static const unsigned want[] = { 0x61, 0xFFFD, 0xFFFD, 0xFFFD, 0x62,
                                     0xFFFD, 0x63, 0xFFFD, 0xFFFD, 0x64 };
    const char *p = (const char *)in, *end = p + sizeof in;
    size_t k = 0;
    while (p < end && k < 12) {
        unsigned cp;
        p += nf_utf8_decode(p, end, &cp);
        if (k < sizeof want / sizeof *want)
            CHECK_INT(cp, want[k]);
        k++;
    }
    CHECK_INT(k, sizeof want / sizeof *want);
}

static void test_decode_lengths(void)
{
    struct { const char *s; size_t len; size_t n; unsigned cp; } t[] = {
        { "\xC0\xAF", 2, 1, 0xFFFD },          /* overlong '/' */
        { "\xE0\x80\xAF", 3, 1, 0xFFFD },      /* overlong, 3 bytes */
        { "\xE0\xA0\x80", 3, 3, 0x800 },
        { "\xED\xA0\x80", 3, 1, 0xFFFD },      /* surrogate D800 */
        { "\xED\x9F\xBF", 3, 3, 0xD7FF },
        { "\xF4\x90\x80\x80", 4, 1, 0xFFFD },  /* > U+10FFFF */
        { "\xF4\x8F\xBF\xBF", 4, 4, 0x10FFFF },
        { "\xF0\x9F\x98", 3, 3, 0xFFFD },      /* truncated 4-byte */
        { "\xF0\x9F\x98" "A", 4, 3, 0xFFFD },
        { "\xE1\x80" "A", 3, 2, 0xFFFD },
        { "\xF5\x80", 2, 1, 0xFFFD },
        { "\xFF", 1, 1, 0xFFFD },
        { "\x80", 1, 1, 0xFFFD },
        { "\xEF\xBF\xBD", 3, 3, 0xFFFD },      /* a real U+FFFD */
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        unsigned cp = 0;
        size_t n = nf_utf8_decode(t[i].s, t[i].s + t[i].len, &cp);
        CHECK_INT(n, t[i].n);
        CHECK_INT(cp, t[i].cp);
    }
}

/* Prefixes of length 1..3 of the encodings of all scalar values, as
 * bit sets indexed by the prefix bytes read big-endian. */
static unsigned char ref_pfx1[256 / 8], ref_pfx2[65536 / 8];
static unsigned char *ref_pfx3;  /* 2^24 bits */

static void ref_build_prefixes(void)
{
    ref_pfx3 = calloc(1, (1u << 24) / 8);
    for (unsigned cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        unsigned char e[4] = { 0 };
        size_t n = ref_encode(cp, e);
        unsigned k1 = e[0], k2 = (k1 << 8) | e[1], k3 = (k2 << 8) | e[2];
        ref_pfx1[k1 / 8] |= (unsigned char)(1u << (k1 % 8));
        if (n > 1)
            ref_pfx2[k2 / 8] |= (unsigned char)(1u << (k2 % 8));
        if (n > 2 && ref_pfx3)
            ref_pfx3[k3 / 8] |= (unsigned char)(1u << (k3 % 8));
    }
}

/* 1 when b[0..k) (1 <= k <= 4) is the start of some well-formed
 * character (or a whole one). */
static int ref_is_prefix(const unsigned char *b, size_t k)
{
    unsigned key = 0;
    for (size_t i = 0; i < k && i < 3; i++)
        key = (key << 8) | b[i];
    switch (k) {
    case 1: return (ref_pfx1[key / 8] >> (key % 8)) & 1;
    case 2: return (ref_pfx2[key / 8] >> (key % 8)) & 1;
    case 3: return ref_pfx3 && ((ref_pfx3[key / 8] >> (key % 8)) & 1);
    default: return ref_one_char(b, k);
    }
}

/* Checks one string of n bytes against the reference.  The decoder must
 * accept exactly what the reference accepts, and on rejection consume
 * exactly the maximal subpart: the longest prefix that can still begin a
 * character, or one byte when none can. */
static int check_against_ref(const unsigned char *b, size_t n)
{
    int ref = ref_one_char(b, n);
    unsigned cp;
    size_t got = nf_utf8_decode((const char *)b, (const char *)b + n, &cp);
    int real_fffd = n == 3 && b[0] == 0xEF && b[1] == 0xBF && b[2] == 0xBD;
    int ours = got == n && (cp != 0xFFFD || real_fffd);
    if (ref != ours)
        return 1;
    if (ref || cp != 0xFFFD || real_fffd)
        return 0;
    if (got > 1 && !ref_is_prefix(b, got))
        return 1;
    if (got < n && ref_is_prefix(b, got + 1))
        return 1;
    return 0;
}

static void test_decode_exhaustive(void)
{
    int bad = 0;
    ref_build_prefixes();
    CHECK(ref_pfx3 != NULL);
    unsigned char b[4];
    for (unsigned a = 0; a < 256; a++) {
        b[0] = (unsigned char)a;
        bad += check_against_ref(b, 1);
        for (unsigned c = 0; c < 256; c++) {
            b[1] = (unsigned char)c;
            bad += check_against_ref(b, 2);
            if (a < 0xE0 || a > 0xEF)
                continue;
            for (unsigned d = 0; d < 256; d++) {
                b[2] = (unsigned char)d;
                bad += check_against_ref(b, 3);
            }
        }
    }
    static const unsigned char pick[] = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                          0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF };
    for (unsigned a = 0xF0; a < 0x100; a++)
        for (size_t i = 0; i < sizeof pick; i++)
            for (size_t j = 0; j < sizeof pick; j++)
                for (size_t k = 0; k < sizeof pick; k++) {
                    b[0] = (unsigned char)a;
                    b[1] = pick[i];
                    b[2] = pick[j];
                    b[3] = pick[k];
                    bad += check_against_ref(b, 4);
                }
    CHECK_INT(bad, 0);
    free(ref_pfx3);
}

static void test_valid(void)
{
    CHECK(nf_utf8_valid("", 0));
    CHECK(nf_utf8_valid("plain", 5));
    CHECK(nf_utf8_valid("\xC8\x99i \xE6\x9D\xB1 \xF0\x9F\x98\x80", 12));
    CHECK(!nf_utf8_valid("ab\xC3", 3));
    CHECK(!nf_utf8_valid("\xED\xB0\x80", 3));
    CHECK(nf_utf8_valid("\xEF\xBF\xBD", 3));
}

/* ---- nf_utf8_clean ------------------------------------------------------ */

typedef struct diag_log {
    int n;
    nf_diag d[16];
    char msg[16][160];
    int summary;  /* count of diagnostics without a line */
} diag_log;

static void log_diag(void *ctx, const nf_diag *d)
{
    diag_log *lg = ctx;
    if (d->line == 0)
        lg->summary++;
    if (lg->n < 16) {
        lg->d[lg->n] = *d;
        snprintf(lg->msg[lg->n], sizeof lg->msg[0], "%s", d->message);
        lg->d[lg->n].message = lg->msg[lg->n];
    }
    lg->n++;
}

static void test_clean_plain(void)
{
    nf_buf b;
    nf_buf_init(&b, 0);
    size_t reps = 99;
    const char *s = "Ana are mere.\tEl are \xC8\x99i pere.\n";
    CHECK_INT(nf_utf8_clean(s, strlen(s), &b, "x", NULL, NULL, &reps), NF_OK);
    CHECK_STR(nf_buf_cstr(&b), s);
    CHECK_INT(reps, 0);
    nf_buf_reset(&b);
    CHECK_INT(nf_utf8_clean("", 0, &b, NULL, NULL, NULL, NULL), NF_OK);
    CHECK_INT(b.len, 0);
    nf_buf_free(&b);
}

static void test_clean_bom_and_lines(void)
{
    nf_buf b;
    nf_buf_init(&b, 0);
    diag_log lg = { 0 };
    const char s[] = "\xEF\xBB\xBFTitle\r\nline two\rthree\n\xEF\xBB\xBFkept";
    CHECK_INT(nf_utf8_clean(s, sizeof s - 1, &b, "f", log_diag, &lg, NULL),
              NF_OK);
    CHECK_STR(nf_buf_cstr(&b), "Title\nline two\nthree\n\xEF\xBB\xBFkept");
    CHECK_INT(lg.n, 0);  /* normal forms, not repairs */
    nf_buf_free(&b);
}

static void test_clean_repairs_located(void)
{
    nf_buf b;
    nf_buf_init(&b, 0);
    diag_log lg = { 0 };
    size_t reps = 0;
    /* line 1: a NUL; line 2 (after CRLF): an overlong; line 3 (after CR):
     * a C1 control, then a truncated 4-byte sequence at the very end. */
    const char s[] = "a\0b\r\nc\xC0\xAF" "d\re\xC2\x85" "f\xF0\x9F\x98";
    CHECK_INT(nf_utf8_clean(s, sizeof s - 1, &b, "in.txt", log_diag, &lg,
                            &reps), NF_OK);
    CHECK_STR(nf_buf_cstr(&b),
              "ab\nc\xEF\xBF\xBD\xEF\xBF\xBD" "d\nef\xEF\xBF\xBD");
    CHECK_INT(reps, 3);
    CHECK_INT(lg.n, 5);
    if (lg.n == 5) {
        CHECK_INT(lg.d[0].line, 1);
        CHECK_INT(lg.d[0].offset, 1);
        CHECK_INT(lg.d[0].severity, NF_SEV_NOTE);
        CHECK_INT(lg.d[0].code, NF_ERR_ENCODING);
        CHECK_STR(lg.d[0].file, "in.txt");
        CHECK(strstr(lg.msg[0], "U+0000") != NULL);
        CHECK_INT(lg.d[1].line, 2);
        CHECK_INT(lg.d[1].offset, 6);
        CHECK(strstr(lg.msg[1], "C0") != NULL);
        CHECK_INT(lg.d[2].offset, 7);
        CHECK_INT(lg.d[3].line, 3);
        CHECK_INT(lg.d[3].offset, 11);
        CHECK(strstr(lg.msg[3], "U+0085") != NULL);
        CHECK_INT(lg.d[4].line, 3);
        CHECK_INT(lg.d[4].offset, 14);
        CHECK(strstr(lg.msg[4], "F0 9F 98") != NULL);
    }
    CHECK(nf_utf8_valid(b.data, b.len));
    nf_buf_free(&b);
}

static void test_clean_summary(void)
{
    nf_buf b;
    nf_buf_init(&b, 0);
    diag_log lg = { 0 };
    size_t reps = 0;
    char s[40];
    for (int i = 0; i < 40; i++)
        s[i] = (i % 2) ? 'x' : (char)0xFF;  /* 20 invalid bytes */
    CHECK_INT(nf_utf8_clean(s, sizeof s, &b, NULL, log_diag, &lg, &reps),
              NF_OK);
    CHECK_INT(reps, 20);
    CHECK_INT(lg.n, 11);
    CHECK_INT(lg.summary, 1);
    if (lg.n == 11) {
        CHECK_INT(lg.d[10].severity, NF_SEV_WARNING);
        CHECK(strstr(lg.msg[10], "20") != NULL);
        CHECK_INT(lg.d[9].offset, 18);
    }
    CHECK_INT(b.len, 20 * 4);
    nf_buf_free(&b);
}

static void test_clean_limit(void)
{
    nf_buf b;
    nf_buf_init(&b, 8);
    CHECK_INT(nf_utf8_clean("0123456789", 10, &b, NULL, NULL, NULL, NULL),
              NF_ERR_TOO_LARGE);
    nf_buf_free(&b);
    nf_buf_init(&b, 8);
    /* fits in the input length but not after repair */
    CHECK_INT(nf_utf8_clean("\xFF\xFF\xFF", 3, &b, NULL, NULL, NULL, NULL),
              NF_ERR_TOO_LARGE);
    nf_buf_free(&b);
}

/* A long single line of mixed scripts stays byte-identical. */
static void test_clean_long_line(void)
{
    const char *unit = "Ucraina \xC8\x99i \xE6\x9D\xB1\xE4\xBA\xAC "
                       "\xF0\x9F\x98\x80 garan\xC8\x9Bii; ";
    size_t ul = strlen(unit), reps = 0, n = (4u << 20) / ul;
    nf_buf in, out;
    nf_buf_init(&in, 0);
    nf_buf_init(&out, 0);
    for (size_t i = 0; i < n; i++)
        nf_buf_append(&in, unit, ul);
    CHECK_INT(nf_utf8_clean(in.data, in.len, &out, NULL, NULL, NULL, &reps),
              NF_OK);
    CHECK_INT(out.len, in.len);
    CHECK(out.len == in.len && memcmp(out.data, in.data, in.len) == 0);
    CHECK(nf_utf8_valid(out.data, out.len));
    nf_buf_free(&in);
    nf_buf_free(&out);
}

/* nf_utf8_decode_fast gives nf_utf8_decode's answer (code point and
 * length) for every string of 1 to 3 bytes, each also cut short (the end
 * pointer inside the sequence), and for 4-byte leads. */
static void test_decode_fast_same(void)
{
    size_t bad = 0, n = 0;
    unsigned char b[4];
    for (unsigned a = 0; a < 256; a++)
        for (unsigned c = 0; c < 256; c++)
            for (unsigned d = 0; d < (a >= 0xE0 ? 256u : 1u); d++) {
                b[0] = (unsigned char)a;
                b[1] = (unsigned char)c;
                b[2] = (unsigned char)d;
                b[3] = 0x80;
                for (size_t len = 1; len <= 4; len++) {
                    const char *s = (const char *)b, *end = s + len;
                    unsigned cp1 = 1, cp2 = 2;
                    size_t l1 = nf_utf8_decode(s, end, &cp1);
                    size_t l2 = nf_utf8_decode_fast(s, end, &cp2);
                    bad += l1 != l2 || cp1 != cp2;
                    n++;
                }
            }
    CHECK_INT(bad, 0);
    CHECK(n > 256u * 256u);
}

int main(void)
{
    RUN(test_decode_valid_all_scalars);
    RUN(test_decode_standard_example);
    RUN(test_decode_lengths);
    RUN(test_decode_exhaustive);
    RUN(test_decode_fast_same);
    RUN(test_valid);
    RUN(test_clean_plain);
    RUN(test_clean_bom_and_lines);
    RUN(test_clean_repairs_located);
    RUN(test_clean_summary);
    RUN(test_clean_limit);
    RUN(test_clean_long_line);
    return nf_test_done();
}
