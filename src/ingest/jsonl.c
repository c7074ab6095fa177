/* jsonl.c - one JSON Lines record becomes one article.
 *
 * A record is a JSON object with any of: id, url, source, title,
 * published, language, and a body in "text" (preferred) or "html" (a
 * page: its article and metadata are extracted as for HTML files).  Only
 * the body is required.  Every string is made clean UTF-8 (JSON parsers
 * pass raw invalid bytes through); the title's line breaks become
 * spaces.  "published" is normalised to YYYY-MM-DD from an ISO 8601 date
 * or date-time (the calendar date as written, the time zone is not
 * applied); anything else leaves it unknown with a warning.  A numeric id
 * keeps its digits.  A record that cannot be used (not an object, no
 * body, an empty body, a body over the limit) is skipped with an error
 * naming the file and line, and the reader goes on.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/diag.h"
#include "text/text.h"

#define NF_DEFAULT_MAX_ARTICLE ((size_t)64 << 20)
/* Longest metadata string kept (id, url, source, title, ...). */
#define NF_MAX_FIELD_BYTES ((size_t)16 * 1024)

int nf_valid_ymd(int y, int m, int d)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30,
                                   31, 31, 30, 31, 30, 31 };
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int dim = days[m - 1] + (m == 2 && leap);
    return d <= dim;
}

/* Reads n decimal digits at s into *v; 0 when one is not a digit. */
static int digits(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        *v = *v * 10 + (s[i] - '0');
    }
    return 1;
}

int nf_parse_iso_date(const char *s, size_t len, char out[11])
{
    assert(out && (s || len == 0));
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    int y, m, d, hh, mm;
    if (len < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) ||
        s[7] != '-' || !digits(s + 8, 2, &d) || !nf_valid_ymd(y, m, d))
        return 0;
    if (len > 10) {
        /* A time must follow: T or space, then HH:MM; the rest (seconds,
         * fraction, zone) is not needed for the date. */
        if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || len < 16 ||
            !digits(s + 11, 2, &hh) || s[13] != ':' || !digits(s + 14, 2, &mm) ||
            hh > 24 || mm > 59)
            return 0;
    }
    memcpy(out, s, 10);
    out[10] = '\0';
    return 1;
}

/* Whether only JSON white space lies in [p, end). */
static int only_space(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
            return 0;
    return 1;
}

/* Parses [s, s+len) as one JSON value followed by nothing but space;
 * returns it (caller deletes) or NULL, with *err_at the offset of the
 * error. */
static cJSON *parse_one(const char *s, size_t len, size_t *err_at)
{
    const char *end = NULL;
    cJSON *v = cJSON_ParseWithLengthOpts(s, len, &end, 0);
    if (!v) {
        *err_at = end && end >= s && end <= s + len ? (size_t)(end - s) : 0;
        return NULL;
    }
    if (end && !only_space(end, s + len)) {
        *err_at = (size_t)(end - s);
        cJSON_Delete(v);
        return NULL;
    }
    return v;
}

int nf_jsonl_is_object_line(const char *s, size_t len)
{
    size_t at;
    cJSON *v = parse_one(s, len, &at);
    int ok = v && cJSON_IsObject(v);
    cJSON_Delete(v);
    return ok;
}

/* State of one record being read. */
typedef struct rec_ctx {
    const char *name;
    unsigned long line;
    unsigned long long offset;
    nf_article *a;
    nf_diag_tee tee;
    const nf_reader_options *opts;
} rec_ctx;

/* Reports a problem of the record as a warning kept on the article. */
static void warn(rec_ctx *rc, const char *field, const char *what)
{
    nf_diag_emit(nf_diag_tee_fn, &rc->tee, NF_SEV_WARNING, NF_ERR_FORMAT,
                 rc->name, rc->line, rc->offset, "field \"%s\" %s", field,
                 what);
}

/* Returns the string of member `key`, NULL when absent or null; warns
 * (and returns NULL) when it is another type. */
static const char *get_string(rec_ctx *rc, const cJSON *root, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v || cJSON_IsNull(v))
        return NULL;
    if (!cJSON_IsString(v) || !v->valuestring) {
        warn(rc, key, "is not a string; ignored");
        return NULL;
    }
    return v->valuestring;
}

