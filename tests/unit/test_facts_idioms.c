/* test_facts_idioms.c - casualty idioms ("took the lives of"), verbs that
 * carry a casualty noun ("40 received injuries"), a part that belongs to
 * the count before it ("19 of the 22 crew"), and Japanese brackets round
 * a katakana name.  Sentences are the test's own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "nf_test.h"
#include "newsfold.h"

/* The figure of text with value `value`: its kind and unit into *kind,
 * unit (>= 32 bytes), its part_of into *part; 0 when there is none. */
static int figure(const char *text, const char *lang, double value,
                  nf_figure_kind *kind, char *unit, long *part)
{
    nf_facts *f = NULL;
    int ok = 0;
    if (nf_facts_extract(text, strlen(text), lang, NULL, &f))
        return 0;
    for (size_t i = 0; i < nf_facts_figure_count(f) && !ok; i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        if (g->value == value) {
            *kind = g->kind;
            strncpy(unit, g->unit, 31);
            unit[31] = 0;
            *part = g->part_of;
            ok = 1;
        }
    }
    nf_facts_free(f);
    return ok;
}

static void kind_is(const char *text, const char *lang, double value,
                    nf_figure_kind want, const char *want_unit)
{
    nf_figure_kind k = NF_FIG_COUNT;
    char unit[32] = "";
    long part = -1;
    CHECK(figure(text, lang, value, &k, unit, &part));
    CHECK_INT(k, want);
    if (want_unit)
        CHECK_STR(unit, want_unit);
}

static void test_lives(void)
{
    kind_is("Оползень в горном селе унёс жизни не менее 7 человек.", "ru", 7,
            NF_FIG_KILLED, "people");
    kind_is("Повінь на заході області забрала життя щонайменше 9 людей.", "uk", 9,
            NF_FIG_KILLED, "people");
    kind_is("El incendio forestal se cobró la vida de 5 personas.", "es", 5,
            NF_FIG_KILLED, NULL);
    kind_is("L'avalanche a coûté la vie à 4 personnes.", "fr", 4, NF_FIG_KILLED, NULL);
    kind_is("Lawina w Tatrach pochłonęła życie 6 osób.", "pl", 6, NF_FIG_KILLED, NULL);
}

static void test_carrying_verbs(void)
{
    /* the verb is no counted noun: the figure counts people */
    kind_is("Ещё 15 получили ранения при обрушении.", "ru", 15, NF_FIG_INJURED, "people");
    kind_is("Ще 11 дістали поранення під час вибуху.", "uk", 11, NF_FIG_INJURED, "people");
    kind_is("Another 8 suffered injuries in the crush.", "en", 8, NF_FIG_INJURED, "people");
    /* a real noun before the cue stays the unit */
    kind_is("Im Tunnel wurden 6 Bergleute verletzt.", "de", 6, NF_FIG_INJURED, NULL);
}

static void test_part_of_count(void)
{
    nf_figure_kind k = NF_FIG_COUNT;
    char unit[32];
    long part = -1;
    const char *ja = "貨物船が座礁し、乗組員5人が行方不明となっている。"
                     "救助隊は乗組員26人のうち21人を救出した。";
    CHECK(figure(ja, "ja", 21, &k, unit, &part));
    CHECK_INT(k, NF_FIG_COUNT);     /* rescued of the 26, not missing */
    CHECK(part < 0);
    /* a casualty figure before "including" still takes the part */
    const char *en = "The blast killed 23 people, including three firefighters.";
    CHECK(figure(en, "en", 3, &k, unit, &part));
    CHECK_INT(k, NF_FIG_KILLED);
    CHECK(part >= 0);
}

static size_t quotes(const char *text, const char *lang)
{
    nf_facts *f = NULL;
    if (nf_facts_extract(text, strlen(text), lang, NULL, &f))
        return 999;
    size_t n = nf_facts_quote_count(f);
    nf_facts_free(f);
    return n;
}

static void test_katakana_name(void)
{
    /* a ship's name in brackets is no quotation */
    CHECK_INT(quotes("タンカー「ヴェラ・オルシーニ・エクスプレス」が港の入り口で座礁した。", "ja"), 0);
    /* words said, in the same brackets, are */
    CHECK_INT(quotes("隊長は「私たちは明日も夜明けから捜索を続けます」と述べた。", "ja"), 1);
}

/* Incident kinds of the record of JSON Lines `jsonl`, space-separated
 * into buf (>= 256 bytes). */
static void incident_kinds(const char *jsonl, char *buf)
{
    buf[0] = 0;
    nf_reader_options ro = { .format = NF_FORMAT_JSONL };
    nf_reader *rd = nf_reader_new(&ro);
    nf_pipeline *pl = nf_pipeline_new();
    nf_record *rec = nf_record_new();
    nf_reader_add_buffer(rd, "hits.jsonl", jsonl, strlen(jsonl));
    nf_article *a;
    while (nf_reader_next(rd, &a) == NF_OK && a) {
        nf_pipeline_run(pl, a);
        nf_record_add(rec, a);
    }
    char *out = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&out, &len);
    nf_record_write_json(rec, m, 0);
    fclose(m);
    cJSON *root = cJSON_Parse(out);
    cJSON *inc;
    cJSON_ArrayForEach(inc, cJSON_GetObjectItem(root, "incidents")) {
        const char *k = cJSON_GetStringValue(cJSON_GetObjectItem(inc, "kind"));
        if (k && strlen(buf) + strlen(k) + 2 < 256) {
            strcat(buf, k);
            strcat(buf, " ");
        }
    }
    cJSON_Delete(root);
    free(out);
    nf_record_free(rec);
    nf_pipeline_free(pl);
    nf_reader_free(rd);
}

static void test_hit_verbs(void)
{
    char kinds[256];
    /* a ship that hit a pier is no strike */
    incident_kinds("{\"id\":\"x\",\"language\":\"it\",\"published\":\"2026-04-02\","
                   "\"text\":\"Due marinai sono dispersi dopo che il cargo Aurelia Vento ha "
                   "colpito il molo nord di Ancona.\"}\n", kinds);
    CHECK(strstr(kinds, "strike") == NULL);
    incident_kinds("{\"id\":\"y\",\"language\":\"ru\",\"published\":\"2026-04-02\","
                   "\"text\":\"Четыре моряка пропали без вести после того, как сухогруз "
                   "ударился о причал в порту Находка.\"}\n", kinds);
    CHECK(strstr(kinds, "strike") == NULL);
    /* with a weapon in the sentence the same verb is a strike */
    incident_kinds("{\"id\":\"z\",\"language\":\"it\",\"published\":\"2026-04-02\","
                   "\"text\":\"Due missili hanno colpito il porto di Ancona, uccidendo 3 persone.\"}\n",
                   kinds);
    CHECK(strstr(kinds, "strike") != NULL);
}

int main(void)
{
    RUN(test_hit_verbs);
    RUN(test_lives);
    RUN(test_carrying_verbs);
    RUN(test_part_of_count);
    RUN(test_katakana_name);
    return nf_test_done();
}
