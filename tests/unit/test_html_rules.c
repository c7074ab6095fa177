/* test_html_rules.c - the extractor's structural rules, one fixture each:
 * text written straight into a container between images, embedded
 * quotations whose names say "tweet", lists whose items lead with a
 * link and go on in prose, teaser blocks of other pages, a "paywall"
 * box that holds the article's paragraphs, and the reused parser
 * context giving every page its own tree.  Fixtures are written here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "nf_test.h"

/* Extracts page s; returns the malloc'ed text (never NULL). */
static char *text_of(const char *s)
{
    nf_html_result r;
    char *t = NULL;
    if (nf_html_extract(s, strlen(s), NULL, &r) == NF_OK) {
        t = strdup(nf_buf_cstr(&r.text));
        nf_html_result_free(&r);
    }
    return t ? t : strdup("");
}

/* Text written into a <div> after images, with no <p>, beats a footer
 * line elsewhere. */
static void test_bare_text(void)
{
    const char *s =
        "<html><body><div class=\"row\"><div class=\"col\"><ul>"
        "<li><a href=\"/a\">March</a></li><li><a href=\"/b\">April</a></li>"
        "</ul></div><div class=\"col\"><b>05/10/2018</b><br>"
        "<img src=\"a.jpg\"><img src=\"b.jpg\">The night crew of the "
        "ferry found the engine room flooded, and the captain, after a "
        "short inspection, kept the boat in port. Passengers were taken "
        "to the town by bus, and the company said the crossing would "
        "resume on Friday, once the pumps had been repaired.<br><br>"
        "</div></div><div class=\"bottom\">Ferry Lines - Harbour Road 11 - "
        "Postal box 42 - Phone 555 0100 - all rights reserved</div>"
        "</body></html>";
    char *t = text_of(s);
    CHECK(strstr(t, "The night crew of the ferry") != NULL);
    CHECK(strstr(t, "resume on Friday") != NULL);
    CHECK(strstr(t, "Postal box") == NULL);
    free(t);
}

static const char body_start[] =
    "<html><body><div class=\"content\">"
    "<p>The council voted on Monday to close the old bridge, which has "
    "carried traffic over the river for a hundred and twenty years.</p>"
    "<p>Engineers, who inspected it in the spring, found cracks in two of "
    "its piers, and the repairs, they said, would cost more than a new "
    "bridge, built a little further upstream.</p>";
static const char body_end[] =
    "<p>The new bridge should open in three years, the mayor said, and the "
    "old one will stay open to walkers until then.</p></div></body></html>";

/* Builds body_start + middle + body_end into buf. */
static const char *page_with(char *buf, size_t size, const char *middle)
{
    snprintf(buf, size, "%s%s%s", body_start, middle, body_end);
    return buf;
}

/* An embedded post named "twitter-tweet" is a quotation: kept. */
static void test_quote_kept(void)
{
    char buf[4096];
    char *t = text_of(page_with(
        buf, sizeof buf,
        "<blockquote class=\"twitter-tweet\"><p>The bridge closes today, "
        "please use the ferry or the ring road.</p>&mdash; City Roads "
        "(@roads) <a href=\"https://x.example/s/1\">May 4, 2020</a>"
        "</blockquote>"));
    CHECK(strstr(t, "please use the ferry or the ring road") != NULL);
    CHECK(strstr(t, "new bridge should open") != NULL);
    free(t);
}

/* A list whose items start with a linked headline and go on in prose is
 * text; a list of bare links is not. */
static void test_lists(void)
{
    char buf[4096];
    char *t = text_of(page_with(
        buf, sizeof buf,
        "<ol><li><strong><a href=\"/1\">Traffic moves to the ring road"
        "</a>.</strong> Drivers coming from the north will be sent around "
        "the town, adding about ten minutes to the trip.</li>"
        "<li><strong><a href=\"/2\">Buses change their routes</a>.</strong> "
        "Lines four and nine will cross the river on the rail bridge, which "
        "has a lane for buses since last year.</li></ol>"
        "<ul><li><a href=\"/x\">Photos of the old bridge</a></li>"
        "<li><a href=\"/y\">Timeline of the bridge's repairs</a></li>"
        "<li><a href=\"/z\">Map of the detours</a></li></ul>"));
    CHECK(strstr(t, "adding about ten minutes") != NULL);
    CHECK(strstr(t, "lane for buses since last year") != NULL);
    CHECK(strstr(t, "Timeline of the bridge") == NULL);
    free(t);
}

/* Teasers of other pages (a linked headline and a line of standfirst
 * each) are left out of the article. */
static void test_teasers(void)
{
    char buf[4096];
    char *t = text_of(page_with(
        buf, sizeof buf,
        "<div class=\"next-prev\">"
        "<div><a href=\"/n1\"><img src=\"1.jpg\"></a><a href=\"/n1\">Port "
        "gets new cranes</a><p>Two cranes arrive from the south</p></div>"
        "<div><a href=\"/n2\"><img src=\"2.jpg\"></a><a href=\"/n2\">School "
        "roof repaired</a><p>Pupils back in class on Monday</p></div>"
        "<div><a href=\"/n3\"><img src=\"3.jpg\"></a><a href=\"/n3\">Market "
        "moves indoors</a><p>Traders welcome the heated hall</p></div>"
        "</div>"));
    CHECK(strstr(t, "the repairs, they said") != NULL);
    CHECK(strstr(t, "Port gets new cranes") == NULL);
    CHECK(strstr(t, "heated hall") == NULL);
    free(t);
}

/* A box named "paywall" that holds the rest of the article is text; one
 * that holds a short notice is not. */
static void test_paywall(void)
{
    char buf[4096];
    char *t = text_of(page_with(
        buf, sizeof buf,
        "<div class=\"paywall\"><p>Shops on the bridge, of which there are "
        "six, will move to a market hall that the council rents for them, "
        "near the station.</p><p>Their owners, who had asked for help, said "
        "they were relieved, though worried about the winter months.</p>"
        "</div><div class=\"paywall-notice\">Subscribe to read more</div>"));
    CHECK(strstr(t, "market hall that the council rents") != NULL);
    CHECK(strstr(t, "worried about the winter months") != NULL);
    CHECK(strstr(t, "Subscribe to read more") == NULL);
    free(t);
}

/* The reused parser gives every page its own tree: a page after another
 * carries nothing of it, also after the context is released. */
static void test_reuse(void)
{
    char buf[4096];
    const char *a = page_with(buf, sizeof buf, "");
    char *t1 = text_of(a);
    char *t2 = text_of("<html><body><p>Only this short line, here, and "
                       "nothing of the bridge.</p></body></html>");
    CHECK(strstr(t2, "bridge, built") == NULL);
    CHECK(strstr(t2, "Only this short line") != NULL);
    nf_html_parser_release();
    char *t3 = text_of(a);
    CHECK_STR(t1, t3);
    nf_html_parser_release();
    free(t1);
    free(t2);
    free(t3);
}

int main(void)
{
    RUN(test_bare_text);
    RUN(test_quote_kept);
    RUN(test_lists);
    RUN(test_teasers);
    RUN(test_paywall);
    RUN(test_reuse);
    return nf_test_done();
}
