/* test_html.c - HTML extraction: the article body kept, the page's
 * furniture dropped, metadata read, charsets honoured, and hostile
 * pages (100,000 nested elements, a huge page, broken bytes) ending in
 * a partial result, never a crash.  Fixtures are written here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "ingest/ingest_int.h"
#include "newsfold.h"
#include "nf_test.h"

static const char page[] =
    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
    "<title>Harbour reopens after storm | Coast Daily</title>"
    "<meta property=\"og:site_name\" content=\"Coast Daily\">"
    "<meta property=\"article:published_time\" content=\"2024-03-05T08:10:00Z\">"
    "<meta property=\"article:modified_time\" content=\"2024-03-06T09:00:00Z\">"
    "<meta name=\"author\" content=\"Mara Ionescu\">"
    "<link rel=\"canonical\" href=\"https://coast.example/2024/03/05/harbour\">"
    "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a>"
    "</nav></header><div class=\"cookie-notice\">We use cookies to improve "
    "your experience, accept them all.</div>"
    "<main><article><h1>Harbour reopens after storm</h1>"
    "<div class=\"share-bar\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div>"
    "<div class=\"article-body\">"
    "<p>The harbour of the small town reopened on Tuesday, three days after "
    "the storm tore away two piers, the mayor said.</p>"
    "<p>Fishing boats, which had waited outside the breakwater, came in one "
    "by one, and the quay filled with families, traders and crews.</p>"
    "<h2>Repairs</h2>"
    "<p>Engineers said the northern pier would take months to rebuild, while "
    "the southern one, less damaged, could open within weeks.</p>"
    "<figure><img src=\"a.jpg\"><figcaption>Boats return.</figcaption></figure>"
    "<p>The town council, meeting late on Monday, approved an emergency fund "
    "of two million euros, its largest ever.</p>"
    "</div><div class=\"related-posts\"><h3>Related</h3><ul>"
    "<li><a href=\"/x\">Other story one about storms and boats</a></li>"
    "<li><a href=\"/y\">Other story two about piers and money</a></li></ul></div>"
    "<div id=\"comments\"><form><textarea></textarea>"
    "<p>Leave a comment, your email will not be published.</p></form></div>"
    "</article></main><footer><p>Copyright Coast Daily, all rights reserved, "
    "contact us, about us.</p></footer></body></html>";

static void test_extract(void)
{
    nf_html_result r;
    CHECK_INT(nf_html_extract(page, strlen(page), NULL, &r), NF_OK);
    const char *t = nf_buf_cstr(&r.text);
    CHECK(strstr(t, "The harbour of the small town reopened") != NULL);
    CHECK(strstr(t, "Engineers said the northern pier") != NULL);
    CHECK(strstr(t, "emergency fund of two million euros") != NULL);
    CHECK(strstr(t, "Repairs") != NULL);
    CHECK(strstr(t, "cookies") == NULL);
    CHECK(strstr(t, "Home") == NULL);
    CHECK(strstr(t, "Tweet") == NULL);
    CHECK(strstr(t, "Other story") == NULL);
    CHECK(strstr(t, "Leave a comment") == NULL);
    CHECK(strstr(t, "Copyright") == NULL);
    CHECK(strstr(t, "Boats return") == NULL);
    CHECK(strstr(t, "Harbour reopens after storm") == NULL);  /* title */
    CHECK(strstr(t, "\n\n") != NULL);  /* paragraphs apart */
    CHECK_STR(r.meta.title, "Harbour reopens after storm");
    CHECK_STR(r.meta.published, "2024-03-05");
    CHECK_STR(r.meta.modified, "2024-03-06");
    CHECK_STR(r.meta.authors, "Mara Ionescu");
    CHECK_STR(r.meta.site, "Coast Daily");
    CHECK_STR(r.meta.canonical, "https://coast.example/2024/03/05/harbour");
    CHECK_STR(r.meta.language, "en-GB");
    nf_html_result_free(&r);
}

