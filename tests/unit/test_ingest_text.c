/* test_ingest_text.c - reading one input: encodings (UTF-16/32, legacy
 * charsets by detection), repairs, refusals (binary, empty), the title
 * and date rules of plain text, JSON Lines fields, the HTML stripper.
 *
 * Encoded fixtures are made here from UTF-8 strings with ICU's ucnv, so
 * each test states the text it expects back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>

#include "newsfold.h"
#include "ingest/ingest_int.h"
#include "text/text.h"
#include "nf_test.h"
#include "ingest_testlib.h"

/* Converts UTF-8 `s` to `charset` (malloc'ed, *len bytes). */
static char *encode(const char *s, const char *charset, size_t *len)
{
    size_t cap = strlen(s) * 4 + 16;
    char *out = malloc(cap);
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = ucnv_convert(charset, "UTF-8", out, (int32_t)cap, s,
                             (int32_t)strlen(s), &err);
    CHECK(U_SUCCESS(err));
    *len = U_SUCCESS(err) ? (size_t)n : 0;
    return out;
}

/* ---- fixtures (written for these tests) -------------------------------- */

static const char it_title[] = "Piste ciclabili, via libera al piano";
static const char it_body[] =
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per le "
    "piste ciclabili della città.\nSecondo l'assessore, i lavori "
    "cominceranno già a settembre e dureranno più di un anno; perché "
    "tanta attesa? Molti cittadini però restano scettici sulla qualità "
    "delle opere e sull'efficacia dei controlli.";
static const char ru_body[] =
    "Городской совет вчера вечером утвердил новый план строительства "
    "велосипедных дорожек.\nПо словам чиновника, работы начнутся уже в "
    "сентябре и продлятся больше года. Многие жители всё же сомневаются в "
    "качестве будущих дорожек и говорят, что деньги лучше потратить на "
    "ремонт дворов.";
static const char ja_body[] =
    "市議会は昨夜、新しい自転車道の計画を承認した。\n担当者によると、工事は"
    "九月に始まり、一年以上かかる見込みだという。多くの市民はまだ懐疑的で、"
    "予算の使い方について説明を求めている。駅前の商店街からは、工事中の"
    "交通規制を心配する声も上がっている。";
static const char pl_body[] =
    "Rada miasta zatwierdziła wczoraj wieczorem nowy plan budowy ścieżek "
    "rowerowych.\nWedług urzędnika prace rozpoczną się już we wrześniu i "
    "potrwają ponad rok. Wielu mieszkańców wciąż jest sceptycznych, bo "
    "poprzednia inwestycja ciągnęła się dłużej, niż zapowiadano.";

/* Reads `title\nbody` encoded in `charset` and checks both come back. */
static void check_encoded(const char *charset, const char *title,
                          const char *body)
{
    char utf8[4096];
    snprintf(utf8, sizeof utf8, "%s%s%s\n", title ? title : "",
             title ? "\n" : "", body);
    size_t len;
    char *bytes = encode(utf8, charset, &len);
    CHECK(len > 0 && !nf_utf8_valid(bytes, len));
    seen s = { 0 };
    nf_article *a = read_buffer(charset, bytes, len, NF_FORMAT_AUTO, &s);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(nf_article_text(a, NULL), body);
        CHECK_STR(nf_article_title(a), title);
        CHECK(nf_article_diag_count(a) >= 1);  /* how it was read */
    }
    if (find_diag(&s, NF_SEV_NOTE, "read as") < 0)
        fprintf(stderr, "%s: no 'read as' note\n", charset);
    CHECK(find_diag(&s, NF_SEV_NOTE, "read as") >= 0);
    nf_article_free(a);
    free(bytes);
}

/* ---- tests ------------------------------------------------------------- */

