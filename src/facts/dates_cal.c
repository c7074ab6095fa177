/* dates_cal.c - calendar arithmetic for the dates scanner, and the one
 * place a date is written into the output.
 *
 * Day numbers (days since 1970-01-01, proleptic Gregorian) make relative
 * dates plain subtraction: a weekday, a week or a day before publication.
 * A day and month with no year take the year that puts them nearest
 * before publication (up to two months after it).  Every date found goes
 * through nf_fx_date_add, which also marks its bytes as taken so that the
 * figures scanner does not read "7" of "7 January" as a count.
 */
#include <stdio.h>
#include <string.h>

#include "dates_int.h"
#include "core/grow.h"

/* Civil date to days since 1970-01-01 (proleptic Gregorian). */
long nf_fx_days(int y, int m, int d)
{
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void nf_fx_civil(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

/* ISO weekday (Monday 1 .. Sunday 7) of a day number. */
int nf_fx_date_weekday(long days)
{
    return (int)((days % 7 + 7 + 3) % 7) + 1;
}

static int days_in_month(int y, int m)
{
    static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int nf_fx_date_valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days_in_month(y, m);
}

long nf_fx_date_pub(const nf_fx_doc *d)
{
    return nf_fx_days(d->pub_y, d->pub_m, d->pub_d);
}

/* Appends a date for norm[i..j). */
nf_status nf_fx_date_add(nf_fx_doc *d, nf_fx_out *o, size_t i, size_t j,
                         const char *value, nf_granularity g, int rel, int unc)
{
    if (nf_grow(&o->dates, &o->cap_dates, o->n_dates, sizeof *o->dates, 16))
        return NF_ERR_NOMEM;
    nf_date_fact *f = &o->dates[o->n_dates++];
    memset(f, 0, sizeof *f);
    f->span.start = nf_fx_to_text(d, i);
    f->span.end = nf_fx_to_text(d, j);
    snprintf(f->value, sizeof f->value, "%.11s", value);
    f->granularity = g;
    f->relative = rel;
    f->uncertain = unc;
    memset(d->taken + i, 1, j - i);
    return NF_OK;
}

void nf_fx_date_fmt_day(char *buf, long days)
{
    int y, m, dd;
    nf_fx_civil(days, &y, &m, &dd);
    snprintf(buf, 32, "%04d-%02d-%02d", y, m, dd);
}

/* ISO week "YYYY-Www" of a day number. */
void nf_fx_date_fmt_week(char *buf, long days)
{
    long thursday = days - nf_fx_date_weekday(days) + 4;
    int y, m, dd;
    nf_fx_civil(thursday, &y, &m, &dd);
    long jan1 = nf_fx_days(y, 1, 1);
    int w = (int)((thursday - jan1) / 7) + 1;
    snprintf(buf, 32, "%04d-W%02d", y, w);
}

/* Year for day/month without one: nearest before publication (up to two
 * months after it).  Returns 0 without a publication date. */
int nf_fx_date_infer_year(const nf_fx_doc *d, int m, int dd)
{
    if (!d->has_pub)
        return 0;
    long p = nf_fx_date_pub(d);
    int best = 0;
    long bestdist = 0;
    for (int y = d->pub_y - 1; y <= d->pub_y + 1; y++) {
        if (!nf_fx_date_valid(y, m, dd))
            continue;
        long x = nf_fx_days(y, m, dd);
        long dist = x <= p ? p - x : (x - p <= 62 ? (x - p) * 2 : 100000);
        if (!best || dist < bestdist) {
            best = y;
            bestdist = dist;
        }
    }
    return best;
}

/* Adds the day date y-m-dd found at [i, j): a missing year (y == 0) is
 * inferred from the publication date and the date is then flagged
 * uncertain when none can be; an impossible date keeps its span with no
 * value.  Returns what nf_fx_date_add() returns. */
nf_status nf_fx_date_add_day(nf_fx_doc *d, nf_fx_out *o, size_t i,
                             size_t j, int y, int m, int dd)
{
    char buf[40]; /* room for any three ints: keeps -Wformat-truncation quiet at -O3 */
    int unc = 0;
    nf_fx_probe_day(d, i, y, m, dd);
    if (!y) {
        y = nf_fx_date_infer_year(d, m, dd);
        unc = !y;
    }
    if (y && nf_fx_date_valid(y, m, dd))
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
    else
        buf[0] = 0;
    return nf_fx_date_add(d, o, i, j, buf, NF_GRAN_DAY, 0, unc);
}
