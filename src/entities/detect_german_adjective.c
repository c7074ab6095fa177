/* detect_german_adjective.c - German: a town's adjective before a common
 * noun names the town alone (round 16).
 *
 * German forms the adjective of a town by adding -er to its name, and
 * the adjective never declines ("der Bremer Lehrling", "im Frankfurter
 * Westen", "das Bad Homburger Publikum"); CoNLL-style annotation counts
 * the adjective as a name and the noun after it as a word of the
 * sentence.  Round 10's rule (nf_det_german_town_attribute) reads the
 * pair only when the run holds nothing else and the town's name is one
 * word.  This file reads the same syntax more widely: after the run's
 * leading article or function word ("Im", "Die" opening a sentence),
 * and for a town's name of two words ("Bad Homburger", "New Yorker":
 * the gazetteer knows "Bad Homburg", "New York"); the adjective may be
 * one of the irregular ones of the cue table ("Bremer",
 * nf_cue_town_adjective).  The noun after the adjective must be a
 * common noun that names no body, newspaper or building of the town
 * (nf_det_german_attribute_noun): "Bremer Senat", "Stuttgarter Zeitung",
 * "Berliner Straße" stay whole.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/cues.h"
#include "entities/lexicon.h"
#include "entities/places.h"

/* Is token t a capitalised word (no acronym) ending in -er with at
 * least four letters before it? */
static int er_word(const char *text, const tok *t)
{
    return t->script == SC_CASED && (t->flags & T_CAP) && !(t->flags & T_ALLCAPS) &&
           t->e - t->s >= 6 && memcmp(text + t->e - 2, "er", 2) == 0;
}

/* The town's adjective starting at token k, before token j: its last
 * token in *b and the town's index in *place; 0 when none starts
 * there. */
static int town_adjective_at(const char *text, const tok_vec *tv, size_t k, size_t j, size_t *b,
                             int32_t *place)
{
    const tok *v = tv->v;
    if (!(v[k].flags & T_CAP) || (v[k].flags & T_ALLCAPS) || v[k].script != SC_CASED)
        return 0;
    /* a name of two words: "Bad Homburg|er", "New York|er" */
    if (k + 1 < j && er_word(text, &v[k + 1]) && !(v[k + 1].flags & (T_HYPHEN | T_BREAK)) &&
        v[k + 1].sent == v[k].sent) {
        int32_t p = nf_det_place_of(text, v[k].s, v[k + 1].e - 2);
        if (p >= 0 && nf_places[p].kind != NF_PLACE_COUNTRY) {
            *b = k + 1;
            *place = p;
            return 1;
        }
    }
    if (!er_word(text, &v[k]))
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, v[k].s, v[k].e, w, sizeof w);
    if (!n)
        return 0;
    int32_t p = nf_det_place_of(text, v[k].s, v[k].e - 2);
    if (p < 0)
        p = nf_cue_town_adjective(w, n);
    *b = k;
    *place = p;
    return p >= 0 && nf_places[p].kind == NF_PLACE_CITY;
}

int nf_det_german_adjective_noun(const char *text, const tok_vec *tv, size_t i, size_t j,
                                 size_t *a, size_t *b, int32_t *place)
{
    assert(text && tv && i <= j && j < tv->n && a && b && place);
    const tok *v = tv->v;
    if (j == i || !er_word(text, &v[j - 1]))
        return 0;            /* (cheap: the adjective ends before the noun) */
    /* the adjective, after nothing but function words and determiners
     * ("Im Frankfurter", "Ein New Yorker": "New" is read as a name's
     * word first) */
    size_t h = i;
    for (; h < j; h++) {
        if (town_adjective_at(text, tv, h, j, b, place) && *b + 1 == j)
            break;
        if (!(nf_det_lex_of(text, &v[h]) & (NF_LEX_STOP | NF_LEX_DE_DET)))
            return 0;
    }
    if (h >= j)
        return 0;
    const tok *nn = &v[j];
    if ((nn->flags & (T_ALLCAPS | T_BREAK)) || nn->sent != v[h].sent ||
        nf_det_tight_hyphen(text, v, j) || !nf_det_german_attribute_noun(text, nn))
        return 0;
    *a = h;
    return 1;
}
