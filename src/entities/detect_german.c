/* detect_german.c - German rules of the mention detector.  Every German
 * noun is capitalised, so a capitalised word is a name only when it is no
 * common noun: a listed noun form (Hunspell, common_words.h), a compound
 * ending in one whose first part is itself a word (Bundes|regierung, not
 * Hoff|mann; the first part may be a compound: Ober|bürger|meister), a
 * nominalised compound adjective ("Drogen|abhängige"), or a word with a
 * noun suffix (-ung, -heit, ..., -nahme); the dictionary's proper nouns
 * never are (Wolf|gang).  Runs of capitalised words are cut at sure
 * nouns, after hyphenated nouns ("SPD-Chef | Oskar Lafontaine") and
 * before a noun after a complete name ("Israels | Presse",
 * detect_german_context.c, which also holds the town-noun rule);
 * genitives of places ("Japans") and compounds ending in an organisation
 * word ("Kultusministerium") are names; a surname that is a noun
 * ("Männer") counts alone once the article has named the person in full,
 * and every noun does in a line-up ("Golz - Rohde , Hartmann"); streets
 * and stadiums ("Hauptstraße", "Weserstadion") are places.  An
 * inhabitants' word before a name is apart from it ("der Belgier | Jan
 * Vormelen", round 12), and so is any noun in apposition before a full
 * name, "von"/"zu" end a run unless a noble's particle, and a lone word
 * "Berlinern" names inhabitants (round 13, detect_german_apposition.c,
 * detect_german_names.c).  Round 16: a city's adjective before a common
 * noun after a leading article or of two words ("im Frankfurter |
 * Westen", "Bad Homburger | Publikum", detect_german_adjective.c);
 * lower-case hyphen groups and coalitions' colours
 * (detect_german_groups.c) and the sides of sports results
 * (detect_german_results.c), both run before the surnames' pass.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "entities/common_words.h"
#include "entities/cues.h"
#include "entities/curated.h"
#include "entities/lexicon.h"
#include "entities/places.h"
#include "text/text.h"
#include "core/grow.h"

/* Does the lower-case German word w[0..n) end in a noun suffix
 * (-ung, -heit, -keit, -schaft, -tion, -ität, -ismus, -nis, -tum, and
 * plurals; -nahme, the noun of "nehmen" that igerman98 lists only as a
 * compound's last part: Maß|nahme, Fest|nahme, Teil|nahme)?  Names
 * hardly ever do. */
static int german_noun_suffix(const char *w, size_t n)
{
    static const char *const ends[] = { "ung", "ungen", "heit", "heiten", "keit",
        "keiten", "schaft", "schaften", "tion", "tionen", "ität", "itäten",
        "ismus", "nis", "nisse", "tum", "nahme", "nahmen" };
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t l = strlen(ends[i]);
        if (n > l + 2 && memcmp(w + n - l, ends[i], l) == 0)
            return 1;
    }
    return 0;
}

/* Is German token t surely a common noun: a noun suffix, which surnames
 * (Fischer, Koch, Kohl: nouns too) do not have? */
static int german_sure_noun(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && german_noun_suffix(w, n);
}

/* Is the lower-case German word w[0..n) in filter f, as written or in
 * the spelling of the 1996 reform (ß after a short vowel became ss:
 * Schluß -> Schluss, Kompromiß -> Kompromiss; the dictionary has the new
 * spelling, older texts the old one)? */
static int de_has(const nf_cw_filter *f, const char *w, size_t n)
{
    if (nf_cw_has(f, w, n))
        return 1;
    int sz = 0;
    for (size_t i = 0; i + 1 < n && !sz; i++)
        sz = (unsigned char)w[i] == 0xC3 && (unsigned char)w[i + 1] == 0x9F;
    if (n >= 64 || !sz)
        return 0;
    char v[128];
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && (unsigned char)w[i] == 0xC3 && (unsigned char)w[i + 1] == 0x9F) {
            v[o++] = 's';
            v[o++] = 's';
            i++;
        } else {
            v[o++] = w[i];
        }
    }
    return nf_cw_has(f, v, o);
}

