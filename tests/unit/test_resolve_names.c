/* test_resolve_names.c - the canonical name an entity gets from the
 * stream: a place takes its gazetteer name whatever language mentioned it
 * first (an Italian "Francia" and a Romanian "Franța" are "France"), and
 * a person the full name the stream supports best, not the garbled first
 * sighting (a full name whose surname is also written alone elsewhere
 * wins over one seen once).  The texts are written for this test; the
 * people in them are invented. */
#include "nf_test.h"

#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "core/article_int.h"

/* An article of `lang` through the pipeline, added to e. */
static void add(nf_pipeline *p, nf_entities *e, const char *id, const char *text,
                const char *lang)
{
    nf_article *a = nf_article_new();
    if (!a)
        exit(1);
    nf_article_set(a, &a->id, id, strlen(id));
    nf_article_set(a, &a->source, "fixture", 7);
    nf_article_set(a, &a->format, "text", 4);
    nf_article_set_text(a, text, strlen(text));
    nf_article_set_language(a, lang, 0.9);
    nf_article_finish(a);
    CHECK_INT(nf_pipeline_run(p, a), NF_OK);
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

int main(void)
{
    RUN(test_place_names);
    RUN(test_person_names);
    return nf_test_done();
}
