/* test_recurring_subject.c - a subject covered month after month: last
 * months' stories share the background names of a new article, and must
 * not take every candidate slot from the story of this month that the
 * article continues (src/fold/folder_story.c).  Texts are the test's
 * own; names and events are invented. */
#include <stdio.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "core/article_int.h"
#include "fold_testlib.h"

static const char background_en[] =
    "The dispute over Port Quellin began when Dovrane Shipping closed the north quay in 1983.\n"
    "Harbour master Ilse Marbury has since led talks with the Varnell council and its mayor Tobias Orrin.\n"
    "The union of Kessa Varn says 412 jobs depend on the quay, and the Brannock yard another 76.\n";

/* what each month added (numbers of its own) */
static const char *const month_en[] = {
    "In January the council offered 17 million dollars for the quay, and Orrin called the offer final.\n",
    "In February Varn's union held a 3 day strike at the gates of the quay.\n",
    "In March an inspection found 28 cracks in the quay wall, Marbury said.\n",
    "In April Dovrane asked for 64 million dollars, four times the council's offer.\n",
    "In May the talks broke down after 9 rounds, and Orrin left the table.\n",
    "In June a court in Varnell gave both sides 45 days to settle.\n",
    "In July the council met 5 times without a vote.\n",
    "In August 31 ships waited outside the quay.\n",
    "In September Orrin proposed a 12 year lease.\n",
};
#define N_MONTHS (sizeof month_en / sizeof month_en[0])

static const char brief_en[] =
    "In October Dovrane Shipping sold the quay to Helmvik Ports for 250 million dollars.\n";

static const char report_de[] =
    "Der Streit um Port Quellin begann, als Dovrane Shipping 1983 den Nordkai schloss.\n"
    "Hafenmeisterin Ilse Marbury f\xC3\xBChrt seitdem Gespr\xC3\xA4" "che mit dem Rat von Varnell und B\xC3\xBCrgermeister Tobias Orrin.\n"
    "Die Gewerkschaft von Kessa Varn sagt, 412 Arbeitspl\xC3\xA4tze hingen vom Kai ab, und die Brannock-Werft weitere 76.\n";


static void test_this_month_wins_a_slot(void)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_fold_result r;
    long long old_story[N_MONTHS];
    /* monthly stories, 30 days apart: each out of the others' window */
    for (size_t m = 0; m < N_MONTHS; m++) {
        char text[1024], id[16], date[16];
        snprintf(text, sizeof text, "%s%s", month_en[m], background_en);
        snprintf(id, sizeof id, "m%zu", m + 1);
        snprintf(date, sizeof date, "2024-%02zu-05", m + 1);
        nf_article *a = make_dated(id, text, "en", date, 4);
        CHECK_INT(nf_folder_add(f, a, &r), NF_OK);
        old_story[m] = r.story;
        nf_article_free(a);
    }
    for (size_t m = 1; m < N_MONTHS; m++)
        CHECK(old_story[m] != old_story[m - 1]);
    /* this month: the news with the background, then the background
     * alone in German: it matches every month's story as well as this
     * one, and only this one is open */
    char text[1024];
    snprintf(text, sizeof text, "%s%s", brief_en, background_en);
    nf_article *brief = make_dated("oct-en", text, "en", "2024-10-07", 4);
    nf_article *de = make_dated("oct-de", report_de, "de", "2024-10-08", 3);
    nf_fold_result rb, rd;
    CHECK_INT(nf_folder_add(f, brief, &rb), NF_OK);
    CHECK_INT(nf_folder_add(f, de, &rd), NF_OK);
    for (size_t m = 0; m < N_MONTHS; m++)
        CHECK(rb.story != old_story[m]);
    CHECK(rd.story == rb.story);
    /* the older stories still give the storyline */
    CHECK(rb.storyline == r.storyline);
    nf_article_free(brief);
    nf_article_free(de);
    nf_folder_free(f);
}

int main(void)
{
    RUN(test_this_month_wins_a_slot);
    return nf_test_done();
}
