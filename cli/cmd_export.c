/* cmd_export.c - `newsfold export`: the stored record, streamed as JSON
 * Lines (one article a line) or as one JSON object shaped like the output
 * of `analyze --json`. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: newsfold export [OPTIONS]\n"
    "\n"
    "Writes every stored article, in ingest order.\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --format NAME    jsonl (default: one article a line, with its\n"
    "                   relations and facts) or json (one record object\n"
    "                   with the grouped incidents too)\n"
    "  -o, --output F   write to F instead of standard output\n"
    "  --json           same as --format json\n";

typedef struct export_ctx {
    FILE *out;
    int whole;
    unsigned long n;
    nf_incidents *incidents;   /* whole-record export: grouped facts */
    nf_status st;
} export_ctx;

static int on_article(void *ctx, const nf_article *a)
{
    export_ctx *e = ctx;
    if (e->whole)
        fputs(e->n ? ",\n" : "\n", e->out);
    if ((e->st = nf_article_write_json(a, e->out, 0)))
        return 1;   /* out of memory or write error: stop, reported below */
    if (!e->whole)
        fputc('\n', e->out);
    if (e->incidents && (e->st = nf_incidents_add(e->incidents, a)))
        return 1;
    e->n++;
    return ferror(e->out) ? 1 : 0;
}

int cmd_export(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_start("export", argc, argv, help, NULL, &o);
    if (rc >= 0)
        return rc;
    int whole = o.json;
    if (o.format && !strcmp(o.format, "json"))
        whole = 1;
    else if (o.format && strcmp(o.format, "jsonl")) {
        cli_error("export", "unknown format '%s' (jsonl, json)", o.format);
        free(o.args);
        return NF_EXIT_USAGE;
    }
    if (o.nargs) {
        cli_error("export", "unexpected argument '%s'", o.args[0]);
        free(o.args);
        return NF_EXIT_USAGE;
    }
    nf_store *s = cli_open_store("export", &o);
    if (!s) {
        free(o.args);
        return NF_EXIT_FAIL;
    }
    FILE *out = stdout;
    if (o.output && !(out = fopen(o.output, "w"))) {
        cli_error("export", "cannot write %s", o.output);
        nf_store_close(s);
        free(o.args);
        return NF_EXIT_FAIL;
    }
    export_ctx e = { out, whole, 0, NULL, NF_OK };
    if (whole && !(e.incidents = nf_incidents_new())) {
        cli_error("export", "out of memory");
        nf_store_close(s);
        free(o.args);
        return NF_EXIT_FAIL;
    }
    if (whole)
        fputs("{\"articles\":[", out);
    nf_status st = nf_store_each_article(s, on_article, &e);
    if (!st)
        st = e.st;
    if (whole && !st) {
        /* the same top-level section as analyze --json */
        fputs("\n],\"incidents\":", out);
        st = nf_incidents_write_json(e.incidents, out, 0, 0, 0);
        fputs("}\n", out);
    } else if (whole) {
        fputs("\n]}\n", out);
    }
    nf_incidents_free(e.incidents);
    int bad = st || ferror(out);
    if (out != stdout ? fclose(out) != 0 : fflush(out) != 0)
        bad = 1;
    if (bad)
        cli_error("export", "%s", st == NF_ERR_STORE ? nf_store_errmsg(s)
                                  : st ? nf_strerror(st) : "writing failed");
    nf_store_close(s);
    free(o.args);
    return bad ? NF_EXIT_FAIL : NF_EXIT_OK;
}
