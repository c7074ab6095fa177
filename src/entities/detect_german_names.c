/* detect_german_names.c - German: foreign name particles written in
 * lower case before a surname (round 13).  Dutch, Afrikaans, French,
 * Italian, Spanish and Portuguese surnames carry particles ("de Klerk",
 * "van der Westhuizen", "di Rupo", "dos Santos") that German news copies
 * as they are.  In German text these words are no words of the language
 * (German "da", "du", "der", "den" are, and so are left out as a
 * first particle), so a lower-case "de", "van", "di" ... right before a
 * capitalised word that is no German noun or place opens the surname,
 * and a given name before it opens the full name ("Christoffel van der
 * Westhuizen"); German "von" only after a given name ("Richard von
 * Weizsäcker"), since alone it is the preposition ("von Ahlen").  The
 * gazetteer's places keep their own reading ("Rio de Janeiro").  A pass
 * over the article's mentions after the runs were read, since the run
 * gathering stops at lower-case words.
 *
 * Two more passes of the same kind: a German club's name carries its
 * founding year after the club's designator or its town ("SV 09
 * Flörsheim", "SG Wattenscheid 09", "Bayer 05 Uerdingen"; a year with a
 * leading zero is no count or score), and a town named with its river
 * is one place ("Frankfurt am Main" when the gazetteer has the whole,
 * the dateline's "FRANKFURT A. M.").  And a town's or country's
 * inhabitants named in the dative plural or the genitive ("den
 * Berlinern", "des Hamburgers", "mit Italienern"): the invariable
 * adjective never takes -n or -s, so the word is the inhabitants' noun.
 * Last, a lower-case adjective of places written with a hyphen is one
 * word ("deutsch-französische", "nordrhein-westfälischer"): German
 * joins such adjectives by a hyphen, and the cue table reads each part.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/cues.h"
#include "entities/lexicon.h"
#include "entities/places.h"

/* Is lower-case token t equal to one of the words in list (space
 * separated, ending with a space)? */
static int tok_in(const char *text, const tok *t, const char *list)
{
    size_t n = t->e - t->s;
    for (const char *p = list; *p;) {
        const char *q = strchr(p, ' ');
        if ((size_t)(q - p) == n && memcmp(p, text + t->s, n) == 0)
            return 1;
        p = q + 1;
    }
    return 0;
}

/* Is token t a lower-case word of the same sentence as token u, with
 * no punctuation between them (t right before u)? */
static int tight_lower(const tok *t, const tok *u)
{
    return (t->flags & T_LOWER) && t->script == SC_CASED && t->sent == u->sent &&
           !(u->flags & (T_BREAK | T_HYPHEN | T_SENT));
}

/* Is token t a given name or proper noun of the dictionaries that is no
 * German noun ("Christoffel", "Richard")? */
static int given_tok(const char *text, const tok *t)
{
    char w[128];
    if (!(t->flags & T_CAP) || (t->flags & T_ALLCAPS))
        return 0;
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && (nf_det_given_name_w(w, n) || nf_cw_has(nf_cw_names_for("de"), w, n)) &&
           !nf_det_german_noun(text, t) && nf_det_place_of(text, t->s, t->e) < 0;
}

/* The first token of the particles before token i (a surname's first
 * word), or i when there are none: "de", "van", "di", "del", "della",
 * "dos", "ter", "ten", optionally followed by "der", "den", "la", "le"
 * ("van der", "de la"); "von" (+ "der", "dem") only after a given name
 * (*need_given set). */
static size_t particles_before(const char *text, const tok *v, size_t i, int *need_given)
{
    *need_given = 0;
    if (i == 0 || !tight_lower(&v[i - 1], &v[i]))
        return i;
    size_t p = i - 1;
    if (p > 0 && tok_in(text, &v[p], "der den dem la le ") && tight_lower(&v[p - 1], &v[p]) &&
        tok_in(text, &v[p - 1], "van de von "))
        p--;
    else if (tok_in(text, &v[p], "der den dem la le "))
        return i;
    if (tok_in(text, &v[p], "von "))
        *need_given = 1;
    else if (!tok_in(text, &v[p], "de van di del della dos ter ten "))
        return i;
    return p;
}

