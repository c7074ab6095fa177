/* facts.c - the facts stage: runs dates, figures and quotes on a text and
 * keeps the result in an arena (the article's, or one of its own).
 *
 * Dates run first and mark their bytes, so that the numbers inside a date
 * ("7 gennaio 2026", "2023年3月") are never read as figures.  Quotes run
 * on the same working document.  The result is three arrays and the
 * speakers' names, copied into the arena so that the article owns them.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "facts_int.h"
#include "core/article_int.h"
#include "facts_stage.h"
#include "newsfold/entities.h"

const char *nf_granularity_name(nf_granularity g)
{
    switch (g) {
    case NF_GRAN_DAY: return "day";
    case NF_GRAN_WEEK: return "week";
    case NF_GRAN_MONTH: return "month";
    case NF_GRAN_YEAR: return "year";
    }
    return "day";
}

const char *nf_figure_kind_name(nf_figure_kind k)
{
    static const char *const names[] = { "killed", "injured", "missing", "detained",
                                         "money", "count", "distance", "percent", "speed" };
    return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "count";
}

const char *nf_bound_name(nf_bound b)
{
    static const char *const names[] = { "exact", "at_least", "at_most", "about" };
    return (unsigned)b < sizeof names / sizeof names[0] ? names[b] : "exact";
}

static void out_free(nf_fx_out *o)
{
    free(o->dates);
    free(o->figures);
    free(o->quotes);
    free(o->names);
    free(o->name_off);
}

/* Copies n elements of size sz into the arena (NULL for none). */
static void *dup_into(nf_arena *a, const void *src, size_t n, size_t sz, int *oom)
{
    if (!n)
        return NULL;
    void *p = nf_arena_alloc(a, n * sz);
    if (!p) {
        *oom = 1;
        return NULL;
    }
    memcpy(p, src, n * sz);
    return p;
}

nf_status nf_fx_extract_into(nf_arena *a, const char *text, size_t len,
                             const char *lang, const char *published,
                             const nf_fx_ment *ments, size_t n_ments,
                             nf_facts **out)
{
    assert(a && out);
    *out = NULL;
    if (text)
        len = nf_analysis_len(text, len);
    nf_fx_doc d;
    nf_status st = nf_fx_doc_init(&d, text ? text : "", text ? len : 0, lang, published);
    if (st)
        return st;
    d.ments = ments;
    d.n_ments = n_ments;
    nf_fx_out o;
    memset(&o, 0, sizeof o);
    st = nf_fx_dates(&d, &o);
    if (!st)
        st = nf_fx_figures(&d, &o);
    if (!st)
        st = nf_fx_quotes(&d, &o);
    nf_facts *f = NULL;
    if (!st) {
        int oom = 0;
        f = nf_arena_calloc(a, 1, sizeof *f);
        if (!f) {
            oom = 1;
        } else {
            f->dates = dup_into(a, o.dates, o.n_dates, sizeof *o.dates, &oom);
            f->n_dates = o.n_dates;
            f->figures = dup_into(a, o.figures, o.n_figures, sizeof *o.figures, &oom);
            f->n_figures = o.n_figures;
            f->quotes = dup_into(a, o.quotes, o.n_quotes, sizeof *o.quotes, &oom);
            f->n_quotes = o.n_quotes;
            char *names = dup_into(a, o.names, o.names_len, 1, &oom);
            for (size_t i = 0; !oom && i < o.n_quotes; i++)
                f->quotes[i].speaker_name =
                    o.name_off[i] == (size_t)-1 ? NULL : names + o.name_off[i];
        }
        if (oom)
            st = NF_ERR_NOMEM;
    }
    out_free(&o);
    nf_fx_doc_free(&d);
    if (!st)
        *out = f;
    return st;
}

nf_status nf_facts_extract(const char *text, size_t len, const char *lang,
                           const char *published, nf_facts **out)
{
    assert(out);
    *out = NULL;
    nf_arena *a = nf_arena_new();
    if (!a)
        return NF_ERR_NOMEM;
    nf_facts *f = NULL;
    nf_status st = nf_fx_extract_into(a, text, len, lang, published, NULL, 0, &f);
    if (st) {
        nf_arena_free(a);
        return st;
    }
    f->own = a;
    *out = f;
    return NF_OK;
}

void nf_facts_free(nf_facts *f)
{
    if (f && f->own)
        nf_arena_free(f->own);
}

const nf_facts *nf_article_facts(const nf_article *a)
{
    return a ? a->facts : NULL;
}

nf_status nf_facts_stage(nf_article *a)
{
    assert(a);
    size_t len;
    const char *text = nf_article_text(a, &len);
    const char *lang = nf_article_language(a);
    size_t n = nf_article_mention_count(a);
    nf_fx_ment *m = n ? malloc(n * sizeof *m) : NULL;
    if (n && !m)
        return NF_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        nf_mention x = nf_article_mention(a, i);
        m[i].start = x.span.start;
        m[i].end = x.span.end;
        m[i].type = x.demonym ? -1 : (int)x.type;
    }
    nf_status st = nf_fx_extract_into(a->arena, text, len, lang,
                                      nf_article_published(a), m, n, &a->facts);
    free(m);
    return st;
}

size_t nf_facts_date_count(const nf_facts *f) { return f ? f->n_dates : 0; }
size_t nf_facts_figure_count(const nf_facts *f) { return f ? f->n_figures : 0; }
size_t nf_facts_quote_count(const nf_facts *f) { return f ? f->n_quotes : 0; }

const nf_date_fact *nf_facts_date(const nf_facts *f, size_t i)
{
    assert(f && i < f->n_dates);
    return &f->dates[i];
}

const nf_figure *nf_facts_figure(const nf_facts *f, size_t i)
{
    assert(f && i < f->n_figures);
    return &f->figures[i];
}

const nf_quote *nf_facts_quote(const nf_facts *f, size_t i)
{
    assert(f && i < f->n_quotes);
    return &f->quotes[i];
}
