/* articles.c - storing articles and loading them back.
 *
 * What counts as "already stored" is the same article, not the same
 * text: a row with the same text hash AND the same origin, the id the
 * input gave (or, when it gave none, its source: the real path of its
 * file, else the id derived from source and text).  The same text under
 * another origin is a re-post by another source: stored as its own
 * article, folded (as a duplicate of the first), counted in its story.
 * Ids are kept unique: when the input's id
 * is already taken by different content, the new article is stored as
 * "<id>~2" (then "~3", ...) with the input's id as its origin, so that
 * ingesting that input again finds it instead of adding "~3".  Loaded
 * articles are rebuilt through the article's internal setters; the
 * text's hash is recomputed and must equal the stored one, which catches
 * a database edited behind newsfold's back.
 */
#include "store/store_int.h"
#include "store/entities_int.h"
#include "store/stories_int.h"

#include <assert.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "core/article_int.h"
#include "facts/facts_stage.h"
#include "text/text.h"

/* Largest "~N" suffix tried before giving up on a taken id. */
#define NF_MAX_ID_VERSIONS 10000

int64_t nf_store_hash_to_db(uint64_t h)
{
    int64_t v;
    memcpy(&v, &h, sizeof v);
    return v;
}

uint64_t nf_store_hash_from_db(int64_t v)
{
    uint64_t h;
    memcpy(&h, &v, sizeof h);
    return h;
}

/* Runs a cached one-parameter existence query; *found = 1 when it has a
 * row.  `what` names the operation for the error message. */
static nf_status exists(nf_store *s, nf_stmt_id id, const char *text,
                        int *found, const char *what)
{
    sqlite3_stmt *st;
    nf_status ps = nf_store_prepare(s, id, &st);
    if (ps)
        return ps;
    sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return nf_store_fail_db(s, what);
    *found = rc == SQLITE_ROW;
    return NF_OK;
}

/* Whether `id` is the one nf_article_finish() derives for an article
 * whose input gave none ("a" + XXH3-64 of the text seeded with the
 * source's hash).  Should that formula change, no id looks derived and
 * the id alone is the origin, as for inputs that give one. */
static int id_is_derived(const nf_article *a, const char *id)
{
    if (id[0] != 'a' || strlen(id) != 17)
        return 0;
    const char *src = nf_article_source(a);
    size_t len = 0;
    const char *text = nf_article_text(a, &len);
    uint64_t h = XXH3_64bits_withSeed(text, len, XXH3_64bits(src, strlen(src)));
    char buf[24];
    snprintf(buf, sizeof buf, "a%016llx", (unsigned long long)h);
    return strcmp(buf, id) == 0;
}

/* The origin of an article stored under the wanted id `want`: `want`
 * itself, except for an article whose input gave no id and that was read
 * from a local file: "file:" + the file's real path, so that "in/x.txt",
 * "./in/x.txt" and "/home/u/in/x.txt" are one source (their derived ids
 * differ).  Written to buf; returns buf. */
static const char *origin_of(const nf_article *a, const char *want, char *buf,
                             size_t len)
{
    snprintf(buf, len, "%s", want);
    const char *src = nf_article_source(a);
    if (!strcmp(src, "-") || strstr(src, "://") || !id_is_derived(a, want))
        return buf;
    char *real = realpath(src, NULL);
    if (real && strlen(real) + 6 < len)
        snprintf(buf, len, "file:%s", real);
    free(real);
    return buf;
}

/* Whether the same article is stored: a row with hash `hash` whose origin
 * is `origin` or `want`, or whose id is `want` (a row of a version-5
 * database whose origin was guessed from its id). */
