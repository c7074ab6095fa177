/* test_store_crash.c - a writer killed with SIGKILL leaves whole batches.
 *
 * A child process commits batches of N articles and then dies in the
 * middle of one, either by raise(SIGKILL) after half a batch or killed by
 * the parent at a random moment (which may fall inside a commit).  The
 * child reports each finished commit through a pipe.  The parent then
 * reopens the database and checks: PRAGMA integrity_check says "ok"; the
 * full-text index agrees with the articles; the article count is a
 * multiple of N; every batch present is complete; every batch the child
 * reported committed is there; and the index finds exactly those.
 */
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "nf_test.h"
#include "store_testlib.h"
#include "newsfold.h"
#include "core/article_int.h"
#include "store/store_int.h"

#define N 7              /* articles per batch */
#define MAX_BATCHES 20000

static char tmpdir[64];
static char dbpath[128];

/* Stores batch b (N articles) in the child; returns 0 on success. */
static int write_batch(nf_store *s, int b, int kill_after)
{
    if (nf_store_begin(s))
        return 1;
    for (int i = 0; i < N; i++) {
        if (i == kill_after)
            raise(SIGKILL);
        char id[32], text[256];
        snprintf(id, sizeof id, "b%d-i%d", b, i);
        snprintf(text, sizeof text,
                 "Dispatch %d of batch marker%d. The harbour reopened after the "
                 "storm; ferries resumed at dawn and item%d was logged.", i, b, i);
        nf_article *a = nf_article_new();
        if (!a)
            return 1;
        nf_article_set(a, &a->id, id, strlen(id));
        nf_article_set_text(a, text, strlen(text));
        nf_article_finish(a);
        int stored = 0;
        nf_status st = nf_store_put_article(s, a, &stored);
        nf_article_free(a);
        if (st || !stored)
            return 1;
    }
    return nf_store_commit(s) != NF_OK;
}

/* Child: commits batches from `first` on, reporting each on fd; dies by
 * raise(SIGKILL) in batch first + k when k >= 0, else runs until killed. */
static void child(int fd, int first, int k)
{
    nf_store *s = NULL;
    if (nf_store_open(dbpath, &s, NULL, 0))
        _exit(2);
    for (int b = first; b < MAX_BATCHES; b++) {
        int kill_after = (k >= 0 && b == first + k) ? N / 2 : -1;
        if (write_batch(s, b, kill_after))
            _exit(3);
        if (write(fd, &b, sizeof b) != (ssize_t)sizeof b)
            _exit(4);
    }
    _exit(5);
}

typedef struct seen {
    int count[MAX_BATCHES];
    int bad;
} seen;

static int on_article(void *ctx, const nf_article *a)
{
    seen *w = ctx;
    int b = -1, i = -1;
    if (sscanf(nf_article_id(a), "b%d-i%d", &b, &i) != 2 || b < 0 ||
        b >= MAX_BATCHES || i < 0 || i >= N)
        w->bad++;
    else
        w->count[b]++;
    return 0;
}

static int n_hits;
static int on_hit(void *ctx, const nf_search_hit *h)
{
    (void)ctx;
    (void)h;
    n_hits++;
    return 0;
}

/* Checks the database after a crash; `reported` = batches the child said
 * it committed (all of 0..reported-1).  Returns the number of batches. */
