/* test_entities_round13.c - the German detection rules of the
 * thirteenth round (docs/entities.md, "Round 13"), checked on texts
 * written for this test (people, clubs and villages invented): a noun in
 * apposition before a full name is no part of it ("der
 * Weltranglistendritte | Tomas Wexmoor", "TSV-Coach | Dieter Hollweck");
 * "von" and "zu" inside a run are prepositions unless a given name
 * precedes them; lower-case foreign particles open a surname ("de
 * Vlaminck", "Pieter van der Merwe"); a club's founding year, colours
 * and ordinal belong to its name ("SG Wattendorf 09", "Blau-Weiß
 * Kelstadt", "1.FC Marxbach"); a town named with its river is one place
 * ("Frankfurt am Main", "FRANKFURT A. M."); inhabitants in the dative
 * plural are named ("den Hamburgern"); a lower-case adjective of places
 * with a hyphen is one word ("deutsch-französische").  Each function's
 * first checks fail without its rule; the guards pass with and without.
 */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities/places.h"
#include "entities_testlib.h"

/* The mentions of text as one sentence (as the CoNLL bench gives them:
 * "A. M." does not end a sentence there). */
static void one_sentence(nf_ent_stage *st, const char *text, char *out, size_t cap)
{
    nf_span sp = { 0, strlen(text) };
    ent_mentions(st, text, "de", &sp, 1, 0, out, cap);
}

static void test_apposition(nf_ent_stage *st)
{
    char out[2048];
    /* a nominalised ordinal after an article: a noun, whatever the
     * dictionaries say */
    mentions(st, "Gestern gewann der Weltranglistendritte Tomas Wexmoor das Finale .", "de", out,
             sizeof out);
    CHECK(has(out, "p:Tomas Wexmoor"));
    CHECK(!named(out, "Weltranglistendritte Tomas Wexmoor"));
    CHECK(!named(out, "Weltranglistendritte"));
    /* a compound holding a club's acronym is a mention of its own */
    mentions(st, "Dann sagte TSV-Coach Dieter Hollweck nichts .", "de", out, sizeof out);
    CHECK(named(out, "TSV-Coach"));
    CHECK(has(out, "p:Dieter Hollweck"));
    /* an acronym glued to a title (the hyphen lost) */
    mentions(st, "Dann sprach EUKommissar Jens Olderup in Bonn .", "de", out, sizeof out);
    CHECK(named(out, "EUKommissar"));
    CHECK(has(out, "p:Jens Olderup"));
    /* a common noun inside a run, after a genitive */
    mentions(st, "Er traf Müllers Anwalt Peter Kranzbeck in Bonn .", "de", out, sizeof out);
    CHECK(has(out, "p:Peter Kranzbeck"));
    CHECK(!named(out, "Müllers Anwalt Peter Kranzbeck"));
    /* guards: two given names and a surname are one name; round 12's
     * nationality word stays a mention of its own; a compound of common
     * nouns is dropped */
    mentions(st, "Gestern kam Hans Peter Kranzbeck nach Bonn .", "de", out, sizeof out);
    CHECK(has(out, "p:Hans Peter Kranzbeck"));
    mentions(st, "Dann traf der Franzose Marc Lavalle zum Ausgleich .", "de", out, sizeof out);
    CHECK(named(out, "Franzose"));
    CHECK(has(out, "p:Marc Lavalle"));
    mentions(st, "Er sprach mit dem Junioren-Trainer Klaus Wendt .", "de", out, sizeof out);
    CHECK(has(out, "p:Klaus Wendt"));
    CHECK(!named(out, "Junioren-Trainer"));
}

static void test_preposition_cut(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Gestern traf Lothar Wessling von Inter Mailand ein .", "de", out, sizeof out);
    CHECK(has(out, "p:Lothar Wessling"));
    CHECK(!named(out, "Lothar Wessling von Inter Mailand"));
    mentions(st, "Dann gab es Liebe zu Karlheinz Brommer .", "de", out, sizeof out);
    CHECK(!named(out, "Liebe zu Karlheinz Brommer"));
    CHECK(has(out, "p:Karlheinz Brommer"));
    /* guard: a noble's particle after a given name */
    mentions(st, "Gestern sprach Ulrike von Hallwang in Bonn .", "de", out, sizeof out);
    CHECK(has(out, "p:Ulrike von Hallwang"));
}

