/* test_fold.c - story folding: numbers, name keys, sketches, near
 * duplicates and translation linking, on the test's own small fixtures
 * (written for this test; the names and events are invented). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "core/article_int.h"

static void canon_is(const char *in, const char *want)
{
    char out[40];
    size_t n = nf_number_canon(in, strlen(in), out, sizeof out);
    CHECK_STR(n ? out : "", want);
}

static void test_numbers(void)
{
    canon_is("4,5", "4.5");
    canon_is("4.5", "4.5");
    canon_is("4\xC2\xA0" "000", "4000");        /* NBSP thousands */
    canon_is("12,800", "12800");
    canon_is("\xD9\xA1\xD9\xA4\xD9\xA0", "140");  /* Arabic-Indic 140 */
    canon_is("\xD9\xA1\xD9\xAB\xD9\xA2", "1.2");  /* Arabic decimal sign */
    canon_is("\xE0\xA5\xA7\xE0\xA5\xAA", "14");   /* Devanagari 14 */
    canon_is("\xEF\xBC\x91\xEF\xBC\x92", "12");   /* full-width 12 */
    canon_is("7", "");                            /* one digit: no anchor */
    canon_is("0.50", "0.5");
}

static void test_keys(void)
{
    char k[8];
    CHECK_INT(nf_consonant_key("varga", 5, k, sizeof k), 3);
    CHECK_STR(k, "PRK");
    nf_consonant_key("zelensky", 8, k, sizeof k);
    CHECK_STR(k, "SRNSK");
    nf_translit *t = nf_translit_new();
    CHECK(t != NULL);
    if (!t)
        return;
    const char *forms[] = { "Varga", "\xD0\x92\xD0\xB0\xD1\x80\xD0\xB3\xD0\xB0",   /* Варга */
                            "\xE3\x83\xB4\xE3\x82\xA1\xE3\x83\xAB\xE3\x82\xAC",   /* ヴァルガ */
                            "\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\x97\xE0\xA4\xBE" }; /* वर्गा */
    uint64_t e0, k0;
    CHECK_INT(nf_translit_word(t, forms[0], strlen(forms[0]), &e0, &k0), NF_OK);
    CHECK(k0 != 0);
    for (int i = 1; i < 4; i++) {
        uint64_t e, kk;
        CHECK_INT(nf_translit_word(t, forms[i], strlen(forms[i]), &e, &kk), NF_OK);
        CHECK(kk == k0);
    }
    uint64_t e1, k1;   /* another name, another key */
    nf_translit_word(t, "Morikawa", 8, &e1, &k1);
    CHECK(k1 != k0 && e1 != e0);
    /* cached answers are the same answers */
    uint64_t e2, k2;
    nf_translit_word(t, forms[1], strlen(forms[1]), &e2, &k2);
    CHECK(k2 == k0);
    nf_translit_free(t);
}

static const char body_a[] =
    "The harbour authority of Port Elmsby closed the northern quay on Tuesday after a crane collapsed onto a cargo ship.\n"
    "Nobody was hurt, said harbour master Orla Pendergast, but 37 containers fell into the water.\n"
    "Divers from the coast guard started recovering the containers on Wednesday morning.\n"
    "The crane, built in 1987, had passed an inspection in March, according to the operator Tarvik Logistics.\n"
    "Shipping lines were told to expect delays of up to 48 hours while the quay is cleared.\n"
    "Pendergast said an inquiry would report within 30 days.\n";

/* the same report, re-posted: boilerplate added, a paragraph dropped,
 * punctuation and quotes changed */
static const char body_a_dup[] =
    "Advertisement\n"
    "The harbour authority of Port Elmsby closed the northern quay on Tuesday, after a crane collapsed onto a cargo ship!\n"
    "\"Nobody was hurt\", said harbour master Orla Pendergast - but 37 containers fell into the water.\n"
    "The crane, built in 1987, had passed an inspection in March according to the operator Tarvik Logistics.\n"
    "Shipping lines were told to expect delays of up to 48 hours while the quay is cleared.\n"
    "Pendergast said an inquiry would report within 30 days.\n"
    "Share this article\n";

