/* detect_german_events.c - German: fixed names built with "von" and a
 * place (round 15).  Round 13 reads "von" inside a run of capitalised
 * words as a preposition that ends a name ("Lothar Matthäus | von |
 * Inter Mailand"), which is right for people and clubs but wrong for the
 * few German names whose head noun takes the place with "von": a race
 * called Grand Prix in other languages is "Großer Preis von Brasilien"
 * (also a compound: "Großer Motorrad-Preis von Brasilien"), a strait is
 * "Straße von Malakka", "Straße von Gibraltar".  Both heads are common
 * nouns, so only their fixed form makes them a name: "Preis" after the
 * adjective "groß" written with a capital (inside a sentence German
 * writes it so only in a name; "zum Preis von Brasilien" stays apart),
 * "Straße" (the street of a town is "Straße" + name, never + "von";
 * a road "von Bonn nach Köln" and a town of Germany, Austria or
 * Switzerland after it are left out: no strait is named so).
 * The place after "von" must already be a place's mention; the whole
 * replaces it and every mention inside. */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/places.h"

/* Is token t exactly the word w? */
static int tok_is(const char *text, const tok *t, const char *w)
{
    size_t n = strlen(w);
    return t->e - t->s == n && memcmp(text + t->s, w, n) == 0;
}

/* Is token t the adjective "groß" capitalised and declined ("Große",
 * "Großer", "Großen", "Großes", "Großem"; also written with "ss")? */
static int great_adjective(const char *text, const tok *t)
{
    static const char *const forms[] = { "Gro\xc3\x9f" "e", "Gro\xc3\x9f" "er",
                                         "Gro\xc3\x9f" "en", "Gro\xc3\x9f" "es",
                                         "Gro\xc3\x9f" "em", "Grosse", "Grosser", "Grossen",
                                         "Grosses", "Grossem" };
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        if (tok_is(text, t, forms[k]))
            return 1;
    return 0;
}

/* The first token of a fixed name whose head noun is token h, right
 * before "von" (type set to what the name is), or (size_t)-1. */
static size_t name_start(const char *text, const tok_vec *tv, size_t h, nf_entity_type *type)
{
    const tok *v = tv->v;
    if (!(v[h].flags & T_CAP) || (v[h].flags & T_ALLCAPS))
        return (size_t)-1;
    if ((tok_is(text, &v[h], "Stra\xc3\x9f" "e") || tok_is(text, &v[h], "Strasse")) &&
        !(v[h].flags & T_HYPHEN)) {
        *type = NF_ENTITY_LOCATION;     /* "Straße von Malakka" */
        return h;
    }
    size_t n = v[h].e - v[h].s;
    if (n < 5 || memcmp(text + v[h].e - 5, "Preis", 5) != 0)
        return (size_t)-1;
    size_t s = h;
    while (s > 0 && nf_det_tight_hyphen(text, v, s))
        s--;                            /* "Motorrad-Preis" */
    if (s == h && n != 5)
        return (size_t)-1;              /* "Kaufpreis": a compound noun */
    if (s == 0 || !great_adjective(text, &v[s - 1]) || v[s - 1].sent != v[h].sent ||
        (v[s].flags & T_BREAK))
        return (size_t)-1;
    *type = NF_ENTITY_OTHER;            /* "Großer Preis von Brasilien" */
    return s - 1;
}

void nf_det_german_events(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    for (size_t k = 1; k + 1 < tv->n; k++) {
        if (!tok_is(text, &v[k], "von") || (v[k].flags & T_BREAK) ||
            (v[k + 1].flags & T_BREAK) || v[k - 1].sent != v[k].sent ||
            v[k + 1].sent != v[k].sent)
            continue;
        nf_entity_type type;
        size_t s = name_start(text, tv, k - 1, &type);
        if (s == (size_t)-1)
            continue;
        size_t pm = mv->n;
        for (size_t q = 0; q < mv->n; q++)
            if (mv->v[q].start == v[k + 1].s &&
                (mv->v[q].place >= 0 || mv->v[q].type == NF_ENTITY_LOCATION))
                pm = q;
        if (pm == mv->n)
            continue;                   /* no place after "von" */
        nf_ment m = mv->v[pm];
        size_t after = k + 1;
        while (after < tv->n && v[after].s < m.end)
            after++;
        if (type == NF_ENTITY_LOCATION &&
            ((m.place >= 0 && strstr("DE AT CH", nf_places[m.place].country) &&
              nf_places[m.place].country[0]) ||
             (after < tv->n && v[after].sent == v[k].sent &&
              (tok_is(text, &v[after], "nach") || tok_is(text, &v[after], "bis")))))
            continue;                   /* a road: "die Straße von Bonn nach Köln" */
        m.start = v[s].s;
        m.type = type;
        m.place = -1;
        m.demonym = 0;
        m.weak = 0;
        m.cue = 0;
        m.curated = 0;
        m.role_start = m.role_end = 0;
        /* the whole replaces every mention inside it; mv stays sorted */
        size_t out = 0;
        int put = 0;
        for (size_t q = 0; q < mv->n; q++) {
            nf_ment c = mv->v[q];
            if (c.end > m.start && c.start < m.end)
                continue;
            if (!put && c.start >= m.end) {
                mv->v[out++] = m;
                put = 1;
            }
            mv->v[out++] = c;
        }
        if (!put)
            mv->v[out++] = m;
        mv->n = out;
    }
}
