/* test_fold_round11.c - round 11 of story folding (folder_story.c,
 * nf_fd_mostly_specific, nf_fd_floor_ok): which candidates count against
 * a young story's lead in the margin rule, and the evidence floor of
 * thin texts.
 *
 * When the best candidate is a young story (<= NF_MERGE_MAX_N articles)
 * and what the article shares with it is mostly specific (>= 2 anchors
 * that are not generic, carrying >= NF_CLEAR_SHARE of the shared
 * weight), a less close candidate met through generic anchors only (a
 * big country, its capital) is no competitor: an article that names a
 * two-article story's people and places among many names of its own,
 * and the topic words of another story, joins the story whose names it
 * shares although its cosine there is under the bar and the topic
 * story's cosine is more than a quarter of it (about half).
 * Also when the best candidate is young: a less close candidate that is
 * young too and whose centroid agrees with the best's (one story split
 * early) is no competitor either; and a text not mostly in Latin script
 * meets the evidence floor with half the shared mass when two shared
 * anchors are specific (nf_fd_floor_ok).  When every other candidate
 * would be set aside, they all count (a lead over no competitor is no
 * evidence).
 * The fixtures are written for this test (an invented ferry grounding;
 * invented trade talks; an invented grounding told in English, Russian
 * and French). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "fold/folder_int.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* trade talks, told with topic words (and names of their own) */
static const char talks1[] =
    "China and the United States resumed talks in Washington, President Donald Trump said.\n"
    "Beijing sent Vice Minister Harlow Pemberton to the Vestigan round, and Chinese officials were hopeful.\n"
    "American negotiators said tariffs on 7,215 goods were on the table.\n";
static const char talks2[] =
    "Beijing and Washington ended the Vestigan round without a deal.\n"
    "President Donald Trump said China and the United States would meet again; Harlow Pemberton agreed.\n"
    "Chinese and American officials left the tariffs on 7,215 goods in place.\n";

/* a ferry dispute: its own names and figures */
static const char ferry1[] =
    "The Obrenik ferry ran aground near Quendrith on Monday, harbour master Lysa Farrow said.\n"
    "All 3,140 passengers of the Obrenik were taken ashore at Quendrith.\n"
    "Lysa Farrow blamed a broken rudder.\n";
static const char ferry2[] =
    "Divers inspected the Obrenik off Quendrith on Tuesday.\n"
    "Lysa Farrow said the 3,140 passengers would be paid back.\n"
    "The owners of the Obrenik denied that the rudder was old.\n";

/* the ferry again, among many names of its own, and the talks' topic
 * words (not their names) */
static const char ferry3[] =
    "Lysa Farrow met Tamsin Okoro, Birgit Lundqvist, Marek Zawadzki and Ilse Vandermeer at Obrenik pier.\n"
    "Okoro, Lundqvist and Zawadzki asked whether China or Washington had ships like it.\n"
    "Vandermeer and Farrow visited Kettering, Dunholme, Ravensworth and Pellingham afterwards.\n";

/* the ferry in Chinese: one of its names (a Latin token) and its figure,
 * nothing else the sketch can read (Han text gives no names) */
static const char ferry_zh[] =
    "Obrenik\xE5\x8F\xB7\xE6\xB8\xA1\xE8\xBD\xAE\xE5\x9C\xA8\xE6\xB8\xAF\xE5"
    "\x8F\xA3\xE6\x90\x81\xE6\xB5\x85\xEF\xBC\x8C" "3140\xE5\x90\x8D\xE4\xB9\x98"
    "\xE5\xAE\xA2\xE5\xB7\xB2\xE7\xBB\x8F\xE4\xB8\x8A\xE5\xB2\xB8\xE3\x80\x82"
    "\xE8\x88\xB9\xE4\xB8\x9C\xE5\x90\xA6\xE8\xAE\xA4\xE8\x88\xB5\xE5\xB7\xB2"
    "\xE8\x80\x81\xE5\x8C\x96\xE3\x80\x82" "\n";

/* one report of a grounding in three languages: English and Russian
 * told apart (two young stories that did not link: the Russian text
 * has names of its own), and a French text, among many names of its
 * own, nearer the English one */
static const char ground_en[] =
    "The Obrenik ferry ran aground on Monday, harbour master Lysa Farrow said"
    ".\nAll 3,140 passengers were taken ashore.\nFarrow blamed a broken rudde"
    "r.\n";
