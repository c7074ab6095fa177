/* detect_ordinary.c - a single capitalised word inside a sentence that is
 * an ordinary word, not a name.  Languages that write their common nouns
 * in lower case (all cased ones here but German and Luxembourgish)
 * capitalise a word inside a sentence only for a name, yet machine
 * translations and careless copy do it to any word ("dagli Stati Uniti,
 * Sebbene la Russia", "a Sumi domenica, Almeno 35 persone").  Such a word
 * standing alone in its run is read as a word of the sentence when the
 * article also writes it in lower case, or it is a function word (the
 * lexicon's stop list), or an adverb derived from an adjective
 * (nf_det_derived_adverb: "Sfortunatamente").  The wider test, any word
 * of the language's common-word filter, cost CoNLL dev (es, nl lose
 * capitalised institutions: "la Policía", "la Liga"), so it is not
 * made; nor is a lower-case use elsewhere enough when the article
 * capitalises the word more often than not.  Names that are
 * words too stay: places, curated names, given names of the
 * dictionaries, acronyms, and a word next to a title ("il ministro degli
 * Esteri").
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/curated.h"
#include "entities/lexicon.h"

/* Does lang write its adjectives after the noun (the Romance languages)? */
static int romance_lang(const char *lang)
{
    static const char *const romance[] = {"it", "es", "pt", "ro", "fr", "ca"};
    for (size_t k = 0; lang && k < sizeof romance / sizeof romance[0]; k++)
        if (strcmp(lang, romance[k]) == 0)
            return 1;
    return 0;
}

int nf_det_derived_adverb(const char *lang, const char *w, size_t n)
{
    assert(w);
    if (!romance_lang(lang) || n < 9 || n >= 64 || memcmp(w + n - 5, "mente", 5) != 0)
        return 0;
    const nf_cw_filter *cw = nf_cw_for(lang);
    char a[64];
    size_t b = n - 5;
    memcpy(a, w, b);
    /* the adjective as the base ("attual|mente"), with -e ("attuale"),
     * or its masculine in -o for a feminine in -a ("sfortunata|mente":
     * "sfortunato") */
    if (nf_cw_has(cw, a, b))
        return 1;
    a[b] = 'e';
    if (nf_cw_has(cw, a, b + 1))
        return 1;
    if (a[b - 1] == 'a') {
        a[b - 1] = 'o';
        return nf_cw_has(cw, a, b);
    }
    return 0;
}

/* Is token k (inside tv, same sentence as token i) a title or role? */
static int role_at(const char *text, const tok_vec *tv, size_t k, size_t i)
{
    return k < tv->n && tv->v[k].sent == tv->v[i].sent &&
           (nf_det_lex_of(text, &tv->v[k]) & NF_LEX_ROLE);
}

int nf_det_ordinary_word(const nf_ent_stage *st, const char *text, const char *lang,
                         size_t i)
{
    assert(st && text && i < st->toks.n);
    const tok_vec *tv = &st->toks;
    const tok *t = &tv->v[i];
    if (!lang || strcmp(lang, "de") == 0 || strcmp(lang, "lb") == 0)
        return 0;
    if (t->script != SC_CASED || !(t->flags & T_CAP) ||
        (t->flags & (T_ALLCAPS | T_SENT | T_OPEN | T_HYPHEN | T_DIGIT)) ||
        t->e - t->s < 3)
        return 0;
    /* next to a title: "ministro degli Esteri", "Esteri minister" */
    if ((i > 0 && role_at(text, tv, i - 1, i)) || (i > 1 && role_at(text, tv, i - 2, i) &&
                                                   (nf_det_lex_of(text, &tv->v[i - 1]) & NF_LEX_STOP)) ||
        role_at(text, tv, i + 1, i))
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n)
        return 0;
    if (nf_det_place_of(text, t->s, t->e) >= 0 ||
        nf_curated_lookup(text + t->s, t->e - t->s) >= 0 ||
        nf_det_given_name_w(w, n) || nf_cw_has(nf_cw_names_for(lang), w, n))
        return 0;
    /* the article writes it in lower case at least as often as
     * capitalised inside a sentence (a name it also uses as a word is
     * capitalised more often: "Telefónica" beside "densidad
     * telefónica"), or it is a function word or a derived adverb */
    if (nf_det_derived_adverb(lang, w, n) || (nf_det_lex_of(text, t) & NF_LEX_STOP))
        return 1;
    size_t lower, capmid;
    nf_det_word_uses(st, w, n, &lower, &capmid);
    return lower > 0 && lower >= capmid;
}

int nf_det_words_only(const nf_ent_stage *st, const char *text, const char *lang, size_t i,
                      size_t j)
{
    assert(st && text && i <= j && j < st->toks.n);
    const nf_cw_filter *cw = nf_cw_for(lang), *names = nf_cw_names_for(lang);
    if (!cw || (lang && (strcmp(lang, "de") == 0 || strcmp(lang, "lb") == 0)) || j == i)
        return 0;
    /* Romance languages put the adjective after the noun: a run opening
     * with an ordinary word that is no given name ("Casa Bianca", "Marea
     * Neagră") is a noun phrase even when a later word is a given name
     * too ("Bianca"); a person's name opens with a given name or a
     * surname, not a common noun */
    int noun_first = 0;
    for (size_t k = i; k <= j; k++) {
        const tok *t = &st->toks.v[k];
        if (t->flags & (T_ALLCAPS | T_DIGIT))
            return 0;
        char w[128];
        size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
        if (!n || !nf_cw_has(cw, w, n) || nf_cw_has(names, w, n))
            return 0;
        if (!nf_det_given_name_w(w, n)) {
            if (k == i)
                noun_first = romance_lang(lang);
        } else if (!noun_first) {
            return 0;
        }
    }
    return 1;
}
