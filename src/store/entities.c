/* entities.c - entities in the store: the resolved set persists in four
 * tables, and ingesting more articles merges their variants into it.
 *
 * The set itself (src/entities/resolve.c) lives in memory while a store
 * is open: it is rebuilt from the tables on first use (keys are
 * recomputed from the variants, co-occurrences from the articles), and
 * each stored article is resolved into it and its changes written in the
 * same batch.  When another process added entities meanwhile (the row
 * count differs), the set is reloaded first; after a rollback it is
 * dropped.
 */
#include "store/store_int.h"
#include "store/entities_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "entities/ent_int.h"

/* Number of entity rows. */
static nf_status db_count(nf_store *s, long long *n)
{
    sqlite3_stmt *st = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM entities", -1, &st, NULL) != SQLITE_OK)
        return nf_store_fail_db(s, "counting entities");
    if (sqlite3_step(st) == SQLITE_ROW)
        *n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return NF_OK;
}

static nf_entity_type type_parse(const char *t)
{
    if (!t)
        return NF_ENTITY_OTHER;
    if (!strcmp(t, "person"))
        return NF_ENTITY_PERSON;
    if (!strcmp(t, "organization"))
        return NF_ENTITY_ORGANIZATION;
    if (!strcmp(t, "location"))
        return NF_ENTITY_LOCATION;
    return NF_ENTITY_OTHER;
}

/* Runs `sql` and calls row(e, stmt) for each row. */
static nf_status each_row(nf_store *s, nf_entities *e, const char *sql,
                          nf_status (*row)(nf_entities *, sqlite3_stmt *))
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return nf_store_fail_db(s, "loading entities");
    nf_status ret = NF_OK;
    int rc;
    while (!ret && (rc = sqlite3_step(st)) == SQLITE_ROW)
        ret = row(e, st);
    sqlite3_finalize(st);
    return ret;
}

static nf_status row_entity(nf_entities *e, sqlite3_stmt *st)
{
    if (sqlite3_column_int64(st, 0) != (long long)nf_entities_count(e) + 1)
        return NF_ERR_FORMAT;       /* ids must be dense */
    const char *name = (const char *)sqlite3_column_text(st, 1);
    nf_status r = nf_entities_restore(e, name ? name : "",
                                      type_parse((const char *)sqlite3_column_text(st, 2)));
    if (!r && sqlite3_column_type(st, 3) != SQLITE_NULL)
        r = nf_entities_restore_place(e, nf_entities_count(e) - 1,
                                      (int32_t)sqlite3_column_int64(st, 3));
    return r;
}

static nf_status row_variant(nf_entities *e, sqlite3_stmt *st)
{
    long long id = sqlite3_column_int64(st, 0);
    const char *t = (const char *)sqlite3_column_text(st, 1);
    const char *l = (const char *)sqlite3_column_text(st, 2);
    if (id < 1 || (size_t)id > nf_entities_count(e) || !t)
        return NF_OK;
    return nf_entities_restore_variant(e, (size_t)id - 1, t, l ? l : "",
                                       (unsigned long)sqlite3_column_int64(st, 3));
}

static nf_status row_article(nf_entities *e, sqlite3_stmt *st)
{
    long long id = sqlite3_column_int64(st, 0);
    const char *a = (const char *)sqlite3_column_text(st, 1);
    if (id < 1 || (size_t)id > nf_entities_count(e) || !a)
        return NF_OK;
    return nf_entities_restore_article(e, (size_t)id - 1, a);
}

/* Loads the set if absent or stale. */
static nf_status ensure_loaded(nf_store *s)
{
    long long n;
    nf_status st = db_count(s, &n);
    if (st)
        return st;
    if (s->ents && (long long)nf_entities_count(s->ents) == n)
        return NF_OK;
    nf_store_entities_drop(s);
    nf_entities *e = NULL;
    if ((st = nf_entities_open(&e)))
        return nf_store_fail(s, st, "cannot create the entity resolver");
    st = each_row(s, e, "SELECT id, name, type, place FROM entities ORDER BY id", row_entity);
    if (!st)
        st = each_row(s, e, "SELECT entity, text, language, count FROM entity_variants"
                            " ORDER BY entity", row_variant);
    if (!st)
        st = each_row(s, e, "SELECT entity, article FROM entity_articles", row_article);
    if (!st)
        st = nf_entities_rebuild_cooc(e);
    if (st) {
        nf_entities_free(e);
        if (st == NF_ERR_FORMAT)
            return nf_store_fail(s, st, "entity ids are not dense");
        if (st != NF_ERR_STORE)
            return nf_store_fail(s, st, "loading entities: %s", nf_strerror(st));
        return st;
    }
    s->ents = e;
    return NF_OK;
}

void nf_store_entities_drop(struct nf_store *s)
{
    nf_entities_free(s->ents);
    s->ents = NULL;
}

/* Executes a prepared write and resets it. */
static nf_status step(nf_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? NF_OK : nf_store_fail_db(s, what);
}

