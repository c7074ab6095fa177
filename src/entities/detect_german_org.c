/* detect_german_org.c - German organisations named by one common word.
 *
 * German capitalises every noun, so the noun test drops a single word
 * that a dictionary lists, and with it the parties and authorities that
 * German names with ordinary words: "die Sozialdemokraten", "die
 * Grünen", "die Union", "das Sozialamt", "der Bundestag".  This file
 * recognises that class by its form, not by a list of names: the plural
 * of a compound ending in -demokraten (the members of a party stand for
 * it), the nominalised adjectives of party names (Grüne, Liberale) inside
 * a sentence, "Union" after a determiner, a compound ending in -amt whose
 * first part is a word and no title (Sozial|amt, Bundes|kriminal|amt; an
 * office, Minister|amt, is no authority), and the federal bodies Bundes|
 * tag, -rat, -regierung, -bank.  A mis-decoded word ("Gr\u0081Een") is
 * read in its repaired spellings (nf_det_repair).  And a division's
 * designator belongs to its name: "das Land Sachsen-Anhalt", "des
 * Freistaates Bayern" (a Land is named so in German).
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/lexicon.h"
#include "entities/places.h"

/* Does w[0..n) end with the NUL-terminated suffix sfx, leaving at least
 * `head` bytes before it? */
static int ends_with(const char *w, size_t n, const char *sfx, size_t head)
{
    size_t k = strlen(sfx);
    return n >= k + head && memcmp(w + n - k, sfx, k) == 0;
}

/* Is w[0..n) equal to the NUL-terminated s? */
static int is(const char *w, size_t n, const char *s)
{
    return strlen(s) == n && memcmp(w, s, n) == 0;
}

/* Is the lower-case w[0..n) a nominalised adjective that names a party
 * (grüne, grünen, liberale, liberalen)? */
static int party_adjective(const char *w, size_t n)
{
    return is(w, n, "gr\xc3\xbcne") || is(w, n, "gr\xc3\xbcnen") ||
           is(w, n, "liberale") || is(w, n, "liberalen");
}

/* The word before token i in its sentence, lower-cased into b (cap
 * bytes); its length, 0 when there is none or a break comes between. */
static size_t word_before(const char *text, const tok_vec *tv, size_t i, char *b, size_t cap)
{
    const tok *t = &tv->v[i];
    if (i == 0 || (t->flags & (T_SENT | T_BREAK)) || tv->v[i - 1].script != SC_CASED)
        return 0;
    return nf_det_lower_form(text, tv->v[i - 1].s, tv->v[i - 1].e, b, cap);
}

/* Is the lower-case word w[0..n), at token i, one of the class (see the
 * file's comment)? */
static int org_form(const char *text, const tok_vec *tv, size_t i, const char *w, size_t n)
{
    char b[64];
    if (ends_with(w, n, "demokraten", 3))
        return 1;            /* Sozial|demokraten, Christ|demokraten */
    if (party_adjective(w, n)) {
        if (tv->v[i].flags & T_SENT)
            return 0;        /* "Grüne Welle" opening a sentence */
        size_t bn = word_before(text, tv, i, b, sizeof b);
        /* "das Grüne", "im Grünen": the neuter noun (the green) */
        return !(is(b, bn, "das") || is(b, bn, "im") || is(b, bn, "ins") ||
                 is(b, bn, "vom") || is(b, bn, "zum") || is(b, bn, "ans"));
    }
    if (is(w, n, "union")) {
        size_t bn = word_before(text, tv, i, b, sizeof b);
        return bn && is(b, bn, "die") + is(b, bn, "der") + is(b, bn, "den") > 0;
    }
    if (n > 6 && memcmp(w, "bundes", 6) == 0) {
        const char *r = w + 6;
        size_t rn = n - 6;
        if (is(r, rn, "tag") || is(r, rn, "tages") || is(r, rn, "tags") || is(r, rn, "rat") ||
            is(r, rn, "rates") || is(r, rn, "rats") || is(r, rn, "regierung") ||
            is(r, rn, "bank"))
            return 1;
    }
    size_t k = ends_with(w, n, "amtes", 4) ? n - 5 : ends_with(w, n, "amts", 4) ? n - 4
             : ends_with(w, n, "amt", 4) ? n - 3 : 0;
    if (k) {
        /* the first part is a word of its own and no title: Sozial|amt,
         * Verfassungsschutz|amt, not Minister|amt, Präsidenten|amt */
        size_t h = k;
        if (w[h - 1] == 's')
            h--;             /* linking s: Friedhofs|amt */
        unsigned c = nf_lex_classes(w, h);
        if (c & NF_LEX_ROLE)
            return 0;
        if (h > 2 && w[h - 1] == 'n' && w[h - 2] == 'e' && (nf_lex_classes(w, h - 2) & NF_LEX_ROLE))
            return 0;        /* Präsident|en|amt */
        if (nf_cw_has(&nf_cw_de_nouns, w, h) || nf_cw_has(nf_cw_for("de"), w, h))
            return 1;
        for (size_t a = 0; a + 6 <= h; a++)
            if (memcmp(w + a, "bundes", 6) == 0)
                return 1;    /* Bundes|amt, Umwelt|bundes|amt */
        return 0;
    }
    return 0;
}

int nf_det_german_org_word(const char *text, const tok_vec *tv, size_t i)
{
    assert(text && tv && i < tv->n);
    const tok *t = &tv->v[i];
    char w[128], r[128];
    if (t->flags & T_ALLCAPS)
        return 0;
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n)
        return 0;
    if (!nf_det_garbled(text, t))
        return org_form(text, tv, i, w, n);
    for (unsigned k = 0; k < NF_DET_REPAIRS; k++) {
        size_t rn = nf_det_repair(w, n, k, r, sizeof r);
        if (rn && org_form(text, tv, i, r, rn))
            return 1;
    }
    return 0;
}

