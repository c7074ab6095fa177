/* test_entities_round11.c - the rules of the eleventh round
 * (docs/entities.md, "Round 11": what the demo's entity list shows),
 * checked on texts written for this test (firms and people invented):
 * an industry word ends a company's name ("Varnholt Copper", "Ostvalla
 * Minerals" were persons); a company's first word alone, once the
 * company is named in full, is the company, and two such first words
 * together name an organisation (a merger: "Varnholt Ostvalla"); that
 * name joins the organisation across articles even where an article
 * does not name the parts; a name of several words is the display name
 * before a lone word; the curated White House is an organisation and
 * the seas are places ("Mar Nero" was a person); Greek genitives
 * before a name belong to the title ("Επίτροπος Αλιείας | Ιλόνα
 * Βάργκα"), Greek days, months and function words are no names; an
 * Italian verb after a glued full stop, opening a short quoted phrase,
 * or in -iamo is no name; a title's portfolio stands apart from the
 * person after it ("ministro degli Esteri | Marco Bellini"); a run the
 * article also writes in lower case is a phrase ("Ανοιχτή Θάλασσα"); a
 * display name closes " -" ("Kava -Dragon").
 */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities_testlib.h"

static void test_industry_words(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Shares of Varnholt Copper rose on Monday , while Ostvalla Minerals "
                 "fell after the report by Tellmark Mining .", "en", out, sizeof out);
    CHECK(has(out, "o:Varnholt Copper"));
    CHECK(has(out, "o:Ostvalla Minerals"));
    CHECK(has(out, "o:Tellmark Mining"));
    /* a person's name stays a person's */
    mentions(st, "The report was written by Anna Varnholt in Oslo .", "en", out, sizeof out);
    CHECK(has(out, "p:Anna Varnholt"));
}

/* The type of the entity whose mention in a reads surface, as a letter
 * of "polx", or '-' when there is no such mention. */
static char type_of(const nf_article *a, const char *surface, const char *text)
{
    for (size_t i = 0; i < nf_article_mention_count(a); i++) {
        nf_mention m = nf_article_mention(a, i);
        if (m.span.end - m.span.start == strlen(surface) &&
            memcmp(text + m.span.start, surface, strlen(surface)) == 0)
            return "polx"[m.type];
    }
    return '-';
}

/* The entity id of the mention of a reading surface, or "". */
static const char *entity_of(const nf_article *a, const char *surface, const char *text)
{
    for (size_t i = 0; i < nf_article_mention_count(a); i++) {
        nf_mention m = nf_article_mention(a, i);
        if (m.span.end - m.span.start == strlen(surface) &&
            memcmp(text + m.span.start, surface, strlen(surface)) == 0)
            return m.entity ? m.entity : "";
    }
    return "";
}