static void test_json_ld_and_dates(void)
{
    const char *h =
        "<html><head><script type=\"application/ld+json\">{\"@context\":"
        "\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
        "\"headline\":\"Un titolo\",\"datePublished\":\"2023-12-01T10:00:00+01:00\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"A. Rossi\"},"
        "{\"name\":\"B. Bianchi\"}],\"publisher\":{\"name\":\"Il Foglio Locale\"}}]}"
        "</script></head><body><p>Il testo dell'articolo, con una virgola, e "
        "abbastanza lungo da essere un paragrafo vero.</p></body></html>";
    nf_html_result r;
    CHECK_INT(nf_html_extract(h, strlen(h), NULL, &r), NF_OK);
    CHECK_STR(r.meta.title, "Un titolo");
    CHECK_STR(r.meta.published, "2023-12-01");
    CHECK_STR(r.meta.authors, "A. Rossi; B. Bianchi");
    CHECK_STR(r.meta.site, "Il Foglio Locale");
    nf_html_result_free(&r);

    char d[11];
    CHECK(nf_date_find("Published Nov. 19, 2019 at 8:00", 31, d));
    CHECK_STR(d, "2019-11-19");
    CHECK(nf_date_find("19. November 2019", 17, d));
    CHECK_STR(d, "2019-11-19");
    const char *ru = "19 \xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f 2019";
    CHECK(nf_date_find(ru, strlen(ru), d));
    CHECK_STR(d, "2019-11-19");
    const char *ja = "2019\xe5\xb9\xb4" "11\xe6\x9c\x88" "9\xe6\x97\xa5";
    CHECK(nf_date_find(ja, strlen(ja), d));
    CHECK_STR(d, "2019-11-09");
    CHECK(nf_date_find("il 3 marzo 2021", 15, d));
    CHECK_STR(d, "2021-03-03");
    CHECK(!nf_date_find("31 February 2020", 16, d));
    CHECK(!nf_date_find("no date here at all", 19, d));
    CHECK(nf_date_from_url("https://x.example/2018/02/15/story/", d));
    CHECK_STR(d, "2018-02-15");
    CHECK(!nf_date_from_url("https://x.example/2018/story-15", d));
}

static void test_charset(void)
{
    char cs[48];
    CHECK(nf_html_charset("<html><head><meta charset=\"windows-1251\">", 42,
                          cs, sizeof cs));
    CHECK_STR(cs, "windows-1251");
    CHECK(nf_http_charset("text/html; charset=ISO-8859-1", 29, cs, sizeof cs));
    CHECK_STR(cs, "ISO-8859-1");
    CHECK(!nf_html_charset("<html><body>", 12, cs, sizeof cs));
    /* Latin-1 page declared in <meta>: read as windows-1252, no mojibake. */
    const char *l1 = "<html><head><meta http-equiv=\"Content-Type\" "
                     "content=\"text/html; charset=iso-8859-1\"></head><body>"
                     "<p>Caf\xe9 cr\xe8me, d\xe9j\xe0 servi \x96 avec plaisir, "
                     "dans la grande salle du march\xe9.</p></body></html>";
    nf_buf b;
    nf_buf_init(&b, 0);
    CHECK_INT(nf_ingest_html_utf8(l1, strlen(l1), NULL, "t", 0, NULL, NULL, &b),
              NF_OK);
    CHECK(strstr(nf_buf_cstr(&b), "Caf\xc3\xa9 cr\xc3\xa8me") != NULL);
    CHECK(strstr(nf_buf_cstr(&b), "\xe2\x80\x93") != NULL);  /* cp1252 dash */
    nf_buf_free(&b);
    /* The HTTP header wins over the page's own declaration. */
    nf_buf_init(&b, 0);
    const char *k = "<meta charset=\"utf-8\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
    CHECK_INT(nf_ingest_html_utf8(k, strlen(k), "text/html; charset=windows-1251",
                                  "t", 0, NULL, NULL, &b), NF_OK);
    CHECK(strstr(nf_buf_cstr(&b), "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82") != NULL);
    nf_buf_free(&b);
}

/* A page of `depth` nested <div>s around a paragraph. */
static char *nested(size_t depth, size_t *len)
{
    const char *p = "<p>Deep text, with a comma, long enough to be a paragraph.</p>";
    size_t n = depth * 11 + strlen(p) + 64;
    char *h = malloc(n), *o = h;
    o += sprintf(o, "<html><body>");
    for (size_t i = 0; i < depth; i++)
        o += sprintf(o, "<div>");
    o += sprintf(o, "%s", p);
    for (size_t i = 0; i < depth; i++)
        o += sprintf(o, "</div>");
    *len = (size_t)(o - h);
    return h;
}