/* Is the lower-case word w[0..n) a German designator of a division
 * (Land, Landes, Bundesland, Freistaat(es), Kanton(s), (Groß)Herzogtum)?
 * ("Provinz" is not: "die Provinz | Westbengalen".) */
static int division_word(const char *w, size_t n)
{
    static const char *const words[] = { "land", "landes", "bundesland", "bundeslandes",
        "freistaat", "freistaates", "freistaats", "kanton", "kantons",
        "gro\xc3\x9fherzogtum", "herzogtum" };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (is(w, n, words[k]))
            return 1;
    return 0;
}

/* Is the lower-case word w[0..n) a German designator of a town or a
 * district (Stadt, Gemeinde, Landkreis(es), Altkreis, Großraum)?  ("Kreis"
 * is not: "im Kreis | Offenbach".) */
static int town_word(const char *w, size_t n)
{
    static const char *const words[] = { "stadt", "gemeinde", "landkreis", "landkreises",
        "altkreis", "gro\xc3\x9fraum" };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (is(w, n, words[k]))
            return 1;
    return 0;
}

/* Is token t a lower-case inflected adjective ("ostanatolischen",
 * "kleine"): a description of the place after it, not its title? */
static int adjective_before(const char *text, const tok *t)
{
    char w[64];
    if (t->script != SC_CASED || (t->flags & T_CAP))
        return 0;
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n >= 5 && (ends_with(w, n, "e", 3) || ends_with(w, n, "en", 3) ||
                      ends_with(w, n, "er", 3) || ends_with(w, n, "es", 3) ||
                      ends_with(w, n, "em", 3));
}

/* Does the designator w[0..n) fit place p: a division's before a
 * division ("Freistaat Bayern"), a town's before a city ("Stadt Hanau")? */
static int designates(const char *w, size_t n, int32_t p)
{
    if (p < 0)
        return 0;
    if (nf_place_is_division(p))
        return division_word(w, n);
    return nf_places[p].kind == NF_PLACE_CITY && town_word(w, n);
}

void nf_det_german_division_titles(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    size_t i = 0;
    for (size_t k = 0; k < mv->n; k++) {
        nf_ment *m = &mv->v[k];
        const char *sp = memchr(text + m->start, ' ', m->end - m->start);
        if (m->place < 0 && sp) {
            /* the run already holds the designator: "Land Bayern" */
            char w[32];
            size_t n = nf_det_lower_form(text, m->start, (size_t)(sp - text), w, sizeof w);
            int32_t p = n ? nf_det_place_of(text, (size_t)(sp - text) + 1, m->end) : -1;
            if (designates(w, n, p)) {
                m->place = p;
                m->type = NF_ENTITY_LOCATION;
            }
            continue;
        }
        if (m->place < 0)
            continue;
        while (i < tv->n && tv->v[i].s < m->start)
            i++;
        if (i >= tv->n || tv->v[i].s != m->start || i == 0 ||
            (tv->v[i].flags & (T_SENT | T_BREAK)))
            continue;
        const tok *b = &tv->v[i - 1];
        char w[32];
        size_t n = nf_det_lower_form(text, b->s, b->e, w, sizeof w);
        if (b->script != SC_CASED || !(b->flags & T_CAP) || !designates(w, n, m->place) ||
            (k > 0 && mv->v[k - 1].end > b->s))
            continue;
        if (!nf_place_is_division(m->place) && i >= 2 && adjective_before(text, &tv->v[i - 2]))
            continue;        /* "in der ostanatolischen Stadt | Sirnak" */
        m->start = b->s;     /* "das Land Sachsen-Anhalt", "die Stadt Hanau" */
    }
}

int32_t nf_det_german_compass_place(const char *text, const tok *t)
{
    assert(text && t);
    static const char *const pre[] = { "nordost", "nordwest", "südost", "südwest", "nord",
                                       "süd", "ost", "west", "mittel" };
    char w[128];
    if (t->flags & T_ALLCAPS)
        return -1;
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++) {
        size_t pl = strlen(pre[k]);
        if (n < pl + 4 || memcmp(w, pre[k], pl) != 0)
            continue;
        int32_t p = nf_place_lookup(w + pl, n - pl);
        if (p >= 0 && nf_places[p].kind != NF_PLACE_CITY)
            return p;        /* Ost|deutschland, Süd|tirol, Mittel|europa */
        return -1;
    }
    return -1;
}

int nf_det_german_name_adjective(const char *text, const tok_vec *tv, size_t i)
{
    assert(text && tv && i < tv->n);
    const tok *t = &tv->v[i];
    if ((t->flags & (T_SENT | T_BREAK | T_OPEN | T_ALLCAPS)) || !(t->flags & T_CAP) ||
        i + 1 >= tv->n || !(tv->v[i + 1].flags & T_CAP) || tv->v[i + 1].sent != t->sent)
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (n < 5 || !(ends_with(w, n, "e", 3) || ends_with(w, n, "en", 3) ||
                   ends_with(w, n, "er", 3) || ends_with(w, n, "es", 3) ||
                   ends_with(w, n, "em", 3)))
        return 0;
    /* an adjective of the language (its lower-case form is a word) that
     * is no noun; a town's adjective ("Bonner") is not a word */
    return nf_cw_has(nf_cw_for("de"), w, n) && !nf_cw_has(&nf_cw_de_nouns, w, n) &&
           !nf_cw_has(nf_cw_names_for("de"), w, n);
}
