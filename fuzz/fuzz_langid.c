/* fuzz_langid.c - libFuzzer harness for language identification.
 *
 * Arbitrary bytes (invalid UTF-8 included) go to nf_langid_detect with
 * room for 0, 1 and 8 guesses.  Promises checked: at most max_out guesses;
 * every guess is a language of the model with a score in [0,1]; scores do
 * not increase down the list; the best guess does not depend on how many
 * guesses were asked for. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfold/langid.h"
#include "fuzz_util.h"

/* True when code is one of the model's language codes. */
static int known_code(const char *code)
{
    for (size_t i = 0; i < nf_langid_language_count(); i++)
        if (strcmp(nf_langid_language_code(i), code) == 0)
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    nf_lang_guess g[8], one[1];
    require(nf_langid_detect(text, size, NULL, 0) == 0);
    size_t n = nf_langid_detect(text, size, g, 8);
    size_t n1 = nf_langid_detect(text, size, one, 1);
    require(n <= 8 && n1 <= 1 && (n == 0) == (n1 == 0));
    for (size_t i = 0; i < n; i++) {
        require(g[i].code != NULL && known_code(g[i].code));
        require(g[i].score >= 0.0 && g[i].score <= 1.0);
        require(i == 0 || g[i].score <= g[i - 1].score);
    }
    if (n > 0)
        require(strcmp(g[0].code, one[0].code) == 0);
    return 0;
}
