/* numbers.c - reading numbers as news writes them.
 *
 * Digits of any script (ASCII, Arabic-Indic, Devanagari, full width are
 * already ASCII in the matching form) with group and decimal marks
 * ("1,200", "4.500", "4 000", "4,5", "١٫٢"); number words of the
 * article's language ("trentacinque" is not split, "twenty-five" is);
 * CJK numerals and positional units ("45亿", "7億5000万", "7억5천만",
 * "三十五"); and a scale word after the number ("20 miliardi",
 * "4,5 mil milhões", "20 de miliarde", "$2bn").
 *
 * A separator followed by exactly three digits groups thousands, unless
 * it is the language's decimal mark and a scale word follows ("1.250
 * billion" in English is 1.25e9; "2.500 millones" in Spanish is 2.5e9).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "facts_int.h"

/* Whether the document's language writes a decimal comma (no table:
 * a decimal point). */
static int comma_decimal(const nf_fx_doc *d)
{
    return d->lang && d->lang->decimal_comma;
}

/* Value of a CJK numeral digit, or -1. */
static int cjk_digit(unsigned cp)
{
    switch (cp) {
    case 0x3007: case 0x96F6: return 0;            /* 〇 零 */
    case 0x4E00: return 1; case 0x4E8C: return 2;  /* 一 二 */
    case 0x4E09: return 3; case 0x56DB: return 4;  /* 三 四 */
    case 0x4E94: return 5; case 0x516D: return 6;  /* 五 六 */
    case 0x4E03: return 7; case 0x516B: return 8;  /* 七 八 */
    case 0x4E5D: return 9; case 0x4E24: return 2;  /* 九 两 */
    default: return -1;
    }
}

/* Value of a CJK/Korean positional unit, or 0. */
static double cjk_unit(unsigned cp)
{
    switch (cp) {
    case 0x5341: return 10;                        /* 十 */
    case 0x767E: case 0xBC31: return 100;          /* 百 백 */
    case 0x5343: case 0xCC9C: return 1e3;          /* 千 천 */
    case 0x4E07: case 0x842C: case 0xB9CC: return 1e4;   /* 万 萬 만 */
    case 0x5104: case 0x4EBF: case 0xC5B5: return 1e8;   /* 億 亿 억 */
    case 0x5146: case 0xC870: return 1e12;         /* 兆 조 */
    default: return 0;
    }
}

/* Reads a run of digits with separators at i.  Returns the end (i when
 * no digit) and the value. */
static size_t read_digits(const nf_fx_doc *d, size_t i, double *value)
{
    size_t j = i;
    double v = 0;
    int ndig = 0, first_group = 0, grouped = 0;
    unsigned cp;
    while (j < d->nlen) {
        size_t n = nf_fx_cp(d, j, &cp);
        int dv = nf_fx_digit(cp);
        if (dv >= 0) {
            v = v * 10 + dv;
            ndig++;
            if (!grouped)
                first_group++;
            j += n;
            continue;
        }
        if (!ndig)
            break;
        int sep = cp == ',' || cp == '.' || cp == ' ' || cp == 0x066B ||
                  cp == 0x066C || cp == '\'' || cp == 0x202F;
        if (!sep)
            break;
        /* count the digits after the separator */
        size_t k = j + n, m = 0;
        unsigned c2;
        while (k < d->nlen) {
            size_t n2 = nf_fx_cp(d, k, &c2);
            if (nf_fx_digit(c2) < 0)
                break;
            k += n2;
            m++;
        }
        if (m == 0)
            break;
        int decimal_mark = cp == 0x066B ||
                           (cp == ',' && comma_decimal(d)) ||
                           (cp == '.' && !comma_decimal(d));
        int group_ok = m == 3 && cp != 0x066B &&
                       (cp != ' ' || first_group <= 3) &&
                       (cp != '\'' || first_group <= 3);
        if (group_ok && decimal_mark) {
            /* "1.250 billion" (en): decimal when a scale word follows */
            size_t w = nf_fx_next_word(d, k, 1);
            if (w < d->nlen && w - k <= 2 &&
                nf_fx_match_field(d, w, NF_FX_FIELD(scales), NULL, NULL))
                group_ok = 0;
        }
        if (group_ok) {
            grouped = 1;
            j += n;
            continue;
        }
        if (cp == ' ' || cp == '\'' || cp == 0x066C || cp == 0x202F || grouped)
            break;
        if (!decimal_mark && !(cp == ',' || cp == '.'))
            break;
        /* decimal fraction */
        double f = 0.1;
        j += n;
        while (j < d->nlen) {
            size_t n2 = nf_fx_cp(d, j, &c2);
            int dv2 = nf_fx_digit(c2);
            if (dv2 < 0)
                break;
            v += dv2 * f;
            f /= 10;
            j += n2;
        }
        break;
    }
    *value = v;
    return ndig ? j : i;
}

/* Reads CJK numerals / units after an optional digit run, e.g. "7億5000万",
 * "三十五", "5천만".  `j` is the end of the digits read so far (value v). */