static nf_status present(nf_store *s, int64_t hash, const char *origin,
                         const char *want, int *found)
{
    sqlite3_stmt *st;
    nf_status ps = nf_store_prepare(s, NF_STMT_PRESENT, &st);
    if (ps)
        return ps;
    sqlite3_bind_int64(st, 1, hash);
    sqlite3_bind_text(st, 2, origin, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, want, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return nf_store_fail_db(s, "looking up a stored article");
    *found = rc == SQLITE_ROW;
    return NF_OK;
}

/* Finds the id to store `want` under: itself when free, else the first
 * free "<want>~N".  Writes it to buf. */
static nf_status free_id(nf_store *s, const char *want, char *buf, size_t len)
{
    int found = 0;
    nf_status st;
    snprintf(buf, len, "%s", want);
    if ((st = exists(s, NF_STMT_ID_TAKEN, buf, &found, "looking up an id")))
        return st;
    for (int n = 2; found && n <= NF_MAX_ID_VERSIONS; n++) {
        if ((size_t)snprintf(buf, len, "%s~%d", want, n) >= len)
            return nf_store_fail(s, NF_ERR_TOO_LARGE, "article id too long: %.64s...", want);
        if ((st = exists(s, NF_STMT_ID_TAKEN, buf, &found, "looking up an id")))
            return st;
    }
    if (found)
        return nf_store_fail(s, NF_ERR_STORE,
                             "article id '%s' is taken by %d other texts", want,
                             NF_MAX_ID_VERSIONS);
    return NF_OK;
}

/* Binds a possibly NULL string. */
static void bind_opt(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

nf_status nf_store_put_article(nf_store *s, const nf_article *a, int *stored)
{
    assert(s && a);
    if (stored)
        *stored = 0;
    if (!s->in_batch)
        return nf_store_fail(s, NF_ERR_INVALID_ARG,
                             "nf_store_put_article outside a batch");
    size_t len = 0;
    const char *text = nf_article_text(a, &len);
    if (len > INT_MAX)
        return nf_store_fail(s, NF_ERR_TOO_LARGE, "article '%s' is too long (%zu bytes)",
                             nf_article_id(a), len);
    int64_t hash = nf_store_hash_to_db(nf_article_content_hash(a));
    char derived[24];
    const char *want = nf_article_id(a);
    if (!*want) {
        snprintf(derived, sizeof derived, "a%016llx",
                 (unsigned long long)nf_article_content_hash(a));
        want = derived;
    }
    /* the same article (same text, same origin) is stored once; the same
     * text from another origin is a re-post, stored below */
    char origin[4200];
    origin_of(a, want, origin, sizeof origin);
    int found = 0;
    nf_status st = present(s, hash, origin, want, &found);
    if (st || found)
        return st;
    char id[1024];
    if ((st = free_id(s, want, id, sizeof id)))
        return st;

    sqlite3_stmt *ins;
    if ((st = nf_store_prepare(s, NF_STMT_INSERT, &ins)))
        return st;
    sqlite3_bind_text(ins, 1, id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(ins, 2, hash);
    sqlite3_bind_text(ins, 3, nf_article_source(a), -1, SQLITE_STATIC);
    bind_opt(ins, 4, nf_article_url(a));
    bind_opt(ins, 5, nf_article_title(a));
    bind_opt(ins, 6, nf_article_published(a));
    bind_opt(ins, 7, nf_article_language(a));
    sqlite3_bind_double(ins, 8, nf_article_language_confidence(a));
    sqlite3_bind_text(ins, 9, nf_article_format(a), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 10, text, (int)len, SQLITE_STATIC);
    sqlite3_bind_text(ins, 11, origin, -1, SQLITE_STATIC);
    int rc = sqlite3_step(ins);
    if (rc != SQLITE_DONE) {
        char what[128];
        snprintf(what, sizeof what, "storing article '%.64s'", id);
        st = nf_store_fail_db(s, what);
    }
    sqlite3_reset(ins);
    sqlite3_clear_bindings(ins);
    if (!st && stored)
        *stored = 1;
    if (!st)
        st = nf_store_fold_put(s, a, sqlite3_last_insert_rowid(s->db));
    if (!st)
        st = nf_store_entities_put(s, (nf_article *)a, id);
    return st;
}

/* Copies column `col` (NULL stays NULL) into the article field. */
static nf_status set_col(nf_article *a, const char **field, sqlite3_stmt *st,
                         int col)
{
    if (sqlite3_column_type(st, col) == SQLITE_NULL)
        return nf_article_set(a, field, NULL, 0);
    const char *t = (const char *)sqlite3_column_text(st, col);
    if (!t)
        return NF_ERR_NOMEM;
    return nf_article_set(a, field, t, (size_t)sqlite3_column_bytes(st, col));
}

nf_status nf_store_row_article(nf_store *s, sqlite3_stmt *st, int col,
                               nf_article **out)
{
    assert(s && st && out);
    *out = NULL;
    nf_article *a = nf_article_new();
    if (!a)
        return nf_store_fail(s, NF_ERR_NOMEM, "out of memory loading an article");
    nf_status ret = NF_OK;
    if ((ret = set_col(a, &a->id, st, col + 0)) ||
        (ret = set_col(a, &a->source, st, col + 1)) ||
        (ret = set_col(a, &a->url, st, col + 2)) ||
        (ret = set_col(a, &a->title, st, col + 3)) ||
        (ret = set_col(a, &a->published, st, col + 4)) ||
        (ret = set_col(a, &a->format, st, col + 7)))
        goto fail;
    const char *lang = (const char *)sqlite3_column_text(st, col + 5);
    if (lang)
        nf_article_set_language(a, lang, sqlite3_column_double(st, col + 6));
    const char *text = (const char *)sqlite3_column_text(st, col + 8);
    size_t len = (size_t)sqlite3_column_bytes(st, col + 8);
    if (!text)
        text = "";
    if (!nf_utf8_valid(text, len)) {
        ret = nf_store_fail(s, NF_ERR_FORMAT, "stored article '%s' is not valid UTF-8",
                            a->id ? a->id : "?");
        goto fail;
    }
    if ((ret = nf_article_set_text(a, text, len)))
        goto fail;
    uint64_t want = nf_store_hash_from_db(sqlite3_column_int64(st, col + 9));
    if (a->hash != want) {
        ret = nf_store_fail(s, NF_ERR_FORMAT,
                            "stored article '%s' does not match its content hash",
                            a->id ? a->id : "?");
        goto fail;
    }
    if ((ret = nf_article_finish(a)) || (ret = nf_store_fold_fill(s, a)) ||
        (ret = nf_store_entities_fill(s, a)) ||
        (ret = nf_facts_stage(a)))   /* once, for every reader of the article */
        goto fail;
    *out = a;
    return NF_OK;
fail:
    if (ret == NF_ERR_NOMEM)
        nf_store_fail(s, ret, "out of memory loading an article");
    nf_article_free(a);
    return ret;
}

nf_status nf_store_each_article(nf_store *s, nf_article_fn fn, void *ctx)
{
    assert(s && fn);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT " NF_ARTICLE_COLUMNS " FROM articles a ORDER BY a.seq",
                           -1, &st, NULL) != SQLITE_OK)
        return nf_store_fail_db(s, "listing articles");
    nf_status ret = NF_OK;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        nf_article *a = NULL;
        if ((ret = nf_store_row_article(s, st, 0, &a)))
            break;
        int stop = fn(ctx, a);
        nf_article_free(a);
        if (stop)
            break;
    }
    if (!ret && rc != SQLITE_ROW && rc != SQLITE_DONE)
        ret = nf_store_fail_db(s, "listing articles");
    sqlite3_finalize(st);
    return ret;
}

nf_status nf_store_get_article(nf_store *s, const char *id, nf_article **out)
{
    assert(s && id && out);
    *out = NULL;
    sqlite3_stmt *st;
    nf_status ps = nf_store_prepare(s, NF_STMT_GET, &st);
    if (ps)
        return ps;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    nf_status ret;
    if (rc == SQLITE_ROW)
        ret = nf_store_row_article(s, st, 0, out);
    else if (rc == SQLITE_DONE)
        ret = nf_store_fail(s, NF_ERR_NOT_FOUND, "no article with id '%.200s'", id);
    else
        ret = nf_store_fail_db(s, "loading an article");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return ret;
}
