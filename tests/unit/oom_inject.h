/* oom_inject.h - the allocation-failure injector of test_oom.c.
 *
 * Defines __wrap_malloc, __wrap_calloc, __wrap_realloc, __wrap_strdup,
 * __wrap_strndup and __wrap_free, which the linker puts in place of the
 * C library's for every reference in newsfold's objects and the test
 * (-Wl,--wrap=..., CMakeLists.txt), so include it in exactly one file.
 * When active they count allocations, remember the call site (return
 * address) of each, keep a table of live blocks (leaks are reported with
 * the call that made them), and fail call fail_at (and, persistent, every
 * later one).
 */
#ifndef NF_OOM_INJECT_H
#define NF_OOM_INJECT_H

#include <execinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsfold.h"

/* ---- the injector ------------------------------------------------------ */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);
void __wrap_free(void *p);

static struct {
    int active;          /* counting (and tracking live blocks)          */
    long calls;          /* allocations counted since oom_start()        */
    long fail_at;        /* the call to fail, 0 = none                   */
    int persistent;      /* fail every call from fail_at on, not one     */
    int fired;           /* the armed failure happened                   */
    int recording;       /* remember call sites (the counted run)        */
} oom;

/* Call sites of the counted run: return address and first call index. */
#define NF_OOM_MAX_SITES 4096
static struct {
    const void *addr;
    long first;
} sites[NF_OOM_MAX_SITES];
static size_t n_sites;
static int sites_overflow;
/* Every site seen in any counted run (for the summary). */
static const void *all_sites[NF_OOM_MAX_SITES];
static size_t n_all_sites;

/* Site (index into sites) of each call of the counted run. */
#define NF_OOM_MAX_CALLS ((long)1 << 20)
static unsigned short call_site[NF_OOM_MAX_CALLS];

/* Live blocks allocated while active: open addressing, linear probing,
 * deletion by backward shift (no tombstones). */
#define NF_OOM_LIVE_BITS 20
#define NF_OOM_LIVE_SIZE ((size_t)1 << NF_OOM_LIVE_BITS)
static struct {
    void *ptr;
    const void *site;
    long call;
} live[NF_OOM_LIVE_SIZE];
static size_t n_live;
static int live_overflow;
/* With NF_OOM_LEAKS set, the stack of each live block (for reports). */
#define NF_OOM_FRAMES 10
static void *(*live_stack)[NF_OOM_FRAMES];

static size_t live_slot(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> (64 - NF_OOM_LIVE_BITS));
}

static void live_add(void *p, const void *site, long call)
{
    if (n_live >= NF_OOM_LIVE_SIZE / 2) {
        live_overflow = 1;
        return;
    }
    size_t i = live_slot(p);
    while (live[i].ptr)
        i = (i + 1) & (NF_OOM_LIVE_SIZE - 1);
    live[i].ptr = p;
    live[i].site = site;
    live[i].call = call;
    if (live_stack) {
        memset(live_stack[i], 0, sizeof live_stack[i]);
        backtrace(live_stack[i], NF_OOM_FRAMES);
    }
    n_live++;
}

static void live_remove(void *p)
{
    if (!n_live || !p)
        return;
    size_t i = live_slot(p);
    while (live[i].ptr && live[i].ptr != p)
        i = (i + 1) & (NF_OOM_LIVE_SIZE - 1);
    if (!live[i].ptr)
        return;   /* not allocated while active (or by a library) */
    n_live--;
    /* backward shift: move later members of the cluster into the hole */
    size_t hole = i, j = i;
    for (;;) {
        j = (j + 1) & (NF_OOM_LIVE_SIZE - 1);
        if (!live[j].ptr)
            break;
        size_t home = live_slot(live[j].ptr);
        /* j may move to the hole when its home is not in (hole, j] */
        int between = hole <= j ? (home > hole && home <= j)
                                : (home > hole || home <= j);
        if (!between) {
            live[hole] = live[j];
            if (live_stack)
                memcpy(live_stack[hole], live_stack[j], sizeof live_stack[j]);
            hole = j;
        }
    }
    live[hole].ptr = NULL;
}

