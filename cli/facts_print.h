/* facts_print.h - the facts part of `newsfold story ID` (quotes, figures
 * and incidents of the story's articles).  cmd_stories.c calls these. */
#ifndef NF_CLI_FACTS_PRINT_H
#define NF_CLI_FACTS_PRINT_H

#include <stdio.h>
#include "newsfold.h"

typedef struct cli_facts cli_facts;

/* Starts collecting a story's facts; NULL when out of memory. */
cli_facts *cli_facts_new(void);
void cli_facts_free(cli_facts *cf);

/* Sends the JSON written by the calls below to `out` (default stdout). */
void cli_facts_set_out(cli_facts *cf, FILE *out);

/* One article of the story (in order): with json, writes the members
 * `,"dates":[..],"figures":[..],"quotes":[..]` (call before the article
 * object's closing brace); else prints its quotes and figures indented
 * under the article's line.  Adds the article to the story's incidents. */
void cli_facts_article(cli_facts *cf, const nf_article *a, int json);

/* After the last article: with json, writes `,"incidents":[..]` (call
 * before the story object's closing brace); else prints the incidents. */
void cli_facts_story_end(cli_facts *cf, int json);

#endif
