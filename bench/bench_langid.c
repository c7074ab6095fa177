/* bench_langid.c - accuracy and speed of nf_langid_detect.
 *
 *   bench_langid ntrex DIR   NTREX-128 (DIR/languages.tsv, DIR/sentences):
 *                            per language, the share of single sentences
 *                            and of whole documents (sentences joined by
 *                            doc_id) identified right, and the speed, for
 *                            newsfold and every peer compiled in
 *                            (bench/langid/peers.c, see run.sh).
 *   bench_langid tsv FILE    lines "code<TAB>text": accuracy per code
 *                            (used on held-out UDHR paragraphs while
 *                            building the model).
 *
 * Expected code of an NTREX file: its ISO 639-1 code from languages.tsv,
 * else its ISO 639-3 code; so arb/mey -> ar, fas/prs -> fa, yue and zho ->
 * zh, kmr/ckb -> ku, while bs/hr/sr and nb/nn stay distinct.
 */
#include <newsfold/langid.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tests/unit/nf_slurp.h"

#ifdef NF_BENCH_PEERS
#include "langid/peers.h"
#else
typedef struct nf_bench_peer {
    const char *name;
    int (*init)(void);
    const char *(*detect)(const char *text, size_t len);
} nf_bench_peer;
static const nf_bench_peer *const nf_bench_peers = NULL;
static const size_t nf_bench_npeers = 0;
#endif

#define MAX_DET 4 /* newsfold + up to 3 peers */

typedef struct item {
    char *text;
    size_t len;
    char *doc;
} item;

typedef struct det_stat {
    size_t sent_ok, doc_ok, n_doc, n_sent;
    double secs, bytes;
} det_stat;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Splits buf into lines in place; returns the count, *lines malloc'd. */
static size_t split_lines(char *buf, size_t len, char ***lines)
{
    size_t n = 0, cap = 1024;
    char **v = malloc(cap * sizeof *v);
    char *p = buf, *end = buf + len;
    while (v && p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        *nl = 0;
        if (nl > p && nl[-1] == '\r')
            nl[-1] = 0;
        if (n == cap) {
            cap *= 2;
            char **nv = realloc(v, cap * sizeof *v);
            if (!nv)
                break;
            v = nv;
        }
        v[n++] = p;
        p = nl + 1;
    }
    *lines = v;
    return n;
}

/* Field i (0-based) of a tab-separated line, copied into out. */
static void field(const char *line, int i, char *out, size_t cap)
{
    const char *p = line;
    for (; i > 0 && p; i--) {
        p = strchr(p, '\t');
        if (p)
            p++;
    }
    size_t n = p ? strcspn(p, "\t") : 0;
    if (n >= cap)
        n = cap - 1;
    if (p)
        memcpy(out, p, n);
    out[n] = 0;
}

static const char *ours(const char *text, size_t len)
{
    nf_lang_guess g[1];
    return nf_langid_detect(text, len, g, 1) ? g[0].code : NULL;
}

static int same(const char *got, const char *want)
{
    return got && strcmp(got, want) == 0;
}

static int known_by_us(const char *code)
{
    for (size_t i = 0; i < nf_langid_language_count(); i++)
        if (strcmp(nf_langid_language_code(i), code) == 0)
            return 1;
    return 0;
}

