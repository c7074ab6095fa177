/* incidents_int.h - internal interface of the incidents stage.
 *
 * The incident set (struct nf_incidents) and its incidents are shared by
 * incidents.c (lifecycle, grouping), incidents_cand.c (one sentence's
 * candidate), incidents_merge.c (sources, figures, merging) and
 * incidents_json.c (rendering).  Nothing outside src/facts uses it.
 */
#ifndef NF_FACTS_INCIDENTS_INT_H
#define NF_FACTS_INCIDENTS_INT_H

#include <stddef.h>

#include "facts_int.h"
#include "newsfold/facts.h"

enum { NF_FX_INC_CASUALTY = -2 };  /* a casualty figure without a trigger */

typedef struct nf_fx_fig_val {
    int kind;                 /* nf_figure_kind */
    char unit[32];
    double value;
    int bound;
    int src;                  /* index into the incident's sources */
} nf_fx_fig_val;

typedef struct nf_fx_inc_source {
    char *article;
    char *report;
    char lang[12];
    char published[12];       /* the article's date: the figures' "as of" */
    char place[64];           /* nearest place to the trigger, "" if none */
    size_t start, end;
    size_t trig_start, trig_end;  /* the trigger word (= start when none) */
} nf_fx_inc_source;

typedef struct nf_fx_incident {
    int kind;
    char date[12];
    long long story;
    char **places;
    size_t n_places;
    char **actors;
    size_t n_actors;
    nf_fx_fig_val *figs;
    size_t n_figs;
    nf_fx_inc_source *srcs;
    size_t n_srcs;
} nf_fx_incident;

struct nf_incidents {
    nf_fx_incident *v;
    size_t n, cap;
};

/* Candidate of one article before merging. */
typedef struct nf_fx_inc_cand {
    nf_fx_incident inc;            /* one source (the article) */
} nf_fx_inc_cand;

/* ---- incidents.c -------------------------------------------------------- */

/* Whether kind k is a violent incident (disaster, accident, strike,
 * attack): the kind a casualty figure without a trigger may join. */
int nf_fx_inc_violent(int k);

/* Days since the epoch of "YYYY-MM-DD" (s is NUL-terminated), or
 * LONG_MIN when s is not a day. */
long nf_fx_inc_day_of(const char *s);

/* ---- incidents_merge.c -------------------------------------------------- */

/* Frees everything c owns and zeroes it (c itself is not freed). */
void nf_fx_inc_free(nf_fx_incident *c);

/* Adds a copy of s[0..n) to the string set (*set, *count) unless an equal
 * string is there.  Returns 0, or -1 when out of memory. */
int nf_fx_inc_str_add(char ***set, size_t *count, const char *s, size_t n);

/* Appends a source to c with copies of article and report (both non-NULL)
 * and lang (NULL = ""), evidence text span [start, end); its published
 * date, place and trigger are left empty.  Errors: NF_ERR_NOMEM. */
nf_status nf_fx_inc_add_source(nf_fx_incident *c, const char *article,
                               const char *report, const char *lang,
                               size_t start, size_t end);

/* Appends figure g to c as given by source index src (casualty counts get
 * no unit).  Errors: NF_ERR_NOMEM. */
nf_status nf_fx_inc_add_fig(nf_fx_incident *c, const nf_figure *g, int src);

/* Whether a and b share a casualty or money figure value. */
int nf_fx_inc_share_evidence(const nf_fx_incident *a, const nf_fx_incident *b);

/* Whether a and b have a source of the same report. */
int nf_fx_inc_share_report(const nf_fx_incident *a, const nf_fx_incident *b);

/* Moves everything of `from` into `to` (from is freed and emptied); `to`
 * keeps its date unless it has none and takes the more specific kind of
 * their class.  Errors: NF_ERR_NOMEM. */
nf_status nf_fx_inc_merge(nf_fx_incident *to, nf_fx_incident *from);

/* ---- incidents_cand.c --------------------------------------------------- */

/* Builds the candidate of the sentence at norm [ns, ne) of document d
 * (the text of article a, facts f, report id `report`).  Sets *got to 1
 * and fills *out (one source) when the sentence has a trigger or a
 * casualty figure outside quotations, else *got = 0.  Errors:
 * NF_ERR_NOMEM (nothing is then left to free). */
nf_status nf_fx_inc_sentence_cand(const nf_article *a, const nf_facts *f,
                                  const nf_fx_doc *d, size_t ns, size_t ne,
                                  const char *report, nf_fx_inc_cand *out,
                                  int *got);

#endif
