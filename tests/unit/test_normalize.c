/* test_normalize.c - the matching form (nf_text_normalize).
 *
 * Expected forms are written by hand from the Unicode rules (NFKC,
 * full case folding) and the project's own unifications; the pairs in
 * tests/data/text/normalize_pairs.tsv are checked both ways (each input
 * gives the expected form, and the expected form is a fixed point). */
#include "nf_test.h"
#include "text/text.h"

/* Returns the matching form of s as a malloc'ed string (NULL on error). */
static char *norm(const char *s)
{
    nf_buf b;
    nf_buf_init(&b, 0);
    if (nf_text_normalize(s, strlen(s), &b, NULL) != NF_OK) {
        nf_buf_free(&b);
        return NULL;
    }
    if (!b.data)
        return calloc(1, 1);
    return nf_buf_detach(&b, NULL);
}

#define CHECK_NORM(in, want)            \
    do {                                \
        char *got_ = norm(in);          \
        CHECK_STR(got_, want);          \
        free(got_);                     \
    } while (0)

static void test_ascii_and_case(void)
{
    CHECK_NORM("", "");
    CHECK_NORM("Kyiv ASKS for Guarantees", "kyiv asks for guarantees");
    CHECK_NORM("a`b", "a'b");
    CHECK_NORM("Tab\tand\nnewline stay", "tab\tand\nnewline stay");
}

static void test_romanian(void)
{
    /* cedilla forms (U+015E/F, U+0162/3) and comma forms are one */
    CHECK_NORM("\xC5\x9E" "tefan \xC5\xA2" "ar\xC4\x83",
               "\xC8\x99tefan \xC8\x9B" "ar\xC4\x83");
    CHECK_NORM("\xC8\x98" "I \xC8\x9A" "ARA", "\xC8\x99i \xC8\x9B" "ara");
    CHECK_NORM("gr\xC4\x83" "din\xC4\x83 \xC5\x9F" "i \xC5\xA3" "ar\xC4\x83",
               "gr\xC4\x83" "din\xC4\x83 \xC8\x99i \xC8\x9b" "ar\xC4\x83");
    /* s + combining cedilla composes to U+015F inside NFKC */
    CHECK_NORM("s\xCC\xA7" "i", "\xC8\x99i");
    CHECK_NORM("\xC3\x8E" "N", "\xC3\xAEn");  /* Î */
}

static void test_german_turkish_greek(void)
{
    CHECK_NORM("Stra\xC3\x9F" "e", "strasse");
    CHECK_NORM("STRASSE", "strasse");
    CHECK_NORM("\xE1\xBA\x9E", "ss");  /* capital sharp s */
    CHECK_NORM("\xC3\x9C" "BER", "\xC3\xBC" "ber");
    /* Turkish dotted capital I folds to i + combining dot above (full,
     * locale-free folding); dotless i stays as it is. */
    CHECK_NORM("\xC4\xB0stanbul", "i\xCC\x87stanbul");
    CHECK_NORM("\xC4\xB1s\xC4\xB1k", "\xC4\xB1s\xC4\xB1k");
    /* Greek: final sigma folds to sigma, so all spellings meet */
    CHECK_NORM("\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3",
               "\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x83");
    CHECK_NORM("\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x82",
               "\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x83");
}

static void test_compatibility(void)
{
    /* full-width letters and digits */
    CHECK_NORM("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3\xEF\xBC\x91\xEF\xBC\x92"
               "\xEF\xBC\x93", "abc123");
    /* half-width katakana to full-width (NFKC composes the voiced mark) */
    CHECK_NORM("\xEF\xBD\xB6\xEF\xBE\x9E", "\xE3\x82\xAC");
    /* ligature fi, circled one, superscript two */
    CHECK_NORM("\xEF\xAC\x81" "le \xE2\x91\xA0 x\xC2\xB2", "file 1 x2");
    /* NBSP becomes a space; soft hyphen disappears */
    CHECK_NORM("a\xC2\xA0" "b co\xC2\xAD" "operate", "a b cooperate");
    /* decomposed e + acute composes */
    CHECK_NORM("Cafe\xCC\x81", "caf\xC3\xA9");
}

static void test_quotes_and_dashes(void)
{
    CHECK_NORM("\xE2\x80\x9CYes\xE2\x80\x9D, \xE2\x80\x98no\xE2\x80\x99",
               "\"yes\", 'no'");
    CHECK_NORM("\xC2\xAB" "pace\xC2\xBB \xE2\x80\x9E" "Frieden\xE2\x80\x9C",
               "\"pace\" \"frieden\"");
    CHECK_NORM("\xE3\x80\x8C\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x8D\xE3\x80\x8E"
               "x\xE3\x80\x8F", "\"\xE6\x9D\xB1\xE4\xBA\xAC\"\"x\"");
    CHECK_NORM("l\xE2\x80\x99Ucraina l\xC2\xB4" "Europa", "l'ucraina l'europa");
    CHECK_NORM("5\xE2\x80\xB2 6\xE2\x80\xB3", "5' 6\"");
    CHECK_NORM("\xEF\xBC\x82x\xEF\xBC\x82 \xEF\xBC\x87y\xEF\xBC\x87",
               "\"x\" 'y'");
    CHECK_NORM("a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x88\x92" "d\xE2\x80\x90"
               "e\xE2\x80\x91" "f\xE2\x80\x92" "g\xE2\x80\x95" "h\xEF\xB9\xA3"
               "i\xEF\xBC\x8D" "j", "a-b-c-d-e-f-g-h-i-j");
}

