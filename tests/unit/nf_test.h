/* nf_test.h - the unit tests' tiny harness.
 *
 * Each test file is one executable: main() calls RUN(fn) for each test
 * function and returns nf_test_done().  Exit 0 = all passed, 1 = failure,
 * 77 = skipped (ctest SKIP_RETURN_CODE), e.g. when ../shared is absent. */
#ifndef NF_TEST_H
#define NF_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_slurp.h"

static int nf_test_failed_checks;
static int nf_test_checks;
static const char *nf_test_current = "";

#define CHECK(cond)                                                        \
    do {                                                                   \
        nf_test_checks++;                                                  \
        if (!(cond)) {                                                     \
            nf_test_failed_checks++;                                       \
            fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", __FILE__,     \
                    __LINE__, nf_test_current, #cond);                     \
        }                                                                  \
    } while (0)

#define CHECK_STR(got, want)                                               \
    do {                                                                   \
        const char *g_ = (got), *w_ = (want);                              \
        nf_test_checks++;                                                  \
        if ((g_ == NULL) != (w_ == NULL) || (g_ && strcmp(g_, w_) != 0)) { \
            nf_test_failed_checks++;                                       \
            fprintf(stderr, "%s:%d: %s: got \"%s\", want \"%s\"\n",        \
                    __FILE__, __LINE__, nf_test_current,                   \
                    g_ ? g_ : "(null)", w_ ? w_ : "(null)");               \
        }                                                                  \
    } while (0)

#define CHECK_INT(got, want)                                               \
    do {                                                                   \
        long long g_ = (long long)(got), w_ = (long long)(want);           \
        nf_test_checks++;                                                  \
        if (g_ != w_) {                                                    \
            nf_test_failed_checks++;                                       \
            fprintf(stderr, "%s:%d: %s: %s = %lld, want %lld\n", __FILE__, \
                    __LINE__, nf_test_current, #got, g_, w_);              \
        }                                                                  \
    } while (0)

#define RUN(fn)                                                            \
    do {                                                                   \
        nf_test_current = #fn;                                             \
        fn();                                                              \
    } while (0)

static inline int nf_test_done(void)
{
    fprintf(stderr, "%d checks, %d failed\n", nf_test_checks,
            nf_test_failed_checks);
    return nf_test_failed_checks ? 1 : 0;
}

/* Path of a file under the tests' data folder (static buffer). */
static inline const char *nf_test_data(const char *rel)
{
    static char buf[4096];
    const char *d = getenv("NF_TEST_DATA");
    snprintf(buf, sizeof buf, "%s/%s", d ? d : "tests/data", rel);
    return buf;
}

/* Path under ../shared, or NULL when the shared data is not there. */
static inline const char *nf_test_shared(const char *rel)
{
    static char buf[4096];
    const char *d = getenv("NF_SHARED");
    snprintf(buf, sizeof buf, "%s/%s", d ? d : "../shared", rel);
    FILE *f = fopen(buf, "r");
    if (!f)
        return NULL;
    fclose(f);
    return buf;
}

#endif
