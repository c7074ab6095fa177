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
 * give.
 *
 * Corroboration counts independent sources: articles of one report (a
 * duplicate, a translation: the fold stage's `report`) count once; an
 * article not folded is a report of its own.  Figures are never averaged:
 * each kind lists every value given with the articles giving it, so "35
 * killed here, 34 there" shows as two values.
 */
#include <assert.h>
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts_int.h"
#include "newsfold/entities.h"
#include "newsfold/fold.h"
#include "newsfold/record.h"
#include "core/grow.h"

#define K_STRIKE NF_INC_STRIKE
#define K_ATTACK NF_INC_ATTACK
#define K_AGREEMENT NF_INC_AGREEMENT
#define K_MEETING NF_INC_MEETING
enum { K_CASUALTY = -2 };          /* a casualty figure without a trigger */

typedef struct fig_val {
    int kind;                 /* nf_figure_kind */
    char unit[32];
    double value;
    int bound;
    int src;                  /* index into the incident's sources */
} fig_val;

typedef struct source {
    char *article;
    char *report;
    char lang[12];
    char published[12];       /* the article's date: the figures' "as of" */
    char place[64];           /* nearest place to the trigger, "" if none */
    size_t start, end;
    size_t trig_start, trig_end;  /* the trigger word (= start when none) */
} source;

typedef struct incident {
    int kind;
    char date[12];
    long long story;
    char **places;
    size_t n_places;
    char **actors;
    size_t n_actors;
    fig_val *figs;
    size_t n_figs;
    source *srcs;
    size_t n_srcs;
} incident;

struct nf_incidents {
    incident *v;
    size_t n, cap;
};

nf_incidents *nf_incidents_new(void)
{
    return calloc(1, sizeof(nf_incidents));
}

static void strs_free(char **s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(s[i]);
    free(s);
}

static void inc_free(incident *c)
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

void nf_incidents_free(nf_incidents *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        inc_free(&s->v[i]);
    free(s->v);
    free(s);
}

size_t nf_incidents_count(nf_incidents *s)
{
    return s->n;
}

/* Adds a copy of s[0..n) to a string set unless present. */
static int str_add(char ***set, size_t *count, const char *s, size_t n)
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

/* Class of kinds that may be one incident (strike = attack; a meeting
 * and the agreement it ends with). */
static int kind_class(int k)
{
    if (k == K_STRIKE)
        return K_ATTACK;
    if (k == K_MEETING)
        return K_AGREEMENT;
    return k;
}

static int violent(int k)
{
    return k == NF_INC_DISASTER || k == NF_INC_ACCIDENT || k == K_STRIKE ||
           k == K_ATTACK;
}

static int in_quote(const nf_facts *f, size_t off)
{
    for (size_t i = 0; i < nf_facts_quote_count(f); i++) {
        const nf_quote *q = nf_facts_quote(f, i);
        if (off >= q->span.start && off < q->span.end)
            return 1;
    }
    return 0;
}

/* Days since the epoch of "YYYY-MM-DD", or LONG_MIN when not a day. */
static long day_of(const char *s)
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
    long x = day_of(a), y = day_of(b);
    return x != LONG_MIN && y != LONG_MIN && labs(x - y) <= 1;
}

/* Candidate of one article before merging. */
typedef struct cand {
    incident inc;            /* one source (the article) */
} cand;

