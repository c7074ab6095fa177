/* figures.c - numbers with what they count.
 *
 * For every number (numbers.c) that is not part of a date, the words
 * around it decide what it is:
 *   - money: a currency symbol before ("€20", "$2bn") or a currency word
 *     after, possibly through a linker ("20 miliardi di euro", "60 de
 *     milioane de lei", "45亿欧元"); the unit is the ISO 4217 code;
 *   - percent ("15%", "15 per cent", "yüzde 15"), distance ("30 km",
 *     "circa 30 chilometri");
 *   - people killed, injured, missing or detained: the counted noun is a
 *     people noun (or none, or the casualty word itself: "119 feriti"),
 *     and the nearest casualty word in the same sentence decides, looking
 *     forward ("35 persone sono state uccise", "15人を負傷させた") and
 *     back ("killed at least 35 people", "danneggiare gli altri 119"),
 *     never across another number;
 *   - other counts: digits followed by a noun ("30 countries", "32
 *     defence chiefs", "30か国"), number words only with a people noun.
 * Durations ("three years", "3年間") and ordinals are not figures.  Bound
 * words before ("at least", "oltre", "almeno", "少なくとも") or after
 * ("以上", "fazla") give the bound; a figure right after "including",
 * "tra cui", "w tym" is a part of the previous casualty figure (two
 * children among 35 killed), not a figure of its own kind.
 */
#include <stdlib.h>
#include <string.h>

#include "facts_int.h"
#include "core/grow.h"

#define CUE_FORWARD_WORDS 10
#define CUE_BACK_WORDS 8
#define CUE_CJK_CHARS 16

static const nf_fx_common *C = &nf_fx_common_words;

static nf_status add(nf_fx_doc *d, nf_fx_out *o, size_t i, size_t j,
                     nf_figure_kind kind, double value, const char *unit,
                     size_t ulen, nf_bound bound, int part_of)
{
    if (nf_grow(&o->figures, &o->cap_figures, o->n_figures, sizeof *o->figures, 16))
        return NF_ERR_NOMEM;
    nf_figure *f = &o->figures[o->n_figures++];
    memset(f, 0, sizeof *f);
    f->span.start = nf_fx_to_text(d, i);
    f->span.end = nf_fx_to_text(d, j);
    f->kind = kind;
    f->value = value;
    if (ulen >= sizeof f->unit) {
        ulen = sizeof f->unit - 1;
        while (ulen > 0 && ((unsigned char)unit[ulen] & 0xC0) == 0x80)
            ulen--;
    }
    memcpy(f->unit, unit, ulen);
    f->unit[ulen] = 0;
    f->bound = bound;
    f->part_of = part_of;
    return NF_OK;
}

static size_t skip_spaces(const nf_fx_doc *d, size_t j)
{
    while (j < d->nlen && (d->norm[j] == ' ' || d->norm[j] == '\t'))
        j++;
    return j;
}

static int stop_char(unsigned cp)
{
    return nf_fx_full_stop(cp) || cp == ';' ||
           cp == 0x3001 || cp == 0xFF0C;     /* 、 ， end a CJK clause */
}

/* Whether a list entry of `field` ends (after spaces) exactly at `target`,
 * starting within 48 bytes before it; *start receives where it starts. */
static int field_ends_at(const nf_fx_doc *d, size_t target, size_t field,
                         const char *list, size_t *start)
{
    size_t lo = target > 48 ? target - 48 : 0;
    for (size_t s = lo; s < target; s++) {
        if (((unsigned char)d->norm[s] & 0xC0) == 0x80 || !nf_fx_word_start(d, s))
            continue;
        size_t m = list ? nf_fx_match(d, s, list, NULL, NULL)
                        : nf_fx_match_field(d, s, field, NULL, NULL);
        if (m && skip_spaces(d, s + m) == target) {
            *start = s;
            return 1;
        }
    }
    return 0;
}

/* The bound words right before the number at i ("at least", "не более"):
 * the longest phrase wins, so "не более" (at most) is not read as its
 * tail "более" (more than).  *start receives where the figure starts. */
static nf_bound bound_before(const nf_fx_doc *d, size_t i, size_t *start)
{
    static const size_t fields[3] = {
        NF_FX_FIELD(at_least), NF_FX_FIELD(about), NF_FX_FIELD(at_most)
    };
    static const nf_bound bounds[3] = {
        NF_BOUND_AT_LEAST, NF_BOUND_ABOUT, NF_BOUND_AT_MOST
    };
    nf_bound b = NF_BOUND_EXACT;
    *start = i;
    for (int k = 0; k < 3; k++) {
        size_t bs;
        if (field_ends_at(d, i, fields[k], NULL, &bs) && bs < *start) {
            b = bounds[k];
            *start = bs;
        }
    }
    return b;
}

