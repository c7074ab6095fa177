/* detect_heads.c - what the head word of a capitalised run says about
 * it (round 17).
 *
 * Romance languages put a name's head first: "Región de Antofagasta",
 * "Mar de Portugal", "Fondo para la Transición", "Acuerdo de Lisboa";
 * English and the Germanic languages put it last ("Blue Transition
 * Fund", "Lisbon Accord").  The head says what the name is: a region,
 * province or county is a place (and when the gazetteer knows the place
 * it is named after, that place), a sea or lake is a place; an
 * agreement, treaty or convention is a thing, never a person.  A body
 * named by what it is for ("Fond pentru Tranziția Albastră", "Comitetul
 * Județean pentru Situații de Urgență", "Blue Transition Fund for ...")
 * and an agreement named by what it is about ("Lisbon Accord on
 * High-Seas Fisheries", "Acuerdo de Lisboa sobre la Pesca en Altos
 * Mares") continue over a lower-case preposition: the run after it
 * belongs to the name before, as detect_purpose.c does for Dutch and
 * German.  And Swedish, Danish and Norwegian write a name's genitive
 * with a bare -s ("Nordhallas vd"): the name is the word without it
 * when the article names it so elsewhere.  Last, the titles of an office
 * with a portfolio (minister, commissioner, secretary), after which
 * "de Hacienda", "de Stat" belong to the title, unlike a firm's officer
 * ("CEO of Apple": Apple is a name of its own); a title's portfolio or
 * body after a preposition ("ministro do Mar", "gerente general de
 * Nordhalla"), never a surname of the article; and a Greek title with
 * its adjective and genitives only, which names nobody.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/lexicon.h"
#include "entities/places.h"
#include "entities/wordset.h"

/* Divisions of a country, named head first with the place they are
 * named after ("Región de Antofagasta", "Provincia di Cuneo", "Județul
 * Constanța"). */
static const char division_words[] =
    "región regiones regione regioni regiunea regiunii région region "
    "provincia provincie province provinciei departamento département "
    "dipartimento distrito distretto district comuna comune commune "
    "județul judeţul județului judeţului municipio municipiul condado contea comté";

/* Waters, named head first ("Mar de Portugal", "Lago di Garda"). */
static const char water_words[] =
    "mar mare marea mer lago lac lacul golfo golful golfe río rio fiume râul";

/* Agreements: never a person, whatever the words around them. */
static const char agreement_words[] =
    "accord accords agreement treaty convention pact protocol acuerdo tratado "
    "convenio pacto acordo tratado convenção accordo trattato convenzione patto "
    "acord acordul acordului tratat tratatul convenția pactul traité pacte "
    "abkommen vertrag übereinkommen verdrag overeenkomst akkoord umowa traktat "
    "porozumienie";

/* Heads of bodies named by their purpose. */
static const char purpose_heads[] =
    "fund commission committee council agency institute foundation association "
    "federation ministry office centre center fondo comisión comité consejo "
    "agencia instituto fundación asociación federación ministerio oficina "
    "sindicato fundo comissão conselho agência fundação associação federação "
    "ministério commissione comitato consiglio agenzia istituto fondazione "
    "associazione federazione ministero sindacato fonds conseil agence institut "
    "fondation fédération ministère syndicat fond fondul fondului comisia "
    "comisiei comitet comitetul comitetului consiliul consiliului agenția "
    "agenției institutul fundația asociația federația ministerul ministerului "
    "sindicatul inspectoratul";

/* Prepositions of purpose (after a body) and of topic (after an
 * agreement), and those continuing either ("... la Pesca | en | Altos
 * Mares"). */
static const char purpose_preps[] = "for para pour per pentru";
static const char topic_preps[] = "on sobre privind sur su";
static const char join_preps[] = "en in";
static const char tail_articles[] = "la el the le il lo a o";

/* Titles of an office that has a portfolio ("Minister of Finance",
 * "Commissioner for Oceans"), unlike a firm's officers ("CEO of Apple",
 * "chairman of Shell": after those a body's name follows). */
