/* detect_dutch.c - Dutch compounds that hold a name.  Dutch writes a
 * compound as one word, and puts a hyphen where one of its parts is a
 * proper name or an acronym: "Sabena-aandelen", "BSE-besmetting",
 * "Likoed-leider", "mini-Echelon", "ex-Studio Brussel".  Such a word is
 * neither the name (it is the shares, the infection, the leader) nor an
 * ordinary noun; the CoNLL-2002 guidelines tag it as a miscellaneous
 * name, and it must be one mention: the name run alone covers only part
 * of a word.  So a mention touching a lower-case part across a hyphen
 * without spaces grows over that part, on either side, and becomes a
 * mention of type other, linked to a curated entry its name part is
 * ("EU-burgers"); an article opening the run is the compound's ("De |
 * Cofidis-renner").
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

/* Is token k a lower-case word joined to token k - 1 by a hyphen without
 * spaces? */
static int lower_tail(const char *text, const tok_vec *tv, size_t k)
{
    return k < tv->n && k > 0 && tv->v[k].script == SC_CASED &&
           (tv->v[k].flags & T_LOWER) && !(tv->v[k].flags & T_DIGIT) &&
           tv->v[k].sent == tv->v[k - 1].sent && nf_det_tight_hyphen(text, tv->v, k);
}

/* Does the letter sequence text[s..e) hold two or more letters?  (A
 * single capital is a letter, not a name: "T-shirt", "E-business".) */
static int long_enough(const char *text, size_t s, size_t e)
{
    size_t letters = 0;
    for (size_t k = s; k < e; k++)
        if ((text[k] & 0xC0) != 0x80)
            letters++;
    return letters >= 2;
}

/* Is token t a Dutch article (de, het, een), in any case? */
static int dutch_article(const char *text, const tok *t)
{
    static const char *const arts[] = { "de", "het", "een" };
    char w[8];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    for (size_t k = 0; n && k < sizeof arts / sizeof arts[0]; k++)
        if (n == strlen(arts[k]) && memcmp(w, arts[k], n) == 0)
            return 1;
    return 0;
}

void nf_det_dutch_compounds(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    size_t ti = 0;
    for (size_t m = 0; m < mv->n; m++) {
        nf_ment *x = &mv->v[m];
        while (ti < tv->n && tv->v[ti].e < x->end)
            ti++;
        if (ti >= tv->n || tv->v[ti].e != x->end)
            continue;
        /* the mention's first and last tokens */
        size_t first = ti;
        while (first > 0 && tv->v[first - 1].s >= x->start)
            first--;
        if (tv->v[first].s != x->start || !long_enough(text, tv->v[first].s, tv->v[first].e))
            continue;
        size_t last = ti, lead = first;
        while (lower_tail(text, tv, last + 1))
            last++;
        /* a lower-case part before: "mini-Echelon", "ex-Studio Brussel" */
        while (lead > 0 && (tv->v[lead - 1].flags & T_LOWER) &&
               !(tv->v[lead - 1].flags & T_DIGIT) && tv->v[lead - 1].script == SC_CASED &&
               tv->v[lead - 1].sent == tv->v[lead].sent &&
               nf_det_tight_hyphen(text, tv->v, lead))
            lead--;
        if (last == ti && lead == first)
            continue;
        /* the compound is a common noun and takes the article: "De |
         * Cofidis-renner", "Het | Katzav-kamp" */
        if (lead == first && first < ti && dutch_article(text, &tv->v[first]))
            lead = first + 1;
        size_t s = tv->v[lead].s, e = tv->v[last].e;
        if ((m > 0 && mv->v[m - 1].end > s) || (m + 1 < mv->n && mv->v[m + 1].start < e))
            continue;
        x->start = s;
        x->end = e;
        x->type = NF_ENTITY_OTHER;
        x->place = -1;
        x->demonym = 0;       /* (a curated name inside keeps its link:
                               * "EU-burgers" is of the European Union) */
    }
}
