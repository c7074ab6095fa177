/* test_entities_round16.c - the German detection rules of the sixteenth
 * round (docs/entities.md, "Round 16"), checked on sentences written for
 * this test (the people, clubs and villages invented): a city's
 * adjective before a common noun names the city alone, also after a
 * leading article, for a name of two words ("Bad Homburger", "New
 * Yorker") and for the irregular adjectives ("Bremer", "Hannoveraner");
 * a lower-case adjective written with a hyphen is one word
 * ("sachsen-anhaltinische", "ultra-orthodoxen") and so is a coalition's
 * pair of colours ("rot-grüne"); an abbreviation and its period inside a
 * name joins it ("FC St. Gorren", "Bor. Wetzlar", a middle initial);
 * each side of a sports result is one club ("Dynamo Kelbra - Stahl
 * Wittnau 2:1").  The first checks of each function fail without the
 * rule; the guards (a newspaper's name, colours of a shirt, a title, an
 * acronym ending a sentence, a sentence before a dash) pass with and
 * without.
 */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities/places.h"
#include "entities_testlib.h"

/* The mentions of text as one sentence, as the CoNLL bench gives it. */
static void one_sentence(nf_ent_stage *st, const char *text, char *out, size_t cap)
{
    nf_span sp = { 0, strlen(text) };
    ent_mentions(st, text, "de", &sp, 1, 0, out, cap);
}

static void test_town_adjective(nf_ent_stage *st)
{
    char out[2048];
    /* after the run's leading article */
    one_sentence(st, "Im K\xc3\xb6lner Norden gab es am Montag Streit .", out, sizeof out);
    CHECK(has(out, "l:K\xc3\xb6lner"));
    CHECK(!named(out, "K\xc3\xb6lner Norden"));
    /* a town's name of two words */
    one_sentence(st, "Ein New Yorker Taxifahrer fand das Geld .", out, sizeof out);
    CHECK(has(out, "l:New Yorker"));
    CHECK(!named(out, "Yorker Taxifahrer"));
    one_sentence(st, "Das Bad Homburger Publikum jubelte lange .", out, sizeof out);
    CHECK(has(out, "l:Bad Homburger"));
    /* irregular adjectives of the cue table */
    one_sentence(st, "Der Bremer Sch\xc3\xbcler gewann den Preis .", out, sizeof out);
    CHECK(has(out, "l:Bremer"));
    CHECK(!named(out, "Bremer Sch\xc3\xbcler"));
    one_sentence(st, "Gestern siegten die Hannoveraner in Bochum .", out, sizeof out);
    CHECK(has(out, "l:Hannoveraner"));
    /* guard: a newspaper's name stays as round 10 reads it */
    one_sentence(st, "Die Stuttgarter Zeitung berichtet heute .", out, sizeof out);
    CHECK(has(out, "l:Stuttgarter"));
    CHECK(!named(out, "Zeitung"));
}

static void test_lower_groups(nf_ent_stage *st)
{
    char out[2048];
    one_sentence(st, "Die sachsen-anhaltinische Regierung tagte .", out, sizeof out);
    CHECK(named(out, "sachsen-anhaltinische"));
    one_sentence(st, "Die ultra-orthodoxen Parteien stimmten zu .", out, sizeof out);
    CHECK(named(out, "ultra-orthodoxen"));
    CHECK(!named(out, "orthodoxen"));
    one_sentence(st, "Die rot-gr\xc3\xbcne Koalition h\xc3\xa4lt noch .", out, sizeof out);
    CHECK(has(out, "x:rot-gr\xc3\xbcne"));
    /* guards: a shirt's colours, a colour alone */
    one_sentence(st, "Das rot-wei\xc3\x9f" "e Trikot gefiel ihm .", out, sizeof out);
    CHECK(!named(out, "rot-wei\xc3\x9f" "e"));
    one_sentence(st, "Die gr\xc3\xbcne Wiese lag still .", out, sizeof out);
    CHECK(!named(out, "gr\xc3\xbcne"));
}

static void test_abbreviations(nf_ent_stage *st)
{
    char out[2048];
    one_sentence(st, "Er spielte lange beim FC St. Gorren in Irland .", out, sizeof out);
    CHECK(has(out, "o:FC St. Gorren"));
    CHECK(!named(out, "Gorren"));
    one_sentence(st, "Das Spiel gegen Bor. Wetzlar endete torlos .", out, sizeof out);
    CHECK(has(out, "o:Bor. Wetzlar"));
    /* a middle initial after a person */
    one_sentence(st, "Dazu sagte Walter K. Sch\xc3\xa4" "fer am Montag .", out, sizeof out);
    CHECK(has(out, "p:Walter K. Sch\xc3\xa4" "fer"));
    /* guards: a title, an acronym ending a sentence */
    one_sentence(st, "Das best\xc3\xa4tigte Dr. Weber am Montag .", out, sizeof out);
    CHECK(!named(out, "Dr. Weber"));
    one_sentence(st, "Das K\xc3\xbcrzel lautet TPUSA. Sie lachte .", out, sizeof out);
    CHECK(!named(out, "TPUSA. Sie"));
}

static void test_results(nf_ent_stage *st)
{
    char out[2048];
    one_sentence(st, "Dynamo Kelbra - Stahl Wittnau 2:1 , Aarhus GF - Borken IF 0:0 .", out,
                 sizeof out);
    CHECK(has(out, "o:Dynamo Kelbra"));
    CHECK(has(out, "o:Stahl Wittnau"));
    CHECK(has(out, "o:Borken IF"));
    CHECK(!named(out, "Kelbra"));
    /* guards: a side of one word keeps its reading; a sentence before a
     * dash makes no result */
    one_sentence(st, "Kiel - Stahl Wittnau 1:0 .", out, sizeof out);
    CHECK(has(out, "l:Kiel"));
    one_sentence(st, "Der Aufsteiger siegte - Stahl Wittnau 2:1 .", out, sizeof out);
    CHECK(!has(out, "o:Stahl Wittnau"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_town_adjective(st);
    test_lower_groups(st);
    test_abbreviations(st);
    test_results(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
