/* grow.c - growing a malloc'ed array by doubling (see grow.h).
 *
 * The array pointer is passed by address as `void *` and read and written
 * with memcpy, so one function serves arrays of any element type without
 * casting a `T **` to `void **`. */
#include "grow.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

nf_status nf_grow(void *pp, size_t *cap, size_t n, size_t size, size_t first)
{
    assert(pp && cap && size && n <= *cap);
    if (n < *cap)
        return NF_OK;
    size_t nc = *cap ? *cap * 2 : (first ? first : 8);
    if (nc <= n || nc > SIZE_MAX / size)
        return NF_ERR_NOMEM;
    void *old;
    memcpy(&old, pp, sizeof old);
    void *p = realloc(old, nc * size);
    if (!p)
        return NF_ERR_NOMEM;
    memcpy(pp, &p, sizeof p);
    *cap = nc;
    return NF_OK;
}
