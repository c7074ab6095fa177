/* newsfold/pipeline.h - the analysis stages run on each article.
 *
 * Reading (reader.h) yields an article with clean text and metadata; the
 * pipeline then runs the analysis stages in order, each reading what the
 * earlier ones wrote and writing only its own fields:
 *
 *   1. langid     language of the body (title as a fallback for short texts)
 *   2. segment    sentence spans (ICU break iterators, language-aware)
 *
 * Later stages (stories, entities, facts) are added here.
 */
#ifndef NEWSFOLD_PIPELINE_H
#define NEWSFOLD_PIPELINE_H

#include "error.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nf_pipeline nf_pipeline;

/* Creates a pipeline (it caches ICU iterators; one per thread).
 * Returns NULL when out of memory or when ICU cannot be initialised. */
nf_pipeline *nf_pipeline_new(void);
void nf_pipeline_free(nf_pipeline *p);

/* Runs every stage on `a`.  Input problems become diagnostics on the
 * article; the return value reports only failures of the engine. */
nf_status nf_pipeline_run(nf_pipeline *p, nf_article *a);

#ifdef __cplusplus
}
#endif
#endif
