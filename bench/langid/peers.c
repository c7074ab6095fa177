/* peers.c - the peer identifiers of the langid bench: libexttextcat
 * (Debian libexttextcat-dev) and, when built with NF_BENCH_CLD2, CLD2
 * through the C++ shim peer_cld2.cc.  Their answers are mapped to the
 * codes newsfold uses (ISO 639-1, else 639-3; Tagalog as fil). */
#include "peers.h"

#include <stdio.h>
#include <string.h>

#include <libexttextcat/textcat.h>

static void *tc_handle;
static char tc_code[32];

/* Maps a peer's code to newsfold's: strips region/script suffixes and
 * folds individual languages into the macrolanguage codes newsfold uses. */
static const char *map_code(const char *c, char *buf, size_t cap)
{
    static const char *const fold[][2] = {
        {"tl", "fil"}, {"plt", "mg"}, {"gug", "gn"}, {"quz", "qu"},
        {"ckb", "ku"}, {"kmr", "ku"}, {"nb", "nb"}, {"no", "nb"},
        {"iw", "he"}, {"in", "id"}, {"zh", "zh"}, {"tzm", "zgh"},
    };
    size_t n = strcspn(c, "-_");
    if (n == 0 || n >= cap)
        return NULL;
    memcpy(buf, c, n);
    buf[n] = 0;
    for (size_t i = 0; i < sizeof fold / sizeof fold[0]; i++)
        if (strcmp(buf, fold[i][0]) == 0)
            return fold[i][1];
    return buf;
}

static int tc_init(void)
{
    tc_handle = special_textcat_Init("/usr/share/libexttextcat/fpdb.conf",
                                     "/usr/share/libexttextcat/");
    return tc_handle ? 0 : -1;
}

/* exttextcat answers "[xx--utf8][yy--utf8]", "SHORT" or "UNKNOWN". */
static const char *tc_detect(const char *text, size_t len)
{
    const char *r = textcat_Classify(tc_handle, text, len);
    if (!r || r[0] != '[')
        return NULL;
    char tmp[32];
    size_t n = strcspn(r + 1, "]");
    if (n >= sizeof tmp)
        return NULL;
    memcpy(tmp, r + 1, n);
    tmp[n] = 0;
    return map_code(tmp, tc_code, sizeof tc_code);
}

#ifdef NF_BENCH_CLD2
static int cld2_init(void) { return 0; }
static char cld2_code[32];
static const char *cld2_detect(const char *text, size_t len)
{
    const char *c = nf_bench_cld2_detect(text, len);
    return c ? map_code(c, cld2_code, sizeof cld2_code) : NULL;
}
#endif

const nf_bench_peer nf_bench_peers[] = {
#ifdef NF_BENCH_CLD2
    {"cld2", cld2_init, cld2_detect},
#endif
    {"exttextcat", tc_init, tc_detect},
};
const size_t nf_bench_npeers = sizeof nf_bench_peers / sizeof nf_bench_peers[0];
