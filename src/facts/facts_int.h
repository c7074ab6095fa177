/* facts_int.h - the inside of the facts stage, shared by src/facts/.
 *
 * All scanning works on the *matching form* of the text (NFKC case fold,
 * quotes and dashes unified; text.h) so that the word tables need one
 * spelling per word; a byte map turns every span back into offsets of the
 * clean text.  Quotation marks are found on the clean text itself, since
 * the matching form unifies them.
 */
#ifndef NF_FACTS_INT_H
#define NF_FACTS_INT_H

#include <stddef.h>
#include <stdio.h>
#include "newsfold/facts.h"
#include "core/arena.h"

struct nf_facts {
    nf_arena *own;                 /* set when not owned by an article */
    nf_date_fact *dates;
    size_t n_dates;
    nf_figure *figures;
    size_t n_figures;
    nf_quote *quotes;
    size_t n_quotes;
};

/* ---- lexicon.c: the per-language word tables ----------------------- */

/* Every list is '|'-separated entries in the matching form.  An entry may
 * carry a value after '=' ("gennaio=1"); a trailing '*' makes it a stem
 * (any letters may follow); a space matches any run of white space. */
typedef struct nf_fx_lang {
    const char *code;
    const char *num_words;   /* number words: "two=2"                     */
    const char *scales;      /* "million=1e6"                             */
    const char *linkers;     /* "di": 20 miliardi di euro                 */
    const char *at_least;    /* before a number                           */
    const char *at_most;
    const char *about;
    const char *including;   /* "including two children"                  */
    const char *killed, *injured, *missing, *detained;
    const char *people;      /* nouns for people                          */
    const char *say;         /* reporting verbs                           */
    const char *pronouns;    /* he, she, ...                              */
    const char *titles;      /* words stripped from a speaker's name      */
    const char *months;      /* "gennaio=1"                               */
    const char *weekdays;    /* "lunedì=1" (ISO: Monday 1 .. Sunday 7)    */
    const char *rel;         /* "ieri=-1d", "la settimana scorsa=-1w"     */
    const char *wd_last;     /* modifiers of a weekday: "scorso"          */
    const char *wd_next;
    const char *prev_week;   /* "先週": weekday of the previous week      */
    const char *future;      /* a plan before a weekday: "will", "θα"     */
    int decimal_comma;       /* "4,5 miliardi": the comma is decimal      */
    int verb_final;          /* the verb ends the clause (ja ko hi tr)    */
    const char *strike, *attack, *meeting, *agreement, *pledge, *sanction;
} nf_fx_lang;

/* Language-independent lists (currencies, units, symbols, counters). */
typedef struct nf_fx_common {
    const char *currency_after;   /* "euro=EUR"                           */
    const char *currency_before;  /* "€=EUR"                              */
    const char *percent_after;
    const char *percent_before;   /* "yüzde"                              */
    const char *distance;         /* "km=km"                              */
    const char *per_hour;         /* after a distance: "/h", "pe oră"     */
    const char *time_units;       /* never counted things                 */
    const char *at_least_after;   /* "以上", "fazla"                       */
    const char *cjk_counters;     /* "人=people", "か国=countries"         */
    const char *not_counted;      /* words after a number that are not a
                                     counted noun (articles, prepositions) */
    const char *count_adjs;       /* words between a number and its noun:
                                     "19 other countries", "30 nuovi casi" */
    const char *casualty_verbs;   /* verbs that carry a casualty noun after a
                                     number: "40 получили ранения", "12
                                     suffered injuries" (not the counted noun) */
} nf_fx_common;

extern const nf_fx_common nf_fx_common_words;

/* Table of `code` ("it"), or NULL when the language has none. */
const nf_fx_lang *nf_fx_lang_find(const char *code);
/* All tables: *n receives their number. */
const nf_fx_lang *nf_fx_langs(size_t *n);

/* ---- triggers.c: incident trigger words -------------------------------- */

