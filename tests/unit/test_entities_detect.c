/* test_entities_detect.c - mention detection on the project's own short
 * texts in several languages and scripts (capitalised runs, titles kept
 * as roles, sentence-initial common words, German nouns, katakana and
 * Han names, Arabic), cues (headlines in capitals, abbreviations,
 * organisation words, particles, German adjectives of places), the
 * curated list joining one organisation's names
 * across scripts, and mentions read back from a store.  The texts are
 * written for these tests; the people in them are invented. */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsfold.h"
#include "entities/ent_int.h"
#include "entities_testlib.h"
#include "entities/curated.h"
#include "entities/common_words.h"
#include "store/store_int.h"
#include "store/entities_int.h"

static void test_common_words(void)
{
    /* generated filters: listed forms are found, nonsense is not */
    CHECK(nf_cw_has(nf_cw_for("en"), "however", 7));
    CHECK(nf_cw_has(nf_cw_for("es"), "cuando", 6));
    CHECK(nf_cw_has(nf_cw_for("nl"), "gisteren", 8));
    CHECK(nf_cw_has(&nf_cw_de_nouns, "regierung", 9));
    CHECK(nf_cw_has(&nf_cw_de_nouns, "häuser", 7));
    CHECK(!nf_cw_has(nf_cw_for("en"), "qzxvkjw", 7));
    CHECK(nf_cw_for("xx") == NULL);
    CHECK(!nf_cw_has(NULL, "the", 3));
}

static void test_cased(nf_ent_stage *st)
{
    char got[1024];
    mentions(st, "Yesterday Marta Olvenko visited Brussels. Olvenko met the "
               "chairman of Kestrel Holdings Inc. Surely nobody expected it.",
           "en", got, sizeof got);
    CHECK(has(got, "p:Marta Olvenko"));
    CHECK(has(got, "l:Brussels"));
    CHECK(has(got, "o:Kestrel Holdings Inc"));
    CHECK(!strstr(got, "Yesterday"));         /* a common word at the start */
    CHECK(!strstr(got, "Surely"));

    mentions(st, "Der Sprecher der Regierung sagte am Montag in Hamburg, "
               "Bundesminister Tobias Wennrath werde die Steuerreform vorlegen. "
               "Wennrath lehnte Fragen ab.", "de", got, sizeof got);
    CHECK(has(got, "p:Tobias Wennrath"));
    CHECK(has(got, "l:Hamburg"));
    CHECK(!strstr(got, "Sprecher"));          /* German common nouns */
    CHECK(!strstr(got, "Regierung"));
    CHECK(!strstr(got, "Steuerreform"));      /* a compound ending in a noun */
    CHECK(has(got, "x:Wennrath") || has(got, "p:Wennrath"));

    mentions(st, "Il presidente ucraino Ostap Hrebenko ha incontrato a Roma il "
               "ministro Lucia Barzaghi.", "it", got, sizeof got);
    CHECK(has(got, "p:Ostap Hrebenko"));
    CHECK(has(got, "p:Lucia Barzaghi"));
    CHECK(has(got, "l:Roma"));

    mentions(st, "Министр Остап Гребенко прибыл в Киев.", "ru", got, sizeof got);
    CHECK(has(got, "p:Остап Гребенко"));
}

static void test_caseless(nf_ent_stage *st)
{
    char got[1024];
    mentions(st, "オスタプ・フレベンコ外相は東京で記者団に語った。", "ja", got, sizeof got);
    CHECK(has(got, "p:オスタプ・フレベンコ"));
    CHECK(has(got, "l:東京"));
    mentions(st, "奥斯塔普·赫列边科在北京发表讲话。", "zh", got, sizeof got);
    CHECK(has(got, "p:奥斯塔普·赫列边科"));
    CHECK(has(got, "l:北京"));
}

/* Hebrew places behind proclitics (ו ה ב ל מ ש כ, up to two) and Thai
 * places inside a run without spaces (round 6 of folding: the gazetteer
 * gained Hebrew and Thai names).  The sentences are written for the test. */
static void test_hebrew_thai(nf_ent_stage *st)
{
    char got[1024];
    /* "and in France" (ו + ב + France), "from Paris" (מ + Paris) */
    mentions(st, "השר נסע אתמול ובצרפת נפגש עם עמיתו.", "he", got, sizeof got);
    CHECK(has(got, "l:צרפת"));
    mentions(st, "המשלחת חזרה מפריז בערב.", "he", got, sizeof got);
    CHECK(has(got, "l:פריז"));
    /* a word that merely starts with a proclitic letter and a short stem
     * gives no place */
    mentions(st, "הוא אמר שלום לכולם.", "he", got, sizeof got);
    CHECK(!strstr(got, "l:"));
    /* Thai: "the minister travelled to France yesterday", "Japan and Paris" */
    mentions(st, "รัฐมนตรีเดินทางไปฝรั่งเศสเมื่อวานนี้", "th", got, sizeof got);
    CHECK(has(got, "l:ฝรั่งเศส"));
    mentions(st, "ผู้แทนจากญี่ปุ่นพบกันที่ปารีส", "th", got, sizeof got);
    CHECK(has(got, "l:ญี่ปุ่น"));
    CHECK(has(got, "l:ปารีส"));
}

