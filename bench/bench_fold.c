/* bench_fold.c - the fold stage on a JSON Lines stream: reads and
 * analyses articles in chunks of 10,000 (not timed), then folds each
 * chunk in order, timing only nf_folder_add.  Prints one line per article
 * "id<TAB>report<TAB>story<TAB>relation" to stdout at the end (for
 * scoring by bench/fold/score.py; a story merged into another later is
 * shown as the one it joined, as the record and the store show it) and the timing to stderr: articles/s, seconds per
 * 10,000 articles for every chunk (flatness as the archive grows), what
 * the folder holds, resident memory between chunks and its peak.
 *
 * By default only the analysis folding reads is run (language
 * identification and sentences, as nf_pipeline_run does them); --full
 * runs the whole pipeline (entities, facts), which is much slower and
 * changes nothing folding looks at.
 *
 * --dump FILE (round 8) writes the join features of every candidate
 * story of every article (lines "C<TAB>story<TAB>x1...") and, after each
 * article, its decision ("A<TAB>id<TAB>story<TAB>merged story or 0"):
 * the training pairs of tools/fold/train_join.py.  --join T sets the
 * learnt join's probability bar (T < 0: the hand rules); --veto V its
 * veto bar (a hand-rule join stands unless the model gives it < V); --any-format reads any
 * format the reader knows (a folder of files: samples/corpus).
 * --anchors FILE (round 9, error analysis) writes, for each article, a
 * line "A<TAB>id<TAB>story<TAB>merged story or 0" after the lines
 * "X<TAB>anchor (hex)<TAB>kind<TAB>text" of every anchor its sketch was
 * built from (nf_sketch_set_explain; tools/fold/errors.py reads it).
 *
 * usage: bench_fold STREAM.jsonl [--no-output] [--full] [--dump FILE] [--anchors FILE]
 *        [--join T] [--veto V] [--any-format]  */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

#include "newsfold.h"
#include "newsfold/langid.h"
#include "core/article_int.h"
#include "text/text.h"
#include "fold/fold_int.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of this thread: what folding costs on one core, whatever else
 * the machine is doing. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct spans {
    size_t n;
} spans;

static int count_span(void *ctx, size_t start, size_t end)
{
    (void)start;
    (void)end;
    ((spans *)ctx)->n++;
    return 0;
}

/* Resident memory now, in MB (after giving freed heap back), so that the
 * folder's own footprint shows between chunks; ru_maxrss only grows. */
static double rss_now_mb(void)
{
    malloc_trim(0);
    FILE *fp = fopen("/proc/self/statm", "r");
    long pages = 0, res = 0;
    if (fp) {
        if (fscanf(fp, "%ld %ld", &pages, &res) != 2)
            res = 0;
        fclose(fp);
    }
    return (double)res * (double)sysconf(_SC_PAGESIZE) / (1024.0 * 1024.0);
}

