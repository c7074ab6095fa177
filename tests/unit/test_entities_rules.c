/* test_entities_rules.c - the detection rules of the fourth round
 * (docs/entities.md, "Nouns, given names, initials"): dashes between
 * names, German common nouns that are also towns, articles, old spelling,
 * compounds, the dictionaries' proper nouns, surnames that are nouns,
 * mis-decoded letters, genitives and adjectives of places, initials,
 * club numbers, capitalised articles, Dutch attributes and sentence
 * starts.  Every text is written for this test; the people, clubs and
 * papers in it are invented. */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities_testlib.h"
#include "entities/common_words.h"

/* mentions, with the whole text one sentence (as the sentence stage
 * would give it: "1." is no sentence's end); weak candidates kept. */
static void mentions_one(nf_ent_stage *st, const char *text, const char *lang,
                         char *out, size_t cap)
{
    nf_span all = { 0, strlen(text) };
    ent_mentions(st, text, lang, &all, 1, 1, out, cap);
}

static void test_filters(void)
{
    /* the proper-noun filters and the decoded German filters */
    CHECK(nf_cw_has(nf_cw_names_for("de"), "wolfgang", 8));
    CHECK(nf_cw_has(nf_cw_names_for("es"), "jorge", 5));
    CHECK(nf_cw_has(nf_cw_names_for("en"), "george", 6));
    CHECK(nf_cw_names_for("xx") == NULL);
    CHECK(nf_cw_has(nf_cw_for("nl"), "terwijl", 7));     /* from wdutch */
    CHECK(nf_cw_has(nf_cw_for("nl"), "waarschijnlijk", 14));
    CHECK(nf_cw_has(nf_cw_for("de"), "gestern", 7));
    CHECK(!nf_cw_has(&nf_cw_de_nouns, "wolfgang", 8));
    CHECK(!nf_cw_has(nf_cw_for("de"), "qzxvkjwq", 8));
}

static void test_punctuation(nf_ent_stage *st)
{
    char got[1024];
    /* a dash between spaces separates two names; a hyphen touching one
     * word joins */
    mentions(st, "Am Sonntag spielten Lindqvist - Brannowitz 2:1 und sprach "
                 "Giuseppe Kava -Dragon.", "de", got, sizeof got);
    CHECK(named(got, "Lindqvist"));
    CHECK(named(got, "Brannowitz"));
    CHECK(!strstr(got, "Lindqvist -"));
    CHECK(named(got, "Giuseppe Kava -Dragon"));

    /* an initial keeps its dot inside a name, also at a sentence's
     * start; "Plan B." before a function word is no name's initial */
    mentions(st, "Yesterday Thomas K. Brandlow arrived. J. Oosterwijk "
                 "followed him. They chose plan B. The rest left.", "en", got, sizeof got);
    CHECK(has(got, "p:Thomas K. Brandlow"));
    CHECK(named(got, "J. Oosterwijk"));
    CHECK(!strstr(got, "B. The"));

    /* a C1 control (a letter lost to mis-decoding) stays inside its word,
     * and a garbled German word is read as a noun */
    mentions(st, "Gestern trafen sich die B\xC2\x81" "Eger.", "de", got, sizeof got);
    CHECK(!strstr(got, "Eger"));
    mentions(st, "Gisteren reisde hij naar Belgi\xC2\x81" "EN met Piet Vormans.", "nl",
             got, sizeof got);
    CHECK(!named(got, "EN"));
    CHECK(named(got, "Piet Vormans"));
}

