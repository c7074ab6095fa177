/* oom_fixtures.h - the inputs of test_oom.c, all written for it: a
 * plain text in UTF-8 and one in windows-1252, JSON Lines (one in four
 * languages and three scripts, one with problems to repair or skip),
 * HTML with metadata and JSON-LD, RSS, Atom, and a WARC archive (plain
 * and gzip per record) with plain, chunked and gzip-encoded responses;
 * and the reading they share: read_all() renders what a reader (and,
 * optionally, the pipeline and a record) makes of some inputs.
 */
#ifndef NF_OOM_FIXTURES_H
#define NF_OOM_FIXTURES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/buf.h"
#include "newsfold.h"

/* ---- fixtures (written for this test) ---------------------------------- */

static const char plain_text[] =
    "Ferries return to Valmora after storm\n"
    "\n"
    "VALMORA, 3 March 2025 - Ferries to the island of Valmora resumed on "
    "Monday after a storm kept 1,200 passengers ashore for two days, the "
    "port authority said.\n"
    "\n"
    "\"We reopened the north pier at dawn,\" said Ines Carvalho, the "
    "harbour master. The coast guard reported winds of 110 km/h on "
    "Saturday and no injuries.\n";

static const char jsonl_text[] =
    "{\"id\":\"j1\",\"title\":\"Bridge works delayed\",\"published\":"
    "\"2025-04-02\",\"language\":\"en\",\"text\":\"Repairs to the old "
    "bridge in Darnholm will take until June, the city council said on "
    "Wednesday. Mayor Petra Lind said the cost had risen to 4 million "
    "euros.\"}\n"
    "{\"id\":\"j2\",\"title\":\"Puente cerrado\",\"text\":\"El puente viejo "
    "de Darnholm seguirá cerrado hasta junio, dijo el ayuntamiento el "
    "miércoles. La alcaldesa Petra Lind dijo que el coste subió a 4 "
    "millones de euros.\"}\n"
    "not json at all\n"
    "{\"id\":\"j3\",\"text\":\"\"}\n";

static const char html_text[] =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Library reopens | The Quay Gazette</title>"
    "<meta property=\"og:title\" content=\"Library reopens after repairs\">"
    "<meta name=\"author\" content=\"Tomas Reyna\">"
    "<meta property=\"article:published_time\" content=\"2025-05-06T08:00:00Z\">"
    "<meta property=\"og:site_name\" content=\"The Quay Gazette\">"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
    "\"headline\":\"Library reopens after repairs\",\"dateModified\":"
    "\"2025-05-07T09:30:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":"
    "\"Tomas Reyna\"},{\"@type\":\"Person\",\"name\":\"Nora Feld\"}],"
    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Quay "
    "Gazette\"}}</script>"
    "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
    "<article><h1>Library reopens after repairs</h1>"
    "<p>The central library of Eastport reopened on Tuesday after eight "
    "months of repairs to its roof, the city said.</p>"
    "<p>About 300 readers came on the first morning, librarian Ada Moss "
    "said, and the reading room will stay open until <b>nine</b> in the "
    "evening.</p><p>See <a href=\"/events\">the events page</a>.</p>"
    "</article><footer>Copyright The Quay Gazette</footer></body></html>";

