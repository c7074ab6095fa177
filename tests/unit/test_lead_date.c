/* test_lead_date.c - an article without a date takes the day its lead
 * gives (facts/dates_lead.c through the pipeline), and an undated article
 * is placed at the date of the article that arrived before it, so that an
 * input read out of time order still folds (fold/folder.c).  Texts are the
 * test's own; names and events are invented. */
#include <stdio.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "core/article_int.h"
#include "fold_testlib.h"

/* Runs the pipeline over JSON Lines `jsonl`; out gets up to max
 * articles (the caller frees them).  Returns how many were read. */
static size_t run(const char *jsonl, nf_article **out, size_t max)
{
    nf_reader_options ro = { .format = NF_FORMAT_JSONL };
    nf_reader *rd = nf_reader_new(&ro);
    nf_pipeline *pl = nf_pipeline_new();
    size_t n = 0;
    if (!rd || !pl ||
        nf_reader_add_buffer(rd, "lead.jsonl", jsonl, strlen(jsonl)) != NF_OK) {
        nf_reader_free(rd);
        nf_pipeline_free(pl);
        return 0;
    }
    nf_article *a;
    while (n < max && nf_reader_next(rd, &a) == NF_OK && a) {
        CHECK_INT(nf_pipeline_run(pl, a), NF_OK);
        out[n++] = a;
    }
    nf_pipeline_free(pl);
    nf_reader_free(rd);
    return n;
}

static const char *pub(const nf_article *a)
{
    const char *p = nf_article_published(a);
    return p ? p : "(none)";
}

/* The lead's day, its year chosen by the weekday it names. */
static void test_dateline_weekday(void)
{
    const char *in =
        "{\"id\":\"ref\",\"published\":\"2027-03-01\",\"text\":\"The council of "
        "Drevnik met again. Nothing was decided.\"}\n"
        /* Feb 10 is a Tuesday in 2026, a Wednesday in 2027: the weekday
         * takes the year back */
        "{\"id\":\"wire\",\"text\":\"VARNELL, Norland, Feb 10 - A ferry ran aground "
        "off Varnell on Tuesday, the harbour office said. All 212 passengers "
        "were taken ashore.\"}\n"
        /* no weekday: the year nearest before the latest date seen */
        "{\"id\":\"plain\",\"text\":\"OSTRAVEN, Norland, Feb 10 - The ferry line "
        "suspended its night crossings. It will resume them in April.\"}\n"
        /* a weekday that moves the year further back: Feb 10 was a Monday in 2025 */
        "{\"id\":\"monday\",\"text\":\"On Monday, 10 February, the line's owner "
        "Kessa Varn resigned. Her deputy takes over.\"}\n";
    nf_article *a[4] = { 0 };
    size_t n = run(in, a, 4);
    CHECK_INT((long long)n, 4);
    if (n < 4)
        goto out;
    CHECK_STR(pub(a[0]), "2027-03-01");
    CHECK_STR(pub(a[1]), "2026-02-10");
    CHECK_STR(pub(a[2]), "2027-02-10");
    CHECK_STR(pub(a[3]), "2025-02-10");
    /* the guess is never silent */
    int noted = 0;
    for (size_t i = 0; i < nf_article_diag_count(a[1]); i++) {
        const nf_diag *d = nf_article_diag(a[1], i);
        noted += d->severity == NF_SEV_NOTE && strstr(d->message, "2026-02-10") != NULL;
    }
    CHECK_INT(noted, 1);
    /* relative dates of the article resolve against the date found */
    const nf_facts *f = nf_article_facts(a[1]);
    int tuesday = 0;
    for (size_t i = 0; f && i < nf_facts_date_count(f); i++)
        tuesday += !strcmp(nf_facts_date(f, i)->value, "2026-02-10");
    CHECK(tuesday >= 2);   /* "Feb 10" and "on Tuesday" */
out:
    for (size_t i = 0; i < n; i++)
        nf_article_free(a[i]);
}

