/* test_fold_report.c - step 3 of folding, round 10 (folder_report.c,
 * report_align.c): one report in two languages against two reports of
 * one event.
 *
 *   - fragments: an English and a Spanish part of one text that overlap
 *     in two sentences are one report (their shared anchors all come in
 *     one order; over the whole sequences too few match: fails without
 *     the order path);
 *   - figures inside the parallel stretch: a French report of a merger
 *     that names the same people in the same order but leaves out three
 *     of the English report's figures is another report, while the
 *     faithful French translation is the same one (fails without the
 *     check of the region's figures);
 *   - figures outside it: an English and a French text that share their
 *     first two sentences and then each go on with figures of their own
 *     are two reports (fails without the check of the tails);
 *   - myriads: the Japanese translation, whose figures are written by
 *     myriads (34億, 2億1000万), is the English report's translation
 *     (round 10: failed without the lenient comparison; since round 11
 *     figures are compared strictly, and it fails without the values in
 *     the alignment: 34億 meets 3.4 billion by its value);
 *   - the report's other versions: a Russian report of its own is
 *     another report, though the Japanese version came between (round
 *     10: failed without asking every version; since round 11 the
 *     strict comparison refuses it already);
 *   - structure: a Chinese translation that renders every name in Han
 *     characters, so holds far fewer anchors than the English, is still
 *     its translation (failed with round 5's anchor-count ratio);
 *   - the alignment itself on hand-made sequences (round 11: a number
 *     and its value are one entry).
 * Every text is written for this test; the companies, people and places
 * are invented. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "fold/report_align.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* ---- fragments of one text ------------------------------------------- */

/* sentences 1-5 of an English report of a grounding */
static const char frag_en[] =
    "Varnholt Shipping said on Monday that its tanker Meribel Star ran aground near Kessvik with 31 crew aboard.\n"
    "Coast guard chief Ingrid Talvane said 2450 tonnes of fuel oil were still in the tanks.\n"
    "Divers from Harrowgate Salvage found a crack 17 metres long in the hull.\n"
    "The company hired the tug Brennmoor from Halvik and expects to refloat the ship within 96 hours.\n"
    "Mayor Oskar Lindqvist of Kessvik asked for a boom of 1800 metres around the harbour.\n";

/* sentences 4-8 of the same report in Spanish */
static const char frag_es[] =
    "La empresa contrató al remolcador Brennmoor de Halvik y espera reflotar el buque en 96 horas.\n"
    "El alcalde Oskar Lindqvist, de Kessvik, pidió una barrera de 1800 metros alrededor del puerto.\n"
    "Los pescadores de Tjornhamn y Solbakken dejaron de faenar durante 48 horas por precaución.\n"
    "La agencia ambiental de Ravnsholm midió 0,37 miligramos de petróleo por litro.\n"
    "Las aseguradoras de Gellamore Marine calculan el coste del rescate en 12,6 millones de euros.\n";

/* ---- a merger, in four languages -------------------------------------- */

static const char merger_en[] =
    "Orlen Vasby Mining agreed to buy Tessaro Metals for 3.4 billion dollars on Tuesday.\n"
    "Tessaro holders in 14 countries will get 0.57 new Orlen Vasby shares for each share.\n"
    "Chief executive Hana Pettersvik told analysts from Brandt Kessler Research in Malmvik that the deal "
    "would save 210 million dollars a year by 2029.\n"
    "The combined group, based in Kirunholm, will run 38 mines.\n"
    "Orlen Vasby shares rose 4.8 percent in Stockholm.\n";

/* the faithful French translation */
static const char merger_fr[] =
    "Orlen Vasby Mining a accepté mardi de racheter Tessaro Metals pour 3,4 milliards de dollars.\n"
    "Les actionnaires de Tessaro dans 14 pays recevront 0,57 action nouvelle Orlen Vasby pour chaque action.\n"
    "La directrice générale Hana Pettersvik a déclaré aux analystes de Brandt Kessler Research, à Malmvik, "
    "que l'opération ferait économiser 210 millions de dollars par an d'ici 2029.\n"
    "Le nouveau groupe, basé à Kirunholm, exploitera 38 mines.\n"
    "L'action Orlen Vasby a gagné 4,8 % à Stockholm.\n";

/* another French report of the merger: the same people in the same
 * order, without the share ratio, the year and the mines */
