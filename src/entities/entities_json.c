/* entities_json.c - the entity sections of the record's JSON:
 *   per article  "entities": [{"entity","name","type","surface","start",
 *                "end", "role"?, "demonym"?}]
 *   top level    "entities": [{"id","name","type","variants":[{"text",
 *                "language","count"}],"articles":[ids], "place"?}]
 * "entity" and "name" are null until the article was resolved against a
 * set of entities (nf_entities_add_article).
 */
#include "entities/ent_int.h"

#include <assert.h>
#include <string.h>

#include "entities/places.h"
#include "newsfold/record.h"

/* Newline and indentation for nesting level `depth` (pretty only). */
static void indent(FILE *out, unsigned flags, int depth)
{
    if (!(flags & NF_JSON_PRETTY))
        return;
    putc('\n', out);
    for (int i = 0; i < depth; i++)
        fputs("  ", out);
}

static void str_or_null(FILE *out, const char *s)
{
    if (s)
        nf_json_write_string(out, s, strlen(s));
    else
        fputs("null", out);
}

nf_status nf_ent_json_article(const nf_article *a, FILE *out, unsigned flags,
                              int depth)
{
    assert(a && out);
    size_t len;
    const char *text = nf_article_text(a, &len);
    putc(',', out);
    indent(out, flags, depth + 1);
    fputs((flags & NF_JSON_PRETTY) ? "\"entities\": [" : "\"entities\":[", out);
    size_t n = nf_article_mention_count(a);
    for (size_t i = 0; i < n; i++) {
        nf_mention m = nf_article_mention(a, i);
        if (i)
            putc(',', out);
        indent(out, flags, depth + 2);
        fputs("{\"entity\":", out);
        str_or_null(out, m.entity);
        fputs(",\"name\":", out);
        str_or_null(out, m.name);
        fprintf(out, ",\"type\":\"%s\",\"surface\":", nf_entity_type_name(m.type));
        nf_json_write_string(out, text + m.span.start, m.span.end - m.span.start);
        fprintf(out, ",\"start\":%zu,\"end\":%zu", m.span.start, m.span.end);
        if (m.role.end > m.role.start) {
            fputs(",\"role\":", out);
            nf_json_write_string(out, text + m.role.start, m.role.end - m.role.start);
        }
        if (m.demonym)
            fputs(",\"demonym\":true", out);
        putc('}', out);
    }
    if (n)
        indent(out, flags, depth + 1);
    putc(']', out);
    return ferror(out) ? NF_ERR_IO : NF_OK;
}

nf_status nf_entities_write_json(const nf_entities *e, FILE *out,
                                 unsigned flags, int depth)
{
    assert(e && out);
    putc('[', out);
    for (size_t i = 0; i < nf_entities_count(e); i++) {
        if (i)
            putc(',', out);
        indent(out, flags, depth + 1);
        fputs("{\"id\":", out);
        str_or_null(out, nf_entity_id(e, i));
        fputs(",\"name\":", out);
        str_or_null(out, nf_entity_name(e, i));
        fprintf(out, ",\"type\":\"%s\",\"variants\":[",
                nf_entity_type_name(nf_entity_type_of(e, i)));
        for (size_t j = 0; j < nf_entity_variant_count(e, i); j++) {
            nf_entity_variant v = nf_entity_variant_at(e, i, j);
            fputs(j ? ",{\"text\":" : "{\"text\":", out);
            str_or_null(out, v.text);
            fputs(",\"language\":", out);
            str_or_null(out, v.language);
            fprintf(out, ",\"count\":%lu}", v.count);
        }
        fputs("],\"articles\":[", out);
        for (size_t j = 0; j < nf_entity_article_count(e, i); j++) {
            if (j)
                putc(',', out);
            str_or_null(out, nf_entity_article(e, i, j));
        }
        putc(']', out);
        int32_t p = nf_entity_place(e, i);
        if (p >= 0 && nf_entity_type_of(e, i) == NF_ENTITY_LOCATION) {
            const nf_place_rec *pr = &nf_places[p];
            fputs(",\"place\":{\"country\":", out);
            str_or_null(out, pr->country[0] ? pr->country : NULL);
            fprintf(out, ",\"kind\":\"%s\"",
                    pr->kind == NF_PLACE_COUNTRY ? "country" :
                    pr->kind == NF_PLACE_REGION ? "region" : "city");
            if (pr->kind == NF_PLACE_CITY)
                fprintf(out, ",\"lat\":%.4f,\"lon\":%.4f,\"population\":%ld",
                        pr->lat_e4 / 10000.0, pr->lon_e4 / 10000.0, (long)pr->population);
            putc('}', out);
        }
        putc('}', out);
    }
    if (nf_entities_count(e))
        indent(out, flags, depth);
    putc(']', out);
    return ferror(out) ? NF_ERR_IO : NF_OK;
}
