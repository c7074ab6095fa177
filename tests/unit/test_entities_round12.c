/* test_entities_round12.c - the German detection rules of the twelfth
 * round (docs/entities.md, "Round 12"), checked on texts written for
 * this test (people and villages invented): a word naming a person by
 * place or by deed in apposition before a name ("der Belgier | Jan
 * Vormelen", "der Ostrauer | Benedikt Halmfeld", an unknown word in -er
 * or -erin such as "DRKSprecherin") is a mention of its own, apart from
 * the name; before a lone name only when the dictionaries list that
 * word as a name ("der Brasilianer | Enrique").  Clubs and papers named
 * by a town's adjective ("Karlsruher SC"), given names in -er ("Werner")
 * and titles before a name stay as they were.  A common noun after a
 * given name and a surname is no part of the name ("Peter Vormelen |
 * Probleme").
 */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities/places.h"
#include "entities_testlib.h"

static void test_demonym_before_name(nf_ent_stage *st)
{
    char out[2048];
    /* a nationality noun before given name + surname (other rules split
     * these already; kept here as the rule's base case) */
    mentions(st, "Dann traf der Belgier Jan Vormelen zum Ausgleich .", "de", out, sizeof out);
    CHECK(named(out, "Belgier"));
    CHECK(has(out, "p:Jan Vormelen"));
    CHECK(!named(out, "Belgier Jan Vormelen"));
    /* a town's adjective before a full name (the town in the gazetteer) */
    mentions(st, "Er schlug im Finale den Hamburger Thomas Kalb klar .", "de", out, sizeof out);
    CHECK(named(out, "Hamburger"));
    CHECK(has(out, "p:Thomas Kalb"));
    CHECK(!named(out, "Hamburger Thomas Kalb"));
    /* before a lone word: a given name of the dictionaries */
    mentions(st, "Gestern traf der Brasilianer Enrique zweimal .", "de", out, sizeof out);
    CHECK(named(out, "Brasilianer"));
    CHECK(named(out, "Enrique"));
    CHECK(!named(out, "Brasilianer Enrique"));
}

static void test_unknown_er_word_before_full_name(nf_ent_stage *st)
{
    char out[2048];
    /* a village the gazetteer lacks: a word in -er no dictionary lists */
    mentions(st, "Am Ende siegte der Wulfrodinger Benedikt Halmfeld vor dem Feld .", "de", out,
             sizeof out);
    CHECK(named(out, "Wulfrodinger"));
    CHECK(has(out, "p:Benedikt Halmfeld"));
    CHECK(!named(out, "Wulfrodinger Benedikt Halmfeld"));
    /* an agent noun in -erin glued to an acronym (the hyphen lost) */
    mentions(st, "Gestern sagte die DRKSprecherin Petra Kollwitz nichts .", "de", out, sizeof out);
    CHECK(named(out, "DRKSprecherin"));
    CHECK(has(out, "p:Petra Kollwitz"));
    /* hyphenated to a prefix */
    mentions(st, "Dann kam der Ex-Wulfrodinger Otto Kern ins Spiel .", "de", out, sizeof out);
    CHECK(named(out, "Ex-Wulfrodinger"));
    CHECK(has(out, "p:Otto Kern"));
}

static void test_unknown_er_word_before_lone_name(nf_ent_stage *st)
{
    char out[2048];
    /* the lone word is a given name of the dictionaries */
    mentions(st, "Im Tor stand der Ex-Wulfrodinger Otto .", "de", out, sizeof out);
    CHECK(named(out, "Ex-Wulfrodinger"));
    CHECK(named(out, "Otto"));
}

static void test_noun_after_full_name(nf_ent_stage *st)
{
    char out[2048];
    /* a given name and a surname are a complete name: the noun after
     * them is the sentence's */
    mentions(st, "Dazu sagte Peter Vormelen Probleme gebe es nicht .", "de", out, sizeof out);
    CHECK(has(out, "p:Peter Vormelen"));
    CHECK(!named(out, "Peter Vormelen Probleme"));
    mentions(st, "Gestern gab Peter Kollwitz Hinweise auf den Fall .", "de", out, sizeof out);
    CHECK(has(out, "p:Peter Kollwitz"));
    /* a determiner opening the run is no given name */
    mentions(st, "Das sagte Peter Vormelen gestern .", "de", out, sizeof out);
    CHECK(has(out, "p:Peter Vormelen"));
}

static void test_guards(nf_ent_stage *st)
{
    char out[2048];
    /* a club or paper named by a town's adjective stays whole */
    mentions(st, "Gestern verlor der Karlsruher SC in Bochum .", "de", out, sizeof out);
    CHECK(named(out, "Karlsruher SC"));
    /* a given name in -er is no inhabitants' word */
    mentions(st, "Dazu sprach Werner Emde im Saal .", "de", out, sizeof out);
    CHECK(has(out, "p:Werner Emde"));
    /* a known noun in -er before a name is a title, dropped as before */
    mentions(st, "Gestern sagte der Vereinssprecher Peter Kollwitz nichts .", "de", out,
             sizeof out);
    CHECK(has(out, "p:Peter Kollwitz"));
    CHECK(!named(out, "Vereinssprecher"));
    /* a surname the dictionaries do not list stays with the word (the
     * rule needs a full name or a listed name) */
    mentions(st, "Gestern kam der Wulfrodinger Halmfeld nicht .", "de", out, sizeof out);
    CHECK(!named(out, "Halmfeld"));
}

/* A woman's title in -in is a title when the word without -in is one
 * ("Ministerin", "Präfektin"), and a prefect is a title in several
 * languages: the name after it stands alone. */
static void test_feminine_titles(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Gestern sagte Präfektin Carla Weidenau , der Hafen bleibe zu .", "de", out,
             sizeof out);
    CHECK(has(out, "p:Carla Weidenau"));
    CHECK(!named(out, "Präfektin Carla Weidenau"));
    mentions(st, "Dazu äußerte sich Bürgermeisterin Jana Trollmann nicht .", "de", out,
             sizeof out);
    CHECK(!named(out, "Bürgermeisterin Jana Trollmann"));
    CHECK(named(out, "Jana Trollmann"));
    mentions(st, "Il prefetto Marco Lunardi ha chiuso il porto .", "it", out, sizeof out);
    CHECK(has(out, "p:Marco Lunardi"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_demonym_before_name(st);
    test_unknown_er_word_before_full_name(st);
    test_unknown_er_word_before_lone_name(st);
    test_noun_after_full_name(st);
    test_guards(st);
    test_feminine_titles(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
