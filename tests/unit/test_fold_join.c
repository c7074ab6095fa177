/* test_fold_join.c - the learnt join decision (round 8,
 * src/fold/join_model.c) on a tiny hand-made stream: two English stories
 * (a ferry grounding, a robot factory), then one thin Arabic article.
 *
 * - An Arabic article with the ferry story's figures and many of its own
 *   (cosine ~0.18 with it, ~0.07 with the factory) is left alone by the
 *   hand rules (under the bar of 0.22, a lead under 4) and joined by the
 *   model (the first check fails without it);
 * - the same article with no other story in the window stays alone: a
 *   lead over no competitor is no evidence (fails without that guard;
 *   the model gives it p > 0.9);
 * - an article sharing about as much with both stories stays alone: a
 *   near tie (in Arabic and in German; both fail without the lead guard:
 *   the model gives them p > 0.95);
 * - the veto bar decides whether a hand-rule join stands;
 * - the trace (bench_fold --dump) gets NF_JM_N features per candidate,
 *   the hand rules' verdict among them.
 * The fixture texts are this test's own. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "nf_test.h"
#include "fold_testlib.h"
#include "fold/folder_int.h"

/* The bars chosen in round 8 (the generated defaults when the model is
 * on), set here so that the test does not depend on the default. */
#define BAR 0.9
#define VETO 0.7

static const char *ferry[] = {
    "Halvorsen Marine said the ferry Nordlys ran aground near Vardø on Tuesday with 412 "
    "passengers aboard. Captain Ingrid Solbakken reported 17 people injured. The Kystverket "
    "agency sent two tugs.",
    "The ferry Nordlys, carrying 412 passengers, grounded near Vardø. Halvorsen Marine "
    "confirmed 17 injuries and said Captain Ingrid Solbakken stayed on the bridge until "
    "Kystverket tugs arrived.",
    "Kystverket inspectors boarded the Nordlys at Vardø after 412 passengers were taken "
    "ashore. Halvorsen Marine put the repair bill at 38 million kroner; 17 people were "
    "treated in hospital.",
};

static const char *factory[] = {
    "Quellmann Robotics opened a plant in Brno that will employ 2,650 workers, chief "
    "executive Dagmar Quellmann said. The factory cost 915 million euros and builds welding "
    "arms for Skoda.",
    "In Brno, Quellmann Robotics began production at a 915 million euro plant. Dagmar "
    "Quellmann said 2,650 jobs would be filled by 2027 and that Skoda had ordered the first "
    "welding arms.",
    "Skoda will buy welding arms from the new Quellmann Robotics factory in Brno, which cost "
    "915 million euros. Dagmar Quellmann expects 2,650 employees there.",
};

/* The ferry's figures (17 of 412 injured, 38 million kroner, Kystverket)
 * among many of its own, and the factory's 2,650 workers in Brno. */
static const char *thin_ar =
    "أصيب 17 من 412 راكبا، وستبلغ كلفة الإصلاح 38 مليون كرونة حسب Kystverket. وشارك 93 "
    "قاربا و 1,250 متطوعا و 58 غواصا، وبلغت الرياح 64 كيلومترا، ونقل 7,340 طنا من الوقود "
    "و 286 حاوية و 4,410 برميلا، فيما تابع 2,650 عاملا في Brno الأخبار.";

/* As much of the factory (2,650 workers in Brno, Skoda, 915 million
 * euros) as of the ferry. */
static const char *tie_ar =
    "أصيب 17 من 412 راكبا، وستبلغ كلفة الإصلاح 38 مليون كرونة حسب Kystverket. وقال 2,650 "
    "عاملا في Brno إن مصنع Skoda كلف 915 مليون يورو، ونقل 7,340 طنا من الوقود و 286 حاوية "
    "و 4,410 برميلا و 58 غواصا.";

/* The same in German, with names of its own (since round 13 German
 * common nouns are no names: without them the text's cosines rise
 * above the bar): about as close to the two stories, under the bar. */
static const char *tie_de =
    "Laut Kystverket wurden 17 der 412 Passagiere verletzt, die Reparatur kostet 38 Millionen "
    "Kronen. In Brno sagten 2,650 Arbeiter, das Skoda-Werk habe 915 Millionen Euro gekostet; "
    "7,340 Tonnen Treibstoff, 286 Container, 4,410 Fässer und 58 Taucher. Henrike Valstad "
    "aus Tromsø und Piet Olbrecht aus Gent lasen es bei Nordavis und Vlaanderpost.";

/* Folds the ferry story (and the factory story when `both`), n <= 3
 * articles each, checking that each forms one story; *sf, *sb their ids
 * (0 when absent). */
static void fold_stories(nf_folder *f, int both, int n, long long *sf, long long *sb)
{
    *sf = *sb = 0;
    for (int i = 0; i < n; i++) {
        char id[32];
        nf_fold_result r;
        snprintf(id, sizeof id, "ferry%d", i);
        nf_article *a = make(id, ferry[i], "en", 3);
        CHECK_INT(nf_folder_add(f, a, &r), NF_OK);
        if (!*sf)
            *sf = r.story;
        CHECK(r.story == *sf);
        nf_article_free(a);
        if (!both)
            continue;
        snprintf(id, sizeof id, "factory%d", i);
        a = make(id, factory[i], "en", 3);
        CHECK_INT(nf_folder_add(f, a, &r), NF_OK);
        if (!*sb)
            *sb = r.story;
        CHECK(r.story == *sb);
        nf_article_free(a);
    }
    CHECK(!both || *sf != *sb);
}