/* the same report in German */
static const char body_a_de[] =
    "Die Hafenbeh\xC3\xB6" "rde von Port Elmsby hat am Dienstag den Nordkai gesperrt, nachdem ein Kran auf ein Frachtschiff gest\xC3\xBC" "rzt war.\n"
    "Verletzt wurde niemand, sagte Hafenmeisterin Orla Pendergast, aber 37 Container fielen ins Wasser.\n"
    "Taucher der K\xC3\xBC" "stenwache begannen am Mittwochmorgen mit der Bergung der Container.\n"
    "Der Kran, gebaut 1987, hatte im M\xC3\xA4" "rz eine Pr\xC3\xBC" "fung bestanden, so der Betreiber Tarvik Logistics.\n"
    "Reedereien m\xC3\xBC" "ssen mit Versp\xC3\xA4" "tungen von bis zu 48 Stunden rechnen, bis der Kai ger\xC3\xA4" "umt ist.\n"
    "Pendergast sagte, eine Untersuchung werde binnen 30 Tagen berichten.\n";

/* another story */
static const char body_b[] =
    "The city council of Lowmarsh voted 21 to 9 on Monday to build a new library on the site of the old bus depot.\n"
    "Mayor Idris Calloway said construction would start in 2027 and cost 14.5 million pounds.\n"
    "Opponents led by councillor Fenna Brightwater wanted the money spent on road repairs.\n"
    "The library will hold 120,000 books and a children's theatre, according to the architects, Sollen & Marsh.\n";

static nf_article *make(const char *id, const char *title, const char *text,
                        const char *lang, const char *date, size_t n_sent)
{
    nf_article *a = nf_article_new();
    nf_article_set(a, &a->id, id, strlen(id));
    nf_article_set(a, &a->title, title, strlen(title));
    if (date)
        nf_article_set(a, &a->published, date, strlen(date));
    nf_article_set_text(a, text, strlen(text));
    nf_article_set_language(a, lang, 1.0);
    a->n_sentences = n_sent;
    nf_article_finish(a);
    return a;
}

static void test_sketch(void)
{
    nf_translit *t = nf_translit_new();
    nf_sketch a, d, b, r;
    memset(&a, 0, sizeof a);
    memset(&d, 0, sizeof d);
    memset(&b, 0, sizeof b);
    memset(&r, 0, sizeof r);
    CHECK_INT(nf_sketch_build_text(t, "Crane falls", body_a, strlen(body_a), "en",
                                   "2026-05-05", 6, &a), NF_OK);
    nf_sketch_build_text(t, NULL, body_a_dup, strlen(body_a_dup), "en", NULL, 7, &d);
    nf_sketch_build_text(t, NULL, body_b, strlen(body_b), "en", NULL, 4, &b);
    CHECK(a.n_shingles > 5);
    CHECK(a.n_anchors > 5);
    CHECK(nf_sketch_containment(&a, &d, NULL) >= 0.5);
    CHECK(nf_sketch_containment(&a, &b, NULL) < 0.1);
    CHECK(fabs(a.time - nf_fold_days("2026-05-05")) < 1e-9);
    CHECK(isnan(d.time));
    CHECK(nf_fold_days("1970-01-02") == 1.0);
    CHECK(isnan(nf_fold_days("2026-13-01")));
    /* bytes round trip */
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    CHECK_INT(nf_sketch_encode(&a, &buf, &len, &cap), NF_OK);
    CHECK_INT(nf_sketch_decode(buf, len, &r), NF_OK);
    CHECK_INT(r.n_anchors, a.n_anchors);
    CHECK_INT(r.n_shingles, a.n_shingles);
    CHECK_INT(r.n_seq, a.n_seq);
    CHECK(r.n_anchors && memcmp(r.anchors, a.anchors, 8 * a.n_anchors) == 0);
    CHECK_STR(r.lang, "en");
    CHECK_INT(r.latin, a.latin);
    {
        /* the script class survives whole: a text of a caseless alphabet
         * (bit 1) stays one, not Latin, when a folder is reloaded from
         * the store (round 7: it came back as 1) */
        nf_sketch x = a, y;
        unsigned char *b2 = NULL;
        size_t len2 = 0, cap2 = 0;
        memset(&y, 0, sizeof y);
        x.latin = 2;
        CHECK_INT(nf_sketch_encode(&x, &b2, &len2, &cap2), NF_OK);
        CHECK_INT(nf_sketch_decode(b2, len2, &y), NF_OK);
        CHECK_INT(y.latin, 2);
        nf_sketch_clear(&y);
        free(b2);
    }
    CHECK_INT(nf_sketch_decode(buf, len - 1, &r), NF_ERR_FORMAT);
    CHECK_INT(nf_sketch_decode("junk", 4, &r), NF_ERR_FORMAT);
    free(buf);
    nf_sketch_clear(&a);
    nf_sketch_clear(&d);
    nf_sketch_clear(&b);
    nf_sketch_clear(&r);
    nf_translit_free(t);
}

