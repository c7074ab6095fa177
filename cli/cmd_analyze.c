/* cmd_analyze.c - `newsfold analyze INPUT... [--json]`: the whole pipeline
 * in memory, no store; prints the record (JSON with --json, a table
 * otherwise). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: newsfold analyze [OPTIONS] INPUT...\n"
    "\n"
    "Reads the inputs, runs every analysis stage in memory (nothing is\n"
    "stored) and prints the record.\n"
    "\n"
    "options:\n"
    "  --json           the whole record as JSON on stdout\n"
    "  --pretty         indent the JSON\n"
    "  --format NAME    input format: auto (default), text, jsonl, html,\n"
    "                   feed (RSS/Atom) or warc\n"
    "  -q, --quiet      no notes about repaired bytes\n"
    "\n"
    "exit status: 0 all read, 1 some inputs failed (the rest is shown),\n"
    "2 bad command line.\n";

/* Prints at most `max` characters (code points) of UTF-8 `s`, with "..."
 * when it was cut. */
static void print_clipped(const char *s, size_t max)
{
    size_t i = 0, chars = 0;
    while (s[i] && chars < max) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    fwrite(s, 1, i, stdout);
    if (s[i])
        fputs("...", stdout);
}

static void print_table(const nf_record *rec)
{
    for (size_t i = 0; i < nf_record_article_count(rec); i++) {
        const nf_article *a = nf_record_article(rec, i);
        size_t len;
        nf_article_text(a, &len);
        const char *lang = nf_article_language(a);
        const char *pub = nf_article_published(a);
        printf("%-20s %-4s %-10s %5zu sent %7zu B  ", nf_article_id(a),
               lang ? lang : "?", pub ? pub : "-",
               nf_article_sentence_count(a), len);
        const char *title = nf_article_title(a);
        print_clipped(title ? title : "(no title)", 60);
        putchar('\n');
    }
}

int cmd_analyze(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_start("analyze", argc, argv, help, "input", &o);
    if (rc >= 0)
        return rc;
    nf_format fmt;
    if ((rc = cli_input_format("analyze", &o, &fmt))) {
        free(o.args);
        return rc;
    }
    cli_diag_state dg = { .quiet = o.quiet };
    nf_reader_options ro = { .format = fmt, .on_diag = cli_print_diag, .diag_ctx = &dg };
    nf_reader *rd = nf_reader_new(&ro);
    nf_pipeline *pl = rd ? nf_pipeline_new() : NULL;
    nf_record *rec = pl ? nf_record_new() : NULL;
    if (!rec) {
        cli_error("analyze", "cannot start: out of memory or ICU failure");
        nf_pipeline_free(pl);
        nf_reader_free(rd);
        free(o.args);
        return NF_EXIT_FAIL;
    }
    for (int i = 0; i < o.nargs; i++)
        nf_reader_add_path(rd, o.args[i]);
    int fatal = 0;
    for (;;) {
        nf_article *a = NULL;
        nf_status st = nf_reader_next(rd, &a);
        if (st) {
            cli_error("analyze", "reading failed: %s", nf_strerror(st));
            fatal = 1;
            break;
        }
        if (!a)
            break;
        if ((st = nf_pipeline_run(pl, a))) {
            cli_error("analyze", "%s: analysis failed: %s",
                      nf_article_source(a), nf_strerror(st));
            nf_article_free(a);
            fatal = 1;
            break;
        }
        if ((st = nf_record_add(rec, a))) {
            cli_error("analyze", "%s", nf_strerror(st));
            fatal = 1;
            break;
        }
    }
    if (!fatal) {
        if (o.json) {
            nf_status ws = nf_record_write_json(rec, stdout, o.pretty ? NF_JSON_PRETTY : 0);
            if (ws) {
                cli_error("analyze", "writing the record failed: %s", nf_strerror(ws));
                fatal = 1;
            }
        } else {
            print_table(rec);
        }
    }
    nf_reader_stats rs;
    nf_reader_stats_get(rd, &rs);
    nf_record_free(rec);
    nf_pipeline_free(pl);
    nf_reader_free(rd);
    free(o.args);
    if (fflush(stdout) != 0)
        fatal = 1;
    return (fatal || rs.failed) ? NF_EXIT_FAIL : NF_EXIT_OK;
}