static void test_company_short_names(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_entities *e = nf_entities_new();
    CHECK(p && e);
    if (!p || !e) {
        nf_pipeline_free(p);
        nf_entities_free(e);
        return;
    }
    /* an article that never names the parts comes first: its merged
     * name reads as a person's */
    const char *t0 = "The board of Varnholt Ostvalla met in Geneva on Tuesday .";
    nf_article *a0 = analysed(p, "r11-0", t0, "en");
    CHECK_INT(nf_entities_add_article(e, a0), NF_OK);
    const char *t1 = "Ostvalla Minerals will merge with Varnholt Copper . The new group , "
                     "Varnholt Ostvalla , will be led from Geneva . Ostvalla shareholders "
                     "will own 54 percent , Varnholt shareholders the rest .";
    nf_article *a1 = analysed(p, "r11-1", t1, "en");
    CHECK(type_of(a1, "Varnholt Ostvalla", t1) == 'o');
    CHECK(type_of(a1, "Ostvalla", t1) == 'o');
    CHECK(type_of(a1, "Varnholt", t1) == 'o');
    CHECK_STR(entity_of(a1, "Ostvalla", t1), entity_of(a1, "Ostvalla Minerals", t1));
    CHECK_INT(nf_entities_add_article(e, a1), NF_OK);
    /* across articles the merged name is one organisation */
    size_t i0 = 0, i1 = 1;
    CHECK_INT(nf_entities_find(e, "Varnholt Ostvalla", &i0), NF_OK);
    CHECK(nf_entity_type_of(e, i0) == NF_ENTITY_ORGANIZATION);
    const char *t2 = "Varnholt Ostvalla said on Friday that it would cut costs .";
    nf_article *a2 = analysed(p, "r11-2", t2, "en");
    CHECK_INT(nf_entities_add_article(e, a2), NF_OK);
    size_t n_named = 0;
    for (size_t i = 0; i < nf_entities_count(e); i++)
        if (strcmp(nf_entity_name(e, i), "Varnholt Ostvalla") == 0) {
            n_named++;
            i1 = i;
        }
    CHECK_INT((long)n_named, 1);
    CHECK(nf_entity_type_of(e, i1) == NF_ENTITY_ORGANIZATION);
    /* the display name is the full one, not the short "Varnholt" */
    size_t k = 0;
    CHECK_INT(nf_entities_find(e, "Varnholt Copper", &k), NF_OK);
    CHECK_STR(nf_entity_name(e, k), "Varnholt Copper");
    /* a surname of a person of the article stays the person's */
    const char *t3 = "Tellmark Mining hired Anna Varnholt last year . Varnholt Mining "
                     "was sold . Varnholt said she was pleased .";
    nf_article *a3 = analysed(p, "r11-3", t3, "en");
    CHECK(type_of(a3, "Varnholt", t3) == 'p');
    nf_article_free(a0);
    nf_article_free(a1);
    nf_article_free(a2);
    nf_article_free(a3);
    nf_entities_free(e);
    nf_pipeline_free(p);
}

static void test_curated_places_and_bodies(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Il porto si trova sul Mar Nero , ha detto Marco Tellini .", "it",
             out, sizeof out);
    CHECK(has(out, "l:Mar Nero"));
    mentions(st, "The talks were held in the White House on Friday .", "en", out, sizeof out);
    CHECK(has(out, "o:White House"));
    mentions(st, "Schiffe im Schwarzen Meer wurden gewarnt .", "de", out, sizeof out);
    CHECK(has(out, "l:Schwarzen Meer"));
}

static void test_greek_genitives(nf_ent_stage *st)
{
    char out[2048];
    /* a genitive before a name (-ας after ει, -ων) is the title's */
    mentions(st, "Η Επίτροπος Ενέργειας και Αλιείας Μαρίνα Κόστοβα μίλησε χθες . "
                 "Ο υπουργός Οικονομικών Πέτρος Λαμπάκης συμφώνησε .", "el", out, sizeof out);
    CHECK(has(out, "p:Μαρίνα Κόστοβα"));
    CHECK(!named(out, "Αλιείας Μαρίνα Κόστοβα"));
    CHECK(has(out, "p:Πέτρος Λαμπάκης"));
    CHECK(!named(out, "Οικονομικών Πέτρος Λαμπάκης"));
    /* a genitive in -ων or -ειας alone is no name; days and months are
     * no names; function words at a sentence's start are none */
    mentions(st, "Μίλησε ο υπουργός Αλιείας της χώρας . Την Τρίτη 3 Μαρτίου "
                 "έφτασε . Αυτό είπε ο Πέτρος Λαμπάκης .", "el", out, sizeof out);
    CHECK(!named(out, "Αλιείας"));
    CHECK(!named(out, "Τρίτη"));
    CHECK(!named(out, "Μαρτίου"));
    CHECK(!named(out, "Αυτό"));
    CHECK(has(out, "p:Πέτρος Λαμπάκης"));
    /* a given name in -ας before a surname stays, unless the article
     * names the rest alone too; a name in the genitive all through stays
     * whole */
    mentions(st, "Ο πρόεδρος Ηλίας Κοντάρης μίλησε .", "el", out, sizeof out);
    CHECK(has(out, "p:Ηλίας Κοντάρης"));
    mentions(st, "Μέλη του Συλλόγου Αλιέων Καβάλας διαμαρτυρήθηκαν .", "el", out, sizeof out);
    CHECK(named(out, "Συλλόγου Αλιέων Καβάλας"));
}

