/* test_fold_merge.c - story merging: two parts of one report that did not
 * link (English and Russian, little in common) are two stories until a
 * third part (French) overlapping both arrives; then the newer story
 * joins the older (the folder says which it merged) and the record
 * relabels its articles.  An unrelated article merges nothing.  The
 * fixtures are written for this test (an invented ferry grounding). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "fold/fold_int.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* sentences 1-4 of the report */
static const char text_en[] =
    "The ferry Maren Solvig ran aground near Skellan Point on Sunday night with 212 passengers on board.\n"
    "Captain Oskar Threlwyn said the ship lost power at 23:40 in a gale.\n"
    "Rescue boats from Dunmere and Kallick Bay took everyone ashore by 4 a.m.\n"
    "The operator, Westhaven Lines, said the hull was intact but 38 cars were damaged.\n";

/* sentences 4-8, in Russian (the operator's name left in Latin letters,
 * the other names in Cyrillic) */
static const char text_ru[] =
    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F Westhaven Lines \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0, \xD1\x87\xD1\x82\xD0\xBE \xD0\xBA\xD0\xBE\xD1\x80\xD0\xBF\xD1\x83\xD1\x81 \xD1\x86\xD0\xB5\xD0\xBB, \xD0\xBD\xD0\xBE 38 \xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD0\xBC\xD0\xBE\xD0\xB1\xD0\xB8\xD0\xBB\xD0\xB5\xD0\xB9 \xD0\xBF\xD0\xBE\xD0\xB2\xD1\x80\xD0\xB5\xD0\xB6\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x8B.\n"
    "\xD0\x9C\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80 \xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD1\x81\xD0\xBF\xD0\xBE\xD1\x80\xD1\x82\xD0\xB0 \xD0\x98\xD0\xBB\xD1\x8C\xD0\xB7\xD0\xB0 \xD0\x91\xD1\x80\xD0\xB0\xD0\xBD\xD0\xBE\xD1\x85 \xD1\x80\xD0\xB0\xD1\x81\xD0\xBF\xD0\xBE\xD1\x80\xD1\x8F\xD0\xB4\xD0\xB8\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8C \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD0\xB8 \xD1\x80\xD0\xB0\xD1\x81\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xB8 \xD0\xB2\xD1\x81\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8C \xD1\x81\xD0\xBE \xD1\x81\xD0\xBF\xD0\xB0\xD1\x81\xD1\x91\xD0\xBD\xD0\xBD\xD1\x8B\xD0\xBC\xD0\xB8 \xD0\xB2 \xD0\x94\xD0\xB0\xD0\xBD\xD0\xBC\xD0\xB8\xD1\x80\xD0\xB5.\n"
    "\xD0\x98\xD0\xBD\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD1\x8B \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8 \xD0\x9A\xD0\xBE\xD1\x80\xD1\x80\xD0\xBE\xD1\x83 \xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD0\xBD \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x80\xD1\x8F\xD1\x82 \xD0\xB4\xD0\xB2\xD0\xB8\xD0\xB3\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8, \xD0\xBD\xD0\xB0 \xD1\x8D\xD1\x82\xD0\xBE \xD1\x83\xD0\xB9\xD0\xB4\xD1\x91\xD1\x82 \xD0\xBE\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE 19 \xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB9.\n"
    "\xD0\x9F\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB2\xD0\xBE\xD0\xB7\xD1\x87\xD0\xB8\xD0\xBA \xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xBB 64 \xD1\x80\xD0\xB5\xD0\xB9\xD1\x81\xD0\xB0 \xD0\xB4\xD0\xBE 21 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0.\n"
    "\xD0\xA1\xD1\x82\xD1\x80\xD0\xB0\xD1\x85\xD0\xBE\xD0\xB2\xD1\x89\xD0\xB8\xD0\xBA \xD0\xA5\xD0\xB0\xD0\xBB\xD0\xB2\xD0\xB0\xD1\x80\xD0\xB4 \xD0\x9C\xD1\x8C\xD1\x8E\xD1\x87\xD1\x83\xD0\xB0\xD0\xBB \xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xBB \xD1\x83\xD1\x89\xD0\xB5\xD1\x80\xD0\xB1 \xD0\xB2 3,6 \xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0 \xD0\xB5\xD0\xB2\xD1\x80\xD0\xBE.\n";

