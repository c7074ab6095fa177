/* test_reader.c - the reader as a whole: format names, directories
 * (order, hidden entries, links, FIFOs, unreadable entries), limits and a
 * 50 MB line, a JSON Lines file with good and bad records, the seeds.
 * Per-input rules (encodings, titles, dates) are in test_ingest_text.c.
 * Huge and unreadable inputs are made in a temporary directory. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "newsfold.h"
#include "ingest/ingest_int.h"
#include "text/text.h"
#include "nf_test.h"
#include "ingest_testlib.h"

/* A fresh temporary directory (static buffer). */
static const char *tmpdir(void)
{
    static char path[256];
    const char *base = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/nf_reader_XXXXXX", base ? base : "/tmp");
    return mkdtemp(path) ? path : NULL;
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f)
        return;
    CHECK_INT(fwrite(data, 1, len, f), len);
    fclose(f);
}

static void remove_tree(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_INT(system(cmd), 0);
}

/* ---- tests ------------------------------------------------------------- */

static void test_format_names(void)
{
    nf_format f = NF_FORMAT_TEXT;
    CHECK_STR(nf_format_name(NF_FORMAT_JSONL), "jsonl");
    CHECK_INT(nf_format_parse("jsonl", &f), NF_OK);
    CHECK_INT(f, NF_FORMAT_JSONL);
    CHECK_INT(nf_format_parse("auto", &f), NF_OK);
    CHECK_INT(f, NF_FORMAT_AUTO);
    CHECK_INT(nf_format_parse("text", &f), NF_OK);
    CHECK_INT(f, NF_FORMAT_TEXT);
    CHECK_INT(nf_format_parse("xml", &f), NF_ERR_INVALID_ARG);
}

static void test_jsonl_file(void)
{
    seen s = { 0 };
    nf_reader_options o = { NF_FORMAT_AUTO, 0, 0, collect, &s };
    nf_reader *r = nf_reader_new(&o);
    const char *path = nf_test_data("ingest/records.jsonl");
    CHECK_INT(nf_reader_add_path(r, path), NF_OK);
    nf_article *a[8] = { 0 };
    int n = drain(r, a, 8);
    CHECK_INT(n, 5);
    if (n == 5) {
        CHECK_STR(nf_article_id(a[0]), "r-1");
        CHECK_STR(nf_article_url(a[0]), "https://example.org/a");
        CHECK_STR(nf_article_source(a[0]), "Example Wire");
        CHECK_STR(nf_article_title(a[0]), "Bridge reopens");
        CHECK_STR(nf_article_published(a[0]), "2025-03-04");
        CHECK_STR(nf_article_format(a[0]), "jsonl");
        CHECK_STR(a[0]->lang_hint, "en");
        CHECK_STR(nf_article_id(a[1]), "42");
        CHECK_STR(nf_article_source(a[1]), path);
        CHECK(nf_article_title(a[1]) == NULL);
        CHECK(nf_article_published(a[2]) == NULL);
        CHECK(nf_article_id(a[2])[0] == 'a');  /* derived from the hash */
        CHECK_STR(nf_article_text(a[3], NULL),
                  "First & second paragraph.\n\nCafé 中 <ok>");  /* HTML paragraphs */
        CHECK_STR(nf_article_text(a[4], NULL), "Ligne avec une fin Windows.");
        CHECK_STR(a[4]->lang_hint, "fr");
    }
    for (int i = 0; i < n && i < 8; i++)
        nf_article_free(a[i]);
    /* Bad lines are errors at their line; the reader went on. */
    int k = find_diag(&s, NF_SEV_ERROR, "malformed JSON");
    CHECK(k >= 0 && s.d[k].line == 5);
    k = find_diag(&s, NF_SEV_ERROR, "not a JSON object");
    CHECK(k >= 0 && s.d[k].line == 6);
    k = find_diag(&s, NF_SEV_ERROR, "no \"text\"");
    CHECK(k >= 0 && s.d[k].line == 4);
    k = find_diag(&s, NF_SEV_ERROR, "holds no text");
    CHECK(k >= 0 && s.d[k].line == 9);
    k = find_diag(&s, NF_SEV_WARNING, "\"published\"");
    CHECK(k >= 0 && s.d[k].line == 7);
    nf_reader_stats st;
    nf_reader_stats_get(r, &st);
    CHECK_INT(st.inputs, 1);
    CHECK_INT(st.articles, 5);
    CHECK_INT(st.failed, 4);
    struct stat sb;
    CHECK(stat(path, &sb) == 0 && st.bytes == (unsigned long long)sb.st_size);
    nf_reader_free(r);
}

