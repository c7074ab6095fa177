/* test_html_raw.c - the content of <script> and <style> is passed over
 * without libxml2 reading it (slim.c, nf_html_skip_raw), and nothing else
 * changes: the same page with its scripts and styles emptied gives the
 * same text and metadata; JSON-LD is still read; markup-like text in a
 * script never becomes page structure or text; end tags in any case,
 * empty and self-closed scripts, a script cut by the end of the page,
 * and the content libxml2 does not read as raw text (an end tag right
 * after the start tag, a NUL, bad bytes) are handled as libxml2 handles
 * them: every page is also read with the fast paths off and must give
 * the same text.  Fixtures are written here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/html_int.h"
#include "nf_test.h"

/* A page in three parts, with a script or style body between them
 * filled in by the tests. */
static const char head[] =
    "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
    "<title>Le pont rouvre | La Gazette</title>"
    "<style>body { color: red } div.x > p { margin: 0 }</style>"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
    "\"headline\":\"Le pont rouvre\",\"datePublished\":\"2022-11-04\","
    "\"author\":{\"@type\":\"Person\",\"name\":\"Luc Vernet\"}}</script>"
    "</head><body><nav><a href=\"/\">Accueil</a></nav><main><article>"
    "<div class=\"article-body\">"
    "<p>Le pont de la ville a rouvert lundi, apr\xc3\xa8s huit mois de travaux "
    "qui ont co\xc3\xbbt\xc3\xa9 plus que pr\xc3\xa9vu, a indiqu\xc3\xa9 la mairie.</p>";
static const char mid[] =
    "<p>Les cyclistes ont une voie \xc3\xa0 eux, s\xc3\xa9par\xc3\xa9\x65 des "
    "voitures par une bordure, et les pi\xc3\xa9tons deux trottoirs larges.</p>";
static const char tail[] =
    "<p>La circulation restera limit\xc3\xa9\x65 aux v\xc3\xa9hicules l\xc3\xa9gers "
    "jusqu'\xc3\xa0 la fin du mois, le temps des derniers contr\xc3\xb4les.</p>"
    "</div></article></main><footer><p>Tous droits r\xc3\xa9serv\xc3\xa9s.</p>"
    "</footer></body></html>";

/* Extracts head + a + mid + b + tail; returns the result's text
 * (malloc'ed) and fills *r's metadata (caller frees r). */
static char *extract(const char *a, const char *b, nf_html_result *r)
{
    size_t n = strlen(head) + strlen(a) + strlen(mid) + strlen(b) + strlen(tail);
    char *page = malloc(n + 1);
    if (!page)
        return NULL;
    snprintf(page, n + 1, "%s%s%s%s%s", head, a, mid, b, tail);
    char *t = NULL;
    if (nf_html_extract(page, n, NULL, r) == NF_OK)
        t = strdup(nf_buf_cstr(&r->text));
    else
        memset(r, 0, sizeof *r);
    free(page);
    return t;
}

/* Whether the text of (a, b) equals that of the same page with empty
 * scripts (a0, b0), and so does the metadata; and whether the page
 * gives the same text when libxml2 reads every byte. */
static int same_as(const char *a, const char *b, const char *a0,
                   const char *b0)
{
    nf_html_result r, r0, rs;
    nf_html_fast_paths(0);
    char *ts = extract(a, b, &rs);
    nf_html_fast_paths(1);
    char *t = extract(a, b, &r), *t0 = extract(a0, b0, &r0);
    int slow_same = t && ts && strcmp(t, ts) == 0;
    free(ts);
    nf_html_result_free(&rs);
    if (!slow_same)
        fprintf(stderr, "the fast paths change the text\n");
    int same = slow_same && t && t0 && strcmp(t, t0) == 0 && r.meta.title &&
               r0.meta.title &&
               strcmp(r.meta.title, r0.meta.title) == 0 && r.meta.published &&
               r0.meta.published &&
               strcmp(r.meta.published, r0.meta.published) == 0;
    if (!same)
        fprintf(stderr, "text:\n%s\nwant:\n%s\n", t ? t : "(none)",
                t0 ? t0 : "(none)");
    free(t);
    free(t0);
    nf_html_result_free(&r);
    nf_html_result_free(&r0);
    return same;
}