static const char merger_fr_own[] =
    "Orlen Vasby Mining rachète Tessaro Metals pour 3,4 milliards de dollars.\n"
    "Les actionnaires de Tessaro, présents dans 14 pays, seront payés en actions Orlen Vasby.\n"
    "La directrice générale Hana Pettersvik promet 210 millions de dollars d'économies par an.\n"
    "Le groupe, installé à Kirunholm, vise une production de zinc en hausse.\n"
    "L'action Orlen Vasby a gagné 4,8 % à Stockholm.\n";

/* the Japanese translation: names kept in Latin script, figures by
 * myriads (3.4 billion = 34億, 210 million = 2億1000万) */
static const char merger_ja[] =
    "Orlen Vasby Miningは火曜日、Tessaro Metalsを34億ドルで買収することで合意した。\n"
    "14か国のTessaro株主は、1株につきOrlen Vasbyの新株0.57株を受け取る。\n"
    "Hana Pettersvik最高経営責任者はMalmvikでBrandt Kessler Researchのアナリストに対し、"
    "2029年までに年2億1000万ドルの費用を削減できると述べた。\n"
    "Kirunholmに本社を置く新会社は38の鉱山を運営する。\n"
    "Orlen Vasbyの株価はStockholmで4.8%上昇した。\n";

/* a Russian report of its own: the amount, the countries, the year, the
 * mines and the rise, not the share ratio nor the savings; 45 sites and
 * 2900 staff of its own */
static const char merger_ru_own[] =
    "Компания Orlen Vasby Mining покупает Tessaro Metals за 3,4 млрд долларов.\n"
    "Сделка затронет акционеров из 14 стран.\n"
    "Глава компании Hana Pettersvik рассчитывает завершить объединение к 2029 году.\n"
    "Группа из Kirunholm получит 38 рудников, 45 площадок и 2900 сотрудников.\n"
    "Акции Orlen Vasby выросли на 4,8% в Stockholm.\n";

/* the Chinese translation, every name in Han characters: numbers only */
static const char merger_zh[] =
    "奥伦瓦斯比矿业公司周二同意以34亿美元收购特萨罗金属公司。\n"
    "特萨罗在14个国家的股东每持有一股将获得0.57股奥伦瓦斯比新股。\n"
    "首席执行官哈娜·佩特斯维克在马尔姆维克对布兰特·凯斯勒研究公司的分析师表示，"
    "到2029年该交易每年可节省2.1亿美元。\n"
    "合并后的集团总部设在基鲁恩霍尔姆，将经营38座矿山。\n"
    "奥伦瓦斯比股价在斯德哥尔摩上涨4.8%。\n";

/* ---- a shared passage, two reports ------------------------------------ */

static const char port_en[] =
    "Selma Ruudberg, the port director, said Halmevik harbour handled 8350 containers in May.\n"
    "Ferries to Ostrand and Brevik carried 61200 passengers, she said.\n"
    "Separately, the city council approved 14 new berths, a project costing 37 million crowns, with work starting in 2027.\n";

static const char port_fr[] =
    "Selma Ruudberg, directrice du port, a indiqué que Halmevik avait traité 8350 conteneurs en mai.\n"
    "Les ferries vers Ostrand et Brevik ont transporté 61200 passagers.\n"
    "Par ailleurs, les dockers réclament une hausse de 6,5 % et menacent une grève de 72 heures dès le 19.\n";

/* Adds article (id, text, lang, n_sent) to f; its result in *r. */
static void add(nf_folder *f, const char *id, const char *text, const char *lang,
                size_t n_sent, nf_fold_result *r)
{
    nf_article *a = make(id, text, lang, n_sent);
    CHECK_INT(nf_folder_add(f, a, r), NF_OK);
    nf_article_free(a);
}

/* Folds texts t[0..n) (languages l, 5 sentences each but where s says)
 * into a new folder; results in r. */
static void fold_all(const char *const *t, const char *const *l, const size_t *s,
                     size_t n, nf_fold_result *r)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "a%zu", i);
        add(f, id, t[i], l[i], s ? s[i] : 5, &r[i]);
    }
    nf_folder_free(f);
}

