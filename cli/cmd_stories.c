/* cmd_stories.c - `newsfold stories` (the stored stories, newest first)
 * and `newsfold story ID` (one story and its articles ordered by time),
 * each as a table or, with --json, as JSON shaped like the record's
 * `stories` entries.  --lang picks the language of the titles when a
 * story has an article in it (otherwise its most common language). */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "facts_print.h"
#include "cli_json.h"

static const char stories_help[] =
    "usage: newsfold stories [OPTIONS]\n"
    "\n"
    "Lists the stored stories, the most recent first: id, storyline,\n"
    "articles, reports, first and last date, languages, title.\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --lang CODE      titles in this language where a story has one\n"
    "  --limit N        at most N stories (default 50, 0 = all)\n"
    "  --json           JSON on stdout\n";

static const char story_help[] =
    "usage: newsfold story [OPTIONS] ID\n"
    "\n"
    "Shows one story and its articles ordered by time, with each\n"
    "article's report and relation (original, duplicate, translation).\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --lang CODE      title in this language where the story has one\n"
    "  --json           JSON on stdout\n";

static void put_str(FILE *out, const char *s)
{
    if (s)
        nf_json_write_string(out, s, strlen(s));
    else
        fputs("null", out);
}

typedef struct show {
    int json;
    FILE *out;          /* where the JSON goes (stdout, or an HTTP body) */
    unsigned long n;
    unsigned long arts;
    cli_facts *facts;   /* story ID: quotes, figures, incidents (facts_print.c) */
} show;

static void story_json(FILE *out, const nf_story_info *st)
{
    fprintf(out, "{\"id\":%lld,\"title\":", st->id);
    put_str(out, st->title);
    fprintf(out, ",\"languages\":[");
    const char *p = st->languages;
    for (int k = 0; p && *p; k++) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        fprintf(out, "%s\"%.*s\"", k ? "," : "", (int)n, p);
        p = e ? e + 1 : p + n;
    }
    fprintf(out, "],\"first\":");
    put_str(out, st->first);
    fprintf(out, ",\"last\":");
    put_str(out, st->last);
    fprintf(out, ",\"storyline\":%lld,\"n_articles\":%zu,\"n_reports\":%zu", st->storyline,
           st->n_articles, st->n_reports);
}

static int on_story(void *ctx, const nf_story_info *st)
{
    show *sh = ctx;
    if (sh->json) {
        fputs(sh->n ? ",\n" : "\n", sh->out);
        story_json(sh->out, st);
        fputc('}', sh->out);
    } else {
        printf("%6lld  line %-5lld %4zu art %4zu rep  %-10s %-10s %-14s %s\n", st->id,
               st->storyline, st->n_articles, st->n_reports, st->first ? st->first : "-",
               st->last ? st->last : "-", st->languages, st->title ? st->title : "(no title)");
    }
    sh->n++;
    return 0;
}

static int on_story_head(void *ctx, const nf_story_info *st)
{
    show *sh = ctx;
    if (sh->json) {
        story_json(sh->out, st);
        fputs(",\"articles\":[", sh->out);
    } else {
        printf("story %lld (storyline %lld): %s\n", st->id, st->storyline,
               st->title ? st->title : "(no title)");
        printf("%zu articles, %zu reports, %s .. %s, languages %s\n", st->n_articles,
               st->n_reports, st->first ? st->first : "-", st->last ? st->last : "-",
               st->languages);
    }
    return 0;
}

static int on_story_article(void *ctx, const nf_article *a)
{
    show *sh = ctx;
    nf_fold_result r = nf_article_fold(a);
    const char *rel = nf_relation_name(r.relation);
    if (sh->json) {
        FILE *out = sh->out;
        fputs(sh->arts ? "," : "", out);
        fputs("{\"id\":", out);
        put_str(out, nf_article_id(a));
        fputs(",\"title\":", out);
        put_str(out, nf_article_title(a));
        fputs(",\"language\":", out);
        put_str(out, nf_article_language(a));
        fputs(",\"published\":", out);
        put_str(out, nf_article_published(a));
        fprintf(out, ",\"report\":%lld,\"relation\":", r.report);
        put_str(out, rel);
        if (sh->facts)
            cli_facts_article(sh->facts, a, 1);
        fputc('}', out);
    } else {
        const char *lang = nf_article_language(a), *pub = nf_article_published(a);
        const char *title = nf_article_title(a);
        printf("  %-10s %-4s report %-5lld %-11s %s\n", pub ? pub : "-",
               lang ? lang : "?", r.report, rel ? rel : "-",
               title ? title : nf_article_id(a));
        if (sh->facts)
            cli_facts_article(sh->facts, a, 0);
    }
    sh->arts++;
    return 0;
}

