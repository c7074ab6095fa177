/* test_entities_towns.c - the detection rules of the seventh round
 * (docs/entities.md, "Small towns and local bodies"): the gazetteer's
 * exonyms from the dictionaries ("Athen", "Neapel"), the short forms of
 * towns named with their river or hills ("Hofheim" of "Hofheim am
 * Taunus"), hyphenated spellings ("Neu-Isenburg"), small towns of the
 * German and Dutch language areas and what keeps words out of them; a
 * town's designator ("der Stadt Hanau", not "der ostanatolischen Stadt |
 * Sirnak"); towns the gazetteer lacks after a preposition of place ("aus
 * Kirdorf"); local bodies named with their town ("Polizei Hanau"); town
 * districts ("Ober-Karben"); a town's adjective before a common noun
 * ("Hanauer | Modell", but "Offenbacher Rundschau"); ranks before
 * foreign clubs ("2. | FC Lyon", but "1. FC Kaiserslautern").  Every text is written for this test; the people, villages
 * and events in it are invented. */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities/places.h"
#include "entities_testlib.h"

/* Place index of the NUL-terminated matching form s, or -1. */
static int32_t look(const char *s)
{
    return nf_place_lookup(s, strlen(s));
}

/* Is the place of matching form s a city of country cc? */
static int city_of(const char *s, const char *cc)
{
    int32_t p = look(s);
    return p >= 0 && nf_places[p].kind == NF_PLACE_CITY && strcmp(nf_places[p].country, cc) == 0;
}

static void test_table(void)
{
    /* exonyms a dictionary lists: German and Dutch names of cities */
    CHECK(city_of("athen", "GR"));
    CHECK(city_of("neapel", "IT"));
    CHECK(city_of("strassburg", "FR"));
    CHECK(city_of("napels", "IT"));
    CHECK(city_of("turijn", "IT"));
    /* short forms and hyphenated spellings */
    CHECK(city_of("hofheim", "DE"));
    CHECK(city_of("hochheim", "DE"));
    CHECK(city_of("bad soden", "DE"));
    CHECK(city_of("neu-isenburg", "DE"));
    /* small towns of the language areas (5,000 and 2,000 inhabitants) */
    CHECK(city_of("steinheim", "DE"));
    CHECK(city_of("karben", "DE"));
    CHECK(city_of("kelsterbach", "DE"));
    CHECK(city_of("wehrheim", "DE"));
    /* what stays out: ordinary words of the dictionaries, German nouns,
     * given names of en_US that are old names of cities */
    CHECK(look("fletcher") < 0);
    CHECK(look("hayden") < 0);
    CHECK(look("jeremias") < 0);
    CHECK(look("rashid") < 0);
    CHECK(look("bruch") < 0);
    CHECK(look("wald") < 0);
    CHECK(look("hof") >= 0 && nf_places[look("hof")].population >= 15000);
    /* earlier lookups answer the same: a name a bigger place had keeps it */
    CHECK(city_of("frankfurt", "DE") && nf_places[look("frankfurt")].population > 500000);
}

static void test_designators(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Das Kulturamt der Stadt Hanau lud am Montag zu einem Fest ein .", "de", out,
             sizeof out);
    CHECK(has(out, "l:Stadt Hanau"));
    mentions(st, "Die Feuerwehr des Landkreises Ansbach war mit zwanzig Wagen im Einsatz .", "de",
             out, sizeof out);
    CHECK(has(out, "l:Landkreises Ansbach"));
    /* an adjective before the designator describes the town */
    mentions(st, "In der ostanatolischen Stadt Sirnak wurde am Sonntag gewählt .", "de", out,
             sizeof out);
    CHECK(has(out, "l:Sirnak"));
    CHECK(!named(out, "Stadt Sirnak"));
    /* "Kreis" stays apart */
    mentions(st, "Im Kreis Offenbach fehlen vierzig Lehrer .", "de", out, sizeof out);
    CHECK(has(out, "l:Offenbach"));
}

static void test_town_shapes(nf_ent_stage *st)
{
    char out[2048];
    /* villages no table lists, after a preposition of place */
    mentions(st, "Der Chor aus Wolpertsdorf sang am Abend in der Kirche .", "de", out, sizeof out);
    CHECK(has(out, "l:Wolpertsdorf"));
    mentions(st, "Der Weg nach Quirlingen ist seit Tagen gesperrt .", "de", out, sizeof out);
    CHECK(has(out, "l:Quirlingen"));
    mentions(st, "Sie wohnt seit zehn Jahren in Trebelhausen .", "de", out, sizeof out);
    CHECK(has(out, "l:Trebelhausen"));
    /* nouns with the same endings stay nouns */
    mentions(st, "Die Kinder spielten im Sand bei Regenwetter und liefen nach Hause .", "de", out,
             sizeof out);
    CHECK(out[0] == '\0');
    mentions(st, "Der Erlös kommt aus Spenden und fließt in Wiederaufbau und Umweltschutz .",
             "de", out, sizeof out);
    CHECK(!named(out, "Wiederaufbau"));
    /* without the preposition the shape alone is not enough */
    mentions(st, "Wolpertsdorf hat jetzt eine neue Schule .", "de", out, sizeof out);
    CHECK(!has(out, "l:Wolpertsdorf"));
}

