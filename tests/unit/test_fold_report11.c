/* test_fold_report11.c - step 3 of folding, round 11 (report_align.c,
 * folder_report.c): the same report across scripts.
 *
 *   - nearly in order: an English article and a Korean one that are two
 *     parts of one text (they overlap in two sentences; each has more of
 *     its own) share 8 sequence entries, 7 of them in one order (Korean
 *     puts the plant's workforce after the company's name): one report
 *     (fails without nf_rp_near_order: round 10's order path asks for
 *     0.9, and over the whole sequences under a fifth matches);
 *   - one shared anchor is no order: a Chinese brief of two figures
 *     about a railway that shares its year and amount (in the other
 *     order) with an English article about a harbour terminal is not
 *     its translation (fails without NF_RP_LCS_MIN: one of the two was
 *     half of the shorter sequence);
 *   - figures written by myriads compared strictly: a Korean report of
 *     its own of the merger of test_fold_report.c, whose amount is
 *     written by myriads (34억), lacks two of the English figures and
 *     has two of its own: another report (fails with round 10's lenient
 *     comparison of myriad languages; without the values in the
 *     alignment 34억 would not meet 3.4 billion and the Japanese
 *     translation of test_fold_report.c would be refused);
 *   - every version across scripts: a Korean report that tells the
 *     first two sentences of the merger, then figures of its own, agrees
 *     with the Japanese translation of those two sentences but not with
 *     the English version: another report (fails without asking every
 *     version for a pair across scripts);
 *   - the rule on numbers.
 * Every text is written for this test; companies, people and places are
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

/* sentences 1-7 of an English report of a rail contract */
static const char rail_en[] =
    "Kestrel Rail signed a contract worth 2.8 billion dollars with Dorvan Transit on Friday.\n"
    "The deal covers 46 trains for the line between Marlow Bay and Ostvik.\n"
    "Finance director Anneke Sorvald said the banks Holm Credit and Vastra Fund lent 900 million "
    "dollars.\n"
    "Residents of Brindle Heath and Saltcombe fear noise from 220 freight trains a week.\n"
    "Engineer Lise Amberg said the first 12 trains would run from 2027.\n"
    "The plant at Tarnby employs 3150 workers for Kestrel Rail.\n"
    "Dorvan Transit expects 84000 passengers a day on the new line.\n";

/* another part of the same report in Korean: sentences 5 and 6, then
 * three that the English part does not reach (foreign names kept in
 * Latin script, as Korean business news often does) */
static const char rail_ko[] =
    "엔지니어 Lise Amberg는 첫 12대의 열차가 2027년부터 운행될 것이라고 말했다.\n"
    "Tarnby 공장에는 Kestrel Rail 직원 3150명이 일한다.\n"
    "대변인 Piet Vollen은 요금이 7.5달러가 될 것이라고 말했다.\n"
    "선로 공사에는 Hallen Steel과 Corvick Metals가 공급하는 레일 920킬로미터가 들어간다.\n"
    "노선에는 Fenwick, Aldmoor, Quarrel Cove, Hesketh 등 역 14곳이 생긴다.\n";

/* an English article about a harbour terminal */
static const char harbour_en[] =
    "Harbour chairman Edvin Kasterl said the Brannoch container terminal will cost 3.4 billion "
    "dollars.\n"
    "It is due to open in 2029.\n";

/* a Chinese brief about a railway: the same year and amount, in the
 * other order */
static const char railway_zh[] =
    "一条新铁路预计于2029年完工。\n"
    "政府为此投入34亿美元。\n";

/* the merger of test_fold_report.c in English, and a Korean report of
 * its own: the same names in the same order, the amount written by
 * myriads (34억), without the share ratio and the savings, with sites and
 * staff of its own */
static const char merger_en[] =
    "Orlen Vasby Mining agreed to buy Tessaro Metals for 3.4 billion dollars on Tuesday.\n"
    "Tessaro holders in 14 countries will get 0.57 new Orlen Vasby shares for each share.\n"
    "Chief executive Hana Pettersvik told analysts from Brandt Kessler Research in Malmvik that "
    "the deal would save 210 million dollars a year by 2029.\n"
    "The combined group, based in Kirunholm, will run 38 mines.\n"
    "Orlen Vasby shares rose 4.8 percent in Stockholm.\n";

static const char merger_ko_own[] =
    "Orlen Vasby Mining은 화요일 Tessaro Metals를 34억 달러에 인수한다고 발표했다.\n"
    "14개국의 Tessaro 주주들이 이번 거래의 영향을 받는다.\n"
    "Hana Pettersvik 최고경영자는 Malmvik에서 열린 설명회에서 2029년까지 통합을 마치겠다고 "
    "말했다.\n"
    "Kirunholm에 본사를 둔 새 그룹은 광산 38곳과 사업장 45곳, 직원 2900명을 거느리게 된다.\n"
    "Orlen Vasby 주가는 Stockholm에서 4.8% 올랐다.\n";

/* the first two sentences of its Japanese translation */
static const char merger_ja_part[] =
    "Orlen Vasby Miningは火曜日、Tessaro Metalsを34億ドルで買収することで合意した。\n"
    "14か国のTessaro株主は、1株につきOrlen Vasbyの新株0.57株を受け取る。\n";

