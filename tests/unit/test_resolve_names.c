/* test_resolve_names.c - the canonical name an entity gets from the
 * stream: a place takes its gazetteer name whatever language mentioned it
 * first (an Italian "Francia" and a Romanian "Franța" are "France"), and
 * a person the full name the stream supports best, not the garbled first
 * sighting (a full name whose surname is also written alone elsewhere
 * wins over one seen once); and the record gives every mention, also
 * those of the articles resolved before the name settled, the entity's
 * final name.  The texts are written for this test; the people in them
 * are invented. */
#include "nf_test.h"

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "newsfold.h"
#include "entities_testlib.h"

/* An article of `lang` through the pipeline, added to e. */
static void add(nf_pipeline *p, nf_entities *e, const char *id, const char *text,
                const char *lang)
{
    nf_article *a = analysed(p, id, text, lang);
    CHECK_INT(nf_entities_add_article(e, a), NF_OK);
    nf_article_free(a);
}

/* The canonical name of the entity that `variant` names, or "". */
static const char *name_of(nf_entities *e, const char *variant)
{
    size_t i;
    if (nf_entities_find(e, variant, &i) != NF_OK)
        return "";
    return nf_entity_name(e, i);
}

static void test_place_names(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_entities *e = nf_entities_new();
    CHECK(p && e);
    if (!p || !e)
        return;
    add(p, e, "it1", "Il ministro ha incontrato ieri a Roma i colleghi della Francia e "
                     "della Germania per discutere dei porti del Mediterraneo.", "it");
    add(p, e, "ro1", "Ministrul a declarat că Franța și Germania vor finanța noile "
                     "porturi de la Marea Neagră.", "ro");
    CHECK_STR(name_of(e, "Francia"), "France");
    CHECK_STR(name_of(e, "Franța"), "France");
    CHECK_STR(name_of(e, "Germania"), "Germany");
    nf_entities_free(e);
    nf_pipeline_free(p);
}

static void test_person_names(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_entities *e = nf_entities_new();
    CHECK(p && e);
    if (!p || !e)
        return;
    /* first sighting garbled, once; the usual spelling follows, also as a
     * surname alone */
    add(p, e, "en1", "The harbour master Teodor Vasquellin said on Monday that the new "
                     "quay would open in spring.", "en");
    add(p, e, "en2", "Harbour master Teodor Vasquelin inspected the quay on Friday. "
                     "Vasquelin said the cranes were ready. Vasquelin then left for "
                     "the capital.", "en");
    const char *a = name_of(e, "Teodor Vasquellin");
    const char *b = name_of(e, "Vasquelin");
    CHECK_STR(a, b);
    CHECK_STR(b, "Teodor Vasquelin");
    nf_entities_free(e);
    nf_pipeline_free(p);
}

static const char harbour1[] =
    "The harbour master Teodor Vasquellin said on Monday that the new quay would open in spring.";
static const char harbour2[] =
    "Harbour master Teodor Vasquelin inspected the quay on Friday. Vasquelin said the cranes "
    "were ready. Vasquelin then left for the capital.";

/* In the record, the first article's mention carries the final name. */
static void test_record_names(void)
{
    nf_pipeline *p = nf_pipeline_new();
    nf_record *rec = nf_record_new();
    CHECK(p && rec);
    if (!p || !rec)
        return;
    CHECK_INT(nf_record_add(rec, analysed(p, "h1", harbour1, "en")), NF_OK);
    CHECK_INT(nf_record_add(rec, analysed(p, "h2", harbour2, "en")), NF_OK);
    char *json = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&json, &len);
    CHECK(mem != NULL);
    if (!mem)
        return;
    CHECK_INT(nf_record_write_json(rec, mem, 0), NF_OK);
    fclose(mem);
    cJSON *doc = cJSON_ParseWithLength(json, len);
    CHECK(doc != NULL);
    const cJSON *ents = cJSON_GetObjectItemCaseSensitive(doc, "entities");
    const cJSON *arts = cJSON_GetObjectItemCaseSensitive(doc, "articles");
    int seen = 0;
    const cJSON *art;
    cJSON_ArrayForEach(art, arts) {
        const cJSON *m;
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(art, "entities")) {
            const char *id = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(m, "entity"));
            const char *nm = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(m, "name"));
            const cJSON *e;
            cJSON_ArrayForEach(e, ents) {
                const char *eid = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "id"));
                if (id && eid && strcmp(id, eid) == 0) {
                    CHECK_STR(nm ? nm : "", cJSON_GetStringValue(
                                  cJSON_GetObjectItemCaseSensitive(e, "name")));
                    if (nm && strcmp(nm, "Teodor Vasquelin") == 0)
                        seen++;
                }
            }
        }
    }
    CHECK(seen >= 2);   /* both articles name him the same */
    cJSON_Delete(doc);
    free(json);
    nf_record_free(rec);
    nf_pipeline_free(p);
}

int main(void)
{
    RUN(test_place_names);
    RUN(test_person_names);
    RUN(test_record_names);
    return nf_test_done();
}
