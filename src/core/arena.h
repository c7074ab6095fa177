/* arena.h - per-document bump allocator.
 *
 * Everything an article owns lives in one arena and is freed at once.
 * Allocation is a pointer bump; memory is never freed piecemeal. */
#ifndef NF_CORE_ARENA_H
#define NF_CORE_ARENA_H

#include <stddef.h>

typedef struct nf_arena nf_arena;

/* Creates an arena; NULL when out of memory. */
nf_arena *nf_arena_new(void);
/* Frees the arena and all its allocations; NULL allowed. */
void nf_arena_free(nf_arena *a);
/* Returns `n` bytes aligned to 16 (n may be 0), or NULL when out of memory.
 * The memory is not zeroed. */
void *nf_arena_alloc(nf_arena *a, size_t n);
/* Like nf_arena_alloc but zeroed; NULL on overflow or out of memory. */
void *nf_arena_calloc(nf_arena *a, size_t count, size_t size);
/* Copies `len` bytes of `s` and appends a NUL; NULL when out of memory. */
char *nf_arena_strndup(nf_arena *a, const char *s, size_t len);
/* Bytes handed out so far (for limits and statistics). */
size_t nf_arena_used(const nf_arena *a);

#endif