/* a Korean report that tells the same two sentences, then figures of its
 * own (45 sites, 2900 staff, 2031) */
static const char merger_ko_part_own[] =
    "Orlen Vasby Mining은 화요일 Tessaro Metals를 34억 달러에 인수하기로 했다.\n"
    "14개국의 Tessaro 주주는 1주당 Orlen Vasby 신주 0.57주를 받는다.\n"
    "노조는 사업장 45곳의 직원 2900명이 일자리를 잃을 수 있다고 경고했다.\n"
    "규제 당국의 심사는 2031년까지 이어질 수 있다.\n";

/* Folds a then b (languages la, lb; sentences na, nb) into a new folder;
 * results in r[0], r[1]. */
static void fold_two(const char *a, const char *la, size_t na, const char *b, const char *lb,
                     size_t nb, nf_fold_result *r)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_article *x = make("a0", a, la, na);
    CHECK_INT(nf_folder_add(f, x, &r[0]), NF_OK);
    nf_article_free(x);
    x = make("a1", b, lb, nb);
    CHECK_INT(nf_folder_add(f, x, &r[1]), NF_OK);
    nf_article_free(x);
    nf_folder_free(f);
}

/* Two parts of one text, across scripts, nearly in one order. */
static void test_near_order(void)
{
    nf_fold_result r[2];
    fold_two(rail_en, "en", 7, rail_ko, "ko", 5, r);
    CHECK(r[1].report == r[0].report);
    CHECK_INT(r[1].relation, NF_REL_TRANSLATION);
    CHECK(r[1].story == r[0].story);
    /* what the alignment sees: 7 of the 8 shared entries in order, and
     * under a fifth of the shorter whole sequence */
    nf_translit *t = nf_translit_new();
    CHECK(t != NULL);
    if (!t)
        return;
    nf_sketch ka, kb;
    memset(&ka, 0, sizeof ka);
    memset(&kb, 0, sizeof kb);
    CHECK_INT(nf_sketch_build_text(t, NULL, rail_en, strlen(rail_en), "en", "2026-03-02", 7, &ka),
              NF_OK);
    CHECK_INT(nf_sketch_build_text(t, NULL, rail_ko, strlen(rail_ko), "ko", "2026-03-02", 5, &kb),
              NF_OK);
    nf_rp_align al;
    nf_rp_map mb;
    nf_rp_align_seqs(&kb, &ka, 1, &al, &mb);
    CHECK_INT(al.lcs, 7);
    CHECK(nf_rp_order(&al) >= NF_RP_NEAR_ORDER && nf_rp_order(&al) < NF_RP_ORDER);
    CHECK(5 * al.lcs < (ka.n_seq < kb.n_seq ? ka.n_seq : kb.n_seq));
    nf_sketch_clear(&ka);
    nf_sketch_clear(&kb);
    nf_translit_free(t);
}

/* One anchor in common in order, however short the other sequence. */
static void test_one_shared(void)
{
    nf_fold_result r[2];
    fold_two(harbour_en, "en", 2, railway_zh, "zh", 2, r);
    CHECK(r[1].report != r[0].report);
    CHECK_INT(r[1].relation, NF_REL_ORIGINAL);
}

/* Figures written by myriads compared strictly, by their values: the
 * Korean report of its own lacks two of the English figures and has two
 * of its own, so it is another report (one story). */
static void test_strict_myriads(void)
{
    nf_fold_result r[2];
    fold_two(merger_en, "en", 5, merger_ko_own, "ko", 5, r);
    CHECK(r[1].report != r[0].report);
    CHECK_INT(r[1].relation, NF_REL_ORIGINAL);
    CHECK(r[1].story == r[0].story);
}

/* Across scripts every version of the report is asked: the Korean
 * report agrees with the Japanese part (which ends where the shared
 * stretch ends) but goes on with figures of its own where the English
 * version goes on with others. */
static void test_every_version_cross(void)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_fold_result r[3];
    const char *t[] = { merger_en, merger_ja_part, merger_ko_part_own };
    const char *l[] = { "en", "ja", "ko" };
    const size_t ns[] = { 5, 2, 4 };
    for (size_t i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "a%zu", i);
        nf_article *x = make(id, t[i], l[i], ns[i]);
        CHECK_INT(nf_folder_add(f, x, &r[i]), NF_OK);
        nf_article_free(x);
    }
    nf_folder_free(f);
    CHECK(r[1].report == r[0].report);
    CHECK(r[2].report != r[0].report);
    CHECK_INT(r[2].relation, NF_REL_ORIGINAL);
}

/* The rule on numbers: 5 aligned entries, at most about one in seven
 * of the shared ones out of order, a Jaccard of 0.10. */
static void test_near_rule(void)
{
    CHECK(nf_rp_near_order(6, 6.0 / 7, 0.10));
    CHECK(nf_rp_near_order(5, 1.0, 0.10));
    CHECK(!nf_rp_near_order(4, 1.0, 0.30));
    CHECK(!nf_rp_near_order(6, 5.0 / 6, 0.30));
    CHECK(!nf_rp_near_order(8, 1.0, 0.09));
}

int main(void)
{
    RUN(test_near_rule);
    RUN(test_near_order);
    RUN(test_one_shared);
    RUN(test_strict_myriads);
    RUN(test_every_version_cross);
    return nf_test_done();
}
