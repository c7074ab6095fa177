/* detect_cased.c - reads one run of capitalised words of a cased script
 * into mentions.  Leading titles are kept as the role; leading function
 * words, months, and a sentence's first word that is an ordinary word
 * there (written in lower case elsewhere in the article, or a common
 * word of the language never capitalised inside a sentence) are
 * dropped; a leading place or demonym before a title or a name of two or
 * more words is split off ("US General Aleksis Grinkevich" -> place +
 * role + person), and so is a place of two or three words that would
 * otherwise open a name ("degli Stati Uniti | Donald Trump"); a single
 * ordinary word capitalised inside a sentence is dropped
 * (detect_ordinary.c), a run of ordinary words only is no person; an
 * organisation word keeps titles and places inside
 * the name ("General Motors"); a capitalised particle inside a sentence
 * opens a surname ("Van Gaal"), in Dutch also at a sentence's start
 * unless a place or its adjective follows; a capitalised article inside
 * a sentence belongs to the name ("La Voz de Galicia"); Dutch given
 * names of the dictionary open a person inside a run ("Cultuur | Bert
 * Anciaux"), a Dutch adjective of a place before a place or a person is
 * an attribute ("Oost-Duitse | Eisenach"), and an organisation's name
 * leaves its article out ("De | Fortis Bank"), and is split off before an
 * acronym or a foreign word ("Brusselse | AB"); a function word of
 * another language that is a given name here opens a name ("An
 * Bruyninckx"); curated names take the curated type; German common nouns
 * and town nouns are dropped (detect_german.c, detect_german_context.c:
 * not before a town, "Eintracht Frankfurt", nor a town's adjective,
 * "Karlsruher SC"); a run after a ship's noun names a vessel, no person
 * ("the bulk carrier Kaliakra Trader"); a Russian, Ukrainian or Greek
 * word in a case of a place's name is that place ("Румынии"); the rest
 * is typed.
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

/* A role word right before token i, or two before with a function word,
 * place or adjective of a place between ("presidente ucraino X"). */
static int role_before(const char *text, const tok_vec *tv, size_t i,
                       size_t *rs, size_t *re)
{
    for (size_t k = i, steps = 0; k > 0 && steps < 2; k--, steps++) {
        const tok *t = &tv->v[k - 1];
        if (t->sent != tv->v[i].sent || (tv->v[k].flags & T_BREAK))
            break;
        unsigned lx = nf_det_lex_of(text, t);
        if (lx & NF_LEX_ROLE) {
            *rs = t->s;
            *re = t->e;
            return 1;
        }
        if (!(lx & NF_LEX_STOP) && nf_det_place_of(text, t->s, t->e) < 0)
            break;
    }
    return 0;
}

/* Do tokens [i, k] for some k in (i, j] name a place or a curated
 * entry?  (Then the first word is the name's, whatever it is.) */
static int known_prefix(const char *text, const tok *v, size_t i, size_t j)
{
    for (size_t k = i + 1; k <= j && k < i + 4; k++)
        if (nf_det_place_of(text, v[i].s, v[k].e) >= 0 ||
            nf_curated_lookup(text + v[i].s, v[k].e - v[i].s) >= 0)
            return 1;
    return 0;
}

/* A place of two or three words opening the run [i, j], which
 * known_prefix keeps whole ("Stati Uniti", "New York"): the index of
 * the token after it when a title or a name of two or more words
 * follows ("degli Stati Uniti | Donald Trump", "United Kingdom | Prime
 * Minister ..."), the name's first word being a given name of the
 * dictionaries or no ordinary word of the language (so "San Francisco
 * Bay Area" stays whole); else 0.  Never inside an organisation's name
 * (has_org). */
static size_t lead_place_end(const char *text, const tok *v, size_t i, size_t j,
                             int has_org, const nf_cw_filter *cw)
{
    assert(i < j);
    if (has_org)
        return 0;
    size_t pe = 0;
    for (size_t k = i + 1; k < j && k < i + 3; k++)
        if (nf_det_place_of(text, v[i].s, v[k].e) >= 0)
            pe = k + 1;
    if (!pe)
        return 0;
    const tok *t = &v[pe];
    unsigned lx = nf_det_lex_of(text, t);
    if ((t->flags & (T_ALLCAPS | T_HYPHEN)) || !(t->flags & T_CAP) || t->sent != v[i].sent)
        return 0;
    if (lx & NF_LEX_ROLE)
        return pe;
    if (j - pe < 1 || (lx & (NF_LEX_STOP | NF_LEX_PARTICLE | NF_LEX_TIME | NF_LEX_ARTICLE)) ||
        !(v[pe + 1].flags & T_CAP) || (v[pe + 1].flags & T_HYPHEN))
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && (nf_det_given_name_w(w, n) || !nf_cw_has(cw, w, n)) ? pe : 0;
}

