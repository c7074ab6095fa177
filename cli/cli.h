/* cli.h - shared pieces of the newsfold command.  The command uses only
 * the public API (newsfold.h). */
#ifndef NF_CLI_H
#define NF_CLI_H

#include <stdio.h>
#include "newsfold.h"

/* Exit statuses of the command. */
enum {
    NF_EXIT_OK = 0,
    NF_EXIT_FAIL = 1,      /* the command failed, or some inputs failed   */
    NF_EXIT_USAGE = 2      /* bad command line                            */
};

/* Options common to all commands, filled by cli_parse(). */
typedef struct cli_opts {
    const char *db;          /* --db PATH (default ./newsfold.db)       */
    int json;                /* --json                                  */
    int pretty;              /* --pretty                                */
    int quiet;               /* --quiet / -q                            */
    int help;                /* --help / -h                             */
    const char *format;      /* --format NAME                           */
    const char *output;      /* --output / -o FILE                      */
    const char *lang;        /* --lang CODE (titles in that language)   */
    long limit;              /* --limit N (-1 = unset)                  */
    long batch;              /* --batch N (-1 = unset)                  */
    long port;               /* --port N (-1 = unset)                   */
    const char *bind;        /* --bind ADDR                             */
    const char **args;       /* positional arguments (borrowed argv)    */
    int nargs;
} cli_opts;

/* Parses argv[1..argc) of a command.  Returns 0, or prints a message
 * naming the command and returns NF_EXIT_USAGE. */
int cli_parse(const char *cmd, int argc, char **argv, cli_opts *o);

/* Starts a command: parses argv, prints `help` for --help, and checks
 * that a positional argument was given when `need` names one ("input",
 * "query"; NULL = none needed).  Returns -1 when the command should go
 * on (o->args then owned by the caller: free it), else the exit status
 * to return at once (o->args already freed). */
int cli_start(const char *cmd, int argc, char **argv, const char *help,
              const char *need, cli_opts *o);

/* Parses o->format as an input format into *fmt (auto when unset);
 * returns 0, or prints an error and returns NF_EXIT_USAGE. */
int cli_input_format(const char *cmd, const cli_opts *o, nf_format *fmt);

/* Prints "newsfold CMD: MESSAGE" to stderr. */
void cli_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Diagnostic callback printing "FILE:LINE: severity: message (byte N)" to
 * stderr; ctx is a cli_diag_state. */
typedef struct cli_diag_state {
    int quiet;               /* notes are not printed when set */
    unsigned long errors;
    unsigned long warnings;
    unsigned long notes;
    unsigned long printed_notes;
} cli_diag_state;
void cli_print_diag(void *ctx, const nf_diag *d);

/* Prints UTF-8 text s to stdout and pads it with spaces to `width`
 * terminal columns (wide CJK characters count two, combining marks none),
 * so that columns line up in any script.  Text wider than width is
 * printed whole. */
void cli_print_col(const char *s, int width);

/* Opens the store named by o->db, printing an error on failure. */
nf_store *cli_open_store(const char *cmd, const cli_opts *o);

int cmd_ingest(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_stories(int argc, char **argv);   /* cmd_stories.c */
int cmd_story(int argc, char **argv);
int cmd_entities(const char *cmd, int argc, char **argv);   /* cmd_entities.c */
int cmd_serve(int argc, char **argv);   /* cmd_serve.c */

#endif
