/* incidents.c - incidents across articles, with their evidence.
 *
 * Each sentence of an article (outside quotations) with a trigger word
 * (triggers.c: disaster, accident, strike, attack, protest, deal,
 * sanction, pledge, agreement, meeting) becomes a candidate; the trigger's
 * span is kept as evidence.  A sentence with a casualty figure and no
 * trigger takes the kind of the article's violent incident (disaster,
 * accident, strike, attack), else it is an attack.  Its date is the day
 * date nearest the trigger that lies at most ten days before publication
 * (a later date is a plan, an older one background); its place is the
 * entities stage's location mention nearest the trigger, and a
 * sentence-initial one-word mention only when the article also writes
 * that word capitalised elsewhere mid-sentence (Italian "Sale" = rises is
 * not the town); all-capital datelines are not places.  Within an article
 * candidates merge by kind class (strike = attack, meeting = agreement:
 * a summit and its accord) when their dates are at most a day apart;
 * across articles likewise when they also share the report, the story or
 * a casualty or money value.  The place shown is the one most sources
 * give.  Counts, distances, speeds and percentages of sentences without a
 * trigger go to the incident told before them in the article.
 *
 * Corroboration counts independent sources: articles of one report (a
 * duplicate, a translation: the fold stage's `report`) count once; an
 * article not folded is a report of its own.  Figures are never averaged:
 * each kind lists every value given with the articles giving it, so "35
 * killed here, 34 there" shows as two values.
 *
 * This file holds the set's lifecycle and the grouping of an article's
 * candidates, within it and into the set.  The candidates and their
 * places come from incidents_cand.c, the merging of two incidents and
 * their sources from incidents_merge.c, the JSON from incidents_json.c.
 */
#include <assert.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incidents_int.h"
#include "newsfold/fold.h"
#include "core/grow.h"

nf_incidents *nf_incidents_new(void)
{
    return calloc(1, sizeof(nf_incidents));
}

void nf_incidents_free(nf_incidents *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        nf_fx_inc_free(&s->v[i]);
    free(s->v);
    free(s);
}

size_t nf_incidents_count(nf_incidents *s)
{
    return s->n;
}

/* Class of kinds that may be one incident (strike = attack; a meeting
 * and the agreement it ends with). */
static int kind_class(int k)
{
    if (k == NF_INC_STRIKE)
        return NF_INC_ATTACK;
    if (k == NF_INC_MEETING)
        return NF_INC_AGREEMENT;
    return k;
}

int nf_fx_inc_violent(int k)
{
    return k == NF_INC_DISASTER || k == NF_INC_ACCIDENT || k == NF_INC_STRIKE ||
           k == NF_INC_ATTACK;
}

/* Days since the epoch of "YYYY-MM-DD", or LONG_MIN when not a day. */
long nf_fx_inc_day_of(const char *s)
{
    int y, m, d;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return LONG_MIN;
    return nf_fx_days(y, m, d);
}

/* Whether two incident dates may be one incident: one unknown, or at most
 * a day apart (a storm "on the night of 9-10 February"). */
static int dates_agree(const char *a, const char *b)
{
    if (!a[0] || !b[0] || !strcmp(a, b))
        return 1;
    long x = nf_fx_inc_day_of(a), y = nf_fx_inc_day_of(b);
    return x != LONG_MIN && y != LONG_MIN && labs(x - y) <= 1;
}

/* Figures of sentences that gave no candidate (counts, distances, speeds,
 * percentages: "2,300 people were evacuated", "waves up to seven metres")
 * belong to the incident told before them in the article: a report gives
 * the event first, then its details.  Casualty figures make candidates of
 * their own, money joins incidents across articles (a detail restated is
 * no evidence of one incident) and quoted figures are words someone said:
 * none of them is moved.  A figure before the article's first candidate
 * stays out. */
static nf_status attach_context_figures(const nf_facts *f, nf_fx_incident *mine,
                                        size_t n_mine)
{
    nf_status st = NF_OK;
    for (size_t i = 0; i < nf_facts_figure_count(f) && !st; i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        if (g->kind == NF_FIG_MONEY || g->kind <= NF_FIG_DETAINED || g->part_of >= 0)
            continue;
        size_t best = n_mine;
        int inside = 0;
        for (size_t k = 0; k < n_mine; k++) {
            const nf_fx_inc_source *src = &mine[k].srcs[0];
            if (g->span.start >= src->start && g->span.start < src->end)
                inside = 1;
            if (src->start <= g->span.start &&
                (best == n_mine || src->start > mine[best].srcs[0].start))
                best = k;
        }
        int quoted = 0;
        for (size_t q = 0; q < nf_facts_quote_count(f) && !quoted; q++) {
            const nf_quote *qt = nf_facts_quote(f, q);
            quoted = g->span.start >= qt->span.start && g->span.start < qt->span.end;
        }
        if (!inside && !quoted && best < n_mine)
            st = nf_fx_inc_add_fig(&mine[best], g, 0);
    }
    return st;
}