static void test_skipped_content(void)
{
    /* Markup, end tags of open elements, comments and quotes inside a
     * script are its text: neither structure nor article text. */
    const char *s1 =
        "<script>var a = '<p>Texte cach\xc3\xa9 du script, pas de l\\'article,"
        " avec des virgules, beaucoup.</p>'; if (a < b && c > d) {}"
        " document.write('</div></article>'); /* <!-- */ </script>";
    const char *s2 =
        "<style type=\"text/css\">.a:after { content: \"</p><p>Texte du style, "
        "jamais affich\xc3\xa9, ni lu.\" }</style>";
    CHECK(same_as(s1, s2, "<script></script>", "<style></style>"));
    nf_html_result r;
    char *t = extract(s1, s2, &r);
    CHECK(t != NULL);
    CHECK(t && strstr(t, "Le pont de la ville a rouvert lundi") != NULL);
    CHECK(t && strstr(t, "Les cyclistes ont une voie") != NULL);
    CHECK(t && strstr(t, "La circulation restera") != NULL);
    CHECK(t && strstr(t, "Texte cach") == NULL);
    CHECK(t && strstr(t, "Texte du style") == NULL);
    CHECK(t && strstr(t, "document.write") == NULL);
    CHECK_STR(r.meta.title, "Le pont rouvre");          /* JSON-LD read */
    CHECK_STR(r.meta.published, "2022-11-04");
    CHECK_STR(r.meta.authors, "Luc Vernet");
    free(t);
    nf_html_result_free(&r);
}

static void test_end_tags(void)
{
    /* End tags in other cases, attributes, blanks; a one-byte body. */
    CHECK(same_as("<SCRIPT src=\"x.js\">var b = '<h2>x</h2>';</SCRIPT >",
                  "<Style media=all>p{}</sTyLe>", "<script></script>",
                  "<style></style>"));
    CHECK(same_as("<script>x</script>", "<script>\n</script>",
                  "<script></script>", "<script></script>"));
    /* Empty and self-closed scripts: the next paragraph stays text. */
    CHECK(same_as("<script></script>", "<script src=\"y.js\"/>",
                  "", ""));
    /* A script inside a paragraph, between two sentences. */
    nf_html_result r;
    char *t = extract("<p>Avant le script, une phrase assez longue pour "
                      "compter.<script>var c = \"</p>\";</script> Apr\xc3\xa8s le "
                      "script, la suite de la phrase.</p>", "", &r);
    CHECK(t && strstr(t, "Avant le script") != NULL);
    CHECK(t && strstr(t, "la suite de la phrase") != NULL);
    CHECK(t && strstr(t, "var c") == NULL);
    free(t);
    nf_html_result_free(&r);
}

/* Extracts page with the fast paths on and off: 1 when the texts agree. */
static int same_both_ways(const char *page, size_t len)
{
    nf_html_result a, b;
    nf_html_fast_paths(0);
    nf_status sb = nf_html_extract(page, len, NULL, &b);
    nf_html_fast_paths(1);
    nf_status sa = nf_html_extract(page, len, NULL, &a);
    int same = sa == sb && (sa != NF_OK ||
                            (strcmp(nf_buf_cstr(&a.text), nf_buf_cstr(&b.text)) == 0 &&
                             a.meta.links == b.meta.links && a.depth == b.depth));
    if (sa == NF_OK)
        nf_html_result_free(&a);
    if (sb == NF_OK)
        nf_html_result_free(&b);
    return same;
}

