/* incidents_cand.c - the incident candidate of one sentence, and its place.
 *
 * A sentence outside quotations with a trigger word (or a casualty
 * figure) becomes a candidate with the trigger as evidence, the day date
 * nearest the trigger that lies at most ten days before publication, and
 * the location mention nearest the trigger as its place.  A weapon noun
 * alone ("drones") makes a strike only with a place or a figure beside it.  A
 * sentence-initial one-word place counts only when the article also
 * writes it capitalised mid-sentence; all-capital datelines are not
 * places.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incidents_int.h"
#include "newsfold/entities.h"
#include "newsfold/fold.h"

/* Whether text offset off lies inside one of f's quotations. */
static int in_quote(const nf_facts *f, size_t off)
{
    for (size_t i = 0; i < nf_facts_quote_count(f); i++) {
        const nf_quote *q = nf_facts_quote(f, i);
        if (off >= q->span.start && off < q->span.end)
            return 1;
    }
    return 0;
}

/* Whether text[s..p) holds no letter or digit (p starts its sentence). */
static int sentence_initial(const char *text, size_t s, size_t p)
{
    for (size_t i = s; i < p; i++)
        if ((unsigned char)text[i] >= 0x80 || isalnum((unsigned char)text[i]))
            return 0;
    return 1;
}

/* Whether name text[p..p+n) also occurs in text[0..len) after a letter or
 * digit-ending word followed by a space, i.e. mid-sentence, written the
 * same (capitalised) way. */
static int occurs_mid_sentence(const char *text, size_t len, size_t p, size_t n)
{
    for (size_t i = 2; i + n <= len; i++) {
        if (i == p || memcmp(text + i, text + p, n))
            continue;
        if (i + n < len && isalpha((unsigned char)text[i + n]))
            continue;
        if (text[i - 1] != ' ')
            continue;
        unsigned char b = (unsigned char)text[i - 2];
        if (b >= 0x80 || isalnum(b) || b == ',')
            return 1;
    }
    return 0;
}

/* Whether the mention text[p..p+n) is written in capitals only. */
static int all_caps(const char *text, size_t p, size_t n)
{
    int upper = 0;
    for (size_t i = p; i < p + n; i++) {
        if (islower((unsigned char)text[i]))
            return 0;
        upper |= isupper((unsigned char)text[i]) != 0;
    }
    return upper && n > 1;
}

/* Whether location mention m of sentence [s, e) may be the incident's
 * place: not a dateline in capitals, and a sentence-initial one-word name
 * only when the article also writes it mid-sentence. */
static int place_ok(const char *text, size_t len, const nf_mention *m, size_t s)
{
    size_t p = m->span.start, n = m->span.end - m->span.start;
    if (!n || m->demonym || m->type != NF_ENTITY_LOCATION)
        return 0;
    if (all_caps(text, p, n) || islower((unsigned char)text[p]))
        return 0;                  /* a dateline; a common word ("ucraino") */
    if (sentence_initial(text, s, p) && !memchr(text + p, ' ', n))
        return occurs_mid_sentence(text, len, p, n);
    return 1;
}

/* Distance in bytes between spans [a, b) and [c, d). */
static size_t span_gap(size_t a, size_t b, size_t c, size_t d)
{
    if (b <= c)
        return c - b;
    if (d <= a)
        return a - d;
    return 0;
}

/* Whether sentence text[s..e), whose only trigger is a weapon noun,
 * reports its use: it names a place (not a demonym) or holds a figure
 * ("40 drones", "two missiles"); "drones, sensors and satellites" in a
 * monitoring plan does neither. */
static int weapon_in_action(const nf_article *a, const nf_facts *f, size_t s, size_t e)
{
    for (size_t i = 0; i < nf_facts_figure_count(f); i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        if (g->span.start >= s && g->span.end <= e)
            return 1;
    }
    for (size_t i = 0; i < nf_article_mention_count(a); i++) {
        nf_mention m = nf_article_mention(a, i);
        if (m.span.start >= s && m.span.end <= e && !m.demonym &&
            m.type == NF_ENTITY_LOCATION)
            return 1;
    }
    return 0;
}

