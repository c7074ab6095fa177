/* cli_json.h - the JSON renderings of the query commands, written to any
 * FILE so that `newsfold stories/story/entities/entity/search --json` and
 * the HTTP server (`newsfold serve`, an open_memstream body) print the
 * very same documents.  None writes a trailing newline.  Each returns
 * the status of the store call (NF_ERR_NOT_FOUND for an unknown story);
 * on an error the output may hold a partial document. */
#ifndef NF_CLI_JSON_H
#define NF_CLI_JSON_H

#include <stdio.h>
#include "newsfold.h"

/* {"stories":[...]}: at most `limit` stories (0 = all), newest first,
 * titles in `lang` where possible (lang may be NULL).  cmd_stories.c. */
nf_status cli_stories_write_json(nf_store *s, const char *lang, size_t limit, FILE *out);

/* One story {...,"articles":[...],"incidents":[...]} with each article's
 * dates, figures and quotes; nothing is written when the story does not
 * exist (NF_ERR_NOT_FOUND).  cmd_stories.c. */
nf_status cli_story_write_json(nf_store *s, long long id, const char *lang, FILE *out);

/* [{id,name,type,variants,articles},...]: the first `limit` entities
 * (0 = all), most mentioned first.  cmd_entities.c. */
nf_status cli_entities_write_json(nf_entities *e, size_t limit, FILE *out);

/* Entity i of the store's set e (from nf_store_entities), with its
 * stories and co-occurring entities.  Precondition: i < count.
 * cmd_entities.c. */
nf_status cli_entity_write_json(nf_store *s, nf_entities *e, size_t i, FILE *out);

/* [{id,source,title,language,score,match,snippet},...]: at most `limit`
 * hits for `query`, best first.  cmd_search.c. */
nf_status cli_search_write_json(nf_store *s, const char *query, size_t limit, FILE *out);

#endif
