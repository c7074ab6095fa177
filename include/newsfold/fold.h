/* newsfold/fold.h - story folding: the same report, the same story, the
 * same storyline, across languages and scripts.
 *
 * A folder takes analysed articles (after nf_pipeline_run) one at a time,
 * in arrival order, and decides for each:
 *   - its *report*: articles that are one piece of writing share a report
 *     id; the first to arrive is the `original`, a later one in the same
 *     language is a `duplicate`, in another language a `translation`;
 *   - its *story* (one event or development), in any mix of languages;
 *   - the story's *storyline* (stories continuing one development).
 * Report and story ids are positive integers given in arrival order and
 * are never reused or renumbered (folding more articles later extends
 * stories).  One exception keeps early splits from lasting: when an
 * article bridges two young stories (at most 2 articles each) that agree,
 * the newer story is merged into the older one; its articles take the
 * older id, and the store keeps the newer id as an alias, so looking the
 * old id up still answers (with the survivor's id).  A story's storyline
 * is decided again as the story grows (at 2, 4, 8, ... articles), so the
 * storyline shown is the latest decision.
 *
 * Cost per article is bounded: only stories whose last article lies
 * within the time window of the newest publication date seen are
 * candidates, and each candidate index list is capped.  No machine
 * translation and no network: cross-lingual evidence is numbers (native
 * digits normalised), names transliterated to Latin and reduced to a
 * consonant key, Latin-script tokens, and structure (see docs/fold.md).
 *
 * A folder is not thread-safe (it caches an ICU transliterator).
 */
#ifndef NEWSFOLD_FOLD_H
#define NEWSFOLD_FOLD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "error.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nf_relation {
    NF_REL_NONE = 0,          /* not folded yet                        */
    NF_REL_ORIGINAL,          /* first article of its report           */
    NF_REL_DUPLICATE,         /* same report, same language            */
    NF_REL_TRANSLATION        /* same report, another language         */
} nf_relation;

/* "original", "duplicate", "translation", or NULL for NF_REL_NONE. */
const char *nf_relation_name(nf_relation r);
/* Parses a relation name; NF_REL_NONE when unknown. */
nf_relation nf_relation_parse(const char *name);

/* What folding decided for one article (0 = not folded). */
typedef struct nf_fold_result {
    long long report;
    long long story;
    long long storyline;
    nf_relation relation;
} nf_fold_result;

/* The fold fields of an article, as set by a folder or loaded from the
 * store; all zero (NF_REL_NONE) when it was not folded. */
nf_fold_result nf_article_fold(const nf_article *a);

/* Time windows, in days.  Articles are held (and found again as the same
 * report) for `window_days`; a story whose last article is older than
 * `story_gap_days` takes no new article (a later article on its subject
 * starts a story that its storyline links); storylines reach back
 * `line_window_days`. */
typedef struct nf_fold_options {
    double window_days;       /* held articles; 0 = 14 days            */
    double line_window_days;  /* storyline window; 0 = 400 days        */
    double story_gap_days;    /* a story silent this long is closed;
                                 0 = 7 days, at most window_days       */
} nf_fold_options;

typedef struct nf_folder nf_folder;

/* Creates a folder; `opts` may be NULL for defaults.  NULL when out of
 * memory or ICU fails. */
nf_folder *nf_folder_new(const nf_fold_options *opts);
void nf_folder_free(nf_folder *f);

/* Folds `a` (the pipeline must have run on it) and writes the decision
 * to *out and into the article's fold fields.  Errors: NF_ERR_NOMEM,
 * NF_ERR_ICU. */
nf_status nf_folder_add(nf_folder *f, nf_article *a, nf_fold_result *out);

/* Serialised folding state of the article last added (its sketch), for
 * the store: valid until the next call on `f`.  *len receives its size. */
const void *nf_folder_last_sketch(const nf_folder *f, size_t *len);

/* Re-enters an article folded earlier (its sketch and its decision), so
 * that later articles can join its report and story.  Ids given here are
 * never given again.  Errors: NF_ERR_FORMAT (bad sketch), NF_ERR_NOMEM. */
nf_status nf_folder_restore(nf_folder *f, const void *sketch, size_t len,
                            const nf_fold_result *res);

/* Makes sure new ids are above these (for a store whose older stories
 * are outside the window and were not restored). */
void nf_folder_reserve_ids(nf_folder *f, long long report, long long story,
                           long long storyline);

/* Counters: articles folded, stories alive in the window, stories made. */
typedef struct nf_fold_stats {
    unsigned long long articles;
    unsigned long long active_stories;
    unsigned long long stories;
    unsigned long long duplicates;
    unsigned long long translations;
} nf_fold_stats;
void nf_folder_stats(const nf_folder *f, nf_fold_stats *out);

/* Writes the top-level sections of the record for `n` folded articles
 * (in arrival order): `,"stories":[...],"storylines":[...]` (with the
 * leading comma).  Story titles are in `lang` when a story has an article
 * in it (lang may be NULL), otherwise in its most common language.
 * Flags as for nf_record_write_json. */
nf_status nf_fold_write_sections(const nf_article *const *arts, size_t n,
                                 const char *lang, FILE *out, unsigned flags);

/* ---- stories in the store (src/store/stories.c) ----------------------- */

struct nf_store;

/* One story as the store holds it; strings borrowed during the callback. */
typedef struct nf_story_info {
    long long id;
    long long storyline;
    const char *title;         /* may be NULL                            */
    const char *first;         /* earliest publication date, or NULL     */
    const char *last;          /* latest publication date, or NULL       */
    const char *languages;     /* comma-separated, most articles first   */
    size_t n_articles;
    size_t n_reports;
} nf_story_info;

typedef int (*nf_story_fn)(void *ctx, const nf_story_info *story);

/* Calls fn for each stored story, newest last article first, at most
 * `limit` (0 = all).  Titles prefer `lang` (may be NULL). */
nf_status nf_store_each_story(struct nf_store *s, const char *lang,
                              size_t limit, nf_story_fn fn, void *ctx);

/* One stored story and its articles ordered by time (borrowed during the
 * calls).  An id that was merged into another story answers with that
 * story (story_fn sees the survivor's id).  NF_ERR_NOT_FOUND when there is
 * no such story. */
typedef int (*nf_story_article_fn)(void *ctx, const nf_article *a);
nf_status nf_store_story(struct nf_store *s, long long id, const char *lang,
                         nf_story_fn story_fn, nf_story_article_fn art_fn,
                         void *ctx);

#ifdef __cplusplus
}
#endif
#endif
