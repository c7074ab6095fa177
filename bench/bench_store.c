/* bench_store.c - insert throughput of the SQLite store, with its
 * full-text index, on real multilingual news text.
 *
 * Rebuilds NTREX-128 documents (sentences joined by doc_id, one article
 * per document and language, 131 languages including Japanese, Chinese
 * and Thai) and stores the first `n` of them in batches of `batch`,
 * then times a few searches.  Usage:
 *   bench_store [n=10000] [batch=100] [ntrex sentences folder]
 * The folder defaults to $NF_SHARED/data/ntrex/sentences (NF_SHARED
 * defaults to ../shared).  The database is made in a temporary folder and
 * removed afterwards.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "newsfold.h"
#include "core/article_int.h"
#include "core/buf.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct docs {
    nf_article **v;
    size_t n, cap, max;
    size_t bytes;
} docs;

/* Adds a finished article made of `text` under id "<doc>/<lang>". */
static int add_doc(docs *d, const char *lang, const char *doc, const nf_buf *text)
{
    if (d->n >= d->max || text->len == 0)
        return 0;
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 1024;
        d->v = realloc(d->v, d->cap * sizeof *d->v);
        if (!d->v)
            return -1;
    }
    nf_article *a = nf_article_new();
    char id[256];
    snprintf(id, sizeof id, "%s/%s", doc, lang);
    if (!a || nf_article_set(a, &a->id, id, strlen(id)) ||
        nf_article_set(a, &a->source, "ntrex", 5) ||
        nf_article_set_text(a, text->data, text->len) || nf_article_finish(a))
        return -1;
    d->v[d->n++] = a;
    d->bytes += text->len;
    return 0;
}

/* Reads one language file into documents. */
static int read_lang(docs *d, const char *dir, const char *name)
{
    char path[8192], lang[64], cur[128] = "";
    snprintf(path, sizeof path, "%s/%s", dir, name);
    snprintf(lang, sizeof lang, "%.*s", (int)(strlen(name) - 4), name);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    nf_buf text;
    nf_buf_init(&text, 0);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int first = 1;
    while ((len = getline(&line, &cap, f)) > 0) {
        if (first) {   /* header */
            first = 0;
            continue;
        }
        const char *end = line + len;
        while (end > line && (end[-1] == '\n' || end[-1] == '\r'))
            end--;
        const char *t1 = memchr(line, '\t', (size_t)(end - line));
        const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(end - t1 - 1)) : NULL;
        const char *t3 = t2 ? memchr(t2 + 1, '\t', (size_t)(end - t2 - 1)) : NULL;
        if (!t3)
            continue;
        size_t dl = (size_t)(t2 - t1 - 1);
        if (dl >= sizeof cur)
            continue;
        if (strlen(cur) != dl || memcmp(cur, t1 + 1, dl) != 0) {
            if (cur[0] && add_doc(d, lang, cur, &text))
                return -1;
            nf_buf_reset(&text);
            memcpy(cur, t1 + 1, dl);
            cur[dl] = '\0';
        } else {
            nf_buf_putc(&text, '\n');
        }
        nf_buf_append(&text, t3 + 1, (size_t)(end - t3 - 1));
    }
    if (cur[0] && add_doc(d, lang, cur, &text))
        return -1;
    free(line);
    nf_buf_free(&text);
    fclose(f);
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int count_hit(void *ctx, const nf_search_hit *h)
{
    (void)h;
    ++*(int *)ctx;
    return 0;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? (size_t)atol(argv[1]) : 10000;
    size_t batch = argc > 2 ? (size_t)atol(argv[2]) : 100;
    char dir[4096];
    if (argc > 3)
        snprintf(dir, sizeof dir, "%s", argv[3]);
    else
        snprintf(dir, sizeof dir, "%s/data/ntrex/sentences",
                 getenv("NF_SHARED") ? getenv("NF_SHARED") : "../shared");
    if (batch == 0)
        batch = 1;

    DIR *dh = opendir(dir);
    if (!dh) {
        fprintf(stderr, "bench_store: cannot open %s\n", dir);
        return 77;
    }
    char *names[512];
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(dh)) && nn < 512) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".tsv") == 0)
            names[nn++] = strdup(e->d_name);
    }
    closedir(dh);
    qsort(names, nn, sizeof *names, cmp_names);
    docs d = { .max = n };
    for (size_t i = 0; i < nn && d.n < n; i++)
        if (read_lang(&d, dir, names[i])) {
            fprintf(stderr, "bench_store: cannot read %s\n", names[i]);
            return 1;
        }
    for (size_t i = 0; i < nn; i++)
        free(names[i]);

    char tmp[] = "/tmp/nf_bench_store_XXXXXX", path[64];
    if (!mkdtemp(tmp))
        return 1;
    snprintf(path, sizeof path, "%s/bench.db", tmp);
    nf_store *s = NULL;
    char err[512];
    if (nf_store_open(path, &s, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    double t0 = now();
    size_t stored = 0;
    for (size_t i = 0; i < d.n; i += batch) {
        if (nf_store_begin(s))
            goto fail;
        for (size_t j = i; j < i + batch && j < d.n; j++) {
            int st = 0;
            if (nf_store_put_article(s, d.v[j], &st))
                goto fail;
            stored += (size_t)st;
        }
        if (nf_store_commit(s))
            goto fail;
    }
    double t1 = now();
    /* Searches in a few scripts. */
    const char *queries[] = { "parliament", "Parlamento", "\xE8\xAD\xB0\xE4\xBC\x9A",
                              "police", "government minister" };
    int hits = 0;
    double t2 = now();
    for (int r = 0; r < 20; r++)
        for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++)
            if (nf_store_search(s, queries[q], 20, count_hit, &hits))
                goto fail;
    double t3 = now();
    nf_store_close(s);
    struct stat sb;
    stat(path, &sb);
    printf("articles: %zu read (%.1f MB of text), %zu stored, batch %zu\n", d.n,
           (double)d.bytes / 1e6, stored, batch);
    printf("insert: %.2f s, %.0f articles/s, %.2f MB/s (with FTS5 index)\n", t1 - t0,
           (double)d.n / (t1 - t0), (double)d.bytes / 1e6 / (t1 - t0));
    printf("search: %.2f ms per query (limit 20, snippets), %d hits in 100 queries\n",
           (t3 - t2) * 1000.0 / 100.0, hits);
    printf("database: %.1f MB\n", (double)sb.st_size / 1e6);
    for (size_t i = 0; i < d.n; i++)
        nf_article_free(d.v[i]);
    free(d.v);
    char p[96];
    const char *suffix[] = { "", "-wal", "-shm" };
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        unlink(p);
    }
    rmdir(tmp);
    return 0;
fail:
    fprintf(stderr, "bench_store: %s\n", nf_store_errmsg(s));
    return 1;
}
