/* dates_int.h - internal interface of the dates scanner (nf_fx_dates).
 *
 * Shared by dates.c (the scan, weekdays and relative phrases),
 * dates_abs.c (absolute forms), dates_parts.c (reading the parts of a
 * date) and dates_cal.c (calendar arithmetic, output).  Offsets are norm
 * offsets (into the matching form d->norm, < d->nlen unless said);
 * readers return the end of what they read, or 0 when nothing is there.
 */
#ifndef NF_FACTS_DATES_INT_H
#define NF_FACTS_DATES_INT_H

#include <stddef.h>

#include "facts_int.h"

/* ---- dates_cal.c -------------------------------------------------------- */

/* ISO weekday (Monday 1 .. Sunday 7) of a day number (nf_fx_days). */
int nf_fx_date_weekday(long days);

/* Whether y-m-d is a date of the calendar (years 1..9999). */
int nf_fx_date_valid(int y, int m, int d);

/* Day number of the publication date (d->has_pub must be set). */
long nf_fx_date_pub(const nf_fx_doc *d);

/* Appends a date for norm[i..j) (i <= j <= nlen) to o: its text span,
 * `value` (at most 11 bytes kept; "" for none), granularity, relative and
 * uncertain flags; marks norm[i..j) as taken.  Errors: NF_ERR_NOMEM. */
nf_status nf_fx_date_add(nf_fx_doc *d, nf_fx_out *o, size_t i, size_t j,
                         const char *value, nf_granularity g, int rel, int unc);

/* Writes day number `days` as "YYYY-MM-DD" into buf (>= 32 bytes). */
void nf_fx_date_fmt_day(char *buf, long days);

/* Writes the ISO week of day number `days` as "YYYY-Www" into buf (>= 32
 * bytes). */
void nf_fx_date_fmt_week(char *buf, long days);

/* Year for month m, day dd given without one: the nearest before
 * publication (up to two months after it).  0 without a publication date
 * or when no year nearby has that day. */
int nf_fx_date_infer_year(const nf_fx_doc *d, int m, int dd);

/* Adds the day date y-m-dd found at norm[i..j): a missing year (y == 0) is
 * inferred from the publication date and the date is then flagged
 * uncertain when none can be; an impossible date keeps its span with no
 * value.  Errors of nf_fx_date_add. */
nf_status nf_fx_date_add_day(nf_fx_doc *d, nf_fx_out *o, size_t i,
                             size_t j, int y, int m, int dd);

/* ---- dates_parts.c ------------------------------------------------------ */

/* Reads 1..maxd digits (ASCII or any script's) at i into *val; 0 when
 * there are none or more than maxd. */
size_t nf_fx_date_digits(const nf_fx_doc *d, size_t i, int maxd, int *val);

/* First offset at or after j that is not a space or tab (at most nlen). */
size_t nf_fx_date_spaces(const nf_fx_doc *d, size_t j);

/* Whether a digit or a non-CJK letter is at norm[j] (0 at nlen). */
int nf_fx_date_glued(const nf_fx_doc *d, size_t j);

/* Whether the word just before norm[i] (spaces between) is a preposition
 * after which a month or a year alone is a date ("in", "nel", "seit"). */
int nf_fx_date_prep_before(const nf_fx_doc *d, size_t i);

/* A month name of the language tables starting a word at i: *month
 * (1-12) and *abbrev (whether it is an abbreviation of at most 4 bytes,
 * whose trailing '.' is then read too). */
size_t nf_fx_date_month_at(const nf_fx_doc *d, size_t i, int *month,
                           int *abbrev);

/* A year (4 digits, 1000-2999) at i, not glued to more digits or letters. */
size_t nf_fx_date_year_at(const nf_fx_doc *d, size_t i, int *year);

/* A day number (1-31) at i into *day, with an optional ordinal mark
 * ("7th", "7.", "1º", "7-го"); without one not glued to more digits or
 * letters. */
size_t nf_fx_date_day_at(const nf_fx_doc *d, size_t i, int *day);

/* Skips the spaces and an optional linker between date parts (",", "de",
 * "del", "of", "din") at j; returns where the next part starts. */
size_t nf_fx_date_link(const nf_fx_doc *d, size_t j);

/* ---- dates_abs.c -------------------------------------------------------- */

/* Tries the absolute forms of a date at i (i < nlen) and adds the one
 * found; returns its end or 0.  *st receives the error of adding it
 * (NF_ERR_NOMEM); it is left alone when nothing is found. */
size_t nf_fx_date_absolute(nf_fx_doc *d, nf_fx_out *o, size_t i,
                           nf_status *st);

/* ---- dates_lead.c ------------------------------------------------------- */

/* What a scan with d->probe set reports: the first day date (year 0 when
 * the text gives none) and the weekdays named without "last"/"next". */
typedef struct nf_fx_probe {
    int found;               /* a day date was read                        */
    size_t at;               /* its norm offset                            */
    int y, m, d;
    unsigned weekdays;       /* bit w (1 = Monday .. 7 = Sunday)           */
} nf_fx_probe;

/* Reports day date y-m-dd read at norm offset i to d->probe (no-op when
 * it is NULL or already holds an earlier date). */
void nf_fx_probe_day(nf_fx_doc *d, size_t i, int y, int m, int dd);

/* Reports bare weekday wd (1-7) to d->probe (no-op when it is NULL). */
void nf_fx_probe_weekday(nf_fx_doc *d, int wd);

#endif
