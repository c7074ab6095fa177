/* test_fold_gap.c - round 13: a story silent for a week is closed.
 *
 * Three reports on one affair (the same people, place and figures, told
 * differently) are folded with dates: days apart they are one story;
 * when the third comes ten days after the second it starts a new story,
 * linked to the first by the storyline.  The option `story_gap_days`
 * moves the limit, and an undated article (placed at the date of the last
 * dated one) neither is refused by the gap nor keeps a story open.  One
 * article misdated by decades does not close every held story
 * (nf_fd_advance_now).  Fixture texts are our own writing. */
#include <math.h>

#include "nf_test.h"
#include "fold_testlib.h"
#include "fold/folder_int.h"

static const char *const A =
    "Harbour authority chief Orsolya Brandtmeier resigned in Kelvindorf on Monday "
    "after auditors found 4,780,000 euros missing from the Quayline dredging fund. "
    "Brandtmeier said the Quayline accounts were kept by the contractor Fennick Hollis.";
static const char *const B =
    "Auditors in Kelvindorf traced 4,780,000 euros of the Quayline dredging fund to "
    "accounts of Fennick Hollis, days after Orsolya Brandtmeier stepped down as "
    "harbour authority chief. Fennick Hollis denied any wrongdoing.";
static const char *const C =
    "Prosecutors in Kelvindorf charged Fennick Hollis over the Quayline dredging fund, "
    "in which 4,780,000 euros went missing; former harbour chief Orsolya Brandtmeier "
    "will testify, her lawyer said.";

/* Folds texts[0..n) in English dated dates[i] (NULL = undated) with
 * options `o` (NULL = defaults); q[i] receives the decisions. */
static void fold_opts(const char *const *texts, const char *const *dates, int n,
                      const nf_fold_options *o, nf_fold_result *q)
{
    nf_folder *f = nf_folder_new(o);
    CHECK(f != NULL);
    for (int i = 0; i < n && f; i++) {
        char id[16];
        snprintf(id, sizeof id, "u%d", i);
        nf_article *a = make_dated(id, texts[i], "en", dates[i], 3);
        CHECK_INT(nf_folder_add(f, a, &q[i]), NF_OK);
        nf_article_free(a);
    }
    nf_folder_free(f);
}

/* Folds A, B, C dated d[0..3) with options `o` (NULL = defaults). */
static void fold3(const char *const d[3], const nf_fold_options *o, nf_fold_result res[3])
{
    const char *const texts[3] = { A, B, C };
    fold_opts(texts, d, 3, o, res);
}

/* fold_opts with default options. */
static void fold_dated(const char *const *texts, const char *const *dates, int n,
                       nf_fold_result *q)
{
    fold_opts(texts, dates, n, NULL, q);
}

static void test_days_apart_one_story(void)
{
    const char *const d[3] = { "2026-04-01", "2026-04-03", "2026-04-08" };
    nf_fold_result r[3];
    fold3(d, NULL, r);
    CHECK(r[0].story == r[1].story);
    CHECK(r[1].story == r[2].story);
}

static void test_silent_week_new_story_same_line(void)
{
    const char *const d[3] = { "2026-04-01", "2026-04-03", "2026-04-13" };
    nf_fold_result r[3];
    fold3(d, NULL, r);
    CHECK(r[0].story == r[1].story);
    CHECK(r[2].story != r[1].story);          /* 10 days after the last */
    CHECK(r[2].storyline == r[1].storyline);  /* the same development */
}

static void test_gap_option(void)
{
    const char *const d[3] = { "2026-04-01", "2026-04-03", "2026-04-13" };
    nf_fold_options o = { 14, 0, 12 };
    nf_fold_result r[3];
    fold3(d, &o, r);
    CHECK(r[2].story == r[1].story);
    /* a gap above the window is the window */
    nf_fold_options o2 = { 8, 0, 30 };
    fold3(d, &o2, r);
    CHECK(r[2].story != r[1].story);
}

static const char *const OTHER = "Weather: rain in the north, sun in the south on 2 days.";