static void test_utf16_bom(void)
{
    static const char *const cs[] = { "UTF-16LE", "UTF-16BE" };
    char utf8[4096];
    snprintf(utf8, sizeof utf8, "%s\n%s\n", it_title, it_body);
    for (int i = 0; i < 2; i++) {
        size_t len;
        char *body = encode(utf8, cs[i], &len);
        char *bytes = malloc(len + 2);
        bytes[0] = i == 0 ? (char)0xFF : (char)0xFE;
        bytes[1] = i == 0 ? (char)0xFE : (char)0xFF;
        memcpy(bytes + 2, body, len);
        seen s = { 0 };
        nf_article *a = read_buffer(cs[i], bytes, len + 2, NF_FORMAT_AUTO, &s);
        CHECK(a != NULL);
        if (a) {
            CHECK_STR(nf_article_title(a), it_title);
            CHECK_STR(nf_article_text(a, NULL), it_body);
        }
        nf_article_free(a);
        /* Without the BOM the zero bytes tell UTF-16 too. */
        s.n = 0;
        a = read_buffer(cs[i], body, len, NF_FORMAT_AUTO, &s);
        CHECK(a != NULL);
        if (a)
            CHECK_STR(nf_article_text(a, NULL), it_body);
        CHECK(find_diag(&s, NF_SEV_NOTE, cs[i]) >= 0);
        nf_article_free(a);
        free(body);
        free(bytes);
    }
}

static void test_utf8_bom(void)
{
    const char in[] = "\xEF\xBB\xBF" "Breve titolo\nTesto con è e à.\n";
    seen s = { 0 };
    nf_article *a = read_buffer("bom", in, sizeof in - 1, NF_FORMAT_AUTO, &s);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(nf_article_title(a), "Breve titolo");
        CHECK_STR(nf_article_text(a, NULL), "Testo con è e à.");
    }
    nf_article_free(a);
}

static void test_legacy_charsets(void)
{
    check_encoded("ISO-8859-1", it_title, it_body);
    check_encoded("windows-1251", NULL, ru_body);
    check_encoded("KOI8-R", NULL, ru_body);
    check_encoded("Shift_JIS", NULL, ja_body);
    check_encoded("EUC-JP", NULL, ja_body);
    check_encoded("windows-1250", NULL, pl_body);
}

static void test_invalid_utf8_repaired(void)
{
    /* Mostly UTF-8 (accented letters), one stray byte on line 3. */
    const char in[] = "Titolo\nPrima riga è corretta.\nSeconda riga \xFF rotta, "
                      "però il resto è buono.\n";
    size_t bad_at = (size_t)(strchr(in, '\xFF') - in);
    seen s = { 0 };
    nf_article *a = read_buffer("bad.txt", in, sizeof in - 1, NF_FORMAT_AUTO,
                                &s);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK(strstr(nf_article_text(a, NULL), "riga \xEF\xBF\xBD rotta") != NULL);
    int i = find_diag(&s, NF_SEV_NOTE, "invalid UTF-8");
    CHECK(i >= 0);
    if (i >= 0) {
        CHECK_INT(s.d[i].line, 3);
        CHECK_INT(s.d[i].offset, bad_at);
        CHECK_STR(s.d[i].file, "bad.txt");
    }
    /* The repair is on the article too. */
    int on_article = 0;
    for (size_t k = 0; k < nf_article_diag_count(a); k++)
        if (strstr(nf_article_diag(a, k)->message, "invalid UTF-8"))
            on_article = 1;
    CHECK(on_article);
    nf_article_free(a);
}

static void test_binary_refused(void)
{
    static const unsigned char png[] = {
        0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0
    };
    static const unsigned char elf[] = {
        0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E
    };
    char ctl[256];
    for (size_t i = 0; i < sizeof ctl; i++)
        ctl[i] = (char)(i % 3 ? 'a' + i % 26 : 1 + i % 8);  /* 1 in 3 control */
    struct { const char *name; const void *p; size_t n; } cases[] = {
        { "image.png", png, sizeof png },
        { "prog.elf", elf, sizeof elf },
        { "controls.bin", ctl, sizeof ctl },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        seen s = { 0 };
        nf_article *a = read_buffer(cases[i].name, cases[i].p, cases[i].n,
                                    NF_FORMAT_AUTO, &s);
        CHECK(a == NULL);
        nf_article_free(a);
        int k = find_diag(&s, NF_SEV_ERROR, "binary data");
        CHECK(k >= 0);
        if (k >= 0) {
            CHECK(strstr(s.d[k].msg, cases[i].name) != NULL);
            CHECK_INT(s.d[k].code, NF_ERR_BINARY);
        }
    }
}

