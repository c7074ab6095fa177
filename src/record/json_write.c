/* json_write.c - JSON rendering of articles and of the record.
 *
 * Written by hand on stdio rather than through a DOM (cJSON), so that an
 * export of a large store streams in constant memory.  Strings are
 * escaped per RFC 8259; invalid UTF-8 (which clean text never holds, but
 * metadata from a caller might) is written as U+FFFD so the output is
 * always valid JSON. */
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "newsfold.h"
#include "record_int.h"
#include "text/text.h"
#include "entities/ent_int.h"
#include "fold/fold_json.h"
#include "facts/facts_stage.h"

nf_status nf_json_write_string(FILE *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    const char *p = s, *end = s + len, *run = s;
    if (putc('"', out) == EOF)
        return NF_ERR_IO;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            p++;
            continue;
        }
        if (p > run && fwrite(run, 1, (size_t)(p - run), out) != (size_t)(p - run))
            return NF_ERR_IO;
        if (c >= 0x80) {
            unsigned cp;
            size_t n = nf_utf8_decode(p, end, &cp);
            if (cp == 0xFFFD && !(n == 3 && (unsigned char)p[0] == 0xEF))
                fputs("\xEF\xBF\xBD", out);
            else
                fwrite(p, 1, n, out);
            p += n;
        } else {
            switch (c) {
            case '"': fputs("\\\"", out); break;
            case '\\': fputs("\\\\", out); break;
            case '\n': fputs("\\n", out); break;
            case '\t': fputs("\\t", out); break;
            case '\r': fputs("\\r", out); break;
            default:
                fputs("\\u00", out);
                putc(hex[c >> 4], out);
                putc(hex[c & 15], out);
            }
            p++;
        }
        run = p;
    }
    if (p > run && fwrite(run, 1, (size_t)(p - run), out) != (size_t)(p - run))
        return NF_ERR_IO;
    if (putc('"', out) == EOF)
        return NF_ERR_IO;
    return NF_OK;
}

/* Writes `s` as a JSON string, or null when s is NULL. */
static void put_str_or_null(FILE *out, const char *s)
{
    if (s)
        nf_json_write_string(out, s, strlen(s));
    else
        fputs("null", out);
}

/* Writes ",\n<indent>\"key\":" (or the compact form): see record_int.h. */
void nf_json_key(FILE *out, unsigned flags, int depth, int first,
                 const char *key)
{
    if (!first)
        putc(',', out);
    if (flags & NF_JSON_PRETTY) {
        putc('\n', out);
        for (int i = 0; i < depth; i++)
            fputs("  ", out);
    }
    fprintf(out, "\"%s\":", key);
    if (flags & NF_JSON_PRETTY)
        putc(' ', out);
}

nf_status nf_json_write_article_at(const nf_article *a, FILE *out,
                                   unsigned flags, int depth)
{
    assert(a && out);
    size_t len;
    const char *text = nf_article_text(a, &len);
    putc('{', out);
    nf_json_key(out, flags, depth + 1, 1, "id");
    put_str_or_null(out, nf_article_id(a));
    nf_json_key(out, flags, depth + 1, 0, "source");
    put_str_or_null(out, nf_article_source(a));
    nf_json_key(out, flags, depth + 1, 0, "url");
    put_str_or_null(out, nf_article_url(a));
    nf_json_key(out, flags, depth + 1, 0, "title");
    put_str_or_null(out, nf_article_title(a));
    nf_json_key(out, flags, depth + 1, 0, "language");
    put_str_or_null(out, nf_article_language(a));
    nf_json_key(out, flags, depth + 1, 0, "language_confidence");
    fprintf(out, "%.3f", nf_article_language_confidence(a));
    nf_json_key(out, flags, depth + 1, 0, "published");
    put_str_or_null(out, nf_article_published(a));
    nf_json_key(out, flags, depth + 1, 0, "modified");  /* web metadata (issue 4) */
    put_str_or_null(out, nf_article_modified(a));
    nf_json_key(out, flags, depth + 1, 0, "authors");
    put_str_or_null(out, nf_article_authors(a));
    nf_json_key(out, flags, depth + 1, 0, "site");
    put_str_or_null(out, nf_article_site(a));
    nf_json_key(out, flags, depth + 1, 0, "links");
    fprintf(out, "%zu", nf_article_link_count(a));
    nf_json_key(out, flags, depth + 1, 0, "format");
    put_str_or_null(out, nf_article_format(a));
    nf_json_key(out, flags, depth + 1, 0, "hash");
    fprintf(out, "\"%016llx\"", (unsigned long long)nf_article_content_hash(a));
    if (!(flags & NF_JSON_NO_TEXT)) {
        nf_json_key(out, flags, depth + 1, 0, "text");
        nf_json_write_string(out, text, len);
    }
    nf_fold_write_article_fields(a, out, flags, depth + 1);
    nf_status st = nf_facts_write_article_fields(a, out, flags, depth + 1);
    if (st)
        return st;   /* facts could not be extracted (out of memory) */
    nf_json_key(out, flags, depth + 1, 0, "sentences");
    putc('[', out);
    for (size_t i = 0; i < nf_article_sentence_count(a); i++) {
        nf_span sp = nf_article_sentence(a, i);
        fprintf(out, "%s[%zu,%zu]", i ? "," : "", sp.start, sp.end);
    }
    putc(']', out);
    nf_json_key(out, flags, depth + 1, 0, "diagnostics");
    putc('[', out);
    for (size_t i = 0; i < nf_article_diag_count(a); i++) {
        const nf_diag *d = nf_article_diag(a, i);
        fprintf(out, "%s{\"severity\":\"%s\",\"line\":%lu,", i ? "," : "",
                nf_severity_name(d->severity), d->line);
        if (d->offset == NF_NO_OFFSET)
            fputs("\"offset\":null", out);
        else
            fprintf(out, "\"offset\":%llu", d->offset);
        fputs(",\"message\":", out);
        put_str_or_null(out, d->message);
        putc('}', out);
    }
    putc(']', out);
    if ((st = nf_ent_json_article(a, out, flags, depth)))
        return st;
    if (flags & NF_JSON_PRETTY) {
        putc('\n', out);
        for (int i = 0; i < depth; i++)
            fputs("  ", out);
    }
    putc('}', out);
    return ferror(out) ? NF_ERR_IO : NF_OK;
}

nf_status nf_article_write_json(const nf_article *a, FILE *out, unsigned flags)
{
    return nf_json_write_article_at(a, out, flags, 0);
}
