/* incidents_json.c - the incidents of a set as JSON.
 *
 * Each incident is written with its kind, date, the place most sources
 * give, every place and actor, its figures (each value with the articles
 * giving it and their publication dates as "as of"), its sources with
 * their evidence spans, the number of independent sources (distinct
 * reports) and the languages.  Kept apart from the grouping so that the
 * record's shape can change without touching the merging.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incidents_int.h"
#include "newsfold/record.h"

/* With NF_JSON_PRETTY, a line break and `depth` levels of indentation. */
static void indent(FILE *out, unsigned flags, int depth)
{
    if (flags & NF_JSON_PRETTY) {
        putc('\n', out);
        for (int i = 0; i < depth; i++)
            fputs("  ", out);
    }
}

/* Writes NUL-terminated s as a JSON string. */
static void put_str(FILE *out, const char *s)
{
    nf_json_write_string(out, s, strlen(s));
}

/* Number of distinct reports among the sources. */
static size_t independent(const nf_fx_incident *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n_srcs; i++) {
        size_t j;
        for (j = 0; j < i; j++)
            if (!strcmp(c->srcs[i].report, c->srcs[j].report))
                break;
        if (j == i)
            n++;
    }
    return n;
}

/* The place most sources give (the first given on a tie), or NULL. */
static const char *main_place(const nf_fx_incident *c)
{
    const char *best = NULL;
    size_t best_n = 0;
    for (size_t i = 0; i < c->n_srcs; i++) {
        if (!c->srcs[i].place[0])
            continue;
        size_t n = 0;
        for (size_t j = 0; j < c->n_srcs; j++)
            n += !strcmp(c->srcs[i].place, c->srcs[j].place);
        if (n > best_n) {
            best_n = n;
            best = c->srcs[i].place;
        }
    }
    return best;
}

/* Writes the distinct publication dates of the articles giving value h of
 * figure kind/unit (its "as of"), oldest first. */
static void write_as_of(const nf_fx_incident *c, const nf_fx_fig_val *h, FILE *out)
{
    fputs(",\"as_of\":[", out);
    const char *last = "";
    int first = 1;
    for (;;) {
        const char *next = NULL;
        for (size_t q = 0; q < c->n_figs; q++) {
            const nf_fx_fig_val *x = &c->figs[q];
            const char *p = c->srcs[x->src].published;
            if (x->kind != h->kind || strcmp(x->unit, h->unit) || x->value != h->value ||
                x->bound != h->bound || !p[0] || strcmp(p, last) <= 0)
                continue;
            if (!next || strcmp(p, next) < 0)
                next = p;
        }
        if (!next)
            break;
        if (!first)
            putc(',', out);
        first = 0;
        put_str(out, next);
        last = next;
    }
    putc(']', out);
}

/* Writes c's figures: one entry per kind and unit, each distinct value
 * with the articles giving it and their "as of" dates. */