/* Two fragments of one text that overlap in two sentences. */
static void test_fragments(void)
{
    const char *t[] = { frag_en, frag_es };
    const char *l[] = { "en", "es" };
    nf_fold_result r[2];
    fold_all(t, l, NULL, 2, r);
    CHECK(r[1].report == r[0].report);
    CHECK_INT(r[1].relation, NF_REL_TRANSLATION);
    CHECK(r[1].story == r[0].story);
}

/* The faithful translation is the report; the French report of its own,
 * without three of its figures, is not. */
static void test_region_figures(void)
{
    const char *l[] = { "en", "fr" };
    nf_fold_result r[2];
    const char *same[] = { merger_en, merger_fr };
    fold_all(same, l, NULL, 2, r);
    CHECK(r[1].report == r[0].report);
    CHECK_INT(r[1].relation, NF_REL_TRANSLATION);
    const char *other[] = { merger_en, merger_fr_own };
    fold_all(other, l, NULL, 2, r);
    CHECK(r[1].report != r[0].report);
    CHECK_INT(r[1].relation, NF_REL_ORIGINAL);
    CHECK(r[1].story == r[0].story);           /* one event all the same */
}

/* A shared passage, then figures of each text's own: two reports. */
static void test_tail_figures(void)
{
    const char *t[] = { port_en, port_fr };
    const char *l[] = { "en", "fr" };
    const size_t s[] = { 3, 3 };
    nf_fold_result r[2];
    fold_all(t, l, s, 2, r);
    CHECK(r[1].report != r[0].report);
    CHECK_INT(r[1].relation, NF_REL_ORIGINAL);
}

/* Figures written by myriads: still the translation. */
static void test_myriads(void)
{
    const char *t[] = { merger_en, merger_ja };
    const char *l[] = { "en", "ja" };
    nf_fold_result r[2];
    fold_all(t, l, NULL, 2, r);
    CHECK(r[1].report == r[0].report);
    CHECK_INT(r[1].relation, NF_REL_TRANSLATION);
}

/* A report that one version lets in leniently and another contradicts
 * is another report. */
static void test_every_version(void)
{
    const char *t[] = { merger_en, merger_ja, merger_ru_own };
    const char *l[] = { "en", "ja", "ru" };
    nf_fold_result r[3];
    fold_all(t, l, NULL, 3, r);
    CHECK(r[1].report == r[0].report);
    CHECK(r[2].report != r[0].report);
    CHECK_INT(r[2].relation, NF_REL_ORIGINAL);
}

/* Far fewer anchors than the original (names in Han characters give
 * none): still its translation. */
static void test_few_anchors(void)
{
    const char *t[] = { merger_en, merger_zh };
    const char *l[] = { "en", "zh" };
    nf_fold_result r[2];
    fold_all(t, l, NULL, 2, r);
    CHECK(r[1].report == r[0].report);
    CHECK_INT(r[1].relation, NF_REL_TRANSLATION);
}

/* ---- the alignment on hand-made sequences ----------------------------- */

/* A sketch whose sequence is spec: 'n' + value for a number, 'k' +
 * value for a name key, 'v' + value for the value of the number before
 * it (a scale word followed it), e.g. "n1 k2 n3 v30"; its anchors are those of the
 * sequence (numbers of kind NF_ANCHOR_NUM). */
static void seq_sketch(nf_sketch *k, const char *spec)
{
    memset(k, 0, sizeof *k);
    static uint64_t anchors[2][NF_SEQ_MAX];
    static uint32_t seqs[2][NF_SEQ_MAX];
    static int which;
    which ^= 1;
    k->anchors = anchors[which];
    k->seq = seqs[which];
    for (const char *p = spec; *p;) {
        char kind = *p++;
        char *end;
        unsigned long v = strtoul(p, &end, 10);
        p = end;
        while (*p == ' ')
            p++;
        /* low 31 bits are the value (NF_SEQ_VALUE); the kind sits in
         * the top bits; 'v': the value of the number before (NF_SEQ_ALT) */
        uint64_t a = (uint64_t)(v * 2654435761u % 2000000000u + 1);
        a |= (uint64_t)(kind == 'k' ? NF_ANCHOR_KEY : NF_ANCHOR_NUM) << 62;
        k->seq[k->n_seq++] = (uint32_t)a | (kind == 'v' ? NF_SEQ_ALT : 0);
        k->anchors[k->n_anchors++] = a;
    }
    /* sorted, as the folder keeps them */
    for (uint32_t i = 1; i < k->n_anchors; i++)
        for (uint32_t j = i; j > 0 && k->anchors[j - 1] > k->anchors[j]; j--) {
            uint64_t x = k->anchors[j];
            k->anchors[j] = k->anchors[j - 1];
            k->anchors[j - 1] = x;
        }
}

