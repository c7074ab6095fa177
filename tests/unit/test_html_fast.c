/* test_html_fast.c - the parser's fast paths change nothing but speed.
 *
 * tree.c skips the content of scripts and styles, and slim.c drops the
 * attributes the extractor never reads before libxml2 reads them.  Each
 * page here is extracted with the fast paths on and off (libxml2 reading
 * every byte), and text and metadata must be equal: on fixtures written
 * here that put every shape of tag the rewrite accepts or refuses at
 * every place it happens (after a start tag, an end tag, text, an
 * entity, an empty element, blanks), and on the 181 pages of the
 * Article Extraction Benchmark when ../shared is there.  nf_html_slim_next
 * is also checked directly: what it keeps, and what it leaves alone. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/html_int.h"
#include "ingest/ingest_int.h"
#include "nf_test.h"

/* Whether two strings are both NULL or equal. */
static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Extracts page with the fast paths on and off; 1 when all agrees. */
static int same_both_ways(const char *page, size_t len, const char *what)
{
    nf_html_result a, b;
    nf_html_fast_paths(1);
    nf_status sa = nf_html_extract(page, len, NULL, &a);
    nf_html_fast_paths(0);
    nf_status sb = nf_html_extract(page, len, NULL, &b);
    nf_html_fast_paths(1);
    int same = sa == sb;
    if (same && sa == NF_OK)
        same = a.text.len == b.text.len &&
               memcmp(nf_buf_cstr(&a.text), nf_buf_cstr(&b.text), a.text.len) == 0 &&
               same_str(a.meta.title, b.meta.title) &&
               same_str(a.meta.published, b.meta.published) &&
               same_str(a.meta.modified, b.meta.modified) &&
               same_str(a.meta.authors, b.meta.authors) &&
               same_str(a.meta.site, b.meta.site) &&
               same_str(a.meta.canonical, b.meta.canonical) &&
               same_str(a.meta.language, b.meta.language) &&
               same_str(a.meta.description, b.meta.description) &&
               a.meta.links == b.meta.links && a.depth == b.depth &&
               a.truncated == b.truncated;
    if (!same)
        fprintf(stderr, "%s: fast paths change the result:\n[%s]\n[%s]\n", what,
                sa == NF_OK ? nf_buf_cstr(&a.text) : "(error)",
                sb == NF_OK ? nf_buf_cstr(&b.text) : "(error)");
    if (sa == NF_OK)
        nf_html_result_free(&a);
    if (sb == NF_OK)
        nf_html_result_free(&b);
    return same;
}

/* Tags of every shape, each followed by prose, so that they land after
 * start tags, end tags, text, entities and empty elements. */
static const char *const tags[] = {
    "<a href=\"/one\" data-track=\"click-0123456789-abcdef\" class=\"more-link\">",
    "<A HREF='/two' DATA-X='0123456789abcdef0123' CLASS=lead>",
    "<img src=\"/i/0123456789abcdef.jpg\" srcset=\"a 1x, b 2x\" alt=\"x\">",
    "<img src=/i/0123456789abcdef.jpg alt=unquoted/>",
    "<span data-a=\"0123456789abcdef0123\" hidden>",
    "<span\n  data-a = \"0123456789abcdef0123\"\n  class = \"share-bar\" >",
    "<div onclick=\"go('>');return false\" id=\"story-body\" data-q=\"0123456789abcdef\">",
    "<div data-a=\"0123456789abcdef0123\" class=\"x\" class=\"comments\">",
    "<div data-a=\"0123456789abcdef0123\" style=\"display:none\">",
    "<div data-a=\"0123456789abcdef0123\" aria-hidden=\"true\">",
    "<section data-a=\"0123456789abcdef0123\" role=\"navigation\">",
    "<p data-a=\"0123456789abcdef0123\" class=\"article-text\">",
    "<div data-a=\"0123456789abcdef0123\"/>",
    "<div data-a=\"0123456789abcdef0123\" =bogus class=\"related\">",
    "<div data-a=\"0123456789abcdef0123\" class=>",
    "<div data-a=\"0123456789abcdef0123\"class=\"sidebar\">",
    "<div x-0123456789012345678901234567890123456789012345678901234567890123456789"
    "012345678901234567890123456789=\"1\" class=\"ad\">",
    "<time datetime=\"2021-05-06\" data-a=\"0123456789abcdef0123\">",
    "<meta property=\"og:title\" data-a=\"0123456789abcdef0123\" content=\"Meta t\">",
    "<script data-a=\"0123456789abcdef0123\" type=\"application/ld+json\">"
    "{\"@type\":\"NewsArticle\",\"headline\":\"Titre JSON\"}</script>",
    "<br data-a=\"0123456789abcdef0123\">",
    "<svg viewBox=\"0 0 24 24\"><path d=\"M0 0L24 24L0 24Z M1 1L2 2\"/></svg>",
    "<div data-a=\"0123456789abcdef0123\" class=\"entry-content\">",
    "<blockquote class=\"twitter-tweet\" data-lang=\"en\" data-dnt=\"true\">",
};

static const char *const prose[] = {
    "The council met on Monday, for the third time, to vote the budget. ",
    "&amp; ",
    "",
    "\n  ",
    "</div>",
    "</span>\n",
    "<p>Residents asked questions, many of them, about roads and schools.</p>",
    "</a> and then more words, with commas, to make a paragraph. ",
};

