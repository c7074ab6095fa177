/* test_entities_credits.c - the detection rules of the fifth round
 * (docs/entities.md, "Credits, line-ups, repaired letters"): ampersands
 * inside firms' names, Dutch "of", quoted sentences, Dutch adjectives of
 * places before a name, an organisation's article, news agencies'
 * credits, mis-decoded umlauts, German streets, line-ups, adverbs that
 * are towns elsewhere, religious and Dutch titles, German inhabitant
 * nouns and adjectives of the Länder.  Every text is written for this
 * test; the people, firms and papers in it are invented. */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities_testlib.h"

static void test_joins(nf_ent_stage *st)
{
    char got[1024];
    /* an ampersand joins a firm's name; Dutch "of" is "or" */
    mentions(st, "The deal between Harwell & Quint and the bank fell through.", "en",
             got, sizeof got);
    CHECK(named(got, "Harwell & Quint"));
    mentions(st, "Volgens Brandsma & Co kiest de regering voor Kortlaan of Vermeeren.",
             "nl", got, sizeof got);
    CHECK(named(got, "Brandsma & Co"));
    CHECK(named(got, "Kortlaan"));
    CHECK(named(got, "Vermeeren"));
    CHECK(!strstr(got, "Kortlaan of"));
    /* ... but an English "of" still joins */
    mentions(st, "He spoke to the Bank of Ellesmere yesterday.", "en", got, sizeof got);
    CHECK(named(got, "Bank of Ellesmere"));
}

static void test_quotes(nf_ent_stage *st)
{
    char got[1024];
    /* a quoted sentence starts with an ordinary word; a quoted title
     * (short) is a name */
    mentions(st, "De minister zei : \" Samen met onze buren bouwen we een nieuwe brug \" "
                 "tijdens het bezoek.", "nl", got, sizeof got);
    CHECK(!named(got, "Samen"));
    mentions(st, "The band played \" Paper Lanterns \" at the fair.", "en", got, sizeof got);
    CHECK(named(got, "Paper Lanterns"));
}

static void test_dutch(nf_ent_stage *st)
{
    char got[1024];
    /* an adjective of a place before a place or a person is an
     * attribute, not part of the name */
    mentions(st, "Hij woonde lang in het Oost-Duitse Eisenach en sprak met de "
                 "Zuid-Amerikaanse Marco Velasquez.", "nl", got, sizeof got);
    CHECK(named(got, "Eisenach"));
    CHECK(named(got, "Oost-Duitse"));
    CHECK(named(got, "Marco Velasquez"));
    CHECK(!strstr(got, "Amerikaanse Marco"));
    /* an organisation's name leaves its article out, also at a
     * sentence's start; "Van de" before an acronym is no surname */
    mentions(st, "De Kortweg Bank verhoogde de rente. Van de VKRT kwam geen reactie.",
             "nl", got, sizeof got);
    CHECK(named(got, "Kortweg Bank"));
    CHECK(named(got, "VKRT"));
    CHECK(!strstr(got, "De Kortweg"));
    CHECK(!strstr(got, "Van de"));
    /* a Dutch title before a name */
    mentions(st, "Gisteren sprak oppositieleider Jan Veldkamp in Utrecht.", "nl", got,
             sizeof got);
    CHECK(has(got, "p:Jan Veldkamp"));
}

static void test_agencies(nf_ent_stage *st)
{
    char got[1024];
    /* a news agency's credit, in lower case too */
    mentions(st, "HAMBURG , 12. Mai ( dpa ) . Der Rat tagte lange .", "de", got, sizeof got);
    CHECK(has(got, "o:dpa"));
    mentions(st, "sid / dpa\nDer Verein gewann .", "de", got, sizeof got);
    CHECK(has(got, "o:sid"));
    CHECK(has(got, "o:dpa"));
    mentions(st, "Lima, 3 mar (EFE).- El Gobierno anunció nuevas medidas.", "es", got,
             sizeof got);
    CHECK(has(got, "o:EFE"));
    /* the word alone is no credit */
    mentions(st, "Die dpa meldete nichts .", "de", got, sizeof got);
    CHECK(!has(got, "o:dpa"));
}

static void test_german(nf_ent_stage *st)
{
    char got[2048];
    /* mis-decoded umlauts: "\u0081E" stands for ü and a lost letter */
    mentions(st, "Am Montag reiste er nach M\xC2\x81" "Echen und traf die t\xC2\x81"
                 "Ekische Delegation .", "de", got, sizeof got);
    CHECK(has(got, "l:M\xC2\x81" "Echen"));
    CHECK(named(got, "t\xC2\x81" "Ekische"));
    mentions(st, "F\xC2\x81" "E die Kinder gab es Kuchen .", "de", got, sizeof got);
    CHECK(!named(got, "F\xC2\x81" "E"));
    /* streets and stadiums are names; the word alone is the noun */
    mentions(st, "Die Feier beginnt in der Lindenstra\xC3\x9F" "e , dann geht es ins "
                 "Kleeberg-Stadion ; die Stra\xC3\x9F" "e bleibt gesperrt .", "de", got,
             sizeof got);
    CHECK(has(got, "l:Lindenstra\xC3\x9F" "e"));
    CHECK(!named(got, "Stra\xC3\x9F" "e"));
    /* a line-up: nouns are surnames there */
    mentions(st, "Kowalke - Bauer , Fischer ( Koch ) , Vogel , Wagner - Brenneis , "
                 "Winter .", "de", got, sizeof got);
    CHECK(named(got, "Fischer"));
    CHECK(named(got, "Vogel"));
    CHECK(named(got, "Winter"));
    /* ... but not in a sentence */
    mentions(st, "Der Vogel sang im Winter , sagte der Fischer .", "de", got, sizeof got);
    CHECK(!named(got, "Vogel"));
    CHECK(!named(got, "Winter"));
    /* adverbs are no towns at a sentence's start */
    mentions(st, "Dort trafen sich die Minister . Dabei ging es um Geld .", "de", got,
             sizeof got);
    CHECK(!named(got, "Dort"));
    CHECK(!named(got, "Dabei"));
    /* religious titles; inhabitant nouns and adjectives of the Länder */
    mentions(st, "Der Rabbi Eliezer Morgenroth sprach mit den Rum\xC3\xA4" "nen und der "
                 "nieders\xC3\xA4" "chsischen Regierung .", "de", got, sizeof got);
    CHECK(has(got, "p:Eliezer Morgenroth"));
    CHECK(named(got, "Rum\xC3\xA4" "nen"));
    CHECK(named(got, "nieders\xC3\xA4" "chsischen"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_joins(st);
    test_quotes(st);
    test_dutch(st);
    test_agencies(st);
    test_german(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