nf_status nf_store_entities_put(struct nf_store *s, nf_article *a,
                                const char *article_id)
{
    assert(s && a && article_id);
    nf_ent_doc *d = a->entities;
    if (!d || d->n_e == 0)
        return NF_OK;
    nf_status ret = ensure_loaded(s);
    if (ret)
        return ret;
    /* resolve under the stored id */
    const char *own = a->id;
    a->id = article_id;
    ret = nf_entities_add_article(s->ents, a);
    a->id = own;
    if (ret) {
        nf_store_entities_drop(s);
        return nf_store_fail(s, ret, "resolving entities: %s", nf_strerror(ret));
    }
    sqlite3_stmt *ent = NULL, *var = NULL, *art = NULL, *men = NULL;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO entities(id, name, type, place)"
                           " VALUES (?1, ?2, ?3, ?4) ON CONFLICT(id) DO UPDATE"
                           " SET name = excluded.name, type = excluded.type",
                           -1, &ent, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "INSERT INTO entity_variants VALUES (?1, ?2, ?3, 1)"
                           " ON CONFLICT DO UPDATE SET count = count + 1",
                           -1, &var, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO entity_articles VALUES (?1, ?2)",
                           -1, &art, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "INSERT INTO entity_mentions VALUES"
                           " (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &men, NULL) != SQLITE_OK) {
        ret = nf_store_fail_db(s, "preparing entity writes");
        goto done;
    }
    const char *text = nf_article_text(a, NULL);
    const char *lang = nf_article_language(a);
    for (size_t k = 0; k < d->n_e && !ret; k++) {
        long long id = atoll(d->e[k].entity + 1);
        size_t i = (size_t)id - 1;
        sqlite3_bind_int64(ent, 1, id);
        sqlite3_bind_text(ent, 2, nf_entity_name(s->ents, i), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ent, 3, nf_entity_type_name(nf_entity_type_of(s->ents, i)), -1,
                          SQLITE_STATIC);
        if (nf_entity_place(s->ents, i) >= 0)
            sqlite3_bind_int64(ent, 4, nf_entity_place(s->ents, i));
        else
            sqlite3_bind_null(ent, 4);
        ret = step(s, ent, "storing an entity");
        if (!ret) {
            sqlite3_bind_int64(art, 1, id);
            sqlite3_bind_text(art, 2, article_id, -1, SQLITE_STATIC);
            ret = step(s, art, "storing an entity's article");
        }
    }
    for (size_t i = 0; i < d->n_m && !ret; i++) {
        const nf_ment *m = &d->m[i];
        long long id = atoll(d->e[m->doc].entity + 1);
        sqlite3_bind_int64(var, 1, id);
        sqlite3_bind_text(var, 2, text + m->start, (int)(m->end - m->start), SQLITE_STATIC);
        sqlite3_bind_text(var, 3, lang ? lang : "", -1, SQLITE_STATIC);
        ret = step(s, var, "storing an entity variant");
        if (ret)
            break;
        sqlite3_bind_text(men, 1, article_id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(men, 2, id);
        sqlite3_bind_int64(men, 3, (sqlite3_int64)m->start);
        sqlite3_bind_int64(men, 4, (sqlite3_int64)m->end);
        sqlite3_bind_text(men, 5, nf_entity_type_name(m->type), -1, SQLITE_STATIC);
        if (m->role_end > m->role_start) {
            sqlite3_bind_int64(men, 6, (sqlite3_int64)m->role_start);
            sqlite3_bind_int64(men, 7, (sqlite3_int64)m->role_end);
        } else {
            sqlite3_bind_null(men, 6);
            sqlite3_bind_null(men, 7);
        }
        ret = step(s, men, "storing a mention");
    }
done:
    sqlite3_finalize(ent);
    sqlite3_finalize(var);
    sqlite3_finalize(art);
    sqlite3_finalize(men);
    if (ret)
        nf_store_entities_drop(s);
    return ret;
}

nf_status nf_store_entities(nf_store *s, nf_entities **out)
{
    assert(s && out);
    *out = NULL;
    nf_status st = ensure_loaded(s);
    if (!st)
        *out = s->ents;
    return st;
}

nf_status nf_store_entities_expand(struct nf_store *s, const char *query,
                                   nf_buf *fts)
{
    assert(s && query && fts);
    nf_status ls = ensure_loaded(s);
    if (ls == NF_ERR_NOMEM)
        return ls;
    if (ls || !s->ents || nf_entities_count(s->ents) == 0)
        return NF_OK;       /* no entities: plain search */
    size_t i;
    ls = nf_entities_find(s->ents, query, &i);
    if (ls == NF_ERR_NOMEM)
        return ls;
    if (ls)
        return NF_OK;       /* names no entity */
    nf_buf out;
    nf_buf_init(&out, 0);
    nf_status st = nf_buf_printf(&out, "(%s)", nf_buf_cstr(fts));
    size_t nv = nf_entity_variant_count(s->ents, i);
    for (size_t j = 0; j < nv && j < 64 && !st; j++) {
        const char *v = nf_entity_variant_at(s->ents, i, j).text;
        st = nf_buf_puts(&out, " OR \"");
        for (const char *p = v; *p && !st; p++)
            st = *p == '"' ? nf_buf_puts(&out, "\"\"") : nf_buf_putc(&out, *p);
        if (!st)
            st = nf_buf_putc(&out, '"');
    }
    if (!st) {
        nf_buf_reset(fts);
        st = nf_buf_append(fts, out.data, out.len);
    }
    nf_buf_free(&out);
    return st;
}

