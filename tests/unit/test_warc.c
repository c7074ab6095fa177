/* test_warc.c - WARC archives through the reader, plain and gzip per
 * record: HTML responses become articles (charset from the HTTP header,
 * chunked bodies joined), everything else is skipped; a record over the
 * limit, a gzip bomb, a lying Content-Length and a cut archive end in
 * located errors with bounded memory.  Archives are built here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <zlib.h>

#include "core/buf.h"
#include "newsfold.h"
#include "nf_test.h"
#include "warc/warc.h"

static const char html[] =
    "<html><head><title>Dam opens</title></head><body><article>"
    "<p>The new dam on the upper river opened on Friday, the water board "
    "said, after six years of works.</p><p>It will supply three towns, and "
    "protect the valley from floods, engineers said.</p></article></body></html>";

/* Appends one record (gzipped on its own when gz). */
static void record(nf_buf *out, int gz, const char *type, const char *uri,
                   const char *block, size_t blen)
{
    nf_buf r;
    nf_buf_init(&r, 0);
    nf_buf_printf(&r, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
                  "WARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: "
                  "application/http; msgtype=response\r\nContent-Length: %zu"
                  "\r\n\r\n", type, uri, blen);
    nf_buf_append(&r, block, blen);
    nf_buf_puts(&r, "\r\n\r\n");
    if (!gz) {
        nf_buf_append(out, r.data, r.len);
    } else {
        z_stream zs;
        memset(&zs, 0, sizeof zs);
        deflateInit2(&zs, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        size_t cap = deflateBound(&zs, r.len);
        unsigned char *z = malloc(cap);
        zs.next_in = (unsigned char *)r.data;
        zs.avail_in = (uInt)r.len;
        zs.next_out = z;
        zs.avail_out = (uInt)cap;
        deflate(&zs, Z_FINISH);
        nf_buf_append(out, z, cap - zs.avail_out);
        deflateEnd(&zs);
        free(z);
    }
    nf_buf_free(&r);
}

/* An archive: info, request, HTML (chunked, windows-1252), image, 404. */
static void archive(nf_buf *out, int gz)
{
    record(out, gz, "warcinfo", "", "software: test\r\n", 16);
    const char *req = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    record(out, gz, "request", "https://x.example/", req, strlen(req));
    nf_buf h;
    nf_buf_init(&h, 0);
    nf_buf_printf(&h, "HTTP/1.1 200 OK\r\nContent-Type: text/html; "
                  "charset=windows-1252\r\nTransfer-Encoding: chunked\r\n\r\n");
    size_t half = sizeof html / 2;
    nf_buf_printf(&h, "%zx\r\n", half);
    nf_buf_append(&h, html, half);
    nf_buf_printf(&h, "\r\n%zx\r\n", strlen(html) - half);
    nf_buf_puts(&h, html + half);
    nf_buf_puts(&h, "\r\n0\r\n\r\n");
    record(out, gz, "response", "https://x.example/dam", h.data, h.len);
    nf_buf_free(&h);
    const char *img = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
    record(out, gz, "response", "https://x.example/a.png", img, strlen(img));
    const char *nf = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n"
                     "<html><body><p>Not found, sorry, nothing here at all.</p></body></html>";
    record(out, gz, "response", "https://x.example/gone", nf, strlen(nf));
}

/* Reads an archive; returns articles, with stats. */
static int read_warc(const char *name, const nf_buf *b, size_t max_file,
                     nf_reader_stats *st, char *first_url, size_t url_size)
{
    nf_reader_options o = { NF_FORMAT_AUTO, max_file, 0, NULL, NULL };
    nf_reader *r = nf_reader_new(&o);
    CHECK_INT(nf_reader_add_buffer(r, name, b->data, b->len), NF_OK);
    int n = 0;
    for (;;) {
        nf_article *a = NULL;
        CHECK_INT(nf_reader_next(r, &a), NF_OK);
        if (!a)
            break;
        if (n == 0 && first_url) {
            snprintf(first_url, url_size, "%s", nf_article_url(a) ? nf_article_url(a) : "");
            CHECK_STR(nf_article_format(a), "html");
            CHECK(strstr(nf_article_text(a, NULL), "upper river") != NULL);
            CHECK(strstr(nf_article_text(a, NULL), "three towns") != NULL);
            CHECK_STR(nf_article_title(a), "Dam opens");
        }
        n++;
        nf_article_free(a);
    }
    nf_reader_stats_get(r, st);
    nf_reader_free(r);
    return n;
}

static void test_plain_and_gzip(void)
{
    for (int gz = 0; gz < 2; gz++) {
        nf_buf b;
        nf_buf_init(&b, 0);
        archive(&b, gz);
        archive(&b, gz);
        nf_reader_stats st;
        char url[256] = "";
        CHECK_INT(read_warc(gz ? "a.warc.gz" : "a.warc", &b, 0, &st, url, sizeof url), 2);
        CHECK_STR(url, "https://x.example/dam");
        CHECK_INT(st.failed, 0);
        CHECK_INT(st.bytes, b.len);
        nf_buf_free(&b);
    }
}

static long max_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void test_bomb_and_broken(void)
{
    /* A gzip bomb: 200 MB of zeros declared in one record, inflated
     * through and dropped with a 1 MB record limit. */
    size_t big = (size_t)200 << 20;
    char *zeros = calloc(1, big);
    nf_buf b;
    nf_buf_init(&b, 0);
    CHECK(zeros != NULL);
    memcpy(zeros, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>", 48);
    record(&b, 1, "response", "https://x.example/bomb", zeros, big);
    free(zeros);
    archive(&b, 1);
    long before = max_rss_kb();
    nf_reader_stats st;
    char url[256] = "";
    CHECK_INT(read_warc("bomb.warc.gz", &b, (size_t)1 << 20, &st, url, sizeof url), 1);
    CHECK_INT(st.failed, 1);
    CHECK(max_rss_kb() - before < 64 * 1024);  /* far below 200 MB */
    CHECK(b.len < 2 << 20);                    /* it was a bomb */
    nf_buf_free(&b);

    /* A cut archive and a lying Content-Length: located errors. */
    nf_buf_init(&b, 0);
    archive(&b, 0);
    size_t cut = b.len - 40;
    b.len = cut;
    CHECK(read_warc("cut.warc", &b, 0, &st, NULL, 0) <= 1);
    CHECK(st.failed >= 1);
    nf_buf_free(&b);
    nf_buf_init(&b, 0);
    nf_buf_puts(&b, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n");
    CHECK_INT(read_warc("bad.warc", &b, 0, &st, NULL, 0), 0);
    CHECK_INT(st.failed, 1);
    nf_buf_free(&b);
    /* Corrupt gzip. */
    nf_buf_init(&b, 0);
    archive(&b, 1);
    for (size_t i = 30; i < b.len; i += 7)
        b.data[i] ^= 0x5A;
    read_warc("corrupt.warc.gz", &b, 0, &st, NULL, 0);
    CHECK(st.failed >= 1);
    nf_buf_free(&b);
}

int main(void)
{
    RUN(test_plain_and_gzip);
    RUN(test_bomb_and_broken);
    return nf_test_done();
}
