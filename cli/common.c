/* common.c - option parsing, error and diagnostic printing, store opening
 * shared by the sub-commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "newsfold %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* Parses a non-negative decimal integer option value. */
static int parse_long(const char *cmd, const char *name, const char *s, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *s == '\0' || *end != '\0' || v < 0) {
        cli_error(cmd, "%s wants a whole number >= 0, not '%s'", name, s);
        return NF_EXIT_USAGE;
    }
    *out = v;
    return 0;
}

int cli_parse(const char *cmd, int argc, char **argv, cli_opts *o)
{
    memset(o, 0, sizeof *o);
    o->db = "newsfold.db";
    o->limit = -1;
    o->batch = -1;
    o->port = -1;
    o->args = calloc((size_t)argc + 1, sizeof *o->args);
    if (!o->args) {
        cli_error(cmd, "out of memory");
        return NF_EXIT_FAIL;
    }
    int only_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_args || a[0] != '-' || !strcmp(a, "-")) {
            o->args[o->nargs++] = a;
            continue;
        }
        /* options that take a value: --name VALUE or --name=VALUE */
        static const char *const valued[] = { "--db", "--format", "--output",
                                              "-o", "--limit", "--batch", "--lang",
                                              "--port", "--bind" };
        const char *val = NULL;
        const char *name = a;
        char namebuf[32];
        const char *eq = strchr(a, '=');
        if (eq && (size_t)(eq - a) < sizeof namebuf) {
            memcpy(namebuf, a, (size_t)(eq - a));
            namebuf[eq - a] = '\0';
            name = namebuf;
            val = eq + 1;
        }
        int takes = 0;
        for (size_t k = 0; k < sizeof valued / sizeof *valued; k++)
            if (!strcmp(name, valued[k]))
                takes = 1;
        if (takes && !val) {
            if (i + 1 >= argc) {
                cli_error(cmd, "option %s needs a value", name);
                return NF_EXIT_USAGE;
            }
            val = argv[++i];
        } else if (!takes && val) {
            cli_error(cmd, "option %s takes no value", name);
            return NF_EXIT_USAGE;
        }
        if (!strcmp(name, "--")) {
            only_args = 1;
        } else if (!strcmp(name, "--db")) {
            o->db = val;
        } else if (!strcmp(name, "--lang")) {
            o->lang = val;
        } else if (!strcmp(name, "--format")) {
            o->format = val;
        } else if (!strcmp(name, "--output") || !strcmp(name, "-o")) {
            o->output = val;
        } else if (!strcmp(name, "--limit")) {
            if (parse_long(cmd, name, val, &o->limit))
                return NF_EXIT_USAGE;
        } else if (!strcmp(name, "--port")) {
            if (parse_long(cmd, name, val, &o->port))
                return NF_EXIT_USAGE;
        } else if (!strcmp(name, "--bind")) {
            o->bind = val;
        } else if (!strcmp(name, "--batch")) {
            if (parse_long(cmd, name, val, &o->batch))
                return NF_EXIT_USAGE;
        } else if (!strcmp(name, "--json")) {
            o->json = 1;
        } else if (!strcmp(name, "--pretty")) {
            o->pretty = 1;
        } else if (!strcmp(name, "--quiet") || !strcmp(name, "-q")) {
            o->quiet = 1;
        } else if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
            o->help = 1;
        } else {
            cli_error(cmd, "unknown option '%s' (see newsfold %s --help)", a, cmd);
            return NF_EXIT_USAGE;
        }
    }
    return 0;
}

int cli_start(const char *cmd, int argc, char **argv, const char *help,
              const char *need, cli_opts *o)
{
    int rc = cli_parse(cmd, argc, argv, o);
    if (!rc && o->help) {
        fputs(help, stdout);
        rc = NF_EXIT_OK;
    } else if (!rc && need && o->nargs == 0) {
        cli_error(cmd, "no %s given (see newsfold %s --help)", need, cmd);
        rc = NF_EXIT_USAGE;
    } else if (!rc) {
        return -1;
    }
    free(o->args);
    o->args = NULL;
    return rc;
}

int cli_input_format(const char *cmd, const cli_opts *o, nf_format *fmt)
{
    *fmt = NF_FORMAT_AUTO;
    if (o->format && nf_format_parse(o->format, fmt)) {
        cli_error(cmd, "unknown input format '%s' (see newsfold %s --help)",
                  o->format, cmd);
        return NF_EXIT_USAGE;
    }
    return 0;
}

void cli_print_diag(void *ctx, const nf_diag *d)
{
    cli_diag_state *s = ctx;
    if (d->severity == NF_SEV_ERROR)
        s->errors++;
    else if (d->severity == NF_SEV_WARNING)
        s->warnings++;
    else
        s->notes++;
    if (d->severity == NF_SEV_NOTE) {
        /* repairs can be many: show a few, the summary gives the count */
        if (s->quiet || s->printed_notes >= 20)
            return;
        s->printed_notes++;
    }
    fprintf(stderr, "%s", d->file ? d->file : "newsfold");
    if (d->line)
        fprintf(stderr, ":%lu", d->line);
    fprintf(stderr, ": %s: %s", nf_severity_name(d->severity), d->message);
    if (d->offset != NF_NO_OFFSET)
        fprintf(stderr, " (byte %llu)", d->offset);
    fputc('\n', stderr);
}

nf_store *cli_open_store(const char *cmd, const cli_opts *o)
{
    nf_store *s = NULL;
    char err[512];
    nf_status st = nf_store_open(o->db, &s, err, sizeof err);
    if (st) {
        cli_error(cmd, "cannot open database %s: %s", o->db,
                  err[0] ? err : nf_strerror(st));
        return NULL;
    }
    return s;
}

/* Terminal columns taken by code point c (an approximation of wcwidth
 * that needs no locale: East Asian wide and full-width ranges count two,
 * combining marks and joiners none). */
static int col_width(unsigned c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) ||
        (c >= 0x0591 && c <= 0x05BD) || (c >= 0x0610 && c <= 0x061A) ||
        (c >= 0x064B && c <= 0x065F) || (c >= 0x0900 && c <= 0x0903) ||
        (c >= 0x093A && c <= 0x094F) || c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) ||
        (c >= 0x0E47 && c <= 0x0E4E) || (c >= 0x200B && c <= 0x200F) ||
        (c >= 0xFE00 && c <= 0xFE0F))
        return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

void cli_print_col(const char *s, int width)
{
    int cols = 0;
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    fputs((const char *)p, stdout);
    while (*p) {
        unsigned c = *p;
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (n > 1)
            c &= 0x3F >> (n - 1);
        for (int k = 1; k < n && p[k]; k++)
            c = (c << 6) | (p[k] & 0x3F);
        for (int k = 0; k < n && *p; k++)
            p++;
        cols += col_width(c);
    }
    for (; cols < width; cols++)
        putchar(' ');
}