/* Casualty kind of a cue word at j, or -1. */
static int cue_at(const nf_fx_doc *d, size_t j, size_t *len)
{
    static const size_t fields[4] = {
        NF_FX_FIELD(killed), NF_FX_FIELD(injured), NF_FX_FIELD(missing),
        NF_FX_FIELD(detained)
    };
    if (!nf_fx_word_start(d, j))
        return -1;
    size_t best = 0;
    int kind = -1;
    for (int k = 0; k < 4; k++) {
        size_t m = nf_fx_match_field(d, j, fields[k], NULL, NULL);
        if (m > best) {
            best = m;
            kind = k;
        }
    }
    if (len)
        *len = best;
    return kind;
}

/* Whether a number starts at j (digits, or a number word). */
static int number_at(const nf_fx_doc *d, size_t j)
{
    unsigned cp;
    nf_fx_cp(d, j, &cp);
    if (nf_fx_digit(cp) >= 0)
        return 1;
    double v;
    int w;
    return nf_fx_word_start(d, j) && !nf_fx_is_cjk(cp) && nf_fx_number(d, j, &v, &w) > j;
}

/* A conjunction: the start of another clause ("…killed 12 and injured
 * 40": no cue is looked for across it). */
static int conjunction(const nf_fx_doc *d, size_t j)
{
    static const char conj[] = "and|e|ed|și|si|und|et|y|и|а|і|й|ta|i|oraz|ve|و";
    size_t m = nf_fx_match(d, j, conj, NULL, NULL);
    return m && nf_fx_word_end(d, j) == j + m;
}

/* Nearest casualty cue around the number [i, e): forward first within
 * the sentence, then back; *dist receives the distance in words.  A cue
 * right before the number ("killed at least 35") wins; a cue back behind
 * a comma loses to one forward. */
static int find_cue(const nf_fx_doc *d, size_t i, size_t e, int *dist)
{
    int fkind = -1, fw = 1 << 20, bkind = -1, bw = 1 << 20;
    size_t j = e;
    int words = 0, chars = 0;
    while (j < d->nlen && words <= CUE_FORWARD_WORDS && chars <= CUE_CJK_CHARS) {
        unsigned cp;
        size_t n = nf_fx_cp(d, j, &cp);
        if (stop_char(cp))
            break;
        if ((nf_fx_is_letter(cp) || nf_fx_is_cjk(cp)) && nf_fx_word_start(d, j)) {
            int k = cue_at(d, j, NULL);
            if (k >= 0) {
                fkind = k;
                fw = words + chars;
                break;
            }
            if ((number_at(d, j) && words > 0) || conjunction(d, j))
                break;
            if (nf_fx_is_cjk(cp))
                chars++;
            else
                words++;
        } else if (nf_fx_digit(cp) >= 0) {
            break;
        }
        j += n;
    }
    j = i;
    words = 0;
    chars = 0;
    int crossed = 0;    /* a comma between the number and the back cue */
    while (j > 0 && words <= CUE_BACK_WORDS && chars <= CUE_CJK_CHARS) {
        size_t ps;
        unsigned cp = nf_fx_cp_before(d, j, &ps);
        if (stop_char(cp))
            break;
        if (nf_fx_digit(cp) >= 0)
            break;
        if (cp == ',' || cp == ';' || cp == 0x3001 || cp == 0xFF0C || cp == 0x060C)
            crossed = 1;
        if ((nf_fx_is_letter(cp) || nf_fx_is_cjk(cp)) && nf_fx_word_start(d, ps)) {
            int k = cue_at(d, ps, NULL);
            if (k >= 0) {
                bkind = k;
                bw = words + chars;
                break;
            }
            if (nf_fx_is_cjk(cp))
                chars++;
            else {
                if (number_at(d, ps) || conjunction(d, ps))
                    break;
                words++;
            }
        }
        j = ps;
    }
    if (fkind < 0 && bkind < 0)
        return -1;
    /* a cue of the number's own clause beats one behind a comma ("kamen
     * zwölf Menschen ums Leben, 40 weitere wurden verletzt") */
    if (fkind >= 0 && (fw <= bw || crossed) && !(bkind >= 0 && bw == 0 && !crossed)) {
        *dist = fw;
        return fkind;
    }
    *dist = bw;
    return bkind;
}

