/* ingest_testlib.h - helpers shared by the ingest tests (test_reader.c,
 * test_ingest_text.c, test_feed.c): collecting diagnostics, reading one
 * buffer, draining a reader. */
#ifndef NF_INGEST_TESTLIB_H
#define NF_INGEST_TESTLIB_H

#include <stdio.h>
#include <string.h>

#include "newsfold.h"
#include "nf_test.h"

/* ---- helpers ----------------------------------------------------------- */

/* Diagnostics received, copied. */
typedef struct seen {
    int n;
    struct {
        nf_severity sev;
        nf_status code;
        unsigned long line;
        unsigned long long offset;
        char file[256];
        char msg[512];
    } d[64];
} seen;

static inline void collect(void *ctx, const nf_diag *d)
{
    seen *s = ctx;
    if (s->n >= 64)
        return;
    s->d[s->n].sev = d->severity;
    s->d[s->n].code = d->code;
    s->d[s->n].line = d->line;
    s->d[s->n].offset = d->offset;
    snprintf(s->d[s->n].file, sizeof s->d[s->n].file, "%s",
             d->file ? d->file : "");
    snprintf(s->d[s->n].msg, sizeof s->d[s->n].msg, "%s", d->message);
    s->n++;
}

/* Index of the first diagnostic of severity `sev` whose message holds
 * `part`, or -1. */
static inline int find_diag(const seen *s, nf_severity sev, const char *part)
{
    for (int i = 0; i < s->n; i++)
        if (s->d[i].sev == sev && strstr(s->d[i].msg, part))
            return i;
    return -1;
}

/* Drains reader r: keeps the first `max` articles in keep[] (the caller
 * frees them), frees the others, and returns how many were read. */
static inline int drain(nf_reader *r, nf_article **keep, int max)
{
    int n = 0;
    for (;;) {
        nf_article *a = NULL;
        CHECK_INT(nf_reader_next(r, &a), NF_OK);
        if (!a)
            break;
        if (n < max)
            keep[n] = a;
        else
            nf_article_free(a);
        n++;
    }
    return n;
}

/* Reads one buffer and returns its single article (or NULL); the
 * reader must yield nothing else. */
static inline nf_article *read_buffer(const char *name, const void *data, size_t len,
                               nf_format fmt, seen *s)
{
    nf_reader_options o = { fmt, 0, 0, collect, s };
    nf_reader *r = nf_reader_new(&o);
    CHECK(r != NULL);
    CHECK_INT(nf_reader_add_buffer(r, name, data, len), NF_OK);
    nf_article *a = NULL, *extra = NULL;
    CHECK_INT(nf_reader_next(r, &a), NF_OK);
    if (a) {
        CHECK_INT(nf_reader_next(r, &extra), NF_OK);
        CHECK(extra == NULL);
        nf_article_free(extra);
    }
    nf_reader_free(r);
    return a;
}

#endif
