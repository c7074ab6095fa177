/* fuzz_html.c - libFuzzer harness for the HTML extractor.
 *
 * Arbitrary bytes are made clean UTF-8 as the reader does (charset
 * sniffing, conversion, repair), then extracted twice: with the default
 * limits and with tiny ones (depth 16, 256 bytes of text).  Promises
 * checked: no failure but out of memory or "no tree", the text is valid
 * UTF-8 within its limit, dates are YYYY-MM-DD, and a cut is reported. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "ingest/ingest_int.h"
#include "text/text.h"
#include "fuzz_util.h"

static void check_date(const char *d)
{
    char out[11];
    require(!d || (strlen(d) == 10 && nf_parse_iso_date(d, 10, out)));
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
    if (st == NF_OK) {
        require(nf_utf8_valid(nf_buf_cstr(&page), page.len));
        extract(nf_buf_cstr(&page), page.len, NULL);
        nf_html_options tiny = { "https://x.example/2020/01/02/a", 256, 16 };
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