/* Index of the figure that "including" at norm i refers to: the figure
 * right before it when one ends there ("22人のうち19人": of the 22 crew,
 * a count, so no casualty part), else the last casualty figure of the
 * same sentence; -1 when there is none or it is not a casualty. */
static int last_casualty(const nf_fx_doc *d, const nf_fx_out *o, size_t i)
{
    for (size_t k = o->n_figures; k-- > 0;) {
        const nf_figure *f = &o->figures[k];
        size_t a = nf_fx_to_norm(d, f->span.end);
        if (a > i)
            continue;
        for (size_t j = a; j < i;) {   /* same sentence */
            unsigned cp;
            size_t n = nf_fx_cp(d, j, &cp);
            if (nf_fx_full_stop(cp))
                return -1;
            j += n;
        }
        size_t gap = 0;                /* what lies between: spaces, a comma */
        for (size_t j = a; j < i && gap <= 2; j++)
            gap += d->norm[j] != ' ' && d->norm[j] != ',';
        int casualty = f->kind <= NF_FIG_DETAINED && f->part_of < 0;
        if (gap == 0)
            return casualty ? (int)k : -1;
        if (casualty)
            return (int)k;
    }
    return -1;
}

/* Whether norm[..start) ends, spaces aside, with a word that makes the
 * distance after it a speed: Japanese, Chinese and Korean put "per hour"
 * before the number ("時速140キロ", "时速140公里", "시속 140km"). */
static int speed_before(const nf_fx_doc *d, size_t start)
{
    static const char *const pre[] = { "時速", "时速", "毎時", "每小时", "시속" };
    size_t e = start;
    while (e > 0 && (d->norm[e - 1] == ' ' || d->norm[e - 1] == '\t'))
        e--;
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++) {
        size_t n = strlen(pre[i]);
        if (e >= n && !memcmp(d->norm + e - n, pre[i], n))
            return 1;
    }
    return 0;
}

/* Adds a distance whose unit `val` ends at u, or a speed when a per-hour
 * phrase follows ("140 km/h", "140 de kilometri pe oră") or precedes
 * (speed_before). */
static nf_status add_distance(nf_fx_doc *d, nf_fx_out *o, size_t start, size_t u,
                              double v, const char *val, size_t vlen, nf_bound bound)
{
    size_t p = u < d->nlen && d->norm[u] == '/' ? u : skip_spaces(d, u);
    size_t m = nf_fx_match(d, p, C->per_hour, NULL, NULL);
    unsigned after = 0;
    if (m && p + m < d->nlen)
        nf_fx_cp(d, p + m, &after);
    int after_unit = m && !nf_fx_is_letter(after);
    if (after_unit || speed_before(d, start)) {
        size_t end = after_unit ? p + m : u;
        char unit[8];
        size_t n = vlen < 3 ? vlen : 2;
        memcpy(unit, val, n);
        memcpy(unit + n, "/h", 3);
        return add(d, o, start, end, NF_FIG_SPEED, v, unit, n + 2, bound, -1);
    }
    return add(d, o, start, u, NF_FIG_DISTANCE, v, val, vlen, bound, -1);
}