static const char ground_ru[] =
    "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\x9E\xD0\xB1\xD1\x80\xD0"
    "\xB5\xD0\xBD\xD0\xB8\xD0\xBA \xD1\x81\xD0\xB5\xD0\xBB \xD0\xBD\xD0\xB0 "
    "\xD0\xBC\xD0\xB5\xD0\xBB\xD1\x8C \xD0\xB2 \xD0\xBF\xD0\xBE\xD0\xBD\xD0"
    "\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD0\xBA, \xD1\x81"
    "\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xB0 \xD0\xBD\xD0"
    "\xB0\xD1\x87\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD0\xBA \xD0\xBF"
    "\xD0\xBE\xD1\x80\xD1\x82\xD0\xB0 \xD0\x9B\xD0\xB8\xD0\xB7\xD0\xB0 \xD0"
    "\xA4\xD0\xB0\xD1\x80\xD1\x80\xD0\xBE\xD1\x83.\n\xD0\x92\xD1\x81\xD0\xB5 "
    "3140 \xD0\xBF\xD0\xB0\xD1\x81\xD1\x81\xD0\xB0\xD0\xB6\xD0\xB8\xD1\x80"
    "\xD0\xBE\xD0\xB2 \xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0"
    "\xBB\xD0\xB5\xD0\xBD\xD1\x8B \xD0\xBD\xD0\xB0 \xD0\xB1\xD0\xB5\xD1\x80"
    "\xD0\xB5\xD0\xB3.\n\xD0\x93\xD1\x83\xD0\xB1\xD0\xB5\xD1\x80\xD0\xBD\xD0"
    "\xB0\xD1\x82\xD0\xBE\xD1\x80 \xD0\xA2\xD0\xB0\xD0\xBC\xD0\xB0\xD1\x80"
    "\xD0\xB0 \xD0\x92\xD0\xB5\xD0\xBB\xD0\xB8\xD1\x87\xD0\xBA\xD0\xBE, \xD0"
    "\xBC\xD1\x8D\xD1\x80 \xD0\x90\xD1\x80\xD0\xBA\xD0\xB0\xD0\xB4\xD0\xB8"
    "\xD0\xB9 \xD0\xA1\xD1\x83\xD1\x85\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB\xD1"
    "\x8C\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9, \xD0\xB8\xD0\xBD\xD0\xB6\xD0\xB5"
    "\xD0\xBD\xD0\xB5\xD1\x80 \xD0\x92\xD1\x81\xD0\xB5\xD0\xB2\xD0\xBE\xD0"
    "\xBB\xD0\xBE\xD0\xB4 \xD0\x9F\xD1\x82\xD0\xB0\xD1\x88\xD0\xB8\xD0\xBD"
    "\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 \xD0\xB8 \xD0\xB2\xD1\x80\xD0\xB0\xD1"
    "\x87 \xD0\x95\xD1\x84\xD1\x80\xD0\xBE\xD1\x81\xD0\xB8\xD0\xBD\xD1\x8C"
    "\xD1\x8F \xD0\x93\xD0\xBE\xD0\xBB\xD1\x83\xD0\xB1\xD0\xB5\xD0\xB2\xD0"
    "\xB0 \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB8 \xD0\xB2 "
    "\xD0\x97\xD0\xB0\xD1\x80\xD0\xB5\xD1\x87\xD0\xB5\xD0\xBD\xD1\x81\xD0\xBA"
    ".\n";
static const char ground_fr[] =
    "Le ferry Obrenik s'est \xC3\xA9" "chou\xC3\xA9 lundi, et Lysa Farrow a parl"
    "\xC3\xA9 de 3 140 passagers.\nAmandine Lefebvre, Bastien Moreau, Cl\xC3"
    "\xA9mence Girard et Damien Rousseau \xC3\xA9taient \xC3\xA0 Montbrison."
    "\n\xC3\x89lodie Fournier, Fabrice Lambert, Hortense Duval et Ignace Perr"
    "in sont rest\xC3\xA9s \xC3\xA0 Castelnaudary avec Gaspard Mercier.\n";

/* other stories, each sharing one name with a later article (a
 * competitor that counts, far behind) */
static const char cricket[] =
    "Dunholme beat Harrowgate by 112 runs on Saturday.\n"
    "Captain Ptolemy Ashcombe scored 58 and Rufus Wetherby took four wickets.\n"
    "Harrowgate coach Mallory Stainforth praised the Dunholme bowlers, Oswin Pargeter and "
    "Cuthbert Fenwick.\n"
    "Umpires Leopold Quarrington and Barnaby Thistlewood stopped play at Scarcliffe before "
    "tea; Ignatius Holloway, Percival Marchbank and Lancelot Vickery were not out.\n"
    "Scorer Winifred Ashdown said Ravenglass and Threlkeld meet Tolworth next.\n";
static const char fair_fr[] =
    "La foire de Montbrison a attir\xC3\xA9 45 000 visiteurs samedi.\nLe mair"
    "e Octave B\xC3\xA9renger et la pr\xC3\xA9" "f\xC3\xA8te Solange Vautrin ont"
    " inaugur\xC3\xA9 les stands de Saint-Galmier et de Bo\xC3\xABn.\nLes "
    "\xC3\xA9leveurs Th\xC3\xA9ophile Grangeon et Aur\xC3\xA9lien Bouchardy o"
    "nt pr\xC3\xA9sent\xC3\xA9 310 vaches.\n";

