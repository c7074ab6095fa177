/* newsfold.h - the public interface of libnewsfold (umbrella header).
 *
 * newsfold folds a stream of news articles in any language into one
 * record.  The pipeline, in the order data flows:
 *
 *   reader.h    ingest: files, directories, stdin -> articles (clean text)
 *   pipeline.h  analysis stages on each article (language, sentences)
 *   langid.h    language identification, usable on its own
 *   store.h     the persistent record (SQLite + full-text index)
 *   record.h    the in-memory record and its JSON rendering
 *
 * Conventions: every type is opaque; ownership is stated in each
 * function's comment; every offset is a byte offset into an article's
 * clean UTF-8 text; errors are nf_status values (nf_strerror), problems of
 * the input are located diagnostics (nf_diag).
 */
#ifndef NEWSFOLD_H
#define NEWSFOLD_H

#define NF_VERSION_MAJOR 0
#define NF_VERSION_MINOR 1
#define NF_VERSION_PATCH 0
#define NF_VERSION_STRING "0.1.0"

#include "newsfold/error.h"
#include "newsfold/article.h"
#include "newsfold/reader.h"
#include "newsfold/langid.h"
#include "newsfold/pipeline.h"
#include "newsfold/store.h"
#include "newsfold/record.h"
#include "newsfold/entities.h"
#include "newsfold/fold.h"
#include "newsfold/facts.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Version of the library actually linked, e.g. "0.1.0". */
const char *nf_version(void);

#ifdef __cplusplus
}
#endif
#endif