static void test_folder(void)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_article *arts[4] = {
        make("a", "Crane collapses at Port Elmsby", body_a, "en", "2026-05-05", 6),
        make("b", "Lowmarsh votes for new library", body_b, "en", "2026-05-05", 4),
        make("a-dup", "Crane collapses at Port Elmsby | News", body_a_dup, "en", "2026-05-06", 7),
        make("a-de", "Kran st\xC3\xBC" "rzt in Port Elmsby auf Frachtschiff", body_a_de, "de",
             "2026-05-06", 6),
    };
    nf_fold_result r[4];
    for (int i = 0; i < 4; i++)
        CHECK_INT(nf_folder_add(f, arts[i], &r[i]), NF_OK);
    CHECK_INT(r[0].relation, NF_REL_ORIGINAL);
    CHECK_INT(r[1].relation, NF_REL_ORIGINAL);
    CHECK(r[1].story != r[0].story);
    CHECK(r[1].report != r[0].report);
    CHECK_INT(r[2].relation, NF_REL_DUPLICATE);
    CHECK(r[2].report == r[0].report);
    CHECK(r[2].story == r[0].story);
    CHECK_INT(r[3].relation, NF_REL_TRANSLATION);
    CHECK(r[3].report == r[0].report);
    CHECK(r[3].story == r[0].story);
    CHECK(r[3].story != r[1].story);
    nf_fold_result got = nf_article_fold(arts[3]);
    CHECK(got.report == r[3].report && got.relation == NF_REL_TRANSLATION);
    CHECK_STR(nf_relation_name(NF_REL_TRANSLATION), "translation");
    CHECK_INT(nf_relation_parse("duplicate"), NF_REL_DUPLICATE);
    CHECK_INT(nf_relation_parse("nonsense"), NF_REL_NONE);

    /* restoring into a new folder keeps ids; new ids continue above */
    size_t len;
    const void *sk = nf_folder_last_sketch(f, &len);
    nf_folder *g = nf_folder_new(NULL);
    CHECK_INT(nf_folder_restore(g, sk, len, &r[3]), NF_OK);
    nf_article *again = make("b2", "Lowmarsh library vote", body_b, "en", "2026-05-07", 4);
    nf_fold_result rb;
    CHECK_INT(nf_folder_add(g, again, &rb), NF_OK);
    CHECK(rb.story > r[3].story);
    CHECK(rb.report > r[3].report);
    nf_article *again2 = make("a-dup2", "Crane", body_a_dup, "en", "2026-05-07", 7);
    nf_fold_result rd;
    CHECK_INT(nf_folder_add(g, again2, &rd), NF_OK);
    CHECK(rd.story == r[3].story);   /* joins the restored story */
    nf_article_free(again);
    nf_article_free(again2);
    nf_folder_free(g);

    /* outside the time window a story is no longer joined */
    nf_article *late = make("late", "Crane", body_a_dup, "en", "2026-09-01", 7);
    nf_fold_result rl;
    CHECK_INT(nf_folder_add(f, late, &rl), NF_OK);
    CHECK(rl.story != r[0].story);
    nf_article_free(late);
    for (int i = 0; i < 4; i++)
        nf_article_free(arts[i]);
    nf_folder_free(f);
}


/* a later story whose first article is thin (nothing of the crane story)
 * and whose second article brings the crane back */
static const char body_c1[] =
    "The inquiry panel chaired by Mirela Osterhagen opened its hearings in Wexcombe on Monday.\n"
    "Osterhagen said the panel would sit for 12 days and hear 64 witnesses, starting with Yannick Brevoort.\n";
static const char body_c2[] =
    "The inquiry panel chaired by Mirela Osterhagen opened its hearings in Wexcombe on Monday.\n"
    "Its subject is the crane that collapsed at Port Elmsby, where 37 containers fell into the water.\n"
    "Harbour master Orla Pendergast and the operator Tarvik Logistics will both give evidence.\n"
    "Osterhagen said the panel would sit for 12 days and hear 64 witnesses, starting with Yannick Brevoort.\n";

