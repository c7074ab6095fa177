/* test_entities_round17.c - the rules of the seventeenth round
 * (docs/entities.md, "Round 17": what users see in the entity list),
 * checked on texts written for this test (people, firms and places
 * invented): commissioners and titles with a prefix of rank are titles;
 * Romanian organisation words with their enclitic article, and Romance
 * names opened by a body's word, are organisations; a division's word
 * before a place names that place, a water's word a place; a body's
 * purpose and an agreement's topic continue its name over the
 * preposition; an agreement is no person; month abbreviations are no
 * names; a title's portfolio is no person, inside a run or alone; a
 * place's particle is kept ("Corea del Sur"); a Greek title with its
 * adjective and genitives is no name; a Chinese title glued between a
 * body and a name is cut out; Korean particles, lone surnames and
 * bodies before a title; Arabic titles' complements; Swedish
 * sentence-initial common words and genitives; a given name written
 * apart or together is one person across articles.
 */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities_testlib.h"

/* Does some mention of list start with prefix (any type)? */
static int starts_with(const char *list, const char *prefix)
{
    size_t n = strlen(prefix);
    for (const char *p = list; (p = strchr(p, ':')) != NULL; p++)
        if (strncmp(p + 1, prefix, n) == 0)
            return 1;
    return 0;
}

static void test_titles(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "\"We came to help,\" European Commissioner Marta Kovalenko said on Monday.",
             "en", out, sizeof out);
    CHECK(has(out, "p:Marta Kovalenko"));
    CHECK(!named(out, "Commissioner Marta Kovalenko"));
    mentions(st, "China envió una delegación dirigida por el Viceministro Li Wen Tao a la "
                 "reunión.", "es", out, sizeof out);
    CHECK(has(out, "p:Li Wen Tao"));
    CHECK(!named(out, "Viceministro Li Wen Tao"));
    /* a portfolio inside the run is the title's */
    mentions(st, "Habló el Ministro de Hacienda Juan Ortega en la capital.", "es", out,
             sizeof out);
    CHECK(has(out, "p:Juan Ortega"));
    CHECK(!named(out, "Hacienda Juan Ortega"));
    /* ... and alone after the title and a preposition, no person */
    mentions(st, "«É o nosso dever», afirmou o ministro do Mar, Ana Ribeiro, no encontro.", "pt",
             out, sizeof out);
    CHECK(has(out, "p:Ana Ribeiro"));
    CHECK(!has(out, "p:Mar"));
    /* the first word of a firm the article names in full, after a
     * title and "de", is the firm */
    mentions(st, "Las acciones de Kelmira Metals subieron. Tomás Ibsen, gerente general de "
                 "Kelmira, habló.", "es", out, sizeof out);
    CHECK(has(out, "o:Kelmira"));
    CHECK(!has(out, "p:Kelmira"));
    /* a surname stays a person's ("la portavoce di Rossetti") */
    mentions(st, "Il consigliere Marco Rossetti ha parlato. Lo ha detto la portavoce di Rossetti "
                 "ieri.", "it", out, sizeof out);
    CHECK(has(out, "p:Rossetti"));
    /* Greek: an adjective, the title and genitives are no name */
    mentions(st, "Η Ευρωπαία Επίτροπος Ωκεανών και Αλιείας Μαρία Κωστάκη μίλησε χθες.", "el",
             out, sizeof out);
    CHECK(has(out, "p:Μαρία Κωστάκη"));
    CHECK(!starts_with(out, "Ευρωπαία"));
}

static void test_bodies_and_places(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Cererile se depun în aprilie, potrivit Ministerului Transporturilor. Mesajul "
                 "a fost adresat Parlamentului de la Iași.", "ro", out, sizeof out);
    CHECK(has(out, "o:Ministerului Transporturilor"));
    CHECK(has(out, "o:Parlamentului de la Iași"));
    mentions(st, "La empresa cotizará en la Bolsa de Lima tras la aprobación de la Fiscalía "
                 "Regional Andina.", "es", out, sizeof out);
    CHECK(has(out, "o:Bolsa de Lima"));
    CHECK(has(out, "o:Fiscalía Regional Andina"));
    /* a division named after a place is that place */
    mentions(st, "La mina Cerro Pardo, en la Región de Antofagasta, seguirá abierta.", "es", out,
             sizeof out);
    CHECK(has(out, "l:Región de Antofagasta"));
    CHECK_STR(place_country(st, "La mina Cerro Pardo, en la Región de Antofagasta, seguirá "
                                "abierta.", "es", "Región de Antofagasta"), "CL");
    mentions(st, "Los pescadores del Mar de Tasmania protestaron.", "es", out, sizeof out);
    CHECK(has(out, "l:Mar de Tasmania"));
    /* ... but a division's word before no place may open a body */
    mentions(st, "Lo presentó el Departamento de Ciencia Aplicada ayer.", "es", out, sizeof out);
    CHECK(!has(out, "l:Departamento de Ciencia Aplicada"));
    /* a place's particle and last word stay ("Sur" is French "on") */
    mentions(st, "India, Marruecos y Corea del Sur estuvieron entre los firmantes.", "es", out,
             sizeof out);
    CHECK(has(out, "l:Corea del Sur"));
}

