/* pipeline.c - runs the analysis stages on one article, in order.
 *
 * Stage 1, langid: the language of the body, judged on its first 8 KiB
 * (enough for a stable decision and keeps the cost per article flat);
 * a body too short to judge is helped by the title, and a language the
 * input declared is used only when the text gives no answer.
 * Stage 2, segment: sentence spans over the clean text, with the ICU
 * locale of the language found.
 * Each stage writes only its own fields of the article. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsfold.h"
#include "core/article_int.h"
#include "core/diag.h"
#include "text/text.h"
#include "entities/ent_int.h"
#include "facts/facts_stage.h"
#include "core/grow.h"

#define NF_LANGID_WINDOW 8192u
#define NF_LANGID_SHORT 64u

struct nf_pipeline {
    nf_segmenter *seg;
    nf_ent_stage *ent;   /* entities (src/entities), made on first use */
    long latest;         /* latest publication day an input gave, or -1 */
};

nf_pipeline *nf_pipeline_new(void)
{
    nf_pipeline *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->latest = -1;
    p->seg = nf_segmenter_new();
    if (!p->seg) {
        free(p);
        return NULL;
    }
    return p;
}

void nf_pipeline_free(nf_pipeline *p)
{
    if (!p)
        return;
    nf_segmenter_free(p->seg);
    nf_ent_stage_free(p->ent);
    free(p);
}

/* Length of the longest prefix of s[0..len) of at most `max` bytes that
 * ends on a UTF-8 character boundary. */
static size_t utf8_prefix(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* Stage 1: language identification. */
static nf_status stage_langid(nf_article *a)
{
    nf_lang_guess g[2];
    size_t len;
    const char *text = nf_article_text(a, &len);
    size_t n = nf_langid_detect(text, utf8_prefix(text, len, NF_LANGID_WINDOW),
                                g, 2);
    if (len < NF_LANGID_SHORT && a->title) {
        /* short body: judge title and body together */
        size_t tl = strlen(a->title);
        char *both = malloc(tl + len + 2);
        if (!both)
            return NF_ERR_NOMEM;
        memcpy(both, a->title, tl);
        both[tl] = '\n';
        memcpy(both + tl + 1, text, len);
        n = nf_langid_detect(both, tl + 1 + len, g, 2);
        free(both);
    }
    if (n > 0)
        nf_article_set_language(a, g[0].code, g[0].score);
    else if (a->lang_hint && *a->lang_hint)
        nf_article_set_language(a, a->lang_hint, 0.0);
    else
        nf_article_set_language(a, NULL, 0);
    return NF_OK;
}

typedef struct span_vec {
    nf_span *v;
    size_t n, cap;
    int oom;
} span_vec;

static int collect_span(void *ctx, size_t start, size_t end)
{
    span_vec *sv = ctx;
    if (nf_grow(&sv->v, &sv->cap, sv->n, sizeof *sv->v, 32)) {
        sv->oom = 1;
        return 1;
    }
    sv->v[sv->n].start = start;
    sv->v[sv->n].end = end;
    sv->n++;
    return 0;
}

/* Stage 2: sentence segmentation. */
static nf_status stage_segment(nf_pipeline *p, nf_article *a)
{
    size_t len;
    const char *text = nf_article_text(a, &len);
    span_vec sv = { 0 };
    nf_status st = nf_segment_sentences(p->seg, text, len,
                                        nf_article_language(a), collect_span, &sv);
    if (!st && sv.oom)
        st = NF_ERR_NOMEM;
    if (!st && sv.n) {
        nf_span *dst = nf_arena_alloc(a->arena, sv.n * sizeof *dst);
        if (!dst) {
            st = NF_ERR_NOMEM;
        } else {
            memcpy(dst, sv.v, sv.n * sizeof *dst);
            a->sentences = dst;
            a->n_sentences = sv.n;
        }
    }
    free(sv.v);
    return st;
}

/* Stage 3b: an article without a date takes its lead's (facts/dates_lead.c);
 * a year left out there is chosen near the latest date an input of this
 * run gave (today when none has), so a run is read in its own time. */
static nf_status stage_lead_date(nf_pipeline *p, nf_article *a)
{
    long day = nf_facts_day_number(nf_article_published(a));
    if (day >= 0) {
        if (day > p->latest)
            p->latest = day;
        return NF_OK;
    }
    long ref = p->latest >= 0 ? p->latest : (long)(time(NULL) / 86400);
    return nf_lead_date_stage(a, ref < 0 ? 0 : ref);
}

nf_status nf_pipeline_run(nf_pipeline *p, nf_article *a)
{
    assert(p && a);
    if (a->text_len > NF_ANALYSIS_MAX_BYTES) {
        char msg[160];
        snprintf(msg, sizeof msg, "text of %zu bytes: facts are looked for in "
                 "its first %zu bytes only", a->text_len, (size_t)NF_ANALYSIS_MAX_BYTES);
        nf_diag d = { NF_SEV_WARNING, NF_ERR_TOO_LARGE, a->source, 0, NF_NO_OFFSET, msg };
        nf_status ds = nf_article_add_diag(a, &d);
        if (ds)
            return ds;
    }
    nf_status st = stage_langid(a);
    if (!st)
        st = stage_segment(p, a);
    if (!st && !p->ent)
        st = nf_ent_stage_open(&p->ent);
    if (!st)
        st = nf_ent_stage_run(p->ent, a);
    if (!st)
        st = stage_lead_date(p, a);
    if (!st)
        st = nf_facts_stage(a);   /* facts (src/facts): after entities */
    return st;
}
