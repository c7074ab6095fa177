/* dates_parts.c - the parts of a written date, read at a position of the
 * matching form: digits in any script, day numbers with their ordinal
 * marks ("7th", "7.", "1º", "7-го"), four-digit years, month names of the
 * language tables, the linkers between parts ("de", "del", "of", ",") and
 * the prepositions after which a month or a year alone is a date.  Each
 * reader returns the end of what it read, or 0; none reads past nlen.
 */
#include <stdlib.h>

#include "dates_int.h"

/* Reads 1..maxd ASCII-or-native digits at i (not more); 0 when none. */
size_t nf_fx_date_digits(const nf_fx_doc *d, size_t i, int maxd, int *val)
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

size_t nf_fx_date_spaces(const nf_fx_doc *d, size_t j)
{
    while (j < d->nlen && (d->norm[j] == ' ' || d->norm[j] == '\t'))
        j++;
    return j;
}

/* Whether a digit or letter follows norm[j] directly. */
int nf_fx_date_glued(const nf_fx_doc *d, size_t j)
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
int nf_fx_date_prep_before(const nf_fx_doc *d, size_t i)
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

/* Month name at i: returns its end and *month, or 0. */
size_t nf_fx_date_month_at(const nf_fx_doc *d, size_t i, int *month, int *abbrev)
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
size_t nf_fx_date_year_at(const nf_fx_doc *d, size_t i, int *year)
{
    int y;
    size_t e = nf_fx_date_digits(d, i, 4, &y);
    if (!e || e - i < 4 || y < 1000 || y > 2999 || nf_fx_date_glued(d, e))
        return 0;
    *year = y;
    return e;
}

/* Day number (1-31) with an optional ordinal mark at i. */
size_t nf_fx_date_day_at(const nf_fx_doc *d, size_t i, int *day)
{
    int v;
    size_t e = nf_fx_date_digits(d, i, 2, &v);
    if (!e || v < 1 || v > 31)
        return 0;
    static const char ord[] = "st|nd|rd|th|er|º|ª|-го|-е|-я|-ого|'de|'da|'te|'ta";
    size_t m = nf_fx_match(d, e, ord, NULL, NULL);
    if (m)
        e += m;
    else if (e < d->nlen && d->norm[e] == '.')
        e++;                       /* "7. Januar" */
    else if (nf_fx_date_glued(d, e))
        return 0;
    *day = v;
    return e;
}

/* Optional linker "de", "del", "of", "του" (Greek: "Μάρτιο του 2015"), ","
 * between parts; returns the next
 * part's start. */
size_t nf_fx_date_link(const nf_fx_doc *d, size_t j)
{
    size_t k = nf_fx_date_spaces(d, j);
    if (k < d->nlen && d->norm[k] == ',')
        k = nf_fx_date_spaces(d, k + 1);
    size_t m = nf_fx_match(d, k, "de|del|of|din|του|τησ", NULL, NULL);
    if (m)
        k = nf_fx_date_spaces(d, k + m);
    return k;
}