/* A year written in the lead; other scripts; dates the stage must leave. */
static void test_written_and_left(void)
{
    const char *in =
        "{\"id\":\"de\",\"language\":\"de\",\"text\":\"Am Mittwoch, 18. Februar 2026, "
        "unterzeichneten 12 Staaten in Lindau ein Abkommen über Flussfischerei. "
        "Es tritt im Sommer in Kraft.\"}\n"
        "{\"id\":\"uk\",\"language\":\"uk\",\"text\":\"Сильна злива, що у вівторок, "
        "10 лютого, накрила місто Гаврилівка, затопила 40 будинків. Рятувальники "
        "працюють досі.\"}\n"
        /* a date only in the third sentence: not the lead's */
        "{\"id\":\"late\",\"text\":\"The museum reopened its east wing. Visitors "
        "queued for hours. The west wing closed on 3 March 2026 for repairs.\"}\n"
        /* an input date wins over the lead's */
        "{\"id\":\"given\",\"published\":\"2026-05-05\",\"text\":\"LORVIK, Feb 10 - "
        "Snow closed the pass on Tuesday. Drivers waited overnight.\"}\n";
    nf_article *a[4] = { 0 };
    size_t n = run(in, a, 4);
    CHECK_INT((long long)n, 4);
    if (n < 4)
        goto out;
    CHECK_STR(pub(a[0]), "2026-02-18");
    CHECK_STR(pub(a[1]), "2026-02-10");   /* year from the ref 2026-02-18 and the weekday */
    CHECK_STR(pub(a[2]), "(none)");
    CHECK_STR(pub(a[3]), "2026-05-05");
out:
    for (size_t i = 0; i < n; i++)
        nf_article_free(a[i]);
}

/* --- folding: an undated article stands at the last date that arrived -- */

static const char body_en[] =
    "A crane collapsed onto a cargo ship at Port Quellin on Tuesday, harbour master Ilse Marbury said.\n"
    "Nobody was hurt, but 41 containers fell into the water and the north quay was closed.\n"
    "The crane, built in 1983, had passed an inspection in March, its operator Dovrane Shipping said.\n"
    "Shipping lines face delays of up to 36 hours until the quay is cleared.\n";
static const char body_de[] =
    "Im Hafen von Port Quellin ist am Dienstag ein Kran auf ein Frachtschiff gest\xC3\xBC" "rzt, sagte Hafenmeisterin Ilse Marbury.\n"
    "Verletzt wurde niemand, aber 41 Container fielen ins Wasser, und der Nordkai wurde gesperrt.\n"
    "Der Kran, gebaut 1983, hatte im M\xC3\xA4" "rz eine Pr\xC3\xBC" "fung bestanden, so der Betreiber Dovrane Shipping.\n"
    "Reedereien m\xC3\xBC" "ssen mit Versp\xC3\xA4" "tungen von bis zu 36 Stunden rechnen, bis der Kai ger\xC3\xA4" "umt ist.\n";
static const char body_other[] =
    "The town council of Brisleigh voted 9 to 2 to build a new library on Fenwick Street.\n"
    "Mayor Tobias Orrin said the library would open in 2028 and cost 14 million pounds.\n";


static void test_undated_after_older(void)
{
    /* arrival order is not time order: a newer story first, then the
     * crane report of a month before, then its undated translation */
    nf_folder *f = nf_folder_new(NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    nf_article *arts[3] = {
        make_dated("other", body_other, "en", "2026-04-20", 2),
        make_dated("crane-en", body_en, "en", "2026-03-17", 4),
        make_dated("crane-de", body_de, "de", NULL, 4),
    };
    nf_fold_result r[3];
    for (int i = 0; i < 3; i++)
        CHECK_INT(nf_folder_add(f, arts[i], &r[i]), NF_OK);
    CHECK(r[1].story != r[0].story);
    CHECK(r[2].story == r[1].story);   /* placed on 2026-03-17, not 04-20 */
    for (int i = 0; i < 3; i++)
        nf_article_free(arts[i]);
    nf_folder_free(f);
}

int main(void)
{
    RUN(test_dateline_weekday);
    RUN(test_written_and_left);
    RUN(test_undated_after_older);
    return nf_test_done();
}
