/* facts_print.c - quotes, figures and incidents in `newsfold story ID`.
 *
 * Works on the public API only: the facts of a stored article are
 * extracted again from its text (nf_facts_extract: the same text,
 * language and date give the same facts), and the story's incidents are
 * grouped by an nf_incidents set. */
#include <stdlib.h>
#include <string.h>

#include "facts_print.h"

struct cli_facts {
    nf_incidents *inc;
    FILE *out;           /* where JSON goes: stdout unless set */
};

cli_facts *cli_facts_new(void)
{
    cli_facts *cf = calloc(1, sizeof *cf);
    if (cf)
        cf->out = stdout;
    if (cf && !(cf->inc = nf_incidents_new())) {
        free(cf);
        return NULL;
    }
    return cf;
}

void cli_facts_free(cli_facts *cf)
{
    if (!cf)
        return;
    nf_incidents_free(cf->inc);
    free(cf);
}

void cli_facts_set_out(cli_facts *cf, FILE *out)
{
    cf->out = out;
}

static void put_span(FILE *out, const char *text, nf_span s)
{
    nf_json_write_string(out, text + s.start, s.end - s.start);
}

void cli_facts_article(cli_facts *cf, const nf_article *a, int json)
{
    if (!cf)
        return;
    size_t len;
    const char *text = nf_article_text(a, &len);
    nf_facts *own = NULL;
    const nf_facts *f = nf_article_facts(a);
    if (!f && nf_facts_extract(text, len, nf_article_language(a),
                               nf_article_published(a), &own) == NF_OK)
        f = own;
    if (f && json) {
        FILE *out = cf->out;
        fputs(",\"dates\":[", out);
        for (size_t i = 0; i < nf_facts_date_count(f); i++) {
            const nf_date_fact *d = nf_facts_date(f, i);
            fputs(i ? ",{\"text\":" : "{\"text\":", out);
            put_span(out, text, d->span);
            fprintf(out, ",\"value\":");
            if (d->value[0])
                fprintf(out, "\"%s\"", d->value);
            else
                fputs("null", out);
            fprintf(out, ",\"granularity\":\"%s\",\"start\":%zu,\"end\":%zu}",
                   nf_granularity_name(d->granularity), d->span.start, d->span.end);
        }
        fputs("],\"figures\":[", out);
        for (size_t i = 0; i < nf_facts_figure_count(f); i++) {
            const nf_figure *g = nf_facts_figure(f, i);
            fprintf(out, "%s{\"kind\":\"%s\",\"value\":%.15g,\"unit\":", i ? "," : "",
                   nf_figure_kind_name(g->kind), g->value);
            nf_json_write_string(out, g->unit, strlen(g->unit));
            fprintf(out, ",\"bound\":\"%s\",\"text\":", nf_bound_name(g->bound));
            put_span(out, text, g->span);
            fprintf(out, ",\"start\":%zu,\"end\":%zu}", g->span.start, g->span.end);
        }
        fputs("],\"quotes\":[", out);
        for (size_t i = 0; i < nf_facts_quote_count(f); i++) {
            const nf_quote *q = nf_facts_quote(f, i);
            fputs(i ? ",{\"text\":" : "{\"text\":", out);
            put_span(out, text, q->span);
            fputs(",\"speaker_name\":", out);
            if (q->speaker_name)
                nf_json_write_string(out, q->speaker_name, strlen(q->speaker_name));
            else
                fputs("null", out);
            fprintf(out, ",\"start\":%zu,\"end\":%zu}", q->span.start, q->span.end);
        }
        fputc(']', out);
    } else if (f) {
        for (size_t i = 0; i < nf_facts_quote_count(f); i++) {
            const nf_quote *q = nf_facts_quote(f, i);
            size_t n = q->span.end - q->span.start;
            printf("      quote  %s: \"%.*s%s\"\n",
                   q->speaker_name ? q->speaker_name : "(unknown)",
                   (int)(n > 100 ? 100 : n), text + q->span.start, n > 100 ? "..." : "");
        }
        for (size_t i = 0; i < nf_facts_figure_count(f); i++) {
            const nf_figure *g = nf_facts_figure(f, i);
            printf("      figure %-8s %.15g %s (%s) \"%.*s\"\n", nf_figure_kind_name(g->kind),
                   g->value, g->unit, nf_bound_name(g->bound),
                   (int)(g->span.end - g->span.start), text + g->span.start);
        }
    }
    nf_incidents_add(cf->inc, a);
    nf_facts_free(own);
}

void cli_facts_story_end(cli_facts *cf, int json)
{
    if (!cf)
        return;
    if (json) {
        fputs(",\"incidents\":", cf->out);
        nf_incidents_write_json(cf->inc, cf->out, 0, 0, 0);
        return;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return;
    nf_incidents_write_json(cf->inc, m, NF_JSON_PRETTY, 0, 0);
    fclose(m);
    printf("incidents (%zu):\n%s\n", nf_incidents_count(cf->inc), buf ? buf : "[]");
    free(buf);
}