nf_status cli_stories_write_json(nf_store *s, const char *lang, size_t limit, FILE *out)
{
    assert(s && out);
    show sh = { 1, out, 0, 0, NULL };
    fputs("{\"stories\":[", out);
    nf_status st = nf_store_each_story(s, lang, limit, on_story, &sh);
    fputs("\n]}", out);
    return st;
}

nf_status cli_story_write_json(nf_store *s, long long id, const char *lang, FILE *out)
{
    assert(s && out);
    show sh = { 1, out, 0, 0, cli_facts_new() };
    if (!sh.facts)
        return NF_ERR_NOMEM;
    cli_facts_set_out(sh.facts, out);
    /* the object is opened by on_story_head: nothing is written for an
     * unknown story */
    nf_status st = nf_store_story(s, id, lang, on_story_head, on_story_article, &sh);
    if (!st) {
        fputc(']', out);
        cli_facts_story_end(sh.facts, 1);
        fputc('}', out);
    }
    cli_facts_free(sh.facts);
    return st;
}

int cmd_stories(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_start("stories", argc, argv, stories_help, NULL, &o);
    if (rc >= 0)
        return rc;
    const char *lang = o.lang;
    if (o.nargs) {
        cli_error("stories", "unexpected argument '%s'", o.args[0]);
        free(o.args);
        return NF_EXIT_USAGE;
    }
    nf_store *s = cli_open_store("stories", &o);
    if (!s) {
        free(o.args);
        return NF_EXIT_FAIL;
    }
    size_t limit = o.limit < 0 ? 50 : (size_t)o.limit;
    show sh = { 0, stdout, 0, 0, NULL };
    nf_status st = o.json ? cli_stories_write_json(s, lang, limit, stdout)
                          : nf_store_each_story(s, lang, limit, on_story, &sh);
    if (o.json)
        fputc('\n', stdout);
    if (st)
        cli_error("stories", "%s", nf_store_errmsg(s));
    nf_store_close(s);
    free(o.args);
    return st || fflush(stdout) ? NF_EXIT_FAIL : NF_EXIT_OK;
}

int cmd_story(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_start("story", argc, argv, story_help, "story id", &o);
    if (rc >= 0)
        return rc;
    const char *lang = o.lang;
    char *end = NULL;
    long long id = o.nargs == 1 ? strtoll(o.args[0], &end, 10) : 0;
    if (o.nargs != 1 || !end || *end || id <= 0) {
        cli_error("story", "give one story id (a positive number; see newsfold stories)");
        free(o.args);
        return NF_EXIT_USAGE;
    }
    nf_store *s = cli_open_store("story", &o);
    if (!s) {
        free(o.args);
        return NF_EXIT_FAIL;
    }
    nf_status st;
    if (o.json) {
        st = cli_story_write_json(s, id, lang, stdout);
        if (!st)
            fputc('\n', stdout);
    } else {
        show sh = { 0, stdout, 0, 0, cli_facts_new() };
        if (!sh.facts) {
            cli_error("story", "out of memory");
            nf_store_close(s);
            free(o.args);
            return NF_EXIT_FAIL;
        }
        st = nf_store_story(s, id, lang, on_story_head, on_story_article, &sh);
        if (!st)
            cli_facts_story_end(sh.facts, 0);
        cli_facts_free(sh.facts);
    }
    if (st)
        cli_error("story", "%s", nf_store_errmsg(s));
    nf_store_close(s);
    free(o.args);
    if (st == NF_ERR_NOT_FOUND)
        return NF_EXIT_FAIL;
    return st || fflush(stdout) ? NF_EXIT_FAIL : NF_EXIT_OK;
}