/* Dutch: does the capitalised particle opening a sentence at token i
 * ("De", "Van", "Ter") open a surname or a name ("Van Gaal", "De
 * Morgen")?  Dutch common nouns are written in lower case, so an article
 * or preposition is followed by a capitalised word only when that word
 * is itself a name: a place or an adjective of one ("De Nederlandse
 * regering"), or an acronym ("De VS"); anything else is read as the
 * particle's name. */
static int initial_particle_name(const char *text, const char *lang, const tok *v,
                                 size_t i, size_t j, int has_org)
{
    if (!lang || strcmp(lang, "nl") != 0)
        return 0;
    /* an organisation's name takes the article outside it: "De | Fortis
     * Bank", "Het | Flanders Language Fund" */
    if (has_org && v[i].e - v[i].s <= 3)
        return 0;
    const tok *t = &v[i + 1];
    /* "Van der Voort", "Van den Abeele": look past the lower-case
     * particle (the run holds a capitalised word after it) */
    if ((t->flags & T_LOWER) && (nf_det_lex_of(text, t) & NF_LEX_PARTICLE) && t->sent == v[i].sent)
        return (v[i + 2].flags & T_CAP) && !(v[i + 2].flags & T_ALLCAPS) &&
               v[i + 2].sent == v[i].sent;      /* not "Van de NMBS" */
    if (!(t->flags & T_CAP) || (t->flags & (T_ALLCAPS | T_HYPHEN)) ||
        (nf_det_lex_of(text, t) & (NF_LEX_STOP | NF_LEX_PARTICLE | NF_LEX_ROLE | NF_LEX_TIME)))
        return 0;
    /* Dutch adjectives of places end in -se or -sche (Nederlandse,
     * Belgische, Franse): "De" is their article */
    size_t n = t->e - t->s;
    if ((n > 4 && memcmp(text + t->e - 2, "se", 2) == 0) ||
        (n > 6 && memcmp(text + t->e - 4, "sche", 4) == 0))
        return 0;
    return !nf_det_place_word(text, lang, t) && !known_prefix(text, v, i + 1, j) &&
           nf_curated_lookup(text + t->s, t->e - t->s) < 0;
}

/* Is token i, a function word of the lexicon's (which mixes the
 * languages; no month or weekday, no particle), a given name in this
 * language instead: no ordinary word of
 * the language's filter, a proper noun of its dictionary, before a
 * capitalised word that is no function word ("An Bruyninckx" in Dutch,
 * where "an" is no word)?  Only for languages with a proper-noun list. */
static int foreign_stop_name(const char *text, const char *lang, const tok *v, size_t i,
                             size_t j)
{
    const nf_cw_filter *cw = nf_cw_for(lang), *names = nf_cw_names_for(lang);
    unsigned lx = nf_det_lex_of(text, &v[i]);
    if (!cw || !names || i >= j || !(lx & NF_LEX_STOP) ||
        (lx & (NF_LEX_TIME | NF_LEX_PARTICLE)) || !(v[i].flags & T_CAP) ||
        (v[i].flags & T_ALLCAPS) ||
        !(v[i + 1].flags & T_CAP) || (v[i + 1].flags & T_ALLCAPS) ||
        (nf_det_lex_of(text, &v[i + 1]) & (NF_LEX_STOP | NF_LEX_PARTICLE | NF_LEX_ARTICLE)))
        return 0;
    char w[64];
    size_t n = nf_det_lower_form(text, v[i].s, v[i].e, w, sizeof w);
    return n && !nf_cw_has(cw, w, n) && nf_cw_has(names, w, n);
}

/* Is token t an ordinary word of the language (its common-word filter)
 * and no given name or proper noun of the dictionaries?  After a title
 * such a word names the body or the field the title belongs to, not a
 * person ("General | Staff", "ministri degli | Esteri", "minister van |
 * Arbeid", "presidente de | Telefónica"): it is typed organisation. */
static int cue_only_word(const char *text, const char *lang, const tok *t)
{
    const nf_cw_filter *cw = nf_cw_for(lang), *names = nf_cw_names_for(lang);
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return cw && n && !(t->flags & T_ALLCAPS) && nf_cw_has(cw, w, n) &&
           !(names && nf_cw_has(names, w, n)) && !nf_det_given_name_w(w, n);
}

/* Dutch: does token t end like an adjective of a place or people,
 * in -se or -sche after three or more letters ("Nederlandse", "Duitse",
 * "Belgische")? */
