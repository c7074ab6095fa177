/* detect_german_results.c - German sports pages: each side of a result
 * is one club's name (round 16).
 *
 * A result is written "Dynamo Dresden - Hamburger SV 1:1", in lines of
 * many ("Stahl Linz - Wiener Sport-Club 0:0 , Wacker Innsbruck -
 * Vorwärts Steyr 4:1").  The form says what the words are: between a
 * separator (start of sentence, comma, semicolon, colon, bracket,
 * slash) and the dash stands one side, between the dash and the score
 * (digits, colon, digits) the other, and each side names one club, with
 * whatever words the name holds: a noun ("Stahl", "Dynamo", "Standard"),
 * a designator before or after the town ("AS Monaco", "Silkeborg IF",
 * "B 1909 Odense"), a second word ("Sheffield Wednesday").  The word
 * rules read such names in pieces (a noun dropped, a town alone, "IF"
 * taken for English).  This pass makes each side of two words or more
 * one organisation's mention, replacing the mentions inside it, when
 * every word is capitalised, an acronym or a number (no word in lower
 * case: a headline's sentence before the dash is no name).  A side of
 * one word keeps its reading (a town alone is a club there too, but the
 * word rules already found it).
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* What lies between tokens a and a + 1 (text[v[a].e .. v[a + 1].s)): 0
 * spaces or a tight hyphen or a period (inside a name: "Grün-Weiß",
 * "Bor. Dortmund"), 1 the result's dash (" - "), 2 a separator. */
static int gap(const char *text, const tok *v, size_t a)
{
    int dash = 0;
    for (size_t k = v[a].e; k < v[a + 1].s; k++) {
        char c = text[k];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '/' || c == '\n' ||
            c == '"')
            return 2;
        if (c == '-' && k > v[a].e && text[k - 1] == ' ' && k + 1 < v[a + 1].s && text[k + 1] == ' ')
            dash = 1;
    }
    return dash;
}

/* Is token k a score's first number ("3" of "3:1")? */
static int score_at(const char *text, const tok_vec *tv, size_t k)
{
    const tok *v = tv->v;
    if (k + 1 >= tv->n || !(v[k].flags & T_DIGIT) || !(v[k + 1].flags & T_DIGIT) ||
        v[k + 1].s != v[k].e + 1 || text[v[k].e] != ':')
        return 0;
    for (size_t q = v[k].s; q < v[k].e; q++)
        if (text[q] < '0' || text[q] > '9')
            return 0;
    return 1;
}

/* Is token t a word a club's name may hold: capitalised, an acronym or
 * a number? */
static int name_word(const tok *t)
{
    return t->script == SC_CASED && !(t->flags & T_LOWER) &&
           (t->flags & (T_CAP | T_ALLCAPS | T_DIGIT));
}

/* Makes tokens [a, b] one organisation's mention in mv: the mentions
 * inside are replaced (one spanning exactly the side keeps its links);
 * nothing is done when a mention crosses the side's edges.  *added is
 * set when a mention was appended (mv is then out of order). */
static nf_status one_club(const tok *v, size_t a, size_t b, ment_vec *mv, int *added)
{
    size_t s = v[a].s, e = v[b].e, out = 0;
    for (size_t q = 0; q < mv->n; q++) {
        const nf_ment *m = &mv->v[q];
        if (m->end > s && m->start < e && (m->start < s || m->end > e))
            return NF_OK;     /* crossing: leave it */
    }
    nf_ment club;
    memset(&club, 0, sizeof club);
    for (size_t q = 0; q < mv->n; q++) {
        nf_ment m = mv->v[q];
        if (m.start >= s && m.end <= e) {
            if (m.start == s && m.end == e)
                club = m;    /* the side's own mention keeps its links */
            continue;
        }
        mv->v[out++] = m;
    }
    mv->n = out;
    club.start = s;
    club.end = e;
    club.type = NF_ENTITY_ORGANIZATION;
    club.place = -1;
    club.demonym = 0;
    club.weak = 0;
    *added = 1;
    return nf_det_push_ment(mv, club);
}

/* Orders mentions by start. */
static int by_start(const void *x, const void *y)
{
    const nf_ment *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start;
}

nf_status nf_det_german_results(const char *text, const tok_vec *tv, ment_vec *mv)
{
    assert(text && tv && mv);
    const tok *v = tv->v;
    int added = 0;
    for (size_t k = 2; k < tv->n; k++) {
        if (!score_at(text, tv, k) || gap(text, v, k - 1) != 0)
            continue;
        /* the second side: back from the score to the dash */
        size_t b2 = k - 1, a2 = b2;
        while (a2 > 0 && v[a2 - 1].sent == v[k].sent && gap(text, v, a2 - 1) == 0 &&
               name_word(&v[a2 - 1]) && b2 - a2 < 6)
            a2--;
        if (a2 == 0 || !name_word(&v[a2]) || gap(text, v, a2 - 1) != 1 ||
            v[a2 - 1].sent != v[k].sent)
            continue;
        /* the first side: back from the dash to a separator */
        size_t b1 = a2 - 1, a1 = b1;
        while (a1 > 0 && v[a1 - 1].sent == v[k].sent && gap(text, v, a1 - 1) == 0 &&
               name_word(&v[a1 - 1]) && b1 - a1 < 6)
            a1--;
        if (!name_word(&v[a1]) || (a1 > 0 && v[a1 - 1].sent == v[k].sent &&
                                   gap(text, v, a1 - 1) == 0))
            continue;        /* a lower-case word before it: a sentence */
        /* every word a name's word, one at least a word (not a number) */
        int ok1 = 1, ok2 = 1, w1 = 0, w2 = 0;
        for (size_t q = a1; q <= b1; q++) {
            ok1 &= name_word(&v[q]);
            w1 |= !(v[q].flags & T_DIGIT);
        }
        for (size_t q = a2; q <= b2; q++) {
            ok2 &= name_word(&v[q]);
            w2 |= !(v[q].flags & T_DIGIT);
        }
        ok1 &= w1;
        ok2 &= w2;
        if (!ok1 || !ok2)
            continue;        /* "Der Aufsteiger siegte - ...": no result */
        nf_status st = NF_OK;
        if (b1 > a1)
            st = one_club(v, a1, b1, mv, &added);
        if (!st && b2 > a2)
            st = one_club(v, a2, b2, mv, &added);
        if (st)
            return st;
    }
    if (added)
        qsort(mv->v, mv->n, sizeof *mv->v, by_start);
    return NF_OK;
}
