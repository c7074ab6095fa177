/* test_incidents.c - incidents across articles: one report counts once,
 * independent reports corroborate, disagreements are kept. */
#include <stdio.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "nf_test.h"
#include "newsfold.h"

/* Analyses JSON Lines `jsonl` and returns the record's incidents (parsed). */
static cJSON *incidents_of(const char *jsonl)
{
    char path[] = "/tmp/nf_test_incXXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, "w");
    fputs(jsonl, f);
    fclose(f);
    nf_reader_options ro = { .format = NF_FORMAT_JSONL };
    nf_reader *rd = nf_reader_new(&ro);
    nf_pipeline *pl = nf_pipeline_new();
    nf_record *rec = nf_record_new();
    nf_reader_add_path(rd, path);
    nf_article *a;
    while (nf_reader_next(rd, &a) == NF_OK && a) {
        nf_pipeline_run(pl, a);
        nf_record_add(rec, a);
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    nf_record_write_json(rec, m, 0);
    fclose(m);
    cJSON *root = cJSON_Parse(buf);
    free(buf);
    nf_record_free(rec);
    nf_pipeline_free(pl);
    nf_reader_free(rd);
    remove(path);
    cJSON *inc = cJSON_DetachItemFromObject(root, "incidents");
    cJSON_Delete(root);
    return inc;
}

/* The first incident with a figure of `kind`. */
static cJSON *with_figure(cJSON *incs, const char *kind)
{
    cJSON *i;
    cJSON_ArrayForEach(i, incs) {
        cJSON *f;
        cJSON_ArrayForEach(f, cJSON_GetObjectItem(i, "figures"))
            if (!strcmp(cJSON_GetObjectItem(f, "kind")->valuestring, kind))
                return i;
    }
    return NULL;
}

static void test_corroboration(void)
{
    const char *in =
        "{\"id\":\"a1\",\"published\":\"2026-02-11\",\"text\":\"A missile strike on the port of Varna on Tuesday killed 14 people and injured 52, officials said.\"}\n"
        "{\"id\":\"a2\",\"published\":\"2026-02-11\",\"text\":\"Un attacco missilistico sul porto di Varna martedì ha ucciso 13 persone e ne ha ferite 52, secondo le autorità.\"}\n"
        "{\"id\":\"a3\",\"published\":\"2026-02-11\",\"text\":\"A missile strike on the port of Varna on Tuesday killed 14 people and injured 52, officials said.\"}\n";
    cJSON *incs = incidents_of(in);
    CHECK(incs != NULL);
    cJSON *i = with_figure(incs, "killed");
    CHECK(i != NULL);
    if (!i) {
        cJSON_Delete(incs);
        return;
    }
    CHECK_STR(cJSON_GetObjectItem(i, "date")->valuestring, "2026-02-10");
    /* a3 is a duplicate of a1 (same text: one report when folded), so
     * three sources give at most two independent ones (one when the fold
     * stage also takes a2 for a translation of a1) */
    int indep = cJSON_GetObjectItem(i, "independent_sources")->valueint;
    CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItem(i, "sources")), 3);
    CHECK(indep >= 1 && indep <= 2);
    CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItem(i, "languages")), 2);
    /* 14 and 13 killed: both values shown */
    cJSON *f;
    int values = 0;
    cJSON_ArrayForEach(f, cJSON_GetObjectItem(i, "figures"))
        if (!strcmp(cJSON_GetObjectItem(f, "kind")->valuestring, "killed"))
            values = cJSON_GetArraySize(cJSON_GetObjectItem(f, "values"));
    CHECK_INT(values, 2);
    cJSON_Delete(incs);
}

/* Number of incidents of kind `kind`. */
static int count_kind(cJSON *incs, const char *kind)
{
    int n = 0;
    cJSON *i;
    cJSON_ArrayForEach(i, incs)
        n += !strcmp(cJSON_GetObjectItem(i, "kind")->valuestring, kind);
    return n;
}