/* Incident kinds, in the order of their names (nf_fx_incident_kind_name).
 * When a sentence holds triggers of several kinds, the lowest value wins
 * (a storm that kills is a disaster, not an attack; a meeting that ends in
 * an accord is an agreement). */
enum {
    NF_INC_DISASTER = 0, NF_INC_ACCIDENT, NF_INC_STRIKE, NF_INC_ATTACK,
    NF_INC_PROTEST, NF_INC_DEAL, NF_INC_SANCTION, NF_INC_PLEDGE,
    NF_INC_AGREEMENT, NF_INC_MEETING, NF_INC_N
};

/* "disaster", "accident", "strike", "attack", "protest", "deal",
 * "sanction", "pledge", "agreement", "meeting". */
const char *nf_fx_incident_kind_name(int kind);

struct nf_fx_doc;
/* The incident kind whose trigger word starts at norm[i] (the document's
 * language, or every language when it has none), or -1; *end receives the
 * norm offset where the trigger ends. */
int nf_fx_trigger(const struct nf_fx_doc *d, size_t i, size_t *end);

/* Whether the trigger norm[i..end) is a weapon noun alone ("missiles",
 * "droni"): a strike named only by its weapon needs a place, a figure or
 * another trigger in its sentence to be an incident. */
int nf_fx_weapon_word(const struct nf_fx_doc *d, size_t i, size_t end);

/* Whether the trigger norm[i..end) is a verb of hitting that says nothing
 * of a weapon ("colpito", "ударился": a ship hit the breakwater): a strike
 * only when a weapon noun is in its sentence norm[ns..ne). */
int nf_fx_hit_word(const struct nf_fx_doc *d, size_t i, size_t end);

/* Whether sentence norm[ns..ne) names a weapon anywhere. */
int nf_fx_weapon_in(const struct nf_fx_doc *d, size_t ns, size_t ne);

/* ---- scan.c: the working document and matching ---------------------- */

typedef struct nf_fx_doc {
    const char *text;        /* clean text                                */
    size_t len;
    char *norm;              /* matching form (malloc)                    */
    size_t nlen;
    size_t *map;             /* norm byte -> text offset (nlen + 1)       */
    const nf_fx_lang *lang;  /* NULL: try every language                  */
    int has_pub;
    int pub_y, pub_m, pub_d;
    unsigned char *taken;    /* norm bytes inside a date (nlen, calloc)   */
    const struct nf_fx_ment *ments;  /* the entities stage's mentions, or NULL */
    size_t n_ments;
    struct nf_fx_first *first;  /* per word list: the bytes its entries start
                                   with, so a position no entry can start at
                                   costs one look-up (calloc; see scan.c) */
    struct nf_fx_probe *probe;  /* NULL, or where the dates scan reports the
                                   parts it reads (dates_lead.c) */
} nf_fx_doc;

/* A mention of the entities stage (text offsets, nf_entity_type). */
typedef struct nf_fx_ment {
    size_t start, end;
    int type;
} nf_fx_ment;

/* Builds the matching form of text[0..len).  Errors of nf_text_normalize. */
nf_status nf_fx_doc_init(nf_fx_doc *d, const char *text, size_t len,
                         const char *lang, const char *published);
void nf_fx_doc_free(nf_fx_doc *d);

/* Offset in the clean text of norm byte `i` (i <= nlen). */
size_t nf_fx_to_text(const nf_fx_doc *d, size_t i);
/* First norm byte whose text offset is >= `off`. */
size_t nf_fx_to_norm(const nf_fx_doc *d, size_t off);

/* Decodes the code point at norm[i] (i < nlen); returns its length. */
size_t nf_fx_cp(const nf_fx_doc *d, size_t i, unsigned *cp);
/* Code point before norm[i] (i > 0); *start receives its offset. */
unsigned nf_fx_cp_before(const nf_fx_doc *d, size_t i, size_t *start);

