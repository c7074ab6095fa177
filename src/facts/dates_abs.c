/* dates_abs.c - the absolute forms of a date at one position.
 *
 * Tried in this order: ISO "2026-01-07"; "07.01.2026" and "7/1/2026" (day
 * first, but month first in English when the day cannot be a month,
 * flagged uncertain when both readings are valid); CJK and Korean
 * "2026年1月7日", "1月7日", "2023年3月", "2025年"; a day and a month name
 * with or without a year ("7 gennaio 2026", "7 de enero de 2026", "7.
 * Januar", "7 января 2026 года"); a year after a preposition ("nel 2025");
 * a month name with a day ("January 7, 2026"), with a year ("March
 * 2023"), or alone after a preposition ("in March").  A month name with
 * nothing of these next to it is ignored: "mai" is also a Romanian
 * adverb, "May" an English verb.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>

#include "dates_int.h"
#include "text/text.h"

/* Tries the absolute forms at i; returns the end or 0. */
size_t nf_fx_date_absolute(nf_fx_doc *d, nf_fx_out *o, size_t i, nf_status *st)
{
    int y = 0, m = 0, dd = 0, ab = 0;
    char buf[32];
    size_t e, k;
    unsigned cp;
    nf_fx_cp(d, i, &cp);
    if (nf_fx_digit(cp) >= 0 && nf_fx_word_start(d, i)) {
        /* ISO */
        if ((e = nf_fx_date_digits(d, i, 4, &y)) && e - i == 4 && e < d->nlen &&
            d->norm[e] == '-') {
            size_t e2 = nf_fx_date_digits(d, e + 1, 2, &m);
            if (e2 && e2 < d->nlen && d->norm[e2] == '-') {
                size_t e3 = nf_fx_date_digits(d, e2 + 1, 2, &dd);
                if (e3 && !nf_fx_date_glued(d, e3) && nf_fx_date_valid(y, m, dd)) {
                    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
                    nf_fx_probe_day(d, i, y, m, dd);
                    *st = nf_fx_date_add(d, o, i, e3, buf, NF_GRAN_DAY, 0, 0);
                    return e3;
                }
            }
        }
        /* D.M.Y, D/M/Y */
        int a = 0, b = 0;
        if ((e = nf_fx_date_digits(d, i, 2, &a)) && e < d->nlen &&
            (d->norm[e] == '.' || d->norm[e] == '/')) {
            char sep = d->norm[e];
            size_t e2 = nf_fx_date_digits(d, e + 1, 2, &b);
            if (e2 && e2 < d->nlen && d->norm[e2] == sep) {
                size_t e3 = nf_fx_date_digits(d, e2 + 1, 4, &y);
                if (e3 && e3 - e2 - 1 == 4 && !nf_fx_date_glued(d, e3)) {
                    int unc = 0;
                    int en = d->lang && !strcmp(d->lang->code, "en") && sep == '/';
                    int day = a, mon = b;
                    if (en && nf_fx_date_valid(y, a, b)) {
                        mon = a;
                        day = b;
                        unc = nf_fx_date_valid(y, b, a) && a != b;
                    } else if (!nf_fx_date_valid(y, b, a) && nf_fx_date_valid(y, a, b)) {
                        mon = a;
                        day = b;
                    }
                    if (nf_fx_date_valid(y, mon, day)) {
                        snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mon, day);
                        if (!unc)
                            nf_fx_probe_day(d, i, y, mon, day);
                        *st = nf_fx_date_add(d, o, i, e3, buf, NF_GRAN_DAY, 0, unc);
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
        if ((e = nf_fx_date_digits(d, j, 4, &yy))) {
            k = nf_fx_date_spaces(d, e);
            size_t u = nf_fx_match(d, k, "年|년", NULL, NULL);
            if (u && e - j == 4) {
                end = k + u;
                j = nf_fx_date_spaces(d, end);
                e = nf_fx_date_digits(d, j, 2, &mm);
            } else {
                mm = yy;
                yy = 0;
                if (e - j > 2)
                    e = 0;
            }
            if (e) {
                k = nf_fx_date_spaces(d, e);
                u = nf_fx_match(d, k, "月|월", NULL, NULL);
                if (u && mm >= 1 && mm <= 12) {
                    end = k + u;
                    j = nf_fx_date_spaces(d, end);
                    if ((e = nf_fx_date_digits(d, j, 2, &d2))) {
                        k = nf_fx_date_spaces(d, e);
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
                    *st = nf_fx_date_add_day(d, o, i, end, yy, mm, d2);
                } else if (mm) {
                    int unc = !yy;
                    if (!yy && d->has_pub)
                        yy = nf_fx_date_infer_year(d, mm, 1);
                    if (yy)
                        snprintf(buf, sizeof buf, "%04d-%02d", yy, mm);
                    else
                        buf[0] = 0;
                    *st = nf_fx_date_add(d, o, i, end, buf, NF_GRAN_MONTH, 0, unc);
                } else {
                    snprintf(buf, sizeof buf, "%04d", yy);
                    *st = nf_fx_date_add(d, o, i, end, buf, NF_GRAN_YEAR, 0, 0);
                }
                return end;
            }
        }
        /* day + month name [+ year] */
        if ((e = nf_fx_date_day_at(d, i, &dd))) {
            k = nf_fx_date_link(d, e);
            size_t me = nf_fx_date_month_at(d, k, &m, &ab);
            if (me) {
                size_t end2 = me;
                int yy2 = 0;
                size_t ye = nf_fx_date_year_at(d, nf_fx_date_link(d, me), &yy2);
                if (ye) {
                    end2 = ye;
                    size_t g = nf_fx_date_spaces(d, ye);
                    size_t gm = nf_fx_match(d, g, "года|г.|року|р.|roku|r.|yılı", NULL, NULL);
                    if (gm)
                        end2 = g + gm;
                }
                *st = nf_fx_date_add_day(d, o, i, end2, yy2, m, dd);
                return end2;
            }
        }
        /* a year after a preposition: "nel 2025", "in 2023" */
        if ((e = nf_fx_date_year_at(d, i, &y)) && nf_fx_date_prep_before(d, i) &&
            y >= 1900 && y <= 2100) {
            size_t g = nf_fx_date_spaces(d, e);
            size_t gm = nf_fx_match(d, g, "года|году|г.|року|р.|roku|r.|yılı|yılında", NULL, NULL);
            if (gm)
                e = g + gm;
            snprintf(buf, sizeof buf, "%04d", y);
            *st = nf_fx_date_add(d, o, i, e, buf, NF_GRAN_YEAR, 0, 0);
            return e;
        }
        return 0;
    }
    /* month name [day] [, year] | month year | prep month */
    size_t me = nf_fx_date_month_at(d, i, &m, &ab);
    if (!me)
        return 0;
    k = nf_fx_date_spaces(d, me);
    size_t de = nf_fx_date_day_at(d, k, &dd);
    if (de && (de >= d->nlen || !nf_fx_date_glued(d, de))) {
        /* "January 7" must not be "January 2026" */
        int yy2 = 0;
        size_t end2 = de;
        if (!(nf_fx_date_year_at(d, k, &yy2))) {
            size_t ye = nf_fx_date_year_at(d, nf_fx_date_link(d, de), &yy2);
            if (ye)
                end2 = ye;
            *st = nf_fx_date_add_day(d, o, i, end2, yy2, m, dd);
            return end2;
        }
    }
    size_t ye = nf_fx_date_year_at(d, nf_fx_date_link(d, me), &y);
    if (ye) {
        size_t g = nf_fx_date_spaces(d, ye);
        size_t gm = nf_fx_match(d, g, "года|году|г.|року|р.|roku|r.", NULL, NULL);
        if (gm)
            ye = g + gm;
        snprintf(buf, sizeof buf, "%04d-%02d", y, m);
        *st = nf_fx_date_add(d, o, i, ye, buf, NF_GRAN_MONTH, 0, 0);
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
    if (!ab && nf_fx_date_prep_before(d, i) && !(lower_lang && capital)) {
        int yy2 = nf_fx_date_infer_year(d, m, 1);
        if (yy2)
            snprintf(buf, sizeof buf, "%04d-%02d", yy2, m);
        else
            buf[0] = 0;
        *st = nf_fx_date_add(d, o, i, me, buf, NF_GRAN_MONTH, 1, 1);
        return me;
    }
    return 0;
}
