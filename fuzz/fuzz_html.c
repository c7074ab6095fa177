/* fuzz_html.c - libFuzzer harness for the HTML extractor.
 *
 * Arbitrary bytes are made clean UTF-8 as the reader does (charset
 * sniffing, conversion, repair), then extracted twice: with the default
 * limits and with tiny ones (depth 16, 256 bytes of text).  Promises
 * checked: no failure but out of memory or "no tree", the text is valid
 * UTF-8 within its limit, dates are YYYY-MM-DD, a cut is reported, and
 * input that is already clean text comes out of the reader unchanged,
 * and the parser's fast paths give what libxml2 reading every byte
 * gives. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html/html_int.h"
#include "ingest/ingest_int.h"
#include "text/text.h"
#include "fuzz_util.h"

static void check_date(const char *d)
{
    char out[11];
    require(!d || (strlen(d) == 10 && nf_parse_iso_date(d, 10, out)));
}

/* Whether two strings are both NULL or equal. */
static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The parser's fast paths (skipping script and style content, slimming
 * tags) change nothing: the page read with them off gives the same. */
static void check_fast_paths(const char *p, size_t n, const nf_html_result *r)
{
    nf_html_result s;
    nf_html_fast_paths(0);
    nf_status st = nf_html_extract(p, n, NULL, &s);
    nf_html_fast_paths(1);
    require(st == NF_OK || st == NF_ERR_NOMEM);
    if (st)
        return;
    require(s.text.len == r->text.len &&
            memcmp(nf_buf_cstr(&s.text), nf_buf_cstr(&r->text), s.text.len) == 0);
    require(same_str(s.meta.title, r->meta.title) &&
            same_str(s.meta.published, r->meta.published) &&
            same_str(s.meta.authors, r->meta.authors) &&
            same_str(s.meta.canonical, r->meta.canonical) &&
            s.meta.links == r->meta.links && s.depth == r->depth);
    nf_html_result_free(&s);
}

static void extract(const char *p, size_t n, const nf_html_options *o)
{
    nf_html_result r;
    nf_status st = nf_html_extract(p, n, o, &r);
    require(st == NF_OK || st == NF_ERR_FORMAT || st == NF_ERR_NOMEM);
    if (st)
        return;
    require(nf_utf8_valid(nf_buf_cstr(&r.text), r.text.len));
    if (o && o->max_text)
        require(r.text.len <= o->max_text);
    check_date(r.meta.published);
    check_date(r.meta.modified);
    if (!o)
        check_fast_paths(p, n, &r);
    if (o && o->max_depth && r.depth > o->max_depth)
        require(r.truncated);
    nf_html_result_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nf_buf page;
    nf_buf_init(&page, 0);
    nf_status st = nf_ingest_html_utf8((const char *)data, size, NULL, "fuzz",
                                       0, NULL, NULL, &page);
    /* Clean input read as UTF-8 (no other charset declared) is taken as
     * it is (one pass, no repair). */
    char decl[48];
    int other = nf_html_charset((const char *)data, size, decl, sizeof decl) &&
                strcasecmp(decl, "utf-8") != 0 && strcasecmp(decl, "utf8") != 0;
    if (!other && nf_utf8_as_is((const char *)data, size))
        require(st == NF_OK && page.len == size &&
                (size == 0 || memcmp(page.data, data, size) == 0));
    if (st == NF_OK) {
        require(nf_utf8_valid(nf_buf_cstr(&page), page.len));
        extract(nf_buf_cstr(&page), page.len, NULL);
        nf_html_options tiny = { "https://x.example/2020/01/02/a", 256, 16, 1 };
        extract(nf_buf_cstr(&page), page.len, &tiny);
    }
    nf_buf_free(&page);
    char cs[48];
    nf_html_charset((const char *)data, size, cs, sizeof cs);
    require(strlen(cs) < sizeof cs);
    char d[11];
    if (nf_date_find((const char *)data, size, d))
        check_date(d);
    return 0;
}