static void test_libxml2_rules(void)
{
    /* Where libxml2 itself does not read a script as raw text from its
     * first byte, the content is left to it: an end tag right after the
     * start tag (here closing the link around the script), a start tag,
     * a NUL, a control character, a bad byte; "</scripts" ends the raw
     * text as a prefix of the name. */
    static const char *const bodies[] = {
        "</a>Un texte apr\xc3\xa8s le lien, assez long, avec une virgule.",
        "</whatever x=\"1\"><a href=\"/z\">Lien dans le script</a>",
        "<div>Dans le script, un bloc.</div>",
        "var a = 1;\x01 var b = '</p>';",
        "var a = '\xff\xfe';",
        "var s = '</scripts>'; var t = 2;",
        "var u = '</SCRIPT'",
    };
    char page[1024];
    int fails = 0;
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        int n = snprintf(page, sizeof page,
                         "<html><body><article><p>Un premier paragraphe, assez "
                         "long, avec des virgules, pour le score.</p><a href=\"/y\">"
                         "<script>%s</script> Suite du lien.</a><p>Un second "
                         "paragraphe, lui aussi assez long, pour finir.</p>"
                         "</article></body></html>", bodies[i]);
        fails += !same_both_ways(page, (size_t)n);
    }
    /* A NUL inside a script, through the API (the reader never passes
     * one on). */
    static const char nul[] = "<html><body><p>Avant, un texte assez long pour "
                              "compter, vraiment.</p><script>a\0b</script><p>Apr"
                              "\xc3\xa8s, un autre texte assez long pour compter.</p>";
    fails += !same_both_ways(nul, sizeof nul - 1);
    CHECK_INT(fails, 0);
    /* A date written in a script is not a date line of the page, read
     * either way (the metadata never looks into scripts). */
    static const char dated[] =
        "<html><body><div><script>var d = \"3 March 2021\";</script></div>"
        "<article><p>Un paragraphe assez long, avec des virgules, et sans "
        "aucune date dedans.</p></article></body></html>";
    for (int on = 1; on >= 0; on--) {
        nf_html_fast_paths(on);
        nf_html_result r;
        CHECK_INT(nf_html_extract(dated, sizeof dated - 1, NULL, &r), NF_OK);
        CHECK(r.meta.published == NULL);
        nf_html_result_free(&r);
    }
    nf_html_fast_paths(1);
}

static void test_cut_script(void)
{
    /* A script never closed runs to the end of the page (libxml2 reads
     * it all as the script's text): what came before is kept. */
    static const char page[] =
        "<html><body><article><p>Une premi\xc3\xa8re phrase de l'article, "
        "assez longue pour faire un paragraphe.</p><p>Une seconde phrase, "
        "elle aussi longue, avec des virgules, pour le score.</p>"
        "<script>var d = '<p>jamais du texte</p>';";
    nf_html_result r;
    CHECK_INT(nf_html_extract(page, sizeof page - 1, NULL, &r), NF_OK);
    const char *t = nf_buf_cstr(&r.text);
    CHECK(strstr(t, "Une premi\xc3\xa8re phrase") != NULL);
    CHECK(strstr(t, "Une seconde phrase") != NULL);
    CHECK(strstr(t, "jamais du texte") == NULL);
    nf_html_result_free(&r);
    /* Cut right after the start tag, and inside the end tag. */
    static const char *const cuts[] = {
        "<html><body><p>Texte.</p><script>",
        "<html><body><p>Texte.</p><script>var e = 1;</scr",
        "<html><body><p>Texte.</p><style>p{}</",
        "<html><body><p>Texte.</p><script",
    };
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        nf_status st = nf_html_extract(cuts[i], strlen(cuts[i]), NULL, &r);
        CHECK_INT(st, NF_OK);
        if (st == NF_OK) {
            CHECK(strstr(nf_buf_cstr(&r.text), "Texte.") != NULL);
            CHECK(strstr(nf_buf_cstr(&r.text), "var e") == NULL);
        }
        nf_html_result_free(&r);
    }
}

static void test_big_scripts(void)
{
    /* Half a megabyte of script and style around the text: the text is
     * the same as without them. */
    size_t n = 256 * 1024;
    char *a = malloc(n + 64), *b = malloc(n + 64);
    CHECK(a && b);
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    strcpy(a, "<script>");
    strcpy(b, "<style>");
    size_t la = strlen(a), lb = strlen(b);
    for (size_t i = 0; la < n; i++) {
        const char *piece = i % 7 == 0 ? "if (x<y) { s += '</p>'; }\n"
                                       : "var v = [1, 2, 3]; // <div>\n";
        size_t m = strlen(piece);
        memcpy(a + la, piece, m);
        la += m;
        memcpy(b + lb, ".c > p { margin: 0 } ", 21);
        lb += 21;
    }
    strcpy(a + la, "</script>");
    strcpy(b + lb, "</style>");
    CHECK(same_as(a, b, "<script></script>", "<style></style>"));
    free(a);
    free(b);
}

int main(void)
{
    RUN(test_skipped_content);
    RUN(test_end_tags);
    RUN(test_libxml2_rules);
    RUN(test_cut_script);
    RUN(test_big_scripts);
    return nf_test_done();
}