static void test_empty_refused(void)
{
    const char *inputs[] = { "", "  \n\t\n  \r\n", "date 2025-01-02\n\n" };
    for (size_t i = 0; i < 3; i++) {
        seen s = { 0 };
        nf_article *a = read_buffer("empty.txt", inputs[i], strlen(inputs[i]),
                                    NF_FORMAT_AUTO, &s);
        CHECK(a == NULL);
        nf_article_free(a);
        int k = find_diag(&s, NF_SEV_ERROR, "holds no text");
        CHECK(k >= 0);
        if (k >= 0)
            CHECK(strstr(s.d[k].msg, "empty.txt") != NULL);
    }
}

static void test_title_rules(void)
{
#define TL(s) nf_title_like((s), strlen(s))
    CHECK(TL("Bridge reopens after repairs"));
    CHECK(TL("  Bridge reopens \xE2\x80\x93 Wire  "));
    CHECK(!TL("Will the bridge reopen? \xE2\x80\x9D"));
    CHECK(!TL("The bridge reopened."));
    CHECK(!TL("The bridge reopened.\xE2\x80\x9D"));  /* .” */
    CHECK(!TL("橋が再開した。"));
    CHECK(TL("橋が再開"));
    CHECK(!TL("---"));
    CHECK(!TL(""));
    /* Over 20 words, or over 150 characters: body. */
    const char *many = "one two three four five six seven eight nine ten "
                       "eleven twelve thirteen fourteen fifteen sixteen "
                       "seventeen eighteen nineteen twenty twentyone";
    CHECK(!TL(many));
    char longline[200];
    memset(longline, 'x', sizeof longline);
    CHECK(!nf_title_like(longline, sizeof longline));

    struct { const char *in, *title, *body, *date; } cases[] = {
        /* a headline, then body */
        { "Bridge reopens\nThe bridge reopened today.\n", "Bridge reopens",
          "The bridge reopened today.", NULL },
        /* a single line is body, whatever it looks like */
        { "Bridge reopens\n", NULL, "Bridge reopens", NULL },
        /* a long first sentence is body */
        { "The bridge reopened today after months of work on its deck.\n"
          "Traffic was light.\n", NULL,
          "The bridge reopened today after months of work on its deck.\n"
          "Traffic was light.", NULL },
        /* a label, a blank line, the headline, the body */
        { "Notizie\n\nIl ponte riapre\n\nIl ponte ha riaperto oggi.\n",
          "Il ponte riapre", "Il ponte ha riaperto oggi.", NULL },
        /* a label directly before body: no title, label out */
        { "Advertisement\nThe bridge reopened today after months of work.\n",
          NULL, "The bridge reopened today after months of work.", NULL },
        /* date on the same line as the body */
        { "  date 2026-01-07 Podul a fost redeschis astăzi.\n\nTraficul e "
          "lejer.\n", NULL,
          "Podul a fost redeschis astăzi.\n\nTraficul e lejer.", "2026-01-07" },
        /* date on its own line, then a title */
        { "Date: 2024-02-29\nLeap day news\nIt happened on a leap day.\n",
          "Leap day news", "It happened on a leap day.", "2024-02-29" },
        /* invalid date stays in the text */
        { "date 2025-02-30 Something happened.\nMore text here.\n", NULL,
          "date 2025-02-30 Something happened.\nMore text here.", NULL },
        /* "date" not followed by a date is text */
        { "date night ideas\nGo out.\n", "date night ideas", "Go out.", NULL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        seen s = { 0 };
        nf_article *a = read_buffer("t.txt", cases[i].in, strlen(cases[i].in),
                                    NF_FORMAT_AUTO, &s);
        CHECK(a != NULL);
        if (!a)
            continue;
        CHECK_STR(nf_article_title(a), cases[i].title);
        CHECK_STR(nf_article_text(a, NULL), cases[i].body);
        CHECK_STR(nf_article_published(a), cases[i].date);
        CHECK_STR(nf_article_format(a), "text");
        CHECK_STR(nf_article_source(a), "t.txt");
        nf_article_free(a);
    }
    /* The invalid date is reported. */
    seen s = { 0 };
    const char *bad = "date 2025-13-01 Something happened.\nMore.\n";
    nf_article *a = read_buffer("t.txt", bad, strlen(bad), NF_FORMAT_AUTO, &s);
    CHECK(find_diag(&s, NF_SEV_WARNING, "not a valid") >= 0);
    nf_article_free(a);
}

static void test_dates(void)
{
    char d[11];
    CHECK(nf_parse_iso_date("2025-03-04", 10, d));
    CHECK_STR(d, "2025-03-04");
    CHECK(nf_parse_iso_date("2025-03-04T23:59:59.123-05:00", 29, d));
    CHECK_STR(d, "2025-03-04");
    CHECK(nf_parse_iso_date(" 2000-02-29 10:00 ", 18, d));
    CHECK_STR(d, "2000-02-29");
    CHECK(!nf_parse_iso_date("1900-02-29", 10, d));
    CHECK(!nf_parse_iso_date("2025-04-31", 10, d));
    CHECK(!nf_parse_iso_date("2025-3-4", 8, d));
    CHECK(!nf_parse_iso_date("2025-03-04garbage", 17, d));
    CHECK(!nf_parse_iso_date("04/03/2025", 10, d));
    CHECK(nf_valid_ymd(2024, 2, 29) && !nf_valid_ymd(2023, 2, 29));
}

static void test_jsonl_fields(void)
{
    /* Invalid UTF-8 inside a JSON string, a float id, a bad language. */
    const char in[] = "{\"id\": 1.5, \"text\": \"caf\xE9 cr\xC3\xA8me \xE2\x80\x94 ok\", "
                      "\"language\": \"not a tag\", \"title\": \"A\\nB\"}\n";
    seen s = { 0 };
    nf_article *a = read_buffer("f.jsonl", in, sizeof in - 1, NF_FORMAT_AUTO,
                                &s);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(nf_article_id(a), "1.5");
    CHECK_STR(nf_article_text(a, NULL), "caf\xEF\xBF\xBD crème — ok");
    CHECK_STR(nf_article_title(a), "A B");
    CHECK(a->lang_hint == NULL);
    int k = find_diag(&s, NF_SEV_NOTE, "field \"text\"");
    CHECK(k >= 0 && s.d[k].line == 1);
    CHECK(find_diag(&s, NF_SEV_WARNING, "\"language\"") >= 0);
    nf_article_free(a);

    /* Forced text format reads JSON as text. */
    s.n = 0;
    a = read_buffer("f.jsonl", in, sizeof in - 1, NF_FORMAT_TEXT, &s);
    CHECK(a != NULL && nf_article_text(a, NULL)[0] == '{');
    nf_article_free(a);
    /* Text starting with '{' that is not JSON is text. */
    const char brace[] = "{Editor's note} The council met.\nIt voted.\n";
    a = read_buffer("n.txt", brace, sizeof brace - 1, NF_FORMAT_AUTO, &s);
    CHECK(a != NULL && strcmp(nf_article_format(a), "text") == 0);
    nf_article_free(a);
}

static void test_html_strip(void)
{
    nf_buf b;
    nf_buf_init(&b, 0);
    const char *h = "<div>One<br>two &amp;three</div><!-- c<p>x --><P>Fo&#X6F;"
                    "   bar &bogus; &#0; <a href=\"x>y\">link</a></p>"
                    "<script>if (a<b) {}</script><style>p{}</STYLE>end <b";
    CHECK_INT(nf_html_strip(h, strlen(h), &b), NF_OK);
    CHECK_STR(nf_buf_cstr(&b),
              "One\ntwo &three\nFoo bar &bogus; \xEF\xBF\xBD link\nend");
    nf_buf_reset(&b);
    CHECK_INT(nf_html_strip("<script>never closed", 20, &b), NF_OK);
    CHECK_STR(nf_buf_cstr(&b), "");
    nf_buf_free(&b);
}


int main(void)
{
    RUN(test_utf16_bom);
    RUN(test_utf8_bom);
    RUN(test_legacy_charsets);
    RUN(test_invalid_utf8_repaired);
    RUN(test_binary_refused);
    RUN(test_empty_refused);
    RUN(test_title_rules);
    RUN(test_dates);
    RUN(test_jsonl_fields);
    RUN(test_html_strip);
    return nf_test_done();
}
