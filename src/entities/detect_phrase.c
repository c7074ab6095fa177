/* detect_phrase.c - a run of capitalised words that the article also
 * writes in lower case, word for word, is a phrase of the language
 * capitalised for a title ("στην Ανοιχτή Θάλασσα" in the title of an
 * agreement, "στην ανοιχτή θάλασσα" in the report), not a name.  Works
 * without a dictionary (Greek, Russian, Ukrainian have none here); a
 * name is never written in lower case as a whole.  Not for German,
 * whose nouns are capitalised anyway and whose adjectives are not.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#define NF_PHRASE_MAX 8      /* longer runs are titles of their own */

int nf_det_lower_phrase(const nf_ent_stage *st, const char *text, const char *lang,
                        size_t i, size_t j)
{
    assert(st && text && i <= j && j < st->toks.n);
    const tok_vec *tv = &st->toks;
    if (j == i || j - i + 1 > NF_PHRASE_MAX ||
        (lang && (strcmp(lang, "de") == 0 || strcmp(lang, "lb") == 0)))
        return 0;
    size_t w = j - i + 1;
    char low[NF_PHRASE_MAX][64];
    size_t ln[NF_PHRASE_MAX];
    for (size_t q = 0; q < w; q++) {
        ln[q] = nf_det_lower_form(text, tv->v[i + q].s, tv->v[i + q].e, low[q], sizeof low[q]);
        if (!ln[q] || !nf_det_lower_in_article(st, low[q], ln[q]))
            return 0;   /* a word never written in lower case: no scan */
    }
    /* a lower-case token is its own lower-case form: compare bytes */
    for (size_t p = 0; p + w <= tv->n; p++) {
        size_t q = 0;
        while (q < w) {
            const tok *t = &tv->v[p + q];
            if (!(t->flags & T_LOWER) || t->sent != tv->v[p].sent || t->e - t->s != ln[q] ||
                memcmp(text + t->s, low[q], ln[q]) != 0)
                break;
            q++;
        }
        if (q == w)
            return 1;
    }
    return 0;
}