static void test_fixtures(void)
{
    char page[16384];
    int fails = 0, n = 0;
    for (size_t k = 0; k < sizeof prose / sizeof prose[0]; k++) {
        size_t len = (size_t)snprintf(page, sizeof page,
                                      "<!DOCTYPE html><html><head><title>T</title>"
                                      "</head><body><article class=\"post\">");
        for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
            size_t j = (i + k) % (sizeof prose / sizeof prose[0]);
            len += (size_t)snprintf(page + len, sizeof page - len, "%s%s%s",
                                    tags[i], prose[j], prose[(j + 3) % 8]);
        }
        len += (size_t)snprintf(page + len, sizeof page - len,
                                "</article></body></html>");
        CHECK(len < sizeof page);
        fails += !same_both_ways(page, len, "fixture");
        /* The same page cut at every 97th byte. */
        for (size_t cut = 1; cut < len; cut += 97) {
            fails += !same_both_ways(page, cut, "cut fixture");
            n++;
        }
    }
    CHECK(n > 100);
    CHECK_INT(fails, 0);
}

/* Runs nf_html_slim_next on a copy of `in` at offset 0; returns the
 * text from where it says the parser reads on to the end (static). */
static const char *slim(const char *in)
{
    static char buf[512], out[512];
    size_t n = strlen(in);
    memcpy(buf, in, n + 1);
    const xmlChar *q = nf_html_slim_next((const xmlChar *)buf,
                                         (const xmlChar *)buf + n, 0);
    snprintf(out, sizeof out, "%s", (const char *)q);
    return out;
}

static void test_slim_direct(void)
{
    CHECK_STR(slim("\n <img src=\"/a/0123456789.jpg\" class=\"c\" alt=x>rest"),
              "\n <img class=\"c\">rest");
    CHECK_STR(slim("<A Data-Long=\"0123456789abcdef\" HREF='/x' hidden>t"),
              "<A HREF='/x' hidden>t");
    CHECK_STR(slim("<br data-x=\"0123456789abcdef0\"/>t"), "<br/>t");
    CHECK_STR(slim("<img src=/0123456789abcdef/ class=c>t"), "<img class=c>t");
    /* Left alone: too little to drop, special tags, odd shapes, a
     * page that ends inside the tag, text before the tag. */
    const char *const same[] = {
        "<a href=\"/x\" alt=\"y\">t",
        "<html data-x=\"0123456789abcdef0123\">",
        "<body data-x=\"0123456789abcdef0123\">",
        "<meta data-x=\"0123456789abcdef0123\" charset=\"utf-8\">",
        "<div data-x=\"0123456789abcdef0123\" =x>",
        "<div data-x=\"0123456789abcdef0123\" class=>",
        "<div data-x=\"0123456789abcdef0123\" / class=\"a\">",
        "<div data-x=\"0123456789abcdef0123",
        "<div data-x=\"0123456789abcdef0123\"",
        "text <div data-x=\"0123456789abcdef0123\">",
        "</div><div data-x=\"0123456789abcdef0123\">",
        "<!-- <div data-x=\"0123456789abcdef0123\"> -->",
        "<1div data-x=\"0123456789abcdef0123\">",
        "<div data-x=\"0123456789abcdef\xff\">",
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        CHECK_STR(slim(same[i]), same[i]);
    CHECK(nf_html_attr_kept("class") && nf_html_attr_kept("href") &&
          nf_html_attr_kept("CLASS") && !nf_html_attr_kept("src") &&
          !nf_html_attr_kept("data-class") && !nf_html_attr_kept("c"));
}

static void test_aeb_pages(void)
{
    const char *dir = nf_test_shared("data/aeb/ground_truth.jsonl");
    if (!dir) {
        fprintf(stderr, "../shared not present: AEB pages not compared\n");
        return;
    }
    char base[4096];
    snprintf(base, sizeof base, "%s", dir);
    char *slash = strrchr(base, '/');
    if (slash)
        *slash = '\0';
    char hdir[4200];
    snprintf(hdir, sizeof hdir, "%s/html", base);
    DIR *dp = opendir(hdir);
    CHECK(dp != NULL);
    if (!dp)
        return;
    int pages = 0, fails = 0;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL) {
        if (!strstr(e->d_name, ".html"))
            continue;
        char path[8400];
        snprintf(path, sizeof path, "%s/%s", hdir, e->d_name);
        size_t len;
        char *raw = nf_slurp(path, &len);
        if (!raw)
            continue;
        nf_buf page;
        nf_buf_init(&page, 0);
        if (nf_ingest_html_utf8(raw, len, NULL, e->d_name, 0, NULL, NULL,
                                &page) == NF_OK) {
            fails += !same_both_ways(nf_buf_cstr(&page), page.len, e->d_name);
            pages++;
        }
        nf_buf_free(&page);
        free(raw);
    }
    closedir(dp);
    CHECK(pages >= 181);
    CHECK_INT(fails, 0);
}

int main(void)
{
    RUN(test_slim_direct);
    RUN(test_fixtures);
    RUN(test_aeb_pages);
    return nf_test_done();
}