static void test_name_tails(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Guvernul creează un Fond pentru Dezvoltare Rurală în acest an.", "ro", out,
             sizeof out);
    CHECK(has(out, "o:Fond pentru Dezvoltare Rurală"));
    mentions(st, "The Harbour Accord on Coastal Fisheries also sets up a fund.", "en", out,
             sizeof out);
    CHECK(has(out, "x:Harbour Accord on Coastal Fisheries"));
    mentions(st, "El Acuerdo de Quito sobre la Pesca en Aguas Profundas también establece un "
                 "fondo.", "es", out, sizeof out);
    CHECK(has(out, "x:Acuerdo de Quito sobre la Pesca en Aguas Profundas"));
    /* an agreement alone is no person */
    mentions(st, "Ministers signed the Bergen Accord yesterday.", "en", out, sizeof out);
    CHECK(has(out, "x:Bergen Accord"));
    /* no tail after a body's word without a purpose: a firm, then a
     * person ("paid Kelmira Metals for Anna Berg" is two names) */
    mentions(st, "They paid Kelmira Metals for Anna Berg and left.", "en", out, sizeof out);
    CHECK(has(out, "o:Kelmira Metals"));
    CHECK(has(out, "p:Anna Berg"));
    /* a month's abbreviation in a dateline */
    mentions(st, "OSLO, Feb 12 – Ministers met in the capital.", "en", out, sizeof out);
    CHECK(!named(out, "Feb"));
}

static void test_caseless(nf_ent_stage *st)
{
    char out[2048];
    /* Chinese: body, title and name in one run */
    mentions(st, "挪威矿业公司首席执行官安娜·林德说，合并将完成。", "zh", out, sizeof out);
    CHECK(has(out, "p:安娜·林德"));
    CHECK(!starts_with(out, "挪威矿业"));
    /* Korean: a particle after a bracket or an acronym, a lone surname */
    mentions(st, "김하늘 CEO는 기자회견에서 말했다. 박 장관은 이 자리에 없었다.", "ko", out,
             sizeof out);
    CHECK(!starts_with(out, "는"));
    CHECK(!named(out, "박"));
    /* a body between the name and the title */
    mentions(st, "이도윤 국토교통부 장관은 18일 발표했다.", "ko", out, sizeof out);
    CHECK(has(out, "p:이도윤"));
    CHECK(has(out, "o:국토교통부"));
    /* a place plus syllables that are no particle is no place */
    mentions(st, "파리쉬 주민들이 모였다.", "ko", out, sizeof out);
    CHECK(!named(out, "파리"));
    mentions(st, "독일어를 배우는 학생들이 늘었다.", "ko", out, sizeof out);
    CHECK(has(out, "l:독일"));
    /* Arabic: the title's complement, then the name */
    mentions(st, "وقالت وزيرة الصيد البحري سلمى الفاسي إن الاتفاق مهم. وقال رئيس إحدى الجمعيات "
                 "إن الصيادين قلقون.", "ar", out, sizeof out);
    CHECK(has(out, "p:سلمى الفاسي"));
    CHECK(!named(out, "الصيد البحري"));
    CHECK(!starts_with(out, "إحدى"));
}

static void test_swedish(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Affären genomförs med aktier. Veltrana Metals köper bolaget. Veltranas vd "
                 "sade att priset är rätt.", "sv", out, sizeof out);
    CHECK(!named(out, "Affären"));
    CHECK(named(out, "Veltrana"));
    CHECK(!named(out, "Veltranas"));
    /* a word in -s the article never writes without it stays whole */
    mentions(st, "Vi träffade Lars Andreas igår.", "sv", out, sizeof out);
    CHECK(has(out, "p:Lars Andreas"));
}

/* Across articles a given name written apart or together is one
 * person ("Zhou Ming Hui", "Zhou Minghui"); other given names stay
 * apart. */
static void test_joined_given_names(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_entities *e = nf_entities_new();
    CHECK(p && e);
    if (!p || !e) {
        nf_pipeline_free(p);
        nf_entities_free(e);
        return;
    }
    const char *t[3] = {
        "Vice Minister Tang Minghui led the delegation to Oslo on Tuesday .",
        "La delegación fue dirigida por el Viceministro Tang Ming Hui en Oslo .",
        "El Viceministro Tang Ming Jun también viajó a Oslo ."
    };
    nf_article *a[3];
    for (int k = 0; k < 3; k++) {
        char id[16];
        snprintf(id, sizeof id, "r17-%d", k);
        a[k] = analysed(p, id, t[k], k ? "es" : "en");
        CHECK(a[k] != NULL);
        if (a[k])
            CHECK_INT(nf_entities_add_article(e, a[k]), NF_OK);
    }
    size_t i0 = 0, i1 = 1, i2 = 2;
    CHECK_INT(nf_entities_find(e, "Tang Minghui", &i0), NF_OK);
    CHECK_INT(nf_entities_find(e, "Tang Ming Hui", &i1), NF_OK);
    CHECK_INT(nf_entities_find(e, "Tang Ming Jun", &i2), NF_OK);
    CHECK_INT((long)i0, (long)i1);
    CHECK(i2 != i0);
    for (int k = 0; k < 3; k++)
        nf_article_free(a[k]);
    nf_entities_free(e);
    nf_pipeline_free(p);
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    CHECK(st != NULL);
    if (!st)
        return nf_test_done();
    test_titles(st);
    test_bodies_and_places(st);
    test_name_tails(st);
    test_caseless(st);
    test_swedish(st);
    test_joined_given_names();
    nf_ent_stage_free(st);
    return nf_test_done();
}