static void test_italian_verbs_and_portfolios(nf_ent_stage *st)
{
    char out[2048];
    /* a full stop glued to a capital ends a sentence; a short quoted
     * phrase in lower case after its first word; a verb in -iamo */
    mentions(st, "Il piano va avanti come previsto.Disse il portavoce Marco Bellini . "
                 "Le parti hanno accettato “Uso della forza” nel porto . "
                 "Ricordiamo che il porto resta chiuso .", "it", out, sizeof out);
    CHECK(!named(out, "Disse"));
    CHECK(!named(out, "Uso"));
    CHECK(!named(out, "Ricordiamo"));
    CHECK(has(out, "p:Marco Bellini"));
    /* a quoted title with capitals inside stays a name */
    mentions(st, "Ha visto “Porta Nuova” ieri sera .", "it", out, sizeof out);
    CHECK(named(out, "Porta Nuova"));
    /* a title's portfolio before a person's name; a plural title */
    mentions(st, "Ha parlato il ministro degli Esteri Marco Bellini . "
                 "Si sono riuniti i ministri degli Esteri a dicembre .", "it", out, sizeof out);
    CHECK(has(out, "p:Marco Bellini"));
    CHECK(!named(out, "Esteri Marco Bellini"));
    CHECK(!has(out, "x:Esteri"));
    CHECK(has(out, "o:Esteri"));
}

static void test_lower_phrase(nf_ent_stage *st)
{
    char out[2048];
    /* a capitalised phrase the article also writes in lower case is
     * the language's phrase (here in an agreement's title) */
    mentions(st, "Η Συμφωνία για την Αλιεία στην Ανοιχτή Θάλασσα υπογράφηκε . "
                 "Οι ποσοστώσεις στην ανοιχτή θάλασσα μειώνονται .", "el", out, sizeof out);
    CHECK(!named(out, "Ανοιχτή Θάλασσα"));
    /* a name stays when only its words, not the phrase, appear in lower
     * case */
    mentions(st, "Ships crossed the Quiet Sea . The sea was quiet .", "en", out, sizeof out);
    CHECK(named(out, "Quiet Sea"));
    /* and without the lower-case phrase the run stays */
    mentions(st, "Η Συμφωνία για την Αλιεία στην Ανοιχτή Θάλασσα υπογράφηκε .", "el", out,
             sizeof out);
    CHECK(named(out, "Ανοιχτή Θάλασσα"));
}

/* The glued full stop matters when the sentences come from the text
 * layer (the pipeline), whose splitter does not cut there. */
static void test_glued_full_stop(void)
{
    nf_pipeline *p = nf_pipeline_new();
    CHECK(p != NULL);
    if (!p)
        return;
    const char *t = "Il piano del governo va avanti come previsto dal ministero.Disse il "
                    "portavoce Marco Bellini ai giornalisti riuniti davanti al porto .";
    nf_article *a = analysed(p, "r11-g", t, "it");
    CHECK(type_of(a, "Disse", t) == '-');
    CHECK(type_of(a, "Marco Bellini", t) == 'p');
    nf_article_free(a);
    nf_pipeline_free(p);
}

static void test_display_hyphen(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_entities *e = nf_entities_new();
    CHECK(p && e);
    if (p && e) {
        const char *t = "The statement came from Admiral Marco Tellini -Varga on Monday .";
        nf_article *a = analysed(p, "r11-h", t, "en");
        CHECK_INT(nf_entities_add_article(e, a), NF_OK);
        size_t k = 0;
        CHECK_INT(nf_entities_find(e, "Marco Tellini -Varga", &k), NF_OK);
        CHECK_STR(nf_entity_name(e, k), "Marco Tellini-Varga");
        nf_article_free(a);
    }
    nf_entities_free(e);
    nf_pipeline_free(p);
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_industry_words(st);
    test_company_short_names();
    test_curated_places_and_bodies(st);
    test_greek_genitives(st);
    test_italian_verbs_and_portfolios(st);
    test_lower_phrase(st);
    test_glued_full_stop();
    test_display_hyphen();
    nf_ent_stage_free(st);
    return nf_test_done();
}