/* sentences 2-6, in French: overlaps both */
static const char text_fr[] =
    "Le capitaine Oskar Threlwyn a d\xC3\xA9" "clar\xC3\xA9 que le navire avait perdu sa propulsion "
    "\xC3\xA0 23h40 dans la temp\xC3\xAA" "te.\n"
    "Des canots de Dunmere et de Kallick Bay ont ramen\xC3\xA9 tout le monde \xC3\xA0 terre avant "
    "4 heures.\n"
    "L'exploitant, Westhaven Lines, affirme que la coque est intacte mais que 38 voitures sont "
    "endommag\xC3\xA9" "es.\n"
    "La ministre des transports Ilse Brannoch a ordonn\xC3\xA9 une enqu\xC3\xAA" "te et rencontr\xC3\xA9 "
    "des rescap\xC3\xA9s \xC3\xA0 Dunmere.\n"
    "Les ing\xC3\xA9nieurs de Corrow Marine inspecteront les moteurs, un travail de 19 jours.\n";

/* another story */
static const char text_other[] =
    "The orchestra of Velmont gave its last concert in the old Brask Hall on Friday.\n"
    "Conductor Pia Lundqvar led 86 musicians through a programme of Sibelius and Nielsen.\n"
    "The hall, opened in 1911, will be demolished in May to make room for 140 flats.\n";

static void test_folder_merge(void)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_article *en = make("en", text_en, "en", 4), *ru = make("ru", text_ru, "ru", 5),
               *other = make("other", text_other, "en", 3), *fr = make("fr", text_fr, "fr", 5);
    nf_fold_result ren, rru, rot, rfr;
    CHECK_INT(nf_folder_add(f, en, &ren), NF_OK);
    CHECK_INT(nf_folder_add(f, ru, &rru), NF_OK);
    CHECK(rru.story != ren.story);             /* too little in common */
    CHECK(nf_folder_last_merged(f) == 0);
    CHECK_INT(nf_folder_add(f, other, &rot), NF_OK);
    CHECK(rot.story != ren.story && rot.story != rru.story);
    CHECK(nf_folder_last_merged(f) == 0);      /* nothing bridged */
    CHECK_INT(nf_folder_add(f, fr, &rfr), NF_OK);
    CHECK(rfr.story == ren.story);             /* the older story survives */
    CHECK(nf_folder_last_merged(f) == rru.story);
    nf_folder_held h;
    nf_folder_held_get(f, &h);
    CHECK_INT((long long)h.merges, 1);
    CHECK_INT((long long)h.stories, 2);
    /* a later part joins the survivor */
    nf_article *en2 = make("en2", text_en, "en", 4);
    nf_fold_result r2;
    CHECK_INT(nf_folder_add(f, en2, &r2), NF_OK);
    CHECK(r2.story == ren.story);
    nf_article_free(en);
    nf_article_free(ru);
    nf_article_free(other);
    nf_article_free(fr);
    nf_article_free(en2);
    nf_folder_free(f);
}

/* The record (analyze) relabels the merged story's earlier articles. */
static void test_record_merge(void)
{
    nf_record *r = nf_record_new();
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_INT(nf_record_add(r, make("en", text_en, "en", 4)), NF_OK);
    CHECK_INT(nf_record_add(r, make("ru", text_ru, "ru", 5)), NF_OK);
    long long before = nf_article_fold(nf_record_article(r, 1)).story;
    CHECK(before != nf_article_fold(nf_record_article(r, 0)).story);
    CHECK_INT(nf_record_add(r, make("other", text_other, "en", 3)), NF_OK);
    CHECK_INT(nf_record_add(r, make("fr", text_fr, "fr", 5)), NF_OK);
    long long s0 = nf_article_fold(nf_record_article(r, 0)).story;
    CHECK(nf_article_fold(nf_record_article(r, 1)).story == s0);
    CHECK(nf_article_fold(nf_record_article(r, 3)).story == s0);
    CHECK(nf_article_fold(nf_record_article(r, 2)).story != s0);
    nf_record_free(r);
}

int main(void)
{
    RUN(test_folder_merge);
    RUN(test_record_merge);
    return nf_test_done();
}
