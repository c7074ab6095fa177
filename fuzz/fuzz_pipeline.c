/* fuzz_pipeline.c - libFuzzer harness for the analysis stages.
 *
 * The first byte picks a language (or none), the rest is the text, made
 * valid UTF-8 as every stage expects.  Mention detection and fact
 * extraction run on it in that language, whatever script it really is in,
 * so that every language's rules meet every kind of input (the pipeline
 * alone would only ever run the rules of the language it identifies).
 * Then the same bytes go the whole way a user's file goes: reader,
 * pipeline, record, JSON.  Promises checked: every span (mention, role,
 * date, figure, quote, speaker) lies inside the text, is not empty and
 * starts and ends on a character boundary; a date's value is empty or
 * shaped like a date; a figure's part_of points at another figure; the
 * record renders as JSON that parses.  Any broken promise aborts, which
 * libFuzzer (or the replay test over fuzz/corpus/fuzz_pipeline/) reports.
 */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "newsfold.h"
#include "core/buf.h"
#include "entities/ent_int.h"
#include "text/text.h"
#include "fuzz_util.h"

/* Languages whose rules differ (case, scripts, German nouns, Dutch
 * particles, Japanese counters...); the last slot is "no language". */
static const char *const langs[] = {
    "en", "de", "nl", "it", "ro", "fr", "es", "pt", "ru", "uk", "pl",
    "tr", "ar", "he", "ja", "zh", "ko", "th", "el", "hi", "sv", NULL
};

/* Is [s, e) a non-empty span of text[0..len) on character boundaries? */
static int good_span(const char *text, size_t len, size_t s, size_t e)
{
    if (!(s < e && e <= len))
        return 0;
    if (((unsigned char)text[s] & 0xC0) == 0x80)
        return 0;
    return e == len || ((unsigned char)text[e] & 0xC0) != 0x80;
}

/* Detection alone, in language lang. */
static void check_mentions(nf_ent_stage *st, const char *text, size_t len, const char *lang)
{
    nf_ment *m = NULL;
    size_t n = 0;
    nf_status s = nf_ent_detect(st, text, len, lang, &m, &n);
    require(s == NF_OK || s == NF_ERR_NOMEM);
    for (size_t i = 0; s == NF_OK && i < n; i++) {
        require(good_span(text, len, m[i].start, m[i].end));
        require(m[i].role_start == m[i].role_end ||
                good_span(text, len, m[i].role_start, m[i].role_end));
        require((unsigned)m[i].type <= NF_ENTITY_OTHER);
    }
    free(m);
}

/* Facts alone, in language lang. */
static void check_facts(const char *text, size_t len, const char *lang)
{
    nf_facts *f = NULL;
    nf_status s = nf_facts_extract(text, len, lang, "2026-01-07", &f);
    require(s == NF_OK || s == NF_ERR_NOMEM);
    if (s != NF_OK)
        return;
    for (size_t i = 0; i < nf_facts_date_count(f); i++) {
        const nf_date_fact *d = nf_facts_date(f, i);
        require(good_span(text, len, d->span.start, d->span.end));
        size_t vl = strnlen(d->value, sizeof d->value);
        require(vl < sizeof d->value);
        require(vl == 0 || (vl >= 4 && d->value[0] >= '0' && d->value[0] <= '9'));
    }
    size_t nfig = nf_facts_figure_count(f);
    for (size_t i = 0; i < nfig; i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        require(good_span(text, len, g->span.start, g->span.end));
        require(g->part_of == -1 || ((size_t)g->part_of < nfig && (size_t)g->part_of != i));
        require(strnlen(g->unit, sizeof g->unit) < sizeof g->unit);
    }
    for (size_t i = 0; i < nf_facts_quote_count(f); i++) {
        const nf_quote *q = nf_facts_quote(f, i);
        require(good_span(text, len, q->span.start, q->span.end));
        require(q->speaker.start == q->speaker.end ||
                good_span(text, len, q->speaker.start, q->speaker.end));
    }
    nf_facts_free(f);
}

/* The whole way: reader, pipeline, record, JSON that parses. */
static void check_record(const uint8_t *data, size_t size)
{
    nf_reader_options o = { NF_FORMAT_TEXT, 0, 0, NULL, NULL };
    nf_reader *r = nf_reader_new(&o);
    nf_pipeline *p = nf_pipeline_new();
    nf_record *rec = nf_record_new();
    require(r && p && rec);
    require(nf_reader_add_buffer(r, "fuzz", data, size) == NF_OK);
    for (;;) {
        nf_article *a = NULL;
        require(nf_reader_next(r, &a) == NF_OK);
        if (!a)
            break;
        require(nf_pipeline_run(p, a) == NF_OK);
        size_t len;
        const char *t = nf_article_text(a, &len);
        for (size_t i = 0; i < nf_article_mention_count(a); i++) {
            nf_mention m = nf_article_mention(a, i);
            require(good_span(t, len, m.span.start, m.span.end));
        }
        require(nf_record_add(rec, a) == NF_OK);
    }
    char *json = NULL;
    size_t jlen = 0;
    FILE *mem = open_memstream(&json, &jlen);
    require(mem != NULL);
    require(nf_record_write_json(rec, mem, 0) == NF_OK);
    require(fclose(mem) == 0);
    cJSON *doc = cJSON_ParseWithLength(json, jlen);
    require(doc && cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(doc, "articles")));
    cJSON_Delete(doc);
    free(json);
    nf_record_free(rec);
    nf_pipeline_free(p);
    nf_reader_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 16384)
        return 0;
    const char *lang = langs[data[0] % (sizeof langs / sizeof langs[0])];
    nf_buf b;
    nf_buf_init(&b, 1 << 20);
    require(nf_utf8_clean((const char *)data + 1, size - 1, &b, "fuzz", NULL, NULL, NULL) == NF_OK);
    const char *text = b.data ? b.data : "";
    static nf_ent_stage *st;
    if (!st)
        st = nf_ent_stage_new();
    require(st != NULL);
    check_mentions(st, text, b.len, lang);
    check_facts(text, b.len, lang);
    nf_buf_free(&b);
    check_record(data + 1, size - 1);
    return 0;
}
