/* facts_stage.h - the facts stage's hooks into the pipeline and the
 * record (src/pipeline, src/record). */
#ifndef NF_FACTS_STAGE_H
#define NF_FACTS_STAGE_H

#include <stdio.h>
#include "newsfold/facts.h"

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