/* Is w[0..k) the first part of a German compound: a word of the language
 * (noun, verb or adjective stem), possibly with a linking -s, -es, -n,
 * -en or -er (Bundes|, Arbeits|)?  Surnames such as Hoff|mann or
 * Gold|berg end in nouns too, but their first part is no word. */
static int german_compound_head(const char *w, size_t k, int depth)
{
    const nf_cw_filter *cw = nf_cw_for("de");
    /* the first part may be a compound itself: Ober|bürger|meister */
    for (size_t h = 3; depth > 0 && h + 3 <= k; h++) {
        if (((unsigned char)w[h] & 0xC0) == 0x80)
            continue;
        if (de_has(&nf_cw_de_nouns, w + h, k - h) && german_compound_head(w, h, depth - 1))
            return 1;
    }
    static const size_t link[] = { 0, 1, 2 };
    for (size_t i = 0; i < sizeof link / sizeof link[0]; i++) {
        size_t l = link[i];
        if (k < l + 3)
            break;
        if (l == 1 && w[k - 1] != 's' && w[k - 1] != 'n')
            continue;
        if (l == 2 && memcmp(w + k - 2, "es", 2) != 0 && memcmp(w + k - 2, "en", 2) != 0 &&
            memcmp(w + k - 2, "er", 2) != 0)
            continue;
        if (de_has(&nf_cw_de_nouns, w, k - l) || de_has(cw, w, k - l))
            return 1;
    }
    return 0;
}

/* Does w[0..n) hold "isch" (an -isch adjective's stem)? */
static int holds_isch(const char *w, size_t n)
{
    for (size_t i = 0; i + 4 <= n; i++)
        if (memcmp(w + i, "isch", 4) == 0)
            return 1;
    return 0;
}

/* Is the lower-case German word w[0..n) a nominalised compound
 * adjective or participle ("Drogen|abhängige", "Schwer|verletzte",
 * "Tat|verdächtige", "Allein|erziehende"): a word of the language with
 * an adjective's ending (-e, -en, -es, -em; five letters or more)
 * after a first part that is itself a word?  German writes such
 * nominalisations capitalised like any noun. */
static int german_nominal_compound(const char *w, size_t n)
{
    /* (not -er: the ending of every town's adjective, "Wetterauer") */
    static const char *const infl[] = { "e", "en", "es", "em" };
    int adj = 0;
    for (size_t i = 0; i < sizeof infl / sizeof infl[0] && !adj; i++) {
        size_t l = strlen(infl[i]);
        adj = n > l + 6 && memcmp(w + n - l, infl[i], l) == 0;
    }
    int32_t p;
    if (!adj || nf_cue_demonym("de", w, n, &p) || nf_cue_town_adjective(w, n) >= 0)
        return 0;            /* "niedersächsische", "Wetterauer" */
    for (size_t k = 3; k + 5 <= n; k++) {
        if (((unsigned char)w[k] & 0xC0) == 0x80)
            continue;
        if (de_has(nf_cw_for("de"), w + k, n - k) && !de_has(&nf_cw_de_nouns, w + k, n - k) &&
            german_compound_head(w, k, 1))
            /* an -isch adjective or a people's first part makes a name's
             * adjective ("nationalpatriotischen", "deutschstämmigen") */
            return !nf_cue_demonym("de", w, k, &p) && !holds_isch(w + k, n - k);
    }
    return 0;
}

/* Is the lower-case German word w[0..n) a common noun: a listed noun
 * form, a compound ending in one whose first part is a word
 * (Bundes|regierung), or a word with a noun suffix, and no proper noun of
 * the dictionary? */