/* Cleans string s of member `key` into `out` (emptied first), with
 * diagnostics located at the record.  Returns NF_ERR_TOO_LARGE,
 * NF_ERR_NOMEM or NF_OK. */
static nf_status clean_into(rec_ctx *rc, const char *key, const char *s,
                            size_t len, nf_buf *out)
{
    nf_buf_reset(out);
    rc->tee.field = key;
    nf_status st = nf_utf8_clean(s, len, out, rc->name, nf_diag_tee_fn,
                                 &rc->tee, NULL);
    rc->tee.field = NULL;
    return st ? st : rc->tee.failed;
}

/* Sets metadata field *dst from member `key`: cleaned, line breaks and
 * tabs made spaces, trimmed; empty values are left NULL. */
static nf_status set_meta(rec_ctx *rc, const cJSON *root, const char *key,
                          const char **dst, nf_buf *tmp)
{
    const char *s = get_string(rc, root, key);
    if (!s)
        return NF_OK;
    size_t len = strlen(s);
    if (len > NF_MAX_FIELD_BYTES) {
        warn(rc, key, "is too long; ignored");
        return NF_OK;
    }
    nf_status st = clean_into(rc, key, s, len, tmp);
    if (st)
        return st;
    char *p = tmp->data;
    size_t n = tmp->len, a = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '\n' || p[i] == '\t')
            p[i] = ' ';
    while (a < n && p[a] == ' ')
        a++;
    while (n > a && p[n - 1] == ' ')
        n--;
    if (a == n)
        return NF_OK;
    return nf_article_set(rc->a, dst, p + a, n - a);
}

/* Sets the id from member "id": a string as is, a number by its digits. */
static nf_status set_id(rec_ctx *rc, const cJSON *root, nf_buf *tmp)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "id");
    if (v && cJSON_IsNumber(v)) {
        char num[40];
        double x = v->valuedouble;
        if (x == floor(x) && fabs(x) < 9007199254740992.0)
            snprintf(num, sizeof num, "%.0f", x);
        else
            snprintf(num, sizeof num, "%.17g", x);
        return nf_article_set(rc->a, &rc->a->id, num, strlen(num));
    }
    return set_meta(rc, root, "id", &rc->a->id, tmp);
}

/* Whether s is a plausible language tag: 2-3 letters, then subtags of
 * 1-8 letters or digits after '-' or '_'; at most 35 bytes. */
static int language_tag(const char *s)
{
    size_t n = strlen(s), i = 0;
    if (n > 35)
        return 0;
    while (i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
        i++;
    if (i < 2 || i > 3)
        return 0;
    while (i < n) {
        if (s[i] != '-' && s[i] != '_')
            return 0;
        size_t k = ++i;
        while (i < n && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
                         (s[i] >= '0' && s[i] <= '9')))
            i++;
        if (i - k < 1 || i - k > 8)
            return 0;
    }
    return 1;
}

/* Skips the record: reports why as an error. */
static void skip(rec_ctx *rc, nf_status code, unsigned long long offset,
                 const char *why)
{
    nf_diag_emit(rc->opts->on_diag, rc->opts->diag_ctx, NF_SEV_ERROR, code,
                 rc->name, rc->line, offset, "%s:%lu: %s; record skipped",
                 rc->name, rc->line, why);
}

/* Fills the article from the parsed record.  Returns NF_OK (article
 * complete), NF_ERR_NOMEM, or another status after reporting a skip. */