static void test_curated_detect(nf_ent_stage *st)
{
    char got[1024];
    int nato = nf_curated_lookup("NATO", 4);
    CHECK(nato >= 0);
    CHECK(nf_curated_lookup("nato", 4) == nato);
    CHECK(nf_curated_lookup("НАТО", strlen("НАТО")) == nato);
    CHECK(nf_curated_lookup("Kestrel", 7) < 0);
    mentions(st, "Генсек НАТО и ООН обсудили помощь.", "ru", got, sizeof got);
    CHECK(has(got, "o:НАТО"));
    CHECK(has(got, "o:ООН"));
    mentions(st, "北大西洋条約機構と国連が声明を出した。", "ja", got, sizeof got);
    CHECK(has(got, "o:北大西洋条約機構"));
    CHECK(has(got, "o:国連"));
    mentions(st, "وقال حلف الناتو إن الأمم المتحدة", "ar", got, sizeof got);
    CHECK(has(got, "o:الأمم المتحدة"));
    mentions(st, "La OTAN y la ONU. The UN agreed.", "es", got, sizeof got);
    CHECK(has(got, "o:OTAN"));
    CHECK(has(got, "o:UN"));
}

static const char *const nato_texts[][3] = {
    { "t-en", "en", "NATO ministers met in Brussels on Monday. The alliance agreed on new support." },
    { "t-ru", "ru", "Министры НАТО встретились в Брюсселе в понедельник. Альянс согласовал помощь." },
    { "t-es", "es", "Los ministros de la OTAN se reunieron el lunes en Bruselas." },
    { "t-ja", "ja", "北大西洋条約機構の国防相会合が月曜日にブリュッセルで開かれた。" },
};

static void test_curated_resolution(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_entities *e = nf_entities_new();
    CHECK(p && e);
    if (!p || !e)
        return;
    const char *ids[4] = { NULL };
    for (size_t t = 0; t < 4; t++) {
        nf_article *a = analysed(p, nato_texts[t][0], nato_texts[t][2], nato_texts[t][1]);
        CHECK_INT(nf_entities_add_article(e, a), NF_OK);
        for (size_t i = 0; i < nf_article_mention_count(a); i++) {
            nf_mention m = nf_article_mention(a, i);
            if (m.name && strcmp(m.name, "NATO") == 0) {
                static char keep[4][24];
                snprintf(keep[t], sizeof keep[t], "%s", m.entity);
                ids[t] = keep[t];
            }
        }
        nf_article_free(a);
    }
    for (size_t t = 0; t < 4; t++) {
        CHECK(ids[t] != NULL);
        if (ids[t] && ids[0])
            CHECK_STR(ids[t], ids[0]);
    }
    size_t i1, i2;
    CHECK_INT(nf_entities_find(e, "OTAN", &i1), NF_OK);
    CHECK_INT(nf_entities_find(e, "北大西洋条約機構", &i2), NF_OK);
    CHECK(i1 == i2);
    CHECK_STR(nf_entity_name(e, i1), "NATO");
    CHECK(nf_entity_type_of(e, i1) == NF_ENTITY_ORGANIZATION);
    nf_entities_free(e);
    nf_pipeline_free(p);
}

static void test_store_fill(void)
{
    char dir[] = "/tmp/nf_test_ent_XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(0);
        return;
    }
    char path[96];
    snprintf(path, sizeof path, "%s/e.db", dir);
    nf_store *s = NULL;
    CHECK_INT(nf_store_open(path, &s, NULL, 0), NF_OK);
    nf_pipeline *p = nf_pipeline_new();
    if (!s || !p) {
        nf_pipeline_free(p);
        nf_store_close(s);
        return;
    }
    nf_article *a = analysed(p, "fill-1", "Minister Ostap Hrebenko visited Warsaw. "
                             "Hrebenko met NATO officials.", "en");
    size_t want = nf_article_mention_count(a);
    CHECK(want >= 3);
    int stored = 0;
    CHECK_INT(nf_store_begin(s), NF_OK);
    CHECK_INT(nf_store_put_article(s, a, &stored), NF_OK);
    CHECK_INT(nf_store_commit(s), NF_OK);
    nf_article *g = NULL;
    CHECK_INT(nf_store_get_article(s, "fill-1", &g), NF_OK);
    if (g) {
        CHECK_INT(nf_store_entities_fill(s, g), NF_OK);
        CHECK_INT((long)nf_article_mention_count(g), (long)want);
        for (size_t i = 0; i < want && i < nf_article_mention_count(g); i++) {
            nf_mention x = nf_article_mention(a, i), y = nf_article_mention(g, i);
            CHECK(x.span.start == y.span.start && x.span.end == y.span.end);
            CHECK(x.type == y.type);
            CHECK(y.entity && y.name);
        }
        nf_article_free(g);
    }
    size_t n_st = 99;
    long long st[4];
    CHECK_INT(nf_store_entity_stories(s, 0, st, 4, &n_st), NF_OK);
    CHECK(n_st <= 4);
    nf_article_free(a);
    nf_pipeline_free(p);
    nf_store_close(s);
    unlink(path);
    char wal[112];
    snprintf(wal, sizeof wal, "%s-wal", path);
    unlink(wal);
    snprintf(wal, sizeof wal, "%s-shm", path);
    unlink(wal);
    rmdir(dir);
}

