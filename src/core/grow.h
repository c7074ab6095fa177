/* grow.h - growing a malloc'ed array by doubling.
 *
 * The one place where "when full, double the capacity and realloc" is
 * written, so that every growable array of the library fails the same way
 * (NF_ERR_NOMEM, array unchanged) and checks the size arithmetic. */
#ifndef NF_CORE_GROW_H
#define NF_CORE_GROW_H

#include <stddef.h>
#include "newsfold/error.h"

/* Makes room for one more element in the array whose pointer is at `pp`
 * (e.g. &vec->items), holding `n` elements of `size` bytes with capacity
 * *cap: when n == *cap, doubles the capacity (to `first` when it is 0).
 * Returns NF_OK, or NF_ERR_NOMEM leaving array and capacity unchanged. */
nf_status nf_grow(void *pp, size_t *cap, size_t n, size_t size, size_t first);

#endif
