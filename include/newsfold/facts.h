/* newsfold/facts.h - the checkable facts inside articles: dates, figures,
 * quotations with their speakers, and incidents across the corpus.
 *
 * The pipeline's facts stage (after langid and segmentation) finds, in
 * each article's clean text and in the article's language:
 *   - dates, absolute ("7 gennaio 2026", "2026年1月7日", "07.01.2026",
 *     "in March 2023") and relative ("marți", "on Wednesday", "ieri",
 *     "last week", "先週金曜日"), resolved against the publication date;
 *   - figures: numbers in digits or words with what they count (people
 *     killed, injured, missing, detained; money with currency and scale;
 *     other counts; distances; percentages) and their bound ("at least",
 *     "oltre", "以上" are kept as lower bounds);
 *   - direct quotations in every quoting convention (also the broken
 *     pairs machine translation leaves), with the speaker.
 * An nf_incidents set then groups what articles report into incidents
 * (strike, attack, meeting, agreement, pledge, sanction) with their
 * evidence, corroboration over independent reports and disagreements.
 * Every span is a byte offset range into the article's clean text.
 */
#ifndef NEWSFOLD_FACTS_H
#define NEWSFOLD_FACTS_H

#include <stddef.h>
#include <stdio.h>
#include "error.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nf_granularity {
    NF_GRAN_DAY = 0,     /* value "YYYY-MM-DD"  */
    NF_GRAN_WEEK,        /* value "YYYY-Www" (ISO week) */
    NF_GRAN_MONTH,       /* value "YYYY-MM"     */
    NF_GRAN_YEAR         /* value "YYYY"        */
} nf_granularity;

/* "day", "week", "month" or "year". */
const char *nf_granularity_name(nf_granularity g);

/* One date expression. */
typedef struct nf_date_fact {
    nf_span span;              /* the expression in the text            */
    char value[12];            /* resolved value, "" when unresolvable  */
    nf_granularity granularity;
    int relative;              /* resolved against the publication date */
    int uncertain;             /* the resolution is a guess             */
} nf_date_fact;

typedef enum nf_figure_kind {
    NF_FIG_KILLED = 0,
    NF_FIG_INJURED,
    NF_FIG_MISSING,
    NF_FIG_DETAINED,
    NF_FIG_MONEY,              /* unit: ISO 4217 code ("EUR")           */
    NF_FIG_COUNT,              /* unit: the counted noun as written     */
    NF_FIG_DISTANCE,           /* unit: "km", "m" or "mi"               */
    NF_FIG_PERCENT,            /* unit: "%"                             */
    NF_FIG_SPEED               /* unit: "km/h", "m/h" or "mi/h"          */
} nf_figure_kind;

/* "killed", "injured", "missing", "detained", "money", "count",
 * "distance", "percent", "speed". */
const char *nf_figure_kind_name(nf_figure_kind k);

typedef enum nf_bound {
    NF_BOUND_EXACT = 0,
    NF_BOUND_AT_LEAST,         /* "at least", "more than", "以上"       */
    NF_BOUND_AT_MOST,          /* "up to", "fewer than"                 */
    NF_BOUND_ABOUT             /* "about", "circa", "約"                */
} nf_bound;

/* "exact", "at_least", "at_most", "about". */
const char *nf_bound_name(nf_bound b);

/* One figure. */
typedef struct nf_figure {
    nf_span span;              /* number, scale, unit and bound words   */
    nf_figure_kind kind;
    double value;              /* scale applied: 20 miliardi -> 2e10    */
    char unit[32];             /* see nf_figure_kind; "" when none      */
    nf_bound bound;
    int part_of;               /* index of the figure it is a part of
                                  ("including two children"), or -1     */
} nf_figure;

/* One direct quotation. */
typedef struct nf_quote {
    nf_span span;              /* the quoted words, without the marks   */
    nf_span speaker;           /* a mention of the speaker; {0,0} none  */
    const char *speaker_name;  /* as written there, or NULL             */
} nf_quote;

/* The facts of one text.  Owned by its article (nf_article_facts) or,
 * when made by nf_facts_extract, by the caller. */
typedef struct nf_facts nf_facts;

/* Extracts the facts of valid UTF-8 `text` written in `lang` (ISO code,
 * or NULL: every language's words are tried) and published on
 * `published` ("YYYY-MM-DD" or NULL: relative dates stay unresolved).
 * *out is owned by the caller (nf_facts_free).  Errors: NF_ERR_NOMEM,
 * NF_ERR_ICU. */
nf_status nf_facts_extract(const char *text, size_t len, const char *lang,
                           const char *published, nf_facts **out);
void nf_facts_free(nf_facts *f);

/* The facts the pipeline found in `a`; NULL before the stage ran (e.g.
 * for an article loaded from the store: use nf_facts_extract then). */
const nf_facts *nf_article_facts(const nf_article *a);

size_t nf_facts_date_count(const nf_facts *f);
const nf_date_fact *nf_facts_date(const nf_facts *f, size_t i);
size_t nf_facts_figure_count(const nf_facts *f);
const nf_figure *nf_facts_figure(const nf_facts *f, size_t i);
size_t nf_facts_quote_count(const nf_facts *f);
const nf_quote *nf_facts_quote(const nf_facts *f, size_t i);

/* ---- incidents across articles (src/facts/incidents.c) ------------- */

typedef struct nf_incidents nf_incidents;

/* Creates an empty set; NULL when out of memory. */
nf_incidents *nf_incidents_new(void);
void nf_incidents_free(nf_incidents *s);

/* Adds what analysed article `a` reports (its facts, or facts extracted
 * now when it has none attached; its fold report and story when folded).
 * Articles of one report (duplicates, translations) count as one
 * independent source.  The set keeps no pointer into `a`.
 * Errors: NF_ERR_NOMEM, NF_ERR_ICU. */
nf_status nf_incidents_add(nf_incidents *s, const nf_article *a);

/* Number of incidents (after grouping). */
size_t nf_incidents_count(nf_incidents *s);

/* Writes the incidents as a JSON array of
 *   {"id","kind","date","place","figures":[{"kind","unit","values":
 *    [{"value","bound","sources":[article ids]}]}],"actors",
 *    "sources":[{"article","start","end"}],"independent_sources",
 *    "languages"}
 * Figures that sources disagree on carry several values.  `story` > 0
 * keeps only incidents of that fold story.  NF_JSON_PRETTY indents for
 * nesting level `depth`. */
nf_status nf_incidents_write_json(nf_incidents *s, FILE *out,
                                  unsigned flags, int depth, long long story);

/* Writes the record's top-level section `,"incidents":[...]` for `n`
 * analysed articles (the record's hook). */
nf_status nf_facts_write_sections(const nf_article *const *arts, size_t n,
                                  FILE *out, unsigned flags);

#ifdef __cplusplus
}
#endif
#endif