nf_status nf_incidents_add(nf_incidents *s, const nf_article *a)
{
    assert(s && a);
    const nf_facts *f = nf_article_facts(a);
    nf_facts *own = NULL;
    size_t len;
    const char *text = nf_article_text(a, &len);
    nf_status st;
    if (!f) {
        st = nf_facts_extract(text, len, nf_article_language(a),
                              nf_article_published(a), &own);
        if (st)
            return st;
        f = own;
    }
    nf_fx_doc d;
    st = nf_fx_doc_init(&d, text, len, nf_article_language(a), NULL);
    if (st) {
        nf_facts_free(own);
        return st;
    }
    char report[32];
    nf_fold_result fr = nf_article_fold(a);
    const char *rep = nf_article_id(a);
    if (fr.report > 0) {
        snprintf(report, sizeof report, "r%lld", fr.report);
        rep = report;
    }
    /* candidates per sentence, merged within the article */
    nf_fx_incident *mine = NULL;
    size_t n_mine = 0;
    size_t i = 0;
    while (i < d.nlen && !st) {
        size_t e = i;
        while (e < d.nlen) {
            unsigned cp;
            size_t n = nf_fx_cp(&d, e, &cp);
            e += n;
            if (nf_fx_full_stop(cp))
                break;
        }
        nf_fx_inc_cand c;
        int got = 0;
        st = nf_fx_inc_sentence_cand(a, f, &d, i, e, rep, &c, &got);
        if (!st && got) {
            nf_fx_incident *p = realloc(mine, (n_mine + 1) * sizeof *p);
            if (!p) {
                nf_fx_inc_free(&c.inc);
                st = NF_ERR_NOMEM;
            } else {
                mine = p;
                mine[n_mine++] = c.inc;
            }
        }
        i = e;
    }
    if (!st)
        st = attach_context_figures(f, mine, n_mine);
    /* a casualty sentence without a trigger belongs to the nearest violent
     * incident of the article (before it, else after it), else an attack */
    for (size_t k = 0; k < n_mine; k++) {
        if (mine[k].kind != NF_FX_INC_CASUALTY)
            continue;
        int kind = -1;
        for (size_t j = k; j-- > 0 && kind < 0;)
            if (mine[j].kind >= 0 && nf_fx_inc_violent(mine[j].kind))
                kind = mine[j].kind;
        for (size_t j = k + 1; j < n_mine && kind < 0; j++)
            if (mine[j].kind >= 0 && nf_fx_inc_violent(mine[j].kind))
                kind = mine[j].kind;
        mine[k].kind = kind < 0 ? NF_INC_ATTACK : kind;
    }
    /* merge the article's candidates by kind class and date */
    size_t kept = 0;
    for (size_t k = 0; k < n_mine && !st; k++) {
        size_t j;
        for (j = 0; j < kept; j++)
            if (kind_class(mine[j].kind) == kind_class(mine[k].kind) &&
                dates_agree(mine[j].date, mine[k].date))
                break;
        if (j < kept) {
            st = nf_fx_inc_merge(&mine[j], &mine[k]);
        } else if (j != k) {
            mine[kept++] = mine[k];
            memset(&mine[k], 0, sizeof mine[k]);
        } else {
            kept++;
        }
    }
    if (st)
        kept = 0;                          /* free everything below */
    for (size_t k = kept; k < n_mine; k++)
        nf_fx_inc_free(&mine[k]);
    n_mine = kept;
    /* join the corpus incidents */
    for (size_t k = 0; k < n_mine && !st; k++) {
        nf_fx_incident *c = &mine[k];
        size_t j;
        for (j = 0; j < s->n; j++) {
            nf_fx_incident *o = &s->v[j];
            if (kind_class(o->kind) != kind_class(c->kind) || !dates_agree(o->date, c->date))
                continue;
            /* a shared value joins only where the fold stage gave no
             * story (the followup restating the summit's pledges is not
             * the summit) */
            if (nf_fx_inc_share_report(o, c) || (o->story > 0 && o->story == c->story) ||
                ((o->story <= 0 || c->story <= 0) && nf_fx_inc_share_evidence(o, c)))
                break;
        }
        if (j < s->n) {
            st = nf_fx_inc_merge(&s->v[j], c);
        } else {
            if ((st = nf_grow(&s->v, &s->cap, s->n, sizeof *s->v, 16)))
                break;
            s->v[s->n++] = *c;
            memset(c, 0, sizeof *c);
        }
    }
    for (size_t k = 0; k < n_mine; k++)
        nf_fx_inc_free(&mine[k]);
    free(mine);
    nf_fx_doc_free(&d);
    nf_facts_free(own);
    return st;
}
