/* common_words.h - is a word an ordinary word of its language?  Bloom
 * filters generated from Hunspell dictionaries by
 * tools/words/gen_common_words.py (common_words_data.c): the lower-case
 * word forms of en de es nl it fr pt ro ru uk el, German common nouns,
 * the proper nouns of the de en es nl dictionaries (given names,
 * surnames, places: Wolfgang, Genscher, Luis), and those of the ru, uk
 * (one filter for both) and el dictionaries, asked only about a
 * sentence's first word (Роман, Олена, Γιώργος), and the ru, uk and el
 * words too long for their first filter.  A filter can answer
 * "yes" wrongly (about 3 % of other words; 0.1 % for the German and
 * proper-noun filters, 1 % for the first-word ones), never "no" wrongly
 * for a listed form.
 */
#ifndef NF_ENTITIES_COMMON_WORDS_H
#define NF_ENTITIES_COMMON_WORDS_H

#include <stddef.h>

typedef struct nf_cw_filter {
    const char *lang;
    unsigned char *bits;     /* m / 8 bytes, decoded from b64 on first use */
    const char *b64;         /* the bits as base64 text (generated) */
    unsigned m;              /* bits */
    unsigned k;              /* probes */
} nf_cw_filter;

extern const nf_cw_filter nf_cw_filters[];
extern const size_t nf_cw_n_filters;
extern const nf_cw_filter nf_cw_de_nouns;
extern const nf_cw_filter nf_cw_names[];    /* proper nouns: de en es nl */
extern const size_t nf_cw_n_names;
extern const nf_cw_filter nf_cw_initial_names[];  /* ru uk el */
extern const size_t nf_cw_n_initial_names;
extern const nf_cw_filter nf_cw_long[];           /* ru uk el */
extern const size_t nf_cw_n_long;

/* The proper-noun filter of `lang` (given names, surnames, places the
 * dictionary lists: Wolfgang, Genscher, Luis, París), or NULL. */
const nf_cw_filter *nf_cw_names_for(const char *lang);

/* The proper-noun filter of `lang` asked only whether a capitalised
 * word opening a sentence is a name (ru, uk, el: "Роман" before
 * "Соколов"), or NULL.  Not a proper-noun filter in nf_cw_names_for's
 * sense: the other readers that ask that one are not for these
 * languages. */
const nf_cw_filter *nf_cw_initial_names_for(const char *lang);

/* The filter of `lang`'s long words, which its common-word filter leaves
 * out for size: the lower-case lemmas of the dictionary longer than
 * that filter's stems (ru, uk: "рятувальник", "международный"), or its
 * forms of 10 and 11 characters (el: "εκατοντάδες"); NULL for the other
 * languages. */
const nf_cw_filter *nf_cw_long_for(const char *lang);

/* The filter of language `lang` (ISO 639-1), or NULL when there is none
 * (or lang is NULL). */
const nf_cw_filter *nf_cw_for(const char *lang);

/* Is the lower-case UTF-8 word w[0..n) in filter f?  f may be NULL (no). */
int nf_cw_has(const nf_cw_filter *f, const char *w, size_t n);

/* Decodes f->b64 into f->bits (m / 8 bytes).  For filters outside this
 * module's arrays (the fold stage's, fold_words_data.c), which
 * nf_cw_has does not decode: the caller decodes each once, before any
 * nf_cw_probe of it, and not while another thread probes it. */
void nf_cw_decode(const nf_cw_filter *f);

/* Is w[0..n) in filter f, whose bits are already decoded (nf_cw_decode)?
 * The probes of nf_cw_has without its one-time decoding of this module's
 * filters. */
int nf_cw_probe(const nf_cw_filter *f, const char *w, size_t n);

#endif
