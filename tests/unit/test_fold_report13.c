/* test_fold_report13.c - step 3 of folding, round 13 (report_align.c,
 * folder_report.c): the order of the specific anchors.
 *
 * Six articles of the window name the eight members of an (invented)
 * shipping league; then an English article and a Spanish one that are
 * two parts of one report: both name the league's members (the first
 * paragraph by size, the last one by founding year: another order) and
 * share six specific entries (two people, a harbour, a figure) in one
 * order.  Over the whole sequences the members' names break the order
 * (6 of 14 in order, the whole sequences' LCS under half of the
 * shorter); over the names and figures that few held articles have
 * (nf_rp_side_set_common) all six come in one order:
 *
 *   - one report (fails without the specific order, and fails when the
 *     members' names are not common: the same texts in an empty window);
 *   - two reports of one event: the same two texts, each with two
 *     figures of its own that the other lacks (the English one before
 *     the shared stretch, the Spanish one after it, so that round 10's
 *     checks, which ask both for figures on one side, let them pass):
 *     refused (fails without the figures' check of the specific path);
 *   - nothing in the window is taken for a translation of the members'
 *     list alone.
 * Every text is written for this test; the league, people and places are
 * invented. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "fold/report_align.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* articles of the window that name the league's members (in orders
 * that neither part below follows) */
static const char *const window_en[] = {
    "Ostrin, Tasselby, Vantor, Dunmere, Hallendor, Pellum, Quorvik and Carrowmark sent "
    "ministers to Gresholt.\nCaptain Ilse Marrow chaired the meeting.\n",
    "Quorvik, Pellum, Hallendor, Carrowmark, Vantor, Tasselby, Ostrin and Dunmere agreed on "
    "fishing quotas.\nNorbert Calloway spoke for the Yarrow Fishers.\n",
    "Ostrin, Tasselby, Vantor, Dunmere, Hallendor, Pellum, Quorvik and Carrowmark will share "
    "weather data.\nThe Fennick Institute will run the service.\n",
    "Quorvik, Pellum, Hallendor, Carrowmark, Vantor, Tasselby, Ostrin and Dunmere named "
    "Rosalind Epping as auditor.\nShe worked for Caddell Trust.\n",
    "Ostrin, Tasselby, Vantor, Dunmere, Hallendor, Pellum, Quorvik and Carrowmark opened a "
    "school for pilots.\nTeacher Amos Kittering leads it in Wrenford.\n",
    "Quorvik, Pellum, Hallendor, Carrowmark, Vantor, Tasselby, Ostrin and Dunmere signed a "
    "customs code.\nThe Sallow Bureau drafted it.\n",
};

/* the first part of a report (the members by size, then what the
 * second part tells too); `own`: with two figures of its own */
static const char part_en[] =
    "Vantor, Pellum, Ostrin, Carrowmark, Dunmere, Tasselby, Quorvik and Hallendor lead the "
    "shipping league.\n"
    "Marek Ostravin met Dalia Fenwright at the new terminal.\n"
    "Brisco will handle 4700 containers a week.\n";
static const char part_en_own[] =
    "Vantor, Pellum, Ostrin, Carrowmark, Dunmere, Tasselby, Quorvik and Hallendor lead the "
    "shipping league with 310 ships and 95 cranes.\n"
    "Marek Ostravin met Dalia Fenwright at the new terminal.\n"
    "Brisco will handle 4700 containers a week.\n";

/* the second part, in Spanish (the shared stretch, then the members by
 * founding year); `own`: two figures of its own at the end */
static const char part_es[] =
    "Marek Ostravin se reunió con Dalia Fenwright en la nueva terminal.\n"
    "Brisco manejará 4700 contenedores por semana.\n"
    "Hallendor, Quorvik, Tasselby, Dunmere, Carrowmark, Ostrin, Pellum y Vantor fundaron la "
    "liga naviera.\n";
static const char part_es_own[] =
    "Marek Ostravin se reunió con Dalia Fenwright en la nueva terminal.\n"
    "Brisco manejará 4700 contenedores por semana.\n"
    "Hallendor, Quorvik, Tasselby, Dunmere, Carrowmark, Ostrin, Pellum y Vantor fundaron la "
    "liga naviera, que tendrá 18 muelles en 2031.\n";