static void test_storyline(void)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_article *a = make("a", "Crane collapses at Port Elmsby", body_a, "en", "2026-05-05", 6);
    nf_article *c1 = make("c1", "Inquiry opens in Wexcombe", body_c1, "en", "2026-05-25", 2);
    nf_article *c2 = make("c2", "Wexcombe inquiry to hear Port Elmsby crane evidence", body_c2,
                          "en", "2026-05-25", 4);
    nf_fold_result ra, r1, r2;
    CHECK_INT(nf_folder_add(f, a, &ra), NF_OK);
    CHECK_INT(nf_folder_add(f, c1, &r1), NF_OK);
    CHECK(r1.story != ra.story);
    CHECK(r1.storyline != ra.storyline);   /* nothing in common yet */
    CHECK_INT(nf_folder_add(f, c2, &r2), NF_OK);
    CHECK(r2.story == r1.story);           /* the crane story is out of the window */
    CHECK(r2.storyline == ra.storyline);   /* decided again from the grown story */
    nf_article_free(a);
    nf_article_free(c1);
    nf_article_free(c2);
    nf_folder_free(f);
}

/* Whether sketch k holds the number anchor of canonical text `num`. */
static int has_number(const nf_sketch *k, const char *num)
{
    uint64_t a = NF_ANCHOR_MAKE(NF_ANCHOR_NUM, XXH3_64bits(num, strlen(num)));
    for (uint32_t i = 0; i < k->n_anchors; i++)
        if (k->anchors[i] == a)
            return 1;
    return 0;
}

static void test_scale_words(void)
{
    nf_translit *t = nf_translit_new();
    nf_sketch a, b, c, d;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    memset(&c, 0, sizeof c);
    memset(&d, 0, sizeof d);
    const char *en = "The ministry will spend 2.5 billion on new ferries.";
    const char *ja = "\xE7\x9C\x81\xE3\x81\xAF" "25\xE5\x84\x84"          /* 省は25億 */
                     "\xE3\x82\x92\xE6\x94\xAF\xE5\x87\xBA\xE3\x81\x99\xE3\x82\x8B\xE3\x80\x82";
    const char *it = "Il ministero spender\xC3\xA0 2,5 miliardi per i traghetti.";
    const char *ko = "\xEC\xA0\x95\xEB\xB6\x80\xEB\x8A\x94 3\xEB\xA7\x8C\xEB\xAA\x85"; /* 정부는 3만명 */
    CHECK_INT(nf_sketch_build_text(t, NULL, en, strlen(en), "en", NULL, 1, &a), NF_OK);
    CHECK_INT(nf_sketch_build_text(t, NULL, ja, strlen(ja), "ja", NULL, 1, &b), NF_OK);
    CHECK_INT(nf_sketch_build_text(t, NULL, it, strlen(it), "it", NULL, 1, &c), NF_OK);
    CHECK_INT(nf_sketch_build_text(t, NULL, ko, strlen(ko), "ko", NULL, 1, &d), NF_OK);
    CHECK(has_number(&a, "2500000000"));
    CHECK(has_number(&b, "2500000000"));
    CHECK(has_number(&c, "2500000000"));
    CHECK(has_number(&a, "2.5"));          /* the digits as written too */
    CHECK(has_number(&d, "30000"));
    CHECK(!has_number(&d, "3"));           /* a single digit is no anchor */
    nf_sketch_clear(&a);
    nf_sketch_clear(&b);
    nf_sketch_clear(&c);
    nf_sketch_clear(&d);
    nf_translit_free(t);
}

static void test_scripts(void)
{
    nf_translit *t = nf_translit_new();
    uint64_t e1, k1, e2, k2;
    /* Corbyn in Arabic is written kwrbyn: w and y are vowels there */
    CHECK_INT(nf_translit_word(t, "Corbyn", 6, &e1, &k1), NF_OK);
    const char *ar = "\xD9\x83\xD9\x88\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x86";   /* كوربين */
    CHECK_INT(nf_translit_word(t, ar, strlen(ar), &e2, &k2), NF_OK);
    CHECK(k1 != 0 && k1 == k2);
    CHECK(NF_ANCHOR_KIND(k1) == NF_ANCHOR_KEY);
    /* a 3-class key is its own, weaker kind */
    CHECK_INT(nf_translit_word(t, "Varga", 5, &e1, &k1), NF_OK);
    CHECK(NF_ANCHOR_KIND(k1) == NF_ANCHOR_KEY3);
    CHECK(NF_ANCHOR_KIND(e1) == NF_ANCHOR_EXACT);
    /* exact forms come only from Latin-script words; a Cyrillic text is
     * neither Latin nor caseless */
    const char *ru = "\xD0\x92\xD0\xB0\xD1\x80\xD0\xB3\xD0\xB0 "      /* Варга встретил Морикаву */
                     "\xD0\xB2\xD1\x81\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8\xD0\xBB "
                     "\xD0\x9C\xD0\xBE\xD1\x80\xD0\xB8\xD0\xBA\xD0\xB0\xD0\xB2\xD1\x83 BBC.";
    nf_sketch k;
    memset(&k, 0, sizeof k);
    CHECK_INT(nf_sketch_build_text(t, NULL, ru, strlen(ru), "ru", NULL, 1, &k), NF_OK);
    int exact = 0, keys = 0;
    for (uint32_t i = 0; i < k.n_anchors; i++) {
        exact += NF_ANCHOR_KIND(k.anchors[i]) == NF_ANCHOR_EXACT;
        keys += NF_ANCHOR_KIND(k.anchors[i]) >= NF_ANCHOR_KEY;
    }
    CHECK_INT(exact, 1);                   /* BBC, the Latin token */
    CHECK(keys >= 2);
    CHECK_INT(k.latin, 0);
    nf_sketch_clear(&k);
    CHECK_INT(nf_sketch_build_text(t, NULL, ar, strlen(ar), "ar", NULL, 1, &k), NF_OK);
    CHECK_INT(k.latin, 2);                 /* caseless */
    nf_sketch_clear(&k);
    nf_translit_free(t);
}