static void test_directory_walk(void)
{
    const char *d = tmpdir();
    CHECK(d != NULL);
    if (!d)
        return;
    char root[300], p[400];
    snprintf(root, sizeof root, "%s", d);
    /* The committed tree, copied so links and odd entries can be added. */
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "cp -r '%s' '%s/tree'",
             nf_test_data("ingest/tree"), root);
    CHECK_INT(system(cmd), 0);
    snprintf(p, sizeof p, "%s/tree/sub/loop", root);
    CHECK(symlink("..", p) == 0);                 /* back up: a loop */
    snprintf(p, sizeof p, "%s/tree/dangling.txt", root);
    CHECK(symlink("nowhere.txt", p) == 0);        /* cannot be read */
    snprintf(p, sizeof p, "%s/tree/pipe.txt", root);
    CHECK(mkfifo(p, 0600) == 0);                  /* must not block */
    snprintf(p, sizeof p, "%s/tree/locked.txt", root);
    const char *lk = "Locked\nNobody may read this.\n";
    write_file(p, lk, strlen(lk));
    chmod(p, 0);
    int locked = geteuid() != 0;  /* root reads it anyway */

    seen s = { 0 };
    nf_reader_options o = { NF_FORMAT_AUTO, 0, 0, collect, &s };
    nf_reader *r = nf_reader_new(&o);
    snprintf(p, sizeof p, "%s/tree", root);
    CHECK_INT(nf_reader_add_path(r, p), NF_OK);
    const char *want[] = { "a_first.txt", "b_second.txt", "locked.txt",
                           "sub/c_third.txt" };
    int n = 0;
    for (;;) {
        nf_article *a = NULL;
        CHECK_INT(nf_reader_next(r, &a), NF_OK);
        if (!a)
            break;
        const char *src = nf_article_source(a);
        if (locked && n == 2)
            n++;  /* locked.txt was refused */
        if (n < 4) {
            size_t k = strlen(src), w = strlen(want[n]);
            CHECK(k > w && strcmp(src + k - w, want[n]) == 0);
        }
        CHECK(strstr(src, "hidden") == NULL && strstr(src, "dotfile") == NULL);
        if (strstr(src, "c_third")) {
            CHECK_STR(nf_article_published(a), "2024-11-05");
            CHECK(nf_article_title(a) == NULL);
        }
        if (strstr(src, "a_first"))
            CHECK_STR(nf_article_title(a), "Bibliothek verlängert Öffnungszeiten");
        n++;
        nf_article_free(a);
    }
    CHECK_INT(n, 4);
    CHECK(find_diag(&s, NF_SEV_ERROR, "dangling.txt") >= 0);
    CHECK(find_diag(&s, NF_SEV_WARNING, "pipe.txt: not a regular file") >= 0);
    CHECK(find_diag(&s, NF_SEV_WARNING, "already read") >= 0);
    if (locked)
        CHECK(find_diag(&s, NF_SEV_ERROR, "locked.txt") >= 0);
    nf_reader_stats st;
    nf_reader_stats_get(r, &st);
    CHECK_INT(st.articles, locked ? 3 : 4);
    CHECK(st.failed >= 1);
    nf_reader_free(r);

    /* A missing path is reported and the next input is still read. */
    s.n = 0;
    r = nf_reader_new(&o);
    snprintf(p, sizeof p, "%s/no/such/file", root);
    nf_reader_add_path(r, p);
    snprintf(p, sizeof p, "%s/tree/b_second.txt", root);
    nf_reader_add_path(r, p);
    nf_article *a = NULL;
    CHECK_INT(nf_reader_next(r, &a), NF_OK);
    CHECK(a != NULL && strstr(nf_article_source(a), "b_second") != NULL);
    CHECK(find_diag(&s, NF_SEV_ERROR, "no/such/file") >= 0);
    nf_article_free(a);
    nf_reader_free(r);
    remove_tree(root);
}