static nf_status fill(rec_ctx *rc, const cJSON *root, nf_buf *tmp,
                      nf_buf *body)
{
    nf_article *a = rc->a;
    nf_status st;
    if ((st = set_id(rc, root, tmp)) ||
        (st = set_meta(rc, root, "url", &a->url, tmp)) ||
        (st = set_meta(rc, root, "source", &a->source, tmp)) ||
        (st = set_meta(rc, root, "title", &a->title, tmp)))
        return st;
    const char *pub = get_string(rc, root, "published");
    if (pub) {
        char date[11];
        if (nf_parse_iso_date(pub, strlen(pub), date))
            st = nf_article_set(a, &a->published, date, 10);
        else
            warn(rc, "published", "is not an ISO 8601 date; left unknown");
        if (st)
            return st;
    }
    const char *lang = get_string(rc, root, "language");
    if (lang) {
        if (language_tag(lang))
            st = nf_article_set(a, &a->lang_hint, lang, strlen(lang));
        else
            warn(rc, "language", "is not a language tag; ignored");
        if (st)
            return st;
    }

    const char *text = get_string(rc, root, "text");
    const char *html = text ? NULL : get_string(rc, root, "html");
    if (!text && !html) {
        skip(rc, NF_ERR_FORMAT, rc->offset, "no \"text\" or \"html\" string");
        return NF_ERR_FORMAT;
    }
    if (text) {
        st = clean_into(rc, "text", text, strlen(text), body);
    } else {
        /* A page: cleaned, then its article and metadata extracted as
         * for HTML files (web.c); the record's own fields win. */
        nf_buf_reset(tmp);
        size_t saved = tmp->max;
        tmp->max = body->max;
        st = nf_utf8_clean(html, strlen(html), tmp, rc->name, NULL, NULL, NULL);
        tmp->max = saved;
        nf_html_result hr;
        memset(&hr, 0, sizeof hr);
        if (!st)
            st = nf_ingest_web_text(nf_buf_cstr(tmp), tmp->len, a->url,
                                    body->max, &hr);
        if (!st)
            st = clean_into(rc, "html", nf_buf_cstr(&hr.text), hr.text.len,
                            body);
        if (!st)
            st = nf_ingest_web_fill(a, &hr);
        nf_html_result_free(&hr);
    }
    if (st == NF_ERR_TOO_LARGE) {
        skip(rc, st, rc->offset, "body longer than the article limit");
        return st;
    }
    if (st)
        return st;
    size_t s = 0, e = body->len;
    const char *b = nf_buf_cstr(body);
    while (s < e && (b[s] == ' ' || b[s] == '\t' || b[s] == '\n'))
        s++;
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == '\n'))
        e--;
    if (s == e) {
        skip(rc, NF_ERR_EMPTY, rc->offset, "holds no text");
        return NF_ERR_EMPTY;
    }
    if ((st = nf_article_set_text(a, b + s, e - s)))
        return st;
    if (!a->source && (st = nf_article_set(a, &a->source, rc->name,
                                           strlen(rc->name))))
        return st;
    if ((st = nf_article_set(a, &a->format, "jsonl", 5)))
        return st;
    if (rc->tee.failed)
        return rc->tee.failed;
    return nf_article_finish(a);
}

nf_status nf_ingest_jsonl_record(const char *name, unsigned long line,
                                 unsigned long long offset, const char *rec,
                                 size_t len, const nf_reader_options *opts,
                                 nf_article **out)
{
    assert(name && opts && out && (rec || len == 0));
    *out = NULL;
    rec_ctx rc = { name, line, offset, NULL, { 0 }, opts };
    size_t at = 0;
    cJSON *root = parse_one(rec, len, &at);
    if (!root || !cJSON_IsObject(root)) {
        skip(&rc, NF_ERR_FORMAT, offset + at,
             root ? "not a JSON object" : "malformed JSON");
        cJSON_Delete(root);
        return NF_OK;
    }
    rc.a = nf_article_new();
    if (!rc.a) {
        cJSON_Delete(root);
        return NF_ERR_NOMEM;
    }
    nf_diag_tee tee = { opts->on_diag, opts->diag_ctx, rc.a, line, offset,
                        NULL, NF_OK };
    rc.tee = tee;
    size_t max = opts->max_article_bytes ? opts->max_article_bytes
                                         : NF_DEFAULT_MAX_ARTICLE;
    nf_buf tmp, body;
    nf_buf_init(&tmp, NF_MAX_FIELD_BYTES * 4);
    nf_buf_init(&body, max);
    nf_status st = fill(&rc, root, &tmp, &body);
    nf_buf_free(&tmp);
    nf_buf_free(&body);
    cJSON_Delete(root);
    if (st) {
        nf_article_free(rc.a);
        return st == NF_ERR_NOMEM ? st : NF_OK;
    }
    *out = rc.a;
    return NF_OK;
}
