/* dates.c - dates in the text, absolute and relative, resolved against
 * the publication date.
 *
 * Absolute: ISO "2026-01-07"; "07.01.2026" and "7/1/2026" (day first, but
 * month first in English when the day cannot be a month: flagged
 * uncertain when both readings are valid); CJK "2026年1月7日", "1月7日",
 * "2023年3月" (and Korean 년/월/일); a day and a month name with or
 * without a year in every table language ("7 gennaio 2026", "7 de enero
 * de 2026", "January 7, 2026", "7. Januar", "7 января 2026 года"); a month
 * and a year ("March 2023", "marzo del 2023"); a month or a year after a
 * preposition ("in March", "nel 2025").  A month name with no day or year
 * next to it is ignored: "mai" is also a Romanian adverb, "May" an English
 * verb.
 * Relative: weekdays ("marți", "on Wednesday", "水曜日", "martedì scorso",
 * "先週金曜日"), and phrases ("ieri", "last week", "先月", "l'anno scorso").
 * A bare weekday is the latest such day on or before publication (news is
 * told in the past); it is flagged uncertain when it is the publication's
 * own weekday (today, or a week ago?).  A day and month without a year take
 * the year that puts them nearest before publication (up to two months
 * after it).  Without a publication date relative dates keep an empty
 * value and are flagged uncertain.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "facts_int.h"
#include "text/text.h"
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
static int weekday(long days)
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

static int valid_date(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days_in_month(y, m);
}

static long pub_days(const nf_fx_doc *d)
{
    return nf_fx_days(d->pub_y, d->pub_m, d->pub_d);
}

/* Appends a date for norm[i..j). */
static nf_status add(nf_fx_doc *d, nf_fx_out *o, size_t i, size_t j,
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

static void fmt_day(char *buf, long days)
{
    int y, m, dd;
    nf_fx_civil(days, &y, &m, &dd);
    snprintf(buf, 32, "%04d-%02d-%02d", y, m, dd);
}

/* ISO week "YYYY-Www" of a day number. */
static void fmt_week(char *buf, long days)
{
    long thursday = days - weekday(days) + 4;
    int y, m, dd;
    nf_fx_civil(thursday, &y, &m, &dd);
    long jan1 = nf_fx_days(y, 1, 1);
    int w = (int)((thursday - jan1) / 7) + 1;
    snprintf(buf, 32, "%04d-W%02d", y, w);
}

/* Reads 1..maxd ASCII-or-native digits at i (not more); 0 when none. */
static size_t digits(const nf_fx_doc *d, size_t i, int maxd, int *val)
{
    size_t j = i;
    int n = 0, v = 0;
    unsigned cp;
    while (j < d->nlen) {
        size_t k = nf_fx_cp(d, j, &cp);
        int dv = nf_fx_digit(cp);
        if (dv < 0)
            break;
        if (++n > maxd)
            return 0;
        v = v * 10 + dv;
        j += k;
    }
    if (!n)
        return 0;
    *val = v;
    return j;
}

static size_t skip_spaces(const nf_fx_doc *d, size_t j)
{
    while (j < d->nlen && (d->norm[j] == ' ' || d->norm[j] == '\t'))
        j++;
    return j;
}

/* Whether a digit or letter follows norm[j] directly. */
static int glued(const nf_fx_doc *d, size_t j)
{
    unsigned cp;
    if (j >= d->nlen)
        return 0;
    nf_fx_cp(d, j, &cp);
    return nf_fx_digit(cp) >= 0 || (nf_fx_is_letter(cp) && !nf_fx_is_cjk(cp));
}

/* Prepositions after which a month or a year alone is a date. */
static const char date_preps[] =
    "in|nel|nell'|del|dal|al|entro|a|di|în|din|până în|im|seit|bis|ab|en|em|de|desde|hasta|até|"
    "à|of|since|until|by|from|early|late|mid|в|у|с|до|з|від|w|od|do|от|منذ|في|بحلول|yılında";

/* Whether the word just before norm[i] is a date preposition. */
static int prep_before(const nf_fx_doc *d, size_t i)
{
    size_t j = i;
    while (j > 0 && d->norm[j - 1] == ' ')
        j--;
    if (j == i)
        return 0;
    size_t s = j;
    while (s > 0) {
        size_t ps;
        unsigned cp = nf_fx_cp_before(d, s, &ps);
        if (!nf_fx_is_letter(cp) && cp != '\'')
            break;
        s = ps;
    }
    if (s == j)
        return 0;
    size_t m = nf_fx_match(d, s, date_preps, NULL, NULL);
    return m == j - s;
}

/* Year for day/month without one: nearest before publication (up to two
 * months after it).  Returns 0 without a publication date. */
static int infer_year(const nf_fx_doc *d, int m, int dd)
{
    if (!d->has_pub)
        return 0;
    long p = pub_days(d);
    int best = 0;
    long bestdist = 0;
    for (int y = d->pub_y - 1; y <= d->pub_y + 1; y++) {
        if (!valid_date(y, m, dd))
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

/* Month name at i: returns its end and *month, or 0. */
static size_t month_at(const nf_fx_doc *d, size_t i, int *month, int *abbrev)
{
    const char *val;
    size_t vlen;
    if (!nf_fx_word_start(d, i))
        return 0;
    size_t m = nf_fx_match_field(d, i, NF_FX_FIELD(months), &val, &vlen);
    if (!m || !val)
        return 0;
    *month = atoi(val);
    *abbrev = m <= 4;
    if (i + m < d->nlen && d->norm[i + m] == '.' && *abbrev)
        m++;
    return i + m;
}

/* A year (4 digits, 1000-2999) at i, not glued to more digits. */
static size_t year_at(const nf_fx_doc *d, size_t i, int *year)
{
    int y;
    size_t e = digits(d, i, 4, &y);
    if (!e || e - i < 4 || y < 1000 || y > 2999 || glued(d, e))
        return 0;
    *year = y;
    return e;
}

/* Day number (1-31) with an optional ordinal mark at i. */
static size_t day_at(const nf_fx_doc *d, size_t i, int *day)
{
    int v;
    size_t e = digits(d, i, 2, &v);
    if (!e || v < 1 || v > 31)
        return 0;
    static const char ord[] = "st|nd|rd|th|er|º|ª|-го|-е|-я|-ого|'de|'da|'te|'ta";
    size_t m = nf_fx_match(d, e, ord, NULL, NULL);
    if (m)
        e += m;
    else if (e < d->nlen && d->norm[e] == '.')
        e++;                       /* "7. Januar" */
    else if (glued(d, e))
        return 0;
    *day = v;
    return e;
}

/* Optional linker "de", "del", "of", "," between parts; returns the next
 * part's start. */
static size_t link(const nf_fx_doc *d, size_t j)
{
    size_t k = skip_spaces(d, j);
    if (k < d->nlen && d->norm[k] == ',')
        k = skip_spaces(d, k + 1);
    size_t m = nf_fx_match(d, k, "de|del|of|din", NULL, NULL);
    if (m)
        k = skip_spaces(d, k + m);
    return k;
}

/* Adds the day date y-m-dd found at [i, j): a missing year (y == 0) is
 * inferred from the publication date and the date is then flagged
 * uncertain when none can be; an impossible date keeps its span with no
 * value.  Returns what add() returns. */
static nf_status add_day(nf_fx_doc *d, nf_fx_out *o, size_t i, size_t j,
                         int y, int m, int dd)
{
    char buf[40]; /* room for any three ints: keeps -Wformat-truncation quiet at -O3 */
    int unc = 0;
    if (!y) {
        y = infer_year(d, m, dd);
        unc = !y;
    }
    if (y && valid_date(y, m, dd))
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
    else
        buf[0] = 0;
    return add(d, o, i, j, buf, NF_GRAN_DAY, 0, unc);
}

/* Tries the absolute forms at i; returns the end or 0. */
static size_t absolute(nf_fx_doc *d, nf_fx_out *o, size_t i, nf_status *st)
{
    int y = 0, m = 0, dd = 0, ab = 0;
    char buf[32];
    size_t e, k;
    unsigned cp;
    nf_fx_cp(d, i, &cp);
    if (nf_fx_digit(cp) >= 0 && nf_fx_word_start(d, i)) {
        /* ISO */
        if ((e = digits(d, i, 4, &y)) && e - i == 4 && e < d->nlen && d->norm[e] == '-') {
            size_t e2 = digits(d, e + 1, 2, &m);
            if (e2 && e2 < d->nlen && d->norm[e2] == '-') {
                size_t e3 = digits(d, e2 + 1, 2, &dd);
                if (e3 && !glued(d, e3) && valid_date(y, m, dd)) {
                    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
                    *st = add(d, o, i, e3, buf, NF_GRAN_DAY, 0, 0);
                    return e3;
                }
            }
        }
        /* D.M.Y, D/M/Y */
        int a = 0, b = 0;
        if ((e = digits(d, i, 2, &a)) && e < d->nlen &&
            (d->norm[e] == '.' || d->norm[e] == '/')) {
            char sep = d->norm[e];
            size_t e2 = digits(d, e + 1, 2, &b);
            if (e2 && e2 < d->nlen && d->norm[e2] == sep) {
                size_t e3 = digits(d, e2 + 1, 4, &y);
                if (e3 && e3 - e2 - 1 == 4 && !glued(d, e3)) {
                    int unc = 0;
                    int en = d->lang && !strcmp(d->lang->code, "en") && sep == '/';
                    int day = a, mon = b;
                    if (en && valid_date(y, a, b)) {
                        mon = a;
                        day = b;
                        unc = valid_date(y, b, a) && a != b;
                    } else if (!valid_date(y, b, a) && valid_date(y, a, b)) {
                        mon = a;
                        day = b;
                    }
                    if (valid_date(y, mon, day)) {
                        snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mon, day);
                        *st = add(d, o, i, e3, buf, NF_GRAN_DAY, 0, unc);
                        return e3;
                    }
                }
            }
        }
    }
    if (nf_fx_digit(cp) >= 0) {
        /* CJK / Korean: 2026年1月7日, 1月7日, 2023年3月, 2025年 */
        int yy = 0, mm = 0, d2 = 0;
        size_t j = i, end = 0;
        if ((e = digits(d, j, 4, &yy))) {
            k = skip_spaces(d, e);
            size_t u = nf_fx_match(d, k, "年|년", NULL, NULL);
            if (u && e - j == 4) {
                end = k + u;
                j = skip_spaces(d, end);
                e = digits(d, j, 2, &mm);
            } else {
                mm = yy;
                yy = 0;
                if (e - j > 2)
                    e = 0;
            }
            if (e) {
                k = skip_spaces(d, e);
                u = nf_fx_match(d, k, "月|월", NULL, NULL);
                if (u && mm >= 1 && mm <= 12) {
                    end = k + u;
                    j = skip_spaces(d, end);
                    if ((e = digits(d, j, 2, &d2))) {
                        k = skip_spaces(d, e);
                        u = nf_fx_match(d, k, "日|일", NULL, NULL);
                        if (u)
                            end = k + u;
                        else
                            d2 = 0;
                    }
                } else {
                    mm = 0;
                }
            }
            if (end && (mm || yy)) {
                if (d2 && mm) {
                    *st = add_day(d, o, i, end, yy, mm, d2);
                } else if (mm) {
                    int unc = !yy;
                    if (!yy && d->has_pub)
                        yy = infer_year(d, mm, 1);
                    if (yy)
                        snprintf(buf, sizeof buf, "%04d-%02d", yy, mm);
                    else
                        buf[0] = 0;
                    *st = add(d, o, i, end, buf, NF_GRAN_MONTH, 0, unc);
                } else {
                    snprintf(buf, sizeof buf, "%04d", yy);
                    *st = add(d, o, i, end, buf, NF_GRAN_YEAR, 0, 0);
                }
                return end;
            }
        }
        /* day + month name [+ year] */
        if ((e = day_at(d, i, &dd))) {
            k = link(d, e);
            size_t me = month_at(d, k, &m, &ab);
            if (me) {
                size_t end2 = me;
                int yy2 = 0;
                size_t ye = year_at(d, link(d, me), &yy2);
                if (ye) {
                    end2 = ye;
                    size_t g = skip_spaces(d, ye);
                    size_t gm = nf_fx_match(d, g, "года|г.|року|р.|roku|r.|yılı", NULL, NULL);
                    if (gm)
                        end2 = g + gm;
                }
                *st = add_day(d, o, i, end2, yy2, m, dd);
                return end2;
            }
        }
        /* a year after a preposition: "nel 2025", "in 2023" */
        if ((e = year_at(d, i, &y)) && prep_before(d, i) && y >= 1900 && y <= 2100) {
            size_t g = skip_spaces(d, e);
            size_t gm = nf_fx_match(d, g, "года|году|г.|року|р.|roku|r.|yılı|yılında", NULL, NULL);
            if (gm)
                e = g + gm;
            snprintf(buf, sizeof buf, "%04d", y);
            *st = add(d, o, i, e, buf, NF_GRAN_YEAR, 0, 0);
            return e;
        }
        return 0;
    }
    /* month name [day] [, year] | month year | prep month */
    size_t me = month_at(d, i, &m, &ab);
    if (!me)
        return 0;
    k = skip_spaces(d, me);
    size_t de = day_at(d, k, &dd);
    if (de && (de >= d->nlen || !glued(d, de))) {
        /* "January 7" must not be "January 2026" */
        int yy2 = 0;
        size_t end2 = de;
        if (!(year_at(d, k, &yy2))) {
            size_t ye = year_at(d, link(d, de), &yy2);
            if (ye)
                end2 = ye;
            *st = add_day(d, o, i, end2, yy2, m, dd);
            return end2;
        }
    }
    size_t ye = year_at(d, link(d, me), &y);
    if (ye) {
        size_t g = skip_spaces(d, ye);
        size_t gm = nf_fx_match(d, g, "года|году|г.|року|р.|roku|r.", NULL, NULL);
        if (gm)
            ye = g + gm;
        snprintf(buf, sizeof buf, "%04d-%02d", y, m);
        *st = add(d, o, i, ye, buf, NF_GRAN_MONTH, 0, 0);
        return ye;
    }
    /* a month alone, after a preposition; capitalised mid-sentence in a
     * language writing months in lower case it is a name ("Rio de
     * Janeiro") */
    unsigned first = 0;
    size_t ti = nf_fx_to_text(d, i);
    if (ti < d->len)
        nf_utf8_decode(d->text + ti, d->text + d->len, &first);
    int lower_lang = d->lang && strcmp(d->lang->code, "en") && strcmp(d->lang->code, "de");
    int capital = first != 0 && u_isUUppercase((UChar32)first);
    if (!ab && prep_before(d, i) && !(lower_lang && capital)) {
        int yy2 = infer_year(d, m, 1);
        if (yy2)
            snprintf(buf, sizeof buf, "%04d-%02d", yy2, m);
        else
            buf[0] = 0;
        *st = add(d, o, i, me, buf, NF_GRAN_MONTH, 1, 1);
        return me;
    }
    return 0;
}

/* Weekdays with their modifiers; returns the end or 0. */
static size_t weekday_expr(nf_fx_doc *d, nf_fx_out *o, size_t i, nf_status *st)
{
    const char *val;
    size_t vlen;
    int dir = 0, week = 0, has_week = 0;
    size_t j = i;
    size_t m = nf_fx_match_field(d, j, NF_FX_FIELD(prev_week), &val, &vlen);
    if (m && val) {
        week = atoi(val);
        has_week = 1;
        j = skip_spaces(d, j + m);
    } else if ((m = nf_fx_match_field(d, j, NF_FX_FIELD(wd_last), NULL, NULL))) {
        dir = -1;
        j = skip_spaces(d, j + m);
    } else if ((m = nf_fx_match_field(d, j, NF_FX_FIELD(wd_next), NULL, NULL))) {
        dir = 1;
        j = skip_spaces(d, j + m);
    }
    size_t w = nf_fx_match_field(d, j, NF_FX_FIELD(weekdays), &val, &vlen);
    if (!w || !val)
        return 0;
    if (!has_week && !dir && j != i)
        return 0;
    /* "trei luni" (three months), "2 martes"? a number before: not a day */
    size_t b = i;
    while (b > 0 && d->norm[b - 1] == ' ')
        b--;
    if (b < i && b > 0) {
        unsigned pc = nf_fx_cp_before(d, b, NULL);
        if (nf_fx_digit(pc) >= 0)
            return 0;
        size_t ws = b;
        while (ws > 0) {
            size_t ps;
            unsigned c = nf_fx_cp_before(d, ws, &ps);
            if (!nf_fx_is_letter(c))
                break;
            ws = ps;
        }
        double v;
        int words;
        size_t ne = ws < b ? nf_fx_number(d, ws, &v, &words) : 0;
        if (ne == b)
            return 0;
    }
    int wd = atoi(val);
    size_t end = j + w;
    if (!dir && !has_week) {
        size_t k = skip_spaces(d, end);
        if ((m = nf_fx_match_field(d, k, NF_FX_FIELD(wd_last), NULL, NULL))) {
            dir = -1;
            end = k + m;
        } else if ((m = nf_fx_match_field(d, k, NF_FX_FIELD(wd_next), NULL, NULL))) {
            dir = 1;
            end = k + m;
        }
    }
    char buf[32] = "";
    int unc = 0;
    if (!d->has_pub) {
        unc = 1;
    } else {
        long p = pub_days(d);
        int pw = weekday(p);
        long x;
        if (has_week) {
            x = p - (pw - 1) + 7L * week + (wd - 1);
        } else if (dir < 0) {
            x = p - ((pw - wd + 7) % 7);
            if (x == p)
                x -= 7;
        } else if (dir > 0) {
            x = p + ((wd - pw + 7) % 7);
            if (x == p)
                x += 7;
        } else {
            x = p - ((pw - wd + 7) % 7);
            unc = x == p;
        }
        fmt_day(buf, x);
    }
    *st = add(d, o, i, end, buf, NF_GRAN_DAY, 1, unc);
    return end;
}

/* Relative phrases ("ieri", "last week"); returns the end or 0. */
static size_t relative(nf_fx_doc *d, nf_fx_out *o, size_t i, nf_status *st)
{
    const char *val;
    size_t vlen;
    size_t m = nf_fx_match_field(d, i, NF_FX_FIELD(rel), &val, &vlen);
    if (!m || !val || vlen < 2)
        return 0;
    int n = atoi(val);
    char unit = val[vlen - 1];
    char buf[32] = "";
    nf_granularity g = NF_GRAN_DAY;
    if (d->has_pub) {
        long p = pub_days(d);
        int y = d->pub_y, mo = d->pub_m;
        switch (unit) {
        case 'd':
            fmt_day(buf, p + n);
            break;
        case 'w':
            g = NF_GRAN_WEEK;
            fmt_week(buf, p + 7L * n);
            break;
        case 'm':
            g = NF_GRAN_MONTH;
            mo += n;
            while (mo < 1) { mo += 12; y--; }
            while (mo > 12) { mo -= 12; y++; }
            snprintf(buf, sizeof buf, "%04d-%02d", y, mo);
            break;
        default:
            g = NF_GRAN_YEAR;
            snprintf(buf, sizeof buf, "%04d", y + n);
        }
    } else {
        g = unit == 'd' ? NF_GRAN_DAY : unit == 'w' ? NF_GRAN_WEEK
            : unit == 'm' ? NF_GRAN_MONTH : NF_GRAN_YEAR;
    }
    *st = add(d, o, i, i + m, buf, g, 1, !d->has_pub);
    return i + m;
}

nf_status nf_fx_dates(nf_fx_doc *d, nf_fx_out *o)
{
    size_t i = 0;
    nf_status st = NF_OK;
    while (i < d->nlen && !st) {
        unsigned cp;
        size_t n = nf_fx_cp(d, i, &cp);
        if (!(nf_fx_is_letter(cp) || nf_fx_digit(cp) >= 0 || nf_fx_is_cjk(cp)) ||
            !nf_fx_word_start(d, i)) {
            i += n;
            continue;
        }
        size_t e = absolute(d, o, i, &st);
        if (!e && !st)
            e = weekday_expr(d, o, i, &st);
        if (!e && !st)
            e = relative(d, o, i, &st);
        if (e > i) {
            i = e;
            continue;
        }
        /* skip the rest of a Latin word; a CJK character one at a time */
        if (nf_fx_is_cjk(cp) || nf_fx_digit(cp) >= 0)
            i += n;
        else
            i = nf_fx_word_end(d, i) > i ? nf_fx_word_end(d, i) : i + n;
    }
    return st;
}
