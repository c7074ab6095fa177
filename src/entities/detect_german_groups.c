/* detect_german_groups.c - German: a lower-case adjective written with a
 * hyphen is read whole (round 16).
 *
 * German joins an adjective to the name of a place of two words, or to
 * a prefix, by a hyphen and writes the whole in lower case:
 * "sachsen-anhaltinische" (of Sachsen-Anhalt), "sachsen-anhaltischen",
 * "ultra-orthodoxen".  The scanner cuts the word at its hyphens, and
 * the cue table, asked part by part, knows no part ("anhaltinisch": no
 * place Anhalt) or only the last one ("orthodoxen"), so the word was
 * missed or cut short.  Round 13's pass (nf_det_german_hyphen_adjectives)
 * grows a mention over such a group only when a part is a cue of its
 * own and the group ends in -isch.  This pass asks the cue table about
 * the whole group, hyphens and all, as the language writes it; when the
 * table derives it (nf_cue_demonym: an -isch or -inisch adjective of a
 * gazetteer place, a religion's adjective after a prefix), the group is
 * one mention, replacing the mention of a part.  So is a coalition
 * named by its parties' colours ("rot-grüne Regierung": SPD and the
 * Greens; type other): the colours stand for the parties' names here.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "entities/cues.h"

/* Orders mentions by start. */
static int by_start(const void *a, const void *b)
{
    const nf_ment *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Is token t a lower-case word of a cased script? */
static int lower_word(const tok *t)
{
    return t->script == SC_CASED && (t->flags & T_LOWER) && !(t->flags & T_DIGIT);
}

/* Is w[0..n) "grün" with an adjective's ending (or none)? */
static int green_form(const char *w, size_t n)
{
    static const char *const infl[] = { "", "e", "en", "er", "es", "em" };
    for (size_t k = 0; k < sizeof infl / sizeof infl[0]; k++) {
        size_t l = strlen(infl[k]);
        if (n == 5 + l && memcmp(w, "gr\xc3\xbcn", 5) == 0 && memcmp(w + 5, infl[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Are tokens a, a + 1 (a group of two) a coalition's colours, "rot-grün"
 * or "schwarz-grün" in any inflection ("rot-grüne Regierung")?  The
 * colours stand for the parties (SPD red, CDU black, the Greens green),
 * so the adjective names the coalition, a name in the annotation's
 * sense; the Greens' colour is the one no other use pairs so.  A
 * mis-decoded "grüne" ("gr\u0081Ee") is read in its repaired forms. */
static int coalition(const char *text, const tok *v, size_t a)
{
    size_t n0 = v[a].e - v[a].s;
    if (!((n0 == 3 && memcmp(text + v[a].s, "rot", 3) == 0) ||
          (n0 == 7 && memcmp(text + v[a].s, "schwarz", 7) == 0)))
        return 0;
    char w[64], r[64];
    size_t n = nf_det_lower_form(text, v[a + 1].s, v[a + 1].e, w, sizeof w);
    if (!n || green_form(w, n))
        return n != 0;
    for (unsigned k = 0; k < NF_DET_REPAIRS; k++) {
        size_t rn = nf_det_repair(w, n, k, r, sizeof r);
        if (!rn)
            return 0;
        if (green_form(r, rn))
            return 1;
    }
    return 0;
}

nf_status nf_det_german_lower_groups(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    size_t n0 = mv->n, mi = 0;
    int added = 0;
    for (size_t a = 0; a < tv->n; a++) {
        if (!lower_word(&v[a]))
            continue;
        size_t b = a;
        while (b + 1 < tv->n && nf_det_tight_hyphen(text, v, b + 1) && lower_word(&v[b + 1]))
            b++;
        if (b == a)
            continue;
        size_t ga = a;
        a = b;
        char w[128];
        size_t wn = nf_det_lower_form(text, v[ga].s, v[b].e, w, sizeof w);
        int32_t p = -1;
        if (!wn || !(nf_cue_demonym("de", w, wn, &p) || (b == ga + 1 && coalition(text, v, ga))))
            continue;
        /* mentions are in text order: the group holds at most one (a
         * part the table knew), none may cross its edges */
        while (mi < n0 && mv->v[mi].end <= v[ga].s)
            mi++;
        size_t inside = 0, k = mi;
        int crossing = 0;
        for (; k < n0 && mv->v[k].start < v[b].e; k++) {
            inside++;
            crossing |= mv->v[k].start < v[ga].s || mv->v[k].end > v[b].e;
        }
        if (crossing || inside > 1)
            continue;
        nf_ment m;
        memset(&m, 0, sizeof m);
        if (inside == 1)
            m = mv->v[mi];
        m.start = v[ga].s;
        m.end = v[b].e;
        m.place = p;
        m.demonym = p >= 0;
        m.type = p >= 0 ? NF_ENTITY_LOCATION : NF_ENTITY_OTHER;
        if (inside == 1) {
            mv->v[mi] = m;   /* "ultra-|orthodoxen" */
            continue;
        }
        nf_status s = nf_det_push_ment(mv, m);   /* "sachsen-anhaltinische" */
        if (s)
            return s;
        added = 1;
    }
    if (added)
        qsort(mv->v, mv->n, sizeof *mv->v, by_start);
    return NF_OK;
}