/* Decides whether this allocation fails; counts and records it. */
static int oom_hit(const void *site)
{
    if (!oom.active)
        return 0;
    long c = ++oom.calls;
    if (oom.recording) {
        size_t k;
        for (k = 0; k < n_sites && sites[k].addr != site; k++)
            ;
        if (k < n_sites && c < NF_OOM_MAX_CALLS)
            call_site[c] = (unsigned short)k;
        if (k == n_sites) {
            if (n_sites < NF_OOM_MAX_SITES && c < NF_OOM_MAX_CALLS) {
                call_site[c] = (unsigned short)k;
                sites[n_sites].addr = site;
                sites[n_sites].first = c;
                n_sites++;
            } else {
                sites_overflow = 1;
            }
        }
    }
    /* NF_OOM_TRACE: the stack of the failing call (or of call number
     * NF_OOM_TRACE when it is a number), for addr2line */
    const char *tr = oom.fail_at ? getenv("NF_OOM_TRACE") : NULL;
    if (tr && (c == oom.fail_at || c == atol(tr))) {
        void *bt[24];
        int n = backtrace(bt, 24);
        fprintf(stderr, "-- allocation %ld%s:\n", c,
                c == oom.fail_at ? " fails here" : "");
        backtrace_symbols_fd(bt, n, 2);
    }
    if (c == oom.fail_at || (oom.persistent && oom.fail_at && c > oom.fail_at)) {
        oom.fired = 1;
        return 1;
    }
    return 0;
}

static void track(void *p, const void *site)
{
    if (p && oom.active)
        live_add(p, site, oom.calls);
}

void *__wrap_malloc(size_t n)
{
    const void *site = __builtin_return_address(0);
    if (oom_hit(site))
        return NULL;
    void *p = __real_malloc(n);
    track(p, site);
    return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
    const void *site = __builtin_return_address(0);
    if (oom_hit(site))
        return NULL;
    void *p = __real_calloc(n, size);
    track(p, site);
    return p;
}

void *__wrap_realloc(void *p, size_t n)
{
    const void *site = __builtin_return_address(0);
    if (oom_hit(site))
        return NULL;   /* like a real failure: p stays valid */
    void *q = __real_realloc(p, n);
    if (q) {
        live_remove(p);
        track(q, site);
    }
    return q;
}

char *__wrap_strdup(const char *s)
{
    const void *site = __builtin_return_address(0);
    if (oom_hit(site))
        return NULL;
    char *p = __real_strdup(s);
    track(p, site);
    return p;
}

char *__wrap_strndup(const char *s, size_t n)
{
    const void *site = __builtin_return_address(0);
    if (oom_hit(site))
        return NULL;
    char *p = __real_strndup(s, n);
    track(p, site);
    return p;
}

void __wrap_free(void *p)
{
    live_remove(p);
    __real_free(p);
}


/* Starts counting; fails call `fail_at` (0 = none), and every later one
 * when `persistent`. */
static void oom_start(long fail_at, int persistent, int recording)
{
    oom.calls = 0;
    oom.fail_at = fail_at;
    oom.persistent = persistent;
    oom.fired = 0;
    oom.recording = recording;
    if (recording)
        n_sites = 0;
    oom.active = 1;
}

static void oom_stop(void)
{
    oom.active = 0;
}

/* Start of the executable's image (GNU ld): call sites are printed as
 * offsets from it, for `addr2line -f -e test_oom OFFSET`. */
extern const char __executable_start[];

/* Offset of code address `p` in the executable. */
static unsigned long exe_offset(const void *p)
{
    return (unsigned long)((uintptr_t)p - (uintptr_t)__executable_start);
}

/* Reports the blocks still live (at most a few) and forgets them all. */
static int live_report(const char *what, long n)
{
    if (!n_live)
        return 0;
    int shown = 0;
    fprintf(stderr, "%s: N=%ld: %zu block(s) leaked:", what, n, n_live);
    for (size_t i = 0; i < NF_OOM_LIVE_SIZE; i++) {
        if (!live[i].ptr)
            continue;
        if (shown++ < 4) {
            fprintf(stderr, " [call %ld, site 0x%lx]", live[i].call,
                    exe_offset(live[i].site));
            if (live_stack) {
                fputc('\n', stderr);
                int nf = 0;
                while (nf < NF_OOM_FRAMES && live_stack[i][nf])
                    nf++;
                backtrace_symbols_fd(live_stack[i], nf, 2);
            }
        }
        live[i].ptr = NULL;
    }
    fputc('\n', stderr);
    n_live = 0;
    return 1;
}


#endif