static const char portfolio_titles[] =
    "minister ministers ministro ministra ministrul ministre ministri ministros "
    "ministres miniștrii miniştrii commissioner commissioners commissario "
    "commissaria comisario comisaria comissário comissária comisar comisarul "
    "comisara commissaire kommissar komisarz secretary secretario secretaria "
    "secretária secretar secretarul secrétaire undersecretary subsecretario "
    "subsecretaria sottosegretario υπουργός υπουργό υφυπουργός επίτροπος επίτροπο";

/* The lists above, loaded once into one open-addressing table of word
 * -> bit of each list holding it (as lexicon.c does), so that a lookup
 * is one hash and a compare. */
enum { L_DIVISION = 1, L_WATER = 2, L_AGREEMENT = 4, L_PURPOSE_HEAD = 8,
       L_PURPOSE_PREP = 16, L_TOPIC_PREP = 32, L_JOIN_PREP = 64, L_ARTICLE = 128,
       L_PORTFOLIO = 256 };
#define HEAD_SLOTS 1024                 /* power of two, > 2 x the words */

static nf_wordset_slot head_slots[HEAD_SLOTS];
static nf_wordset heads = { head_slots, HEAD_SLOTS - 1 };
static pthread_once_t heads_once = PTHREAD_ONCE_INIT;

static void head_load(const char *list, unsigned bit)
{
    nf_wordset_add(&heads, list, bit);
}

static void heads_init(void)
{
    head_load(division_words, L_DIVISION);
    head_load(water_words, L_WATER);
    head_load(agreement_words, L_AGREEMENT);
    head_load(purpose_heads, L_PURPOSE_HEAD);
    head_load(purpose_preps, L_PURPOSE_PREP);
    head_load(topic_preps, L_TOPIC_PREP);
    head_load(join_preps, L_JOIN_PREP);
    head_load(tail_articles, L_ARTICLE);
    head_load(portfolio_titles, L_PORTFOLIO);
}

/* The lists (L_ bits) holding the lower-case w[0..n). */
static unsigned in_lists(const char *w, size_t n)
{
    pthread_once(&heads_once, heads_init);
    return nf_wordset_get(&heads, w, n);
}

/* Is token t (any case, cased script) a word of one of the lists `bits`? */
static int tok_in(const char *text, const tok *t, unsigned bits)
{
    char w[64];
    size_t n = t->script == SC_CASED ? nf_det_lower_form(text, t->s, t->e, w, sizeof w) : 0;
    return n && (in_lists(w, n) & bits);
}

/* Languages that name a division or a water head first. */
static int head_first(const char *lang)
{
    static const char *const langs[] = { "es", "pt", "it", "ro", "fr", "ca", "gl" };
    for (size_t k = 0; lang && k < sizeof langs / sizeof langs[0]; k++)
        if (strcmp(lang, langs[k]) == 0)
            return 1;
    return 0;
}

int nf_det_head_place(const char *text, const char *lang, const tok_vec *tv, size_t i,
                      size_t j, int32_t *place)
{
    assert(text && tv && i <= j && j < tv->n && place);
    *place = -1;
    const tok *v = tv->v;
    if (i == j || !head_first(lang) || !(v[i].flags & T_CAP) || (v[i].flags & T_ALLCAPS))
        return 0;
    int division = tok_in(text, &v[i], L_DIVISION);
    if (!division && !tok_in(text, &v[i], L_WATER))
        return 0;
    size_t k = i + 1;
    while (k < j && (nf_det_lex_of(text, &v[k]) & (NF_LEX_PARTICLE | NF_LEX_ARTICLE)) &&
           (v[k].flags & T_LOWER))
        k++;
    if (!division)
        return 1;
    /* a division's word names bodies too ("Departamento de Ciencia"):
     * only with a place of the gazetteer after it */
    *place = k <= j ? nf_det_place_of(text, v[k].s, v[j].e) : -1;
    return *place >= 0;
}

int nf_det_agreement_run(const char *text, const tok_vec *tv, size_t i, size_t j)
{
    assert(text && tv && i <= j && j < tv->n);
    for (size_t k = i; k <= j; k++)
        if (tok_in(text, &tv->v[k], L_AGREEMENT))
            return 1;
    return 0;
}