/* Builds the candidate of sentence [ns, ne) (norm offsets), if any. */
nf_status nf_fx_inc_sentence_cand(const nf_article *a, const nf_facts *f,
                                  const nf_fx_doc *d, size_t ns, size_t ne,
                                  const char *report, nf_fx_inc_cand *out,
                                  int *got)
{
    *got = 0;
    size_t s = nf_fx_to_text(d, ns), e = nf_fx_to_text(d, ne);
    int kind = -1, strong = 0;
    size_t ts = s, te = s;
    for (size_t j = ns; j < ne; j++) {
        if (((unsigned char)d->norm[j] & 0xC0) == 0x80)
            continue;
        if (in_quote(f, nf_fx_to_text(d, j)))
            continue;
        size_t end;
        int k = nf_fx_trigger(d, j, &end);
        if (k == NF_INC_STRIKE && nf_fx_hit_word(d, j, end) && !nf_fx_weapon_in(d, ns, ne))
            k = -1;                        /* a ship hit a pier */
        if (k >= 0 && (k != NF_INC_STRIKE || !nf_fx_weapon_word(d, j, end)))
            strong = 1;
        if (k >= 0 && (kind < 0 || k < kind)) {
            kind = k;
            ts = nf_fx_to_text(d, j);
            te = nf_fx_to_text(d, end);
        }
    }
    int casualty = 0;
    for (size_t i = 0; i < nf_facts_figure_count(f); i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        if (g->span.start >= s && g->span.end <= e && g->kind <= NF_FIG_DETAINED &&
            !in_quote(f, g->span.start))
            casualty = 1;
    }
    if (casualty && (kind < 0 || !nf_fx_inc_violent(kind)))
        kind = NF_FX_INC_CASUALTY;                 /* resolved by the article */
    if (kind == -1 || (kind == NF_INC_STRIKE && !strong && !weapon_in_action(a, f, s, e)))
        return NF_OK;
    nf_fx_incident *c = &out->inc;
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->story = nf_article_fold(a).story;
    const char *pub = nf_article_published(a);
    long pd = pub ? nf_fx_inc_day_of(pub) : LONG_MIN;
    size_t best_gap = (size_t)-1;
    for (size_t i = 0; i < nf_facts_date_count(f); i++) {
        const nf_date_fact *dt = nf_facts_date(f, i);
        if (dt->span.start < s || dt->span.end > e || !dt->value[0] ||
            dt->granularity != NF_GRAN_DAY)
            continue;
        long dd = nf_fx_inc_day_of(dt->value);
        if (pd != LONG_MIN && (dd > pd || dd < pd - 10))
            continue;                      /* a plan, or background */
        size_t gap = span_gap(dt->span.start, dt->span.end, ts, te);
        if (gap < best_gap) {
            best_gap = gap;
            memcpy(c->date, dt->value, sizeof c->date);
        }
    }
    nf_status st = nf_fx_inc_add_source(c, nf_article_id(a), report, nf_article_language(a), s, e);
    if (!st) {
        snprintf(c->srcs[0].published, sizeof c->srcs[0].published, "%s", pub ? pub : "");
        c->srcs[0].trig_start = ts;
        c->srcs[0].trig_end = te;
    }
    for (size_t i = 0; i < nf_facts_figure_count(f) && !st; i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        if (g->span.start >= s && g->span.end <= e && g->part_of < 0 &&
            !in_quote(f, g->span.start))
            st = nf_fx_inc_add_fig(c, g, 0);
    }
    size_t len;
    const char *text = nf_article_text(a, &len);
    best_gap = (size_t)-1;
    for (size_t i = 0; i < nf_article_mention_count(a) && !st; i++) {
        nf_mention m = nf_article_mention(a, i);
        if (m.span.start < s || m.span.end > e || m.demonym)
            continue;
        const char *nm = m.name ? m.name : text + m.span.start;
        size_t nl = m.name ? strlen(m.name) : m.span.end - m.span.start;
        if (m.type == NF_ENTITY_LOCATION) {
            if (!place_ok(text, len, &m, s))
                continue;
            size_t gap = span_gap(m.span.start, m.span.end, ts, te);
            if (gap < best_gap && nl < sizeof c->srcs[0].place) {
                best_gap = gap;
                memcpy(c->srcs[0].place, nm, nl);
                c->srcs[0].place[nl] = 0;
            }
            if (nf_fx_inc_str_add(&c->places, &c->n_places, nm, nl))
                st = NF_ERR_NOMEM;
        } else if (m.type == NF_ENTITY_PERSON || m.type == NF_ENTITY_ORGANIZATION) {
            if (nf_fx_inc_str_add(&c->actors, &c->n_actors, nm, nl))
                st = NF_ERR_NOMEM;
        }
    }
    if (st) {
        nf_fx_inc_free(c);
        return st;
    }
    *got = 1;
    return NF_OK;
}