static size_t read_cjk(const nf_fx_doc *d, size_t start, size_t j, double v,
                       int have_digits, double *value)
{
    double total = 0, seg = 0, cur = have_digits ? v : -1;
    int any_unit = 0;
    size_t end = j;
    unsigned cp;
    while (j < d->nlen) {
        size_t n = nf_fx_cp(d, j, &cp);
        int cd = cjk_digit(cp);
        double u = cjk_unit(cp);
        if (cd >= 0 && cur < 0) {
            cur = cd;
            j += n;
            end = j;
            continue;
        }
        if (nf_fx_digit(cp) >= 0 && cur < 0) {
            double dv;
            size_t e = read_digits(d, j, &dv);
            cur = dv;
            j = e;
            end = j;
            continue;
        }
        if (u > 0) {
            /* a unit without its own numeral counts once ("万" = 10,000),
             * unless smaller units already stand before it: "5천만" is
             * (5 x 1,000) x 10,000, not (5,000 + 1) x 10,000 */
            double c = cur >= 0 ? cur : (u >= 1e4 && seg > 0) ? 0 : 1;
            if (u >= 1e4) {
                total += (seg + c) * u;
                seg = 0;
            } else {
                seg += c * u;
            }
            cur = -1;
            any_unit = 1;
            j += n;
            end = j;
            continue;
        }
        break;
    }
    if (cur >= 0)
        seg += cur;
    total += seg;
    if (!any_unit && !have_digits) {
        /* bare CJK digits: only a single numeral ("三人") */
        if (end - start > 3)
            return 0;
    }
    *value = total;
    return end;
}

/* Reads number words at i ("twenty-five", "two hundred", "trentacinque"
 * is one entry or nothing).  Returns the end or 0. */
static size_t read_words(const nf_fx_doc *d, size_t i, double *value)
{
    double total = 0, cur = 0;
    size_t end = 0, j = i;
    int count = 0;
    while (j < d->nlen) {
        const char *val = NULL;
        size_t vlen = 0;
        size_t m = nf_fx_match_field(d, j, NF_FX_FIELD(num_words), &val, &vlen);
        if (!m || !val)
            break;
        double v = strtod(val, NULL);
        if (v == 100)
            cur = (cur ? cur : 1) * 100;
        else
            cur += v;
        count++;
        end = j + m;
        /* connectors: space, hyphen, "and"/"e"/"și"/"und"/"y"/"и" */
        size_t k = end;
        unsigned cp;
        while (k < d->nlen) {
            size_t n = nf_fx_cp(d, k, &cp);
            if (cp != ' ' && cp != '-')
                break;
            k += n;
        }
        static const char conj[] = "and|e|și|und|et|y|и|і|i|ve|و";
        size_t c = nf_fx_match(d, k, conj, NULL, NULL);
        if (c) {
            size_t k2 = k + c;
            while (k2 < d->nlen && d->norm[k2] == ' ')
                k2++;
            if (nf_fx_match_field(d, k2, NF_FX_FIELD(num_words), NULL, NULL))
                k = k2;
            else
                break;
        }
        if (k == end)
            break;
        j = k;
        if (count > 6)
            break;
    }
    total += cur;
    *value = total;
    return count ? end : 0;
}

/* Applies a scale word after the number ending at j: returns the new end. */
static size_t read_scale(const nf_fx_doc *d, size_t j, double *value)
{
    unsigned cp = 0;
    if (j < d->nlen)
        nf_fx_cp(d, j, &cp);
    /* glued abbreviations: $2bn, 450m, 30k */
    if (j < d->nlen && nf_fx_is_letter(cp)) {
        static const char glued[] = "bn=1e9|b=1e9|mn=1e6|m=1e6|k=1e3|mln=1e6|mld=1e9|mrd=1e9";
        const char *val;
        size_t vlen;
        size_t m = nf_fx_match(d, j, glued, &val, &vlen);
        if (m) {
            *value *= strtod(val, NULL);
            return j + m;
        }
        return j;
    }
    size_t w = j;
    while (w < d->nlen && (d->norm[w] == ' '))
        w++;
    if (w == j || w >= d->nlen)
        return j;
    size_t at = w;
    /* "20 de miliarde" (ro) */
    size_t lk = nf_fx_match_field(d, w, NF_FX_FIELD(linkers), NULL, NULL);
    const char *val = NULL;
    size_t vlen = 0;
    size_t m = nf_fx_match_field(d, at, NF_FX_FIELD(scales), &val, &vlen);
    if (!m && lk) {
        at = w + lk;
        while (at < d->nlen && d->norm[at] == ' ')
            at++;
        m = nf_fx_match_field(d, at, NF_FX_FIELD(scales), &val, &vlen);
    }
    if (!m || !val)
        return j;
    *value *= strtod(val, NULL);
    return at + m;
}

size_t nf_fx_number(const nf_fx_doc *d, size_t i, double *value, int *words)
{
    unsigned cp;
    if (i >= d->nlen)
        return 0;
    nf_fx_cp(d, i, &cp);
    double v = 0;
    size_t end;
    *words = 0;
    if (nf_fx_digit(cp) >= 0) {
        end = read_digits(d, i, &v);
        unsigned nx = 0;
        if (end < d->nlen)
            nf_fx_cp(d, end, &nx);
        if (cjk_unit(nx) > 0) {
            end = read_cjk(d, i, end, v, 1, &v);
            *value = v;
            return end;
        }
        end = read_scale(d, end, &v);
        *value = v;
        return end;
    }
    if (cjk_digit(cp) >= 0 || (cjk_unit(cp) > 0 && cjk_unit(cp) <= 10)) {
        end = read_cjk(d, i, i, 0, 0, &v);
        if (!end)
            return 0;
        *words = 1;
        *value = v;
        return end;
    }
    if (!nf_fx_word_start(d, i))
        return 0;
    end = read_words(d, i, &v);
    if (!end)
        return 0;
    *words = 1;
    end = read_scale(d, end, &v);
    *value = v;
    return end;
}
