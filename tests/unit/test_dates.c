/* test_dates.c - dates: absolute forms, relative ones resolved against
 * the publication date, granularity and the uncertainty flag. */
#include <string.h>
#include "nf_test.h"
#include "newsfold.h"

/* Value of the first date whose text is `what` in `text`, or "?". */
static const char *date_of(const char *text, const char *lang, const char *pub,
                           const char *what, int *gran, int *unc)
{
    static char buf[16];
    nf_facts *f = NULL;
    strcpy(buf, "?");
    if (nf_facts_extract(text, strlen(text), lang, pub, &f))
        return "error";
    for (size_t i = 0; i < nf_facts_date_count(f); i++) {
        const nf_date_fact *d = nf_facts_date(f, i);
        if (d->span.end - d->span.start == strlen(what) &&
            !memcmp(text + d->span.start, what, strlen(what))) {
            strcpy(buf, d->value);
            if (gran)
                *gran = (int)d->granularity;
            if (unc)
                *unc = d->uncertain;
            break;
        }
    }
    nf_facts_free(f);
    return buf;
}

static void test_absolute(void)
{
    int g = -1;
    CHECK_STR(date_of("Il 7 gennaio 2026 a Roma.", "it", NULL, "7 gennaio 2026", &g, NULL), "2026-01-07");
    CHECK_INT(g, NF_GRAN_DAY);
    CHECK_STR(date_of("会議は2026年1月7日に開かれた。", "ja", NULL, "2026年1月7日", NULL, NULL), "2026-01-07");
    CHECK_STR(date_of("Pe 7 ianuarie 2026 la Paris.", "ro", NULL, "7 ianuarie 2026", NULL, NULL), "2026-01-07");
    CHECK_STR(date_of("Am 07.01.2026 war es kalt.", "de", NULL, "07.01.2026", NULL, NULL), "2026-01-07");
    CHECK_STR(date_of("It began in March 2023 in Kyiv.", "en", NULL, "March 2023", &g, NULL), "2023-03");
    CHECK_INT(g, NF_GRAN_MONTH);
    CHECK_STR(date_of("令状は2023年3月に出された。", "ja", NULL, "2023年3月", NULL, NULL), "2023-03");
    CHECK_STR(date_of("Le 7 janvier 2026, à Paris.", "fr", NULL, "7 janvier 2026", NULL, NULL), "2026-01-07");
    CHECK_STR(date_of("El 7 de enero de 2026 llovió.", "es", NULL, "7 de enero de 2026", NULL, NULL), "2026-01-07");
    CHECK_STR(date_of("7 января 2026 года в Москве.", "ru", NULL, "7 января 2026 года", NULL, NULL), "2026-01-07");
    /* a day and month without a year take the publication's year */
    CHECK_STR(date_of("Talks began on January 7 in Geneva.", "en", "2026-01-09", "January 7", NULL, NULL), "2026-01-07");
    CHECK_STR(date_of("Talks began on December 30 in Geneva.", "en", "2026-01-09", "December 30", NULL, NULL), "2025-12-30");
    /* "mai" alone is an adverb, not May */
    CHECK_STR(date_of("Este mai bine acum.", "ro", "2026-01-07", "mai", NULL, NULL), "?");
}

static void test_relative(void)
{
    int unc = -1;
    /* seed 004: published Wednesday 2026-01-07, "marți" is the day before */
    CHECK_STR(date_of("reuniunea de la Paris de marți", "ro", "2026-01-07", "marți", NULL, &unc), "2026-01-06");
    CHECK_INT(unc, 0);
    CHECK_STR(date_of("Ci siamo visti martedì.", "it", "2026-01-07", "martedì", NULL, NULL), "2026-01-06");
    CHECK_STR(date_of("They met on Wednesday.", "en", "2026-01-07", "Wednesday", NULL, &unc), "2026-01-07");
    CHECK_INT(unc, 1);                        /* today, or a week ago? */
    CHECK_STR(date_of("会談は水曜日に行われた。", "ja", "2026-01-09", "水曜日", NULL, NULL), "2026-01-07");
    CHECK_STR(date_of("È successo ieri.", "it", "2026-01-07", "ieri", NULL, NULL), "2026-01-06");
    int g = -1;
    CHECK_STR(date_of("It happened last week.", "en", "2026-01-07", "last week", &g, NULL), "2026-W01");
    CHECK_INT(g, NF_GRAN_WEEK);
    /* 先週金曜日: Friday of the previous week (pub Wednesday 2026-01-07) */
    CHECK_STR(date_of("先週金曜日に会談した。", "ja", "2026-01-07", "先週金曜日", NULL, NULL), "2026-01-02");
    CHECK_STR(date_of("Ne-am întâlnit vinerea trecută.", "ro", "2026-01-07", "vinerea trecută", NULL, NULL), "2026-01-02");
    CHECK_STR(date_of("Визит состоится в следующий вторник.", "ru", "2026-01-07", "следующий вторник", NULL, NULL), "2026-01-13");
    /* without a publication date: no value, flagged */
    CHECK_STR(date_of("They met on Wednesday.", "en", NULL, "Wednesday", NULL, &unc), "");
    CHECK_INT(unc, 1);
    /* a weekday told as a plan is the next such day (pub Monday 2026-03-16) */
    CHECK_STR(date_of("The commissioner will announce the payments on Tuesday.", "en", "2026-03-16", "Tuesday", NULL, NULL), "2026-03-17");
    CHECK_STR(date_of("Η επίτροπος θα ανακοινώσει τις πληρωμές την Τρίτη.", "el", "2026-03-16", "Τρίτη", NULL, NULL), "2026-03-17");
    CHECK_STR(date_of("La commissaria dovrebbe annunciare i pagamenti giovedì.", "it", "2026-03-16", "giovedì", NULL, NULL), "2026-03-19");
    CHECK_STR(date_of("会合は木曜日に開く予定だ。", "ja", "2026-03-16", "木曜日", NULL, NULL), "2026-03-19");
    /* a plan told after the day, in a language whose verb comes first, is
     * another clause's: the storm hit last Tuesday */
    CHECK_STR(date_of("The storm hit the coast on Tuesday and will weaken by Friday.", "en", "2026-03-16", "Tuesday", NULL, NULL), "2026-03-10");
    /* "trei luni" is three months, not Monday */
    CHECK_STR(date_of("A durat trei luni.", "ro", "2026-01-07", "luni", NULL, NULL), "?");
}

int main(void)
{
    RUN(test_absolute);
    RUN(test_relative);
    return nf_test_done();
}