/* Does the mention text[s..e) hold a token of tv that is a word of the
 * lists `list` (L_ bits), lower-case if `lower`? */
static int span_has(const char *text, const tok_vec *tv, size_t s, size_t e,
                    unsigned list, int lower)
{
    for (size_t k = 0; k < tv->n && tv->v[k].s < e; k++)
        if (tv->v[k].s >= s && (!lower || (tv->v[k].flags & T_LOWER)) &&
            tok_in(text, &tv->v[k], list))
            return 1;
    return 0;
}

int nf_det_name_tail(const char *text, const tok_vec *tv, size_t i, size_t j, ment_vec *mv)
{
    assert(text && tv && mv && i <= j && j < tv->n);
    const tok *v = tv->v;
    if (!mv->n || i < 2 || (v[i].flags & (T_BREAK | T_SENT)))
        return 0;
    nf_ment *last = &mv->v[mv->n - 1];
    size_t k = i - 1;
    if ((v[k].flags & T_LOWER) && tok_in(text, &v[k], L_ARTICLE) && k > 0)
        k--;
    if (!(v[k].flags & T_LOWER) || k == 0 || v[k - 1].e != last->end ||
        v[k - 1].sent != v[i].sent)
        return 0;
    for (size_t h = k; h <= i; h++)
        if (v[h].flags & T_BREAK)
            return 0;
    int ok = 0;
    if (last->type == NF_ENTITY_ORGANIZATION && tok_in(text, &v[k], L_PURPOSE_PREP))
        ok = tok_in(text, &v[k - 1], L_PURPOSE_HEAD) ||       /* "... Fund | for" */
             span_has(text, tv, last->start, last->start + 1, L_PURPOSE_HEAD, 0);
    else if (last->type == NF_ENTITY_OTHER && tok_in(text, &v[k], L_TOPIC_PREP))
        ok = span_has(text, tv, last->start, last->end, L_AGREEMENT, 0);
    else if (tok_in(text, &v[k], L_JOIN_PREP))
        ok = span_has(text, tv, last->start, last->end, L_PURPOSE_PREP, 1) ||
             span_has(text, tv, last->start, last->end, L_TOPIC_PREP, 1);
    if (!ok)
        return 0;
    last->end = v[j].e;
    last->place = -1;
    last->demonym = 0;
    last->curated = 0;
    return 1;
}

int nf_det_nordic_genitive(const nf_ent_stage *st, const char *text, const char *lang,
                           size_t i)
{
    assert(st && text && i < st->toks.n);
    const tok *t = &st->toks.v[i];
    if (!lang || (strcmp(lang, "sv") != 0 && strcmp(lang, "da") != 0 &&
                  strcmp(lang, "no") != 0 && strcmp(lang, "nb") != 0 &&
                  strcmp(lang, "nn") != 0))
        return 0;
    size_t n = t->e - t->s;
    if (n < 4 || (t->flags & T_ALLCAPS) || text[t->e - 1] != 's' || text[t->e - 2] == 's')
        return 0;
    /* the word without -s, written capitalised elsewhere as a word of
     * its own (its own token, not this one) */
    for (size_t k = 0; k < st->toks.n; k++) {
        const tok *u = &st->toks.v[k];
        if (k != i && u->e - u->s == n - 1 && (u->flags & T_CAP) &&
            memcmp(text + u->s, text + t->s, n - 1) == 0)
            return 1;
    }
    return 0;
}

int nf_det_portfolio_title(const char *text, const tok *t)
{
    assert(text && t);
    if (t->script != SC_CASED)
        return 0;
    if (tok_in(text, t, L_PORTFOLIO))
        return 1;
    /* with "vice"/"vize": "Viceministro", "Vizeminister" */
    char w[64];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n > 8 && (memcmp(w, "vice", 4) == 0 || memcmp(w, "vize", 4) == 0) &&
           (in_lists(w + 4, n - 4) & L_PORTFOLIO);
}

