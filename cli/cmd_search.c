/* cmd_search.c - `newsfold search QUERY`: full-text search of the store,
 * in any language and script. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_json.h"

static const char help[] =
    "usage: newsfold search [OPTIONS] QUERY...\n"
    "\n"
    "Finds stored articles containing all the words of QUERY (any language;\n"
    "case, accents of compatibility forms, quotes and dashes are folded).\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --limit N        at most N hits (default 20)\n"
    "  --json           hits as a JSON array on stdout\n";

typedef struct search_out {
    int json;
    FILE *out;           /* JSON destination */
    unsigned long n;
} search_out;

static int on_hit(void *ctx, const nf_search_hit *h)
{
    search_out *so = ctx;
    const nf_article *a = h->article;
    const char *title = nf_article_title(a);
    const char *lang = nf_article_language(a);
    if (so->json) {
        FILE *out = so->out;
        fputs(so->n ? ",\n" : "\n", out);
        fputs("{\"id\":", out);
        nf_json_write_string(out, nf_article_id(a), strlen(nf_article_id(a)));
        fputs(",\"source\":", out);
        nf_json_write_string(out, nf_article_source(a), strlen(nf_article_source(a)));
        fputs(",\"title\":", out);
        if (title)
            nf_json_write_string(out, title, strlen(title));
        else
            fputs("null", out);
        fputs(",\"language\":", out);
        if (lang)
            nf_json_write_string(out, lang, strlen(lang));
        else
            fputs("null", out);
        fprintf(out, ",\"score\":%.4f,\"match\":[%zu,%zu],\"snippet\":", h->score,
               h->match.start, h->match.end);
        const char *sn = h->snippet ? h->snippet : "";
        nf_json_write_string(out, sn, strlen(sn));
        fputc('}', out);
    } else {
        printf("%s  [%s]  %s\n    %s\n", nf_article_id(a), lang ? lang : "?",
               title ? title : nf_article_source(a), h->snippet ? h->snippet : "");
    }
    so->n++;
    return 0;
}

nf_status cli_search_write_json(nf_store *s, const char *query, size_t limit, FILE *out)
{
    assert(s && query && out);
    search_out so = { 1, out, 0 };
    fputc('[', out);
    nf_status st = nf_store_search(s, query, limit, on_hit, &so);
    fputs(so.n ? "\n]" : "]", out);
    return st;
}

int cmd_search(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_start("search", argc, argv, help, "query", &o);
    if (rc >= 0)
        return rc;
    /* the query is all positional words joined by spaces */
    size_t qlen = 0;
    for (int i = 0; i < o.nargs; i++)
        qlen += strlen(o.args[i]) + 1;
    char *query = malloc(qlen + 1);
    if (!query) {
        free(o.args);
        return NF_EXIT_FAIL;
    }
    query[0] = '\0';
    for (int i = 0; i < o.nargs; i++) {
        if (i)
            strcat(query, " ");
        strcat(query, o.args[i]);
    }
    nf_store *s = cli_open_store("search", &o);
    if (!s) {
        free(query);
        free(o.args);
        return NF_EXIT_FAIL;
    }
    search_out so = { 0, stdout, 0 };
    size_t limit = o.limit > 0 ? (size_t)o.limit : 20;
    nf_status st = o.json ? cli_search_write_json(s, query, limit, stdout)
                          : nf_store_search(s, query, limit, on_hit, &so);
    if (o.json)
        fputc('\n', stdout);
    if (st)
        cli_error("search", "%s", nf_store_errmsg(s));
    else if (!o.json && so.n == 0)
        fprintf(stderr, "search: no article matches '%s'\n", query);
    nf_store_close(s);
    free(query);
    free(o.args);
    return st ? NF_EXIT_FAIL : NF_EXIT_OK;
}
