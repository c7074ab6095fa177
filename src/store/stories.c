/* stories.c - story folding in the store: every stored article is folded
 * as it is put, and its decision and sketch are kept, so that ingesting
 * more later extends the stories instead of renumbering them.
 *
 * The folder lives in the store (s->fold) and is made on first use from
 * the committed rows: the articles of the stories whose last article is
 * within the time window of the newest one (the only ones a new article
 * can join), re-entered from their sketches, and the highest ids given so
 * far, so that new ids continue them.  Loading costs the window, not the
 * archive.  A rolled-back batch drops the folder, which is then reloaded.
 * Queries for `newsfold stories` / `story ID` are here too. */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "store/stories_int.h"
#include "fold/fold_int.h"

#define NF_FOLD_WINDOW_DAYS 14.0

void nf_store_fold_drop(nf_store *s)
{
    nf_folder_free(s->fold);
    s->fold = NULL;
}

/* Prepares `sql`; NULL with s->err set on failure. */
static sqlite3_stmt *prep(nf_store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        nf_store_fail_db(s, "preparing a story query");
        return NULL;
    }
    return st;
}

/* The date the window is read back from: the newest date of a stored
 * article that another stored article's date confirms (one within the
 * window below it), among the 64 newest; else the newest; NAN when
 * nothing is dated or on error.  One article misdated by decades (a
 * parse error) must not leave every story out of the reloaded window,
 * as in the folder itself (nf_fd_advance_now). */
static double window_reference(nf_store *s)
{
    sqlite3_stmt *st = prep(s, "SELECT time FROM fold WHERE time IS NOT NULL"
                               " ORDER BY time DESC LIMIT 64");
    if (!st)
        return NAN;
    double t[64];
    size_t n = 0;
    while (n < 64 && sqlite3_step(st) == SQLITE_ROW)
        t[n++] = sqlite3_column_double(st, 0);
    sqlite3_finalize(st);
    for (size_t i = 0; i + 1 < n; i++)
        if (t[i] - t[i + 1] <= NF_FOLD_WINDOW_DAYS)
            return t[i];
    return n ? t[0] : NAN;
}

/* Makes s->fold from the committed window. */
static nf_status load_window(nf_store *s)
{
    nf_fold_options opt = { NF_FOLD_WINDOW_DAYS, 0, 0 };
    nf_folder *f = nf_folder_new(&opt);
    if (!f)
        return nf_store_fail(s, NF_ERR_NOMEM, "cannot start story folding");
    nf_status ret = NF_OK;
    sqlite3_stmt *st = prep(s, "SELECT max(report), max(story), max(storyline) FROM fold");
    if (!st) {
        nf_folder_free(f);
        return NF_ERR_STORE;
    }
    if (sqlite3_step(st) == SQLITE_ROW)
        nf_folder_reserve_ids(f, sqlite3_column_int64(st, 0),
                              sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2));
    sqlite3_finalize(st);
    st = prep(s,
              "SELECT f.sketch, f.report, f.relation, f.story, t.storyline"
              " FROM fold f JOIN stories t ON t.id = f.story"
              " WHERE t.last_time IS NULL"
              "  OR t.last_time >= ?2 - ?1"
              " ORDER BY f.seq");
    if (!st) {
        nf_folder_free(f);
        return NF_ERR_STORE;
    }
    sqlite3_bind_double(st, 1, NF_FOLD_WINDOW_DAYS);
    double ref = window_reference(s);
    if (isnan(ref))
        sqlite3_bind_null(st, 2);
    else
        sqlite3_bind_double(st, 2, ref);
    int rc;
    while (!ret && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        nf_fold_result r = { sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 3),
                             sqlite3_column_int64(st, 4),
                             nf_relation_parse((const char *)sqlite3_column_text(st, 2)) };
        ret = nf_folder_restore(f, sqlite3_column_blob(st, 0),
                                (size_t)sqlite3_column_bytes(st, 0), &r);
        if (ret == NF_ERR_FORMAT)
            ret = NF_OK;   /* an unreadable sketch: that article is not a candidate */
    }
    sqlite3_finalize(st);
    if (ret) {
        nf_folder_free(f);
        return nf_store_fail(s, ret, "loading the story window failed");
    }
    s->fold = f;
    return NF_OK;
}

/* Story `gone` was merged into `keep` by the last fold: its rows move
 * to keep, keep's last time takes gone's into account, and gone (and
 * every alias of it) becomes an alias of keep. */
