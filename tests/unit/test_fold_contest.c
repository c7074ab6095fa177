/* test_fold_contest.c - contested joins (round 6): an Arabic article whose
 * evidence (numbers) two established stories share about equally starts a
 * story of its own rather than joining either by a hair; an Arabic
 * article whose numbers are one story's joins it.  The fixtures are
 * written for this test (an invented dam repair and an invented port
 * strike). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* story A: the dam (figures 4172, 3051, 2715, 6034, 1187) */
static const char *const dam[] = {
    "Engineers at the Korvath dam in Ostrel province began repairs after 4172 cubic metres of water leaked overnight.\n"
    "The regional office said 3051 households downstream were warned and 2715 people moved to shelters.\n"
    "Director Alen Marvik said the spillway gate number 6034 had jammed.\n",
    "Repairs at the Korvath dam continued, with 2715 residents still in shelters in Ostrel.\n"
    "Alen Marvik said crews replaced the jammed gate 6034 and sealed a crack 1187 millimetres long.\n"
    "Water loss stopped at 4172 cubic metres, the office said, and 3051 households got the all-clear.\n",
    "Ostrel province reopened roads near the Korvath dam.\n"
    "The crack of 1187 millimetres was sealed and gate 6034 works again, director Alen Marvik said.\n"
    "Of 2715 evacuated people, most returned home; 3051 households had been warned.\n",
};

/* story B: the strike (figures 7260, 9386, 5521, 8843, 3390) */
static const char *const strike[] = {
    "Dockers at the port of Velmira walked out, leaving 7260 containers on the quays.\n"
    "Union leader Tesa Grundvik said 9386 members backed the strike over pay, and 5521 trucks were turned away.\n"
    "The port authority said ship number 8843 was diverted.\n",
    "The Velmira strike went on, with 5521 trucks waiting outside the port.\n"
    "Tesa Grundvik said talks failed and 3390 dockers picketed the gates; ship 8843 anchored offshore.\n"
    "Some 7260 containers stayed unloaded, the port said, and 9386 union members stayed out.\n",
    "The port of Velmira said that 3390 pickets had left after a pay offer.\n"
    "Ship 8843 docked and 5521 trucks were cleared, union leader Tesa Grundvik said.\n"
    "Of 9386 members, most voted to return; 7260 containers were moved.\n",
};

/* Arabic, "the authorities said that 4172 and 9386 and ...": three
 * figures of each story (4172, 2715, 6034 of the dam; 9386, 5521, 8843 of
 * the strike) and one of neither; no names of either.  Its cosines with
 * the two stories are about 0.23 each: without the rule it would join
 * one of them (the test fails then). */
static const char contested_ar[] =
    "\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xB7\xD8\xA7\xD8\xAA \xD8\xA5\xD9\x86 4172 "
    "\xD9\x88 9386 \xD9\x88 2715 \xD9\x88 5521 \xD9\x88 6034 \xD9\x88 8843 \xD9\x88 4480.\n";

/* Arabic: the dam's figures only */
static const char dam_ar[] =
    "\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xB7\xD8\xA7\xD8\xAA \xD8\xA5\xD9\x86 4172 "
    "\xD9\x88 3051 \xD8\xAA\xD8\xB6\xD8\xB1\xD8\xB1\xD9\x88\xD8\xA7 \xD9\x88\xD8\xA5\xD9\x86 2715 \xD9\x88 6034 "
    "\xD9\x88 1187 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB8\xD8\xA7\xD8\xB1.\n";

/* Folds the six English articles (dam, strike alternating) into f;
 * *sa, *sb receive the two stories. */
static void fold_stories(nf_folder *f, long long *sa, long long *sb)
{
    *sa = *sb = 0;
    for (int i = 0; i < 3; i++) {
        char id[16];
        nf_fold_result r;
        snprintf(id, sizeof id, "dam%d", i);
        nf_article *a = make(id, dam[i], "en", 3);
        CHECK_INT(nf_folder_add(f, a, &r), NF_OK);
        if (!*sa)
            *sa = r.story;
        CHECK(r.story == *sa);
        nf_article_free(a);
        snprintf(id, sizeof id, "strike%d", i);
        a = make(id, strike[i], "en", 3);
        CHECK_INT(nf_folder_add(f, a, &r), NF_OK);
        if (!*sb)
            *sb = r.story;
        CHECK(r.story == *sb);
        nf_article_free(a);
    }
    CHECK(*sa != *sb);
}

/* Pass 0: the contested article starts its own story; pass 1: the
 * article of the dam's figures joins the dam's story. */
static void test_contested(void)
{
    for (int pass = 0; pass < 2; pass++) {
        nf_folder *f = nf_folder_new(NULL);
        CHECK(f != NULL);
        if (!f)
            return;
        long long sa, sb;
        fold_stories(f, &sa, &sb);
        nf_fold_result r;
        nf_article *x = make("x", pass ? dam_ar : contested_ar, "ar", 1);
        CHECK_INT(nf_folder_add(f, x, &r), NF_OK);
        if (pass)
            CHECK(r.story == sa);                   /* one story's figures: joins */
        else
            CHECK(r.story != sa && r.story != sb);  /* both stories': its own */
        nf_article_free(x);
        nf_folder_free(f);
    }
}

int main(void)
{
    RUN(test_contested);
    return nf_test_done();
}