/* The rules themselves on candidates scored by hand. */
static void test_rule(void)
{
    nf_fd_cand c;
    memset(&c, 0, sizeof c);
    c.shared = 6;
    c.mass = 10;
    c.spec = 2;
    c.spec_mass = NF_CLEAR_SHARE * 10;    /* half of the shared weight */
    CHECK(nf_fd_mostly_specific(&c));
    c.spec_mass = NF_CLEAR_SHARE * 10 - 0.5;
    CHECK(!nf_fd_mostly_specific(&c));
    c.spec_mass = 9;
    c.spec = 1;                            /* one specific anchor */
    CHECK(!nf_fd_mostly_specific(&c));

    nf_sketch latin, other;
    memset(&latin, 0, sizeof latin);
    memset(&other, 0, sizeof other);
    latin.latin = 1;
    c.shared = 3;
    c.spec = 2;
    c.spec_mass = 4;
    c.mass = NF_STORY_MASS;                /* the floor itself */
    CHECK(nf_fd_floor_ok(&latin, &c, NF_STORY_MASS));
    c.mass = NF_STORY_MASS * NF_CASELESS_MASS;   /* half of it */
    CHECK(!nf_fd_floor_ok(&latin, &c, NF_STORY_MASS));
    CHECK(nf_fd_floor_ok(&other, &c, NF_STORY_MASS));
    c.spec = 1;                            /* one specific anchor */
    CHECK(!nf_fd_floor_ok(&other, &c, NF_STORY_MASS));
    c.spec = 2;
    c.mass = NF_STORY_MASS * NF_CASELESS_MASS - 0.1;
    CHECK(!nf_fd_floor_ok(&other, &c, NF_STORY_MASS));
    c.mass = NF_STORY_MASS;
    c.shared = 1;                          /* one shared anchor */
    CHECK(!nf_fd_floor_ok(&other, &c, NF_STORY_MASS));
}

/* The ferry's third article joins the ferry story although the talks
 * story, met through topic words only, has more than a quarter of its
 * cosine. */
static void test_topic_competitor(void)
{
    const char *texts[] = { cricket, talks1, talks2, ferry1, ferry2, ferry3 };
    long long s[6];
    fold_texts(texts, NULL, "en", 6, 3, s);
    CHECK(s[1] > 0 && s[2] == s[1] && s[1] != s[0]);
    CHECK(s[3] > 0 && s[4] == s[3] && s[3] != s[1] && s[3] != s[0]);
    CHECK(s[5] == s[3]);          /* fails without the rule: alone */
}

/* A thin Chinese article that shares the ferry's name and figure (two
 * specific anchors, under the shared-mass floor) joins the ferry story. */
static void test_thin_specific(void)
{
    const char *texts[] = { ferry1, ferry2, ferry_zh };
    const char *langs[] = { "en", "en", "zh" };
    long long s[3];
    fold_texts(texts, langs, NULL, 3, 0, s);   /* 12 sentences: no translation */
    CHECK(s[0] > 0 && s[1] == s[0]);
    CHECK(s[2] == s[0]);          /* fails without nf_fd_floor_ok: alone */
}

/* A French article nearer the English story than the Russian one joins
 * the English story: the two are young and their centroids agree, so
 * the Russian story is no competitor for the margin rule. */
static void test_split_competitor(void)
{
    const char *texts[] = { fair_fr, ground_en, ground_ru, ground_fr };
    const char *langs[] = { "fr", "en", "ru", "fr" };
    long long s[4];
    fold_texts(texts, langs, NULL, 4, 0, s);
    CHECK(s[1] > 0 && s[2] > 0 && s[2] != s[1] && s[1] != s[0]);
    CHECK(s[3] == s[1]);          /* fails without the rule: alone */
}

/* Without the cricket story the talks story is the ferry article's only
 * other candidate: set aside, it would leave a lead over no competitor,
 * which is no evidence (the margin rule's own condition), so it counts
 * and the article starts a story of its own. */
static void test_no_competitor_left(void)
{
    const char *texts[] = { talks1, talks2, ferry1, ferry2, ferry3 };
    long long s[5];
    fold_texts(texts, NULL, "en", 5, 3, s);
    CHECK(s[2] > 0 && s[3] == s[2] && s[2] != s[0]);
    CHECK(s[4] != s[2]);          /* fails without the safeguard: joined */
}

int main(void)
{
    RUN(test_rule);
    RUN(test_topic_competitor);
    RUN(test_thin_specific);
    RUN(test_split_competitor);
    RUN(test_no_competitor_left);
    return nf_test_done();
}