static void test_particles(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Dann sagte de Vlaminck nichts .", "de", out, sizeof out);
    CHECK(has(out, "p:de Vlaminck"));
    mentions(st, "Er traf Pieter van der Merwe gestern .", "de", out, sizeof out);
    CHECK(has(out, "p:Pieter van der Merwe"));
    /* guards: German "von" before a town, "de" before a lower-case word */
    mentions(st, "Er kam von Ahlen nach Hamm .", "de", out, sizeof out);
    CHECK(!named(out, "von Ahlen"));
    CHECK(named(out, "Ahlen"));
    mentions(st, "Das ist de facto ein Verbot .", "de", out, sizeof out);
    CHECK(out[0] == '\0');
}

static void test_clubs(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Gestern siegte die SG Wattendorf 09 gegen den SV 07 Kriftheim .", "de", out,
             sizeof out);
    CHECK(has(out, "o:SG Wattendorf 09"));
    CHECK(has(out, "o:SV 07 Kriftheim"));
    mentions(st, "Dann verlor Blau-Weiß Kelstadt gegen die DJK Rot-Weiß Obermühl .", "de", out,
             sizeof out);
    CHECK(has(out, "o:Blau-Weiß Kelstadt"));
    CHECK(has(out, "o:DJK Rot-Weiß Obermühl"));
    CHECK(!named(out, "DJK"));
    one_sentence(st, "Er spielt seit Jahren beim 1.FC Marxbach .", out, sizeof out);
    CHECK(has(out, "o:1.FC Marxbach"));
    /* guards: a count after a town, a table's rank before a club */
    mentions(st, "Er war in Berlin 20 Minuten lang .", "de", out, sizeof out);
    CHECK(has(out, "l:Berlin"));
    CHECK(!named(out, "Berlin 20"));
    one_sentence(st, "1. BW Kelstadt 8:0 Punkte , 2. SG Obermühl 6:2 Punkte", out, sizeof out);
    CHECK(!named(out, "1. BW Kelstadt"));
}

static void test_river_towns(nf_ent_stage *st)
{
    char out[2048];
    one_sentence(st, "FRANKFURT A. M. Die Stadt wächst weiter .", out, sizeof out);
    CHECK(has(out, "l:FRANKFURT A. M."));
    mentions(st, "Er wohnt seit Jahren in Frankfurt am Main .", "de", out, sizeof out);
    CHECK(has(out, "l:Frankfurt am Main"));
}

static void test_inhabitants(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Das Spiel gefiel auch den Hamburgern nicht .", "de", out, sizeof out);
    CHECK(has(out, "l:Hamburgern"));
    mentions(st, "Den Italienern gefiel das Spiel .", "de", out, sizeof out);
    CHECK(has(out, "l:Italienern"));
    CHECK(strcmp(place_country(st, "Den Italienern gefiel das Spiel .", "de", "Italienern"),
                 "IT") == 0);
    /* guards: a common noun in -ern, a noun that reads as a town's
     * adjective + n (Konz, "Konzer") */
    mentions(st, "Das Spiel gefiel auch den Zuschauern nicht .", "de", out, sizeof out);
    CHECK(!named(out, "Zuschauern"));
    mentions(st, "Ekberg wird den neuen Konzern führen .", "de", out, sizeof out);
    CHECK(!named(out, "Konzern"));
}

static void test_hyphen_adjectives(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Das deutsch-französische Treffen fand in Ulm statt .", "de", out, sizeof out);
    CHECK(named(out, "deutsch-französische"));
    CHECK(!named(out, "französische"));
    mentions(st, "Er ist auch nordrhein-westfälischer Vorsitzender der Partei .", "de", out,
             sizeof out);
    CHECK(named(out, "nordrhein-westfälischer"));
    /* guard: an -isch word that is no place's stays out */
    mentions(st, "Das neo-futuristische Design gefiel nicht .", "de", out, sizeof out);
    CHECK(!named(out, "neo-futuristische"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_apposition(st);
    test_preposition_cut(st);
    test_particles(st);
    test_clubs(st);
    test_river_towns(st);
    test_inhabitants(st);
    test_hyphen_adjectives(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
