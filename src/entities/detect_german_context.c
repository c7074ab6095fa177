/* detect_german_context.c - German rules that read a word's neighbours
 * in the sentence.  Every German noun is capitalised, so whether a
 * capitalised word belongs to a name often shows only around it: a
 * common noun after a complete name ends it ("Israels | Presse",
 * "Peter Vormelen | Probleme"); a noun before a given name and a
 * surname is a title or a word of the sentence ("Richter | Paolo
 * Borsellino"); a noun before a town without
 * an article names a club or a body of the town ("Eintracht
 * Frankfurt"), after an article it describes the town ("die Hauptstadt
 * | Baku"); a town's adjective opens a club's name ("Karlsruher SC");
 * a town named like a noun is the noun after an article, a count or an
 * adjective, or before a month ("am Ende", "25 000 Fans", "Ende Juli").
 * Rounds 10 and 12 (docs/entities.md); the town-noun rule is round 4's.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/cues.h"
#include "entities/lexicon.h"
#include "entities/places.h"

/* Does token k - 1 of the run [a, k) end a name that no common noun
 * continues, and is token k such a noun?  A place (one word, or a
 * hyphenated one: "Berg-Karabach") or a genitive in -s of a name
 * ("Israels", "Rabins": no word of the language, no given name) is
 * complete, and so is a given name with a surname that is no noun
 * ("Peter Vormelen | Probleme", round 12); German puts the genitive
 * before the noun it governs ("Israels Presse") and the sentence's next noun may follow a place
 * directly ("in Italien Einfluß gewinnen").  The noun: a common noun of
 * the dictionary, no given name, place, genitive of a place or
 * organisation word, in a run holding no organisation word ("FC
 * Germania ..."). */
int nf_det_german_noun_after_name(const char *text, const tok *v, size_t a, size_t k, size_t j)
{
    assert(text && v && a < k && k <= j);
    const tok *t = &v[k], *p = &v[k - 1];
    if ((t->flags & (T_ALLCAPS | T_HYPHEN)) || !(p->flags & T_CAP) ||
        (nf_det_lex_of(text, t) & NF_LEX_ORG) || nf_det_place_of(text, t->s, t->e) >= 0 ||
        nf_det_given_name_elsewhere(text, t) || nf_det_german_genitive_place(text, "de", t) >= 0)
        return 0;            /* "Frankfurt West", "Aston Villa", "Lawton Chiles" */
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n || !((nf_det_german_noun_form(w, n) &&
                 (nf_det_de_has(nf_cw_for("de"), w, n) || !nf_det_de_has(&nf_cw_de_nouns, w, n))) ||
                nf_det_german_garbled_noun(text, t)))
        return 0;            /* a noun the dictionary also lists as a
                              * compound's part, or a compound (not only a
                              * capitalised stem: place names carry noun
                              * flags too) */
    for (size_t q = a; q <= j; q++)
        if (nf_det_lex_of(text, &v[q]) & NF_LEX_ORG)
            return 0;        /* a club's or firm's name: "FC Germania ..." */
    for (size_t q = k + 1; q <= j && q < k + 3; q++)
        if (nf_det_place_of(text, t->s, v[q].e) >= 0)
            return 0;        /* "Bad Nauheim" */
    if (k == a + 2 && !(nf_det_lex_of(text, &v[a]) & (NF_LEX_STOP | NF_LEX_DE_DET)) &&
        nf_det_german_full_name_at(text, v, a, k - 1) &&
        !nf_det_german_noun(text, p) && !nf_det_german_garbled_noun(text, p))
        return 1;            /* a given name and a surname are complete:
                              * "Berti Vogts | Probleme" */
    size_t h = k - 1;
    while (h > a && nf_det_tight_hyphen(text, v, h))
        h--;
    for (size_t q = a; q < h; q++)
        if (!(nf_det_lex_of(text, &v[q]) & (NF_LEX_STOP | NF_LEX_DE_DET | NF_LEX_TIME)))
            return 0;        /* the place or genitive is all the name
                              * before ("Chuuk Island Flughafen" is read
                              * as before); function words may open the
                              * run ("Aus Gorlaks Büro") */
    if (nf_det_place_of(text, v[h].s, p->e) >= 0 ||
        (h == k - 1 && nf_det_german_genitive_place(text, "de", p) >= 0))
        return !nf_det_german_town_ending(w, n) || nf_det_de_has(&nf_cw_de_nouns, w, n);
                             /* a compound shaped like a town's name after a
                              * place names a part of it ("Germania
                              * Schwanheim") */
    n = nf_det_lower_form(text, p->s, p->e, w, sizeof w);
    if (h != k - 1 || n < 4 || w[n - 1] != 's' || (p->flags & T_ALLCAPS) ||
        nf_det_german_noun(text, p) || nf_det_garbled(text, p))
        return 0;
    /* a genitive of a name: neither it nor its stem a word, no given
     * name ("Hans", "Klaus", "Andreas" open names) */
    return !nf_det_de_has(nf_cw_for("de"), w, n) && !nf_det_de_has(nf_cw_for("de"), w, n - 1) &&
           !nf_det_de_has(&nf_cw_de_nouns, w, n - 1) && !nf_det_given_name_w(w, n) &&
           !nf_cw_has(nf_cw_names_for("de"), w, n);
}