/* What folding reads of the analysis: language and sentence count. */
static void light_analysis(nf_segmenter *sg, nf_article *a)
{
    size_t len;
    const char *text = nf_article_text(a, &len);
    size_t n = len > 8192 ? 8192 : len;
    while (n > 0 && n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    nf_lang_guess g[1];
    if (nf_langid_detect(text, n, g, 1) > 0)
        nf_article_set_language(a, g[0].code, g[0].score);
    spans sp = { 0 };
    nf_segment_sentences(sg, text, len, nf_article_language(a), count_span, &sp);
    a->n_sentences = sp.n;
}

/* --dump: one line per candidate story of the article being folded. */
static void dump_candidate(void *ctx, long long story, const double *x, size_t n)
{
    FILE *fp = ctx;
    fprintf(fp, "C\t%lld", story);
    for (size_t i = 0; i < n; i++)
        fprintf(fp, "\t%.6g", x[i]);
    fputc('\n', fp);
}

/* The decisions, kept until the end of the stream (story ids are
 * resolved through merges then). */
typedef struct out_row {
    char *id;
    long long report, story;
    nf_relation rel;
} out_row;

typedef struct out_rows {
    out_row *v;
    size_t n, cap;
    long long *alias;       /* story id -> the story it was merged into, 0 */
    size_t n_alias;
} out_rows;

/* Records that story `gone` was merged into `keep`; 0 when out of memory. */
static int alias_set(out_rows *o, long long gone, long long keep)
{
    if ((size_t)gone >= o->n_alias) {
        size_t n = 2 * (size_t)gone + 1024;
        long long *v = realloc(o->alias, n * sizeof *v);
        if (!v)
            return 0;
        memset(v + o->n_alias, 0, (n - o->n_alias) * sizeof *v);
        o->alias = v;
        o->n_alias = n;
    }
    o->alias[gone] = keep;
    return 1;
}

/* The story `id` stands for at the end (through chains of merges). */
static long long resolve(const out_rows *o, long long id)
{
    while (id > 0 && (size_t)id < o->n_alias && o->alias[id])
        id = o->alias[id];
    return id;
}

/* Keeps the fold decision of `a`; 0 when out of memory. */
static int out_add(out_rows *o, const nf_article *a)
{
    if (o->n == o->cap) {
        size_t cap = o->cap ? 2 * o->cap : 1024;
        out_row *v = realloc(o->v, cap * sizeof *v);
        if (!v)
            return 0;
        o->v = v;
        o->cap = cap;
    }
    nf_fold_result r = nf_article_fold(a);
    out_row *x = &o->v[o->n];
    if (!(x->id = strdup(nf_article_id(a))))
        return 0;
    x->report = r.report;
    x->story = r.story;
    x->rel = r.relation;
    o->n++;
    return 1;
}

/* The explain hook of --anchors: one line per anchor made. */
static void explain_line(void *ctx, uint64_t a, char kind, const char *s, size_t len)
{
    fprintf((FILE *)ctx, "X\t%016llx\t%c\t", (unsigned long long)a, kind);
    for (size_t i = 0; i < len; i++)
        fputc(s[i] == '\t' || s[i] == '\n' ? ' ' : s[i], (FILE *)ctx);
    fputc('\n', (FILE *)ctx);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_fold STREAM.jsonl [--no-output] [--full] "
                "[--dump FILE] [--join T] [--veto V] [--window DAYS] [--gap DAYS] [--any-format]\n");
        return 2;
    }
    nf_reader_options ro = { .format = NF_FORMAT_JSONL };
    int output = 1, full = 0;
    const char *dump_path = NULL, *anchors_path = NULL;
    double join_thr = 0;
    int join_set = 0, veto_set = 0;
    double veto = 0;
    nf_fold_options fo = { 0 };
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--dump") && i + 1 < argc)
            dump_path = argv[++i];
        else if (!strcmp(argv[i], "--anchors") && i + 1 < argc)
            anchors_path = argv[++i];
        else if (!strcmp(argv[i], "--any-format"))
            ro.format = NF_FORMAT_AUTO;
        else if (!strcmp(argv[i], "--veto") && i + 1 < argc) {
            veto = atof(argv[++i]);
            veto_set = 1;
        }
        else if (!strcmp(argv[i], "--join") && i + 1 < argc) {
            join_thr = atof(argv[++i]);
            join_set = 1;
        } else if (!strcmp(argv[i], "--no-output"))
            output = 0;
        else if (!strcmp(argv[i], "--full"))
            full = 1;
        else if (!strcmp(argv[i], "--window") && i + 1 < argc)
            fo.window_days = atof(argv[++i]);
        else if (!strcmp(argv[i], "--gap") && i + 1 < argc)
            fo.story_gap_days = atof(argv[++i]);
    }
    nf_reader *rd = nf_reader_new(&ro);
    nf_pipeline *pl = full ? nf_pipeline_new() : NULL;
    nf_segmenter *sg = full ? NULL : nf_segmenter_new();
    nf_folder *f = nf_folder_new(&fo);
    if (!rd || (!pl && !sg) || !f)
        return 1;
    FILE *dump = NULL;
    if (dump_path) {
        if (!(dump = fopen(dump_path, "w"))) {
            perror(dump_path);
            return 1;
        }
        nf_folder_set_trace(f, dump_candidate, dump);
    }
    FILE *anc = NULL;
    if (anchors_path) {
        if (!(anc = fopen(anchors_path, "w"))) {
            perror(anchors_path);
            return 1;
        }
        nf_sketch_set_explain(explain_line, anc);
    }
    if (join_set)
        nf_folder_set_join_threshold(f, join_thr);
    if (veto_set)
        nf_folder_set_join_veto(f, veto);
    nf_reader_add_path(rd, argv[1]);
    enum { CHUNK = 10000 };
    nf_article **chunk = malloc(CHUNK * sizeof *chunk);
    double fold_total = 0, cpu_total = 0;
    out_rows out = { 0 };
    unsigned long n = 0;
    for (;;) {
        size_t m = 0;
        while (m < CHUNK) {
            nf_article *a = NULL;
            if (nf_reader_next(rd, &a) || !a)
                break;
            if (full)
                nf_pipeline_run(pl, a);
            else
                light_analysis(sg, a);
            chunk[m++] = a;
        }
        if (!m)
            break;
        double t0 = now(), c0 = cpu_now();
        for (size_t i = 0; i < m; i++) {
            nf_fold_result r;
            nf_folder_add(f, chunk[i], &r);
            long long gone = nf_folder_last_merged(f);
            if (gone && output && !alias_set(&out, gone, r.story))
                return 1;
            if (dump)
                fprintf(dump, "A\t%s\t%lld\t%lld\n", nf_article_id(chunk[i]), r.story, gone);
            if (anc)
                fprintf(anc, "A\t%s\t%lld\t%lld\n", nf_article_id(chunk[i]), r.story, gone);
        }
        double dt = now() - t0, dc = cpu_now() - c0;
        fold_total += dt;
        cpu_total += dc;
        for (size_t i = 0; i < m; i++) {
            if (output && !out_add(&out, chunk[i]))
                return 1;
            nf_article_free(chunk[i]);
        }
        if (m == CHUNK) {
            struct rusage ru;
            getrusage(RUSAGE_SELF, &ru);
            nf_fold_stats fs;
            nf_folder_stats(f, &fs);
            nf_folder_held h;
            nf_folder_held_get(f, &h);
            fprintf(stderr, "fold: articles %lu-%lu: %.3f s (%.0f/s; CPU %.3f s, %.0f/s), "
                    "active stories %llu, held %zu articles %zu stories %zu shingle keys, "
                    "RSS %.1f MB (peak %.1f MB)\n", n + 1, n + m, dt,
                    m / (dt > 0 ? dt : 1), dc, m / (dc > 0 ? dc : 1), fs.active_stories,
                    h.articles, h.stories, h.shingle_keys, rss_now_mb(), ru.ru_maxrss / 1024.0);
        }
        n += m;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    nf_fold_stats fs;
    nf_folder_stats(f, &fs);
    nf_folder_held h;
    nf_folder_held_get(f, &h);
    fprintf(stderr, "fold: %lu articles in %.2f s = %.0f articles/s (CPU %.2f s = %.0f/s); "
            "stories %llu (active at end %llu, %zu merged into another); peak RSS %.1f MB\n",
            n, fold_total, n / (fold_total > 0 ? fold_total : 1), cpu_total,
            n / (cpu_total > 0 ? cpu_total : 1),
            fs.stories, fs.active_stories, h.merges, ru.ru_maxrss / 1024.0);
    /* story ids as they stand at the end: a story merged into another
     * later (an article bridged them) is shown as the one it joined */
    for (size_t i = 0; i < out.n; i++)
        printf("%s\t%lld\t%lld\t%s\n", out.v[i].id, out.v[i].report,
               resolve(&out, out.v[i].story), nf_relation_name(out.v[i].rel));
    for (size_t i = 0; i < out.n; i++)
        free(out.v[i].id);
    free(out.v);
    free(out.alias);
    free(chunk);
    if (dump)
        fclose(dump);
    if (anc) {
        nf_sketch_set_explain(NULL, NULL);
        fclose(anc);
    }
    nf_folder_free(f);
    nf_segmenter_free(sg);
    nf_pipeline_free(pl);
    nf_reader_free(rd);
    return 0;
}
