/* oom_sweep.h - the sweep of test_oom.c: runs a scenario unarmed to
 * learn its allocations and its output, then again with each chosen
 * allocation failing, and checks status, output and leaks (see the
 * opening comment of test_oom.c).  Include after oom_inject.h and
 * nf_test.h.
 */
#ifndef NF_OOM_SWEEP_H
#define NF_OOM_SWEEP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsfold.h"
#include "nf_test.h"
#include "oom_inject.h"

/* Runs with at most this many allocations try every N; longer ones try
 * the first call of each site and a stride of about NF_OOM_BUDGET more.
 * The same in persistent mode, with smaller numbers. */
#if defined(__SANITIZE_ADDRESS__)   /* about 4 times slower: fewer */
#define NF_OOM_ALL 120
#define NF_OOM_BUDGET 60
#define NF_OOM_PERSIST_ALL 50
#define NF_OOM_PERSIST_BUDGET 20
#else
#define NF_OOM_ALL 200
#define NF_OOM_BUDGET 150
#define NF_OOM_PERSIST_ALL 80
#define NF_OOM_PERSIST_BUDGET 40
#endif

/* ---- the sweep --------------------------------------------------------- */

/* One scenario: runs an entry point, writes what it produced to *out (a
 * malloc'ed string, may be NULL on failure) and returns its status.
 * Every allocation must be released before it returns. */
typedef nf_status (*scenario_fn)(void *ctx, char **out);