void nf_det_german_particles(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    size_t i = 0, out = 0;
    for (size_t k = 0; k < mv->n; k++) {
        nf_ment m = mv->v[k];
        while (i < tv->n && v[i].s < m.start)
            i++;
        int need_given;
        size_t p = i < tv->n && v[i].s == m.start ? particles_before(text, v, i, &need_given) : i;
        if (p < i && (v[i].flags & T_CAP) && !(v[i].flags & T_ALLCAPS) &&
            nf_det_place_of(text, m.start, m.end) < 0 &&
            nf_det_place_of(text, v[i].s, v[i].e) < 0 && !nf_det_german_noun(text, &v[i])) {
            /* a given name before the particles opens the full name; a
             * mention of it is merged in */
            int given = p > 0 && given_tok(text, &v[p - 1]) && v[p - 1].sent == v[p].sent &&
                        !(v[p].flags & (T_BREAK | T_HYPHEN));
            if (given || !need_given) {
                size_t start = given ? v[p - 1].s : v[p].s, o = out;
                while (o > 0 && mv->v[o - 1].start >= start && mv->v[o - 1].end <= m.start)
                    o--;             /* "Christoffel" alone */
                if (o == 0 || mv->v[o - 1].end <= start) {
                    out = o;
                    m.start = start;
                    m.type = NF_ENTITY_PERSON;
                    m.place = -1;
                    m.demonym = 0;
                    m.curated = 0;
                    m.weak = 0;
                }
            }
        }
        mv->v[out++] = m;
    }
    mv->n = out;
}

/* Index of the token starting at byte s (tokens from *i on; *i is
 * advanced), or tv->n. */
static size_t tok_at(const tok_vec *tv, size_t *i, size_t s)
{
    while (*i < tv->n && tv->v[*i].s < s)
        (*i)++;
    return *i < tv->n && tv->v[*i].s == s ? *i : tv->n;
}

/* The token of tv at or after fi where a mention ending at byte `end`
 * ends (the first whose end is not before it; tv->n when none). */
static size_t last_tok(const tok_vec *tv, size_t fi, size_t end)
{
    while (fi < tv->n && tv->v[fi].e < end)
        fi++;
    return fi;
}

/* Is token t a founding year: two digits, or four from 18xx/19xx? */
static int year_tok(const char *text, const tok *t)
{
    size_t n = t->e - t->s;
    for (size_t k = t->s; k < t->e; k++)
        if (text[k] < '0' || text[k] > '9')
            return 0;
    return n == 2 || (n == 4 && text[t->s] == '1' && (text[t->s + 1] == '8' || text[t->s + 1] == '9'));
}

/* Is token t a club's designator ("SV", "FSV", "VfB", "SG", "KSG"): an
 * organisation word of five letters or fewer holding two capitals, or
 * any acronym of two to four letters (before a founding year, the
 * designators are many: Sportgemeinschaft, Ballspielclub ...)? */
static int designator_tok(const char *text, const tok *t)
{
    size_t caps = 0;
    for (size_t k = t->s; k < t->e; k++)
        caps += text[k] >= 'A' && text[k] <= 'Z';
    return t->e - t->s <= 5 && caps >= 2 &&
           ((nf_det_lex_of(text, t) & NF_LEX_ORG) || caps == t->e - t->s);
}

/* Start of the club's name whose designator is token d: an ordinal
 * before it ("1.FC", "1. FC": German clubs' names hold it) when it is
 * glued to the designator, or is "1. " before an organisation word
 * whose town (token town, not NULL) is no foreign place (a table's
 * rank: "3. FC Nantes", "1. BW Neuss"); else token d's start. */
