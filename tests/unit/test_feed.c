/* test_feed.c - RSS 2.0, RSS 1.0/RDF and Atom feeds through the reader:
 * one article per item with its link, id, date, author and text (full
 * content preferred over the summary); broken feeds are located errors.
 * Fixtures are written here. */
#include <string.h>

#include "feed/feed.h"
#include "newsfold.h"
#include "nf_test.h"
#include "ingest_testlib.h"

/* Reads all articles of one buffer; returns how many, first in *first. */
static int read_all(const char *name, const char *data, nf_article **keep,
                    int max, unsigned long *failed)
{
    nf_reader *r = nf_reader_new(NULL);
    CHECK_INT(nf_reader_add_buffer(r, name, data, strlen(data)), NF_OK);
    int n = drain(r, keep, max);
    nf_reader_stats st;
    nf_reader_stats_get(r, &st);
    *failed = st.failed;
    CHECK_INT(st.bytes, strlen(data));
    nf_reader_free(r);
    return n;
}

static const char rss[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Valley News</title>"
    "<item><title>Bridge closed for repairs</title>"
    "<link>https://valley.example/bridge</link><guid>vn-101</guid>"
    "<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><dc:creator>Jon Tal</dc:creator>"
    "<description>Short summary only.</description>"
    "<content:encoded><![CDATA[<p>The old bridge over the river was closed on "
    "Tuesday, the county said, after inspectors found cracks.</p>"
    "<p>Traffic will be diverted through the northern road for a month.</p>]]>"
    "</content:encoded></item>"
    "<item><title>Market day moves</title><link>https://valley.example/market</link>"
    "<description>&lt;p&gt;The weekly market moves to Saturday, the council "
    "decided on Monday.&lt;/p&gt;</description></item>"
    "<item><title>Title only</title></item>"
    "</channel></rss>";

static void test_rss(void)
{
    nf_article *a[4] = { 0 };
    unsigned long failed;
    int n = read_all("feed.xml", rss, a, 4, &failed);
    CHECK_INT(n, 2);
    CHECK_INT(failed, 0);
    if (n >= 2) {
        CHECK_STR(nf_article_format(a[0]), "feed");
        CHECK_STR(nf_article_id(a[0]), "vn-101");
        CHECK_STR(nf_article_title(a[0]), "Bridge closed for repairs");
        CHECK_STR(nf_article_url(a[0]), "https://valley.example/bridge");
        CHECK_STR(nf_article_source(a[0]), "https://valley.example/bridge");
        CHECK_STR(nf_article_published(a[0]), "2024-03-05");
        CHECK_STR(nf_article_authors(a[0]), "Jon Tal");
        CHECK_STR(nf_article_site(a[0]), "Valley News");
        const char *t = nf_article_text(a[0], NULL);
        CHECK(strstr(t, "cracks") != NULL && strstr(t, "northern road") != NULL);
        CHECK(strstr(t, "Short summary") == NULL);
        CHECK(strstr(nf_article_text(a[1], NULL), "weekly market") != NULL);
        CHECK(strstr(nf_article_text(a[1], NULL), "<p>") == NULL);
    }
    for (int i = 0; i < 4; i++)
        nf_article_free(a[i]);
}

static void test_atom_rdf(void)
{
    const char *atom =
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        "<title>Atom Times</title><entry><title type=\"text\">Harvest report</title>"
        "<link rel=\"alternate\" href=\"https://atom.example/harvest\"/>"
        "<link rel=\"edit\" href=\"https://atom.example/edit/1\"/>"
        "<id>tag:atom.example,2024:1</id><updated>2024-09-02T10:00:00Z</updated>"
        "<published>2024-09-01T10:00:00Z</published>"
        "<author><name>Ana Lind</name></author>"
        "<content type=\"html\">&lt;p&gt;Farmers brought in a record harvest "
        "this year, the ministry said.&lt;/p&gt;</content></entry></feed>";
    nf_article *a[2] = { 0 };
    unsigned long failed;
    CHECK_INT(read_all("atom.xml", atom, a, 2, &failed), 1);
    if (a[0]) {
        CHECK_STR(nf_article_url(a[0]), "https://atom.example/harvest");
        CHECK_STR(nf_article_published(a[0]), "2024-09-01");
        CHECK_STR(nf_article_modified(a[0]), "2024-09-02");
        CHECK_STR(nf_article_authors(a[0]), "Ana Lind");
        CHECK(strstr(nf_article_text(a[0], NULL), "record harvest") != NULL);
    }
    nf_article_free(a[0]);

    const char *rdf =
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<channel><title>RDF Post</title></channel>"
        "<item><title>Rain returns</title><link>https://rdf.example/rain</link>"
        "<dc:date>2022-05-04</dc:date><description>Rain returned to the plains "
        "after a dry month.</description></item></rdf:RDF>";
    a[0] = NULL;
    CHECK_INT(read_all("rdf.xml", rdf, a, 2, &failed), 1);
    if (a[0]) {
        CHECK_STR(nf_article_published(a[0]), "2022-05-04");
        CHECK_STR(nf_article_site(a[0]), "RDF Post");
        CHECK(strstr(nf_article_text(a[0], NULL), "dry month") != NULL);
    }
    nf_article_free(a[0]);
}

static void test_broken(void)
{
    /* Cut in the middle: recovered items still come out. */
    char cut[sizeof rss];
    memcpy(cut, rss, sizeof rss);
    cut[strlen(rss) / 2 + 100] = '\0';
    nf_article *a[4] = { 0 };
    unsigned long failed;
    int n = read_all("cut.xml", cut, a, 4, &failed);
    CHECK(n <= 2);
    for (int i = 0; i < 4; i++)
        nf_article_free(a[i]);
    /* An entity bomb is not expanded (no substitution). */
    const char *bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        "<rss><channel><item><title>&c;</title><description>Text with &c; "
        "inside it, long enough.</description></item></channel></rss>";
    n = read_all("bomb.xml", bomb, a, 4, &failed);
    CHECK(n <= 1);
    for (int i = 0; i < n && i < 4; i++) {
        CHECK(strlen(nf_article_text(a[i], NULL)) < 2000);
        nf_article_free(a[i]);
    }
    CHECK(nf_feed_sniff(rss, strlen(rss)));
    CHECK(!nf_feed_sniff("<html><body>", 12));
}

int main(void)
{
    RUN(test_rss);
    RUN(test_atom_rdf);
    RUN(test_broken);
    return nf_test_done();
}
