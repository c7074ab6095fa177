/* incidents_json.c - the incidents of a set as JSON.
 *
 * Each incident is written with its kind, date, the place most sources
 * give, every place and actor, its figures (grouped by kind and unit,
 * counts of one value in several languages' nouns as one group; each
 * value with the articles giving it and their publication dates as "as
 * of"), its sources with
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

/* The root of i in the union-find forest cls (halving the path). */
static size_t root(size_t *cls, size_t i)
{
    while (cls[i] != i) {
        cls[i] = cls[cls[i]];
        i = cls[i];
    }
    return i;
}

/* Figure groups: cls[i] is the index of the first figure of i's group.
 * A group is one kind and unit; counts whose nouns differ only by
 * language ("2,300 people", "2.300 persone", "2300人") would make one
 * group per language, so count groups that share a value are one group
 * (a shared value or unit links two: "22 crew members", "22 marinari").
 * Returns 0, or -1 when out of memory (cls NULL). */
static int figure_groups(const nf_fx_incident *c, size_t **cls_out)
{
    size_t n = c->n_figs;
    size_t *cls = malloc((n ? n : 1) * sizeof *cls);
    *cls_out = cls;
    if (!cls)
        return -1;
    /* union-find, a set's root being its smallest index */
    for (size_t i = 0; i < n; i++) {
        cls[i] = i;
        for (size_t j = 0; j < i; j++) {
            const nf_fx_fig_val *a = &c->figs[i], *b = &c->figs[j];
            if (a->kind != b->kind ||
                (strcmp(a->unit, b->unit) && !(a->kind == NF_FIG_COUNT && a->value == b->value)))
                continue;
            size_t ri = root(cls, i), rj = root(cls, j);
            if (ri < rj)
                cls[rj] = ri;
            else
                cls[ri] = rj;
        }
    }
    for (size_t i = 0; i < n; i++)
        cls[i] = root(cls, i);
    return 0;
}

/* The unit most figures of group g give (the first on a tie). */
static const char *group_unit(const nf_fx_incident *c, const size_t *cls, size_t g)
{
    const char *best = c->figs[g].unit;
    size_t best_n = 0;
    for (size_t i = 0; i < c->n_figs; i++) {
        if (cls[i] != g)
            continue;
        size_t m = 0;
        for (size_t j = 0; j < c->n_figs; j++)
            m += cls[j] == g && !strcmp(c->figs[j].unit, c->figs[i].unit);
        if (m > best_n) {
            best_n = m;
            best = c->figs[i].unit;
        }
    }
    return best;
}

/* Whether figures a and b are one value of one group. */
static int same_value(const nf_fx_incident *c, const size_t *cls, size_t a, size_t b)
{
    return cls[a] == cls[b] && c->figs[a].value == c->figs[b].value &&
           c->figs[a].bound == c->figs[b].bound;
}

/* Writes the distinct publication dates of the articles giving value h
 * (a figure index) of its group (its "as of"), oldest first. */
static void write_as_of(const nf_fx_incident *c, const size_t *cls, size_t h, FILE *out)
{
    fputs(",\"as_of\":[", out);
    const char *last = "";
    int first = 1;
    for (;;) {
        const char *next = NULL;
        for (size_t q = 0; q < c->n_figs; q++) {
            const char *p = c->srcs[c->figs[q].src].published;
            if (!same_value(c, cls, q, h) || !p[0] || strcmp(p, last) <= 0)
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

/* Writes c's figures: one entry per group (figure_groups), each distinct
 * value with the articles giving it and their "as of" dates. */
static nf_status write_figures(const nf_fx_incident *c, FILE *out)
{
    size_t *cls;
    if (figure_groups(c, &cls))
        return NF_ERR_NOMEM;
    putc('[', out);
    int first = 1;
    for (size_t i = 0; i < c->n_figs; i++) {
        if (cls[i] != i)
            continue;                            /* group already written */
        fprintf(out, "%s{\"kind\":\"%s\",\"unit\":", first ? "" : ",",
                nf_figure_kind_name((nf_figure_kind)c->figs[i].kind));
        first = 0;
        put_str(out, group_unit(c, cls, i));
        fputs(",\"values\":[", out);
        int vfirst = 1;
        for (size_t j = i; j < c->n_figs; j++) {
            if (cls[j] != i)
                continue;
            size_t m;
            for (m = i; m < j; m++)
                if (same_value(c, cls, m, j))
                    break;
            if (m < j)
                continue;                        /* value already written */
            const nf_fx_fig_val *h = &c->figs[j];
            fprintf(out, "%s{\"value\":", vfirst ? "" : ",");
            vfirst = 0;
            nf_fx_json_number(out, h->value);
            fprintf(out, ",\"bound\":\"%s\",\"sources\":[", nf_bound_name((nf_bound)h->bound));
            int sfirst = 1;
            for (size_t q = j; q < c->n_figs; q++) {
                if (!same_value(c, cls, q, j))
                    continue;
                size_t r;
                for (r = j; r < q; r++)
                    if (same_value(c, cls, r, q) &&
                        !strcmp(c->srcs[c->figs[r].src].article, c->srcs[c->figs[q].src].article))
                        break;
                if (r < q)
                    continue;
                if (!sfirst)
                    putc(',', out);
                sfirst = 0;
                put_str(out, c->srcs[c->figs[q].src].article);
            }
            putc(']', out);
            write_as_of(c, cls, j, out);
            putc('}', out);
        }
        fputs("]}", out);
    }
    putc(']', out);
    free(cls);
    return NF_OK;
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
        if (write_figures(c, out))
            return NF_ERR_NOMEM;
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