static size_t ordinal_start(const char *text, const tok_vec *tv, size_t d, const tok *town)
{
    const tok *v = tv->v;
    if (d == 0 || v[d - 1].sent != v[d].sent || !(v[d - 1].flags & T_DIGIT) ||
        v[d - 1].e - v[d - 1].s > 2 || text[v[d - 1].e] != '.' || v[d].s > v[d - 1].e + 2)
        return v[d].s;
    for (size_t k = v[d - 1].s; k < v[d - 1].e; k++)
        if (text[k] < '0' || text[k] > '9')
            return v[d].s;
    if (v[d].s == v[d - 1].e + 1)
        return v[d - 1].s;           /* "1.FC" */
    int32_t p = town ? nf_det_place_of(text, town->s, town->e) : -1;
    const char *cc = p >= 0 ? nf_places[p].country : "DE";
    /* "1. FC" with a space: as detect.c reads it, an organisation word
     * after "1." ("1. BW Neuss" heads a table) */
    return text[v[d - 1].s] == '1' && v[d - 1].e - v[d - 1].s == 1 && town &&
           (nf_det_lex_of(text, &v[d]) & NF_LEX_ORG) &&
                   (strcmp(cc, "DE") == 0 || strcmp(cc, "AT") == 0 || strcmp(cc, "CH") == 0)
               ? v[d - 1].s : v[d].s;
}

void nf_det_german_clubs(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    size_t i = 0, out = 0;
    for (size_t k = 0; k < mv->n; k++) {
        nf_ment m = mv->v[k];
        size_t fi = tok_at(tv, &i, m.start), li = last_tok(tv, fi, m.end);
        size_t y = li + 1;
        if (fi < tv->n && li < tv->n && v[li].e == m.end && y < tv->n &&
            v[y].sent == v[li].sent && !(v[y].flags & (T_BREAK | T_HYPHEN)) &&
            year_tok(text, &v[y])) {
            /* the designator opens the club's name; words before it are
             * the sentence's ("des Landesligisten | SG 01 Höchst") */
            size_t dd = fi;
            while (dd < li && !designator_tok(text, &v[dd]))
                dd++;
            int des = designator_tok(text, &v[dd]);
            int zero = v[y].e - v[y].s == 2 && text[v[y].s] == '0';
            /* the town after the year: the next mention, right after it */
            const tok *tt = y + 1 < tv->n ? &v[y + 1] : NULL;
            int next = tt && tt->sent == v[y].sent && !(tt->flags & (T_BREAK | T_HYPHEN)) &&
                       (tt->flags & T_CAP);
            int town = next && k + 1 < mv->n && mv->v[k + 1].start == tt->s;
            /* or a capitalised word no mention took, no noun or function
             * word ("FV 08 Neuenhain": a village the gazetteer lacks) */
            char w[128];
            size_t n = next ? nf_det_lower_form(text, tt->s, tt->e, w, sizeof w) : 0;
            int bare = n && !town && !(tt->flags & T_ALLCAPS) && (k + 1 >= mv->n ||
                       mv->v[k + 1].start >= tt->e) &&
                       (!nf_det_german_noun(text, tt) || nf_det_german_town_ending(w, n)) &&
                       !(nf_det_lex_of(text, tt) & (NF_LEX_STOP | NF_LEX_DE_DET | NF_LEX_TIME));
            if (((des || zero) && (town || bare)) || zero) {
                m.end = v[y].e;      /* "SG Wattenscheid 09" */
                if (town)
                    m.end = mv->v[++k].end;   /* "SV 09 Flörsheim" */
                else if (bare)
                    m.end = tt->e;
                if (des)
                    m.start = ordinal_start(text, tv, dd, dd + 1 <= li ? &v[dd + 1] : tt);
                m.type = NF_ENTITY_ORGANIZATION;
                m.place = -1;
                m.demonym = 0;
                m.weak = 0;
            }
        }
        /* a designator opening a mention takes its ordinal ("1.FC
         * Marxheim"; the tokenizer splits "1." from "FC") */
        if (fi < tv->n && fi > 0 && m.start == v[fi].s && designator_tok(text, &v[fi]) &&
            (out == 0 || mv->v[out - 1].end <= v[fi - 1].s))
            m.start = ordinal_start(text, tv, fi, NULL);
        mv->v[out++] = m;
    }
    mv->n = out;
}

