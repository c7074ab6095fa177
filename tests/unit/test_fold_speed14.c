/* test_fold_speed14.c - round 14's faster sketch gives ICU's and qsort's
 * answers.
 *
 * The code-point tables (cp_props.c) must agree with ICU's u_charType,
 * uscript_getScript and u_foldCase for every code point of the Basic
 * Multilingual Plane and fall back to ICU beyond it; the introsort
 * (sort_u64.c) must give qsort's order on random values and on inputs
 * that trouble quicksorts (sorted, reversed, all equal, few values, organ
 * pipes, extremes) at every size around its cut-overs, and its heapsort
 * fallback, forced, must too; the folder's stable sorts of candidates and
 * weighted keys must keep ties in input order. */
#include <stdint.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "nf_test.h"
#include "fold/fold_int.h"
#include "fold/folder_int.h"

static void test_tables_match_icu(void)
{
    nf_cp_init();
    size_t bad_type = 0, bad_script = 0, bad_fold = 0;
    for (unsigned c = 0; c < 0x10000; c++) {
        UErrorCode err = U_ZERO_ERROR;
        if (nf_cp_type(c) != (int8_t)u_charType((UChar32)c))
            bad_type++;
        if (nf_cp_script(c) != uscript_getScript((UChar32)c, &err))
            bad_script++;
        if (nf_cp_foldcase(c) != (unsigned)u_foldCase((UChar32)c, U_FOLD_CASE_DEFAULT))
            bad_fold++;
    }
    CHECK_INT(bad_type, 0);
    CHECK_INT(bad_script, 0);
    CHECK_INT(bad_fold, 0);
    /* beyond the BMP: ICU's answers too (Deseret folds, an emoji, CJK
     * extension B) */
    const unsigned far[] = { 0x10400, 0x10428, 0x1F600, 0x20000, 0x10FFFF };
    for (size_t i = 0; i < sizeof far / sizeof far[0]; i++) {
        UErrorCode err = U_ZERO_ERROR;
        CHECK_INT(nf_cp_type(far[i]), (int8_t)u_charType((UChar32)far[i]));
        CHECK_INT(nf_cp_script(far[i]), uscript_getScript((UChar32)far[i], &err));
        CHECK_INT(nf_cp_foldcase(far[i]), u_foldCase((UChar32)far[i], U_FOLD_CASE_DEFAULT));
    }
    /* and a few the sketch depends on, spelled out */
    CHECK_INT(nf_cp_script(0x0416), USCRIPT_CYRILLIC);   /* Ж */
    CHECK_INT(nf_cp_script(0x05D0), USCRIPT_HEBREW);     /* א */
    CHECK_INT(nf_cp_script(0xAC00), USCRIPT_HANGUL);     /* 가 */
    CHECK_INT(nf_cp_foldcase(0x0416), 0x0436);           /* Ж -> ж */
    CHECK_INT(nf_cp_foldcase(0x00C9), 0x00E9);           /* É -> é */
    CHECK_INT(nf_cp_type(0x0661), U_DECIMAL_DIGIT_NUMBER);   /* Arabic-Indic 1 */
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorts a copy of v[0..n) both ways and compares. */
static int sorts_like_qsort(const uint64_t *v, size_t n)
{
    uint64_t *a = malloc((n ? n : 1) * sizeof *a), *b = malloc((n ? n : 1) * sizeof *b);
    if (!a || !b) {
        free(a);
        free(b);
        return 0;
    }
    if (n) {
        memcpy(a, v, n * sizeof *a);
        memcpy(b, v, n * sizeof *b);
    }
    nf_sort_u64(a, n);
    qsort(b, n, sizeof *b, cmp_u64);
    int ok = n == 0 || memcmp(a, b, n * sizeof *a) == 0;
    free(a);
    free(b);
    return ok;
}

/* xorshift64: reproducible values. */
static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void test_sort_shapes(void)
{
    static const size_t sizes[] = { 0, 1, 2, 3, 15, 16, 17, 18, 31, 33, 100, 257, 1000, 4097 };
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    size_t failed = 0, runs = 0;
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        size_t n = sizes[si];
        uint64_t *v = malloc((n ? n : 1) * sizeof *v);
        CHECK(v != NULL);
        if (!v)
            return;
        for (int shape = 0; shape < 7; shape++) {
            for (size_t i = 0; i < n; i++) {
                uint64_t r = next_rand(&seed);
                switch (shape) {
                case 0: v[i] = r; break;                               /* random */
                case 1: v[i] = i; break;                               /* sorted */
                case 2: v[i] = n - i; break;                           /* reversed */
                case 3: v[i] = 42; break;                              /* all equal */
                case 4: v[i] = r % 3; break;                           /* few values */
                case 5: v[i] = i < n / 2 ? i : n - i; break;           /* organ pipe */
                default: v[i] = (r & 1) ? UINT64_MAX : r >> 60; break; /* extremes */
                }
            }
            runs++;
            failed += !sorts_like_qsort(v, n);
        }
        free(v);
    }
    CHECK_INT(failed, 0);
    CHECK_INT(runs, 7 * sizeof sizes / sizeof sizes[0]);
}

