/* detect_shout.c - lines written in capitals (headlines) for the mention
 * detector.  Case says nothing there, so names are the gazetteer's and
 * the curated list's (longest match; a one-word town that is also an
 * ordinary word does not count) plus runs of words that are not ordinary
 * words of the language, where its common-word filter is complete
 * (common_words.h).
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

int nf_det_shouting(const tok_vec *tv, size_t i)
{
    int sent = tv->v[i].sent;
    size_t a = i, caps = 0, words = 0;
    while (a > 0 && tv->v[a - 1].sent == sent)
        a--;
    for (size_t k = a; k < tv->n && tv->v[k].sent == sent; k++) {
        if (tv->v[k].script != SC_CASED || (tv->v[k].flags & T_DIGIT))
            continue;
        if (tv->v[k].e - tv->v[k].s < 2)
            continue;
        words++;
        caps += (tv->v[k].flags & T_ALLCAPS) != 0;
    }
    return words >= 3 && caps * 10 >= words * 7;
}

/* Longest word, in characters, whose absence from the common-word filter
 * of `lang` means something: the generator (tools/words/
 * gen_common_words.py) keeps every form of up to 14 characters for en,
 * de and nl, 10 for es, and only stems for the others. */
static size_t cw_complete_len(const char *lang)
{
    static const struct { const char *l; size_t n; } lim[] = {
        { "en", 14 }, { "de", 14 }, { "es", 10 }, { "nl", 14 } };
    for (size_t i = 0; lang && i < sizeof lim / sizeof lim[0]; i++)
        if (strcmp(lang, lim[i].l) == 0)
            return lim[i].n;
    return 0;
}

/* Number of characters of UTF-8 w[0..n). */
static size_t utf8_chars(const char *w, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)w[i] & 0xC0) != 0x80;
    return c;
}

/* Is token t of a line in capitals a name word: not a function word,
 * title, month or number, and not an ordinary word of the language (its
 * lower-case form is not in the common-word filter cw)? */
static int shout_name_word(const char *text, const tok *t, const char *lang,
                           const nf_cw_filter *cw)
{
    if (t->flags & T_DIGIT)
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (n < 2 || utf8_chars(w, n) > cw_complete_len(lang) ||
        (nf_lex_classes(w, n) & (NF_LEX_STOP | NF_LEX_ROLE | NF_LEX_TIME |
                                 NF_LEX_PARTICLE)))
        return 0;
    return !nf_cw_has(cw, w, n);
}

int nf_det_tight_hyphen(const char *text, const tok *v, size_t k)
{
    return v[k].s == v[k - 1].e + 1 && text[v[k - 1].e] == '-';
}

nf_status nf_det_shout_run(const nf_ent_stage *st, const char *text,
                           const char *lang, const nf_cw_filter *cw, size_t i, size_t j,
                           ment_vec *mv)
{
    const tok *v = st->toks.v;
    size_t k = i;
    while (k <= j) {
        nf_ment m;
        memset(&m, 0, sizeof m);
        m.place = -1;
        size_t best = (size_t)-1;
        for (size_t e = k; e <= j && e < k + 4; e++) {
            if (e > k && (v[e].flags & T_HYPHEN) && !nf_det_tight_hyphen(text, v, e))
                break;
            int32_t p = nf_det_place_of(text, v[k].s, v[e].e);
            int cur = nf_curated_lookup(text + v[k].s, v[e].e - v[k].s);
            /* one word that is also an ordinary word names a country
             * or region, not a town ("SURPRISE", "GANA") */
            if (p >= 0 && e == k && nf_places[p].kind == NF_PLACE_CITY && cw) {
                char w[128];
                size_t n = nf_det_lower_form(text, v[k].s, v[k].e, w, sizeof w);
                if (n && nf_cw_has(cw, w, n))
                    p = -1;
            }
            if (p >= 0 || cur >= 0) {
                best = e;
                m.place = p;
                m.curated = p < 0 ? cur + 1 : 0;
                m.type = p >= 0 ? NF_ENTITY_LOCATION : nf_curated_entries[cur].type;
            }
        }
        if (best == (size_t)-1 && cw && shout_name_word(text, &v[k], lang, cw)) {
            best = k;
            while (best + 1 <= j && (!(v[best + 1].flags & T_HYPHEN) ||
                                     nf_det_tight_hyphen(text, v, best + 1)) &&
                   shout_name_word(text, &v[best + 1], lang, cw))
                best++;
            m.type = best > k ? NF_ENTITY_PERSON
                   : v[k].e - v[k].s <= 4 ? NF_ENTITY_ORGANIZATION : NF_ENTITY_OTHER;
        }
        if (best == (size_t)-1) {
            k++;
            continue;
        }
        m.start = v[k].s;
        m.end = v[best].e;
        nf_status s = nf_det_push_ment(mv, m);
        if (s)
            return s;
        k = best + 1;
    }
    return NF_OK;
}
