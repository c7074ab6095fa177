/* detect_german_apposition.c - German: the word in apposition before a
 * person's full name (round 13).  German sets a noun naming the person
 * by role, rank or deed right before the name, without a comma: "der
 * Weltranglistenerste | Jim Courier", "ihren Rekonvaleszenten | Mario
 * Schwarz", "KSC-Coach | Winnie Schäfer", "EGKommissionspräsident |
 * Jacques Delors".  The noun is no part of the name.  The dictionaries
 * cannot list every such noun (nominalised ordinals, loan words,
 * compounds with an acronym), so the rule reads the word's form and its
 * place in the sentence instead: a hyphenated compound, an acronym
 * glued to a noun (the data lost the hyphen), a common noun, or any
 * capitalised word right after a determiner or an inflected adjective
 * (German: article + capitalised word = noun).  A compound holding a name
 * ("KSC-Coach") is kept as a mention of type other, the rest is a word
 * of the sentence.  Round 12's inhabitants' words ("der Belgier | Jan
 * Vormelen") are detect_german.c's and come first.
 *
 * Likewise German "von" and "zu" inside a run of capitalised words are
 * prepositions ("Lothar Matthäus | von | Inter Mailand", "Stuttgart | zu
 * | Beginn") unless they follow a given name as a noble's particle
 * ("Richard von Weizsäcker").
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/cues.h"
#include "entities/curated.h"
#include "entities/lexicon.h"
#include "entities/places.h"

/* Is token t a given name or a proper noun of the dictionaries that is
 * no German common noun ("Hans" of "Hans-Jochen"; not "Meister")? */
static int name_word(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && (nf_det_given_name_w(w, n) || nf_cw_has(nf_cw_names_for("de"), w, n)) &&
           !nf_det_german_noun(text, t);
}

/* Is token t an acronym glued to a German noun, the hyphen lost in the
 * data ("EGKommissionspräsident", "FCPräsidenten", "DDRAuswahlspieler"):
 * two or more capitals, then a capitalised noun or role word? */
static int glued_acronym_noun(const char *text, const tok *t)
{
    size_t s = t->s, caps = 0;
    while (s < t->e && text[s] >= 'A' && text[s] <= 'Z') {
        s++;
        caps++;
    }
    if (caps < 3 || s >= t->e || !(text[s] >= 'a' && text[s] <= 'z'))
        return 0;            /* the last capital opens the noun */
    tok r = *t;
    r.s = s - 1;
    r.flags = T_CAP;
    return r.e - r.s >= 5 && (nf_det_german_noun(text, &r) || (nf_det_lex_of(text, &r) & NF_LEX_ROLE));
}

/* Does the lower-case token b read as an inflected adjective before a
 * noun ("vom ehemaligen", "den sicheren"): five letters or more ending
 * in -e, -en, -er, -es, -em, and not a verb's past in -te or -ten? */
static int inflected_adjective(const char *text, const tok *b)
{
    size_t n = b->e - b->s;
    const char *e = text + b->e;
    if (!(b->flags & T_LOWER) || n < 5 || (nf_det_lex_of(text, b) & NF_LEX_STOP) ||
        memcmp(e - 2, "te", 2) == 0 || memcmp(e - 3, "ten", 3) == 0)
        return 0;
    return e[-1] == 'e' || memcmp(e - 2, "en", 2) == 0 || memcmp(e - 2, "er", 2) == 0 ||
           memcmp(e - 2, "es", 2) == 0 || memcmp(e - 2, "em", 2) == 0;
}

int nf_det_german_apposition(const char *text, const tok_vec *tv, size_t k, size_t j,
                             size_t *b, int *keep)
{
    assert(text && tv && k <= j && j < tv->n && b && keep);
    const tok *v = tv->v;
    size_t e = k;
    while (e < j && nf_det_tight_hyphen(text, v, e + 1))
        e++;
    *b = e;
    *keep = 0;
    if (e + 1 > j || !nf_det_german_full_name_at(text, v, e + 1, j) || !(v[k].flags & T_CAP))
        return 0;
    unsigned lx = nf_det_lex_of(text, &v[k]);
    if ((lx & (NF_LEX_STOP | NF_LEX_PARTICLE | NF_LEX_DE_DET | NF_LEX_TIME)) ||
        (e == k && (lx & NF_LEX_ORG)) ||
        (nf_det_lex_of(text, &v[e]) & NF_LEX_ORG) ||
        nf_curated_lookup(text + v[k].s, v[e].e - v[k].s) >= 0)
        return 0;            /* a function word, a body's name ("TSV-Coach"
                              * is no body: its last part counts) */
    for (size_t q = k; q <= e; q++)
        if (name_word(text, &v[q]))
            return 0;        /* "Hans-Jochen Tschiche", "Hans Peter Müller" */
    char w[128];
    size_t n = nf_det_lower_form(text, v[e].s, v[e].e, w, sizeof w);
    int32_t dp;
    if (!n || nf_cue_demonym("de", w, n, &dp) || nf_cue_town_adjective(w, n) >= 0)
        return 0;            /* "der Franzose | Marc Madiot": round 12's */
    if (e > k) {
        if ((v[e].flags & T_ALLCAPS) || nf_det_place_of(text, v[k].s, v[e].e) >= 0)
            return 0;
        *keep = 2;           /* read on its own ("KSC-Coach" is a
                              * mention, "Junioren-Trainer" none) */
        return 1;
    }
    if (v[k].flags & T_ALLCAPS)
        return 0;            /* an acronym: a body ("FDP") */
    if (glued_acronym_noun(text, &v[k]))
        return (*keep = 1);
    int noun = nf_det_german_noun(text, &v[k]) || nf_det_german_garbled_noun(text, &v[k]);
    int32_t pl = nf_det_place_of(text, v[k].s, v[k].e);
    int place = pl >= 0 || nf_det_place_word(text, "de", &v[k]);
    /* a town named like a common noun ("Namen", Namur) */
    int noun_town = pl >= 0 && nf_places[pl].kind == NF_PLACE_CITY && noun &&
                    nf_det_de_has(nf_cw_for("de"), w, n);
    if (noun && !place)
        return 1;            /* "Schumachers | Manager | Wilhelm Weber" */
    if (k == 0 || (v[k].flags & T_BREAK) || v[k - 1].sent != v[k].sent)
        return 0;
    const tok *p = &v[k - 1];
    if (nf_det_lex_of(text, p) & NF_LEX_DE_DET)
        return !place || noun_town;
                             /* "der Weltranglistenerste"; a place only
                              * when a town named like a noun ("den
                              * Namen", not "der Europa League") */
    return inflected_adjective(text, p) && !place;
}

int nf_det_german_preposition_cut(const char *text, const tok *v, size_t k)
{
    assert(text && v);
    const tok *t = &v[k];
    size_t n = t->e - t->s;
    if (!(t->flags & T_LOWER) || !((n == 3 && memcmp(text + t->s, "von", 3) == 0) ||
                                   (n == 2 && memcmp(text + t->s, "zu", 2) == 0)))
        return 0;
    /* a noble's particle after a given name: "Richard von Weizsäcker",
     * "Carola von Braun" (not before a place or a body: "Peter von
     * Bayern München") */
    const tok *b = &v[k + 1];
    return !(name_word(text, &v[k - 1]) && !(nf_det_lex_of(text, b) & NF_LEX_ORG) &&
             nf_det_place_of(text, b->s, b->e) < 0);
}