/* Headlines in capitals, dotted abbreviations, titles and places kept
 * inside organisations' names, particles inside names, German adjectives
 * of places and hyphenated nouns before a name. */
static void test_cues(nf_ent_stage *st)
{
    char got[1024];
    /* a headline: names are the words that are no ordinary English words */
    mentions(st, "TENNIS - VORLANDA BEATS KRASOVIC IN PARIS FINAL\n"
               "The match lasted two hours.", "en", got, sizeof got);
    CHECK(has(got, "l:PARIS"));
    CHECK(has(got, "x:VORLANDA") || has(got, "o:VORLANDA") || has(got, "p:VORLANDA"));
    CHECK(strstr(got, "KRASOVIC") != NULL);
    CHECK(!strstr(got, "TENNIS"));
    CHECK(!strstr(got, "BEATS"));
    CHECK(!strstr(got, "FINAL"));

    /* U.S. is one word; an organisation word keeps the title and the
     * place in the name; a place before a single word stays in it */
    mentions(st, "Officials of the U.S. Treasury met General Motors and the "
               "Justice Department in Ohio. Fans of the New York Larkspurs "
               "cheered. Admiral Tevor Quill spoke.", "en", got, sizeof got);
    CHECK(has(got, "p:U.S. Treasury") || has(got, "o:U.S. Treasury"));
    CHECK(has(got, "o:General Motors"));
    CHECK(has(got, "o:Justice Department"));
    CHECK(strstr(got, ":New York Larkspurs") != NULL);
    CHECK(has(got, "p:Tevor Quill"));
    CHECK(!strstr(got, "Admiral Tevor"));

    /* Dutch: a capitalised particle inside a sentence opens a surname */
    mentions(st, "Gisteren sprak de minister met Van den Heuvel en De Wachter "
               "in Gent.", "nl", got, sizeof got);
    CHECK(strstr(got, ":Van den Heuvel") != NULL);
    CHECK(strstr(got, ":De Wachter") != NULL);

    /* ... and at a sentence's start too, unless the next word is a place
     * or an adjective of one (then "De" is the article); a first name
     * that is also a word stays when a capitalised word follows (it is
     * a proper noun of the Dutch dictionary) */
    mentions(st, "De Wachter sprak gisteren in Gent. Van Keulenbroek zweeg. "
               "De Nederlandse regering zweeg ook. Mark Veldhoen lachte.",
           "nl", got, sizeof got);
    CHECK(strstr(got, ":De Wachter") != NULL);
    CHECK(strstr(got, ":Van Keulenbroek") != NULL);
    CHECK(!strstr(got, "De Nederlandse"));
    CHECK(strstr(got, ":Mark Veldhoen") != NULL);

    /* Spanish: a particle and an article inside an organisation's name */
    mentions(st, "Ayer el Partido de los Agricultores Unidos presentó su "
               "programa.", "es", got, sizeof got);
    CHECK(has(got, "o:Partido de los Agricultores Unidos"));

    /* German: adjectives of places in lower case, inhabitant nouns, and
     * a hyphenated noun before a name */
    mentions(st, "Die deutschen und französischen Minister trafen Amerikaner. "
               "Der SPD-Vorsitzende Jörg Wennstedt sprach.", "de", got, sizeof got);
    CHECK(has(got, "l:deutschen"));
    CHECK(has(got, "l:französischen"));
    CHECK(has(got, "l:Amerikaner"));
    CHECK(has(got, "p:Jörg Wennstedt"));
    CHECK(!strstr(got, "Vorsitzende Jörg"));
    CHECK(!strstr(got, "Minister"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    RUN(test_common_words);
    test_cased(st);
    test_caseless(st);
    test_hebrew_thai(st);
    test_curated_detect(st);
    test_cues(st);
    nf_ent_stage_free(st);
    RUN(test_curated_resolution);
    RUN(test_store_fill);
    return nf_test_done();
}