/* The ASCII fast path and the ICU path agree on every ASCII byte. */
static void test_fast_path_agrees(void)
{
    int bad = 0;
    for (int c = 1; c < 128; c++) {
        char a[8] = { (char)c, 'z', 0 };
        char b[8] = { (char)c, (char)0xC3, (char)0xA9, 0 };  /* c + é */
        char *na = norm(a), *nb = norm(b);
        size_t la = na ? strlen(na) : 0, lb = nb ? strlen(nb) : 0;
        if (!na || !nb || la < 1 || lb < 2 || la - 1 != lb - 2 ||
            memcmp(na, nb, la - 1) != 0)
            bad++;
        free(na);
        free(nb);
    }
    CHECK_INT(bad, 0);
}

static void test_map(void)
{
    nf_buf b;
    size_t *map = NULL;
    nf_buf_init(&b, 0);
    nf_buf_puts(&b, "kept|");
    /* "Straße" + fullwidth A + e + combining acute */
    const char *s = "Stra\xC3\x9F" "e\xEF\xBC\xA1" "e\xCC\x81";
    CHECK_INT(nf_text_normalize(s, strlen(s), &b, &map), NF_OK);
    CHECK_STR(nf_buf_cstr(&b), "kept|strassea\xC3\xA9");
    static const size_t want[] = { 0, 1, 2, 3, 4, 4, 6, 7, 10, 10, 13 };
    CHECK(map != NULL);
    if (map)
        for (size_t i = 0; i < sizeof want / sizeof *want; i++)
            CHECK_INT(map[i], want[i]);
    free(map);
    nf_buf_free(&b);

    /* empty input: a map of one entry */
    nf_buf_init(&b, 0);
    map = NULL;
    CHECK_INT(nf_text_normalize("", 0, &b, &map), NF_OK);
    CHECK(map != NULL);
    if (map)
        CHECK_INT(map[0], 0);
    free(map);
    nf_buf_free(&b);
}

/* Text longer than one internal chunk gives the same result as its parts
 * normalised one by one, and the map stays monotonic and in range. */
static void test_long_text_chunks(void)
{
    const char *unit = "\xC5\x9E" "tefan \xCE\xA3\xCE\x9F\xCE\xA6\xCE\x99"
                       "\xCE\x91 \xE6\x9D\xB1\xE4\xBA\xAC\xEF\xBC\xA1 "
                       "e\xCC\x81\xCC\xA7 ";
    char *one = norm(unit);
    CHECK(one != NULL);
    nf_buf in, want, got;
    nf_buf_init(&in, 0);
    nf_buf_init(&want, 0);
    nf_buf_init(&got, 0);
    for (int i = 0; i < 5000 && one; i++) {
        nf_buf_puts(&in, unit);
        nf_buf_puts(&want, one);
    }
    size_t *map = NULL;
    CHECK_INT(nf_text_normalize(in.data, in.len, &got, &map), NF_OK);
    CHECK_INT(got.len, want.len);
    CHECK(got.len == want.len && memcmp(got.data, want.data, got.len) == 0);
    int bad = 0;
    for (size_t i = 0; map && i < got.len; i++)
        if (map[i] >= in.len || (i && map[i] < map[i - 1]))
            bad++;
    CHECK_INT(bad, 0);
    CHECK(map && map[got.len] == in.len);
    CHECK(nf_utf8_valid(got.data, got.len));
    free(map);
    free(one);
    nf_buf_free(&in);
    nf_buf_free(&want);
    nf_buf_free(&got);
}

static void test_limit_leaves_buffer(void)
{
    nf_buf b;
    size_t *map = (size_t *)&b;  /* must be reset to NULL */
    nf_buf_init(&b, 12);
    nf_buf_puts(&b, "abc");
    CHECK_INT(nf_text_normalize("\xC5\x9E" "tefan cel Mare", 15, &b, &map),
              NF_ERR_TOO_LARGE);
    CHECK_STR(nf_buf_cstr(&b), "abc");
    CHECK(map == NULL);
    nf_buf_free(&b);
}

/* Pairs of the fixture file: input TAB expected, one per line. */
static void test_fixture_pairs(void)
{
    FILE *f = fopen(nf_test_data("text/normalize_pairs.tsv"), "r");
    CHECK(f != NULL);
    if (!f)
        return;
    char line[1024];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        CHECK_NORM(line, tab + 1);
        CHECK_NORM(tab + 1, tab + 1);
        n++;
    }
    fclose(f);
    CHECK(n >= 10);
}

int main(void)
{
    RUN(test_ascii_and_case);
    RUN(test_romanian);
    RUN(test_german_turkish_greek);
    RUN(test_compatibility);
    RUN(test_quotes_and_dashes);
    RUN(test_fast_path_agrees);
    RUN(test_map);
    RUN(test_long_text_chunks);
    RUN(test_limit_leaves_buffer);
    RUN(test_fixture_pairs);
    return nf_test_done();
}