static void test_towns_in_text(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Auch in Karben und Steinheim wird am Wochenende gefeiert .", "de", out,
             sizeof out);
    CHECK(has(out, "l:Karben"));
    CHECK(has(out, "l:Steinheim"));
    mentions(st, "Der Minister flog am Dienstag nach Athen und weiter nach Neapel .", "de", out,
             sizeof out);
    CHECK(has(out, "l:Athen"));
    CHECK(has(out, "l:Neapel"));
    mentions(st, "Michael Brenner ( Neu-Isenburg ) gewann vor Tina Hall ( Bad Soden ) .", "de",
             out, sizeof out);
    CHECK(has(out, "l:Neu-Isenburg"));
    CHECK(has(out, "l:Bad Soden"));
}

static void test_local_bodies(nf_ent_stage *st)
{
    char out[2048];
    /* a local body's noun and its town are one organisation */
    mentions(st, "Nach Angaben der Polizei Hanau wurde niemand verletzt .", "de", out, sizeof out);
    CHECK(has(out, "o:Polizei Hanau"));
    mentions(st, "Der Posaunenverein Karben probt jeden Dienstag .", "de", out, sizeof out);
    CHECK(has(out, "o:Posaunenverein Karben"));
    mentions(st, "Das Amtsgericht Offenbach vertagte den Fall .", "de", out, sizeof out);
    CHECK(has(out, "o:Amtsgericht Offenbach"));
    mentions(st, "Die Freie Bürgergemeinschaft Steinheim stellt zwei Kandidaten .", "de", out,
             sizeof out);
    CHECK(has(out, "o:Freie B\xC3\xBCrgergemeinschaft Steinheim"));
    mentions(st, "Gestern gewann die TuS-Sportgemeinschaft Steinheim knapp .", "de", out,
             sizeof out);
    CHECK(has(out, "o:TuS-Sportgemeinschaft Steinheim"));
    /* a title before a town stays apart, and so does a school */
    mentions(st, "Die Volkshochschule Hanau bietet neue Kurse an .", "de", out, sizeof out);
    CHECK(!named(out, "Volkshochschule Hanau"));
    CHECK(has(out, "l:Hanau"));
}

static void test_districts(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Die Sieger kamen aus Ober-Karben und Nieder-Steinheim .", "de", out,
             sizeof out);
    CHECK(has(out, "l:Ober-Karben"));
    CHECK(has(out, "l:Nieder-Steinheim"));
    /* a prefix before a noun makes no place */
    mentions(st, "Die Neu-Wahl des Vorstands war ein Erfolg .", "de", out, sizeof out);
    CHECK(!named(out, "Neu-Wahl"));
}

static void test_town_adjectives(nf_ent_stage *st)
{
    char out[2048];
    /* a town's adjective before a common noun describes it */
    mentions(st, "Gestern wurde das Hanauer Modell auch anderswo erprobt .", "de", out,
             sizeof out);
    CHECK(named(out, "Hanauer"));
    CHECK(!named(out, "Hanauer Modell"));
    /* before a newspaper's or a street's head it is part of the name */
    mentions(st, "Das meldete gestern die Offenbacher Rundschau .", "de", out, sizeof out);
    CHECK(named(out, "Offenbacher Rundschau"));
    mentions(st, "Die Hanauer Straße bleibt bis Mai gesperrt .", "de", out, sizeof out);
    CHECK(!has(out, "l:Hanauer"));
}

/* The mentions of text read as one sentence (a results line: the
 * sentence finder would cut it at "1."). */
static void one_sentence(nf_ent_stage *st, const char *text, char *out, size_t cap)
{
    nf_span all = { 0, strlen(text) };
    ent_mentions(st, text, "de", &all, 1, 0, out, cap);
}

static void test_club_ranks(nf_ent_stage *st)
{
    char out[2048];
    /* "1." belongs to a German club's name, a rank before a foreign one
     * does not */
    one_sentence(st, "Gestern verlor der 1. FC Kaiserslautern gegen Bochum .", out, sizeof out);
    CHECK(named(out, "1. FC Kaiserslautern"));
    one_sentence(st, "Tabelle : 1. FC Toulouse , 2. FC Lyon , 3. SV Heidenau", out, sizeof out);
    CHECK(named(out, "FC Toulouse"));
    CHECK(named(out, "FC Lyon"));
    CHECK(!named(out, "1. FC Toulouse"));
    CHECK(!named(out, "2. FC Lyon"));
    CHECK(!named(out, "3. SV Heidenau"));
}

int main(void)
{
    test_table();
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_designators(st);
    test_town_shapes(st);
    test_towns_in_text(st);
    test_local_bodies(st);
    test_districts(st);
    test_town_adjectives(st);
    test_club_ranks(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
