/* detect_german_attrib.c - German: what may follow an inhabitants' word
 * that stands in apposition before a name (round 15).  A town's
 * adjective in -er or a nationality noun names the person, party or
 * thing after it by where it comes from: "der Leverkusener | Wörns",
 * "die Berliner | FDP" (the party's Berlin branch), "der Franzose |
 * Cantona".  German writes such an attribute as a word of its own, so
 * the name after it is a mention of its own and the attribute is the
 * town's or country's.  Round 12 split the word off before a full name
 * or a name the dictionaries list; this file answers for the two cases
 * it left whole: a surname the dictionaries do not know (no word of the
 * language, no noun, no place) and a party's acronym.  A club's
 * designator ("Karlsruher SC", "Hamburger SV") is no party: the town's
 * adjective is part of a club's name, never of a party's. */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/cues.h"
#include "entities/lexicon.h"
#include "entities/places.h"

/* Is the token t, written in capitals, the acronym of a German party
 * (CDU, SPD, FDP ...)?  Parties are organised by Land and town, and the
 * branch is named by the town's adjective before the acronym. */
static int party_acronym(const char *text, const tok *t)
{
    static const char *const parties[] = { "CDU", "CSU", "SPD", "FDP", "PDS", "NPD", "DVU",
                                           "DKP", "KPD", "SED", "ÖDP", "FWG" };
    size_t n = t->e - t->s;
    if (!(t->flags & T_ALLCAPS) || (t->flags & T_HYPHEN))
        return 0;
    for (size_t k = 0; k < sizeof parties / sizeof parties[0]; k++)
        if (strlen(parties[k]) == n && memcmp(text + t->s, parties[k], n) == 0)
            return 1;
    return 0;
}

/* Is token t a surname the dictionaries do not know: capitalised (not
 * in capitals, no hyphen), three letters or more, no word or proper
 * noun of the language, no noun (also repaired), no place, no
 * organisation word? */
static int unknown_surname(const char *text, const tok *t)
{
    char w[128];
    size_t n;
    if ((t->flags & (T_ALLCAPS | T_HYPHEN)) || !(t->flags & T_CAP) ||
        (n = nf_det_lower_form(text, t->s, t->e, w, sizeof w)) < 3)
        return 0;
    return !nf_det_de_has(nf_cw_for("de"), w, n) && !nf_cw_has(nf_cw_names_for("de"), w, n) &&
           !nf_det_german_noun(text, t) && !nf_det_german_garbled_noun(text, t) &&
           !nf_det_garbled(text, t) && !(nf_det_lex_of(text, t) & NF_LEX_ORG) &&
           nf_det_place_of(text, t->s, t->e) < 0;
}

int nf_det_german_attrib_name(const char *text, const tok_vec *tv, size_t h, size_t j)
{
    assert(text && tv && h < j && j < tv->n);
    const tok *v = tv->v;
    for (size_t k = h + 1; k <= j; k++)
        if (v[k].sent != v[h].sent || nf_det_tight_hyphen(text, v, k))
            return 0;
    if (j == h + 1 && party_acronym(text, &v[j]))
        return 1;            /* "Berliner | FDP" */
    if (j > h + 2)
        return 0;
    for (size_t k = h + 1; k <= j; k++)
        if (!unknown_surname(text, &v[k]) && !(k < j && nf_det_given_name_elsewhere(text, &v[k])))
            return 0;
    return 1;                /* "Leverkusener | Wörns", "Franzose | Cantona" */
}

int32_t nf_det_german_big_town_adjective(const char *text, const tok_vec *tv, size_t i, size_t j)
{
    assert(text && tv && i <= j && j < tv->n);
    const tok *t = &tv->v[i];
    char w[128];
    size_t n;
    if (i >= j || (t->flags & (T_ALLCAPS | T_HYPHEN)) || !(t->flags & T_CAP) ||
        (n = nf_det_lower_form(text, t->s, t->e, w, sizeof w)) == 0)
        return -1;
    int32_t p = nf_cue_town_adjective(w, n);
    return p >= 0 && nf_places[p].kind == NF_PLACE_CITY && nf_places[p].population >= 100000
               ? p : -1;
}