/* German: do tokens k, k + 1 (k < j) open a person's full name, a given
 * name of the dictionaries that is no German noun followed by another
 * capitalised word ("Richter | Paolo Borsellino", "Sieger | Andre
 * Agassi")?  Then a noun before them is a word of the sentence or a
 * title even when the dictionaries list it as a name too (Richter,
 * Sieger, Meister are surnames as well). */
int nf_det_german_full_name_at(const char *text, const tok *v, size_t k, size_t j)
{
    assert(text && v);
    if (k >= j || (v[k].flags & (T_ALLCAPS | T_HYPHEN)) || !(v[k].flags & T_CAP) ||
        !(v[k + 1].flags & T_CAP) || (v[k + 1].flags & T_HYPHEN) ||
        v[k + 1].sent != v[k].sent)
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, v[k].s, v[k].e, w, sizeof w);
    return n && (nf_det_given_name_w(w, n) || nf_cw_has(nf_cw_names_for("de"), w, n)) &&
           !nf_det_german_noun(text, &v[k]) && nf_det_place_of(text, v[k].s, v[k].e) < 0;
}

/* German: is token t a town's adjective in -er ("Karlsruher",
 * "Münchner"), which igerman98 also lists as the inhabitants' noun?
 * Opening a run, it belongs to the name ("Karlsruher SC"). */
int nf_det_german_town_adjective(const char *text, const tok *t)
{
    assert(text && t);
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && nf_cue_town_adjective(w, n) >= 0;
}

/* German: is the run [i, j] a common noun and a town, nothing else,
 * with no article before it ("gegen Eintracht Frankfurt", "Dynamo
 * Dresden")?  A noun set before a town's name without an article names
 * a club, a body or a building of that town; after an article the noun
 * describes the town ("die Hauptstadt Baku").  A title is no such noun
 * ("Bürgermeister Hanau" is a person's title), nor are the district
 * words that have rules of their own ("Kreis", "Stadt", "Land"). */
int nf_det_german_noun_town_name(const char *text, const tok *v, size_t i, size_t j)
{
    assert(text && v && i <= j);
    static const char *const skip[] = { "kreis", "stadt", "land", "gemeinde", "landkreis",
                                        "bezirk", "provinz", "region", "raum", "großraum" };
    if (j != i + 1 || (v[j].flags & (T_ALLCAPS | T_HYPHEN)) || (v[i].flags & T_ALLCAPS) ||
        (nf_det_lex_of(text, &v[i]) & (NF_LEX_ROLE | NF_LEX_STOP)) ||
        nf_det_given_name_elsewhere(text, &v[i]) || nf_det_english_name(text, &v[i]))
        return 0;            /* "Glenn Middleton": a given name and a surname */
    if (i > 0 && v[i - 1].sent == v[i].sent && !(v[i].flags & T_BREAK)) {
        const tok *b = &v[i - 1];
        size_t bn = b->e - b->s;
        if (nf_det_lex_of(text, b) & NF_LEX_DE_DET)
            return 0;        /* after an article the noun describes the
                              * town: "die Hauptstadt | Baku", "der Hafen
                              * | Murmansk", "Die Volkshochschule | Hanau" */
        if ((b->flags & T_LOWER) && !(nf_det_lex_of(text, b) & NF_LEX_STOP) && bn > 3 &&
            memcmp(text + b->e - 2, "te", 2) != 0 && memcmp(text + b->e - 3, "ten", 3) != 0 &&
            (text[b->e - 1] == 'e' || memcmp(text + b->e - 2, "en", 2) == 0 ||
             memcmp(text + b->e - 2, "er", 2) == 0 || memcmp(text + b->e - 2, "es", 2) == 0 ||
             memcmp(text + b->e - 2, "em", 2) == 0))
            return 0;        /* and so after an inflected adjective: "der
                              * indischen Metropole | Kalkutta" (-te, -ten
                              * are a verb's past: "spielte Dynamo
                              * Dresden") */
    }
    int32_t p = nf_det_place_of(text, v[j].s, v[j].e);
    if (p < 0 || nf_places[p].kind != NF_PLACE_CITY)
        return 0;
    char w[64];
    size_t n = nf_det_lower_form(text, v[i].s, v[i].e, w, sizeof w);
    for (size_t k = 0; n && k < sizeof skip / sizeof skip[0]; k++)
        if (n == strlen(skip[k]) && memcmp(w, skip[k], n) == 0)
            return 0;
    return n > 0;
}

