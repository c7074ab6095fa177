/* detect_german_town.c - German towns the gazetteer does not know.
 *
 * Regional news names villages and town districts that no table of
 * places holds ("aus Kirdorf", "in Heuchelbach").  German forms such
 * names from a small set of endings that are nouns themselves (-dorf,
 * -bach, -heim, -hausen, -burg, -berg ...), so the noun test reads them
 * as compounds (Kir|dorf) and drops them.  This file recognises the
 * class by its form and its place in the sentence, not by a list of
 * names: a word with a town's ending that the dictionary does not list
 * as a noun or word, right after a preposition of place (in, aus, nach,
 * bei, von, zwischen; no article between: "im Jugendheim" is a noun
 * phrase, "in Jugendheim" is not German).  And the local bodies of
 * regional news are named by a common noun and their town ("Polizei
 * Northeim", "Orchesterverein Steinheim", "Regierungspräsidium
 * Darmstadt", "Amtsgericht Hanau"): a word ending in a local body's noun
 * (-verein, -verband, -gericht, -kasse, -amt, -präsidium ...) right
 * before a town makes one organisation of both.  A town's district
 * hyphenated to a prefix ("Ober-Rosbach", "Nieder-Weisel") is one place.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/cues.h"
#include "entities/lexicon.h"
#include "entities/places.h"

/* Does the lower-case w[0..n) end in a German town's ending, with at
 * least three letters before it? */
int nf_det_german_town_ending(const char *w, size_t n)
{
    static const char *const ends[] = { "heim", "hausen", "dorf", "burg", "berg",
        "stadt", "feld", "furt", "ingen", "bach", "rode", "born", "brunn", "weiler",
        "hofen", "kirchen", "wald", "stedt", "leben", "ach" };
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n >= l + 3 && memcmp(w + n - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Is token b the lower-case German preposition of place in, aus, nach,
 * bei, von or zwischen? */
static int place_preposition(const char *text, const tok *b)
{
    static const char *const preps[] = { "in", "aus", "nach", "bei", "von", "zwischen" };
    if (b->script != SC_CASED || !(b->flags & T_LOWER))
        return 0;
    for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++)
        if (b->e - b->s == strlen(preps[k]) && memcmp(text + b->s, preps[k], b->e - b->s) == 0)
            return 1;
    return 0;
}

int nf_det_german_town_shape(const char *text, const tok_vec *tv, size_t i)
{
    assert(text && tv && i < tv->n);
    const tok *t = &tv->v[i];
    if (i == 0 || (t->flags & (T_ALLCAPS | T_SENT | T_BREAK)) || !(t->flags & T_CAP) ||
        t->script != SC_CASED || nf_det_garbled(text, t))
        return 0;
    const tok *b = &tv->v[i - 1];
    if (b->sent != t->sent || !place_preposition(text, b))
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n || !nf_det_german_town_ending(w, n))
        return 0;
    /* a noun or word of the dictionary is no town of unknown name
     * ("in Wald", "aus Hamburg" is the gazetteer's) */
    return !nf_cw_has(&nf_cw_de_nouns, w, n) && !nf_cw_has(nf_cw_for("de"), w, n);
}

/* Does the lower-case w[0..n) end in the noun of a local body (a club,
 * an association, a court, an office, a savings bank, a school, a
 * council; not a school: "Volkshochschule | Frankfurt")?  "-gemeinde" only in a compound ("Turngemeinde"; "Gemeinde
 * X" is the town itself). */
static int local_body(const char *w, size_t n)
{
    static const struct { const char *s; size_t head; } ends[] = {
        { "verein", 0 }, { "vereins", 0 }, { "verband", 0 }, { "verbandes", 0 },
        { "verbands", 0 }, { "gemeinschaft", 2 }, { "gesellschaft", 2 },
        { "pr\xc3\xa4sidium", 0 }, { "pr\xc3\xa4sidiums", 0 }, { "polizei", 0 },
        { "werke", 3 }, { "amt", 3 }, { "amtes", 3 }, { "amts", 3 }, { "gericht", 0 },
        { "gerichts", 0 }, { "kasse", 3 }, { "theater", 0 }, { "theaters", 0 },
        { "freunde", 3 }, { "gemeinde", 3 }, { "beirat", 0 }, { "magistrat", 0 },
        { "parlament", 3 }, { "club", 0 }, { "klub", 0 }, { "beh\xc3\xb6rde", 0 },
        { "werken", 3 } };
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k].s);
        if (n >= l + ends[k].head && memcmp(w + n - l, ends[k].s, l) == 0)
            return 1;
    }
    return 0;
}

/* Is token t a capitalised first part of a hyphenated town district's
 * name (Ober-, Nieder-, Unter-, Mittel-, Groß-, Klein-, Neu-, Alt-,
 * Hohen-, Burg-)? */
static int district_prefix(const char *text, const tok *t)
{
    static const char *const pre[] = { "Ober", "Nieder", "Unter", "Mittel",
        "Gro\xc3\x9f", "Klein", "Neu", "Alt", "Hohen", "Burg" };
    if (t->script != SC_CASED || !(t->flags & T_CAP) || (t->flags & T_ALLCAPS))
        return 0;
    for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++)
        if (t->e - t->s == strlen(pre[k]) && memcmp(text + t->s, pre[k], t->e - t->s) == 0)
            return 1;
    return 0;
}

