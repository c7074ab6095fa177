/* detect.c - mention detection: names of people, organisations and places
 * in an article's clean text, without a trained model.  This file is the
 * stage's driver: it owns the per-thread state, cuts the text into
 * tokens (detect_scan.c), gathers each run of capitalised words of a
 * cased script (joined by spaces, hyphens, a particle such as "de",
 * "van", "al" before another capitalised word, or a particle and an
 * article: "Partido de los Trabajadores"; a club's abbreviation keeps its
 * numbers: "SV 09 Flörsheim", "1. FC Köln") and hands it to the reader
 * of its language (detect_cased.c, detect_german.c), hands katakana,
 * Han, Arabic, Hangul and Devanagari tokens to detect_caseless.c, and
 * links lower-case adjectives of places to their country in the
 * languages that write them so ("ucraino", German "deutschen").  A news
 * agency's sigil in a credit line ("( dpa )", "sid / dpa", "(EFE)") is an
 * organisation in any case; Dutch "of" ("or") joins no names.
 * Types: the gazetteer makes places, organisation words (Bank,
 * Ministerio, Partei) and short acronyms organisations, a title or two
 * or more name words people, a lone word "other" until coreference says
 * more.  The rules, file by file, are in docs/entities.md.
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

/* Dutch writes the plural of a word ending in a vowel and the genitive
 * of a name with an apostrophe and s inside the word ("de Hutu's", "de
 * Israëli's", "India's economie"): the word form is the mention, as the
 * German genitive "Japans" is.  Extends each mention of mv that ends
 * right before "'s" (or "’s") followed by no letter. */