/* Does the lower-case German noun w[0..n) have a plural or dative form
 * of its own, w plus -e, -n, -en, -er or -es, among the noun forms, or
 * is it such a form of a noun ("Namen" of "Name")?
 * igerman98 lists towns with the genitive and compounding flags only
 * ("Tokio/Sm", "Bremen/Sm"), so a town is a noun form of the filters
 * too; a common noun such as Ende, Lage, Hof, Welt declines ("Enden",
 * "Lagen", "Hofe", "Welten"). */
static int inflected_noun(const char *w, size_t n)
{
    static const char *const ends[] = { "e", "n", "en", "er", "es" };
    char f[128];
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n + l >= sizeof f)
            return 0;
        memcpy(f, w, n);
        memcpy(f + n, ends[k], l);
        if (nf_det_de_has(&nf_cw_de_nouns, f, n + l))
            return 1;
        /* or is itself such a form ("Namen" of "Name") */
        if (n > l + 3 && memcmp(w + n - l, ends[k], l) == 0 &&
            nf_det_de_has(&nf_cw_de_nouns, w, n - l))
            return 1;
    }
    return 0;
}

int nf_det_german_town_noun(const char *text, const tok_vec *tv, size_t i, int town)
{
    assert(text && tv && i < tv->n);
    static const char *const preps[] = { "in", "nach", "aus", "bei", "von",
        "bis", "gen", "zwischen", "und", "oder", "sowie", "gegen", "ab" };
    const tok *t = &tv->v[i];
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n || (t->flags & T_ALLCAPS) ||
        !(nf_cw_has(&nf_cw_de_nouns, w, n) || nf_cw_has(nf_cw_for("de"), w, n)))
        return 0;
    if (i + 1 < tv->n && tv->v[i + 1].sent == t->sent &&
        !(tv->v[i + 1].flags & T_BREAK) && tv->v[i + 1].e - tv->v[i + 1].s == 3 &&
        (memcmp(text + tv->v[i + 1].s, "des", 3) == 0 ||
         memcmp(text + tv->v[i + 1].s, "der", 3) == 0))
        return 1;
    if (i + 1 < tv->n && tv->v[i + 1].sent == t->sent && !(tv->v[i + 1].flags & T_BREAK) &&
        (nf_det_lex_of(text, &tv->v[i + 1]) & NF_LEX_TIME) && inflected_noun(w, n))
        return 1;            /* "Ende Juli" */
    if (i == 0 || (t->flags & (T_BREAK | T_SENT)))
        return 0;
    const tok *b = &tv->v[i - 1];
    if ((b->flags & T_DIGIT) && b->sent == t->sent &&
        !(b->e - b->s == 4 && (text[b->s] == '1' || text[b->s] == '2')))
        return 1;            /* a count: "25 000 Fans", "1264,3 Ringen"
                              * (not a year: "1991 Moskaus") */
    if (b->script != SC_CASED)
        return 0;
    if (nf_det_lex_of(text, b) & NF_LEX_DE_DET)
        return 1;            /* "Am Ende", "der Welt" */
    if (!town && (b->flags & T_LOWER) && inflected_noun(w, n) && b->e - b->s > 3 &&
        !(nf_det_lex_of(text, b) & NF_LEX_STOP)) {
        /* a region that declines as a noun does, after an inflected
         * adjective: "der arabischen Welt", "eine bessere Welt" */
        static const char *const adj[] = { "e", "en", "er", "es", "em" };
        for (size_t k = 0; k < sizeof adj / sizeof adj[0]; k++) {
            size_t l = strlen(adj[k]);
            if (memcmp(text + b->e - l, adj[k], l) == 0)
                return 1;
        }
    }
    if (!(b->flags & T_LOWER) || !town)
        return 0;            /* a region takes an adjective: "ganz Europa" */
    for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++)
        if (b->e - b->s == strlen(preps[k]) &&
            memcmp(text + b->s, preps[k], b->e - b->s) == 0)
            return 0;
    /* a city of 100,000 or more after a verb or an adjective is the city
     * ("will sich Tokio", "falls Damaskus"), unless its name declines
     * as a noun does ("Ende", "Lage") */
    int32_t p = nf_det_place_of(text, t->s, t->e);
    return p < 0 || nf_places[p].population < 100000 || inflected_noun(w, n);
}