static void test_undated(void)
{
    /* an undated article is placed at the last dated article's date (10
     * April): A's story, silent for 9 days, is closed to dated articles
     * but not to it (its date is a guess) */
    const char *const t1[3] = { A, OTHER, B };
    const char *const d1[3] = { "2026-04-01", "2026-04-10", NULL };
    nf_fold_result r[3];
    fold_dated(t1, d1, 3, r);
    CHECK(r[2].story == r[0].story);
    const char *const d2[3] = { "2026-04-01", "2026-04-10", "2026-04-10" };
    fold_dated(t1, d2, 3, r);
    CHECK(r[2].story != r[0].story);
    /* an undated article does not carry its story's date forward: B
     * undated joins A (1 April) while the last date is 12 April; C on 13
     * April is then 12 days after the story's last dated article */
    const char *const t2[4] = { A, OTHER, B, C };
    const char *const d3[4] = { "2026-04-01", "2026-04-12", NULL, "2026-04-13" };
    nf_fold_result q[4];
    fold_dated(t2, d3, 4, q);
    CHECK(q[2].story == q[0].story);
    CHECK(q[3].story != q[0].story);
}

/* One article misdated by decades (a parse error) must not close every
 * held story: the sweeps (every 256 articles) read the newest date seen,
 * which such a date alone does not move.  A jump confirmed by the next
 * dated article (a new batch a month later) does move it. */
static void misdated(int first)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_fold_result ra, rc;
    nf_article *a;
    if (first) {   /* the very first article: nothing to compare it with */
        a = make_dated("m1", OTHER, "en", "2066-04-01", 3);
        CHECK_INT(nf_folder_add(f, a, &rc), NF_OK);
        nf_article_free(a);
    }
    a = make_dated("m0", A, "en", "2026-04-01", 3);
    CHECK_INT(nf_folder_add(f, a, &ra), NF_OK);
    nf_article_free(a);
    if (!first) {
        a = make_dated("m1", OTHER, "en", "2066-04-01", 3);
        CHECK_INT(nf_folder_add(f, a, &rc), NF_OK);
        nf_article_free(a);
    }
    for (int i = 0; i < 300; i++) {   /* enough for a sweep */
        char id[16], text[96];
        snprintf(id, sizeof id, "m%d", i + 2);
        snprintf(text, sizeof text, "Note %d: the reading room of Skelby library opens at %d.", i, 900 + i);
        a = make_dated(id, text, "en", "2026-04-02", 1);
        CHECK_INT(nf_folder_add(f, a, &rc), NF_OK);
        nf_article_free(a);
    }
    a = make_dated("mb", B, "en", "2026-04-03", 3);
    CHECK_INT(nf_folder_add(f, a, &rc), NF_OK);
    nf_article_free(a);
    CHECK(rc.story == ra.story);
    nf_folder_free(f);
}

static void test_misdated_article(void)
{
    misdated(0);
    misdated(1);
}

/* nf_fd_advance_now: a jump past the window needs two dated articles. */
static void test_advance_now(void)
{
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_fd_advance_now(f, 100);
    CHECK(f->now == 100);
    f->recent = 100;
    nf_fd_advance_now(f, 110);      /* within the window */
    CHECK(f->now == 110);
    f->recent = 110;
    nf_fd_advance_now(f, 90);       /* earlier: no change */
    nf_fd_advance_now(f, NAN);      /* undated: no change */
    CHECK(f->now == 110);
    nf_fd_advance_now(f, 5000);     /* alone, far ahead: no */
    CHECK(f->now == 110);
    f->recent = 5000;               /* ... until the next one agrees */
    nf_fd_advance_now(f, 5001);
    CHECK(f->now == 5001);
    f->recent = 5001;
    nf_fd_advance_now(f, 200);      /* far behind: a `now` that two gave stays */
    f->recent = 200;
    nf_fd_advance_now(f, 190);
    CHECK(f->now == 5001);
    nf_folder_free(f);
    f = nf_folder_new(NULL);        /* a first article far ahead ... */
    CHECK(f != NULL);
    if (!f)
        return;
    nf_fd_advance_now(f, 9000);
    f->recent = 9000;
    nf_fd_advance_now(f, 200);      /* ... and two far behind it */
    CHECK(f->now == 9000);
    f->recent = 200;
    nf_fd_advance_now(f, 190);
    CHECK(f->now == 200);
    nf_folder_free(f);
}

int main(void)
{
    RUN(test_days_apart_one_story);
    RUN(test_silent_week_new_story_same_line);
    RUN(test_gap_option);
    RUN(test_undated);
    RUN(test_misdated_article);
    RUN(test_advance_now);
    return nf_test_done();
}
