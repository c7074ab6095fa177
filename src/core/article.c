/* article.c - the article object: metadata, clean text, stage results.
 *
 * One arena per article holds everything, so a stage never frees and an
 * article is dropped with one call.  The content hash (XXH3-64 of the
 * clean text) identifies the content for idempotent re-ingest and gives
 * with the source, the derived id of articles whose input has none. */
#include "article_int.h"
#include "core/grow.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

nf_article *nf_article_new(void)
{
    nf_article *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->arena = nf_arena_new();
    if (!a->arena) {
        free(a);
        return NULL;
    }
    a->text = "";
    return a;
}

void nf_article_free(nf_article *a)
{
    if (!a)
        return;
    nf_arena_free(a->arena);
    free(a->diags);
    free(a);
}

nf_status nf_article_set(nf_article *a, const char **field, const char *s,
                         size_t len)
{
    assert(a && field);
    if (!s) {
        *field = NULL;
        return NF_OK;
    }
    char *p = nf_arena_strndup(a->arena, s, len);
    if (!p)
        return NF_ERR_NOMEM;
    *field = p;
    return NF_OK;
}

nf_status nf_article_set_text(nf_article *a, const char *s, size_t len)
{
    nf_status st = nf_article_set(a, &a->text, s ? s : "", s ? len : 0);
    if (st)
        return st;
    a->text_len = s ? len : 0;
    a->hash = XXH3_64bits(a->text, a->text_len);
    return NF_OK;
}

void nf_article_set_language(nf_article *a, const char *code, double conf)
{
    if (!code) {
        a->language[0] = '\0';
        a->language_confidence = 0;
        return;
    }
    snprintf(a->language, sizeof a->language, "%s", code);
    a->language_confidence = conf;
}

nf_status nf_article_add_diag(nf_article *a, const nf_diag *d)
{
    if (nf_grow(&a->diags, &a->cap_diags, a->n_diags, sizeof *a->diags, 4))
        return NF_ERR_NOMEM;
    nf_diag c = *d;
    if (d->file && !(c.file = nf_arena_strndup(a->arena, d->file, strlen(d->file))))
        return NF_ERR_NOMEM;
    const char *m = d->message ? d->message : "";
    if (!(c.message = nf_arena_strndup(a->arena, m, strlen(m))))
        return NF_ERR_NOMEM;
    a->diags[a->n_diags++] = c;
    return NF_OK;
}

size_t nf_analysis_len(const char *text, size_t len)
{
    if (len <= NF_ANALYSIS_MAX_BYTES)
        return len;
    size_t n = NF_ANALYSIS_MAX_BYTES;
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    return n;
}

nf_status nf_article_finish(nf_article *a)
{
    nf_status st;
    if (!a->source && (st = nf_article_set(a, &a->source, "-", 1)))
        return st;
    if (!a->id) {
        /* the same text from two sources is two articles (a re-post is
         * still a source of its own); the same file read again keeps its id */
        char buf[24];
        uint64_t seed = XXH3_64bits(a->source, strlen(a->source));
        uint64_t h = XXH3_64bits_withSeed(a->text, a->text_len, seed);
        snprintf(buf, sizeof buf, "a%016llx", (unsigned long long)h);
        if ((st = nf_article_set(a, &a->id, buf, strlen(buf))))
            return st;
    }
    if (!a->format && (st = nf_article_set(a, &a->format, "text", 4)))
        return st;
    return NF_OK;
}

const char *nf_article_id(const nf_article *a) { return a->id ? a->id : ""; }
const char *nf_article_source(const nf_article *a) { return a->source ? a->source : "-"; }
const char *nf_article_url(const nf_article *a) { return a->url; }
const char *nf_article_title(const nf_article *a) { return a->title; }
const char *nf_article_published(const nf_article *a) { return a->published; }
const char *nf_article_format(const nf_article *a) { return a->format ? a->format : "text"; }
uint64_t nf_article_content_hash(const nf_article *a) { return a->hash; }
double nf_article_language_confidence(const nf_article *a) { return a->language_confidence; }

const char *nf_article_language(const nf_article *a)
{
    return a->language[0] ? a->language : NULL;
}

const char *nf_article_text(const nf_article *a, size_t *len)
{
    if (len)
        *len = a->text_len;
    return a->text;
}

size_t nf_article_sentence_count(const nf_article *a) { return a->n_sentences; }

nf_span nf_article_sentence(const nf_article *a, size_t i)
{
    assert(i < a->n_sentences);
    return a->sentences[i];
}

size_t nf_article_diag_count(const nf_article *a) { return a->n_diags; }

const nf_diag *nf_article_diag(const nf_article *a, size_t i)
{
    assert(i < a->n_diags);
    return &a->diags[i];
}
