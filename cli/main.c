/* main.c - the newsfold command: dispatch to sub-commands.
 *
 * Every sub-command takes --help and prints its own usage; errors go to
 * stderr with a non-zero exit status (see cli.h for the values). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: newsfold COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Folds news articles in any language into one record.\n"
    "\n"
    "commands:\n"
    "  ingest INPUT...        read files, directories or - (stdin) into the store\n"
    "  analyze INPUT...       run the whole pipeline in memory; --json prints the record\n"
    "  search QUERY           full-text search of the store, in any language\n"
    "  export                 write the stored record (--format jsonl|json)\n"
    "  stories, story ID      stories folded from the stored articles (--json)\n"
    "  entities, entity NAME  people, organisations, places and their variants (--json)\n"
    "  serve                  HTTP JSON API and web UI over the store\n"
    "\n"
    "common options:\n"
    "  --db PATH              database (default ./newsfold.db)\n"
    "  --json                 machine-readable output\n"
    "  -h, --help             help for a command: newsfold COMMAND --help\n"
    "  --version              print the version\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return NF_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return NF_EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
        printf("newsfold %s\n", nf_version());
        return NF_EXIT_OK;
    }
    if (!strcmp(cmd, "ingest"))
        return cmd_ingest(argc - 1, argv + 1);
    if (!strcmp(cmd, "analyze"))
        return cmd_analyze(argc - 1, argv + 1);
    if (!strcmp(cmd, "search"))
        return cmd_search(argc - 1, argv + 1);
    if (!strcmp(cmd, "export"))
        return cmd_export(argc - 1, argv + 1);
    if (!strcmp(cmd, "stories"))
        return cmd_stories(argc - 1, argv + 1);
    if (!strcmp(cmd, "story"))
        return cmd_story(argc - 1, argv + 1);
    if (!strcmp(cmd, "entities") || !strcmp(cmd, "entity"))
        return cmd_entities(cmd, argc - 1, argv + 1);   /* cmd_entities.c */
    if (!strcmp(cmd, "serve"))
        return cmd_serve(argc - 1, argv + 1);   /* cmd_serve.c */
    fprintf(stderr, "newsfold: unknown command '%s' (see newsfold --help)\n", cmd);
    return NF_EXIT_USAGE;
}