static int check_db(int reported)
{
    nf_store *s = NULL;
    char err[512] = "";
    CHECK_INT(nf_store_open(dbpath, &s, err, sizeof err), NF_OK);
    if (!s) {
        fprintf(stderr, "%s\n", err);
        return 0;
    }
    sqlite3_stmt *st = NULL;
    CHECK(sqlite3_prepare_v2(nf_store_db(s), "PRAGMA integrity_check", -1, &st,
                             NULL) == SQLITE_OK);
    CHECK(sqlite3_step(st) == SQLITE_ROW);
    CHECK_STR((const char *)sqlite3_column_text(st, 0), "ok");
    sqlite3_finalize(st);
    CHECK(sqlite3_exec(nf_store_db(s),
                       "INSERT INTO articles_fts(articles_fts, rank)"
                       " VALUES ('integrity-check', 1)", NULL, NULL, NULL) == SQLITE_OK);
    unsigned long long n = 0;
    CHECK_INT(nf_store_article_count(s, &n), NF_OK);
    CHECK_INT(n % N, 0);
    int batches = (int)(n / N);
    static seen w;
    memset(&w, 0, sizeof w);
    CHECK_INT(nf_store_each_article(s, on_article, &w), NF_OK);
    CHECK_INT(w.bad, 0);
    for (int b = 0; b < MAX_BATCHES; b++)
        if (w.count[b] != (b < batches ? N : 0)) {
            CHECK_INT(w.count[b], b < batches ? N : 0);
            break;
        }
    /* A commit may land just before the kill, unreported. */
    CHECK(batches == reported || batches == reported + 1);
    /* The index finds the last batch whole and nothing of the torn one. */
    char q[32];
    if (batches > 0) {
        snprintf(q, sizeof q, "marker%d", batches - 1);
        n_hits = 0;
        CHECK_INT(nf_store_search(s, q, 100, on_hit, NULL), NF_OK);
        CHECK_INT(n_hits, N);
    }
    snprintf(q, sizeof q, "marker%d", batches);
    n_hits = 0;
    CHECK_INT(nf_store_search(s, q, 100, on_hit, NULL), NF_OK);
    CHECK_INT(n_hits, 0);
    nf_store_close(s);
    return batches;
}

/* Runs one child; kill_ms < 0: the child kills itself in batch first+k;
 * else the parent kills it after kill_ms milliseconds.  Returns the
 * number of batches the child reported. */
static int run_child(int first, int k, int kill_ms)
{
    int fds[2];
    if (pipe(fds) != 0) {
        perror("pipe");
        exit(1);
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        close(fds[0]);
        child(fds[1], first, k);
    }
    close(fds[1]);
    if (kill_ms >= 0) {
        struct timespec ts = { kill_ms / 1000, (long)(kill_ms % 1000) * 1000000L };
        nanosleep(&ts, NULL);
        kill(pid, SIGKILL);
    }
    int last = first - 1, b;
    ssize_t r;
    while ((r = read(fds[0], &b, sizeof b)) == (ssize_t)sizeof b || (r < 0 && errno == EINTR))
        if (r > 0)
            last = b;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    return last + 1;
}

static void test_raise_mid_batch(void)
{
    /* Three whole batches, then death halfway through the fourth. */
    int reported = run_child(0, 3, -1);
    CHECK_INT(reported, 3);
    CHECK_INT(check_db(reported), 3);
    /* A second writer continues where the first stopped, and dies too. */
    reported = run_child(3, 2, -1);
    CHECK_INT(reported, 5);
    CHECK_INT(check_db(reported), 5);
}

static void test_killed_at_random(void)
{
    int batches = check_db(5);
    unsigned seed = (unsigned)time(NULL);
    srand(seed);
    for (int round = 0; round < 6; round++) {
        int ms = 20 + rand() % 120;
        int reported = run_child(batches, -1, ms);
        int now = check_db(reported);
        if (now < batches || now > MAX_BATCHES - 10) {
            fprintf(stderr, "seed %u round %d: %d batches after %d\n", seed,
                    round, now, batches);
            CHECK(0);
            break;
        }
        fprintf(stderr, "round %d: killed after %d ms, %d batches\n", round, ms, now);
        batches = now;
    }
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/nf_test_crash_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(dbpath, sizeof dbpath, "%s/crash.db", tmpdir);
    RUN(test_raise_mid_batch);
    RUN(test_killed_at_random);
    remove_db_files(dbpath);
    rmdir(tmpdir);
    return nf_test_done();
}