static void test_german(nf_ent_stage *st)
{
    char got[1024];
    /* towns that are nouns too: the noun after an article or adjective;
     * the town after a preposition of place */
    mentions(st, "Am Ende staunte der Rest der Welt. Er wohnt in Hof und "
                 "arbeitet im Hof einer Fabrik.", "de", got, sizeof got);
    CHECK(!named(got, "Ende"));
    CHECK(!named(got, "Welt"));
    CHECK(has(got, "l:Hof"));
    CHECK(!strstr(got, "im Hof"));

    /* an article between capitalised words joins nothing; an
     * organisation word alone is the noun; old spelling is read */
    mentions(st, "Das Ende der Saison kam. Der Verein tagte. Der Kompromiß "
                 "hielt.", "de", got, sizeof got);
    CHECK(!strstr(got, "der Saison"));
    CHECK(!named(got, "Verein"));
    CHECK(!named(got, "Kompromiß"));

    /* a compound of compounds is a noun before a name */
    mentions(st, "Gestern sagte Oberbürgermeister Anselm Trautwein nichts.", "de",
             got, sizeof got);
    CHECK(has(got, "p:Anselm Trautwein"));

    /* a proper noun of the dictionary is no compound (Wolf|gang), a
     * surname that is a noun is the person once named in full, not after
     * an article */
    mentions(st, "Gestern sprach Wolfgang Kessel im Rathaus. Kessel sagte, "
                 "der Kessel sei leer.", "de", got, sizeof got);
    CHECK(has(got, "p:Wolfgang Kessel"));
    CHECK(has(got, "p:Kessel"));
    CHECK(!strstr(got, "der Kessel"));

    /* given names the English and Dutch dictionaries know stay before a
     * surname even when they are German nouns */
    mentions(st, "Gestern sprach Iris Wendeborn lange.", "de", got, sizeof got);
    CHECK(has(got, "p:Iris Wendeborn"));

    /* genitives and adjectives of places; a lower-case word is no
     * town's adjective */
    mentions(st, "Japans Regierung und der Bonner Minister lobten die "
                 "malaysischen Inseln und die islamischen Gelehrten. Er selber "
                 "blieb.", "de", got, sizeof got);
    CHECK(has(got, "l:Japans"));
    CHECK(has(got, "l:Bonner"));
    CHECK(has(got, "l:malaysischen"));
    CHECK(has(got, "x:islamischen"));
    CHECK(!named(got, "selber"));

    /* a sentence's first word that names a country stays a name */
    mentions(st, "Kanada will mehr Zeit.", "de", got, sizeof got);
    CHECK(has(got, "l:Kanada"));

    /* an institution in one word; a club with its numbers */
    mentions_one(st, "Das Kultusministerium schwieg, der 1. FC Ostheim schlug den "
                     "SV 09 Lindenau.", "de", got, sizeof got);
    CHECK(has(got, "o:Kultusministerium"));
    CHECK(has(got, "o:1. FC Ostheim"));
    CHECK(has(got, "o:SV 09 Lindenau"));
}

static void test_other_languages(nf_ent_stage *st)
{
    char got[1024];
    /* Spanish: a given name opening a sentence stays before a surname;
     * an article capitalised inside a sentence belongs to the name;
     * "el Congreso" is an institution */
    mentions(st, "Jorge Malvedo ganó ayer. El diario La Voz de Cantabria lo "
                 "publicó y el Congreso lo aprobó.", "es", got, sizeof got);
    CHECK(named(got, "Jorge Malvedo"));
    CHECK(named(got, "La Voz de Cantabria"));
    CHECK(has(got, "o:Congreso"));

    /* Dutch: an inflected adjective of a place is an attribute; a given
     * name splits a ministry's name from the minister's; "Het" opens a
     * paper's name at a sentence's start; long adverbs are words */
    mentions(st, "Gisteren landde de Britse Zwaluw in Gent. Minister van "
                 "Cultuur Bert Vandaele sprak. Het Klaverblad schreef erover. "
                 "Waarschijnlijk komt hij.", "nl", got, sizeof got);
    CHECK(named(got, "Britse"));
    CHECK(named(got, "Zwaluw"));
    CHECK(!named(got, "Britse Zwaluw"));
    CHECK(has(got, "p:Bert Vandaele"));
    CHECK(!strstr(got, "Cultuur Bert"));
    CHECK(named(got, "Het Klaverblad"));
    CHECK(!named(got, "Waarschijnlijk"));
    /* ... and "Van der" at a sentence's start opens the surname */
    mentions(st, "Van der Hoeksema zweeg.", "nl", got, sizeof got);
    CHECK(named(got, "Van der Hoeksema"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    RUN(test_filters);
    test_punctuation(st);
    test_german(st);
    test_other_languages(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
