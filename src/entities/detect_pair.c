/* detect_pair.c - two names joined by a hyphen: "the Trump-Putin summit".
 * English and other languages join two names with a hyphen to qualify a
 * noun (a meeting, a border, a pact between the two).  Read as one run,
 * the pair became one person ("Trump-Putin").  A double-barrelled
 * surname ("Smith-Jones") or a firm ("Hewlett-Packard") is joined the
 * same way, but its halves are seldom written alone; so the pair is read
 * as two names when each half also stands alone, capitalised and joined
 * to no other word by a hyphen, elsewhere in the article ("Trump said",
 * "Vladimir Putin").  Each half is then detected as a run of its own.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

/* Does the article write the word of token k (lower-case form w[0..n))
 * capitalised and standing alone (no hyphen on either side) at a token
 * other than a or b? */
static int alone_elsewhere(const char *text, const tok_vec *tv, size_t a, size_t b,
                           const char *w, size_t n)
{
    for (size_t k = 0; k < tv->n; k++) {
        const tok *u = &tv->v[k];
        if (k == a || k == b || !(u->flags & T_CAP) || (u->flags & T_HYPHEN) ||
            (k + 1 < tv->n && (tv->v[k + 1].flags & T_HYPHEN)))
            continue;
        char x[128];
        size_t m = nf_det_lower_form(text, u->s, u->e, x, sizeof x);
        if (m == n && memcmp(x, w, n) == 0)
            return 1;
    }
    return 0;
}

int nf_det_hyphen_pair(const nf_ent_stage *st, const char *text, size_t i, size_t j)
{
    assert(st && text && i <= j && j < st->toks.n);
    const tok *v = st->toks.v;
    if (j != i + 1 || !(v[j].flags & T_HYPHEN) || !nf_det_tight_hyphen(text, v, j) ||
        ((v[i].flags | v[j].flags) & (T_ALLCAPS | T_DIGIT)) ||
        !(v[i].flags & T_CAP) || !(v[j].flags & T_CAP) || v[i].script != SC_CASED)
        return 0;
    for (size_t k = i; k <= j; k++) {
        char w[128];
        size_t n = nf_det_lower_form(text, v[k].s, v[k].e, w, sizeof w);
        if (n < 2 || !alone_elsewhere(text, &st->toks, i, j, w, n))
            return 0;
    }
    return 1;
}
