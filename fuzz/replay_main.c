/* replay_main.c - replays saved fuzz inputs as an ordinary test.
 *
 * Linked with one harness (fuzz_*.c, which defines LLVMFuzzerTestOneInput)
 * instead of libFuzzer's main: every file of the corpus folder given as
 * argument is fed to the harness once.  A crash or a sanitizer report
 * fails the test; so does an empty or missing corpus (a replay that
 * replays nothing proves nothing). */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tests/unit/nf_slurp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    DIR *d = opendir(argv[1]);
    if (!d) {
        fprintf(stderr, "%s: cannot open corpus folder\n", argv[1]);
        return 1;
    }
    unsigned long n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], e->d_name);
        size_t len;
        uint8_t *data = (uint8_t *)nf_slurp(path, &len);
        if (!data) {
            fprintf(stderr, "%s: cannot read\n", path);
            closedir(d);
            return 1;
        }
        LLVMFuzzerTestOneInput(data, len);
        free(data);
        n++;
    }
    closedir(d);
    fprintf(stderr, "replayed %lu inputs from %s\n", n, argv[1]);
    return n ? 0 : 1;
}
