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
 * told in the past), or the next such day when the sentence tells it as a
 * plan ("will meet on Tuesday", "θα ανακοινώσει την Τρίτη"); it is flagged
 * uncertain when it is the publication's own weekday (today, or a week
 * ago or ahead?).  A day and month without a year take
 * the year that puts them nearest before publication (up to two months
 * after it).  Without a publication date relative dates keep an empty
 * value and are flagged uncertain.
 * This file holds the scan over the text, weekdays and relative phrases;
 * the absolute forms are in dates_abs.c, the readers of their parts in
 * dates_parts.c, calendar arithmetic and output in dates_cal.c.
 */
#include <stdio.h>
#include <stdlib.h>

#include "dates_int.h"

/* Whether the weekday at norm [i, end) is told as a plan: a future cue of
 * the language ("will", "dovrebbe", "θα") between the sentence's start
 * and the day, or, where the verb ends the clause, after the day before
 * the clause ends ("火曜日に発表する予定", "화요일 발표할 예정").  A cue
 * after the day in other languages is left alone: "hit on Tuesday and
 * will weaken" tells of two times. */
static int planned(const nf_fx_doc *d, size_t i, size_t end)
{
    size_t ss = i;
    while (ss > 0) {
        size_t ps;
        unsigned c = nf_fx_cp_before(d, ss, &ps);
        if (nf_fx_full_stop(c))
            break;
        ss = ps;
    }
    for (size_t j = ss; j < i; j++)
        if (((unsigned char)d->norm[j] & 0xC0) != 0x80 && nf_fx_word_start(d, j) &&
            nf_fx_match_field(d, j, NF_FX_FIELD(future), NULL, NULL))
            return 1;
    if (!d->lang || !d->lang->verb_final)
        return 0;
    for (size_t j = end; j < d->nlen; j++) {
        unsigned c;
        nf_fx_cp(d, j, &c);
        if (nf_fx_full_stop(c) || c == ',' || c == 0x3001 || c == 0xFF0C)
            break;
        if (((unsigned char)d->norm[j] & 0xC0) != 0x80 && nf_fx_word_start(d, j) &&
            nf_fx_match_field(d, j, NF_FX_FIELD(future), NULL, NULL))
            return 1;
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
        j = nf_fx_date_spaces(d, j + m);
    } else if ((m = nf_fx_match_field(d, j, NF_FX_FIELD(wd_last), NULL, NULL))) {
        dir = -1;
        j = nf_fx_date_spaces(d, j + m);
    } else if ((m = nf_fx_match_field(d, j, NF_FX_FIELD(wd_next), NULL, NULL))) {
        dir = 1;
        j = nf_fx_date_spaces(d, j + m);
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
        size_t k = nf_fx_date_spaces(d, end);
        if ((m = nf_fx_match_field(d, k, NF_FX_FIELD(wd_last), NULL, NULL))) {
            dir = -1;
            end = k + m;
        } else if ((m = nf_fx_match_field(d, k, NF_FX_FIELD(wd_next), NULL, NULL))) {
            dir = 1;
            end = k + m;
        }
    }
    if (!dir && !has_week)
        nf_fx_probe_weekday(d, wd);
    char buf[32] = "";
    int unc = 0;
    if (!d->has_pub) {
        unc = 1;
    } else {
        long p = nf_fx_date_pub(d);
        int pw = nf_fx_date_weekday(p);
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
        } else if (planned(d, i, end)) {
            x = p + ((wd - pw + 7) % 7);   /* the next such day */
            unc = x == p;
        } else {
            x = p - ((pw - wd + 7) % 7);
            unc = x == p;
        }
        nf_fx_date_fmt_day(buf, x);
    }
    *st = nf_fx_date_add(d, o, i, end, buf, NF_GRAN_DAY, 1, unc);
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
        long p = nf_fx_date_pub(d);
        int y = d->pub_y, mo = d->pub_m;
        switch (unit) {
        case 'd':
            nf_fx_date_fmt_day(buf, p + n);
            break;
        case 'w':
            g = NF_GRAN_WEEK;
            nf_fx_date_fmt_week(buf, p + 7L * n);
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
    *st = nf_fx_date_add(d, o, i, i + m, buf, g, 1, !d->has_pub);
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
        size_t e = nf_fx_date_absolute(d, o, i, &st);
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