static int german_noun_w(const char *w, size_t n)
{
    if (n && de_has(&nf_cw_de_nouns, w, n) && de_has(nf_cw_for("de"), w, n))
        return 1;            /* a noun stem that igerman98 also lists as a
                              * compound's part (lower case): two filters
                              * agree, whatever the small proper-noun
                              * filter's 0.1 % false positives say
                              * ("Strafe", "Zeitungen") */
    if (!n || nf_cw_has(nf_cw_names_for("de"), w, n))
        return 0;            /* the dictionary's proper nouns: Wolf|gang */
    if (de_has(&nf_cw_de_nouns, w, n))
        return 1;
    for (size_t k = 3; k + 3 <= n; k++) {
        if (((unsigned char)w[k] & 0xC0) == 0x80)
            continue;
        if (de_has(&nf_cw_de_nouns, w + k, n - k) && german_compound_head(w, k, 1))
            return 1;
    }
    if (german_nominal_compound(w, n))
        return 1;
    return german_noun_suffix(w, n);
}

int nf_det_german_noun_form(const char *w, size_t n)
{
    assert(w || n == 0);
    return german_noun_w(w, n);
}

int nf_det_de_has(const nf_cw_filter *f, const char *w, size_t n)
{
    assert(f && (w || n == 0));
    return de_has(f, w, n);
}

int nf_det_german_noun(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && german_noun_w(w, n);
}

int nf_det_german_garbled_noun(const char *text, const tok *t)
{
    char w[128], r[128];
    if ((t->flags & T_ALLCAPS) || !nf_det_garbled(text, t))
        return 0;
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    int noun = 0;
    for (unsigned k = 0; n && k < NF_DET_REPAIRS; k++) {
        size_t rn = nf_det_repair(w, n, k, r, sizeof r);
        if (rn && (nf_det_given_name_w(r, rn) || nf_cw_has(nf_cw_names_for("de"), r, rn)))
            return 0;        /* "G\u0081Eter": Günter before Güter */
        if (rn && german_noun_w(r, rn))
            noun = 1;
    }
    return noun;
}

int nf_det_german_nominal(const char *text, const tok *t, const nf_cw_filter *cw)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && de_has(cw, w, n) &&
           !nf_cw_has(nf_cw_names_for("de"), w, n);
}

int32_t nf_det_german_genitive_place(const char *text, const char *lang, const tok *t)
{
    if (!lang || strcmp(lang, "de") != 0 || t->e - t->s < 4 || text[t->e - 1] != 's' ||
        (t->flags & T_ALLCAPS))
        return -1;
    int32_t p = nf_det_place_of(text, t->s, t->e - 1);
    return p >= 0 && nf_places[p].kind != NF_PLACE_CITY ? p : -1;
}

int nf_det_german_org_compound(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (n < 8 || (t->flags & T_ALLCAPS))
        return 0;
    for (size_t k = 3; k + 4 <= n; k++) {
        if (((unsigned char)w[k] & 0xC0) == 0x80)
            continue;
        if ((nf_lex_classes(w + k, n - k) & NF_LEX_ORG) && german_compound_head(w, k, 1))
            return 1;
    }
    return 0;
}

/* German: the place whose inhabitants' word tokens [i, h] are (h is set
 * to the word's last token), or -1.  The word is a nationality noun or a
 * town's adjective in -er, also feminine in -erin ("Franzose",
 * "Belgier", "Leverkusener", "Bürgingerin"), possibly after a
 * hyphenated prefix ("Ex-Gelnhausener"); not itself a given name
 * ("Werner", "Walter").  *village is set when the word is the adjective
 * of a town the gazetteer lacks (then -1 is returned). */