/* Folds the window's articles (when `window`), then a and b (English,
 * Spanish; 3 sentences each) into a new folder; results of a and b in
 * r[0], r[1]; the window's reports in wr[] (when `window`). */
static void fold_parts(int window, const char *a, const char *b, nf_fold_result *r,
                       long long *wr)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    size_t nw = sizeof window_en / sizeof window_en[0];
    for (size_t i = 0; window && i < nw; i++) {
        char id[16];
        snprintf(id, sizeof id, "w%zu", i);
        nf_article *x = make(id, window_en[i], "en", 2);
        nf_fold_result q;
        CHECK_INT(nf_folder_add(f, x, &q), NF_OK);
        wr[i] = q.report;
        nf_article_free(x);
    }
    nf_article *x = make("a", a, "en", 3);
    CHECK_INT(nf_folder_add(f, x, &r[0]), NF_OK);
    nf_article_free(x);
    x = make("b", b, "es", 3);
    CHECK_INT(nf_folder_add(f, x, &r[1]), NF_OK);
    nf_article_free(x);
    nf_folder_free(f);
}

/* Two parts of one report whose common names come in other orders. */
static void test_specific_order(void)
{
    nf_fold_result r[2];
    long long wr[6];
    fold_parts(1, part_en, part_es, r, wr);
    CHECK(r[1].report == r[0].report);
    CHECK_INT(r[1].relation, NF_REL_TRANSLATION);
    CHECK(r[1].story == r[0].story);
    /* nothing of the window is a translation of the list alone */
    for (size_t i = 0; i < 6; i++)
        CHECK(wr[i] != r[0].report);
    /* in an empty window the members' names are not common: the whole
     * alignment is all there is, and it is out of order */
    fold_parts(0, part_en, part_es, r, wr);
    CHECK(r[1].report != r[0].report);

    /* what the alignments see */
    nf_translit *t = nf_translit_new();
    CHECK(t != NULL);
    if (!t)
        return;
    nf_sketch ka, kb;
    memset(&ka, 0, sizeof ka);
    memset(&kb, 0, sizeof kb);
    CHECK_INT(nf_sketch_build_text(t, NULL, part_en, strlen(part_en), "en", "2026-03-02", 3,
                                   &ka), NF_OK);
    CHECK_INT(nf_sketch_build_text(t, NULL, part_es, strlen(part_es), "es", "2026-03-02", 3,
                                   &kb), NF_OK);
    static nf_rp_side side;
    static nf_rp_pair pr;
    nf_rp_align al, as;
    nf_rp_side_init(&side, &ka);
    nf_rp_side_align(&side, &kb, 0, &al, &pr);
    CHECK_INT(al.n_a, 14);
    CHECK_INT(al.n_b, 14);
    CHECK_INT(al.lcs, 6);
    CHECK(nf_rp_order(&al) < NF_RP_NEAR_ORDER);
    /* the members' names as the folder finds them common: the first 8
     * entries of the English part */
    uint32_t common[8];
    uint32_t nc = 0;
    for (uint32_t i = 0; i < ka.n_seq && nc < 8; i++)
        if (!(ka.seq[i] & NF_SEQ_ALT))
            common[nc++] = ka.seq[i] & NF_SEQ_VALUE;
    CHECK_INT(nc, 8);
    nf_rp_side_set_common(&side, common, nc);
    nf_rp_side_align_specific(&side, &kb, 0, &as, &pr);
    CHECK_INT(as.lcs, 6);
    CHECK_INT(as.common, 6);
    CHECK_INT(as.shared_a, 6);
    nf_sketch_clear(&ka);
    nf_sketch_clear(&kb);
    nf_translit_free(t);
}

/* The same names in one order, each text with figures of its own. */
static void test_specific_figures(void)
{
    nf_fold_result r[2];
    long long wr[6];
    fold_parts(1, part_en_own, part_es_own, r, wr);
    CHECK(r[1].report != r[0].report);
    CHECK_INT(r[1].relation, NF_REL_ORIGINAL);
    /* one text with figures of its own is still a part of the other:
     * the Spanish part lacks the English part's two (they come before
     * the shared stretch), but has none the English one lacks */
    fold_parts(1, part_en_own, part_es, r, wr);
    CHECK(r[1].report == r[0].report);
}

int main(void)
{
    RUN(test_specific_order);
    RUN(test_specific_figures);
    return nf_test_done();
}
