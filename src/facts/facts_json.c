/* facts_json.c - the facts in the record's JSON: per article `dates`,
 * `figures` and `quotes`, and the top-level `incidents`.
 *
 * A quote's `speaker` is the entity id of the entities stage's mention
 * that overlaps the speaker's span (so "Lavrov" in 001 and "ラブロフ" in
 * 002 give one id once entities are resolved), null when no mention
 * covers it; `speaker_name` is the name as the text writes it.
 */
#include <assert.h>
#include <math.h>
#include <string.h>

#include "facts_int.h"
#include "facts_stage.h"
#include "newsfold/entities.h"
#include "newsfold/record.h"

static void indent(FILE *out, unsigned flags, int depth)
{
    if (flags & NF_JSON_PRETTY) {
        putc('\n', out);
        for (int i = 0; i < depth; i++)
            fputs("  ", out);
    }
}

static void key(FILE *out, unsigned flags, int depth, const char *k)
{
    putc(',', out);
    indent(out, flags, depth);
    fprintf(out, "\"%s\":", k);
    if (flags & NF_JSON_PRETTY)
        putc(' ', out);
}

void nf_fx_json_number(FILE *out, double v)
{
    if (!isfinite(v))
        fputs("null", out);
    else if (v < 9e15 && v > -9e15 && v == (double)(long long)v)
        fprintf(out, "%lld", (long long)v);
    else
        fprintf(out, "%.6g", v);
}

/* The entity of the mention overlapping [s, e) in `a`, or NULL. */
static const char *speaker_entity(const nf_article *a, size_t s, size_t e)
{
    size_t n = nf_article_mention_count(a);
    const char *best = NULL;
    for (size_t i = 0; i < n; i++) {
        nf_mention m = nf_article_mention(a, i);
        if (m.span.end <= s || m.span.start >= e || !m.entity)
            continue;
        if (m.type == NF_ENTITY_PERSON)
            return m.entity;
        if (!best)
            best = m.entity;
    }
    return best;
}

static void write_facts(const nf_article *a, const nf_facts *f, FILE *out,
                        unsigned flags, int depth)
{
    size_t len;
    const char *text = nf_article_text(a, &len);
    key(out, flags, depth, "dates");
    putc('[', out);
    for (size_t i = 0; i < nf_facts_date_count(f); i++) {
        const nf_date_fact *d = nf_facts_date(f, i);
        fputs(i ? ",{" : "{", out);
        fputs("\"text\":", out);
        nf_json_write_string(out, text + d->span.start, d->span.end - d->span.start);
        fputs(",\"value\":", out);
        if (d->value[0])
            nf_json_write_string(out, d->value, strlen(d->value));
        else
            fputs("null", out);
        fprintf(out, ",\"granularity\":\"%s\",\"relative\":%s,\"uncertain\":%s,"
                     "\"start\":%zu,\"end\":%zu}",
                nf_granularity_name(d->granularity), d->relative ? "true" : "false",
                d->uncertain ? "true" : "false", d->span.start, d->span.end);
    }
    putc(']', out);
    key(out, flags, depth, "figures");
    putc('[', out);
    for (size_t i = 0; i < nf_facts_figure_count(f); i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        fprintf(out, "%s{\"kind\":\"%s\",\"value\":", i ? "," : "",
                nf_figure_kind_name(g->kind));
        nf_fx_json_number(out, g->value);
        fputs(",\"unit\":", out);
        nf_json_write_string(out, g->unit, strlen(g->unit));
        fprintf(out, ",\"bound\":\"%s\",\"text\":", nf_bound_name(g->bound));
        nf_json_write_string(out, text + g->span.start, g->span.end - g->span.start);
        fprintf(out, ",\"start\":%zu,\"end\":%zu", g->span.start, g->span.end);
        if (g->part_of >= 0)
            fprintf(out, ",\"part_of\":%d", g->part_of);
        putc('}', out);
    }
    putc(']', out);
    key(out, flags, depth, "quotes");
    putc('[', out);
    for (size_t i = 0; i < nf_facts_quote_count(f); i++) {
        const nf_quote *q = nf_facts_quote(f, i);
        fputs(i ? ",{\"text\":" : "{\"text\":", out);
        nf_json_write_string(out, text + q->span.start, q->span.end - q->span.start);
        fputs(",\"speaker\":", out);
        const char *ent = q->speaker_name
                              ? speaker_entity(a, q->speaker.start, q->speaker.end)
                              : NULL;
        if (ent)
            nf_json_write_string(out, ent, strlen(ent));
        else
            fputs("null", out);
        fputs(",\"speaker_name\":", out);
        if (q->speaker_name)
            nf_json_write_string(out, q->speaker_name, strlen(q->speaker_name));
        else
            fputs("null", out);
        fprintf(out, ",\"start\":%zu,\"end\":%zu}", q->span.start, q->span.end);
    }
    putc(']', out);
}

nf_status nf_facts_write_article_fields(const nf_article *a, FILE *out,
                                        unsigned flags, int depth)
{
    assert(a && out);
    const nf_facts *f = nf_article_facts(a);
    nf_facts *own = NULL;
    if (!f) {
        size_t len;
        const char *text = nf_article_text(a, &len);
        nf_status st = nf_facts_extract(text, len, nf_article_language(a),
                                        nf_article_published(a), &own);
        if (st)
            return st;
        f = own;
    }
    if (f)
        write_facts(a, f, out, flags, depth);
    nf_facts_free(own);
    return NF_OK;
}

nf_status nf_facts_write_sections(const nf_article *const *arts, size_t n,
                                  FILE *out, unsigned flags)
{
    nf_incidents *s = nf_incidents_new();
    if (!s)
        return NF_ERR_NOMEM;
    nf_status st = NF_OK;
    for (size_t i = 0; i < n && !st; i++)
        st = nf_incidents_add(s, arts[i]);
    if (!st) {
        putc(',', out);
        indent(out, flags, 1);
        fputs((flags & NF_JSON_PRETTY) ? "\"incidents\": " : "\"incidents\":", out);
        st = nf_incidents_write_json(s, out, flags, 1, 0);
    }
    nf_incidents_free(s);
    return st;
}