static void test_limits_and_long_line(void)
{
    const char *d = tmpdir();
    CHECK(d != NULL);
    if (!d)
        return;
    char dir[300], path[400], jpath[400];
    snprintf(dir, sizeof dir, "%s", d);
    snprintf(path, sizeof path, "%s/long.txt", dir);
    snprintf(jpath, sizeof jpath, "%s/long.jsonl", dir);
    /* 50 MB on one line, with multi-byte characters. */
    size_t n = (size_t)50 << 20;
    char *big = malloc(n);
    CHECK(big != NULL);
    if (!big)
        return;
    static const char unit[] = "città ";  /* 7 bytes */
    for (size_t i = 0; i < n; i++)
        big[i] = unit[i % 7];
    n -= n % 7;
    write_file(path, big, n);

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    seen s = { 0 };
    nf_reader_options o = { NF_FORMAT_AUTO, 0, 0, collect, &s };
    nf_reader *r = nf_reader_new(&o);
    nf_reader_add_path(r, path);
    nf_article *a = NULL;
    CHECK_INT(nf_reader_next(r, &a), NF_OK);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) +
                  (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "50 MB single line read in %.2f s\n", secs);
    CHECK(a != NULL);
    if (a) {
        size_t len;
        nf_article_text(a, &len);
        CHECK_INT(len, n - 1);  /* the final space trimmed */
        CHECK(nf_article_title(a) == NULL);
    }
    nf_article_free(a);
    nf_reader_free(r);
#ifndef __SANITIZE_ADDRESS__
    CHECK(secs < 5.0);
#endif

    /* The same file over a smaller input limit: refused by name. */
    s.n = 0;
    o.max_file_bytes = 1 << 20;
    r = nf_reader_new(&o);
    nf_reader_add_path(r, path);
    CHECK_INT(nf_reader_next(r, &a), NF_OK);
    CHECK(a == NULL);
    int k = find_diag(&s, NF_SEV_ERROR, "limit");
    CHECK(k >= 0 && strstr(s.d[k].msg, "long.txt") != NULL);
    nf_reader_free(r);

    /* JSON Lines: an overlong line is skipped, the next one is read. */
    FILE *f = fopen(jpath, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs("{\"text\": \"first record\"}\n{\"text\": \"", f);
        fwrite(big, 1, (size_t)3 << 20, f);
        fputs("\"}\n{\"text\": \"after the long one\"}\n", f);
        fclose(f);
    }
    s.n = 0;
    o.max_file_bytes = 0;
    o.max_article_bytes = 1 << 20;
    r = nf_reader_new(&o);
    nf_reader_add_path(r, jpath);
    const char *texts[2] = { "first record", "after the long one" };
    for (int i = 0; i < 2; i++) {
        CHECK_INT(nf_reader_next(r, &a), NF_OK);
        CHECK(a != NULL);
        if (a)
            CHECK_STR(nf_article_text(a, NULL), texts[i]);
        nf_article_free(a);
    }
    CHECK_INT(nf_reader_next(r, &a), NF_OK);
    CHECK(a == NULL);
    k = find_diag(&s, NF_SEV_ERROR, "longer than the article limit");
    CHECK(k >= 0 && s.d[k].line == 2);
    nf_reader_free(r);
    free(big);
    remove_tree(dir);
}

static void test_seeds(void)
{
    const char *p4 = nf_test_shared("seeds/004_c6e820f59fea7629.txt");
    if (!p4) {
        fprintf(stderr, "test_seeds: ../shared absent, skipped\n");
        return;
    }
    char p4c[4096];
    snprintf(p4c, sizeof p4c, "%s", p4);
    const char *p0 = nf_test_shared("seeds/000_364c35b74aeedbc2.txt");
    const char *p3 = NULL;
    nf_reader *r = nf_reader_new(NULL);
    nf_reader_add_path(r, p4c);
    if (p0)
        nf_reader_add_path(r, p0);
    p3 = nf_test_shared("seeds/003_d45cde6196500fff.txt");
    if (p3)
        nf_reader_add_path(r, p3);
    nf_article *a = NULL;
    CHECK_INT(nf_reader_next(r, &a), NF_OK);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(nf_article_published(a), "2026-01-07");
        CHECK(strncmp(nf_article_text(a, NULL), "date", 4) != 0);
        CHECK(nf_article_text(a, NULL)[0] != ' ');
        CHECK(nf_article_title(a) == NULL);
    }
    nf_article_free(a);
    if (p0) {
        CHECK_INT(nf_reader_next(r, &a), NF_OK);
        CHECK(a != NULL && nf_article_title(a) == NULL);
        nf_article_free(a);
    }
    if (p3) {
        CHECK_INT(nf_reader_next(r, &a), NF_OK);
        CHECK(a != NULL && nf_article_title(a) != NULL &&
              strstr(nf_article_title(a), "Bloomberg") != NULL);
        nf_article_free(a);
    }
    nf_reader_free(r);
}

int main(void)
{
    RUN(test_format_names);
    RUN(test_jsonl_file);
    RUN(test_directory_walk);
    RUN(test_limits_and_long_line);
    RUN(test_seeds);
    return nf_test_done();
}
