/* detect_german_abbrev.c - German: a name written with an abbreviation
 * and its period is one name (round 16).
 *
 * The period after an abbreviation is punctuation to the run gathering,
 * which stops there, so "FC Paris St. Germain", "VSE St. Pölten", "FC
 * St. Pauli", "Bor. Dortmund", "Spvgg. Hochheim" and "Harald B.
 * Schäfer" came out in pieces.  An abbreviation inside a name is a
 * capitalised short word that is no word of the language, written with a
 * period right after it and a capitalised word after that in the same
 * sentence: "St." (Sankt, Saint) and a club's shortened designator
 * ("Bor." Borussia, "Spvgg." Spielvereinigung) name the thing together
 * with the words around them; one capital letter and its period between
 * a person's name and a capitalised word is a middle initial.  Titles
 * ("Dr.", "Prof."), acronyms ("TPUSA. Sie": a sentence's end), a
 * function word or a number after the period ("Nr. 5") are left alone.  The pass only extends and merges the mentions
 * already found (a name on at least one side); it never adds one.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/lexicon.h"
#include "entities/places.h"

/* Is token k an abbreviation with its period before token k + 1: a
 * capitalised word of one to six letters (no digit), a period right
 * after it, then a space and a capitalised word of the same sentence?
 * *initial is set for one letter. */
static int abbreviation(const char *text, const tok_vec *tv, size_t k, int *initial)
{
    const tok *v = tv->v;
    if (k + 1 < tv->n && v[k].e - v[k].s == 2 && text[v[k].e - 1] == '.' &&
        text[v[k].s] >= 'A' && text[v[k].s] <= 'Z' && v[k + 1].s == v[k].e + 1 &&
        (v[k + 1].flags & T_CAP) && !(v[k + 1].flags & T_DIGIT) && v[k + 1].sent == v[k].sent) {
        /* the scanner kept an initial's period: "B." */
        *initial = 1;
        return !(nf_det_lex_of(text, &v[k + 1]) & (NF_LEX_STOP | NF_LEX_DE_DET));
    }
    if (k + 1 >= tv->n || v[k].script != SC_CASED || !(v[k].flags & T_CAP) ||
        (v[k].flags & (T_DIGIT | T_ALLCAPS)) || v[k].e - v[k].s > 6 || text[v[k].e] != '.' ||
        v[k + 1].s != v[k].e + 2 || text[v[k].e + 1] != ' ' || !(v[k + 1].flags & T_CAP) ||
        (v[k + 1].flags & T_DIGIT) || v[k + 1].sent != v[k].sent)
        return 0;
    if (nf_det_lex_of(text, &v[k + 1]) & (NF_LEX_STOP | NF_LEX_DE_DET))
        return 0;            /* "TPUSA. Sie": a sentence's end */
    *initial = v[k].e - v[k].s == 1;
    if (*initial)
        return 1;
    char w[16];
    size_t n = nf_det_lower_form(text, v[k].s, v[k].e, w, sizeof w);
    /* no title ("Dr.", "Prof."), function word or word of the language */
    return n >= 2 && !(nf_lex_classes(w, n) & (NF_LEX_ROLE | NF_LEX_STOP | NF_LEX_DE_DET)) &&
           !nf_det_de_has(nf_cw_for("de"), w, n) && !nf_det_de_has(&nf_cw_de_nouns, w, n);
}

void nf_det_german_abbreviations(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    size_t mi = 0;
    for (size_t k = 1; k + 1 < tv->n && mv->n; k++) {
        int initial;
        if (!abbreviation(text, tv, k, &initial))
            continue;
        while (mi < mv->n && mv->v[mi].end <= v[k - 1].s)
            mi++;
        /* L: the mention holding the abbreviation (the run took it:
         * "FC St"), or ending right before it; R: the one starting after
         * its period; nothing else may lie there */
        size_t none = mv->n, L = none, R = none;
        int other = 0;
        for (size_t q = mi; q < mv->n && mv->v[q].start < v[k + 1].e; q++) {
            const nf_ment *x = &mv->v[q];
            if (x->end == v[k].e && x->start <= v[k].s)
                L = q;
            else if (x->end == v[k - 1].e && !(v[k].flags & T_BREAK) && v[k - 1].sent == v[k].sent)
                L = q;
            else if (x->start == v[k + 1].s)
                R = q;
            else
                other = 1;
        }
        int name_before = L != none && mv->v[L].start < v[k].s;
        int saint = v[k].e - v[k].s == 2 && memcmp(text + v[k].s, "St", 2) == 0;
        /* a middle initial only after a person ("Harald B. | Schäfer"); a
         * designator's abbreviation opens its name ("des
         * Bezirksoberligisten | Spvgg. Hochheim") */
        if (other || (initial && (!name_before || mv->v[L].type != NF_ENTITY_PERSON)) ||
            (!initial && !saint && name_before) || (L == none && R == none))
            continue;
        size_t start = L != none ? mv->v[L].start : v[k].s;
        int designator = 0;
        if (!name_before && !(v[k].flags & T_BREAK) && v[k - 1].sent == v[k].sent &&
            (v[k - 1].flags & T_ALLCAPS) && v[k - 1].e - v[k - 1].s <= 4 &&
            (L == none || mv->v[L].start == v[k].s)) {
            start = v[k - 1].s;      /* "AS St. Etienne": a club's designator */
            designator = 1;
        }
        size_t end = R != none ? mv->v[R].end : v[k + 1].e;
        size_t keep = L != none ? L : R;
        nf_ment m = mv->v[keep];
        m.start = start;
        m.end = end;
        if (!initial) {
            /* a name, "St." and a name, or a designator's abbreviation
             * before a name: a club or body ("FC Paris St. Germain",
             * "Bor. Dortmund"); "St. X" alone: a place ("St. Gallen") */
            m.type = saint && !name_before && !designator ? NF_ENTITY_LOCATION
                                                           : NF_ENTITY_ORGANIZATION;
            m.place = m.type == NF_ENTITY_LOCATION ? nf_det_place_of(text, start, end) : -1;
            m.demonym = 0;
            m.curated = 0;
        }
        mv->v[keep] = m;
        if (L != none && R != none) {
            memmove(&mv->v[R], &mv->v[R + 1], (mv->n - R - 1) * sizeof *mv->v);
            mv->n--;
        }
    }
}