/* Runs every detector on one NTREX file; accumulates into st[]. */
static int bench_file(const char *path, const char *want, size_t ndet,
                      const char *(*det[])(const char *, size_t), det_stat *st,
                      double *row)
{
    size_t len;
    char *buf = nf_slurp(path, &len);
    if (!buf)
        return -1;
    char **lines;
    size_t nl = split_lines(buf, len, &lines);
    item *it = calloc(nl, sizeof *it);
    size_t ni = 0;
    for (size_t i = 1; i < nl; i++) { /* line 0 is the header */
        char *t1 = strchr(lines[i], '\t');
        char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        char *t3 = t2 ? strchr(t2 + 1, '\t') : NULL;
        if (!t3)
            continue;
        *t2 = 0;
        it[ni].doc = t1 + 1;
        it[ni].text = t3 + 1;
        it[ni].len = strlen(t3 + 1);
        ni++;
    }
    /* Documents: sentences of one doc_id joined by a space, in order. */
    size_t cap = len + ni + 1;
    char *docbuf = malloc(cap);
    size_t *dstart = calloc(ni + 1, sizeof *dstart), nd = 0, dl = 0;
    for (size_t i = 0; i < ni; i++) {
        if (i == 0 || strcmp(it[i].doc, it[i - 1].doc) != 0)
            dstart[nd++] = dl;
        else
            docbuf[dl++] = ' ';
        memcpy(docbuf + dl, it[i].text, it[i].len);
        dl += it[i].len;
    }
    dstart[nd] = dl;
    for (size_t d = 0; d < ndet; d++) {
        size_t ok = 0, dok = 0;
        double t0 = now(), bytes = 0;
        for (size_t i = 0; i < ni; i++) {
            ok += (size_t)same(det[d](it[i].text, it[i].len), want);
            bytes += (double)it[i].len;
        }
        st[d].secs += now() - t0;
        st[d].bytes += bytes;
        for (size_t k = 0; k < nd; k++)
            dok += (size_t)same(det[d](docbuf + dstart[k], dstart[k + 1] - dstart[k]), want);
        st[d].sent_ok += ok;
        st[d].n_sent += ni;
        st[d].doc_ok += dok;
        st[d].n_doc += nd;
        row[2 * d] = ni ? 100.0 * (double)ok / (double)ni : 0;
        row[2 * d + 1] = nd ? 100.0 * (double)dok / (double)nd : 0;
    }
    free(dstart);
    free(docbuf);
    free(it);
    free(lines);
    free(buf);
    return 0;
}

static int run_ntrex(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/languages.tsv", dir);
    size_t len;
    char *tsv = nf_slurp(path, &len);
    if (!tsv) {
        fprintf(stderr, "cannot read %s\n", path);
        return 2;
    }
    const char *(*det[MAX_DET])(const char *, size_t);
    const char *name[MAX_DET];
    size_t ndet = 0;
    det[ndet] = ours;
    name[ndet++] = "newsfold";
    for (size_t i = 0; i < nf_bench_npeers && ndet < MAX_DET; i++) {
        if (nf_bench_peers[i].init() != 0) {
            fprintf(stderr, "peer %s failed to start\n", nf_bench_peers[i].name);
            continue;
        }
        det[ndet] = nf_bench_peers[i].detect;
        name[ndet++] = nf_bench_peers[i].name;
    }
    det_stat st[MAX_DET], st_claim[MAX_DET];
    memset(st, 0, sizeof st);
    memset(st_claim, 0, sizeof st_claim);
    size_t nlang = 0, nclaim = 0, doc_fail = 0;
    printf("%-10s %-4s %-5s", "file", "want", "known");
    for (size_t d = 0; d < ndet; d++)
        printf(" %10.10s-s %10.10s-d", name[d], name[d]);
    printf("\n");
    char **lines;
    size_t nl = split_lines(tsv, len, &lines);
    for (size_t i = 1; i < nl; i++) {
        char code[64], kind[64], i3[16], i1[16], want[16];
        field(lines[i], 0, code, sizeof code);
        field(lines[i], 1, kind, sizeof kind);
        field(lines[i], 2, i3, sizeof i3);
        field(lines[i], 3, i1, sizeof i1);
        /* The 128 target languages: no second Spanish reference, no
         * English source. */
        if (!code[0] || strcmp(kind, "reference") != 0)
            continue;
        snprintf(want, sizeof want, "%s", i1[0] ? i1 : i3);
        snprintf(path, sizeof path, "%s/sentences/%s.tsv", dir, code);
        double row[2 * MAX_DET];
        det_stat cur[MAX_DET];
        memset(cur, 0, sizeof cur);
        if (bench_file(path, want, ndet, det, cur, row) != 0) {
            fprintf(stderr, "cannot read %s\n", path);
            continue;
        }
        int known = known_by_us(want);
        nlang++;
        nclaim += (size_t)known;
        if (known && row[1] < 99.0)
            doc_fail++;
        printf("%-10s %-4s %-5s", code, want, known ? "yes" : "no");
        for (size_t d = 0; d < ndet; d++) {
            printf(" %11.1f%% %11.1f%%", row[2 * d], row[2 * d + 1]);
            st[d].sent_ok += cur[d].sent_ok;
            st[d].n_sent += cur[d].n_sent;
            st[d].doc_ok += cur[d].doc_ok;
            st[d].n_doc += cur[d].n_doc;
            st[d].secs += cur[d].secs;
            st[d].bytes += cur[d].bytes;
            if (known) {
                st_claim[d].sent_ok += cur[d].sent_ok;
                st_claim[d].n_sent += cur[d].n_sent;
                st_claim[d].doc_ok += cur[d].doc_ok;
                st_claim[d].n_doc += cur[d].n_doc;
            }
        }
        printf("\n");
    }
    printf("\n%zu languages, newsfold knows %zu of them (%zu of those below "
           "99%% of documents)\n", nlang, nclaim, doc_fail);
    printf("%-12s %9s %9s %14s %14s %12s %8s\n", "detector", "sent-all",
           "doc-all", "sent-newsfold", "doc-newsfold", "sent/s", "MB/s");
    for (size_t d = 0; d < ndet; d++)
        printf("%-12s %8.2f%% %8.2f%% %13.2f%% %13.2f%% %12.0f %8.2f\n",
               name[d], 100.0 * (double)st[d].sent_ok / (double)st[d].n_sent,
               100.0 * (double)st[d].doc_ok / (double)st[d].n_doc,
               100.0 * (double)st_claim[d].sent_ok / (double)st_claim[d].n_sent,
               100.0 * (double)st_claim[d].doc_ok / (double)st_claim[d].n_doc,
               (double)st[d].n_sent / st[d].secs,
               st[d].bytes / st[d].secs / 1e6);
    free(lines);
    free(tsv);
    return 0;
}

