/* cmd_ingest.c - `newsfold ingest INPUT...`: read inputs, analyse each
 * article and store it, one transaction per batch.
 *
 * A batch is committed whole or not at all, so an interrupted ingest
 * leaves whole batches.  Bad inputs are reported one message each and
 * the rest is stored; the summary counts articles read, stored, already
 * present (the same article, not merely the same text: see docs/store.md),
 * and failed inputs grouped by reason. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const char help[] =
    "usage: newsfold ingest [OPTIONS] INPUT...\n"
    "\n"
    "Reads files, directories (recursively) or - (standard input) and stores\n"
    "their articles.  An article already stored (the same text under the same\n"
    "id, or from the same source when the input gives no id) is skipped; the\n"
    "same text from another source is a re-post and is stored too.\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --format NAME    auto (default), text, jsonl, html, feed or warc\n"
    "  --batch N        articles per transaction (default 500)\n"
    "  --json           print the summary as JSON on stdout\n"
    "  -q, --quiet      no progress, no notes about repaired bytes\n"
    "\n"
    "exit status: 0 all stored, 1 some inputs failed (the rest is stored) or\n"
    "the store failed, 2 bad command line.\n";

typedef struct ingest_diag {
    cli_diag_state base;
    unsigned long by_code[NF_STATUS_COUNT_];
} ingest_diag;

static void on_diag(void *ctx, const nf_diag *d)
{
    ingest_diag *s = ctx;
    if (d->severity == NF_SEV_ERROR && (unsigned)d->code < NF_STATUS_COUNT_)
        s->by_code[d->code]++;
    cli_print_diag(&s->base, d);
}

typedef struct counts {
    unsigned long read, stored, present;
} counts;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void print_summary(const cli_opts *o, const counts *c,
                          const nf_reader_stats *rs, const ingest_diag *dg,
                          double secs)
{
    if (o->json) {
        printf("{\"read\":%lu,\"stored\":%lu,\"already_present\":%lu,"
               "\"failed\":%lu,\"failures\":{",
               c->read, c->stored, c->present, rs->failed);
        int first = 1;
        for (int k = 0; k < NF_STATUS_COUNT_; k++) {
            if (!dg->by_code[k])
                continue;
            printf("%s", first ? "" : ",");
            nf_json_write_string(stdout, nf_strerror((nf_status)k),
                                 strlen(nf_strerror((nf_status)k)));
            printf(":%lu", dg->by_code[k]);
            first = 0;
        }
        printf("},\"seconds\":%.3f}\n", secs);
        return;
    }
    fprintf(stderr,
            "ingest: %lu articles read, %lu stored, %lu already present, "
            "%lu failed",
            c->read, c->stored, c->present, rs->failed);
    if (rs->failed) {
        const char *sep = " (";
        for (int k = 0; k < NF_STATUS_COUNT_; k++) {
            if (!dg->by_code[k])
                continue;
            fprintf(stderr, "%s%s: %lu", sep, nf_strerror((nf_status)k),
                    dg->by_code[k]);
            sep = ", ";
        }
        if (sep[0] == ',')
            fputc(')', stderr);
    }
    if (dg->base.notes)
        fprintf(stderr, "; %lu notes", dg->base.notes);
    fprintf(stderr, "; %.2f s\n", secs);
}

int cmd_ingest(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_start("ingest", argc, argv, help, "input", &o);
    if (rc >= 0)
        return rc;
    nf_format fmt;
    if ((rc = cli_input_format("ingest", &o, &fmt))) {
        free(o.args);
        return rc;
    }
    size_t batch = o.batch > 0 ? (size_t)o.batch : 500;

    ingest_diag dg;
    memset(&dg, 0, sizeof dg);
    dg.base.quiet = o.quiet;
    nf_reader_options ro = { .format = fmt, .on_diag = on_diag, .diag_ctx = &dg };
    nf_store *store = cli_open_store("ingest", &o);
    nf_reader *rd = store ? nf_reader_new(&ro) : NULL;
    nf_pipeline *pl = rd ? nf_pipeline_new() : NULL;
    if (!pl) {
        if (store)
            cli_error("ingest", "cannot start: out of memory or ICU failure");
        nf_reader_free(rd);
        nf_store_close(store);
        free(o.args);
        return NF_EXIT_FAIL;
    }
    for (int i = 0; i < o.nargs; i++)
        nf_reader_add_path(rd, o.args[i]);

    counts c = { 0 }, pending = { 0 };
    size_t in_batch = 0;
    int fatal = 0;
    int progress = !o.quiet && isatty(2);
    double t0 = now_seconds(), last = t0;
    for (;;) {
        nf_article *a = NULL;
        nf_status st = nf_reader_next(rd, &a);
        if (st) {
            cli_error("ingest", "reading failed: %s", nf_strerror(st));
            fatal = 1;
            break;
        }
        if (!a)
            break;
        c.read++;
        if (in_batch == 0 && (st = nf_store_begin(store))) {
            nf_article_free(a);
            cli_error("ingest", "%s", nf_store_errmsg(store));
            fatal = 1;
            break;
        }
        st = nf_pipeline_run(pl, a);
        if (st) {
            cli_error("ingest", "%s: analysis failed: %s", nf_article_source(a),
                      nf_strerror(st));
            nf_article_free(a);
            fatal = 1;
            break;
        }
        int stored = 0;
        st = nf_store_put_article(store, a, &stored);
        nf_article_free(a);
        if (st) {
            cli_error("ingest", "storing failed: %s", nf_store_errmsg(store));
            fatal = 1;
            break;
        }
        in_batch++;
        if (stored)
            pending.stored++;
        else
            pending.present++;
        if (in_batch >= batch) {
            if ((st = nf_store_commit(store))) {
                cli_error("ingest", "commit failed: %s", nf_store_errmsg(store));
                fatal = 1;
                break;
            }
            c.stored += pending.stored;
            c.present += pending.present;
            pending = (counts){ 0 };
            in_batch = 0;
        }
        if (progress) {
            double t = now_seconds();
            if (t - last > 0.5) {
                fprintf(stderr, "\ringest: %lu articles read...", c.read);
                last = t;
            }
        }
    }
    if (in_batch) {
        if (fatal) {
            nf_store_rollback(store);
            cli_error("ingest", "the last batch (%zu articles) was not stored",
                      in_batch);
        } else if (nf_store_commit(store)) {
            cli_error("ingest", "commit failed: %s", nf_store_errmsg(store));
            fatal = 1;
        } else {
            c.stored += pending.stored;
            c.present += pending.present;
        }
    }
    if (progress && c.read)
        fputs("\r\033[K", stderr);
    nf_reader_stats rs;
    nf_reader_stats_get(rd, &rs);
    print_summary(&o, &c, &rs, &dg, now_seconds() - t0);
    nf_pipeline_free(pl);
    nf_reader_free(rd);
    nf_store_close(store);
    free(o.args);
    return (fatal || rs.failed) ? NF_EXIT_FAIL : NF_EXIT_OK;
}