/* Reads what follows a number ending at e and adds the figure. */
static nf_status classify(nf_fx_doc *d, nf_fx_out *o, size_t start,
                          size_t e, double v, int words, nf_bound bound)
{
    unsigned cp = 0;
    const char *val;
    size_t vlen, m;
    /* Turkish case suffix: 35'ten */
    if (e + 1 < d->nlen && d->norm[e] == '\'') {
        unsigned nx;
        nf_fx_cp(d, e + 1, &nx);
        if (nf_fx_is_letter(nx) && !nf_fx_is_cjk(nx) && d->lang &&
            !strcmp(d->lang->code, "tr"))
            e = nf_fx_word_end(d, e + 1);
    }
    if (e < d->nlen)
        nf_fx_cp(d, e, &cp);
    if (cp == ':' || cp == '-' || cp == '/')
        return NF_OK;                            /* 10:30, 2-1, 24/7 */
    size_t k = skip_spaces(d, e);
    /* percent */
    if ((m = nf_fx_match(d, k, C->percent_after, NULL, NULL)))
        return add(d, o, start, k + m, NF_FIG_PERCENT, v, "%", 1, bound, -1);
    /* money, possibly through a linker */
    size_t at = k;
    m = nf_fx_match(d, at, C->currency_after, &val, &vlen);
    if (!m) {
        size_t lk = nf_fx_match_field(d, k, NF_FX_FIELD(linkers), NULL, NULL);
        if (lk) {
            at = skip_spaces(d, k + lk);
            m = nf_fx_match(d, at, C->currency_after, &val, &vlen);
        }
    }
    if (m && val)
        return add(d, o, start, at + m, NF_FIG_MONEY, v, val, vlen, bound, -1);
    /* distance */
    if ((m = nf_fx_match(d, k, C->distance, &val, &vlen)) && val &&
        (k == e || nf_fx_word_start(d, k)))
        return add_distance(d, o, start, k + m, v, val, vlen, bound);
    /* glued letters that are no unit: ordinals, model names */
    if (k == e && nf_fx_is_letter(cp) && !nf_fx_is_cjk(cp))
        return NF_OK;
    if (nf_fx_match(d, k, C->time_units, NULL, NULL))
        return NF_OK;
    size_t end = e;
    int people = 0, direct = -1;
    const char *unit = NULL;
    size_t ulen = 0;
    char unitbuf[32];
    /* CJK counters: 15人, 30か国 */
    if ((m = nf_fx_match(d, k, C->cjk_counters, &val, &vlen)) && val) {
        end = k + m;
        people = vlen == 6 && !memcmp(val, "people", 6);
        unit = val;
        ulen = vlen;
    } else if (nf_fx_is_cjk(cp)) {
        return NF_OK;
    } else {
        size_t w = k;
        /* the counted noun may follow a linker or an adjective: "35 de
         * persoane", "30 de țări", "19 other countries" */
        for (int hop = 0; hop < 2; hop++) {
            size_t lk = nf_fx_match_field(d, w, NF_FX_FIELD(linkers), NULL, NULL);
            if (!lk || nf_fx_word_end(d, w) != w + lk)
                lk = nf_fx_match(d, w, C->count_adjs, NULL, NULL);
            if (!lk || nf_fx_word_end(d, w) != w + lk)
                break;
            size_t nx = skip_spaces(d, w + lk);
            unsigned nc = 0;
            if (nx >= d->nlen || nx == w + lk)
                break;
            nf_fx_cp(d, nx, &nc);
            if (!nf_fx_is_letter(nc) || nf_fx_is_cjk(nc))
                break;
            w = nx;
        }
        if (w != k) {                            /* "140 de kilometri", "48 de ore" */
            if ((m = nf_fx_match(d, w, C->distance, &val, &vlen)) && val &&
                nf_fx_word_end(d, w) == w + m)
                return add_distance(d, o, start, w + m, v, val, vlen, bound);
            if (nf_fx_match(d, w, C->time_units, NULL, NULL))
                return NF_OK;
        }
        unsigned wc = 0;
        if (w < d->nlen)
            nf_fx_cp(d, w, &wc);
        if (w < d->nlen && nf_fx_is_letter(wc) && !nf_fx_is_cjk(wc) && d->lang && k - e <= 2) {
            size_t we = nf_fx_word_end(d, w);
            size_t pm = nf_fx_match_field(d, w, NF_FX_FIELD(people), NULL, NULL);
            size_t cl;
            int ck = cue_at(d, w, &cl);
            if (pm) {
                people = 1;
                end = w + pm;
            } else if (ck >= 0) {
                direct = ck;
                end = w + cl;
            } else if (!nf_fx_match(d, w, C->not_counted, NULL, NULL) &&
                       !nf_fx_match(d, w, C->casualty_verbs, NULL, NULL) &&
                       !nf_fx_match_field(d, w, NF_FX_FIELD(scales), NULL, NULL) &&
                       we - w >= 2) {
                end = we;
            }
            if (end > e && direct < 0) {
                size_t ts = nf_fx_to_text(d, w), te = nf_fx_to_text(d, end);
                ulen = te - ts < sizeof unitbuf - 1 ? te - ts : sizeof unitbuf - 1;
                while (ulen > 0 && ulen < te - ts &&
                       ((unsigned char)d->text[ts + ulen] & 0xC0) == 0x80)
                    ulen--;
                memcpy(unitbuf, d->text + ts, ulen);
                unitbuf[ulen] = 0;
                unit = unitbuf;
            }
        }
    }
    /* bound after: 以上, fazla */
    size_t ka = skip_spaces(d, end);
    if ((m = nf_fx_match(d, ka, C->at_least_after, NULL, NULL)) && bound == NF_BOUND_EXACT) {
        bound = NF_BOUND_AT_LEAST;
        end = ka + m;
    }
    int part = -1;
    size_t inc;
    if (field_ends_at(d, start, NF_FX_FIELD(including), NULL, &inc))
        part = last_casualty(d, o, inc);
    int kind = direct;
    if (kind < 0) {
        /* a people noun or none: the nearest cue; another noun: only a
         * cue right after it ("19 получили ранения") */
        int dist;
        kind = find_cue(d, start, end, &dist);
        if (kind >= 0 && unit && !people && (dist > 2 || find_cue(d, end, end, &dist) != kind))
            kind = -1;
    }
    if (part >= 0)
        kind = (int)o->figures[part].kind;   /* a part has its whole's kind */
    if (kind >= 0) {
        if (!unit || people) {
            unit = "people";
            ulen = 6;
        }
        return add(d, o, start, end, (nf_figure_kind)kind, v, unit, ulen, bound, part);
    }
    if (!unit)
        return NF_OK;
    if (words && (!people || v < 2))
        return NF_OK;
    if (!words && v >= 1900 && v <= 2100 && v == (double)(long)v && !people)
        return NF_OK;                            /* a year before a noun */
    if (!(v < 9e15) || v != (double)(long long)v)
        return NF_OK;                            /* "magnitud 6,1": no count */
    return add(d, o, start, end, NF_FIG_COUNT, v, unit, ulen, bound, -1);
}

