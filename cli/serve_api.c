/* serve_api.c - the JSON endpoints of `newsfold serve`.
 *
 * Each request opens the store, renders one document into an
 * open_memstream buffer with the same writers the query commands use
 * (cli_json.h, nf_article_write_json), and closes the store again, so a
 * reply always reflects what is committed at that moment and no state is
 * shared between requests.  Every input (path segment, query argument) is
 * checked before it reaches the store: bad ones give 400, unknown ids
 * 404, store failures 500, each with a JSON body {"error": "..."}. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_json.h"
#include "serve.h"

static const char json_type[] = "application/json; charset=utf-8";

/* Largest `limit` a client may ask for. */
#define MAX_LIMIT 1000

void serve_error(serve_reply *r, unsigned status, const char *msg)
{
    assert(r && msg);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    r->status = status;
    r->type = json_type;
    r->body = NULL;
    r->len = 0;
    if (!m)
        return;
    fputs("{\"error\":", m);
    nf_json_write_string(m, msg, strlen(msg));
    fputs("}\n", m);
    if (fclose(m) == 0) {
        r->body = buf;
        r->len = len;
    } else {
        free(buf);
    }
}

/* Parses `limit` (absent: dflt) as 1..MAX_LIMIT into *out; 0 when bad. */
static int get_limit(serve_arg_fn arg, void *conn, size_t dflt, size_t *out)
{
    const char *v = arg(conn, "limit");
    if (!v) {
        *out = dflt;
        return 1;
    }
    size_t n = 0, k = 0;
    for (; v[k] && k < 5; k++) {
        if (v[k] < '0' || v[k] > '9')
            return 0;
        n = n * 10 + (size_t)(v[k] - '0');
    }
    if (k == 0 || v[k] || n == 0 || n > MAX_LIMIT)
        return 0;
    *out = n;
    return 1;
}

/* `lang`: absent (NULL) or a language tag of letters and '-', 1..15. */
static int get_lang(serve_arg_fn arg, void *conn, const char **out)
{
    const char *v = arg(conn, "lang");
    *out = NULL;
    if (!v || !*v)
        return 1;
    size_t k = 0;
    for (; v[k]; k++) {
        char c = (char)(v[k] | 32);
        if (k >= 15 || !((c >= 'a' && c <= 'z') || v[k] == '-'))
            return 0;
    }
    *out = v;
    return 1;
}

/* Whether s is well-formed UTF-8 (no overlongs, surrogates or values
 * above U+10FFFF) and has no control characters below U+0020. */
static int valid_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = *p, need, min;
        if (c < 0x20)
            return 0;
        if (c < 0x80) {
            p++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; c &= 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; c &= 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; c &= 0x07; }
        else return 0;
        p++;
        for (unsigned k = 0; k < need; k++, p++) {
            if ((*p & 0xC0) != 0x80)
                return 0;
            c = (c << 6) | (*p & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
    }
    return 1;
}

/* Parses a story id: 1..18 decimal digits, positive. */
static int parse_story_id(const char *s, long long *out)
{
    long long v = 0;
    size_t k = 0;
    for (; s[k]; k++) {
        if (k >= 18 || s[k] < '0' || s[k] > '9')
            return 0;
        v = v * 10 + (s[k] - '0');
    }
    if (k == 0 || v <= 0)
        return 0;
    *out = v;
    return 1;
}