static void dutch_apostrophe_s(const char *text, size_t len, ment_vec *mv)
{
    for (size_t k = 0; k < mv->n; k++) {
        size_t e = mv->v[k].end;
        size_t al = e < len && text[e] == '\'' ? 1
                  : e + 2 < len && memcmp(text + e, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
        if (!al || e + al >= len || (text[e + al] != 's' && text[e + al] != 'S'))
            continue;
        size_t a = e + al + 1;
        if (a < len) {
            unsigned c;
            nf_utf8_decode(text + a, text + len, &c);
            if (u_isalnum((UChar32)c))
                continue;
        }
        if (k + 1 < mv->n && mv->v[k + 1].start < a)
            continue;
        mv->v[k].end = a;
    }
}

/* Dutch, German: the run i..*j has been read (its mentions from n0 in
 * mv); when its last mention ends the run and is an organisation, or
 * the run is one organisation word the reader left out ("Bund"), a
 * purpose tail (nf_det_purpose_tail: "voor Onrechtmatige Bedingen")
 * continues that name; *j moves to the tail's end.  Errors: NF_ERR_NOMEM. */
static nf_status purpose_join(nf_ent_stage *st, const char *text, size_t i, size_t *j,
                              size_t n0, ment_vec *mv)
{
    const tok *v = st->toks.v;
    size_t tail = nf_det_purpose_tail(text, &st->toks, *j);
    if (!tail)
        return NF_OK;
    nf_ment *last = mv->n > n0 ? &mv->v[mv->n - 1] : NULL;
    if (last && last->end == v[*j].e) {
        if (last->type != NF_ENTITY_ORGANIZATION)
            return NF_OK;
        last->end = v[tail].e;
        last->place = -1;
        last->demonym = 0;
        *j = tail;
        return NF_OK;
    }
    if (last || i != *j || !(nf_det_lex_of(text, &v[i]) & NF_LEX_ORG))
        return NF_OK;
    *j = tail;
    return nf_det_push_span(mv, v[i].s, v[tail].e, NF_ENTITY_ORGANIZATION, -1, 0);
}

nf_status nf_ent_stage_open(nf_ent_stage **out)
{
    assert(out);
    *out = NULL;
    nf_ent_stage *st = calloc(1, sizeof *st);
    if (!st)
        return NF_ERR_NOMEM;
    nf_status s = nf_namer_open(&st->namer);
    if (s) {
        free(st);
        return s;
    }
    nf_buf_init(&st->norm, 1 << 16);
    *out = st;
    return NF_OK;
}

nf_ent_stage *nf_ent_stage_new(void)
{
    nf_ent_stage *st;
    return nf_ent_stage_open(&st) == NF_OK ? st : NULL;
}

void nf_ent_stage_free(nf_ent_stage *st)
{
    if (!st)
        return;
    nf_namer_free(st->namer);
    free(st->toks.v);
    free(st->lower);
    free(st->capmid);
    nf_buf_free(&st->norm);
    free(st);
}

/* Languages writing adjectives of places in lower case. */
static int lowercase_adjectives(const char *lang)
{
    static const char *const langs[] = { "it", "es", "fr", "ro", "pt", "pl",
                                         "ru", "uk", "tr", "ca" };
    for (size_t i = 0; lang && i < sizeof langs / sizeof langs[0]; i++)
        if (strcmp(lang, langs[i]) == 0)
            return 1;
    return 0;
}

/* Can token k continue a cased run whose last token is k - 1?  In German
 * an article between capitalised words ("Ende der Welt") joins nothing:
 * every noun is capitalised there. */
static int continues(const char *text, const tok *v, size_t n, size_t k,
                     int german, int dutch, size_t *next)
{
    if (k >= n || v[k].script != SC_CASED || (v[k].flags & T_BREAK) ||
        v[k].sent != v[k - 1].sent)
        return 0;
    /* Dutch "of" is "or" ("Sabena of Swissair"), never a particle */
    if (dutch && (v[k].flags & T_LOWER) && v[k].e - v[k].s == 2 &&
        memcmp(text + v[k].s, "of", 2) == 0)
        return 0;
    if ((v[k].flags & (T_CAP | T_ALLCAPS)) && !(v[k].flags & T_DIGIT)) {
        /* a curated acronym next to an ordinary word is a name of its own
         * ("Министры НАТО", "NATO Brussels") */
        if (((v[k].flags ^ v[k - 1].flags) & T_ALLCAPS) &&
            !(german && nf_det_tight_hyphen(text, v, k)) &&   /* "UN-Konferenz": one word */
            nf_curated_lookup(text + ((v[k].flags & T_ALLCAPS) ? v[k].s : v[k - 1].s),
                              (v[k].flags & T_ALLCAPS) ? v[k].e - v[k].s
                                                       : v[k - 1].e - v[k - 1].s) >= 0)
            return 0;
        *next = k;
        return 1;
    }
    if ((v[k].flags & T_LOWER) && k + 1 < n && v[k + 1].script == SC_CASED &&
        !(v[k + 1].flags & T_BREAK) && (v[k + 1].flags & T_CAP) &&
        v[k + 1].sent == v[k].sent && (nf_det_lex_of(text, &v[k]) & NF_LEX_PARTICLE) &&
        !(german && (nf_det_lex_of(text, &v[k]) & NF_LEX_DE_DET))) {
        *next = k + 1;
        return 1;
    }
    /* a particle and an article: "Partido de los Trabajadores", "Bank of
     * the Netherlands" */
    if ((v[k].flags & T_LOWER) && k + 2 < n && (nf_det_lex_of(text, &v[k]) & NF_LEX_PARTICLE) &&
        v[k + 1].script == SC_CASED && (v[k + 1].flags & T_LOWER) &&
        !(v[k + 1].flags & T_BREAK) && (nf_det_lex_of(text, &v[k + 1]) & NF_LEX_ARTICLE) &&
        v[k + 2].script == SC_CASED && !(v[k + 2].flags & T_BREAK) &&
        (v[k + 2].flags & T_CAP) && v[k + 2].sent == v[k].sent) {
        *next = k + 2;
        return 1;
    }
    return 0;
}

/* Is token t a sports club's abbreviation, an organisation word in
 * capitals (FC, SV, TSV, BSC)?  Its name may hold numbers. */
static int club_word(const char *text, const tok *t)
{
    return (t->flags & T_ALLCAPS) && t->e - t->s <= 4 && (nf_det_lex_of(text, t) & NF_LEX_ORG);
}

/* Is token t a number of two or four digits ("09", "1860"), or of one or
 * two before a dot (an ordinal: "1.")? */
static int number_word(const char *text, size_t len, const tok *t)
{
    size_t n = t->e - t->s;
    for (size_t k = t->s; k < t->e; k++)
        if (text[k] < '0' || text[k] > '9')
            return 0;
    return n == 2 || n == 4 || (n == 1 && t->e < len && text[t->e] == '.');
}

/* Is token k (of n), the word after a club's abbreviation, no place
 * outside the German-speaking countries ("FC Paris", "FC Aberdeen": a
 * rank before them; "1. FC Köln", a name)? */
static int german_club_town(const char *text, const tok *v, size_t n, size_t k)
{
    if (k >= n)
        return 1;
    int32_t p = nf_det_place_of(text, v[k].s, v[k].e);
    const char *cc = p >= 0 ? nf_places[p].country : "DE";
    return strcmp(cc, "DE") == 0 || strcmp(cc, "AT") == 0 || strcmp(cc, "CH") == 0;
}

/* Is token t a news agency's sigil (lexicon.h) in a credit line: after
 * "(" or "/", or before ")", "(" or "/", or alone on its line ("(
 * dpa )", "sid / dpa", "(AFP)")? */
static int agency_credit(const char *text, size_t len, const tok *t)
{
    if (t->e - t->s < 2 || t->e - t->s > 10)
        return 0;
    size_t a = t->s, b = t->e;
    while (a > 0 && text[a - 1] == ' ')
        a--;
    while (b < len && text[b] == ' ')
        b++;
    char before = a > 0 ? text[a - 1] : '\n', after = b < len ? text[b] : '\n';
    return (before == '(' || before == '/' || after == ')' || after == '(' || after == '/' ||
            (before == '\n' && after == '\n')) &&
           (nf_det_lex_of(text, t) & NF_LEX_AGENCY);
}

nf_status nf_ent_detect(nf_ent_stage *st, const char *text, size_t len,
                        const char *lang, nf_ment **out, size_t *n)
{
    return nf_ent_detect_sents(st, text, len, lang, NULL, 0, out, n);
}

nf_status nf_ent_detect_sents(nf_ent_stage *st, const char *text, size_t len,
                              const char *lang, const nf_span *sents,
                              size_t n_sents, nf_ment **out, size_t *n)
{
    assert(st && (text || len == 0) && out && n);
    *out = NULL;
    *n = 0;
    ment_vec mv = { NULL, 0, 0 };
    nf_status s = nf_det_scan(st, text, len, sents, n_sents);
    if (!s)
        s = nf_det_collect_lower(st, text);
    const tok *v = st->toks.v;
    size_t nt = st->toks.n;
    int lower_adj = lowercase_adjectives(lang);
    int german = lang && strcmp(lang, "de") == 0;
    int dutch = lang && strcmp(lang, "nl") == 0;
    for (size_t i = 0; i < nt && !s; i++) {
        const tok *t = &v[i];
        switch (t->script) {
        case SC_CASED:
            if (agency_credit(text, len, t)) {
                /* "( dpa )", "sid / dpa": the agency, in any case */
                nf_ment m;
                memset(&m, 0, sizeof m);
                m.start = t->s;
                m.end = t->e;
                m.place = -1;
                m.type = NF_ENTITY_ORGANIZATION;
                int cur = nf_curated_lookup(text + t->s, t->e - t->s);
                if (cur >= 0 && nf_curated_entries[cur].type == NF_ENTITY_ORGANIZATION)
                    m.curated = cur + 1;
                s = nf_det_push_ment(&mv, m);
                break;
            }
            if ((t->flags & (T_CAP | T_ALLCAPS)) && !(t->flags & T_DIGIT)) {
                size_t j = i, nx, n0 = mv.n;
                while (continues(text, v, nt, j + 1, german, dutch, &nx))
                    j = nx;
                int club = club_word(text, t);
                while (club && j + 1 < nt && number_word(text, len, &v[j + 1]) &&
                       !(v[j + 1].flags & T_BREAK) && v[j + 1].sent == t->sent) {
                    j++;        /* "SV 09 Flörsheim", "FSV Mainz 05" */
                    while (continues(text, v, nt, j + 1, german, dutch, &nx))
                        j = nx;
                }
                s = german ? nf_det_german_run(st, text, lang, i, j, &mv)
                           : nf_det_cased_run(st, text, lang, i, j, &mv);
                if (!s && (german || dutch))
                    s = purpose_join(st, text, i, &j, n0, &mv);
                /* and its ordinal: "1. FC Köln" (German clubs' names
                 * hold "1."; "3. FC Nantes", "1. FC Aberdeen" in a
                 * table are ranks: another number, a foreign town) */
                if (!s && club && i > 0 && mv.n > n0 && mv.v[n0].start == t->s &&
                    number_word(text, len, &v[i - 1]) && v[i - 1].sent == t->sent &&
                    v[i - 1].e - v[i - 1].s == 1 && t->s == v[i - 1].e + 2 &&
                    text[v[i - 1].e] == '.' && text[v[i - 1].s] == '1' &&
                    german_club_town(text, v, nt, i + 1))
                    mv.v[n0].start = v[i - 1].s;
                i = j;
            } else if ((lower_adj || german) && (t->flags & T_LOWER) &&
                       t->e - t->s >= 5) {
                /* German: the cue table only (lower-case words are never
                 * names there, but its adjectives of places are) */
                char w[128];
                size_t wn = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
                int known = 0;
                int32_t p = -1;
                if (wn && !(nf_lex_classes(w, wn) & NF_LEX_STOP)) {
                    if (german) {
                        known = nf_cue_demonym(lang, w, wn, &p);
                        if (!known)
                            p = nf_det_repaired_cue(lang, w, wn, &known);
                    }
                    else
                        p = nf_det_demonym_of(lang, w, wn, &known);
                }
                if (known && p < 0 && german)   /* a people without a place ("kurdischen") */
                    s = nf_det_push_span(&mv, t->s, t->e, NF_ENTITY_OTHER, -1, 0);
                else if (p >= 0)
                    s = nf_det_push_span(&mv, t->s, t->e, NF_ENTITY_LOCATION, p, 1);
            }
            break;
        case SC_KATA:
            s = nf_det_kata_token(st, text, len, i, &mv);
            break;
        case SC_HAN:
            s = nf_det_han_token(text, t, &mv);
            break;
        case SC_OTHER:
            s = nf_det_thai(text + t->s, t->e - t->s) ? nf_det_han_token(text, t, &mv)
                                                      : nf_det_other_token(st, text, len, i, &mv);
            break;
        default:
            break;
        }
    }
    if (!s && german)
        s = nf_det_german_surnames(st, text, &mv);
    if (!s && german)
        nf_det_german_division_titles(text, &st->toks, &mv);
    if (!s && german)
        nf_det_german_districts(text, &st->toks, &mv);
    if (!s && german)
        nf_det_german_local_bodies(text, &st->toks, &mv);
    if (!s && dutch)
        nf_det_dutch_compounds(text, &st->toks, &mv);
    if (!s && dutch)
        dutch_apostrophe_s(text, len, &mv);
    if (s) {
        free(mv.v);
        return s;
    }
    *out = mv.v;
    *n = mv.n;
    return NF_OK;
}

nf_namer *nf_ent_stage_namer(nf_ent_stage *st)
{
    return st->namer;
}