void nf_det_german_districts(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    size_t i = 0;
    for (size_t k = 0; k < mv->n; k++) {
        nf_ment *m = &mv->v[k];
        while (i < tv->n && tv->v[i].s < m->start)
            i++;
        if (i >= tv->n || tv->v[i].s != m->start || i == 0 ||
            !nf_det_tight_hyphen(text, tv->v, i) || !district_prefix(text, &tv->v[i - 1]) ||
            (k > 0 && mv->v[k - 1].end > tv->v[i - 1].s))
            continue;
        if (m->type != NF_ENTITY_LOCATION && m->type != NF_ENTITY_OTHER)
            continue;
        if (m->type == NF_ENTITY_OTHER && nf_det_german_noun(text, &tv->v[i]))
            continue;
        m->start = tv->v[i - 1].s;   /* "Ober-Rosbach", "Nieder-Weisel" */
        m->type = NF_ENTITY_LOCATION;
        m->demonym = 0;
    }
}

void nf_det_german_local_bodies(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    size_t i = 0, out = 0;
    for (size_t k = 0; k < mv->n; k++) {
        nf_ment m = mv->v[k];
        while (i < tv->n && tv->v[i].s < m.start)
            i++;
        if (m.place >= 0 && nf_places[m.place].kind == NF_PLACE_CITY && i < tv->n &&
            tv->v[i].s == m.start && i > 0 && !(tv->v[i].flags & (T_SENT | T_BREAK))) {
            const tok *b = &tv->v[i - 1];
            char w[128];
            size_t n = nf_det_lower_form(text, b->s, b->e, w, sizeof w);
            int prev = out > 0 && mv->v[out - 1].end > b->s;
            /* a mention ending with that word ("Kulturamt",
             * "DJK-Sportgemeinschaft") is merged in */
            int whole = prev && mv->v[out - 1].end == b->e;
            if (n && b->script == SC_CASED && (b->flags & T_CAP) && !(b->flags & T_ALLCAPS) &&
                b->sent == tv->v[i].sent && (!prev || whole) && local_body(w, n) &&
                !(nf_det_lex_of(text, b) & NF_LEX_ROLE)) {
                m.start = b->s;      /* "Polizei Northeim" */
                if (whole)
                    m.start = mv->v[--out].start;   /* "Kulturamt" + "Hanau" */
                else if (i >= 2 && !prev && nf_det_german_name_adjective(text, tv, i - 2))
                    m.start = tv->v[i - 2].s;   /* "Freie Wählergemeinschaft X" */
                m.place = -1;
                m.demonym = 0;
                m.type = NF_ENTITY_ORGANIZATION;
            }
        }
        mv->v[out++] = m;
    }
    mv->n = out;
    /* the last German passes (round 13, detect_german_names.c) */
    nf_det_german_particles(text, tv, mv);
    nf_det_german_clubs(text, tv, mv);
    nf_det_german_colour_clubs(text, tv, mv);
    nf_det_german_river_towns(text, tv, mv);
    nf_det_german_hyphen_adjectives(text, tv, mv);
    nf_det_german_events(text, tv, mv);     /* round 15 */
    nf_det_german_abbreviations(text, tv, mv);   /* round 16 */
}

/* Is the lower-case noun w[0..n) the head of a newspaper's name after a
 * town's adjective ("Stuttgarter Zeitung", "Frankfurter Rundschau",
 * "Kölner Stadt-Anzeiger") or of a street's, a building's, a fair's
 * ("Berliner Straße", "Hamburger Hafen", "Frankfurter Messe")? */
static int title_head(const char *w, size_t n)
{
    static const char *const ends[] = { "zeitung", "rundschau", "allgemeine", "anzeiger",
        "post", "nachrichten", "kurier", "blatt", "presse", "bote", "echo", "neue",
        "neueste", "abendpost", "tageblatt", "tagblatt", "zeitschrift",
        /* places and buildings named after a town: "Berliner Straße",
         * "Hamburger Hafen", "Hattersheimer Stadthalle" */
        "stra\xc3\x9f" "e", "strasse", "gasse", "allee", "platz", "weg", "ring", "hafen",
        "halle", "klinik", "bahnhof", "stadion", "park", "tor", "turm", "dom",
        "br\xc3\xbc" "cke", "messe", "schlo\xc3\x9f", "schloss", "kickers" };
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n >= l && memcmp(w + n - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

int32_t nf_det_german_town_attribute(const char *text, const tok_vec *tv, size_t i)
{
    assert(text && tv && i + 1 < tv->n);
    const tok *a = &tv->v[i], *b = &tv->v[i + 1];
    if ((a->flags & T_ALLCAPS) || (b->flags & (T_ALLCAPS | T_BREAK)) || a->e - a->s < 6 ||
        memcmp(text + a->e - 2, "er", 2) != 0 || b->sent != a->sent ||
        nf_det_tight_hyphen(text, tv->v, i + 1))
        return -1;
    int32_t p = nf_det_place_of(text, a->s, a->e - 2);
    char w[128];
    size_t n;
    if (p < 0 && (n = nf_det_lower_form(text, a->s, a->e, w, sizeof w)) > 0)
        p = nf_cue_town_adjective(w, n);     /* "Münchner", "Bremer" */
    if (p < 0 || nf_places[p].kind != NF_PLACE_CITY)
        return -1;
    return nf_det_german_attribute_noun(text, b) ? p : -1;
}

int nf_det_german_attribute_noun(const char *text, const tok *b)
{
    assert(text && b);
    char w[128];
    size_t n = nf_det_lower_form(text, b->s, b->e, w, sizeof w);
    return n && (nf_det_german_noun(text, b) || nf_det_german_garbled_noun(text, b)) &&
           !(nf_det_lex_of(text, b) & NF_LEX_ORG) && !nf_det_german_org_compound(text, b) &&
           !local_body(w, n) && !title_head(w, n);
}