/* An article id: 1..64 ASCII letters and digits. */
static int valid_article_id(const char *s)
{
    size_t k = 0;
    for (; s[k]; k++) {
        char c = s[k];
        if (k >= 64 || !((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')))
            return 0;
    }
    return k > 0;
}

/* One request's rendering state: the store and the memstream body. */
typedef struct req {
    nf_store *s;
    FILE *m;
    char *buf;
    size_t len;
} req;

/* Closes the body and hands it to *r with `status` (200 unless the
 * writer failed: then 500, or 404 when st is NF_ERR_NOT_FOUND). */
static void finish(req *q, nf_status st, const char *nf_msg, serve_reply *r)
{
    fputc('\n', q->m);
    int bad = fclose(q->m) != 0;
    q->m = NULL;
    if (st || bad) {
        free(q->buf);
        if (st == NF_ERR_NOT_FOUND)
            serve_error(r, 404, nf_msg);
        else
            serve_error(r, 500, st == NF_ERR_STORE ? nf_store_errmsg(q->s)
                                : st ? nf_strerror(st) : "out of memory");
        return;
    }
    r->status = 200;
    r->type = json_type;
    r->body = q->buf;
    r->len = q->len;
}

/* Opens the response body stream; on failure answers 500 and returns 0. */
static int open_body(req *q, serve_reply *r)
{
    if ((q->m = open_memstream(&q->buf, &q->len)))
        return 1;
    serve_error(r, 500, "out of memory");
    return 0;
}

/* Reads the optional lang argument; a bad one is answered 400 (returns 0). */
static int lang_arg(serve_arg_fn arg, void *conn, const char **lang,
                    serve_reply *r)
{
    if (get_lang(arg, conn, lang))
        return 1;
    serve_error(r, 400, "lang must be a language code such as en or ja");
    return 0;
}

static void api_stories(req *q, serve_arg_fn arg, void *conn, serve_reply *r)
{
    size_t limit;
    const char *lang;
    if (!get_limit(arg, conn, 50, &limit)) {
        serve_error(r, 400, "limit must be a whole number from 1 to 1000");
        return;
    }
    if (!lang_arg(arg, conn, &lang, r))
        return;
    if (!open_body(q, r))
        return;
    finish(q, cli_stories_write_json(q->s, lang, limit, q->m), "", r);
}

static void api_story(req *q, const char *id, serve_arg_fn arg, void *conn,
                      serve_reply *r)
{
    long long n;
    const char *lang;
    if (!parse_story_id(id, &n)) {
        serve_error(r, 400, "a story id is a positive whole number");
        return;
    }
    if (!lang_arg(arg, conn, &lang, r))
        return;
    if (!open_body(q, r))
        return;
    finish(q, cli_story_write_json(q->s, n, lang, q->m), "no such story", r);
}

static void api_entities(req *q, serve_arg_fn arg, void *conn, serve_reply *r, int one)
{
    size_t limit = 0, i = 0;
    const char *name = one ? arg(conn, "name") : NULL;
    if (!one && !get_limit(arg, conn, 100, &limit)) {
        serve_error(r, 400, "limit must be a whole number from 1 to 1000");
        return;
    }
    if (one && (!name || !*name)) {
        serve_error(r, 400, "give the entity's name: /api/entity?name=...");
        return;
    }
    if (one && (strlen(name) > 512 || !valid_utf8(name))) {
        serve_error(r, 400, "the name must be UTF-8 text of at most 512 bytes");
        return;
    }
    nf_entities *e = NULL;
    nf_status st = nf_store_entities(q->s, &e);
    if (st) {
        serve_error(r, 500, nf_store_errmsg(q->s));
        return;
    }
    if (one && (st = nf_entities_find(e, name, &i)) != NF_OK) {
        serve_error(r, st == NF_ERR_NOT_FOUND ? 404 : 500,
                    st == NF_ERR_NOT_FOUND ? "no entity is called so" : nf_strerror(st));
        return;
    }
    if (!open_body(q, r))
        return;
    st = one ? cli_entity_write_json(q->s, e, i, q->m)
             : cli_entities_write_json(e, limit, q->m);
    finish(q, st, "", r);
}

static void api_search(req *q, serve_arg_fn arg, void *conn, serve_reply *r)
{
    size_t limit;
    const char *query = arg(conn, "q");
    if (!query || !*query) {
        serve_error(r, 400, "give a query: /api/search?q=...");
        return;
    }
    if (strlen(query) > 1024 || !valid_utf8(query)) {
        serve_error(r, 400, "the query must be UTF-8 text of at most 1024 bytes");
        return;
    }
    if (!get_limit(arg, conn, 20, &limit)) {
        serve_error(r, 400, "limit must be a whole number from 1 to 1000");
        return;
    }
    if (!open_body(q, r))
        return;
    finish(q, cli_search_write_json(q->s, query, limit, q->m), "", r);
}

static void api_article(req *q, const char *id, serve_reply *r)
{
    if (!valid_article_id(id)) {
        serve_error(r, 400, "an article id is letters and digits (see /api/search)");
        return;
    }
    nf_article *a = NULL;
    nf_status st = nf_store_get_article(q->s, id, &a);
    if (st == NF_ERR_NOT_FOUND) {
        serve_error(r, 404, "no such article");
        return;
    }
    if (st) {
        serve_error(r, 500, nf_store_errmsg(q->s));
        return;
    }
    if (!(q->m = open_memstream(&q->buf, &q->len))) {
        nf_article_free(a);
        serve_error(r, 500, "out of memory");
        return;
    }
    st = nf_article_write_json(a, q->m, 0);
    nf_article_free(a);
    finish(q, st, "", r);
}

static void api_health(req *q, serve_reply *r)
{
    unsigned long long n = 0;
    nf_status st = nf_store_article_count(q->s, &n);
    if (st) {
        serve_error(r, 500, nf_store_errmsg(q->s));
        return;
    }
    if (!open_body(q, r))
        return;
    fprintf(q->m, "{\"status\":\"ok\",\"version\":\"%s\",\"schema\":%d,\"articles\":%llu}",
            nf_version(), nf_store_schema_version(q->s), n);
    finish(q, NF_OK, "", r);
}

void serve_api(const char *db, const char *path, serve_arg_fn arg, void *conn,
               serve_reply *r)
{
    assert(db && path && arg && r);
    static const char pfx[] = "/api/";
    if (strncmp(path, pfx, sizeof pfx - 1)) {
        serve_error(r, 404, "no such endpoint");
        return;
    }
    const char *p = path + sizeof pfx - 1;
    enum { STORIES, STORY, ENTITIES, ENTITY, SEARCH, ARTICLE, HEALTH } what;
    const char *id = NULL;
    if (!strcmp(p, "stories"))
        what = STORIES;
    else if (!strncmp(p, "story/", 6))
        what = STORY, id = p + 6;
    else if (!strcmp(p, "entities"))
        what = ENTITIES;
    else if (!strcmp(p, "entity"))
        what = ENTITY;
    else if (!strcmp(p, "search"))
        what = SEARCH;
    else if (!strncmp(p, "article/", 8))
        what = ARTICLE, id = p + 8;
    else if (!strcmp(p, "health"))
        what = HEALTH;
    else {
        serve_error(r, 404, "no such endpoint");
        return;
    }
    req q = { NULL, NULL, NULL, 0 };
    char err[512];
    if (nf_store_open(db, &q.s, err, sizeof err)) {
        serve_error(r, 500, err[0] ? err : "cannot open the database");
        return;
    }
    switch (what) {
    case STORIES: api_stories(&q, arg, conn, r); break;
    case STORY: api_story(&q, id, arg, conn, r); break;
    case ENTITIES: api_entities(&q, arg, conn, r, 0); break;
    case ENTITY: api_entities(&q, arg, conn, r, 1); break;
    case SEARCH: api_search(&q, arg, conn, r); break;
    case ARTICLE: api_article(&q, id, r); break;
    case HEALTH: api_health(&q, r); break;
    }
    nf_store_close(q.s);
}