nf_status nf_fx_figures(nf_fx_doc *d, nf_fx_out *o)
{
    size_t i = 0;
    nf_status st = NF_OK;
    while (i < d->nlen && !st) {
        unsigned cp;
        size_t n = nf_fx_cp(d, i, &cp);
        if (d->taken[i]) {
            i += n;
            continue;
        }
        const char *val;
        size_t vlen, m;
        /* currency or percent sign before the number */
        if ((!nf_fx_is_letter(cp) || nf_fx_word_start(d, i)) &&
            ((m = nf_fx_match(d, i, C->currency_before, &val, &vlen)) ||
             (m = nf_fx_match(d, i, C->percent_before, &val, &vlen)))) {
            int money = nf_fx_match(d, i, C->currency_before, NULL, NULL) == m && val;
            size_t j = skip_spaces(d, i + m);
            double v;
            int words;
            size_t e = j < d->nlen && !d->taken[j] ? nf_fx_number(d, j, &v, &words) : 0;
            if (e > j && !words) {
                size_t start;
                nf_bound b = bound_before(d, i, &start);
                if (money)
                    st = add(d, o, start, e, NF_FIG_MONEY, v, val, vlen, b, -1);
                else
                    st = add(d, o, start, e, NF_FIG_PERCENT, v, "%", 1, b, -1);
                i = e;
                continue;
            }
        }
        if (!(nf_fx_digit(cp) >= 0 || nf_fx_is_letter(cp) || nf_fx_is_cjk(cp)) ||
            !nf_fx_word_start(d, i)) {
            i += n;
            continue;
        }
        /* glued to letters before ("G7", "Su-27") */
        if (nf_fx_digit(cp) >= 0 && i > 0) {
            size_t ps;
            unsigned pc = nf_fx_cp_before(d, i, &ps);
            if (pc == '-' && ps > 0) {
                unsigned ppc = nf_fx_cp_before(d, ps, NULL);
                if (nf_fx_is_letter(ppc) && !nf_fx_is_cjk(ppc)) {
                    while (i < d->nlen && nf_fx_digit((unsigned char)d->norm[i]) >= 0)
                        i++;
                    continue;
                }
            }
        }
        double v;
        int words;
        size_t e = nf_fx_number(d, i, &v, &words);
        if (e <= i) {
            if (nf_fx_is_cjk(cp) || nf_fx_digit(cp) >= 0)
                i += n;
            else {
                size_t we = nf_fx_word_end(d, i);
                i = we > i ? we : i + n;
            }
            continue;
        }
        int inside_date = 0;
        for (size_t k = i; k < e; k++)
            if (d->taken[k])
                inside_date = 1;
        if (!inside_date) {
            size_t start;
            nf_bound b = bound_before(d, i, &start);
            st = classify(d, o, start, e, v, words, b);
        }
        i = e;
    }
    return st;
}
