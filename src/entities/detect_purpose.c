/* detect_purpose.c - the purpose part of a long organisation's name.
 *
 * Dutch and German name commissions, institutes and associations by what
 * they are for: "Commissie voor Onrechtmatige Bedingen", "Centrum voor
 * Onderzoek in de Diergeneeskunde en de Agrochemie", "Bund für Umwelt
 * und Naturschutz Deutschland", "Deutsche Akademie für Sprache und
 * Dichtung".  The run reader stops at the lower-case "voor"/"für" and
 * yields the head and each capitalised piece as names of their own.
 * Here, after a run whose mention is an organisation (or is one
 * organisation word, "Bund", "Commissie"), "voor"/"für" (an article may
 * follow) and capitalised words joined by "en"/"und" or "in" (an article
 * may follow each) continue the name to its last capitalised word ("van"
 * does not join: "Commissie voor Onrechtmatige Bedingen | van
 * Economische Zaken").  The German data this was checked on write "für" mis-decoded
 * ("f\u0081E"); such a token is read in its repaired spellings.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/lexicon.h"

/* Is the lower-case t (length n) one of the NUL-terminated words? */
static int one_of(const char *t, size_t n, const char *const *words, size_t nw)
{
    for (size_t k = 0; k < nw; k++)
        if (strlen(words[k]) == n && memcmp(words[k], t, n) == 0)
            return 1;
    return 0;
}

/* Lower-case form of token k, also in repaired readings: does one of
 * them belong to words[0..nw)? */
static int token_is(const char *text, const tok *t, const char *const *words, size_t nw)
{
    char w[32], r[32];
    if (t->script != SC_CASED || !(t->flags & T_LOWER))
        return 0;
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n)
        return 0;
    if (one_of(w, n, words, nw))
        return 1;
    if (!nf_det_garbled(text, t))
        return 0;
    for (unsigned k = 0; k < NF_DET_REPAIRS; k++) {
        size_t rn = nf_det_repair(w, n, k, r, sizeof r);
        if (rn && one_of(r, rn, words, nw))
            return 1;
    }
    return 0;
}

static const char *const purpose[] = { "voor", "f\xc3\xbcr" };
static const char *const articles[] = { "de", "het", "der", "die", "den", "das", "dem" };
static const char *const joins[] = { "en", "und", "in" };

/* Is token k usable inside the tail: same sentence as token s, no
 * punctuation before it, cased? */
static int inside(const tok *v, size_t n, size_t k, size_t s)
{
    return k < n && v[k].script == SC_CASED && !(v[k].flags & T_BREAK) &&
           v[k].sent == v[s].sent;
}

/* Is token k a capitalised word of a name (no digits, no function word)? */
static int cap_word(const char *text, const tok *t)
{
    return (t->flags & (T_CAP | T_ALLCAPS)) && !(t->flags & T_DIGIT) &&
           !(nf_det_lex_of(text, t) & (NF_LEX_STOP | NF_LEX_TIME));
}

size_t nf_det_purpose_tail(const char *text, const tok_vec *tv, size_t j)
{
    assert(text && tv && j < tv->n);
    const tok *v = tv->v;
    size_t n = tv->n, k = j + 1;
    if (!inside(v, n, k, j) || !token_is(text, &v[k], purpose, 2))
        return 0;
    k++;
    if (inside(v, n, k, j) && token_is(text, &v[k], articles, 7))
        k++;
    if (!inside(v, n, k, j) || !cap_word(text, &v[k]))
        return 0;
    size_t last = k;
    for (;;) {
        while (inside(v, n, last + 1, j) && cap_word(text, &v[last + 1]))
            last++;
        size_t c = last + 1;
        if (!inside(v, n, c, j) || !token_is(text, &v[c], joins, 3))
            break;
        c++;
        if (inside(v, n, c, j) && token_is(text, &v[c], articles, 7))
            c++;
        if (!inside(v, n, c, j) || !cap_word(text, &v[c]))
            break;
        last = c;
    }
    return last;
}
