/* nf_slurp.h - reading a whole file, for the programs around the library
 * (unit tests, benchmarks, the fuzz corpus replay); header-only so that
 * each of them, built on its own, gets it by one include. */
#ifndef NF_SLURP_H
#define NF_SLURP_H

#include <stdio.h>
#include <stdlib.h>

/* Reads the file at path into a malloc'ed, NUL-terminated buffer (its
 * length, without the NUL, in *len when len is not NULL).  NULL when the
 * file cannot be opened or read or memory runs out.  The caller frees. */
static inline char *nf_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, r;
    char *buf = malloc(cap + 1);
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, 2 * cap + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

#endif