static int32_t german_demonym_at(const char *text, const tok_vec *tv, size_t i, size_t j,
                                 size_t *h, int *village)
{
    const tok *v = tv->v;
    size_t e = i;
    *village = 0;
    while (e < j && nf_det_tight_hyphen(text, v, e + 1))
        e++;
    *h = e;
    if ((v[e].flags & T_ALLCAPS) || !(v[e].flags & T_CAP))
        return -1;
    char w[128];
    size_t n = nf_det_lower_form(text, v[e].s, v[e].e, w, sizeof w);
    if (!n || nf_det_given_name_w(w, n))
        return -1;
    if (n > 6 && memcmp(w + n - 4, "erin", 4) == 0)
        n -= 2;                         /* "Bürgingerin" -> "bürginger" */
    if (n < 5)
        return -1;
    int known = 0;
    int32_t p = nf_det_demonym_of("de", w, n, &known);
    if (p < 0 && n > 6 && memcmp(w + n - 2, "er", 2) == 0) {
        p = nf_cue_town_adjective(w, n);
        if (p < 0)
            p = nf_det_place_of(text, v[e].s, v[e].e - 2);
        if (p >= 0 && nf_places[p].kind != NF_PLACE_CITY)
            p = -1;
        /* a village the gazetteer lacks ("Anhausen|er", "Zahling|er"):
         * a word in -er that is no word, noun or proper noun of the
         * dictionaries */
        if (p < 0 && n >= 8 && !nf_det_german_noun(text, &v[e]) &&
            !nf_det_german_garbled_noun(text, &v[e]) &&
            !nf_det_de_has(nf_cw_for("de"), w, n) && !nf_cw_has(nf_cw_names_for("de"), w, n))
            *village = 1;
    }
    return p;
}

/* German: the inhabitants' word before a person's name is no part of
 * the name but an attribute of the person, in apposition as a title is
 * in "Bundeskanzler Helmut Kohl": before a full name ("der Franzose |
 * Eric Cantona", "der Anhausener | Bernhard Langer"; an unknown word in
 * -er or -erin is a person's noun too, an inhabitant's or an agent's:
 * "Matchwinner | Eric Wynalda", "DSDSprecherin | Petra Rob") or before
 * one word the dictionaries list as a given name or proper noun, the
 * run's last ("Ex-Gelnhausener | Otto", "Brasilianer | Enrique").
 * Returns the last token of the inhabitants' word, or (size_t)-1. */
static size_t german_demonym_before_name(const char *text, const tok_vec *tv, size_t i,
                                         size_t j, int32_t *place)
{
    size_t h;
    int village;
    if (i >= j)
        return (size_t)-1;
    *place = german_demonym_at(text, tv, i, j, &h, &village);
    if (*place < 0 && !village && (*place = nf_det_german_big_town_adjective(text, tv, i, j)) >= 0)
        h = i;               /* "Berliner", "Frankfurter" (round 15) */
    if ((*place < 0 && !village) || h >= j)
        return (size_t)-1;
    if (nf_det_german_full_name_at(text, tv->v, h + 1, j))
        return h;
    /* or a lone name the dictionaries list ("der Brasilianer | Enrique") */
    const tok *b = &tv->v[j];
    char w[128];
    size_t n = h + 1 == j && !(b->flags & (T_ALLCAPS | T_HYPHEN)) && (b->flags & T_CAP)
                   ? nf_det_lower_form(text, b->s, b->e, w, sizeof w) : 0;
    if (n && (nf_det_given_name_w(w, n) || nf_cw_has(nf_cw_names_for("de"), w, n)) &&
        !nf_det_german_noun(text, b) && !(nf_det_lex_of(text, b) & NF_LEX_ORG) &&
        nf_det_place_of(text, b->s, b->e) < 0)
        return h;
    if (*place >= 0 && nf_det_place_of(text, tv->v[i].s, tv->v[h].e) < 0 &&
        nf_det_german_attrib_name(text, tv, h, j))
        return h;            /* "Leverkusener | Wörns", "Berliner | FDP" (round 15) */
    return (size_t)-1;
}

