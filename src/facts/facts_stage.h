/* facts_stage.h - the facts stage's hooks into the pipeline and the
 * record (src/pipeline, src/record). */
#ifndef NF_FACTS_STAGE_H
#define NF_FACTS_STAGE_H

#include <stdio.h>
#include "newsfold/facts.h"

/* Pipeline stage, before nf_facts_stage (needs language and sentences):
 * when analysed article `a` has no publication date, takes the first day
 * date of its first sentence (a dateline, the lead's day), its year
 * written or chosen near reference day `ref` (days since 1970-01-01, >= 0)
 * to agree with a weekday the lead names (dates_lead.c), and stores it as
 * the publication date with a note saying so.  No date found: nothing
 * changes.  Errors: NF_ERR_NOMEM, NF_ERR_ICU. */
nf_status nf_lead_date_stage(nf_article *a, long ref);

/* Days since 1970-01-01 of "YYYY-MM-DD..." (its first 10 bytes), or -1
 * when ymd is NULL or not a valid date. */
long nf_facts_day_number(const char *ymd);

/* Pipeline stage: extracts the facts of analysed article `a` (language
 * and publication date known) into the article.  Errors: NF_ERR_NOMEM,
 * NF_ERR_ICU. */
nf_status nf_facts_stage(nf_article *a);

/* Writes the article's facts members `,"dates":[..],"figures":[..],
 * "quotes":[..]` at nesting `depth` (as json_write.c indents).  An article
 * without facts attached (loaded from the store) gets them extracted now;
 * when that fails (NF_ERR_NOMEM, NF_ERR_ICU) nothing is written and the
 * status is returned, so that no record is claimed whole without them. */
nf_status nf_facts_write_article_fields(const nf_article *a, FILE *out,
                                        unsigned flags, int depth);

#endif