/* Token i + 1 (< j) being a title: is token i its adjective and the
 * run a Greek title without a name, only genitives after the title
 * ("Ευρωπαία Επίτροπος | Ωκεανών")?  (Not a word and a title alone:
 * "Copa Rey", "Asamblea General", "Iron Lady" are names.) */
int nf_det_greek_title_adjective(const char *text, const char *lang, const tok *v, size_t i,
                                  size_t j)
{
    if (i + 1 >= j || !lang || strcmp(lang, "el") != 0)
        return 0;
    for (size_t k = i + 2; k <= j; k++)
        if (nf_det_greek_genitive(text, &v[k]) < 2)
            return 0;
    return 1;
}

/* Does the article write token i's word elsewhere as the last word of
 * a longer name, right after another capitalised word ("Donald Trump",
 * "Jason Volta")?  Then it is a person's surname ("la portavoce di
 * Trump"), no body of a title. */
int nf_det_surname_elsewhere(const char *text, const tok_vec *tv, size_t i)
{
    const tok *t = &tv->v[i];
    size_t n = t->e - t->s;
    for (size_t k = 1; k < tv->n; k++) {
        const tok *u = &tv->v[k], *p = &tv->v[k - 1];
        if (k != i && u->e - u->s == n && memcmp(text + u->s, text + t->s, n) == 0 &&
            (p->flags & T_CAP) && !(p->flags & T_ALLCAPS) && !(u->flags & (T_BREAK | T_HYPHEN)) &&
            p->sent == u->sent && !(nf_det_lex_of(text, p) & (NF_LEX_ROLE | NF_LEX_STOP)))
            return 1;
    }
    return 0;
}

/* Does the article write token i's word elsewhere as the first word of
 * an organisation's name, a capitalised run holding an organisation
 * word within its next three words ("Nordhalla Minerals")? */
static int org_elsewhere(const char *text, const tok_vec *tv, size_t i)
{
    const tok *t = &tv->v[i];
    size_t n = t->e - t->s;
    for (size_t k = 0; k + 1 < tv->n; k++) {
        const tok *u = &tv->v[k];
        if (k == i || u->e - u->s != n || memcmp(text + u->s, text + t->s, n) != 0)
            continue;
        for (size_t h = k + 1; h < tv->n && h <= k + 3; h++) {
            const tok *w = &tv->v[h];
            if (!(w->flags & (T_CAP | T_ALLCAPS)) || (w->flags & T_BREAK) || w->sent != u->sent)
                break;
            if (nf_det_lex_of(text, w) & NF_LEX_ORG)
                return 1;
        }
    }
    return 0;
}

/* Is token i, a title's portfolio, an ordinary word of the language
 * after the title and a preposition or article ("ministro do | Mar",
 * "Minister of the | Sea")?  Unlike cue_only_word it may be a given
 * name as well ("Mar"): no name follows a title over a preposition. */
int nf_det_portfolio_word(const char *text, const char *lang, const tok_vec *tv, size_t i)
{
    const nf_cw_filter *cw = nf_cw_for(lang);
    const tok *t = &tv->v[i];
    if (!cw || i == 0 || (t->flags & (T_ALLCAPS | T_SENT | T_OPEN | T_BREAK)) ||
        !(tv->v[i - 1].flags & T_LOWER) || tv->v[i - 1].sent != t->sent ||
        !(nf_det_lex_of(text, &tv->v[i - 1]) & NF_LEX_STOP))
        return 0;
    /* right after a title and "de"/"of", the first word of an
     * organisation the article names in full is that body ("gerente
     * general de | Nordhalla" beside "Nordhalla Minerals"; not "Mayor
     * de Blasio": the particle may be the name's) */
    if (i >= 2 && (nf_det_lex_of(text, &tv->v[i - 1]) & NF_LEX_PARTICLE) &&
        (nf_det_lex_of(text, &tv->v[i - 2]) & NF_LEX_ROLE) && tv->v[i - 2].sent == t->sent &&
        !(tv->v[i - 1].flags & T_BREAK) && org_elsewhere(text, tv, i))
        return 1;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && nf_cw_has(cw, w, n) && !nf_det_surname_elsewhere(text, tv, i);
}