static nf_status add_source(incident *c, const char *article, const char *report,
                            const char *lang, size_t start, size_t end)
{
    assert(c && article && report);
    source *p = realloc(c->srcs, (c->n_srcs + 1) * sizeof *p);
    if (!p)
        return NF_ERR_NOMEM;
    c->srcs = p;
    source *s = &p[c->n_srcs];
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

static nf_status add_fig(incident *c, const nf_figure *g, int src)
{
    fig_val *p = realloc(c->figs, (c->n_figs + 1) * sizeof *p);
    if (!p)
        return NF_ERR_NOMEM;
    c->figs = p;
    fig_val *v = &p[c->n_figs++];
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
static int share_evidence(const incident *a, const incident *b)
{
    for (size_t i = 0; i < a->n_figs; i++)
        for (size_t j = 0; j < b->n_figs; j++)
            if (a->figs[i].kind == b->figs[j].kind && a->figs[i].kind <= NF_FIG_MONEY &&
                a->figs[i].value == b->figs[j].value)
                return 1;
    return 0;
}

static int share_report(const incident *a, const incident *b)
{
    for (size_t i = 0; i < a->n_srcs; i++)
        for (size_t j = 0; j < b->n_srcs; j++)
            if (!strcmp(a->srcs[i].report, b->srcs[j].report))
                return 1;
    return 0;
}

/* Moves everything of `from` into `to` (from is emptied). */
static nf_status merge(incident *to, incident *from)
{
    size_t base = to->n_srcs;
    for (size_t i = 0; i < from->n_srcs; i++) {
        source *s = &from->srcs[i];
        nf_status st = add_source(to, s->article, s->report, s->lang, s->start, s->end);
        if (st)
            return st;
        source *t = &to->srcs[to->n_srcs - 1];
        memcpy(t->published, s->published, sizeof t->published);
        memcpy(t->place, s->place, sizeof t->place);
        t->trig_start = s->trig_start;
        t->trig_end = s->trig_end;
    }
    for (size_t i = 0; i < from->n_figs; i++) {
        fig_val *p = realloc(to->figs, (to->n_figs + 1) * sizeof *p);
        if (!p)
            return NF_ERR_NOMEM;
        to->figs = p;
        p[to->n_figs] = from->figs[i];
        p[to->n_figs].src += (int)base;
        to->n_figs++;
    }
    for (size_t i = 0; i < from->n_places; i++)
        if (str_add(&to->places, &to->n_places, from->places[i], strlen(from->places[i])))
            return NF_ERR_NOMEM;
    for (size_t i = 0; i < from->n_actors; i++)
        if (str_add(&to->actors, &to->n_actors, from->actors[i], strlen(from->actors[i])))
            return NF_ERR_NOMEM;
    if (!to->date[0])
        memcpy(to->date, from->date, sizeof to->date);
    /* the more specific kind of a class: strike over attack, the agreement
     * over the meeting it was reached at */
    if ((to->kind == K_ATTACK && from->kind == K_STRIKE) ||
        (to->kind == K_MEETING && from->kind == K_AGREEMENT))
        to->kind = from->kind;
    inc_free(from);
    return NF_OK;
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

/* Builds the candidate of sentence [ns, ne) (norm offsets), if any. */
static nf_status sentence_cand(const nf_article *a, const nf_facts *f,
                               const nf_fx_doc *d, size_t ns, size_t ne,
                               const char *report, cand *out, int *got)
{
    *got = 0;
    size_t s = nf_fx_to_text(d, ns), e = nf_fx_to_text(d, ne);
    int kind = -1;
    size_t ts = s, te = s;
    for (size_t j = ns; j < ne; j++) {
        if (((unsigned char)d->norm[j] & 0xC0) == 0x80)
            continue;
        if (in_quote(f, nf_fx_to_text(d, j)))
            continue;
        size_t end;
        int k = nf_fx_trigger(d, j, &end);
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
    if (casualty && (kind < 0 || !violent(kind)))
        kind = K_CASUALTY;                 /* resolved by the article */
    if (kind == -1)
        return NF_OK;
    incident *c = &out->inc;
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->story = nf_article_fold(a).story;
    const char *pub = nf_article_published(a);
    long pd = pub ? day_of(pub) : LONG_MIN;
    size_t best_gap = (size_t)-1;
    for (size_t i = 0; i < nf_facts_date_count(f); i++) {
        const nf_date_fact *dt = nf_facts_date(f, i);
        if (dt->span.start < s || dt->span.end > e || !dt->value[0] ||
            dt->granularity != NF_GRAN_DAY)
            continue;
        long dd = day_of(dt->value);
        if (pd != LONG_MIN && (dd > pd || dd < pd - 10))
            continue;                      /* a plan, or background */
        size_t gap = span_gap(dt->span.start, dt->span.end, ts, te);
        if (gap < best_gap) {
            best_gap = gap;
            memcpy(c->date, dt->value, sizeof c->date);
        }
    }
    nf_status st = add_source(c, nf_article_id(a), report, nf_article_language(a), s, e);
    if (!st) {
        snprintf(c->srcs[0].published, sizeof c->srcs[0].published, "%s", pub ? pub : "");
        c->srcs[0].trig_start = ts;
        c->srcs[0].trig_end = te;
    }
    for (size_t i = 0; i < nf_facts_figure_count(f) && !st; i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        if (g->span.start >= s && g->span.end <= e && g->part_of < 0 &&
            !in_quote(f, g->span.start))
            st = add_fig(c, g, 0);
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
            if (str_add(&c->places, &c->n_places, nm, nl))
                st = NF_ERR_NOMEM;
        } else if (m.type == NF_ENTITY_PERSON || m.type == NF_ENTITY_ORGANIZATION) {
            if (str_add(&c->actors, &c->n_actors, nm, nl))
                st = NF_ERR_NOMEM;
        }
    }
    if (st) {
        inc_free(c);
        return st;
    }
    *got = 1;
    return NF_OK;
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
    incident *mine = NULL;
    size_t n_mine = 0;
    size_t i = 0;
    while (i < d.nlen && !st) {
        size_t e = i;
        while (e < d.nlen) {
            unsigned cp;
            size_t n = nf_fx_cp(&d, e, &cp);
            e += n;
            if (cp == '.' || cp == '\n' || cp == 0x3002 || cp == '!' || cp == '?')
                break;
        }
        cand c;
        int got = 0;
        st = sentence_cand(a, f, &d, i, e, rep, &c, &got);
        if (!st && got) {
            incident *p = realloc(mine, (n_mine + 1) * sizeof *p);
            if (!p) {
                inc_free(&c.inc);
                st = NF_ERR_NOMEM;
            } else {
                mine = p;
                mine[n_mine++] = c.inc;
            }
        }
        i = e;
    }
    /* a casualty sentence without a trigger belongs to the nearest violent
     * incident of the article (before it, else after it), else an attack */
    for (size_t k = 0; k < n_mine; k++) {
        if (mine[k].kind != K_CASUALTY)
            continue;
        int kind = -1;
        for (size_t j = k; j-- > 0 && kind < 0;)
            if (mine[j].kind >= 0 && violent(mine[j].kind))
                kind = mine[j].kind;
        for (size_t j = k + 1; j < n_mine && kind < 0; j++)
            if (mine[j].kind >= 0 && violent(mine[j].kind))
                kind = mine[j].kind;
        mine[k].kind = kind < 0 ? K_ATTACK : kind;
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
            st = merge(&mine[j], &mine[k]);
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
        inc_free(&mine[k]);
    n_mine = kept;
    /* join the corpus incidents */
    for (size_t k = 0; k < n_mine && !st; k++) {
        incident *c = &mine[k];
        size_t j;
        for (j = 0; j < s->n; j++) {
            incident *o = &s->v[j];
            if (kind_class(o->kind) != kind_class(c->kind) || !dates_agree(o->date, c->date))
                continue;
            /* a shared value joins only where the fold stage gave no
             * story (the followup restating the summit's pledges is not
             * the summit) */
            if (share_report(o, c) || (o->story > 0 && o->story == c->story) ||
                ((o->story <= 0 || c->story <= 0) && share_evidence(o, c)))
                break;
        }
        if (j < s->n) {
            st = merge(&s->v[j], c);
        } else {
            if ((st = nf_grow(&s->v, &s->cap, s->n, sizeof *s->v, 16)))
                break;
            s->v[s->n++] = *c;
            memset(c, 0, sizeof *c);
        }
    }
    for (size_t k = 0; k < n_mine; k++)
        inc_free(&mine[k]);
    free(mine);
    nf_fx_doc_free(&d);
    nf_facts_free(own);
    return st;
}

static void indent(FILE *out, unsigned flags, int depth)
{
    if (flags & NF_JSON_PRETTY) {
        putc('\n', out);
        for (int i = 0; i < depth; i++)
            fputs("  ", out);
    }
}

static void put_number(FILE *out, double v)
{
    if (v == (double)(long long)v && v < 9e15 && v > -9e15)
        fprintf(out, "%lld", (long long)v);
    else
        fprintf(out, "%.6g", v);
}

static void put_str(FILE *out, const char *s)
{
    nf_json_write_string(out, s, strlen(s));
}

/* Number of distinct reports among the sources. */
static size_t independent(const incident *c)
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
static const char *main_place(const incident *c)
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
static void write_as_of(const incident *c, const fig_val *h, FILE *out)
{
    fputs(",\"as_of\":[", out);
    const char *last = "";
    int first = 1;
    for (;;) {
        const char *next = NULL;
        for (size_t q = 0; q < c->n_figs; q++) {
            const fig_val *x = &c->figs[q];
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

static void write_figures(const incident *c, FILE *out)
{
    putc('[', out);
    int first = 1;
    for (size_t i = 0; i < c->n_figs; i++) {
        const fig_val *g = &c->figs[i];
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
            const fig_val *h = &c->figs[j];
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
            put_number(out, h->value);
            fprintf(out, ",\"bound\":\"%s\",\"sources\":[", nf_bound_name((nf_bound)h->bound));
            int sfirst = 1;
            for (size_t q = j; q < c->n_figs; q++) {
                const fig_val *x = &c->figs[q];
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
        const incident *c = &s->v[i];
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