static nf_status merge_rows(nf_store *s, long long gone, long long keep)
{
    /* one literal per statement: an array of concatenated literals reads
     * like a missing comma (clang's -Wstring-concatenation) */
    static const char merge_last_sql[] =
        "UPDATE stories SET last_time = (SELECT max(time) FROM fold WHERE story = ?2)"
        " WHERE id = ?2 AND EXISTS (SELECT 1 FROM fold WHERE story = ?2 AND time IS NOT NULL)";
    static const char *const sql[] = {
        "UPDATE fold SET story = ?2 WHERE story = ?1",
        merge_last_sql,
        "DELETE FROM stories WHERE id = ?1",
        "UPDATE story_alias SET story = ?2 WHERE story = ?1",
        "INSERT OR REPLACE INTO story_alias(id, story) VALUES (?1, ?2)",
    };
    for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++) {
        sqlite3_stmt *st = prep(s, sql[i]);
        if (!st)
            return NF_ERR_STORE;
        sqlite3_bind_int64(st, 1, gone);
        sqlite3_bind_int64(st, 2, keep);
        int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return nf_store_fail_db(s, "merging two stories");
    }
    return NF_OK;
}

nf_status nf_store_fold_put(nf_store *s, const nf_article *a, int64_t seq)
{
    assert(s && a);
    nf_status ret;
    if (!s->fold && (ret = load_window(s)))
        return ret;
    nf_fold_result r;
    /* the store records the decision on the caller's article too */
    if ((ret = nf_folder_add(s->fold, (nf_article *)a, &r)))
        return nf_store_fail(s, ret, "folding article '%s' failed", nf_article_id(a));
    long long gone = nf_folder_last_merged(s->fold);
    if (gone && (ret = merge_rows(s, gone, r.story)))
        return ret;
    size_t len;
    const void *sk = nf_folder_last_sketch(s->fold, &len);
    double t = nf_fold_days(nf_article_published(a));
    sqlite3_stmt *ins = prep(s, "INSERT INTO fold(seq, report, relation, story,"
                                " storyline, time, sketch) VALUES (?,?,?,?,?,?,?)");
    sqlite3_stmt *up = ins ? prep(s,
        "INSERT INTO stories(id, storyline, last_time) VALUES (?1, ?2, ?3)"
        " ON CONFLICT(id) DO UPDATE SET storyline = ?2, last_time ="
        "  CASE WHEN ?3 IS NULL THEN last_time"
        "       WHEN last_time IS NULL OR ?3 > last_time THEN ?3"
        "       ELSE last_time END") : NULL;
    if (!up) {
        sqlite3_finalize(ins);
        return NF_ERR_STORE;
    }
    sqlite3_bind_int64(ins, 1, seq);
    sqlite3_bind_int64(ins, 2, r.report);
    sqlite3_bind_text(ins, 3, nf_relation_name(r.relation), -1, SQLITE_STATIC);
    sqlite3_bind_int64(ins, 4, r.story);
    sqlite3_bind_int64(ins, 5, r.storyline);
    if (isnan(t))
        sqlite3_bind_null(ins, 6);
    else
        sqlite3_bind_double(ins, 6, t);
    sqlite3_bind_blob(ins, 7, sk, (int)len, SQLITE_TRANSIENT);
    sqlite3_bind_int64(up, 1, r.story);
    sqlite3_bind_int64(up, 2, r.storyline);
    if (isnan(t))
        sqlite3_bind_null(up, 3);
    else
        sqlite3_bind_double(up, 3, t);
    ret = NF_OK;
    if (sqlite3_step(ins) != SQLITE_DONE || sqlite3_step(up) != SQLITE_DONE)
        ret = nf_store_fail_db(s, "storing a fold decision");
    sqlite3_finalize(ins);
    sqlite3_finalize(up);
    return ret;
}

nf_status nf_store_fold_fill(nf_store *s, nf_article *a)
{
    /* the story's storyline as decided last (stories), not as it was
     * when this article came (fold) */
    sqlite3_stmt *st = prep(s, "SELECT f.report, f.relation, f.story,"
                               " coalesce(t.storyline, f.storyline)"
                               " FROM fold f JOIN articles a ON a.seq = f.seq"
                               " LEFT JOIN stories t ON t.id = f.story"
                               " WHERE a.id = ?");
    if (!st)
        return NF_ERR_STORE;
    sqlite3_bind_text(st, 1, nf_article_id(a), -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        nf_fold_result r = { sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 2),
                             sqlite3_column_int64(st, 3),
                             nf_relation_parse((const char *)sqlite3_column_text(st, 1)) };
        nf_article_set_fold(a, &r);
    }
    sqlite3_finalize(st);
    return NF_OK;
}

