/* sort_u64.c - sorting 64-bit values, for the sketch (round 14, speed).
 *
 * Every article's anchors and shingle hashes are sorted to be stored as
 * sets: a few hundred values, each article, twice.  qsort's call of a
 * comparison function per step cost 8 % of folding's instructions (and
 * a radix sort, tried, was no faster at these sizes: 8 passes over
 * 64-bit hashes).  This is an introsort on the values themselves:
 * quicksort with a median-of-three pivot and Hoare's partition, the
 * smaller side first, insertion sort under 16 values, and heapsort when
 * the depth passes twice log2(n), so no input takes more than
 * O(n log n).  The result is the same array qsort gives (equal values
 * cannot be told apart).
 */
#include <assert.h>

#include "fold/fold_int.h"

/* Insertion sort of v[0..n). */
static void insertion(uint64_t *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        uint64_t x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

/* Restores the max-heap v[0..n) below node i. */
static void sift_down(uint64_t *v, size_t i, size_t n)
{
    uint64_t x = v[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && v[c + 1] > v[c])
            c++;
        if (v[c] <= x)
            break;
        v[i] = v[c];
        i = c;
    }
    v[i] = x;
}

/* Heapsort of v[0..n): the fallback that bounds the worst case. */
static void heapsort_u64(uint64_t *v, size_t n)
{
    for (size_t i = n / 2; i-- > 0;)
        sift_down(v, i, n);
    for (size_t end = n; end-- > 1;) {
        uint64_t t = v[0];
        v[0] = v[end];
        v[end] = t;
        sift_down(v, 0, end);
    }
}

/* Median of a, b, c. */
static uint64_t median3(uint64_t a, uint64_t b, uint64_t c)
{
    if (a > b) {
        uint64_t t = a;
        a = b;
        b = t;
    }
    return c <= a ? a : c >= b ? b : c;
}

/* Introsort of v[0..n) with `depth` partitions allowed before heapsort. */
static void intro(uint64_t *v, size_t n, unsigned depth)
{
    while (n > 16) {
        if (depth-- == 0) {
            heapsort_u64(v, n);
            return;
        }
        uint64_t p = median3(v[0], v[n / 2], v[n - 1]);
        /* Hoare: p is a value of v, so both scans stop inside it */
        size_t i = 0, j = n - 1;
        for (;;) {
            while (v[i] < p)
                i++;
            while (v[j] > p)
                j--;
            if (i >= j)
                break;
            uint64_t t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++;
            j--;
        }
        /* v[0..j] <= p <= v[j+1..n) */
        size_t left = j + 1;
        if (left < n - left) {
            intro(v, left, depth);
            v += left;
            n -= left;
        } else {
            intro(v + left, n - left, depth);
            n = left;
        }
    }
    insertion(v, n);
}

void nf_sort_u64_depth(uint64_t *v, size_t n, unsigned depth)
{
    assert(v || !n);
    intro(v, n, depth);
}

void nf_sort_u64(uint64_t *v, size_t n)
{
    assert(v || !n);
    unsigned depth = 0;
    for (size_t m = n; m > 1; m >>= 1)
        depth += 2;
    intro(v, n, depth);
}