/* Site of a call of the counted run, as an offset in the executable. */
static unsigned long site_of(long call)
{
    if (call <= 0 || call >= NF_OOM_MAX_CALLS || !n_sites)
        return 0;
    return exe_offset(sites[call_site[call]].addr);
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* The N values for a run of k allocations (sites of the counted run
 * known): 1..k when k <= all, else the first call of each site (when
 * with_sites) and about `budget` more at a stride, sorted, without
 * repeats.  Sets *n; the array is malloc'ed. */
static long *pick_ns(long k, long all, long budget, int with_sites, size_t *n)
{
    size_t cap = (size_t)(k <= all ? k : (long)n_sites + budget + 1) + 1;
    long *ns = malloc(cap * sizeof *ns);
    size_t nn = 0;
    if (!ns) {
        *n = 0;
        return NULL;
    }
    if (k <= all) {
        for (long i = 1; i <= k; i++)
            ns[nn++] = i;
    } else {
        for (size_t s = 0; s < n_sites && with_sites; s++)
            ns[nn++] = sites[s].first;
        long stride = k / budget + 1;
        for (long i = 1 + stride / 2; i <= k && nn < cap; i += stride)
            ns[nn++] = i;
        qsort(ns, nn, sizeof *ns, cmp_long);
        size_t w = 0;
        for (size_t i = 0; i < nn; i++)
            if (!w || ns[w - 1] != ns[i])
                ns[w++] = ns[i];
        nn = w;
    }
    *n = nn;
    return ns;
}

/* Runs `fn` failing allocation N for a set of N; returns the number of
 * N values tried.  `check`, when not NULL, runs after each armed run
 * (unarmed) and returns non-zero when the state left behind is wrong. */
static long sweep(const char *what, scenario_fn fn, void *ctx,
                  int (*check)(void *ctx, nf_status st))
{
    char *ref = NULL, *again = NULL;
    clock_t t0 = clock();
    oom_start(0, 0, 0);
    nf_status st = fn(ctx, &ref);               /* warm-up */
    oom_stop();
    live_report(what, 0);
    free(ref);
    ref = NULL;
    CHECK_INT(st, NF_OK);
    oom_start(0, 0, 1);
    st = fn(ctx, &ref);                          /* counted */
    oom_stop();
    long k = oom.calls;
    CHECK_INT(st, NF_OK);
    CHECK(ref != NULL);
    CHECK(!live_report(what, 0));
    CHECK(!sites_overflow);
    for (size_t i = 0; i < n_sites; i++) {
        size_t j = 0;
        while (j < n_all_sites && all_sites[j] != sites[i].addr)
            j++;
        if (j == n_all_sites && n_all_sites < NF_OOM_MAX_SITES)
            all_sites[n_all_sites++] = sites[i].addr;
    }
    oom_start(0, 0, 0);
    st = fn(ctx, &again);                        /* deterministic? */
    oom_stop();
    CHECK_INT(oom.calls, k);
    CHECK(ref && again && strcmp(ref, again) == 0);
    free(again);
    const char *dump = getenv("NF_OOM_DUMP");   /* the reference output */
    if (dump && strcmp(dump, what) == 0)
        fprintf(stderr, "%s\n", ref ? ref : "(null)");
    if (check)
        CHECK(!check(ctx, NF_OK));

    /* the N values: every call of a short run, else each site's first
     * call and a stride; in persistent mode fewer, and on a stride only */
    size_t nn, np;
    long *ns = pick_ns(k, NF_OOM_ALL, NF_OOM_BUDGET, 1, &nn);
    long *ps = pick_ns(k, NF_OOM_PERSIST_ALL, NF_OOM_PERSIST_BUDGET, 0, &np);
    /* NF_OOM_ONLY="what:N" tries only that N (with NF_OOM_TRACE and
     * NF_OOM_VERBOSE, to see where and what) */
    const char *only = getenv("NF_OOM_ONLY");
    if (only) {
        const char *colon = strrchr(only, ':');
        nn = np = 0;
        if (colon && (size_t)(colon - only) == strlen(what) &&
            strncmp(only, what, strlen(what)) == 0) {
            ns[nn++] = atol(colon + 1);
            ps[np++] = atol(colon + 1);
        }
    }
    /* first only call N fails, then (persistent) every call from N on,
     * so that the failure paths' own allocations fail too */
    int bad = 0;
    size_t same = 0;   /* runs that succeeded anyway, with the reference */
    for (size_t i = 0; i < nn + np && bad < 5; i++) {
        int persistent = i >= nn;
        long n = persistent ? ps[i - nn] : ns[i];
        const char *mode = persistent ? " and on" : "";
        char *out = NULL;
        oom_start(n, persistent, 0);
        st = fn(ctx, &out);
        oom_stop();
        int fault = 0;
        if (!oom.fired) {
            fprintf(stderr, "%s: N=%ld: allocation %ld never happened\n", what, n, n);
            fault = 1;
        } else if (st == NF_OK) {
            same++;
            if (getenv("NF_OOM_VERBOSE"))
                fprintf(stderr, "%s: N=%ld%s (site 0x%lx): succeeded\n", what,
                        n, mode, site_of(n));
            if (!out || !ref || strcmp(out, ref) != 0) {
                fprintf(stderr, "%s: N=%ld%s (site 0x%lx): success claimed with a "
                        "different result\n", what, n, mode, site_of(n));
                if (getenv("NF_OOM_VERBOSE"))
                    fprintf(stderr, "--- got:\n%s\n--- want:\n%s\n",
                            out ? out : "(null)", ref ? ref : "(null)");
                fault = 1;
            }
        } else if (st != NF_ERR_NOMEM) {
            fprintf(stderr, "%s: N=%ld%s (site 0x%lx): status %s, want %s\n", what,
                    n, mode, site_of(n), nf_strerror(st), nf_strerror(NF_ERR_NOMEM));
            fault = 1;
        }
        free(out);
        if (live_report(what, n))
            fault = 1;
        if (check && check(ctx, st)) {
            fprintf(stderr, "%s: N=%ld%s: state left behind is wrong\n", what, n, mode);
            fault = 1;
        }
        if (fault) {
            bad++;
            nf_test_failed_checks++;
        }
        nf_test_checks++;
    }
    CHECK(!live_overflow);
    fprintf(stderr, "%s: %ld allocations, %zu call sites, %zu runs with N "
            "failing, %zu with N and on failing (%zu of them succeeded all "
            "the same); %.1f s CPU\n", what, k, n_sites, nn, np, same,
            (double)(clock() - t0) / CLOCKS_PER_SEC);
    free(ns);
    free(ps);
    free(ref);
    return (long)(nn + np);
}


#endif