/* SQL: the first line of the story's (?1) earliest article whose alias
 * `a` satisfies COND, after NF_LEAD_MARK (story_info cuts it as the
 * record does, nf_fold_lead_cut, and titles never hold the mark: clean
 * text has no C0 control but TAB and LF); NULL when there is none or
 * it is empty. */
#define NF_LEAD_MARK '\x01'
#define NF_LEAD_OF(a, cond)                                                          \
    "(SELECT char(1) || NULLIF(l, '')"                                                \
    " FROM (SELECT substr(ltrim(" a ".text, ' ' || char(9, 10)), 1,"                 \
    "        instr(ltrim(" a ".text, ' ' || char(9, 10)) || char(10), char(10)) - 1) AS l" \
    "       FROM fold f_" a " JOIN articles " a " ON " a ".seq = f_" a ".seq"         \
    "       WHERE f_" a ".story = ?1 AND " cond                                       \
    "       ORDER BY " a ".published NULLS LAST, f_" a ".seq LIMIT 1))"

/* SQL: the story's most common language (ties: the first to arrive). */
#define NF_MOST_LANG                                                                 \
    "(SELECT a5.language FROM fold f5 JOIN articles a5 ON a5.seq = f5.seq"           \
    " WHERE f5.story = ?1 AND a5.language IS NOT NULL"                               \
    " GROUP BY a5.language ORDER BY count(*) DESC, min(f5.seq) LIMIT 1)"

/* Fills everything of `info` but id and storyline; strings point into
 * `keep` (freed by the caller with sqlite3_free).  The title is chosen
 * as the record chooses it (src/fold/fold_json.c, story_title): in
 * `lang` when an article is in it, else in the most common language, a
 * title, else the first line of the first article; then any title, then
 * the first line of the first article. */
static nf_status story_info(nf_store *s, const char *lang, nf_story_info *info,
                            char **keep)
{
    sqlite3_stmt *st = prep(s,
        "SELECT count(*), count(DISTINCT f.report), min(a.published), max(a.published),"
        " (SELECT group_concat(language, ',') FROM (SELECT a2.language AS language"
        "   FROM fold f2 JOIN articles a2 ON a2.seq = f2.seq"
        "   WHERE f2.story = ?1 AND a2.language IS NOT NULL"
        "   GROUP BY a2.language ORDER BY count(*) DESC, min(f2.seq))),"
        " coalesce("
        "  (SELECT a3.title FROM fold f3 JOIN articles a3 ON a3.seq = f3.seq"
        "   WHERE f3.story = ?1 AND a3.title IS NOT NULL AND a3.language = ?2"
        "   ORDER BY a3.published NULLS LAST, f3.seq LIMIT 1),"
        "  " NF_LEAD_OF("a7", "a7.language = ?2") ","
        "  CASE WHEN NOT EXISTS (SELECT 1 FROM fold f8 JOIN articles a8 ON a8.seq = f8.seq"
        "                        WHERE f8.story = ?1 AND a8.language = ?2) THEN coalesce("
        "   (SELECT a4.title FROM fold f4 JOIN articles a4 ON a4.seq = f4.seq"
        "    WHERE f4.story = ?1 AND a4.title IS NOT NULL AND a4.language = " NF_MOST_LANG
        "    ORDER BY a4.published NULLS LAST, f4.seq LIMIT 1),"
        "   " NF_LEAD_OF("a9", "a9.language = " NF_MOST_LANG) ") END,"
        "  (SELECT a10.title FROM fold f10 JOIN articles a10 ON a10.seq = f10.seq"
        "   WHERE f10.story = ?1 AND a10.title IS NOT NULL"
        "   ORDER BY a10.published NULLS LAST, f10.seq LIMIT 1),"
        "  " NF_LEAD_OF("a6", "1") ")"
        " FROM fold f JOIN articles a ON a.seq = f.seq WHERE f.story = ?1");
    if (!st)
        return NF_ERR_STORE;
    sqlite3_bind_int64(st, 1, info->id);
    if (lang)
        sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    nf_status ret = NF_OK;
    if (sqlite3_step(st) == SQLITE_ROW) {
        info->n_articles = (size_t)sqlite3_column_int64(st, 0);
        info->n_reports = (size_t)sqlite3_column_int64(st, 1);
        const char *cols[4];
        for (int i = 0; i < 4; i++)
            cols[i] = (const char *)sqlite3_column_text(st, 2 + i);
        char *all = sqlite3_mprintf("%s%c%s%c%s%c%s", cols[0] ? cols[0] : "", 0,
                                    cols[1] ? cols[1] : "", 0, cols[2] ? cols[2] : "",
                                    0, cols[3] ? cols[3] : "");
        if (!all) {
            ret = nf_store_fail(s, NF_ERR_NOMEM, "out of memory");
        } else {
            const char *p = all;
            const char **dst[4] = { &info->first, &info->last, &info->languages,
                                    &info->title };
            for (int i = 0; i < 4; i++) {
                *dst[i] = cols[i] ? p : NULL;
                p += strlen(p) + 1;
            }
            if (info->title && info->title[0] == NF_LEAD_MARK) {   /* a first line: cut it */
                char *t = (char *)info->title + 1;   /* in `all`, ours */
                t[nf_fold_lead_cut(t, strlen(t))] = '\0';
                info->title = t;
            }
            if (!info->languages)
                info->languages = "";
            *keep = all;
        }
    } else {
        ret = nf_store_fail_db(s, "reading a story");
    }
    sqlite3_finalize(st);
    return ret;
}