static void test_align(void)
{
    nf_sketch a, b;
    nf_rp_align al;
    nf_rp_map mb;
    /* b is the stretch k3..n6 of a, plus a tail of its own (n20 n21) */
    seq_sketch(&a, "n1 k2 k3 n4 k5 n6");
    seq_sketch(&b, "k3 k40 n4 k5 n6 n20 n21");
    nf_rp_align_seqs(&a, &b, 1, &al, &mb);
    nf_rp_align_figures(&a, &b, &al, &mb);
    CHECK_INT(al.lcs, 4);
    CHECK_INT(al.shared_a, 4);
    CHECK_INT(al.shared_b, 4);
    CHECK(nf_rp_order(&al) == 1.0);
    CHECK_INT(al.fig_a, 2);                      /* n4 n6 */
    CHECK_INT(al.miss_a, 0);
    CHECK_INT(al.pre_a, 1);                      /* n1 */
    CHECK_INT(al.post_b, 2);                     /* n20 n21 */
    CHECK_INT(al.pre_b + al.post_a, 0);
    CHECK(!nf_rp_figures_disagree(&al));         /* one tail each side: parts */
    /* both go on after the stretch with figures of their own */
    seq_sketch(&a, "k3 n4 k5 n6 n30 n31");
    seq_sketch(&b, "k3 n4 k5 n6 n20 n21");
    nf_rp_align_seqs(&a, &b, 1, &al, &mb);
    nf_rp_align_figures(&a, &b, &al, &mb);
    CHECK_INT(al.post_a, 2);
    CHECK(nf_rp_figures_disagree(&al));
    /* the same shared anchors in another order */
    seq_sketch(&a, "k1 k2 k3 k4 k5 k6");
    seq_sketch(&b, "k6 k5 k4 k3 k2 k1");
    nf_rp_align_seqs(&a, &b, 1, &al, &mb);
    nf_rp_align_figures(&a, &b, &al, &mb);
    CHECK_INT(al.lcs, 1);
    CHECK(nf_rp_order(&al) < 0.2);
    /* figures left out inside the stretch: a third of a's, two of them */
    seq_sketch(&a, "k1 n2 n3 n4 k5 n6 n7 k8");
    seq_sketch(&b, "k1 n2 k5 n6 n7 k8");
    nf_rp_align_seqs(&a, &b, 1, &al, &mb);
    nf_rp_align_figures(&a, &b, &al, &mb);
    CHECK_INT(al.fig_a, 5);
    CHECK_INT(al.miss_a, 2);
    CHECK(nf_rp_figures_disagree(&al));
    /* nothing shared: nothing aligned, nothing disagrees */
    seq_sketch(&a, "n1 n2");
    seq_sketch(&b, "n3 n4");
    nf_rp_align_seqs(&a, &b, 1, &al, &mb);
    nf_rp_align_figures(&a, &b, &al, &mb);
    CHECK_INT(al.lcs, 0);
    CHECK(nf_rp_order(&al) == 0.0);
    CHECK(!nf_rp_figures_disagree(&al));
    /* round 11: a number and its value ('v' after it: "3.4 billion"
     * against "34亿") are one entry; they meet by the value only when
     * asked to */
    seq_sketch(&a, "k1 n34 v3400 k5");
    seq_sketch(&b, "k1 n3 v3400 k5");
    nf_rp_align_seqs(&a, &b, 1, &al, &mb);
    CHECK_INT(al.lcs, 3);
    CHECK_INT(al.n_a, 3);
    CHECK_INT(al.n_b, 3);
    nf_rp_align_seqs(&a, &b, 0, &al, &mb);
    CHECK_INT(al.lcs, 2);
}

int main(void)
{
    RUN(test_align);
    RUN(test_fragments);
    RUN(test_region_figures);
    RUN(test_tail_figures);
    RUN(test_myriads);
    RUN(test_every_version);
    RUN(test_few_anchors);
    return nf_test_done();
}
