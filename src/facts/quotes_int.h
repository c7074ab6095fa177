/* quotes_int.h - internal interface of the quotes stage.
 *
 * Shared by quotes.c (finding quotations), quotes_names.c (person-like
 * names), quotes_events.c (reported speech, the last speaker) and
 * quotes_speaker.c (attribution).  Offsets are said to be "text" offsets
 * (into d->text) or "norm" offsets (into the matching form d->norm).
 */
#ifndef NF_FACTS_QUOTES_INT_H
#define NF_FACTS_QUOTES_INT_H

#include <stddef.h>

#include "facts_int.h"

#define NF_FX_Q_MAX_EVENTS 4096
#define NF_FX_PERSON 0     /* NF_ENTITY_PERSON */

typedef struct nf_fx_qevent {
    size_t pos;              /* norm offset of the verb or quote */
    size_t ns, ne;           /* the speaker's name, text offsets */
} nf_fx_qevent;

typedef struct nf_fx_qctx {
    nf_fx_doc *d;
    nf_fx_out *o;
    nf_fx_qevent *ev;
    size_t n_ev;
    nf_fx_qevent fallback;          /* returned by nf_fx_q_last_speaker when nobody spoke */
} nf_fx_qctx;

typedef struct nf_fx_qname {
    size_t s, e;             /* text offsets */
    int person;              /* a person mention of the entities stage */
    int titled;              /* a title stood before it ("Admiral X") */
} nf_fx_qname;

/* ---- quotes.c ----------------------------------------------------------- */

/* Decodes the code point at s (bounded by end) and sets *n to its length. */
unsigned nf_fx_q_cp_at(const char *s, const char *end, size_t *n);

/* Whether c is a mark that may open a quotation. */
int nf_fx_q_is_opener(unsigned c);

/* Length of the reporting verb starting a word at norm ni, or 0. */
size_t nf_fx_q_say_at(const nf_fx_doc *d, size_t ni);

/* Whether code point cp ends a sentence (. ! ? line end, CJK stops). */
int nf_fx_q_stop_norm(unsigned cp);

/* ---- quotes_names.c ----------------------------------------------------- */

/* Whether the document's language is `code`. */
int nf_fx_q_lang_is(const nf_fx_doc *d, const char *code);

/* Finds person-like names in text [a, b) of d (a <= b <= d->len); writes
 * at most `max` to out and returns how many. */
size_t nf_fx_q_find_names(const nf_fx_doc *d, size_t a, size_t b,
                          nf_fx_qname *out, size_t max);

/* ---- quotes_names_uncased.c --------------------------------------------- */

/* A Korean or Hindi person's name at text offset i (a word start inside
 * the search span [a, b); the document's language ko or hi): a Korean
 * full name before a title, or the Hindi words before the ergative ने.
 * Returns the end of the text consumed and fills *out (titled = 1 when a
 * title marked it), else 0 (nothing consumed). */
size_t nf_fx_q_uncased_name(const nf_fx_doc *d, size_t a, size_t i, size_t b,
                            nf_fx_qname *out);

/* ---- quotes_events.c ---------------------------------------------------- */

/* The speaker named around the verb at norm [v, ve) within text [a, b):
 * the name nearest to the verb, at most `window` bytes away (a person
 * mention or a titled name preferred).  Returns 1 and *out, else 0. */
int nf_fx_q_name_near_verb(const nf_fx_doc *d, size_t a, size_t b, size_t v,
                           size_t ve, size_t window, nf_fx_qname *out);

/* Records that the name at text [ns, ne) spoke at norm pos (ignored once
 * NF_FX_Q_MAX_EVENTS are recorded).  Returns NF_OK. */
nf_status nf_fx_q_add_event(nf_fx_qctx *q, size_t pos, size_t ns, size_t ne);

/* The last speaker before norm position p; when nobody spoke yet, the
 * last name in the 400 bytes before it (in q->fallback); NULL if none. */
const nf_fx_qevent *nf_fx_q_last_speaker(nf_fx_qctx *q, size_t p);

/* Records the speakers of reported speech outside quotes ("NAME said",
 * "NAMEは…と述べた"), one per sentence with a reporting verb. */
void nf_fx_q_scan_events(nf_fx_qctx *q);

/* ---- quotes_speaker.c --------------------------------------------------- */

/* Attributes the quote with marks at text [qs, qe) and content [cs, ce)
 * in the paragraph [ps, pe) and adds it to q->o (with an event for its
 * speaker).  prev_end, prev_has and prev_sp describe the previous quote
 * (its end, whether it had a speaker, who).  Sets *has and *sp to this
 * quote's speaker.  Errors: NF_ERR_NOMEM. */
nf_status nf_fx_q_attribute(nf_fx_qctx *q, size_t ps, size_t pe, size_t qs,
                            size_t qe, size_t cs, size_t ce, size_t prev_end,
                            int prev_has, nf_fx_qname prev_sp, int *has,
                            nf_fx_qname *sp);

#endif
