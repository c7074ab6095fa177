/* test_entities_round15.c - the German detection rules of the fifteenth
 * round (docs/entities.md, "Round 15"), checked on sentences written for
 * this test (the people invented): an inhabitants' word (a town's
 * adjective in -er, a nationality noun) before a name is apart from it
 * also when the name is a surname no dictionary knows ("der
 * Leverkusener | Hraboltz", "der Franzose | Dubarquet") or a party's
 * acronym ("die Kölner | FDP"), and the adjective of a big city is read
 * so although the dictionaries list it as a surname ("der Frankfurter |
 * Maibrecht"); fixed names of a head noun, "von" and a place are one
 * name ("Großer Preis von Argentinien", "Straße von Gibraltar").  The
 * first checks of each function fail without the
 * rule; the guards (a club's name after the town's adjective, a
 * newspaper's, a person named Frankfurter) pass with and without.
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

static void test_surname_after_town(nf_ent_stage *st)
{
    char out[2048];
    one_sentence(st, "Dann traf der Leverkusener Hraboltz zum Ausgleich .", out, sizeof out);
    CHECK(has(out, "l:Leverkusener"));
    CHECK(named(out, "Hraboltz"));
    CHECK(!named(out, "Leverkusener Hraboltz"));
    /* a nationality noun before a surname alone */
    one_sentence(st, "In der Pause wurde der Franzose Dubarquet ausgewechselt .", out, sizeof out);
    CHECK(named(out, "Franzose"));
    CHECK(named(out, "Dubarquet"));
    CHECK(!named(out, "Franzose Dubarquet"));
    /* guards: before a given name and a surname the split is round
     * 12's; a club's name after the adjective stays whole */
    one_sentence(st, "Dann traf der Leverkusener Uwe Hraboltz zum Ausgleich .", out, sizeof out);
    CHECK(has(out, "p:Uwe Hraboltz"));
    CHECK(has(out, "l:Leverkusener"));
    one_sentence(st, "Gestern siegte der Karlsruher SC in Bonn .", out, sizeof out);
    CHECK(named(out, "Karlsruher SC"));
}

static void test_party_after_town(nf_ent_stage *st)
{
    char out[2048];
    one_sentence(st, "Gestern stimmte die Kölner FDP gegen den Plan .", out, sizeof out);
    CHECK(has(out, "l:K\xc3\xb6lner"));
    CHECK(has(out, "o:FDP"));
    CHECK(!named(out, "K\xc3\xb6lner FDP"));
    one_sentence(st, "Am Abend tagte die Leipziger SPD im Rathaus .", out, sizeof out);
    CHECK(has(out, "o:SPD"));
    CHECK(!named(out, "Leipziger SPD"));
    /* guard: a club's designator is no party ("Hamburger SV") */
    one_sentence(st, "Am Samstag verlor der Hamburger SV in Bochum .", out, sizeof out);
    CHECK(named(out, "Hamburger SV"));
}

static void test_big_town_adjective(nf_ent_stage *st)
{
    char out[2048];
    /* "Frankfurter", "Berliner" are surnames in the dictionaries too */
    one_sentence(st, "Dann traf der Frankfurter Maibrecht ins leere Tor .", out, sizeof out);
    CHECK(has(out, "l:Frankfurter"));
    CHECK(named(out, "Maibrecht"));
    CHECK(!named(out, "Frankfurter Maibrecht"));
    one_sentence(st, "Gestern sagte die Berliner FDP nein .", out, sizeof out);
    CHECK(has(out, "l:Berliner"));
    CHECK(has(out, "o:FDP"));
    /* guards: a person named so keeps the name; a newspaper's head is
     * no name of its own */
    one_sentence(st, "Er sprach lange mit Felix Frankfurter in Bonn .", out, sizeof out);
    CHECK(has(out, "p:Felix Frankfurter"));
    one_sentence(st, "Das schrieb die Stuttgarter Zeitung am Montag .", out, sizeof out);
    CHECK(!named(out, "Zeitung"));
}

static void test_events(nf_ent_stage *st)
{
    char out[2048];
    one_sentence(st, "Beim Gro\xc3\x9f" "en Preis von Argentinien wurde Korvalt nur Dritter .", out,
                 sizeof out);
    CHECK(has(out, "x:Gro\xc3\x9f" "en Preis von Argentinien"));
    CHECK(!named(out, "Argentinien"));
    one_sentence(st, "Am Sonntag beginnt der Gro\xc3\x9f" "e Preis von Ungarn in Budapest .", out,
                 sizeof out);
    CHECK(named(out, "Gro\xc3\x9f" "e Preis von Ungarn"));
    CHECK(has(out, "l:Budapest"));
    one_sentence(st, "Beim Gro\xc3\x9f" "en Motorrad-Preis von Italien st\xc3\xbc" "rzte er .", out,
                 sizeof out);
    CHECK(named(out, "Gro\xc3\x9f" "en Motorrad-Preis von Italien"));
    one_sentence(st, "Der Frachter fuhr gestern durch die Stra\xc3\x9f" "e von Gibraltar .", out,
                 sizeof out);
    CHECK(has(out, "l:Stra\xc3\x9f" "e von Gibraltar"));
    /* guards: a compound price, a road between towns, a winner */
    one_sentence(st, "Der Strompreis von Frankreich stieg weiter .", out, sizeof out);
    CHECK(has(out, "l:Frankreich"));
    one_sentence(st, "Das Haus steht an der Stra\xc3\x9f" "e von Bonn nach K\xc3\xb6" "ln .", out,
                 sizeof out);
    CHECK(has(out, "l:Bonn"));
    CHECK(!named(out, "Stra\xc3\x9f" "e von Bonn"));
    one_sentence(st, "Der Sieger von Monaco hei\xc3\x9f" "t Korvalt .", out, sizeof out);
    CHECK(has(out, "l:Monaco"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_surname_after_town(st);
    test_party_after_town(st);
    test_big_town_adjective(st);
    test_events(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