nf_status nf_store_each_story(nf_store *s, const char *lang, size_t limit,
                              nf_story_fn fn, void *ctx)
{
    assert(s && fn);
    sqlite3_stmt *st = prep(s, "SELECT id, storyline FROM stories"
                               " ORDER BY last_time DESC NULLS LAST, id DESC LIMIT ?");
    if (!st)
        return NF_ERR_STORE;
    sqlite3_bind_int64(st, 1, limit ? (sqlite3_int64)limit : -1);
    nf_status ret = NF_OK;
    while (!ret && sqlite3_step(st) == SQLITE_ROW) {
        nf_story_info info;
        memset(&info, 0, sizeof info);
        info.id = sqlite3_column_int64(st, 0);
        info.storyline = sqlite3_column_int64(st, 1);
        char *keep = NULL;
        ret = story_info(s, lang, &info, &keep);
        if (!ret && fn(ctx, &info)) {
            sqlite3_free(keep);
            break;
        }
        sqlite3_free(keep);
    }
    sqlite3_finalize(st);
    return ret;
}

nf_status nf_store_story(nf_store *s, long long id, const char *lang,
                         nf_story_fn story_fn, nf_story_article_fn art_fn,
                         void *ctx)
{
    assert(s);
    /* a merged story's id is an alias of the story it joined */
    sqlite3_stmt *st = prep(s, "SELECT id, storyline FROM stories WHERE id ="
                               " coalesce((SELECT story FROM story_alias WHERE id = ?1), ?1)");
    if (!st)
        return NF_ERR_STORE;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return nf_store_fail(s, NF_ERR_NOT_FOUND, "no story %lld", id);
    }
    nf_story_info info;
    memset(&info, 0, sizeof info);
    info.id = id = sqlite3_column_int64(st, 0);
    info.storyline = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    char *keep = NULL;
    nf_status ret = story_info(s, lang, &info, &keep);
    if (!ret && story_fn)
        story_fn(ctx, &info);
    sqlite3_free(keep);
    if (ret || !art_fn)
        return ret;
    st = prep(s, "SELECT " NF_ARTICLE_COLUMNS " FROM fold f JOIN articles a"
                 " ON a.seq = f.seq WHERE f.story = ?"
                 " ORDER BY a.published NULLS LAST, f.seq");
    if (!st)
        return NF_ERR_STORE;
    sqlite3_bind_int64(st, 1, id);
    while (!ret && sqlite3_step(st) == SQLITE_ROW) {
        nf_article *a = NULL;
        if ((ret = nf_store_row_article(s, st, 0, &a)))
            break;
        int stop = art_fn(ctx, a);
        nf_article_free(a);
        if (stop)
            break;
    }
    sqlite3_finalize(st);
    return ret;
}
