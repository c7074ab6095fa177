/* test_fold_round10.c - round 10 of story folding (folder_generic.c,
 * nf_fd_evidence_ok): what a join needs besides the round-9 gate.
 *
 * 1. In Latin script the specific anchors a join shares must carry a
 *    fifth of the shared weight (NF_SPEC_SHARE): an article on another
 *    matter that meets a story through China, Beijing, Washington, the
 *    United States and President Donald Trump, with one of the story's
 *    own words beside them, starts a story of its own; an article that
 *    shares the story's names joins it.
 * 2. In other scripts a young story (<= NF_MERGE_MAX_N articles) is
 *    joined at a cosine >= NF_YOUNG_COS without a specific anchor: three
 *    Russian articles told only with names of big countries, capitals,
 *    a head of state and years are one story (their shared evidence is
 *    generic, so the round-9 gate alone left each alone); an
 *    established story still needs a specific anchor.
 * The fixtures are written for this test (an invented rail tunnel
 * dispute; an invented round of trade talks). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "fold/folder_int.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* the story: a rail tunnel dispute (its own names: Obrenik, Quendrith,
 * Lysa Farrow; its own figure) */
static const char tunnel1[] =
    "China and the United States argued in Washington over the Obrenik rail tunnel.\n"
    "President Donald Trump said Beijing had stalled the Quendrith works, and Chinese officials denied it.\n"
    "Envoy Lysa Farrow said 3,140 workers had left the Obrenik site.\n";
static const char tunnel2[] =
    "Beijing answered President Trump on the Obrenik tunnel on Tuesday.\n"
    "Chinese engineers told Lysa Farrow in Washington that the Quendrith works would resume.\n"
    "American lenders said 3,140 workers would return to Obrenik by May.\n";

/* another matter (a meeting of diplomats): the topic words of the story
 * and one of its words (Quendrith), nothing else of it */
static const char meeting[] =
    "China and the United States met in Washington, President Donald Trump said, and Beijing confirmed it.\n"
    "Chinese and American diplomats also spoke of the Quendrith works.\n"
    "Beijing will host the next round.\n";

/* the story again: its own names */
static const char tunnel3[] =
    "Lysa Farrow said the Obrenik tunnel would open again.\n"
    "Quendrith engineers and President Trump welcomed it; China sent 3,140 workers back.\n";

static const char talks_ru1[] =
    "\xD0\xA2\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBF \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0"
    "\xBB \xD0\xB2 \xD0\x92\xD0\xB0\xD1\x88\xD0\xB8\xD0\xBD\xD0\xB3\xD1\x82\xD0\xBE\xD0\xBD"
    "\xD0\xB5, \xD1\x87\xD1\x82\xD0\xBE \xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9 \xD1\x81\xD0"
    "\xBD\xD0\xB8\xD0\xB7\xD0\xB8\xD1\x82 \xD0\xBF\xD0\xBE\xD1\x88\xD0\xBB\xD0\xB8\xD0\xBD"
    "\xD1\x8B \xD0\xB4\xD0\xBE 2019 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0.\n"
    "\xD0\x9F\xD0\xB5\xD0\xBA\xD0\xB8\xD0\xBD \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0"
    "\xB8\xD0\xBB, \xD1\x87\xD1\x82\xD0\xBE \xD0\xA1\xD0\xA8\xD0\x90 \xD0\xB8 \xD0\x9A\xD0"
    "\xB8\xD1\x82\xD0\xB0\xD0\xB9 \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB6"
    "\xD0\xB0\xD1\x82 \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1"
    "\x80\xD1\x8B \xD0\xB2 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB5.\n"
    "\xD0\x92\xD0\xB0\xD1\x88\xD0\xB8\xD0\xBD\xD0\xB3\xD1\x82\xD0\xBE\xD0\xBD \xD0\xB8 \xD0"
    "\x9F\xD0\xB5\xD0\xBA\xD0\xB8\xD0\xBD \xD0\xBE\xD0\xB1\xD1\x81\xD1\x83\xD0\xB4\xD0\xB8"
    "\xD0\xBB\xD0\xB8 2018 \xD0\xB3\xD0\xBE\xD0\xB4 \xD0\xB8 \xD1\x82\xD0\xBE\xD1\x80\xD0\xB3"
    "\xD0\xBE\xD0\xB2\xD0\xBB\xD1\x8E \xD1\x81 \xD0\x95\xD0\xB2\xD1\x80\xD0\xBE\xD0\xBF\xD0"
    "\xBE\xD0\xB9.\n";