nf_status nf_det_german_run(nf_ent_stage *st, const char *text, const char *lang,
                            size_t i, size_t j, ment_vec *mv)
{
    const tok *v = st->toks.v;
    size_t h = i;             /* "Den Berlinern" opening a sentence */
    while (h < j && (nf_det_lex_of(text, &v[h]) & (NF_LEX_STOP | NF_LEX_DE_DET)))
        h++;
    int32_t inh = h == j ? nf_det_german_inhabitants(text, &v[j]) : -1;
    if (inh >= 0)            /* "den Berlinern" (round 13) */
        return nf_det_push_span(mv, v[j].s, v[j].e, NF_ENTITY_LOCATION, inh, 1);
    if (j == i || nf_det_shouting(&st->toks, i) || nf_det_place_of(text, v[i].s, v[j].e) >= 0 ||
        nf_curated_lookup(text + v[i].s, v[j].e - v[i].s) >= 0)
        return nf_det_cased_run(st, text, lang, i, j, mv);
    int all_cap = 1;
    for (size_t k = i; k <= j; k++)
        all_cap &= (v[k].flags & (T_CAP | T_ALLCAPS)) != 0;
    if (all_cap && !(nf_det_lex_of(text, &v[i]) & (NF_LEX_STOP | NF_LEX_DE_DET)) &&
        (nf_det_german_noun(text, &v[j]) || nf_det_german_org_compound(text, &v[j]) ||
         (nf_det_lex_of(text, &v[j]) & NF_LEX_ORG)) &&
        nf_det_german_name_adjective(text, &st->toks, i)) {
        /* "Deutschen Roten Kreuz": one name, whatever its nouns (a run
         * of capitalised words ending in a noun; not "Deutschen Stefan
         * Effenberg", "Krankenhausgesellschaft zu Wort") */
        return nf_det_push_span(mv, v[i].s, v[j].e, NF_ENTITY_ORGANIZATION, -1, 0);
    }
    int32_t town = j == i + 1 ? nf_det_german_town_attribute(text, &st->toks, i) : -1;
    if (town >= 0) {
        /* "Kelkheimer | Modell": the adjective alone names the town */
        return nf_det_push_span(mv, v[i].s, v[i].e, NF_ENTITY_LOCATION, town, 1);
    }
    size_t ta, tb;
    if (nf_det_german_adjective_noun(text, &st->toks, i, j, &ta, &tb, &town))
        /* "im Frankfurter | Westen", "Bad Homburger | Publikum" (round 16) */
        return nf_det_push_span(mv, v[ta].s, v[tb].e,
                                town >= 0 ? NF_ENTITY_LOCATION : NF_ENTITY_OTHER, town, town >= 0);
    size_t a = i;
    int32_t dp;
    size_t dh = german_demonym_before_name(text, &st->toks, i, j, &dp);
    if (dh != (size_t)-1) {
        nf_status s = nf_det_push_span(mv, v[i].s, v[dh].e,
                                       dp >= 0 ? NF_ENTITY_LOCATION : NF_ENTITY_OTHER, dp, dp >= 0);
        if (s)
            return s;
        a = dh + 1;
    }
    for (size_t k = a; k <= j; k++) {
        if (k > a && k < j && nf_det_german_preposition_cut(text, v, k)) {
            /* "Lothar Matthäus | von | Inter Mailand", "Stuttgart | zu |
             * Beginn" (round 13) */
            nf_status s = nf_det_cased_run(st, text, lang, a, k - 1, mv);
            if (s)
                return s;
            a = k + 1;
            continue;
        }
        size_t ab;
        int keep;
        if (nf_det_german_apposition(text, &st->toks, k, j, &ab, &keep)) {
            /* "der Weltranglistenerste | Jim Courier", "KSC-Coach |
             * Winnie Schäfer" (round 13) */
            nf_status s = k > a ? nf_det_cased_run(st, text, lang, a, k - 1, mv) : NF_OK;
            size_t n0 = mv->n;
            if (!s && keep == 1)
                s = nf_det_push_span(mv, v[k].s, v[ab].e, NF_ENTITY_OTHER, -1, 0);
            if (!s && keep == 2)
                s = nf_det_cased_run(st, text, lang, k, ab, mv);
            if (!s && keep == 2 && mv->n == n0 + 1 && mv->v[n0].type == NF_ENTITY_PERSON &&
                !mv->v[n0].cue)
                mv->v[n0].type = NF_ENTITY_OTHER;   /* a thing of the name's */
            if (s)
                return s;
            a = ab + 1;
            k = ab;
            continue;
        }
        /* a hyphenated compound ending in a noun ends a name before it
         * and starts none after it: "SPD-Chef Oskar Lafontaine" */
        size_t b = k;
        while (b < j && nf_det_tight_hyphen(text, v, b + 1))
            b++;
        int cut = b > k ? !(v[b].flags & T_ALLCAPS) && nf_det_german_noun(text, &v[b])
                        : !(v[k].flags & T_ALLCAPS) && !(nf_det_lex_of(text, &v[k]) & NF_LEX_ORG) &&
                          nf_det_place_of(text, v[k].s, v[k].e) < 0 && german_sure_noun(text, &v[k]);
        if (!cut && b == k && k > a && nf_det_german_noun_after_name(text, v, a, k, j)) {
            /* "Israels | Presse", "Italien | Einfluß", "Rabins | Büro":
             * the noun and what follows are read on their own */
            nf_status s = nf_det_cased_run(st, text, lang, a, k - 1, mv);
            if (s)
                return s;
            a = k;
            continue;
        }
        if (!cut) {
            k = b;
            continue;
        }
        if (k > a) {
            nf_status s = nf_det_cased_run(st, text, lang, a, k - 1, mv);
            if (s)
                return s;
        }
        if (b > k) {
            /* the compound is a piece of its own ("CDU-Fraktion"); ending
             * in a common noun, it names no person ("UN-Konferenz",
             * "Schalke-Fans": a thing of the name's, type other) */
            size_t n0 = mv->n;
            nf_status s = nf_det_cased_run(st, text, lang, k, b, mv);
            if (s)
                return s;
            if (mv->n == n0 + 1 && mv->v[n0].start == v[k].s && mv->v[n0].end == v[b].e &&
                mv->v[n0].type == NF_ENTITY_PERSON && !mv->v[n0].cue)
                mv->v[n0].type = NF_ENTITY_OTHER;
            /* a curated first part links the word to its entry ("UN-" of
             * "UN-Konferenz" is the United Nations) */
            int cur = nf_curated_lookup(text + v[k].s, v[k].e - v[k].s);
            if (mv->n == n0 + 1 && mv->v[n0].start == v[k].s && mv->v[n0].end == v[b].e &&
                cur >= 0 && !mv->v[n0].curated)
                mv->v[n0].curated = cur + 1;
        }
        a = b + 1;
        k = b;
    }
    return a <= j ? nf_det_cased_run(st, text, lang, a, j, mv) : NF_OK;
}

