/* test_names.c - name keys: transliteration, skeletons, distances and the
 * deletion-neighbourhood index.  The names are invented or common ones,
 * written for this test. */
#include "nf_test.h"

#include "names/names.h"

static nf_namer *nm;

/* Skeleton of the whole name `s` (two alternating static buffers, so
 * that two calls can be compared). */
static const char *full(const char *s)
{
    static nf_name_key k[2];
    static int turn;
    turn ^= 1;
    CHECK_INT(nf_name_key_make(nm, s, strlen(s), &k[turn]), NF_OK);
    return k[turn].full;
}

static void test_tokens(void)
{
    nf_name_key k;
    const char *s = "オレクサンドル・マルチェンコ";
    CHECK_INT(nf_name_key_make(nm, s, strlen(s), &k), NF_OK);
    CHECK_INT(k.n, 2);
    CHECK_STR(k.latin[1], "maruchenko");
    s = "Karl-Heinz  Brückner";
    CHECK_INT(nf_name_key_make(nm, s, strlen(s), &k), NF_OK);
    CHECK_INT(k.n, 3);
    CHECK_STR(k.latin[2], "bruckner");
    s = "Олександр Марченко";
    CHECK_INT(nf_name_key_make(nm, s, strlen(s), &k), NF_OK);
    CHECK_STR(k.latin[1], "marchenko");
    CHECK_INT(nf_name_key_make(nm, "", 0, &k), NF_OK);
    CHECK_INT(k.n, 0);
}

static void test_skeletons_meet(void)
{
    /* one person in five scripts */
    const char *v[] = { "Marchenko", "Марченко", "マルチェンコ", "Martschenko",
                        "Marczenko", "مارتشينكو" };
    for (size_t i = 1; i < sizeof v / sizeof v[0]; i++)
        CHECK(nf_skel_distance(full(v[0]), full(v[i]), 2) <= 0.5);
    /* Japanese epenthesis and l/r, Slavic endings, v/b */
    CHECK_STR(full("Volkova"), full("ヴォルコワ"));
    CHECK_STR(full("Sokolovskij"), full("Sokolovsky"));
    CHECK_STR(full("Brindlecombe"), full("Brindlecomb"));
    /* different names stay apart */
    CHECK(nf_skel_distance(full("Volkova"), full("Vlasova"), 2) >= 1.0);
    CHECK(nf_skel_distance(full("Marchenko"), full("Petrenko"), 2) > 1.0);
}

static void test_distance(void)
{
    CHECK(nf_skel_distance("ABC", "ABC", 2) == 0);
    CHECK(nf_skel_distance("ABC", "AB", 2) == 1);
    CHECK(nf_skel_distance("KST", "KCT", 2) == 0.5);     /* close classes */
    CHECK(nf_skel_distance("MMMMMM", "NNNNNNLL", 1) > 1);  /* gives up */
    CHECK(nf_latin_similarity("root", "root") == 1.0);
    CHECK(nf_latin_similarity("abcd", "wxyz") == 0.0);
}

static int collect(void *ctx, uint32_t id)
{
    unsigned *seen = ctx;
    if (id < 32)
        *seen |= 1u << id;
    return 0;
}

static void test_index(void)
{
    nf_nameidx *ix = nf_nameidx_new();
    CHECK(ix != NULL);
    if (!ix)
        return;
    CHECK_INT(nf_nameidx_add(ix, "MLCNK", 1), NF_OK);
    CHECK_INT(nf_nameidx_add(ix, "BLKB", 2), NF_OK);
    CHECK_INT(nf_nameidx_add(ix, "BLKB", 2), NF_OK);
    for (uint32_t i = 3; i < 2000; i++) {           /* growth */
        char s[16];
        snprintf(s, sizeof s, "Q%u", i);
        CHECK_INT(nf_nameidx_add(ix, s, i % 31), NF_OK);
    }
    unsigned seen = 0;
    nf_nameidx_query(ix, "MLCK", collect, &seen);       /* one deletion */
    CHECK(seen & (1u << 1));
    seen = 0;
    nf_nameidx_query(ix, "MLSNK", collect, &seen);      /* one substitution */
    CHECK(seen & (1u << 1));
    CHECK(!(seen & (1u << 2)));
    seen = 0;
    nf_nameidx_query(ix, "BLKBB", collect, &seen);      /* one insertion */
    CHECK(seen & (1u << 2));
    seen = 0;
    nf_nameidx_query(ix, "TTTT", collect, &seen);
    CHECK_INT(seen, 0);
    nf_nameidx_free(ix);
}

int main(void)
{
    nm = nf_namer_new();
    CHECK(nm != NULL);
    if (!nm)
        return nf_test_done();
    RUN(test_tokens);
    RUN(test_skeletons_meet);
    RUN(test_distance);
    RUN(test_index);
    nf_namer_free(nm);
    return nf_test_done();
}