static int dutch_adjective(const char *text, const tok *t)
{
    size_t n = t->e - t->s;
    return (n > 4 && memcmp(text + t->e - 2, "se", 2) == 0) ||
           (n > 6 && memcmp(text + t->e - 4, "sche", 4) == 0);
}

/* Dutch: is token t an acronym or a word that is no ordinary Dutch word
 * ("AB", "SBS", "Brabanthal", "National")?  After an adjective of a
 * place ("Brusselse AB", "Amerikaanse National Security Agency") it
 * opens a name the adjective only qualifies; a Dutch word after it may
 * be the name's own ("Vlaamse Gemeenschap", "Nederlandse Spoorwegen"). */
static int dutch_foreign_name(const char *text, const tok *t)
{
    if (t->flags & T_ALLCAPS)
        return t->e - t->s >= 2;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_HYPHEN) && !nf_cw_has(nf_cw_for("nl"), w, n) &&
           !(nf_det_lex_of(text, t) & (NF_LEX_ORG | NF_LEX_ROLE));
}

/* A curated name that the run [i, j] opens and one or two lower-case
 * words after it close, in the same sentence with nothing but spaces
 * between ("Чёрном море", "Чорного моря": Russian and Ukrainian write
 * a sea's noun in lower case, as French does before the name: "la mer
 * Noire", read by the caller): the byte offset of its end, with *cur
 * its entry; 0 when there is none. */
static size_t curated_tail(const char *text, const tok_vec *tv, size_t i, size_t j, int *cur)
{
    assert(i <= j && j < tv->n && cur);
    for (size_t k = j + 1; k < tv->n && k <= j + 2; k++) {
        const tok *t = &tv->v[k];
        if (!(t->flags & T_LOWER) || (t->flags & (T_BREAK | T_HYPHEN)) ||
            t->sent != tv->v[j].sent)
            return 0;
        int c = nf_curated_lookup(text + tv->v[i].s, t->e - tv->v[i].s);
        if (c >= 0) {
            *cur = c;
            return t->e;
        }
    }
    return 0;
}

/* Is token t a given name of the dictionaries ("Marco")? */
static int given_name_tok(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && (t->flags & T_CAP) && !(t->flags & T_ALLCAPS) &&
           !(nf_det_lex_of(text, t) & (NF_LEX_STOP | NF_LEX_PARTICLE | NF_LEX_ARTICLE)) &&
           nf_det_given_name_w(w, n);
}