/* Character classes used by the scanners. */
int nf_fx_is_letter(unsigned cp);
int nf_fx_is_cjk(unsigned cp);       /* Han, kana, Hangul               */
int nf_fx_is_space(unsigned cp);
/* Decimal digit value of cp in any script, or -1. */
int nf_fx_digit(unsigned cp);

/* Writes figure value v as JSON: an integer when it is one (below 9e15),
 * else with 6 significant digits; null when it is not finite ("1" and
 * 400 zeros overflow a double).  Shared by facts_json.c and
 * incidents_json.c. */
void nf_fx_json_number(FILE *out, double v);

/* Whether norm[i] starts a word (no letter or digit right before it). */
int nf_fx_word_start(const nf_fx_doc *d, size_t i);

/* Tries the entries of `list` at norm[i]; returns the length of the
 * longest match (0 if none) and, when val is not NULL, its value text
 * (after '=', NUL-free pointer into the list and its length). */
size_t nf_fx_match(const nf_fx_doc *d, size_t i, const char *list,
                   const char **val, size_t *vlen);

/* Like nf_fx_match for the list at byte offset `field` of each table in
 * use (the document's language, or all). */
size_t nf_fx_match_field(const nf_fx_doc *d, size_t i, size_t field,
                         const char **val, size_t *vlen);

#define NF_FX_FIELD(name) offsetof(nf_fx_lang, name)

/* Whether cp ends a sentence: . ! ? a line end, the CJK full stop and
 * its full-width ! ?, the Arabic question mark and the Devanagari danda
 * (। ॥).  Clause marks (; , 、) are the callers' choice. */
int nf_fx_full_stop(unsigned cp);

/* Next word start at or after i (skipping spaces and punctuation, not
 * crossing a sentence end when `stop_at_sentence`); nlen when none. */
size_t nf_fx_next_word(const nf_fx_doc *d, size_t i, int stop_at_sentence);
/* End of the word starting at i (letters, digits, inner ' and -); a CJK
 * character is a word of its own. */
size_t nf_fx_word_end(const nf_fx_doc *d, size_t i);

/* ---- numbers.c ------------------------------------------------------- */

/* Reads a number at norm[i]: digits (any script, with group and decimal
 * marks), number words, CJK numerals and positional units (7億5000万),
 * and a following scale word ("20 miliardi", "4,5 mil milhões").  On
 * success returns the end offset and sets *value and *words (1 when
 * written in words); returns 0 when no number starts at i. */
size_t nf_fx_number(const nf_fx_doc *d, size_t i, double *value, int *words);

/* ---- dates.c / figures.c / quotes.c ---------------------------------- */

typedef struct nf_fx_out {
    nf_date_fact *dates;
    size_t n_dates, cap_dates;
    nf_figure *figures;
    size_t n_figures, cap_figures;
    nf_quote *quotes;
    size_t n_quotes, cap_quotes;
    char *names;             /* speaker names, NUL-separated (malloc)     */
    size_t names_len, names_cap;
    size_t *name_off;        /* per quote: offset into names or SIZE_MAX  */
} nf_fx_out;

nf_status nf_fx_dates(nf_fx_doc *d, nf_fx_out *o);
nf_status nf_fx_figures(nf_fx_doc *d, nf_fx_out *o);
nf_status nf_fx_quotes(nf_fx_doc *d, nf_fx_out *o);

/* Days since 1970-01-01 of a civil date, and back. */
long nf_fx_days(int y, int m, int d);
void nf_fx_civil(long days, int *y, int *m, int *d);

/* Whether norm[i..j) is inside a quotation found so far (for incidents:
 * cues inside quotes are not events). */

/* ---- facts.c ---------------------------------------------------------- */

/* Runs the extraction and stores the result in arena `a` (an article's, or
 * one of its own); `ments` (may be NULL) are the article's mentions.  Errors: NF_ERR_NOMEM, NF_ERR_ICU. */
nf_status nf_fx_extract_into(nf_arena *a, const char *text, size_t len,
                             const char *lang, const char *published,
                             const nf_fx_ment *ments, size_t n_ments,
                             nf_facts **out);

#endif