/* The story the article `text` in `lang` (one sentence counted: not a
 * translation of the three-sentence stories) joins after the stories of
 * n articles; thr: the join bar (< 0: the hand rules); *sf, *sb as
 * above. */
static long long fold_one(const char *text, const char *lang, int both, int n, double thr,
                          long long *sf, long long *sb)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return -1;
    nf_folder_set_join_threshold(f, thr);
    nf_folder_set_join_veto(f, VETO);
    fold_stories(f, both, n, sf, sb);
    nf_fold_result r;
    nf_article *x = make("x", text, lang, 1);
    CHECK_INT(nf_folder_add(f, x, &r), NF_OK);
    nf_article_free(x);
    nf_folder_free(f);
    return r.story;
}

static void test_model_joins(void)
{
    long long sf, sb;
    long long s = fold_one(thin_ar, "ar", 1, 3, BAR, &sf, &sb);
    CHECK(s == sf);                         /* the model: the ferry story */
    s = fold_one(thin_ar, "ar", 1, 3, -1, &sf, &sb);
    CHECK(s != sf && s != sb);              /* the hand rules: alone */
}

static void test_no_competitor(void)
{
    long long sf, sb;
    long long s = fold_one(thin_ar, "ar", 0, 3, BAR, &sf, &sb);
    CHECK(s != sf);
}

/* Near ties in Arabic and in German (a cased script: never contested)
 * stay apart. */
static void test_near_tie(void)
{
    long long sf, sb;
    long long s = fold_one(tie_ar, "ar", 1, 3, BAR, &sf, &sb);
    CHECK(s != sf && s != sb);
    s = fold_one(tie_de, "de", 1, 3, -1, &sf, &sb);
    CHECK(s != sf && s != sb);              /* the hand rules: alone */
    s = fold_one(tie_de, "de", 1, 3, BAR, &sf, &sb);
    CHECK(s != sf && s != sb);
}

/* A fourth report of the grounding, which the hand rules put with it. */
static const char *ferry_more =
    "Captain Ingrid Solbakken told Kystverket the Nordlys lost steering off Vardø. Halvorsen "
    "Marine said all 412 passengers were home and the 17 injured had left hospital.";

/* The veto: a hand-rule join stands while the model gives it >= the veto
 * bar; under it, the model decides (here: no candidate passes a bar
 * over 1, so the article starts a story).  No hand-made stream was found
 * where the generated model vetoes on its own (it is confident on
 * folders of six articles), so the bars are set here.  Pass 0: veto 0,
 * the join stands; pass 1: veto over 1, vetoed; pass 2: the same, but
 * the story holds more than NF_JM_VETO_MAX_N articles (its first two
 * again): not vetoed. */
static void test_veto(void)
{
    for (int pass = 0; pass < 3; pass++) {
        nf_folder *f = nf_folder_new(NULL);
        CHECK(f != NULL);
        if (!f)
            return;
        long long sf, sb;
        fold_stories(f, 1, 3, &sf, &sb);
        for (int i = 0; pass == 2 && i < 2; i++) {
            nf_fold_result r;
            nf_article *a = make("again", ferry[i], "en", 3);
            CHECK_INT(nf_folder_add(f, a, &r), NF_OK);
            CHECK(r.story == sf);
            nf_article_free(a);
        }
        nf_folder_set_join_threshold(f, 1.01);
        nf_folder_set_join_veto(f, pass ? 1.01 : 0);
        nf_fold_result r;
        nf_article *x = make("x", ferry_more, "en", 2);
        CHECK_INT(nf_folder_add(f, x, &r), NF_OK);
        if (pass == 1)
            CHECK(r.story != sf);                   /* vetoed */
        else
            CHECK(r.story == sf);                   /* the hand join stands */
        nf_article_free(x);
        nf_folder_free(f);
    }
}

typedef struct trace_seen {
    size_t calls, bad_n, hand;
    long long hand_story;
} trace_seen;

static void trace(void *ctx, long long story, const double *x, size_t n)
{
    trace_seen *t = ctx;
    t->calls++;
    if (n != NF_JM_N)
        t->bad_n++;
    else if (x[12] == 1) {                  /* the hand rules' verdict */
        t->hand++;
        t->hand_story = story;
    }
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            t->bad_n++;
}

static void test_trace(void)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    trace_seen t = { 0 };
    nf_folder_set_trace(f, trace, &t);
    long long sf, sb;
    fold_stories(f, 1, 3, &sf, &sb);
    /* articles 3-6 each join their story (hand rules too): one verdict
     * each; the first two met no candidate */
    CHECK(t.calls >= 4);
    CHECK_INT((long long)t.bad_n, 0);
    CHECK_INT((long long)t.hand, 4);
    CHECK(t.hand_story == sb);
    nf_folder_free(f);
}

int main(void)
{
    RUN(test_model_joins);
    RUN(test_no_competitor);
    RUN(test_near_tie);
    RUN(test_veto);
    RUN(test_trace);
    return nf_test_done();
}