static int run_tsv(const char *file)
{
    size_t len;
    char *buf = nf_slurp(file, &len);
    if (!buf) {
        fprintf(stderr, "cannot read %s\n", file);
        return 2;
    }
    char **lines;
    size_t nl = split_lines(buf, len, &lines), ok = 0, n = 0, gok = 0, gn = 0;
    char prev[32] = "";
    for (size_t i = 0; i < nl; i++) {
        char *tab = strchr(lines[i], '\t');
        if (!tab)
            continue;
        *tab = 0;
        if (strcmp(prev, lines[i]) != 0) {
            if (gn)
                printf("%-6s %5zu/%-5zu %5.1f%%\n", prev, gok, gn, 100.0 * (double)gok / (double)gn);
            snprintf(prev, sizeof prev, "%s", lines[i]);
            gok = gn = 0;
        }
        const char *got = ours(tab + 1, strlen(tab + 1));
        int good = same(got, lines[i]);
        if (!good && getenv("NF_BENCH_VERBOSE"))
            printf("  miss %s -> %s: %.80s\n", lines[i], got ? got : "-", tab + 1);
        ok += (size_t)good;
        gok += (size_t)good;
        n++;
        gn++;
    }
    if (gn)
        printf("%-6s %5zu/%-5zu %5.1f%%\n", prev, gok, gn, 100.0 * (double)gok / (double)gn);
    printf("total %zu/%zu = %.2f%%\n", ok, n, n ? 100.0 * (double)ok / (double)n : 0);
    free(lines);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "ntrex") == 0)
        return run_ntrex(argv[2]);
    if (argc == 3 && strcmp(argv[1], "tsv") == 0)
        return run_tsv(argv[2]);
    fprintf(stderr, "usage: %s ntrex DIR | tsv FILE\n", argv[0]);
    return 2;
}