/* An invented capitalised name for story s, part j. */
static void name_of(int s, int j, char *out, size_t max)
{
    static const char *syl[] = { "ka", "lo", "mir", "tes", "vu", "dan", "rel", "zo",
                                 "pim", "gar", "ne", "bos" };
    int x = s * 7 + j * 13 + 5;
    snprintf(out, max, "%c%s%s%s", 'B' + (x % 20), syl[x % 12], syl[(x / 12) % 12],
             syl[(x / 144) % 12]);
}

/* Folds n synthetic articles, 10 a day, 5 per story; returns the folder. */
static nf_folder *fold_synthetic(int n)
{
    nf_fold_options o = { 14, 30, 0 };
    nf_folder *f = nf_folder_new(&o);
    for (int i = 0; i < n && f; i++) {
        int s = i / 5;
        char n1[32], n2[32], n3[32], text[512], id[32], date[16];
        name_of(s, 0, n1, sizeof n1);
        name_of(s, 1, n2, sizeof n2);
        name_of(s, 2, n3, sizeof n3);
        snprintf(text, sizeof text,
                 "%s met %s in %s on the %d of the month, version %d.\n"
                 "They spoke about %d boats and %d workers at the quay of %s.\n",
                 n1, n2, n3, 10 + s % 17, i, 100 + s, 2000 + s, n3);
        snprintf(id, sizeof id, "syn%d", i);
        int day = i / 10;
        snprintf(date, sizeof date, "2026-%02d-%02d", 1 + (day / 28) % 12, 1 + day % 28);
        nf_article *a = make(id, n1, text, "en", date, 2);
        nf_fold_result r;
        if (nf_folder_add(f, a, &r) != NF_OK) {
            nf_article_free(a);
            nf_folder_free(f);
            return NULL;
        }
        nf_article_free(a);
    }
    return f;
}

static void test_bounded(void)
{
    nf_folder *f1 = fold_synthetic(2500), *f2 = fold_synthetic(5000);
    CHECK(f1 && f2);
    if (!f1 || !f2) {
        nf_folder_free(f1);
        nf_folder_free(f2);
        return;
    }
    nf_folder_held h1, h2;
    nf_folder_held_get(f1, &h1);
    nf_folder_held_get(f2, &h2);
    /* 10 articles a day, a 14-day window (plus the sweep's lag) */
    CHECK(h2.articles <= 14 * 10 + 256 + 10);
    /* stories: 2 a day over the 30-day storyline window (plus lag) */
    CHECK(h2.stories <= 30 * 2 + 60);
    /* twice the archive, not twice the index */
    CHECK(h2.shingle_keys < h1.shingle_keys * 3 / 2 + 1000);
    CHECK(h2.df_keys < h1.df_keys * 3 / 2 + 1000);
    nf_fold_stats st;
    nf_folder_stats(f2, &st);
    CHECK_INT((long long)st.articles, 5000);
    CHECK(st.stories >= 900);              /* 1000 synthetic stories, kept apart */
    nf_folder_free(f1);
    nf_folder_free(f2);
}

int main(void)
{
    RUN(test_numbers);
    RUN(test_keys);
    RUN(test_sketch);
    RUN(test_folder);
    RUN(test_scale_words);
    RUN(test_scripts);
    RUN(test_bounded);
    RUN(test_storyline);
    return nf_test_done();
}