nf_status nf_store_entity_stories(nf_store *s, size_t i, long long *out,
                                  size_t max, size_t *n)
{
    assert(s && (out || max == 0) && n);
    *n = 0;
    sqlite3_stmt *st = NULL;
    /* no fold table yet (older store, or stories not built): no stories */
    if (sqlite3_prepare_v2(s->db, "SELECT DISTINCT f.story FROM entity_articles ea"
                           " JOIN articles a ON a.id = ea.article"
                           " JOIN fold f ON f.seq = a.seq"
                           " WHERE ea.entity = ?1 ORDER BY f.story", -1, &st,
                           NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return NF_OK;
    }
    sqlite3_bind_int64(st, 1, (sqlite3_int64)i + 1);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max)
        out[(*n)++] = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return nf_store_fail_db(s, "reading an entity's stories");
    return NF_OK;
}

nf_status nf_store_entities_fill(struct nf_store *s, nf_article *a)
{
    assert(s && a);
    if (!a->id || a->entities)
        return NF_OK;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT m.entity, m.start, m.end, m.type,"
                           " m.role_start, m.role_end, e.name FROM entity_mentions m"
                           " JOIN entities e ON e.id = m.entity WHERE m.article = ?1"
                           " ORDER BY m.start", -1, &st, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return nf_store_fail_db(s, "reading mentions");
    }
    sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
    size_t len;
    nf_article_text(a, &len);
    size_t cap = 16, n = 0;
    nf_ment *m = malloc(cap * sizeof *m);
    long long *ids = malloc(cap * sizeof *ids);
    char **names = malloc(cap * sizeof *names);
    nf_status ret = m && ids && names ? NF_OK : NF_ERR_NOMEM;
    int rc = SQLITE_DONE;
    while (!ret && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        size_t b = (size_t)sqlite3_column_int64(st, 1), e = (size_t)sqlite3_column_int64(st, 2);
        if (b >= e || e > len)
            continue;                     /* not this text's span: skip */
        if (n == cap) {
            cap *= 2;
            void *p1 = realloc(m, cap * sizeof *m), *p2, *p3;
            if (p1) m = p1;
            p2 = realloc(ids, cap * sizeof *ids);
            if (p2) ids = p2;
            p3 = realloc(names, cap * sizeof *names);
            if (p3) names = p3;
            if (!p1 || !p2 || !p3) {
                ret = NF_ERR_NOMEM;
                break;
            }
        }
        memset(&m[n], 0, sizeof m[n]);
        m[n].start = b;
        m[n].end = e;
        m[n].type = type_parse((const char *)sqlite3_column_text(st, 3));
        m[n].place = -1;
        if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
            m[n].role_start = (size_t)sqlite3_column_int64(st, 4);
            m[n].role_end = (size_t)sqlite3_column_int64(st, 5);
            if (m[n].role_end > len || m[n].role_start > m[n].role_end)
                m[n].role_start = m[n].role_end = 0;
        }
        ids[n] = sqlite3_column_int64(st, 0);
        const char *nm = (const char *)sqlite3_column_text(st, 6);
        names[n] = nf_arena_strndup(a->arena, nm ? nm : "", nm ? strlen(nm) : 0);
        if (!names[n])
            ret = NF_ERR_NOMEM;
        n++;
    }
    sqlite3_finalize(st);
    if (!ret && rc != SQLITE_DONE)
        ret = nf_store_fail_db(s, "reading mentions");
    if (!ret && n) {
        /* one document entity per mention: enough for export */
        nf_ent_doc *d = nf_arena_calloc(a->arena, 1, sizeof *d);
        nf_ment *am = nf_arena_calloc(a->arena, n, sizeof *am);
        nf_doc_ent *de = nf_arena_calloc(a->arena, n, sizeof *de);
        if (!d || !am || !de)
            ret = NF_ERR_NOMEM;
        for (size_t k = 0; !ret && k < n; k++) {
            char id[24];
            snprintf(id, sizeof id, "e%lld", ids[k]);
            am[k] = m[k];
            am[k].doc = (int)k;
            de[k].type = m[k].type;
            de[k].best = (int)k;
            de[k].n_mentions = 1;
            de[k].place = -1;
            de[k].name = names[k];
            if (!(de[k].entity = nf_arena_strndup(a->arena, id, strlen(id))))
                ret = NF_ERR_NOMEM;
        }
        if (!ret) {
            d->m = am;
            d->n_m = n;
            d->e = de;
            d->n_e = n;
            a->entities = d;
        }
    }
    free(m);
    free(ids);
    free(names);
    if (ret == NF_ERR_NOMEM)
        return nf_store_fail(s, ret, "out of memory reading mentions");
    return ret;
}
