/* walk.c - listing directories for the reader, and remembering which
 * directories were read.
 *
 * A directory is read in sorted (bytewise) order so that the same tree
 * always gives the same articles in the same order, whatever the file
 * system returns.  Hidden entries (names starting with '.') are left
 * out: editors' backups, .git and the like are not news.  Each directory
 * read is remembered by (device, inode) so that a symbolic link pointing
 * back up the tree is noticed, not followed forever.
 */
#include "ingest/ingest_int.h"
#include "core/grow.h"

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void nf_walk_free_list(char **paths, size_t n)
{
    if (!paths)
        return;
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

/* qsort comparator: bytewise order of two C strings. */
static int cmp_paths(const void *a, const void *b)
{
    const char *const *x = a;
    const char *const *y = b;
    return strcmp(*x, *y);
}

nf_status nf_walk_list_dir(const char *path, char ***paths, size_t *n,
                           int *err_no)
{
    assert(path && paths && n && err_no);
    *paths = NULL;
    *n = 0;
    *err_no = 0;
    DIR *d = opendir(path);
    if (!d) {
        *err_no = errno;
        return NF_ERR_IO;
    }
    size_t plen = strlen(path);
    int slash = plen > 0 && path[plen - 1] == '/';
    char **list = NULL;
    size_t count = 0, cap = 0;
    nf_status st = NF_OK;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            if (errno) {
                *err_no = errno;
                st = NF_ERR_IO;
            }
            break;
        }
        if (e->d_name[0] == '.')
            continue;  /* ".", ".." and hidden entries */
        if ((st = nf_grow(&list, &cap, count, sizeof *list, 16)))
            break;
        size_t nlen = strlen(e->d_name);
        char *full = malloc(plen + 1 + nlen + 1);
        if (!full) {
            st = NF_ERR_NOMEM;
            break;
        }
        memcpy(full, path, plen);
        size_t k = plen;
        if (!slash)
            full[k++] = '/';
        memcpy(full + k, e->d_name, nlen + 1);
        list[count++] = full;
    }
    closedir(d);
    if (st) {
        nf_walk_free_list(list, count);
        return st;
    }
    if (count > 1)
        qsort(list, count, sizeof *list, cmp_paths);
    *paths = list;
    *n = count;
    return NF_OK;
}

/* Mixes a (dev, ino) pair into a slot hash. */
static size_t dir_hash(unsigned long long dev, unsigned long long ino)
{
    unsigned long long h = dev * 0x9E3779B97F4A7C15ULL ^ ino;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    return (size_t)h;
}

/* Inserts without growing; the set has a free slot.  Returns 1 when the
 * pair was new.  Keys are stored +1 so that (0, 0) can mark a free slot. */
static int dirset_put(nf_dirset *set, unsigned long long dev,
                      unsigned long long ino)
{
    size_t mask = set->cap - 1;
    size_t i = dir_hash(dev, ino) & mask;
    for (;;) {
        unsigned long long *k = set->keys + 2 * i;
        if (k[0] == 0 && k[1] == 0) {
            k[0] = dev + 1;
            k[1] = ino + 1;
            set->n++;
            return 1;
        }
        if (k[0] == dev + 1 && k[1] == ino + 1)
            return 0;
        i = (i + 1) & mask;
    }
}

nf_status nf_dirset_add(nf_dirset *set, dev_t dev, ino_t ino, int *added)
{
    assert(set && added);
    if ((set->n + 1) * 2 > set->cap) {
        size_t ncap = set->cap ? set->cap * 2 : 64;
        nf_dirset bigger = { calloc(ncap * 2, sizeof(unsigned long long)),
                             ncap, 0 };
        if (!bigger.keys)
            return NF_ERR_NOMEM;
        for (size_t i = 0; i < set->cap; i++) {
            unsigned long long *k = set->keys + 2 * i;
            if (k[0] || k[1])
                dirset_put(&bigger, k[0] - 1, k[1] - 1);
        }
        free(set->keys);
        *set = bigger;
    }
    *added = dirset_put(set, (unsigned long long)dev,
                        (unsigned long long)ino);
    return NF_OK;
}

void nf_dirset_free(nf_dirset *set)
{
    if (!set)
        return;
    free(set->keys);
    set->keys = NULL;
    set->cap = set->n = 0;
}