void nf_det_german_river_towns(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    size_t i = 0, out = 0;
    for (size_t k = 0; k < mv->n; k++) {
        nf_ment m = mv->v[k];
        size_t fi = tok_at(tv, &i, m.start), li = last_tok(tv, fi, m.end);
        size_t end = 0;
        if (m.place >= 0 && nf_places[m.place].kind == NF_PLACE_CITY && li < tv->n &&
            v[li].e == m.end) {
            /* "am Main", "an der Oder", "im Breisgau": the whole in the
             * gazetteer */
            size_t q = li + 1;
            if (q < tv->n && (v[q].flags & T_LOWER) && tok_in(text, &v[q], "am an im ob "))
                q++;
            if (q < tv->n && q > li + 1 && tok_in(text, &v[q], "der "))
                q++;
            for (size_t r = q; r < tv->n && r < q + 2 && q > li + 1; r++) {
                if (v[r].sent != v[li].sent || (v[r].flags & (T_BREAK | T_LOWER)))
                    break;
                int32_t p = nf_det_place_of(text, m.start, v[r].e);
                if (p >= 0) {
                    m.place = p;
                    end = v[r].e;
                }
            }
            /* the abbreviation "a. M." ("FRANKFURT A. M."): "a" and a
             * capital, each one letter with its dot */
            const tok *a = li + 3 < tv->n ? &v[li + 1] : NULL, *r = a ? a + 1 : NULL;
            if (!end && a && a->e - a->s == 1 && (text[a->s] == 'a' || text[a->s] == 'A') &&
                text[a->e] == '.' && r->e - r->s == 1 && text[r->s] >= 'A' && text[r->s] <= 'Z' &&
                r[1].s > r->e && text[r->e] == '.' && a->sent == v[li].sent &&
                r->sent == a->sent && !(a->flags & T_BREAK))
                end = r->e + 1;
        }
        if (end) {
            m.end = end;
            while (k + 1 < mv->n && mv->v[k + 1].start < end)
                k++;             /* "Main" read alone */
        }
        mv->v[out++] = m;
    }
    mv->n = out;
}

/* Is the lower-case word w[0..n) a colour, or two run together
 * ("rotweiß")? */
static int colour_word(const char *w, size_t n, int depth)
{
    static const char *const c[] = { "rot", "wei\xc3\x9f", "weiss", "blau", "schwarz",
                                      "gr\xc3\xbcn", "gelb" };
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        size_t l = strlen(c[k]);
        if (n == l && memcmp(w, c[k], l) == 0)
            return 1;
        if (depth && n > l && memcmp(w, c[k], l) == 0 && colour_word(w + l, n - l, 0))
            return 1;
    }
    return 0;
}

/* Does a club's colour pair start at token i ("Rot-Weiß", "Blau-Weiß",
 * "Rotweiß")?  Returns its last token, or tv->n. */
static size_t colour_pair(const char *text, const tok_vec *tv, size_t i)
{
    const tok *v = tv->v;
    char w[128];
    size_t e = i, parts = 0;
    while (e < tv->n) {
        char c = text[v[e].s];
        if (c != 'R' && c != 'W' && c != 'B' && c != 'S' && c != 'G')
            return tv->n;    /* (a colour's capital: most words stop here) */
        size_t n = nf_det_lower_form(text, v[e].s, v[e].e, w, sizeof w);
        if (!n || !(v[e].flags & T_CAP) || (v[e].flags & T_ALLCAPS) || !colour_word(w, n, 1))
            return tv->n;
        parts += colour_word(w, n, 0) ? 1 : 2;
        if (e + 1 >= tv->n || !nf_det_tight_hyphen(text, v, e + 1))
            break;
        e++;
    }
    return parts >= 2 ? e : tv->n;
}