static const char talks_ru2[] =
    "\xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9 \xD0\xB8 \xD0\xA1\xD0\xA8\xD0\x90 \xD0\xB2\xD1"
    "\x81\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C \xD0\xB2"
    " \xD0\x92\xD0\xB0\xD1\x88\xD0\xB8\xD0\xBD\xD0\xB3\xD1\x82\xD0\xBE\xD0\xBD\xD0\xB5, \xD1"
    "\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB \xD0\xA2\xD1\x80\xD0\xB0\xD0\xBC"
    "\xD0\xBF.\n"
    "\xD0\x9F\xD0\xB5\xD0\xBA\xD0\xB8\xD0\xBD \xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBB\xD0"
    "\xBE\xD0\xB6\xD0\xB8\xD0\xBB \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x81"
    "\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1"
    "\x80\xD1\x8B \xD0\xB2 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD1\x83 \xD0\xB2 2019 "
    "\xD0\xB3\xD0\xBE\xD0\xB4\xD1\x83.\n"
    "\xD0\x95\xD0\xB2\xD1\x80\xD0\xBE\xD0\xBF\xD0\xB0 \xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0"
    "\xB8\xD1\x82 \xD0\xB7\xD0\xB0 \xD1\x82\xD0\xB5\xD0\xBC, \xD0\xBA\xD0\xB0\xD0\xBA \xD0"
    "\x92\xD0\xB0\xD1\x88\xD0\xB8\xD0\xBD\xD0\xB3\xD1\x82\xD0\xBE\xD0\xBD \xD0\xB8 \xD0\x9F"
    "\xD0\xB5\xD0\xBA\xD0\xB8\xD0\xBD \xD1\x81\xD0\xBF\xD0\xBE\xD1\x80\xD1\x8F\xD1\x82 \xD0"
    "\xBE \xD0\xBF\xD0\xBE\xD1\x88\xD0\xBB\xD0\xB8\xD0\xBD\xD0\xB0\xD1\x85.\n";

static const char talks_ru3[] =
    "\xD0\x9F\xD0\xB5\xD0\xBA\xD0\xB8\xD0\xBD \xD0\xB8 \xD0\x92\xD0\xB0\xD1\x88\xD0\xB8\xD0"
    "\xBD\xD0\xB3\xD1\x82\xD0\xBE\xD0\xBD \xD0\xB2\xD0\xBD\xD0\xBE\xD0\xB2\xD1\x8C \xD0\xB7"
    "\xD0\xB0\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD0\xB8\xD0\xBB\xD0\xB8 \xD0\xBE \xD0"
    "\xBF\xD0\xBE\xD1\x88\xD0\xBB\xD0\xB8\xD0\xBD\xD0\xB0\xD1\x85.\n"
    "\xD0\xA2\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBF \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0"
    "\xBB, \xD1\x87\xD1\x82\xD0\xBE \xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9 \xD0\xB8 \xD0"
    "\xA1\xD0\xA8\xD0\x90 \xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x88\xD1\x83\xD1\x82"
    " \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x88\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xD0"
    "\xB2 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB5 \xD0\xB2 2019 \xD0\xB3\xD0\xBE\xD0"
    "\xB4\xD1\x83.\n"
    "\xD0\x95\xD0\xB2\xD1\x80\xD0\xBE\xD0\xBF\xD0\xB0 \xD0\xB6\xD0\xB4\xD1\x91\xD1\x82 \xD0"
    "\xB8\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE\xD0\xB2 \xD1\x81 2018 \xD0\xB3\xD0\xBE\xD0\xB4\xD0"
    "\xB0.\n";

/* Topic words with one specific word beside them make no join in Latin
 * script; the story's own names do. */
static void test_latin_share(void)
{
    const char *texts[] = { tunnel1, tunnel2, meeting, tunnel3 };
    long long s[4];
    fold_texts(texts, NULL, "en", 4, 3, s);
    CHECK(s[0] > 0 && s[1] == s[0]);
    CHECK(s[2] != s[0]);          /* fails without NF_SPEC_SHARE: it joined */
    CHECK(s[3] == s[0]);
}

/* The rule itself, on candidates scored by hand: Latin needs the share,
 * other scripts a specific anchor, or a young story and a cosine of
 * NF_YOUNG_COS. */
static void test_rule(void)
{
    nf_sketch latin, other;
    memset(&latin, 0, sizeof latin);
    memset(&other, 0, sizeof other);
    latin.latin = 1;
    other.latin = 2;
    nf_fd_cand c;
    memset(&c, 0, sizeof c);
    c.shared = 10;
    c.mass = 20;
    c.spec = 2;
    c.spec_mass = 3;              /* specific, but 0.15 of the shared weight */
    c.cos = 0.6;
    CHECK(nf_fd_specific(&c));
    CHECK(!nf_fd_evidence_ok(&latin, &c, 1));
    CHECK(nf_fd_evidence_ok(&other, &c, 9));
    c.spec_mass = 5;              /* a quarter */
    CHECK(nf_fd_evidence_ok(&latin, &c, 9));
    c.spec = 0;                   /* nothing specific */
    c.spec_mass = 0;
    CHECK(!nf_fd_evidence_ok(&latin, &c, 1));
    CHECK(nf_fd_evidence_ok(&other, &c, NF_MERGE_MAX_N));
    CHECK(!nf_fd_evidence_ok(&other, &c, NF_MERGE_MAX_N + 1));
    c.cos = NF_YOUNG_COS - 0.01;
    CHECK(!nf_fd_evidence_ok(&other, &c, 1));
}

/* Russian articles sharing nearly all their (generic) anchors with a
 * young Russian story join it. */
static void test_generic_cos(void)
{
    const char *texts[] = { talks_ru1, talks_ru2, talks_ru3 };
    long long s[3];
    fold_texts(texts, NULL, "ru", 3, 3, s);
    CHECK(s[0] > 0);
    CHECK(s[1] == s[0]);
    CHECK(s[2] == s[0]);          /* fails without NF_YOUNG_COS: alone */
}

int main(void)
{
    RUN(test_rule);
    RUN(test_latin_share);
    RUN(test_generic_cos);
    return nf_test_done();
}
