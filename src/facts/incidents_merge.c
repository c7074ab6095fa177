/* incidents_merge.c - an incident's sources, figures and merging.
 *
 * An incident owns copies of everything it shows (sources, figure values,
 * places, actors), so merging two incidents moves the values of one into
 * the other, shifting its figures' source indices, and keeps the more
 * specific kind of their class (strike over attack, agreement over
 * meeting).  Figures are never averaged: every value stays with the
 * source that gave it.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incidents_int.h"

/* Frees the n strings of s and s itself. */
static void strs_free(char **s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(s[i]);
    free(s);
}

void nf_fx_inc_free(nf_fx_incident *c)
{
    strs_free(c->places, c->n_places);
    strs_free(c->actors, c->n_actors);
    free(c->figs);
    for (size_t i = 0; i < c->n_srcs; i++) {
        free(c->srcs[i].article);
        free(c->srcs[i].report);
    }
    free(c->srcs);
    memset(c, 0, sizeof *c);
}

/* Adds a copy of s[0..n) to a string set unless present. */
int nf_fx_inc_str_add(char ***set, size_t *count, const char *s, size_t n)
{
    for (size_t i = 0; i < *count; i++)
        if (strlen((*set)[i]) == n && !memcmp((*set)[i], s, n))
            return 0;
    char **p = realloc(*set, (*count + 1) * sizeof *p);
    if (!p)
        return -1;
    *set = p;
    char *c = malloc(n + 1);
    if (!c)
        return -1;
    memcpy(c, s, n);
    c[n] = 0;
    p[(*count)++] = c;
    return 0;
}

nf_status nf_fx_inc_add_source(nf_fx_incident *c, const char *article,
                               const char *report, const char *lang,
                               size_t start, size_t end)
{
    assert(c && article && report);
    nf_fx_inc_source *p = realloc(c->srcs, (c->n_srcs + 1) * sizeof *p);
    if (!p)
        return NF_ERR_NOMEM;
    c->srcs = p;
    nf_fx_inc_source *s = &p[c->n_srcs];
    memset(s, 0, sizeof *s);
    s->article = strdup(article);
    s->report = strdup(report);
    if (!s->article || !s->report) {
        free(s->article);
        free(s->report);
        return NF_ERR_NOMEM;
    }
    snprintf(s->lang, sizeof s->lang, "%s", lang ? lang : "");
    s->start = start;
    s->end = end;
    c->n_srcs++;
    return NF_OK;
}

nf_status nf_fx_inc_add_fig(nf_fx_incident *c, const nf_figure *g, int src)
{
    nf_fx_fig_val *p = realloc(c->figs, (c->n_figs + 1) * sizeof *p);
    if (!p)
        return NF_ERR_NOMEM;
    c->figs = p;
    nf_fx_fig_val *v = &p[c->n_figs++];
    memset(v, 0, sizeof *v);
    v->kind = (int)g->kind;
    /* a casualty count's noun ("people", "persone") is no unit: 12 killed
     * and 12 persone uccise are one value */
    snprintf(v->unit, sizeof v->unit, "%s", g->kind <= NF_FIG_DETAINED ? "" : g->unit);
    v->value = g->value;
    v->bound = (int)g->bound;
    v->src = src;
    return NF_OK;
}

/* Whether two incidents share a casualty or money figure value (a place
 * alone is too weak: every sentence of a story names the country). */
int nf_fx_inc_share_evidence(const nf_fx_incident *a, const nf_fx_incident *b)
{
    for (size_t i = 0; i < a->n_figs; i++)
        for (size_t j = 0; j < b->n_figs; j++)
            if (a->figs[i].kind == b->figs[j].kind && a->figs[i].kind <= NF_FIG_MONEY &&
                a->figs[i].value == b->figs[j].value)
                return 1;
    return 0;
}

int nf_fx_inc_share_report(const nf_fx_incident *a, const nf_fx_incident *b)
{
    for (size_t i = 0; i < a->n_srcs; i++)
        for (size_t j = 0; j < b->n_srcs; j++)
            if (!strcmp(a->srcs[i].report, b->srcs[j].report))
                return 1;
    return 0;
}

/* Moves everything of `from` into `to` (from is emptied). */
nf_status nf_fx_inc_merge(nf_fx_incident *to, nf_fx_incident *from)
{
    size_t base = to->n_srcs;
    for (size_t i = 0; i < from->n_srcs; i++) {
        nf_fx_inc_source *s = &from->srcs[i];
        nf_status st = nf_fx_inc_add_source(to, s->article, s->report, s->lang, s->start, s->end);
        if (st)
            return st;
        nf_fx_inc_source *t = &to->srcs[to->n_srcs - 1];
        memcpy(t->published, s->published, sizeof t->published);
        memcpy(t->place, s->place, sizeof t->place);
        t->trig_start = s->trig_start;
        t->trig_end = s->trig_end;
    }
    for (size_t i = 0; i < from->n_figs; i++) {
        nf_fx_fig_val *p = realloc(to->figs, (to->n_figs + 1) * sizeof *p);
        if (!p)
            return NF_ERR_NOMEM;
        to->figs = p;
        p[to->n_figs] = from->figs[i];
        p[to->n_figs].src += (int)base;
        to->n_figs++;
    }
    for (size_t i = 0; i < from->n_places; i++)
        if (nf_fx_inc_str_add(&to->places, &to->n_places, from->places[i], strlen(from->places[i])))
            return NF_ERR_NOMEM;
    for (size_t i = 0; i < from->n_actors; i++)
        if (nf_fx_inc_str_add(&to->actors, &to->n_actors, from->actors[i], strlen(from->actors[i])))
            return NF_ERR_NOMEM;
    if (!to->date[0])
        memcpy(to->date, from->date, sizeof to->date);
    /* the more specific kind of a class: strike over attack, the agreement
     * over the meeting it was reached at */
    if ((to->kind == NF_INC_ATTACK && from->kind == NF_INC_STRIKE) ||
        (to->kind == NF_INC_MEETING && from->kind == NF_INC_AGREEMENT))
        to->kind = from->kind;
    nf_fx_inc_free(from);
    return NF_OK;
}