/* A weapon named in talk of equipment is no strike; with a place or a
 * number beside it, it is. */
static void test_weapon_words(void)
{
    const char *talk =
        "{\"id\":\"w1\",\"language\":\"en\",\"published\":\"2026-03-02\",\"text\":\"The new frigates will carry radar, sonar and missiles of the latest design.\"}\n"
        "{\"id\":\"w2\",\"language\":\"ro\",\"published\":\"2026-03-02\",\"text\":\"Misiunea de observare ar folosi drone, senzori și camere, nu soldați.\"}\n";
    cJSON *incs = incidents_of(talk);
    CHECK(incs != NULL);
    CHECK_INT(count_kind(incs, "strike"), 0);
    cJSON_Delete(incs);
    const char *used =
        "{\"id\":\"w3\",\"language\":\"en\",\"published\":\"2026-03-02\",\"text\":\"Overnight the army fired 40 drones at the coast, the ministry said.\"}\n"
        "{\"id\":\"w4\",\"language\":\"it\",\"published\":\"2026-03-02\",\"text\":\"Nella notte i missili sono caduti su Odessa, ha detto il sindaco.\"}\n";
    incs = incidents_of(used);
    CHECK(incs != NULL);
    CHECK_INT(count_kind(incs, "strike"), 2);
    cJSON_Delete(incs);
}

/* Values of the figure group of `kind` holding `value` in incident i:
 * how many distinct values the group has, 0 when no group holds it. */
static int group_with(cJSON *i, const char *kind, double value)
{
    cJSON *f;
    cJSON_ArrayForEach(f, cJSON_GetObjectItem(i, "figures")) {
        if (strcmp(cJSON_GetObjectItem(f, "kind")->valuestring, kind))
            continue;
        cJSON *v;
        cJSON_ArrayForEach(v, cJSON_GetObjectItem(f, "values"))
            if (cJSON_GetObjectItem(v, "value")->valuedouble == value)
                return cJSON_GetArraySize(cJSON_GetObjectItem(f, "values"));
    }
    return 0;
}

/* Number of figure groups of `kind` in incident i. */
static int groups_of(cJSON *i, const char *kind)
{
    int n = 0;
    cJSON *f;
    cJSON_ArrayForEach(f, cJSON_GetObjectItem(i, "figures"))
        n += !strcmp(cJSON_GetObjectItem(f, "kind")->valuestring, kind);
    return n;
}

/* The details after the event's sentence belong to its incident; a
 * detail before any event, or quoted, stays out; one count in two
 * languages' nouns is one group. */
static void test_context_figures(void)
{
    const char *in =
        "{\"id\":\"c1\",\"language\":\"en\",\"published\":\"2026-02-11\",\"text\":\"About 400 volunteers gathered in the square on Monday.\\n\\nA flood hit the town of Lorvik on Tuesday, killing 6 people. About 1,700 residents were evacuated to schools. The river rose by 3 metres. “We saw 90 houses go under water,” the mayor said.\"}\n"
        "{\"id\":\"c2\",\"language\":\"it\",\"published\":\"2026-02-11\",\"text\":\"Un'alluvione ha colpito la città di Lorvik martedì, uccidendo 6 persone. Circa 1.700 abitanti sono stati evacuati nelle scuole.\"}\n";
    cJSON *incs = incidents_of(in);
    CHECK(incs != NULL);
    cJSON *i = with_figure(incs, "killed");
    CHECK(i != NULL);
    if (i) {
        CHECK_INT(group_with(i, "count", 1700), 1);      /* residents = abitanti */
        CHECK_INT(groups_of(i, "count"), 1);
        CHECK_INT(group_with(i, "distance", 3), 1);
        CHECK_INT(group_with(i, "count", 400), 0);       /* before the event */
        CHECK_INT(group_with(i, "count", 90), 0);        /* quoted */
    }
    cJSON_Delete(incs);
}

int main(void)
{
    RUN(test_corroboration);
    RUN(test_context_figures);
    RUN(test_weapon_words);
    return nf_test_done();
}