void nf_det_german_colour_clubs(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    size_t mk = 0;
    for (size_t i = 0; i < tv->n; i++) {
        size_t h = colour_pair(text, tv, i);
        if (h >= tv->n || h + 1 >= tv->n)
            continue;
        const tok *t = &v[h + 1];
        if (t->sent != v[i].sent || (t->flags & (T_BREAK | T_HYPHEN | T_ALLCAPS)) ||
            !(t->flags & T_CAP) || (nf_det_lex_of(text, t) & (NF_LEX_STOP | NF_LEX_DE_DET)))
            continue;
        /* the town: a mention starting there, or the word */
        while (mk < mv->n && mv->v[mk].end <= v[i].s)
            mk++;
        size_t end = t->e, start = v[i].s;
        for (size_t q = mk; q < mv->n && mv->v[q].start <= t->s; q++)
            if (mv->v[q].start == t->s)
                end = mv->v[q].end;
        if (end == t->e && nf_det_german_noun(text, t) && nf_det_place_of(text, t->s, t->e) < 0)
            continue;        /* "Rot-Weiß Fahnen": a noun */
        /* a designator or glued ordinal before it ("DJK Schwarz-Weiß
         * Flörsheim", "1.FC Blau-Weiß Zeilsheim") */
        if (i > 0 && v[i - 1].sent == v[i].sent && !(v[i].flags & T_BREAK) &&
            designator_tok(text, &v[i - 1]))
            start = ordinal_start(text, tv, i - 1, t);
        /* one mention over [start, end): the first overlapping one is
         * widened, the others dropped (none: nothing to widen) */
        size_t q = mk;
        while (q > 0 && mv->v[q - 1].end > start)
            q--;             /* the designator's own mention ("DJK") */
        while (q < mv->n && mv->v[q].end <= start)
            q++;
        if (q >= mv->n || mv->v[q].start >= end)
            continue;
        nf_ment m = mv->v[q];
        if (m.start < start || m.curated)
            continue;
        m.start = start;
        if (mv->v[q].end < end)
            m.end = end;
        size_t r = q + 1;
        while (r < mv->n && mv->v[r].start < m.end) {
            if (mv->v[r].end > m.end)
                m.end = mv->v[r].end;
            r++;
        }
        m.type = NF_ENTITY_ORGANIZATION;
        m.place = -1;
        m.demonym = 0;
        m.weak = 0;
        mv->v[q] = m;
        memmove(mv->v + q + 1, mv->v + r, (mv->n - r) * sizeof *mv->v);
        mv->n -= r - q - 1;
    }
}

int32_t nf_det_german_inhabitants(const char *text, const tok *t)
{
    assert(text && t);
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (n < 7 || (t->flags & T_ALLCAPS) || !(t->flags & T_CAP) ||
        !(memcmp(w + n - 3, "ern", 3) == 0 || memcmp(w + n - 3, "ers", 3) == 0))
        return -1;
    /* a noun of its own is no inhabitants' form unless its -er form is
     * a noun too ("Konzern" is no "Konzer" + n; "Berlinern" is
     * "Berliner" + n) */
    if (nf_det_de_has(&nf_cw_de_nouns, w, n) && !nf_det_de_has(&nf_cw_de_nouns, w, n - 1))
        return -1;
    /* "berliner" + n, the town adjective's plural noun */
    int32_t p = nf_cue_town_adjective(w, n - 1);
    if (p >= 0)
        return p;
    /* a country's: "Italien" + "ern" */
    p = nf_det_place_of(text, t->s, t->e - 3);
    return p >= 0 && nf_places[p].kind != NF_PLACE_CITY ? p : -1;
}

/* Does lower-case token t end like an -isch adjective (-isch, -ische,
 * -ischen, -ischer, -isches, -ischem)? */
static int isch_adjective(const char *text, const tok *t)
{
    static const char *const ends[] = { "isch", "ische", "ischen", "ischer", "isches",
                                        "ischem" };
    size_t n = t->e - t->s;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l && memcmp(text + t->e - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

void nf_det_german_hyphen_adjectives(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    size_t i = 0, out = 0;
    for (size_t k = 0; k < mv->n; k++) {
        nf_ment m = mv->v[k];
        size_t fi = tok_at(tv, &i, m.start);
        if (fi < tv->n && v[fi].e == m.end && (v[fi].flags & T_LOWER)) {
            size_t a = fi, b = fi;
            while (a > 0 && nf_det_tight_hyphen(text, v, a) && (v[a - 1].flags & T_LOWER))
                a--;
            while (b + 1 < tv->n && nf_det_tight_hyphen(text, v, b + 1) &&
                   (v[b + 1].flags & T_LOWER))
                b++;
            if ((a < fi || b > fi) && isch_adjective(text, &v[b])) {
                /* the group's mentions before this one are merged in */
                while (out > 0 && mv->v[out - 1].start >= v[a].s)
                    out--;
                m.start = v[a].s;
                m.end = v[b].e;
                while (k + 1 < mv->n && mv->v[k + 1].start < m.end)
                    k++;
                m.place = -1;
                m.demonym = 0;
                m.type = NF_ENTITY_OTHER;
            }
        }
        mv->v[out++] = m;
    }
    mv->n = out;
}