static const char rss_text[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<rss version=\"2.0\"><channel><title>Valley News</title>"
    "<link>https://valley.example/</link>"
    "<item><title>Orchard harvest starts early</title>"
    "<link>https://valley.example/a1</link>"
    "<pubDate>Tue, 02 Sep 2025 07:00:00 GMT</pubDate>"
    "<author>desk@valley.example (Lena Ortiz)</author>"
    "<description>&lt;p&gt;Growers in the Brenn valley began picking "
    "apples a week early this year, the growers' union said on "
    "Monday.&lt;/p&gt;</description></item>"
    "<item><title>Rail line closed</title>"
    "<link>https://valley.example/a2</link>"
    "<description>The valley rail line is closed until Friday for track "
    "works, the operator said.</description></item>"
    "</channel></rss>";

static const char atom_text[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Coast Desk</title>"
    "<id>urn:coast-desk</id><updated>2025-07-01T10:00:00Z</updated>"
    "<entry><title>Lighthouse restored</title><id>urn:coast-desk:1</id>"
    "<link href=\"https://coast.example/1\"/>"
    "<updated>2025-07-01T10:00:00Z</updated>"
    "<author><name>Mira Vos</name></author>"
    "<content type=\"html\">&lt;p&gt;The old lighthouse at Kell Point "
    "shines again after volunteers spent two summers restoring its "
    "lamp.&lt;/p&gt;</content></entry></feed>";

/* Plain text in windows-1252 (decoded on reading). */
static const char cp1252_text[] =
    "Caf\xe9s of Porto Seco reopen\n\n"
    "The caf\xe9s on the main square of Porto Seco reopened on Thursday "
    "after the \x93quiet week\x94 of the festival, the owners\x92 "
    "association said. Prices stay at 2 \x80 for a coffee.\n";

/* More languages and scripts for the pipeline: an incident told four
 * times (English, Russian, Japanese, German). */
static const char world_jsonl[] =
    "{\"id\":\"w1\",\"title\":\"Fire destroys Kerrow warehouse\","
    "\"published\":\"2025-10-12\",\"text\":\"A fire destroyed a grain "
    "warehouse in Kerrow on Sunday night. Two workers were injured and 40 "
    "firefighters fought the blaze for six hours, the fire service said. "
    "\\\"The roof fell in within minutes,\\\" said fire chief Owen Pryce. "
    "Mayor Petra Lind visited the site.\"}\n"
    "{\"id\":\"w2\",\"title\":\"\u041f\u043e\u0436\u0430\u0440 "
    "\u0432 \u041a\u0435\u0440\u0440\u043e\u0443\",\"published\":"
    "\"2025-10-12\",\"text\":\"\u0412 \u0432\u043e\u0441\u043a\u0440"
    "\u0435\u0441\u0435\u043d\u044c\u0435 \u043f\u043e\u0436\u0430\u0440 "
    "\u0443\u043d\u0438\u0447\u0442\u043e\u0436\u0438\u043b "
    "\u0441\u043a\u043b\u0430\u0434 \u0432 \u041a\u0435\u0440\u0440"
    "\u043e\u0443. \u0414\u0432\u0430 \u0440\u0430\u0431\u043e\u0442"
    "\u043d\u0438\u043a\u0430 \u043f\u043e\u043b\u0443\u0447\u0438"
    "\u043b\u0438 \u0442\u0440\u0430\u0432\u043c\u044b, \u0441\u043e"
    "\u043e\u0431\u0449\u0438\u043b\u0430 \u043c\u044d\u0440 "
    "\u041f\u0435\u0442\u0440\u0430 \u041b\u0438\u043d\u0434.\"}\n"
    "{\"id\":\"w3\",\"title\":\"\u30b1\u30ed\u30a6\u3067\u706b\u707d\","
    "\"text\":\"\u65e5\u66dc\u65e5\u306e\u591c\u3001\u30b1\u30ed\u30a6"
    "\u306e\u5009\u5eab\u3067\u706b\u707d\u304c\u3042\u308a\u3001\u4f5c"
    "\u696d\u54e1\u4e8c\u4eba\u304c\u3051\u304c\u3092\u3057\u305f\u3002"
    "\u6d88\u706b\u306b\u516d\u6642\u9593\u304b\u304b\u3063\u305f\u3002\"}\n"
    "{\"id\":\"w4\",\"title\":\"Brand in Kerrow\",\"text\":\"Ein Feuer hat "
    "am Sonntagabend eine Lagerhalle in Kerrow zerst\u00f6rt. Zwei Arbeiter "
    "wurden verletzt, teilte die Feuerwehr mit. Der Schaden liegt bei 2 "
    "Millionen Euro.\"}\n";

/* JSON Lines with problems that are repaired or skipped, each a
 * diagnostic: broken UTF-8, a control character, a lone surrogate, a
 * number where a string belongs, a cut line, an unknown field. */
static const char repairs_jsonl[] =
    "{\"id\":\"r1\",\"title\":\"Council meets\",\"text\":\"A broken "
    "byte \xff here, a bell \\u0007 there and \xc3\x28 a cut pair. The "
    "council of Brask met on Friday.\"}\n"
    "{\"id\":\"r2\",\"text\":\"A lone surrogate \\ud800.\"}\n"
    "{\"id\":7,\"text\":\"An id that is a number.\"}\n"
    "{\"id\":\"r3\",\"text\":\"cut short\n"
    "{\"id\":\"r4\",\"colour\":\"blue\",\"text\":\"Fields nobody "
    "reads are ignored.\"}\n";

/* Appends `len` bytes gzipped (one gzip member) to out. */
static void gzip_member(nf_buf *out, const char *rec, size_t len)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    size_t cap = deflateBound(&zs, (uLong)len);
    unsigned char *z = malloc(cap);
    if (z) {
        zs.next_in = (unsigned char *)rec;
        zs.avail_in = (uInt)len;
        zs.next_out = z;
        zs.avail_out = (uInt)cap;
        if (deflate(&zs, Z_FINISH) == Z_STREAM_END)
            nf_buf_append(out, z, cap - zs.avail_out);
        free(z);
    }
    deflateEnd(&zs);
}

/* A WARC response record for `uri` holding the HTTP message head +
 * body, into rec. */
static void response(nf_buf *rec, const char *uri, const char *head,
                     const void *body, size_t blen)
{
    nf_buf_printf(rec, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
                  "%s\r\nWARC-Date: 2025-08-09T10:11:12Z\r\nContent-Type: "
                  "application/http; msgtype=response\r\nContent-Length: %zu"
                  "\r\n\r\n%s", uri, strlen(head) + blen, head);
    nf_buf_append(rec, body, blen);
    nf_buf_puts(rec, "\r\n\r\n");
}

/* A WARC archive: warcinfo, a request and three HTML responses (plain,
 * chunked, gzip content encoding); each record gzipped on its own when
 * gz. */
static char *warc_archive(size_t *len, int gz)
{
    static const char page[] =
        "<html><head><title>Market hall opens</title></head><body>"
        "<article><p>The new market hall in Soren opened on Saturday with "
        "forty stalls, the town said.</p><p>Farmers from the whole "
        "district sell there twice a week.</p></article></body></html>";
    static const char page2[] =
        "<html><head><title>Tram line extended</title></head><body>"
        "<article><p>The tram line of Soren now runs to the station, the "
        "operator said on Monday.</p><p>Trams leave every ten minutes "
        "during the day.</p></article></body></html>";
    static const char page3[] =
        "<html><head><title>School roof mended</title></head><body>"
        "<article><p>Builders finished the new roof of the Soren school "
        "before the autumn rains, the district said.</p><p>Classes return "
        "to the upper floor next week.</p></article></body></html>";
    const char *info = "software: test_oom\r\n";
    const char *req = "GET /market HTTP/1.1\r\nHost: soren.example\r\n\r\n";
    nf_buf rec[5], head, body, out;
    for (int i = 0; i < 5; i++)
        nf_buf_init(&rec[i], 0);
    nf_buf_init(&head, 0);
    nf_buf_init(&body, 0);
    nf_buf_init(&out, 0);
    nf_buf_printf(&rec[0], "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: "
                  "%zu\r\n\r\n%s\r\n\r\n", strlen(info), info);
    nf_buf_printf(&rec[1], "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: "
                  "https://soren.example/market\r\nContent-Type: "
                  "application/http; msgtype=request\r\nContent-Length: %zu"
                  "\r\n\r\n%s\r\n\r\n", strlen(req), req);
    nf_buf_printf(&head, "HTTP/1.1 200 OK\r\nContent-Type: text/html; "
                  "charset=utf-8\r\nContent-Length: %zu\r\n\r\n", strlen(page));
    response(&rec[2], "https://soren.example/market", head.data, page, strlen(page));
    /* chunked: the page in two chunks */
    size_t half = strlen(page2) / 2;
    nf_buf_printf(&body, "%zx\r\n", half);
    nf_buf_append(&body, page2, half);
    nf_buf_printf(&body, "\r\n%zx\r\n%s\r\n0\r\n\r\n", strlen(page2) - half,
                  page2 + half);
    response(&rec[3], "https://soren.example/tram", "HTTP/1.1 200 OK\r\n"
             "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n",
             body.data, body.len);
    /* gzip content encoding */
    nf_buf_reset(&body);
    gzip_member(&body, page3, strlen(page3));
    response(&rec[4], "https://soren.example/school", "HTTP/1.1 200 OK\r\n"
             "Content-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n",
             body.data, body.len);
    for (int i = 0; i < 5; i++) {
        if (gz)
            gzip_member(&out, rec[i].data, rec[i].len);
        else
            nf_buf_append(&out, rec[i].data, rec[i].len);
        nf_buf_free(&rec[i]);
    }
    nf_buf_free(&head);
    nf_buf_free(&body);
    return nf_buf_detach(&out, len);
}

/* ---- reading them ----------------------------------------------------- */

/* Writes reader r's counters as one line to m (part of the output that
 * a failed allocation must not change). */
static void put_reader_stats(FILE *m, nf_reader *r)
{
    nf_reader_stats rs;
    nf_reader_stats_get(r, &rs);
    fprintf(m, "inputs %lu articles %lu failed %lu bytes %llu\n",
            rs.inputs, rs.articles, rs.failed, rs.bytes);
}

typedef struct input {
    const char *name;
    const char *data;
    size_t len;
    nf_format format;
} input;

/* Diagnostics are part of the output. */
static void on_diag(void *ctx, const nf_diag *d)
{
    FILE *m = ctx;
    fprintf(m, "diag %s %s %s:%lu:%llu %s\n", nf_severity_name(d->severity),
            nf_strerror(d->code), d->file ? d->file : "-", d->line,
            d->offset, d->message ? d->message : "-");
}

/* Reads the inputs, each article rendered as JSON into *out; `pipe`
 * runs the pipeline on each and renders the whole record instead. */
static nf_status read_with(const input *in, size_t n_in, int pipe,
                           nf_pipeline *given, char **out);

static nf_status read_all(const input *in, size_t n_in, int pipe, char **out)
{
    return read_with(in, n_in, pipe, NULL, out);
}

/* read_all, with the pipeline `given` (kept) instead of a new one. */
static nf_status read_with(const input *in, size_t n_in, int pipe,
                           nf_pipeline *given, char **out)
{
    char *buf = NULL;
    size_t blen = 0;
    FILE *m = open_memstream(&buf, &blen);
    if (!m)
        return NF_ERR_IO;
    nf_status st = NF_OK;
    nf_pipeline *pl = NULL;
    nf_record *rec = NULL;
    if (pipe) {
        pl = given ? given : nf_pipeline_new();
        rec = pl ? nf_record_new() : NULL;
        if (!rec)
            st = NF_ERR_NOMEM;
    }
    for (size_t i = 0; i < n_in && !st; i++) {
        nf_reader_options ro = { .format = in[i].format, .on_diag = on_diag,
                                 .diag_ctx = m };
        nf_reader *r = nf_reader_new(&ro);
        if (!r) {
            st = NF_ERR_NOMEM;
            break;
        }
        st = nf_reader_add_buffer(r, in[i].name, in[i].data, in[i].len);
        while (!st) {
            nf_article *a = NULL;
            if ((st = nf_reader_next(r, &a)) || !a)
                break;
            if (pipe) {
                st = nf_pipeline_run(pl, a);
                if (st)
                    nf_article_free(a);
                else
                    st = nf_record_add(rec, a);
            } else {
                st = nf_article_write_json(a, m, 0);
                fputc('\n', m);
                nf_article_free(a);
            }
        }
        if (!st)
            put_reader_stats(m, r);
        nf_reader_free(r);
    }
    if (!st && pipe)
        st = nf_record_write_json(rec, m, NF_JSON_PRETTY);
    nf_record_free(rec);
    if (pl != given)
        nf_pipeline_free(pl);
    fclose(m);
    if (st) {
        free(buf);
        buf = NULL;
    }
    *out = buf;
    return st;
}

#define NF_OOM_INPUTS 10
static input g_inputs[NF_OOM_INPUTS];
static char *g_warc, *g_warc_gz;

static void fixtures(void)
{
    size_t wlen, glen;
    g_warc = warc_archive(&wlen, 0);
    g_warc_gz = warc_archive(&glen, 1);
    input all[NF_OOM_INPUTS] = {
        { "ferries.txt", plain_text, sizeof plain_text - 1, NF_FORMAT_AUTO },
        { "bridge.jsonl", jsonl_text, sizeof jsonl_text - 1, NF_FORMAT_AUTO },
        { "library.html", html_text, sizeof html_text - 1, NF_FORMAT_HTML },
        { "valley.rss", rss_text, sizeof rss_text - 1, NF_FORMAT_FEED },
        { "coast.atom", atom_text, sizeof atom_text - 1, NF_FORMAT_FEED },
        { "market.warc", g_warc, wlen, NF_FORMAT_WARC },
        { "market.warc.gz", g_warc_gz, glen, NF_FORMAT_AUTO },
        { "cafes.txt", cp1252_text, sizeof cp1252_text - 1, NF_FORMAT_TEXT },
        { "world.jsonl", world_jsonl, sizeof world_jsonl - 1, NF_FORMAT_JSONL },
        { "repairs.jsonl", repairs_jsonl, sizeof repairs_jsonl - 1, NF_FORMAT_JSONL },
    };
    memcpy(g_inputs, all, sizeof all);
}


#endif