nf_status nf_det_cased_run(nf_ent_stage *st, const char *text, const char *lang,
                           size_t i, size_t j, ment_vec *mv)
{
    const tok *v = st->toks.v;
    const size_t run_start = i;     /* before titles are taken off */
    int vessel = 0;                 /* a ship's noun opened the run */
    nf_ment m;
    memset(&m, 0, sizeof m);
    m.place = -1;
    int german = lang && strcmp(lang, "de") == 0;
    const nf_cw_filter *cw = nf_cw_for(lang);
    if (nf_det_shouting(&st->toks, i))
        return nf_det_shout_run(st, text, lang, german ? NULL : cw, i, j, mv);
    /* the rest of a body's or an agreement's name after a preposition
     * ("Fond pentru | Tranziția Albastră", "Lisbon Accord on |
     * High-Seas Fisheries"; detect_heads.c) */
    if (!german && nf_det_name_tail(text, &st->toks, i, j, mv))
        return NF_OK;
    /* an organisation word in the run keeps its titles and places:
     * "General Motors", "Justice Department", "Japan Airlines" */
    int has_org = 0;
    for (size_t k = i; k <= j; k++)
        if (nf_det_lex_of(text, &v[k]) & NF_LEX_ORG)
            has_org = 1;
    /* Dutch: a given name of the dictionary inside the run, followed by
     * another name word and preceded by no given name, opens a person's
     * name: what comes before is a name of its own or a word of the
     * sentence ("Cultuur | Bert Anciaux", "Oppositieleider | Ariel
     * Sharon").  Not in Spanish (two surnames, compound given names:
     * "Juan Miguel Núñez"), English or German (whose dictionaries list
     * fewer given names) */
    const nf_cw_filter *names = lang && strcmp(lang, "nl") == 0 ? nf_cw_names_for(lang) : NULL;
    for (size_t p = i + 1; names && !has_org && p < j; p++) {
        const tok *a = &v[p - 1], *b = &v[p];
        if ((a->flags | b->flags | v[p + 1].flags) & T_ALLCAPS ||
            (b->flags & T_HYPHEN) || (v[p + 1].flags & T_HYPHEN) ||
            (nf_det_lex_of(text, a) & (NF_LEX_PARTICLE | NF_LEX_ARTICLE | NF_LEX_STOP)))
            continue;
        char w[128];
        size_t n = nf_det_lower_form(text, b->s, b->e, w, sizeof w);
        if (!n || !nf_cw_has(names, w, n))
            continue;
        n = nf_det_lower_form(text, a->s, a->e, w, sizeof w);
        if (!n || nf_cw_has(names, w, n))
            continue;
        nf_status s = nf_det_cased_run(st, text, lang, i, p - 1, mv);
        return s ? s : nf_det_cased_run(st, text, lang, p, j, mv);
    }
    /* leading titles, function words, months; a sentence's first word
     * when the article writes it in lower case */
    char pw[128];
    while (i <= j) {
        unsigned lx = nf_det_lex_of(text, &v[i]);
        if (i < j && known_prefix(text, v, i, j)) {
            /* "New York", "Los Angeles", "The Hague"; but "Stati Uniti |
             * Donald Trump" */
            size_t pe = lead_place_end(text, v, i, j, has_org, cw);
            if (!pe)
                break;
            nf_ment pm;
            memset(&pm, 0, sizeof pm);
            pm.start = v[i].s;
            pm.end = v[pe - 1].e;
            pm.place = nf_det_place_of(text, pm.start, pm.end);
            pm.type = NF_ENTITY_LOCATION;
            nf_status s = nf_det_push_ment(mv, pm);
            if (s)
                return s;
            i = pe;
            continue;
        }
        /* a capitalised particle inside a sentence opens a surname:
         * "Van Gaal", "De Clercq", "Di Rupo"; in Dutch also at a
         * sentence's start, and so does the article "Het" ("Het Parool",
         * initial_particle_name) */
        if (i < j && ((lx & NF_LEX_PARTICLE) ||
                      ((lx & NF_LEX_ARTICLE) && (v[i].flags & T_SENT) && lang &&
                       strcmp(lang, "nl") == 0)) && (v[i].flags & T_CAP) &&
            !(v[i].flags & T_ALLCAPS) &&
            (!(v[i].flags & T_SENT) || initial_particle_name(text, lang, v, i, j, has_org)) &&
            !(german && nf_det_german_full_name_at(text, v, i + 1, j)))
            break;           /* (German "Von Christa X" is a byline: the
                              * particle stands after the given name) */
        /* an article written capitalised inside a sentence belongs to
         * the name: "La Voz de Galicia", "El País", "The Hague" */
        if (i < j && (v[i].flags & T_CAP) && !(v[i].flags & (T_SENT | T_ALLCAPS)) &&
            ((lx & NF_LEX_ARTICLE) ||
             (v[i].e - v[i].s == 2 && memcmp(text + v[i].s, "El", 2) == 0)))
            break;
        /* a ship's noun opening a sentence and the run: "Nava Kaliakra
         * Trader a lovit"; inside a sentence its capital is the name's
         * ("alla Nave Bianca") */
        if (i < j && (v[i].flags & (T_SENT | T_OPEN)) && nf_det_vessel_noun_tok(text, &v[i])) {
            vessel = 1;
            i++;
            continue;
        }
        /* a title's adjective before it, with no name after the title,
         * only genitives (Greek "Ευρωπαία Επίτροπος Ωκεανών"): a title,
         * no person */
        if (!has_org && !german && i + 1 <= j && i + 1 < st->toks.n &&
            (nf_det_lex_of(text, &v[i + 1]) & NF_LEX_ROLE) && !(lx & NF_LEX_ROLE) &&
            !(v[i].flags & T_ALLCAPS) && nf_det_greek_title_adjective(text, lang, v, i, j))
            return NF_OK;
        if ((lx & NF_LEX_ROLE) && !has_org) {
            if (!m.cue)
                m.role_start = v[i].s;
            m.role_end = v[i].e;
            m.cue = 1;
            i++;
            continue;
        }
        /* a title, a preposition, then an ordinary word before a name
         * of two words or more opening with a given name: the word is
         * the title's portfolio, the rest the person ("ministro degli |
         * Esteri | Marco Bellini"; not "presidente de Telefónica do
         * Brasil") */
        if (!german && i > 0 && i + 2 <= j && !m.cue && !has_org &&
            (nf_det_lex_of(text, &v[i - 1]) & NF_LEX_STOP) && v[i - 1].sent == v[i].sent &&
            !(v[i].flags & (T_SENT | T_OPEN)) && cue_only_word(text, lang, &v[i]) &&
            !(nf_det_lex_of(text, &v[i]) & (NF_LEX_ROLE | NF_LEX_STOP)) &&
            given_name_tok(text, &v[i + 1]) &&
            role_before(text, &st->toks, i, &m.role_start, &m.role_end)) {
            m.role_start = m.role_end = 0;
            nf_status s = nf_det_cased_run(st, text, lang, i, i, mv);
            return s ? s : nf_det_cased_run(st, text, lang, i + 1, j, mv);
        }
        /* Greek: a genitive before a name of two words or more is a
         * title's complement ("Επίτροπος Ωκεανών και Αλιείας | Ιλόνα
         * Βάργκα"): when its ending is no name's, or the article names
         * the rest without it too */
        if (lang && strcmp(lang, "el") == 0 && !(v[i].flags & T_ALLCAPS) &&
            ((i + 2 <= j && !nf_det_greek_genitive(text, &v[i + 1]) &&
              (nf_det_greek_genitive(text, &v[i]) >= 2 ||
               (nf_det_greek_genitive(text, &v[i]) == 1 && nf_det_named_without(text, &st->toks, i, j)))) ||
             (i == j && nf_det_greek_genitive(text, &v[i]) == 3 &&
              nf_det_place_of(text, v[i].s, v[i].e) < 0))) {
            /* (and a genitive in -ων or -ειας alone: "υπουργός Αλιείας",
             * no surname ends so, as "Αλεξίου" does; a name in the
             * genitive all through is a body's: "Συλλόγου Αλιέων
             * Πειραιά") */
            i++;
            continue;
        }
        /* right after an office's title, a lower-case particle and an
         * ordinary word of the language are its portfolio, part of the title
         * ("Secretarul de Stat | al Statelor Unite", "Ministro de
         * Hacienda | Juan Pérez"; not "Mayor de Blasio": no word) */
        if (!german && m.cue && i > run_start && m.role_end == v[i - 1].e && i + 1 <= j &&
            nf_det_portfolio_title(text, &v[i - 1]) &&        /* once; no "CEO of | Apple" */
            !(i + 2 <= j && known_prefix(text, v, i + 1, j)) &&     /* "de | Estados Unidos" */
            (v[i].flags & T_LOWER) && (lx & NF_LEX_PARTICLE) && cw &&
            !(v[i + 1].flags & (T_ALLCAPS | T_BREAK | T_HYPHEN)) &&
            nf_det_lower_form(text, v[i + 1].s, v[i + 1].e, pw, sizeof pw) &&
            nf_cw_has(cw, pw, strlen(pw)) && !nf_det_surname_elsewhere(text, &st->toks, i + 1)) {
            m.role_end = v[i + 1].e;
            i += 2;
            continue;
        }
        /* a curated acronym is not a function word ("UN" is not Spanish
         * "un") */
        if (((lx & (NF_LEX_STOP | NF_LEX_TIME | NF_LEX_PARTICLE)) &&
             !((v[i].flags & T_ALLCAPS) && !nf_det_shouting(&st->toks, i) &&
               nf_curated_lookup(text + v[i].s, v[i].e - v[i].s) >= 0) &&
             !foreign_stop_name(text, lang, v, i, j)) ||
            (nf_det_initial_common(st, text, &v[i], cw, german ? NULL : nf_cw_names_for(lang),
                            i < j) &&
             nf_det_german_genitive_place(text, lang, &v[i]) < 0)) {
            i++;
            continue;
        }
        /* German: a common noun before a name is a title or a word of the
         * sentence ("Bundeskanzler Helmut Kohl") */
        if (german && i < j && !(lx & NF_LEX_ORG) &&
            (nf_det_german_noun(text, &v[i]) || nf_det_german_garbled_noun(text, &v[i])) &&
            !nf_det_place_word(text, lang, &v[i]) &&
            (!nf_det_given_name_elsewhere(text, &v[i]) || nf_det_german_full_name_at(text, v, i + 1, j)) &&
            !nf_det_german_noun_town_name(text, v, i, j) && !nf_det_german_town_adjective(text, &v[i])) {
            i++;
            continue;
        }
        /* Dutch: an adjective in -se or -sche of a place (hyphenated or
         * not: "Braziliaanse", "Oost-Duitse") before a place or a person
         * (a given name follows) is an attribute of it ("Braziliaanse |
         * Rio de Janeiro", "Zuid-Amerikaanse | Bruce Springsteen"), not
         * part of the name; before other words it may be ("Vlaamse
         * Gemeenschap") */
        if (i < j && lang && strcmp(lang, "nl") == 0) {
            size_t h = i;
            while (h < j && nf_det_tight_hyphen(text, v, h + 1))
                h++;
            int of_place = 0;
            if (h < j && dutch_adjective(text, &v[h])) {
                char w[128];
                size_t n = nf_det_lower_form(text, v[h].s, v[h].e, w, sizeof w);
                int known = 0;
                of_place = n && nf_det_demonym_of(lang, w, n, &known) >= 0;
            }
            if (h < j && dutch_adjective(text, &v[h]) && !(v[i].flags & T_ALLCAPS) &&
                !nf_det_english_name(text, &v[i]) &&
                nf_curated_lookup(text + v[i].s, v[h].e - v[i].s) < 0 &&
                ((of_place && h + 1 == j) || (of_place && dutch_foreign_name(text, &v[h + 1])) ||
                 (!has_org && (nf_det_place_of(text, v[h + 1].s, v[j].e) >= 0 ||
                  (h + 1 < j && nf_det_given_name_elsewhere(text, &v[h + 1])))))) {
                nf_ment am;
                memset(&am, 0, sizeof am);
                am.start = v[i].s;
                am.end = v[h].e;
                char w[128];
                size_t n = nf_det_lower_form(text, v[h].s, v[h].e, w, sizeof w);
                int known = 0;
                am.place = n ? nf_det_demonym_of(lang, w, n, &known) : -1;
                am.demonym = am.place >= 0;
                am.type = am.place >= 0 ? NF_ENTITY_LOCATION : NF_ENTITY_OTHER;
                nf_status s = nf_det_push_ment(mv, am);
                if (s)
                    return s;
                i = h + 1;
                continue;
            }
        }
        /* a place (of up to three words) before a title or a name:
         * "Stati Uniti Donald Trump", "US General ...", "Russian Foreign
         * Minister ..." */
        if (i < j) {
            size_t pe = 0;
            for (size_t k = i; k <= j && k < i + 3 && k < j; k++)
                if (nf_det_place_of(text, v[i].s, v[k].e) >= 0)
                    pe = k + 1;
            if (pe == i + 1 && nf_places[nf_det_place_of(text, v[i].s, v[i].e)].kind == NF_PLACE_CITY &&
                !(nf_det_lex_of(text, &v[i + 1]) & NF_LEX_ROLE))
                pe = 0;          /* "Vladimir Putin": a city's name as a given name */
            if (!pe && nf_det_place_word(text, lang, &v[i]) && nf_det_place_of(text, v[i].s, v[i].e) < 0)
                pe = i + 1;
            /* split only before a title or a name of two or more words
             * ("US General X", "Stati Uniti Donald Trump"), never inside
             * an organisation's name or before a single word ("New York
             * Yankees", "Bosnian Serb") */
            /* Dutch: an inflected adjective of a place ("Britse Concorde",
             * "Canadese Gander") is an attribute, never part of the name */
            int nl_attr = pe == i + 1 && lang && strcmp(lang, "nl") == 0 &&
                          nf_det_place_of(text, v[i].s, v[i].e) < 0 && text[v[i].e - 1] == 'e' &&
                          !nf_det_english_name(text, &v[i]);     /* "George" */
            if (pe && (has_org || (!nl_attr && !(nf_det_lex_of(text, &v[pe]) & NF_LEX_ROLE) &&
                                   j - pe < 1)))
                pe = 0;
            if (pe && pe <= j) {
                nf_ment pm;
                memset(&pm, 0, sizeof pm);
                pm.start = v[i].s;
                pm.end = v[pe - 1].e;
                pm.place = nf_det_place_of(text, pm.start, pm.end);
                if (pm.place < 0 && pe == i + 1)
                    pm.place = nf_det_german_genitive_place(text, lang, &v[i]);
                if (pm.place < 0) {
                    char w[128];
                    size_t n = nf_det_lower_form(text, v[i].s, v[i].e, w, sizeof w);
                    int known = 0;
                    pm.place = n ? nf_det_demonym_of(lang, w, n, &known) : -1;
                    pm.demonym = 1;
                }
                pm.type = NF_ENTITY_LOCATION;
                nf_status s = pm.place >= 0 ? nf_det_push_ment(mv, pm) : NF_OK;
                if (s)
                    return s;
                i = pe;
                continue;
            }
        }
        break;
    }
    while (j >= i && j < st->toks.n &&
           (nf_det_lex_of(text, &v[j]) & (NF_LEX_TIME | NF_LEX_PARTICLE | NF_LEX_STOP)) &&
           !(j > i && nf_det_place_of(text, v[i].s, v[j].e) >= 0) &&   /* "Corea del Sur" */
           !((v[j].flags & T_ALLCAPS) &&
             nf_curated_lookup(text + v[j].s, v[j].e - v[j].s) >= 0)) {
        if (j == 0)
            return NF_OK;
        j--;
    }
    if (i > j || j >= st->toks.n)
        return NF_OK;
    if (!m.cue && nf_det_hyphen_pair(st, text, i, j)) {    /* "the Trump-Putin summit" */
        nf_status s = nf_det_cased_run(st, text, lang, i, i, mv);
        return s ? s : nf_det_cased_run(st, text, lang, j, j, mv);
    }
    if (!m.cue)
        m.cue = role_before(text, &st->toks, i, &m.role_start, &m.role_end);
    m.start = v[i].s;
    m.end = v[j].e;
    m.place = nf_det_place_of(text, m.start, m.end);
    size_t ntok = j - i + 1;
    if (ntok == 1 && m.place < 0 && nf_det_nordic_genitive(st, text, lang, i))
        m.end--;                /* "Nordhallas vd": Nordhalla's */
    if (german && ntok == 1 && m.place < 0)
        m.place = nf_det_german_compass_place(text, &v[i]);   /* "Ostdeutschland" */
    if (german && ntok == 1 && (m.place < 0 || nf_places[m.place].kind == NF_PLACE_CITY) &&
        nf_det_german_org_word(text, &st->toks, i)) {
        m.place = -1;                       /* "die Union", not the town */
        m.type = NF_ENTITY_ORGANIZATION;    /* "Sozialdemokraten", "Sozialamt" */
        return nf_det_push_ment(mv, m);
    }
    if (german && ntok == 1 && m.place >= 0 && nf_places[m.place].kind != NF_PLACE_COUNTRY &&
        !nf_place_is_division(m.place) &&
        nf_det_german_town_noun(text, &st->toks, i, nf_places[m.place].kind == NF_PLACE_CITY))
        return NF_OK;
    int cur = nf_curated_lookup(text + m.start, m.end - m.start);
    if (cur < 0 && m.place < 0) {
        size_t tail = curated_tail(text, &st->toks, i, j, &cur);
        if (tail)
            m.end = tail;      /* "Чёрном море": the sea in lower case */
    }
    if (cur < 0 && m.place < 0 && i > 0 && (v[i - 1].flags & T_LOWER) &&
        !(v[i].flags & (T_BREAK | T_HYPHEN | T_SENT)) && v[i - 1].sent == v[i].sent &&
        (cur = nf_curated_lookup(text + v[i - 1].s, m.end - v[i - 1].s)) >= 0)
        m.start = v[i - 1].s;  /* "la mer Noire": the noun before, in lower case */
    if (cur >= 0 && (m.place < 0 || nf_curated_entries[cur].type != NF_ENTITY_LOCATION)) {
        /* a name of the curated list: its type, whatever the cues */
        m.curated = cur + 1;
        m.type = nf_curated_entries[cur].type;
        return nf_det_push_ment(mv, m);
    }
    if (m.place < 0 && j > i && nf_det_lower_phrase(st, text, lang, i, j))
        return NF_OK;        /* "στην Ανοιχτή Θάλασσα" beside "ανοιχτή θάλασσα" */
    if (nf_det_shouting(&st->toks, i)) {
        if (m.place < 0)
            return NF_OK;
        m.type = NF_ENTITY_LOCATION;
        return nf_det_push_ment(mv, m);
    }
    if (german && ntok == 1 && m.place < 0 && !(v[i].flags & T_ALLCAPS) &&
        v[i].e - v[i].s > 3 && text[v[i].e - 1] == 's') {
        /* German genitive of a place: "Japans", "Israels", "Tokios" */
        m.place = nf_det_place_of(text, v[i].s, v[i].e - 1);
        if (m.place >= 0 && nf_places[m.place].kind == NF_PLACE_CITY &&
            nf_det_german_town_noun(text, &st->toks, i, 1))
            m.place = -1;
    }
    if (ntok == 1 && m.place < 0)
        m.place = nf_det_romanian_article_place(text, lang, &v[i]);  /* "Kievului" */
    if (ntok == 1 && m.place < 0)
        m.place = nf_det_declined_place(text, lang, &v[i]);                /* "Румынии" */
    if (ntok == 1 && m.place < 0 && !(v[i].flags & T_ALLCAPS)) {
        /* an adjective of a place or people, or an inhabitant noun
         * ("Deutsche", "Amerikaner", "French"), before the noun test:
         * they are nouns too */
        char w[128];
        size_t n = nf_det_lower_form(text, v[i].s, v[i].e, w, sizeof w);
        int known = 0;
        int32_t p = n ? nf_det_demonym_of(lang, w, n, &known) : -1;
        if (known) {
            m.place = p;
            m.demonym = p >= 0;
            m.type = p >= 0 ? NF_ENTITY_LOCATION : NF_ENTITY_OTHER;
            return nf_det_push_ment(mv, m);
        }
    }
    if (german && ntok == 1 && m.place < 0 && nf_det_german_street(text, &v[i])) {
        m.type = NF_ENTITY_LOCATION;        /* "Hauptstraße", "Weserstadion" */
        return nf_det_push_ment(mv, m);
    }
    if (german && ntok == 1 && m.place < 0 && nf_det_german_town_shape(text, &st->toks, i)) {
        m.type = NF_ENTITY_LOCATION;        /* "aus Kirdorf", "in Heuchelbach" */
        return nf_det_push_ment(mv, m);
    }
    if (german && ntok == 1 && m.place < 0 && nf_det_german_org_compound(text, &v[i])) {
        m.type = NF_ENTITY_ORGANIZATION;    /* "Kultusministerium" */
        return nf_det_push_ment(mv, m);
    }
    if (german && ntok == 1 && m.place < 0 && !(v[i].flags & T_ALLCAPS) &&
        !(nf_det_lex_of(text, &v[i]) & NF_LEX_ORG) &&
        (nf_det_german_noun(text, &v[i]) || nf_det_german_nominal(text, &v[i], cw) ||
         nf_det_garbled(text, &v[i])) && !nf_det_name_list(st, i))
        return NF_OK;        /* every German noun is capitalised (and a
                              * nf_det_garbled word, which no list can answer for,
                              * is most likely one of them) */
    int org = 0;
    for (size_t k = i; k <= j; k++)
        if (nf_det_lex_of(text, &v[k]) & NF_LEX_ORG)
            org = 1;
    /* German: an organisation word alone ("die Partei", "der Verein",
     * "SV") is the common noun, capitalised as every noun is (elsewhere
     * the capital says an institution: "el Congreso") */
    if (german && org && ntok == 1 && m.place < 0 &&
        (!(v[i].flags & T_ALLCAPS) || v[i].e - v[i].s <= 3))
        return NF_OK;        /* (an acronym of four letters or more stays:
                              * "BUND"; "SV", "FC" alone are pieces) */
    int32_t head_place = -1;
    if (m.place < 0 && !org &&
        nf_det_head_place(text, lang, &st->toks, i, j, &head_place)) {
        m.place = head_place;   /* "Región de Antofagasta", "Mar de Portugal" */
        m.type = NF_ENTITY_LOCATION;
        return nf_det_push_ment(mv, m);
    }
    if (m.place >= 0) {
        m.type = NF_ENTITY_LOCATION;
    } else if (org || (ntok == 1 && (v[i].flags & T_ALLCAPS) &&
                       v[i].e - v[i].s <= 6) ||
               (german && !m.cue && nf_det_german_noun_town_name(text, v, i, j)) ||
               (m.cue && ntok == 1 && !german &&
                (cue_only_word(text, lang, &v[i]) || nf_det_portfolio_word(text, lang, &st->toks, i)))) {
        /* (German "Eintracht Frankfurt": a club or a body of the town) */
        m.type = NF_ENTITY_ORGANIZATION;
    } else if (ntok >= 2 && nf_det_agreement_run(text, &st->toks, i, j)) {
        m.type = NF_ENTITY_OTHER;       /* "Lisbon Accord", "Acuerdo de Lisboa" */
    } else if (!m.cue && ntok >= 2 && nf_det_words_only(st, text, lang, i, j)) {
        m.type = NF_ENTITY_OTHER;       /* "White House": no person */
    } else if (!m.cue && ntok >= 2 && !german && (nf_det_lex_of(text, &v[i]) & NF_LEX_ARTICLE) &&
               !(nf_det_lex_of(text, &v[i]) & NF_LEX_PARTICLE) &&
               (v[i].flags & T_CAP) && !(v[i].flags & T_ALLCAPS)) {
        /* a name opening with an article ("The Guardian", "El País", "La
         * Voz de Galicia", "Het Parool") is a title or a body's name; a
         * person's name opens with a given name or a particle */
        m.type = NF_ENTITY_ORGANIZATION;
    } else if (m.cue || ntok >= 2) {
        /* a ship's name after its noun ("the tanker Admiral Ivanov"),
         * and wherever the article names that ship */
        m.type = vessel || nf_det_vessel_before(text, &st->toks, run_start) ||
                         nf_det_vessel_named(text, &st->toks, i, j)
                     ? NF_ENTITY_OTHER
                     : NF_ENTITY_PERSON;
    } else {
        m.type = NF_ENTITY_OTHER;
        if (v[i].e - v[i].s < 2 || nf_det_ordinary_word(st, text, lang, i))
            return NF_OK;   /* "Stati Uniti, Sebbene la Russia" */
        char w[128];
        size_t n = nf_det_lower_form(text, v[i].s, v[i].e, w, sizeof w);
        if (n) {
            m.place = nf_place_demonym(w, n);
            m.demonym = m.place >= 0;
            if (m.demonym)
                m.type = NF_ENTITY_LOCATION;
        }
    }
    return nf_det_push_ment(mv, m);
}