static void test_limits(void)
{
    size_t len;
    char *h = nested(100000, &len);
    nf_html_result r;
    /* Default limit (100,000): deep but whole. */
    CHECK_INT(nf_html_extract(h, len, NULL, &r), NF_OK);
    CHECK(r.depth > 100000);
    nf_html_result_free(&r);
    /* A lower limit: a partial result, reported as truncated. */
    nf_html_options o = { NULL, 0, 1000, 0 };
    CHECK_INT(nf_html_extract(h, len, &o, &r), NF_OK);
    CHECK(r.truncated);
    CHECK(strstr(nf_buf_cstr(&r.text), "Deep text") == NULL);
    nf_html_result_free(&r);
    free(h);
    /* Text over max_text: truncated, bounded. */
    size_t big = 4 << 20;
    char *pg = malloc(big + 64);
    size_t k = (size_t)sprintf(pg, "<html><body><p>");
    while (k + 16 < big)
        k += (size_t)sprintf(pg + k, "word, another. ");
    k += (size_t)sprintf(pg + k, "</p></body></html>");
    nf_html_options small = { NULL, 100000, 0, 0 };
    CHECK_INT(nf_html_extract(pg, k, &small, &r), NF_OK);
    CHECK(r.truncated);
    CHECK(r.text.len <= 100000);
    nf_html_result_free(&r);
    free(pg);
    /* Broken bytes and a truncated page through the reader: an article
     * or a located error, never a crash. */
    const char *bad = "<html><body><p>Valid start, then \xff\xfe\x80 broken bytes "
                      "and a cut <div class=\"x";
    nf_reader *rd = nf_reader_new(NULL);
    CHECK_INT(nf_reader_add_buffer(rd, "bad.html", bad, strlen(bad)), NF_OK);
    nf_article *a = NULL;
    CHECK_INT(nf_reader_next(rd, &a), NF_OK);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(nf_article_format(a), "html");
        CHECK(strstr(nf_article_text(a, NULL), "Valid start") != NULL);
        nf_article_free(a);
    }
    nf_reader_free(rd);
}

static void test_reader_html(void)
{
    nf_reader *rd = nf_reader_new(NULL);
    CHECK_INT(nf_reader_add_buffer(rd, "page.html", page, strlen(page)), NF_OK);
    nf_article *a = NULL;
    CHECK_INT(nf_reader_next(rd, &a), NF_OK);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(nf_article_format(a), "html");
        CHECK_STR(nf_article_title(a), "Harbour reopens after storm");
        CHECK_STR(nf_article_published(a), "2024-03-05");
        CHECK_STR(nf_article_site(a), "Coast Daily");
        CHECK_STR(nf_article_authors(a), "Mara Ionescu");
        CHECK_STR(nf_article_modified(a), "2024-03-06");
        CHECK_STR(nf_article_url(a), "https://coast.example/2024/03/05/harbour");
        nf_article_free(a);
    }
    nf_reader_free(rd);
    /* JSON Lines "html" goes through the same extraction. */
    nf_buf line;
    nf_buf_init(&line, 0);
    nf_buf_puts(&line, "{\"id\":\"h1\",\"html\":\"");
    for (const char *p = page; *p; p++) {
        if (*p == '"' || *p == '\\')
            nf_buf_putc(&line, '\\');
        nf_buf_putc(&line, *p);
    }
    nf_buf_puts(&line, "\"}\n");
    rd = nf_reader_new(NULL);
    CHECK_INT(nf_reader_add_buffer(rd, "r.jsonl", line.data, line.len), NF_OK);
    CHECK_INT(nf_reader_next(rd, &a), NF_OK);
    CHECK(a != NULL);
    if (a) {
        CHECK(strstr(nf_article_text(a, NULL), "Other story") == NULL);
        CHECK(strstr(nf_article_text(a, NULL), "emergency fund") != NULL);
        CHECK_STR(nf_article_title(a), "Harbour reopens after storm");
        nf_article_free(a);
    }
    nf_reader_free(rd);
    nf_buf_free(&line);
}

int main(void)
{
    RUN(test_extract);
    RUN(test_json_ld_and_dates);
    RUN(test_charset);
    RUN(test_limits);
    RUN(test_reader_html);
    return nf_test_done();
}