static void write_figures(const nf_fx_incident *c, FILE *out)
{
    putc('[', out);
    int first = 1;
    for (size_t i = 0; i < c->n_figs; i++) {
        const nf_fx_fig_val *g = &c->figs[i];
        size_t k;
        for (k = 0; k < i; k++)
            if (c->figs[k].kind == g->kind && !strcmp(c->figs[k].unit, g->unit))
                break;
        if (k < i)
            continue;                            /* kind already written */
        fprintf(out, "%s{\"kind\":\"%s\",\"unit\":", first ? "" : ",",
                nf_figure_kind_name((nf_figure_kind)g->kind));
        first = 0;
        put_str(out, g->unit);
        fputs(",\"values\":[", out);
        int vfirst = 1;
        for (size_t j = i; j < c->n_figs; j++) {
            const nf_fx_fig_val *h = &c->figs[j];
            if (h->kind != g->kind || strcmp(h->unit, g->unit))
                continue;
            size_t m;
            for (m = i; m < j; m++)
                if (c->figs[m].kind == h->kind && !strcmp(c->figs[m].unit, h->unit) &&
                    c->figs[m].value == h->value && c->figs[m].bound == h->bound)
                    break;
            if (m < j)
                continue;                        /* value already written */
            fprintf(out, "%s{\"value\":", vfirst ? "" : ",");
            vfirst = 0;
            nf_fx_json_number(out, h->value);
            fprintf(out, ",\"bound\":\"%s\",\"sources\":[", nf_bound_name((nf_bound)h->bound));
            int sfirst = 1;
            for (size_t q = j; q < c->n_figs; q++) {
                const nf_fx_fig_val *x = &c->figs[q];
                if (x->kind != h->kind || strcmp(x->unit, h->unit) ||
                    x->value != h->value || x->bound != h->bound)
                    continue;
                size_t r;
                for (r = j; r < q; r++)
                    if (c->figs[r].kind == x->kind && c->figs[r].value == x->value &&
                        c->figs[r].bound == x->bound && !strcmp(c->figs[r].unit, x->unit) &&
                        !strcmp(c->srcs[c->figs[r].src].article, c->srcs[x->src].article))
                        break;
                if (r < q)
                    continue;
                if (!sfirst)
                    putc(',', out);
                sfirst = 0;
                put_str(out, c->srcs[x->src].article);
            }
            putc(']', out);
            write_as_of(c, h, out);
            putc('}', out);
        }
        fputs("]}", out);
    }
    putc(']', out);
}

nf_status nf_incidents_write_json(nf_incidents *s, FILE *out, unsigned flags,
                                  int depth, long long story)
{
    assert(s && out);
    putc('[', out);
    int first = 1;
    for (size_t i = 0; i < s->n; i++) {
        const nf_fx_incident *c = &s->v[i];
        if (story > 0 && c->story != story)
            continue;
        if (!first)
            putc(',', out);
        first = 0;
        indent(out, flags, depth + 1);
        fprintf(out, "{\"id\":\"i%zu\",\"kind\":\"%s\",\"date\":", i + 1, nf_fx_incident_kind_name(c->kind));
        if (c->date[0])
            put_str(out, c->date);
        else
            fputs("null", out);
        fputs(",\"place\":", out);
        const char *pl = main_place(c);
        if (pl)
            put_str(out, pl);
        else
            fputs("null", out);
        fputs(",\"places\":[", out);
        for (size_t k = 0; k < c->n_places; k++) {
            if (k)
                putc(',', out);
            put_str(out, c->places[k]);
        }
        putc(']', out);
        fputs(",\"figures\":", out);
        write_figures(c, out);
        fputs(",\"actors\":[", out);
        for (size_t k = 0; k < c->n_actors; k++) {
            if (k)
                putc(',', out);
            put_str(out, c->actors[k]);
        }
        fputs("],\"sources\":[", out);
        for (size_t k = 0; k < c->n_srcs; k++) {
            fprintf(out, "%s{\"article\":", k ? "," : "");
            put_str(out, c->srcs[k].article);
            fprintf(out, ",\"start\":%zu,\"end\":%zu,\"trigger\":", c->srcs[k].start,
                    c->srcs[k].end);
            if (c->srcs[k].trig_end > c->srcs[k].trig_start)
                fprintf(out, "{\"start\":%zu,\"end\":%zu}", c->srcs[k].trig_start,
                        c->srcs[k].trig_end);
            else
                fputs("null", out);
            fputs(",\"place\":", out);
            if (c->srcs[k].place[0])
                put_str(out, c->srcs[k].place);
            else
                fputs("null", out);
            putc('}', out);
        }
        fprintf(out, "],\"independent_sources\":%zu,\"languages\":[", independent(c));
        int lf = 1;
        for (size_t k = 0; k < c->n_srcs; k++) {
            size_t m;
            for (m = 0; m < k; m++)
                if (!strcmp(c->srcs[m].lang, c->srcs[k].lang))
                    break;
            if (m < k || !c->srcs[k].lang[0])
                continue;
            if (!lf)
                putc(',', out);
            lf = 0;
            put_str(out, c->srcs[k].lang);
        }
        fputs("]}", out);
    }
    if (!first)
        indent(out, flags, depth);
    putc(']', out);
    return ferror(out) ? NF_ERR_IO : NF_OK;
}
