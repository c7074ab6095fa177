/* test_entities_filters.c - the common-word filters of Russian,
 * Ukrainian and Greek (docs/entities.md, "Filters for Russian,
 * Ukrainian, Greek"), checked on texts written for this test (people
 * invented): the filters hold the languages' lower-case word forms and
 * none of their dictionaries' proper nouns; a capitalised ordinary word
 * opening a sentence ("Ветер", "Потужний", "Ισχυρός") is no name; a
 * place, a given name before a surname ("Надежда Климова", where
 * "надежда" is also "hope") or a curated name opening a sentence stays
 * one.
 */
#include "nf_test.h"

#include <string.h>

#include "newsfold.h"
#include "entities/common_words.h"
#include "entities/ent_int.h"
#include "entities_testlib.h"

/* Is the lower-case word w in the filter of lang? */
static int in_filter(const char *lang, const char *w)
{
    return nf_cw_has(nf_cw_for(lang), w, strlen(w));
}

static void test_filters(void)
{
    CHECK(nf_cw_for("ru") && nf_cw_for("uk") && nf_cw_for("el"));
    /* lemmas and inflected forms */
    CHECK(in_filter("ru", "ветер"));
    CHECK(in_filter("ru", "мощный"));
    CHECK(in_filter("ru", "спасатели"));
    CHECK(in_filter("uk", "вітер"));
    CHECK(in_filter("uk", "потужний"));
    CHECK(in_filter("uk", "пошуки"));
    CHECK(in_filter("el", "άνεμος"));
    CHECK(in_filter("el", "ισχυρός"));
    CHECK(in_filter("el", "ψαράδες"));
    /* Russian ё also as е; Ukrainian apostrophes as news text writes them */
    CHECK(in_filter("ru", "мёд") && in_filter("ru", "мед"));
    CHECK(in_filter("uk", "м'ясо"));
    CHECK(in_filter("uk", "м\u2019ясо"));
    CHECK(in_filter("uk", "м\u02bcясо"));
    /* the dictionaries' proper nouns are capitalised: they do not enter */
    CHECK(!in_filter("ru", "москва"));
    CHECK(!in_filter("uk", "харків"));
    CHECK(!in_filter("el", "αθήνα"));
    /* the proper nouns asked about a sentence's first word */
    const nf_cw_filter *ru = nf_cw_initial_names_for("ru");
    const nf_cw_filter *el = nf_cw_initial_names_for("el");
    CHECK(ru && el && nf_cw_initial_names_for("uk"));
    CHECK(nf_cw_has(ru, "надежда", strlen("надежда")));
    CHECK(nf_cw_has(ru, "роман", strlen("роман")));
    CHECK(nf_cw_has(el, "νίκη", strlen("νίκη")));
    CHECK(!nf_cw_has(ru, "ветер", strlen("ветер")));
    CHECK(nf_cw_initial_names_for("en") == NULL && nf_cw_initial_names_for(NULL) == NULL);
}

static void test_russian(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Сильный ветер дул всю ночь. Ветер сорвал крыши в Самаре. "
                 "Спасатели работали до утра. Мощный шторм ушёл на восток.", "ru",
             out, sizeof out);
    CHECK(!named(out, "Ветер"));
    CHECK(!named(out, "Спасатели"));
    CHECK(!named(out, "Мощный"));
    CHECK(has(out, "l:Самаре"));
    /* names and places opening a sentence stay */
    mentions(st, "Надежда Климова уехала в Тверь. Москва молчит. Орёл пострадал. "
                 "Вера в победу крепла.", "ru", out, sizeof out);
    CHECK(has(out, "p:Надежда Климова"));
    CHECK(has(out, "l:Москва"));
    CHECK(has(out, "l:Орёл"));
    CHECK(!named(out, "Вера"));
    /* a word of the sentence before a given name goes, the name stays */
    mentions(st, "Вчера Роман Соколов сказал, что всё готово.", "ru", out, sizeof out);
    CHECK(named(out, "Роман Соколов"));
    CHECK(!named(out, "Вчера Роман Соколов"));
}

static void test_ukrainian(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Сильний вітер дув усю ніч. Потужний шторм прийшов до Одеси. "
                 "Пошуки тривали два дні. Вітер зірвав дахи.", "uk", out, sizeof out);
    CHECK(!named(out, "Потужний"));
    CHECK(!named(out, "Пошуки"));
    CHECK(!named(out, "Вітер"));
    mentions(st, "Олена Ковальчук сказала, що Харків готовий. Київ мовчить.", "uk",
             out, sizeof out);
    CHECK(has(out, "p:Олена Ковальчук"));
    CHECK(has(out, "l:Київ"));
    CHECK(has(out, "l:Харків"));
    /* a proper noun of the dictionary ("Порт", Port Louis) before a
     * place is the place's common noun */
    mentions(st, "Порт Одеса працює цілодобово.", "uk", out, sizeof out);
    CHECK(has(out, "l:Одеса"));
    CHECK(!named(out, "Порт Одеса"));
}

static void test_greek(nf_ent_stage *st)
{
    char out[2048];
    mentions(st, "Ο άνεμος φύσηξε όλη τη νύχτα. Ισχυρός άνεμος χτύπησε την Πάτρα. "
                 "Ψαράδες διαμαρτυρήθηκαν στο λιμάνι.", "el", out, sizeof out);
    CHECK(!named(out, "Ισχυρός"));
    CHECK(!named(out, "Ψαράδες"));
    CHECK(has(out, "l:Πάτρα"));
    mentions(st, "Νίκη Κεραμέως μίλησε χθες. Αθήνα και Πάτρα περιμένουν.", "el", out,
             sizeof out);
    CHECK(has(out, "p:Νίκη Κεραμέως"));
    CHECK(has(out, "l:Αθήνα"));
}

int main(void)
{
    nf_ent_stage *st = nf_ent_stage_new();
    if (!st)
        return 1;
    test_filters();
    test_russian(st);
    test_ukrainian(st);
    test_greek(st);
    nf_ent_stage_free(st);
    return nf_test_done();
}
