/* extract.c - the extractor's entry points: one page in, text and
 * metadata out; and the byte-level sniffing of HTML (is it HTML, which
 * charset does it declare), done before any parsing.
 *
 * The order of the phases matters: kinds are pruned first, then text is
 * counted and scored (score.c prunes by names once it knows how much
 * text each element holds), then the metadata is read (its date-line
 * search uses the counts), and the chosen elements are rendered last,
 * without the headline the metadata found.
 */
#include "html/html_int.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>

#define NF_HTML_DEFAULT_MAX_TEXT ((size_t)64 << 20)
/* Bytes looked at for a declared charset. */
#define NF_CHARSET_WINDOW 4096

void nf_html_result_free(nf_html_result *r)
{
    if (!r)
        return;
    nf_buf_free(&r->text);
    free(r->meta.title);
    free(r->meta.published);
    free(r->meta.modified);
    free(r->meta.authors);
    free(r->meta.site);
    free(r->meta.canonical);
    free(r->meta.language);
    free(r->meta.description);
    memset(r, 0, sizeof *r);
}

nf_status nf_html_extract(const char *html, size_t len,
                          const nf_html_options *opts, nf_html_result *out)
{
    assert(out && (html || len == 0));
    memset(out, 0, sizeof *out);
    nf_html_options o = { 0 };
    if (opts)
        o = *opts;
    nf_buf_init(&out->text, o.max_text ? o.max_text : NF_HTML_DEFAULT_MAX_TEXT);
    xmlInitParser();
    nf_hdoc d;
    nf_status st = nf_hdoc_parse(&d, html, len, o.max_depth, o.clean);
    if (!st) {
        nf_hdoc_prune(&d);
        nf_hdoc_choose(&d);
        st = nf_hdoc_meta(&d, o.url, &out->meta);
    }
    if (!st) {
        st = nf_hdoc_render(&d, out->meta.title, &out->text, &out->meta.links);
        if (st == NF_ERR_TOO_LARGE) {
            out->truncated = 1;
            st = NF_OK;
        }
    }
    out->depth = d.deepest;
    if (d.cut)
        out->truncated = 1;
    nf_hdoc_free(&d);
    if (st)
        nf_html_result_free(out);
    return st;
}

/* Case-insensitive search of needle in [s, s+len); NULL when absent. */
static const char *find_ci(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(s + i, needle, n) == 0)
            return s + i;
    return NULL;
}

/* Copies a charset name starting at p (up to end): letters, digits and
 * - _ . : ; optional quotes skipped. */
static int copy_name(const char *p, const char *end, char *out, size_t size)
{
    while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '='))
        p++;
    size_t k = 0;
    while (p < end && k + 1 < size &&
           (isalnum((unsigned char)*p) || *p == '-' || *p == '_' ||
            *p == '.' || *p == ':'))
        out[k++] = *p++;
    out[k] = '\0';
    return k > 0;
}

int nf_http_charset(const char *ctype, size_t len, char *out, size_t size)
{
    assert(out && size > 0);
    out[0] = '\0';
    if (!ctype)
        return 0;
    const char *p = find_ci(ctype, len, "charset");
    return p && copy_name(p + 7, ctype + len, out, size);
}

static const char utf8_name[] = "UTF-8";
static const char utf16le_name[] = "UTF-16LE";
static const char utf16be_name[] = "UTF-16BE";

int nf_html_charset(const char *data, size_t len, char *out, size_t size)
{
    assert(out && size > 0);
    out[0] = '\0';
    const unsigned char *u = (const unsigned char *)data;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return copy_name(utf8_name, utf8_name + 5, out, size);
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return copy_name(utf16le_name, utf16le_name + 8, out, size);
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return copy_name(utf16be_name, utf16be_name + 8, out, size);
    size_t n = len < NF_CHARSET_WINDOW ? len : NF_CHARSET_WINDOW;
    /* <?xml version="1.0" encoding="..."?> */
    if (n > 5 && strncmp(data, "<?xml", 5) == 0) {
        const char *e = memchr(data, '>', n);
        const char *p = e ? find_ci(data, (size_t)(e - data), "encoding") : NULL;
        if (p && copy_name(p + 8, e, out, size))
            return 1;
    }
    const char *p = data, *end = data + n;
    while ((p = find_ci(p, (size_t)(end - p), "<meta")) != NULL) {
        const char *e = memchr(p, '>', (size_t)(end - p));
        if (!e)
            break;
        const char *c = find_ci(p, (size_t)(e - p), "charset");
        if (c && copy_name(c + 7, e, out, size))
            return 1;
        p = e;
    }
    return 0;
}

int nf_html_sniff(const char *data, size_t len)
{
    size_t i = 0;
    if (len >= 3 && (unsigned char)data[0] == 0xEF &&
        (unsigned char)data[1] == 0xBB && (unsigned char)data[2] == 0xBF)
        i = 3;
    for (int rounds = 0; rounds < 64; rounds++) {
        while (i < len && isspace((unsigned char)data[i]))
            i++;
        if (i + 4 <= len && memcmp(data + i, "<!--", 4) == 0) {
            const char *e = NULL;
            for (size_t k = i + 4; k + 3 <= len; k++)
                if (memcmp(data + k, "-->", 3) == 0) {
                    e = data + k;
                    break;
                }
            if (!e)
                return 0;
            i = (size_t)(e - data) + 3;
            continue;
        }
        if (i + 5 <= len && strncmp(data + i, "<?xml", 5) == 0) {
            const char *e = memchr(data + i, '>', len - i);
            if (!e)
                return 0;
            i = (size_t)(e - data) + 1;
            continue;
        }
        break;
    }
    static const char *const starts[] = { "<!doctype html", "<html", "<head",
                                          "<body", "<meta", "<title" };
    for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++) {
        size_t n = strlen(starts[k]);
        if (i + n <= len && strncasecmp(data + i, starts[k], n) == 0)
            return 1;
    }
    return 0;
}