/* The heapsort that bounds the worst case: forced from the start (depth
 * 0) and after one or two partitions, on the same shapes, against qsort.
 * Also a long input of interleaved halves (low odd places, high even
 * ones, then the evens: hard on a median of the first, middle and last
 * values) through the ordinary entry. */
static void test_sort_depth_limit(void)
{
    uint64_t seed = 12345;
    size_t failed = 0;
    for (unsigned depth = 0; depth < 3; depth++)
        for (size_t n = 17; n < 600; n += 97) {
            uint64_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
            CHECK(a && b);
            if (!a || !b) {
                free(a);
                free(b);
                return;
            }
            for (int shape = 0; shape < 3; shape++) {
                for (size_t i = 0; i < n; i++)
                    a[i] = shape == 0 ? next_rand(&seed) : shape == 1 ? n - i : next_rand(&seed) % 5;
                memcpy(b, a, n * sizeof *a);
                nf_sort_u64_depth(a, n, depth);
                qsort(b, n, sizeof *b, cmp_u64);
                failed += memcmp(a, b, n * sizeof *a) != 0;
            }
            free(a);
            free(b);
        }
    CHECK_INT(failed, 0);

    size_t n = 200000, k = n / 2;
    uint64_t *v = malloc(n * sizeof *v);
    CHECK(v != NULL);
    if (!v)
        return;
    for (size_t i = 0; i < k; i++) {
        v[2 * i] = i % 2 ? k + i : i + 1;
        v[2 * i + 1] = i % 2 ? i + 1 : k + i + 1;
    }
    for (size_t i = 0; i < k; i++)
        v[k + i] = 2 * (i + 1);
    CHECK(sorts_like_qsort(v, n));
    free(v);
}

/* Reference order for the stable sorts: weight descending, then input
 * position. */
typedef struct ref_item {
    double w;
    size_t pos;
} ref_item;

static int ref_cmp(const void *x, const void *y)
{
    const ref_item *a = x, *b = y;
    if (a->w != b->w)
        return a->w < b->w ? 1 : -1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* The folder's stable sorts (folder_score.c) keep ties in input order:
 * keys and candidates with weights drawn from a few values (many ties),
 * at sizes around the insertion cut-over and the stack scratch. */
static void test_stable_sorts(void)
{
    static const size_t sizes[] = { 0, 1, 2, 12, 13, 25, 64, 65, 300, 1000 };
    uint64_t seed = 777;
    size_t bad = 0;
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        size_t n = sizes[si];
        nf_fd_wkey *v = malloc((n ? n : 1) * sizeof *v);
        nf_fd_cand *c = calloc(n ? n : 1, sizeof *c);
        ref_item *r = malloc((n ? n : 1) * sizeof *r);
        CHECK(v && c && r);
        if (!v || !c || !r) {
            free(v);
            free(c);
            free(r);
            return;
        }
        for (size_t i = 0; i < n; i++) {
            double w = (double)(next_rand(&seed) % 7) * 0.25;
            v[i].key = i;
            v[i].w = w;
            c[i].ix = i;
            c[i].acc = w;
            r[i].w = w;
            r[i].pos = i;
        }
        nf_fd_sort_wkey(v, n);
        nf_fd_sort_cand(c, n);
        qsort(r, n, sizeof *r, ref_cmp);
        for (size_t i = 0; i < n; i++)
            bad += v[i].key != r[i].pos || c[i].ix != r[i].pos;
        free(v);
        free(c);
        free(r);
    }
    CHECK_INT(bad, 0);
}

int main(void)
{
    RUN(test_tables_match_icu);
    RUN(test_sort_shapes);
    RUN(test_sort_depth_limit);
    RUN(test_stable_sorts);
    return nf_test_done();
}