/* Orders mentions by start. */
static int cmp_ment(const void *a, const void *b)
{
    const nf_ment *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

nf_status nf_det_german_surnames(nf_ent_stage *st, const char *text, ment_vec *mv)
{
    nf_status ls = nf_det_german_lower_groups(text, &st->toks, mv);   /* round 16 */
    if (!ls)
        ls = nf_det_german_results(text, &st->toks, mv);
    if (ls)
        return ls;
    uint64_t sur[64];
    size_t ns = 0, n0 = mv->n;
    for (size_t i = 0; i < n0 && ns < 64; i++) {
        const nf_ment *m = &mv->v[i];
        if (m->type != NF_ENTITY_PERSON || m->curated)
            continue;
        size_t b = m->end;
        while (b > m->start && text[b - 1] != ' ')
            b--;
        if (b == m->start)
            continue;            /* one word */
        /* the full name opens with a given name: a proper noun of the
         * dictionary or no ordinary word ("Wolfgang", "Christa"; not
         * "Zwei Jahre") */
        char w[128];
        size_t fe = m->start;
        while (fe < m->end && text[fe] != ' ')
            fe++;
        size_t n = nf_det_lower_form(text, m->start, fe, w, sizeof w);
        int given = n && (nf_cw_has(nf_cw_names_for("de"), w, n) || nf_det_given_name_w(w, n));
        if (!n || (!given && (de_has(&nf_cw_de_nouns, w, n) || de_has(nf_cw_for("de"), w, n))))
            continue;
        n = nf_det_lower_form(text, b, m->end, w, sizeof w);
        /* a surname that is a noun too needs a given name the dictionary
         * knows ("Wolfgang Männer", not "Volkshochschule Kurse") */
        if (!given && german_noun_w(w, n))
            continue;
        if (n >= 3)
            sur[ns++] = nf_det_hash_bytes(w, n);
    }
    if (!ns)
        return NF_OK;
    size_t mi = 0;
    for (size_t i = 0; i < st->toks.n; i++) {
        const tok *t = &st->toks.v[i];
        if (t->script != SC_CASED || !(t->flags & T_CAP) || (t->flags & T_ALLCAPS))
            continue;
        char w[128];
        size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
        if (n < 3)
            continue;
        uint64_t h = nf_det_hash_bytes(w, n), hg = w[n - 1] == 's' ? nf_det_hash_bytes(w, n - 1) : 0;
        int hit = 0;
        for (size_t k = 0; k < ns && !hit; k++)
            hit = sur[k] == h || sur[k] == hg;
        if (!hit || (i > 0 && !(t->flags & T_BREAK) &&
                     (nf_det_lex_of(text, &st->toks.v[i - 1]) & NF_LEX_DE_DET) &&
                     (st->toks.v[i - 1].flags & T_LOWER)))
            continue;            /* "die Männer": the noun after its article */
        /* mentions found so far are in text order */
        while (mi < n0 && mv->v[mi].end <= t->s)
            mi++;
        if (mi < n0 && mv->v[mi].start < t->e)
            continue;            /* inside a mention already */
        nf_status s = nf_det_push_span(mv, t->s, t->e, NF_ENTITY_PERSON, -1, 0);
        if (s)
            return s;
    }
    if (mv->n > n0)
        qsort(mv->v, mv->n, sizeof *mv->v, cmp_ment);
    return NF_OK;
}

int nf_det_german_street(const char *text, const tok *t)
{
    static const char *const ends[] = { "stra\303\237e", "strasse", "gasse", "allee",
                                        "stadion" };
    size_t n = t->e - t->s;
    if (t->flags & T_ALLCAPS)
        return 0;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n >= l + 3 && memcmp(text + t->e - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

int nf_det_name_list(nf_ent_stage *st, size_t i)
{
    const tok_vec *tv = &st->toks;
    int sent = tv->v[i].sent;
    if (st->list_sent == sent)
        return st->list_ans;
    size_t a = i, caps = 0, lows = 0, seps = 0;
    while (a > 0 && tv->v[a - 1].sent == sent)
        a--;
    for (size_t k = a; k < tv->n && tv->v[k].sent == sent; k++) {
        const tok *t = &tv->v[k];
        if (t->script != SC_CASED || (t->flags & T_DIGIT))
            continue;
        if (t->flags & T_CAP)
            caps++;
        else if (t->flags & T_LOWER)
            lows++;
        if ((t->flags & (T_BREAK | T_HYPHEN)) && k > a)
            seps++;
    }
    st->list_sent = sent;
    st->list_ans = caps >= 6 && lows * 6 <= caps && seps * 2 >= caps;
    return st->list_ans;
}
