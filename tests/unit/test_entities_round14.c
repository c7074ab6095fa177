/* test_entities_round14.c - the rules of the fourteenth round
 * (docs/entities.md, "Round 14": what users see first, again), checked
 * on texts written for this test (ships, firms and people invented): a
 * capitalised word after an em or en dash opens a clause, so the
 * common-word filters apply to it ("— Сильный дождь"), while a name or
 * an adjective of a people there stays; a run right after a ship's noun,
 * and the same words elsewhere in the article, name a vessel, not a
 * person; countries' common short forms that CLDR lacks ("Marea
 * Britanie", "Gran Bretagna", "Holland") are the gazetteer's countries;
 * a curated name closed or opened by lower-case words is that name
 * ("Чёрном море", "la mer Noire"); Russian, Ukrainian and Greek words
 * longer than the first filters keep are ordinary words too
 * ("Исследователи", "Εκατοντάδες"), and so are Romanian nouns with their
 * article ("Echipajele"); a place's name in another case is the place
 * ("Румынии", "Πορτογαλίας"), and a Greek final sigma no longer hides
 * one ("Βρυξέλλες").
 */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities_testlib.h"

static void test_dash_opens_clause(nf_ent_stage *st)
{
    char out[2048];
    /* a dateline's dash: the word after it is a sentence's first */
    mentions(st, "ТВЕРЬ, 3 марта — Сильный дождь затопил улицы города .", "ru", out,
             sizeof out);
    CHECK(!named(out, "Сильный"));
    /* a speech's dash inside a quotation */
    mentions(st, "«Мы справимся , — сказал мэр Олег Дымов . — Сейчас главное помочь людям» .",
             "ru", out, sizeof out);
    CHECK(!named(out, "Сейчас"));
    CHECK(has(out, "p:Олег Дымов"));
    mentions(st, "ΠΑΤΡΑ, 4 Μαΐου – Τριάντα ψαράδες διαμαρτυρήθηκαν στο λιμάνι .", "el", out,
             sizeof out);
    CHECK(!named(out, "Τριάντα"));
    mentions(st, "HULL, May 4 – Thirty fishermen protested at the harbour .", "en", out,
             sizeof out);
    CHECK(!named(out, "Thirty"));
    /* a name after the dash stays a name, and so does an adjective of
     * a people standing alone there */
    mentions(st, "ТВЕРЬ, 3 марта — Олег Дымов открыл новый мост .", "ru", out, sizeof out);
    CHECK(has(out, "p:Олег Дымов"));
    mentions(st, "OSLO, May 4 – Norwegian shipper Fjellvik Lines said it would sell two "
                 "vessels .", "en", out, sizeof out);
    CHECK(has(out, "l:Norwegian"));
    /* a hyphen-minus between spaces is a match's separator, no opener */
    mentions(st, "The final ended Tottenham 2 - Arsenal 1 after extra time .", "en", out,
             sizeof out);
    CHECK(named(out, "Arsenal"));
}

static void test_vessels(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "The tanker Baltic Harmony ran aground near the harbour on Monday . "
                 "Tugs pulled the Baltic Harmony free on Tuesday .", "en", out, sizeof out);
    CHECK(has(out, "x:Baltic Harmony"));
    CHECK(!has(out, "p:Baltic Harmony"));
    mentions(st, "Il mercantile Stella Marina è affondato al largo di Bari .", "it", out,
             sizeof out);
    CHECK(has(out, "x:Stella Marina"));
    mentions(st, "Танкер «Олег Дымов» сел на мель у берега .", "ru", out, sizeof out);
    CHECK(has(out, "x:Олег Дымов"));
    mentions(st, "Nava Ana Bogdan a lovit digul portului .", "ro", out, sizeof out);
    CHECK(has(out, "x:Ana Bogdan"));
    /* a person's name with no ship's noun before it stays a person's */
    mentions(st, "The captain , Ana Bogdan , said the crew was safe .", "en", out,
             sizeof out);
    CHECK(has(out, "p:Ana Bogdan"));
}

static void test_country_short_forms(nf_ent_stage *st)
{
    CHECK_STR(place_country(st, "Premierul a vizitat Marea Britanie marți .", "ro",
                            "Marea Britanie"), "GB");
    CHECK_STR(place_country(st, "Il premier è volato in Gran Bretagna ieri .", "it",
                            "Gran Bretagna"), "GB");
    CHECK_STR(place_country(st, "Exports from Britain rose in March .", "en", "Britain"),
              "GB");
    /* the short form is the country before a town of the same name */
    CHECK_STR(place_country(st, "The team from Holland won the final .", "en", "Holland"),
              "NL");
    char out[1024];
    mentions(st, "Шторм на Чёрном море утих к вечеру .", "ru", out, sizeof out);
    CHECK(has(out, "l:Чёрном море"));
    mentions(st, "Судна повернулися до портів Чорного моря .", "uk", out, sizeof out);
    CHECK(has(out, "l:Чорного моря"));
    mentions(st, "Le chalutier a coulé en mer Noire hier .", "fr", out, sizeof out);
    CHECK(has(out, "l:mer Noire"));
}

static void test_long_words(nf_ent_stage *st)
{
    char out[2048];
    /* lemmas and plurals longer than the first filters keep */
    mentions(st, "Исследователи описали новый вид жуков . Международные эксперты "
                 "согласились .", "ru", out, sizeof out);
    CHECK(!named(out, "Исследователи"));
    CHECK(!named(out, "Международные"));
    mentions(st, "Рятувальники працювали всю ніч . Міжнародні спостерігачі приїхали .", "uk",
             out, sizeof out);
    CHECK(!named(out, "Рятувальники"));
    CHECK(!named(out, "Міжнародні"));
    mentions(st, "Εκατοντάδες πολίτες διαδήλωσαν χθες .", "el", out, sizeof out);
    CHECK(!named(out, "Εκατοντάδες"));
    /* a long surname opening a sentence is no word of the language */
    mentions(st, "Вишневецкий заявил журналистам , что уходит .", "ru", out, sizeof out);
    CHECK(named(out, "Вишневецкий"));
    /* Romanian nouns with their enclitic article, past the filter's
     * eight letters */
    mentions(st, "Acoperișurile au zburat . Echipajele au plecat . Scafandrii caută . "
                 "Constantinescu a vorbit .", "ro", out, sizeof out);
    CHECK(!named(out, "Acoperișurile"));
    CHECK(!named(out, "Echipajele"));
    CHECK(!named(out, "Scafandrii"));
    CHECK(named(out, "Constantinescu"));
}

static void test_declined_places(nf_ent_stage *st)
{
    CHECK_STR(place_country(st, "Шторм у берегов Румынии усилился к ночи .", "ru",
                            "Румынии"), "RO");
    CHECK_STR(place_country(st, "Уряд Румунії скликав нараду .", "uk", "Румунії"), "RO");
    CHECK_STR(place_country(st, "Η κυβέρνηση της Πορτογαλίας συνεδρίασε .", "el",
                            "Πορτογαλίας"), "PT");
    /* a final sigma is looked up as the gazetteer folds it */
    CHECK_STR(place_country(st, "Στις Βρυξέλλες έβρεχε .", "el", "Βρυξέλλες"), "BE");
    /* a capitalised ship's noun inside a sentence is the name's */
    char out[1024];
    mentions(st, "Il senatore è tornato ieri alla Nave Bianca .", "it", out, sizeof out);
    CHECK(named(out, "Nave Bianca"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_dash_opens_clause(st);
    test_vessels(st);
    test_country_short_forms(st);
    test_long_words(st);
    test_declined_places(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
