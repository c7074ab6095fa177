/* cmd_entities.c - `newsfold entities` (the stored entities, most
 * mentioned first) and `newsfold entity NAME` (one entity found by any of
 * its variants in any script: canonical name, variants by language and
 * script, articles, stories, co-occurring entities). */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_json.h"

static const char help_list[] =
    "usage: newsfold entities [OPTIONS]\n"
    "\n"
    "Lists the people, organisations and places of the stored articles,\n"
    "each with its canonical name and number of variants and articles.\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --limit N        at most N entities (default all)\n"
    "  --json           a JSON array of {id, name, type, variants, articles}\n";

static const char help_one[] =
    "usage: newsfold entity [OPTIONS] NAME...\n"
    "\n"
    "Shows the entity NAME denotes: NAME may be any variant, in any script\n"
    "or spelling (Zelensky, Зеленський, ゼレンスキー).\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --json           one JSON object {id, name, type, variants, articles,\n"
    "                   stories, cooccurring}\n";

/* ISO 15924 code of the first letter's script (by block; enough for
 * grouping variants). */
static const char *script_of(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p && (*p < 0x80 ? !((*p | 32) >= 'a' && (*p | 32) <= 'z') : 0))
        p++;
    if (!*p || *p < 0x80)
        return "Latn";
    unsigned c = 0;
    if ((*p & 0xE0) == 0xC0 && p[1])
        c = ((unsigned)(*p & 0x1F) << 6) | (p[1] & 0x3F);
    else if ((*p & 0xF0) == 0xE0 && p[1] && p[2])
        c = ((unsigned)(*p & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (c < 0x250 || (c >= 0x1E00 && c < 0x1F00)) return "Latn";
    if (c >= 0x370 && c < 0x400) return "Grek";
    if (c >= 0x400 && c < 0x530) return "Cyrl";
    if (c >= 0x590 && c < 0x600) return "Hebr";
    if (c >= 0x600 && c < 0x700) return "Arab";
    if (c >= 0x900 && c < 0x980) return "Deva";
    if (c >= 0xE00 && c < 0xE80) return "Thai";
    if (c >= 0x3040 && c < 0x3100) return "Jpan";
    if (c >= 0x4E00 && c < 0xA000) return "Hani";
    if (c >= 0xAC00 && c < 0xD7B0) return "Kore";
    return "Zyyy";
}

static void put_str(FILE *out, const char *s)
{
    nf_json_write_string(out, s, strlen(s));
}

/* Writes entity i as JSON; with its stories and co-occurring entities
 * when `full` (stories: n_st ids in st). */
static void entity_json(FILE *out, nf_entities *e, size_t i, int full, const long long *st,
                        size_t n_st)
{
    fprintf(out, "{\"id\":");
    put_str(out, nf_entity_id(e, i));
    fprintf(out, ",\"name\":");
    put_str(out, nf_entity_name(e, i));
    fprintf(out, ",\"type\":\"%s\",\"variants\":[", nf_entity_type_name(nf_entity_type_of(e, i)));
    for (size_t j = 0; j < nf_entity_variant_count(e, i); j++) {
        nf_entity_variant v = nf_entity_variant_at(e, i, j);
        fprintf(out, "%s{\"text\":", j ? "," : "");
        put_str(out, v.text);
        fprintf(out, ",\"language\":");
        put_str(out, v.language);
        fprintf(out, ",\"script\":\"%s\",\"count\":%lu}", script_of(v.text), v.count);
    }
    fprintf(out, "],\"articles\":[");
    for (size_t j = 0; j < nf_entity_article_count(e, i); j++) {
        if (j)
            fputc(',', out);
        put_str(out, nf_entity_article(e, i, j));
    }
    fputc(']', out);
    if (full) {
        fprintf(out, ",\"stories\":[");
        for (size_t j = 0; j < n_st; j++)
            fprintf(out, "%s%lld", j ? "," : "", st[j]);
        fputc(']', out);
        size_t co[20];
        size_t n = nf_entity_cooccurring(e, i, co, 20);
        fprintf(out, ",\"cooccurring\":[");
        for (size_t j = 0; j < n; j++) {
            fprintf(out, "%s{\"id\":", j ? "," : "");
            put_str(out, nf_entity_id(e, co[j]));
            fprintf(out, ",\"name\":");
            put_str(out, nf_entity_name(e, co[j]));
            fprintf(out, ",\"type\":\"%s\"}", nf_entity_type_name(nf_entity_type_of(e, co[j])));
        }
        fputc(']', out);
    }
    fputc('}', out);
}

/* An entity's sort key: the list shows the most mentioned first. */
typedef struct rank {
    size_t idx, articles, variants;
} rank;

/* More articles first, then more variants, then creation order. */
static int cmp_rank(const void *a, const void *b)
{
    const rank *x = a, *y = b;
    if (x->articles != y->articles)
        return x->articles > y->articles ? -1 : 1;
    if (x->variants != y->variants)
        return x->variants > y->variants ? -1 : 1;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

/* Writes (or, without out, prints as a table) the first lim entities
 * of e, most mentioned first.  Returns NF_ERR_NOMEM when sorting fails. */
static nf_status list_to(nf_entities *e, size_t limit, FILE *out)
{
    const int json = out != NULL;
    size_t n = nf_entities_count(e);
    rank *idx = malloc((n ? n : 1) * sizeof *idx);
    if (!idx)
        return NF_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        idx[i] = (rank){ i, nf_entity_article_count(e, i), nf_entity_variant_count(e, i) };
    qsort(idx, n, sizeof *idx, cmp_rank);
    size_t lim = limit > 0 && limit < n ? limit : n;
    if (json)
        fputc('[', out);
    for (size_t k = 0; k < lim; k++) {
        size_t i = idx[k].idx;
        if (json) {
            fputs(k ? ",\n" : "\n", out);
            entity_json(out, e, i, 0, NULL, 0);
        } else {
            printf("%-6s %-12s ", nf_entity_id(e, i),
                   nf_entity_type_name(nf_entity_type_of(e, i)));
            cli_print_col(nf_entity_name(e, i), 32);
            printf(" %3zu variants  %3zu articles\n", nf_entity_variant_count(e, i),
                   nf_entity_article_count(e, i));
        }
    }
    if (json)
        fputs(lim ? "\n]" : "]", out);
    free(idx);
    return NF_OK;
}

nf_status cli_entities_write_json(nf_entities *e, size_t limit, FILE *out)
{
    assert(e && out);
    return list_to(e, limit, out);
}

nf_status cli_entity_write_json(nf_store *s, nf_entities *e, size_t i, FILE *out)
{
    assert(s && e && out && i < nf_entities_count(e));
    long long stories[64];
    size_t n_st = 0;
    nf_status st = nf_store_entity_stories(s, i, stories, 64, &n_st);
    if (!st)
        entity_json(out, e, i, 1, stories, n_st);
    return st;
}

static int list(nf_entities *e, const cli_opts *o)
{
    size_t lim = o->limit > 0 ? (size_t)o->limit : 0;
    nf_status st = list_to(e, lim, o->json ? stdout : NULL);
    if (!st && o->json)
        putchar('\n');
    return st ? NF_EXIT_FAIL : NF_EXIT_OK;
}

static int show(nf_store *s, nf_entities *e, const char *name, const cli_opts *o)
{
    size_t i;
    nf_status st = nf_entities_find(e, name, &i);
    if (st == NF_ERR_NOT_FOUND) {
        cli_error("entity", "no entity is called '%s'", name);
        return NF_EXIT_FAIL;
    }
    if (st) {
        cli_error("entity", "%s", nf_strerror(st));
        return NF_EXIT_FAIL;
    }
    long long stories[64];
    size_t n_st = 0;
    if (nf_store_entity_stories(s, i, stories, 64, &n_st)) {
        cli_error("entity", "%s", nf_store_errmsg(s));
        return NF_EXIT_FAIL;
    }
    if (o->json) {
        if (cli_entity_write_json(s, e, i, stdout)) {
            cli_error("entity", "%s", nf_store_errmsg(s));
            return NF_EXIT_FAIL;
        }
        putchar('\n');
        return NF_EXIT_OK;
    }
    printf("%s  %s  (%s)\n", nf_entity_id(e, i), nf_entity_name(e, i),
           nf_entity_type_name(nf_entity_type_of(e, i)));
    printf("variants:\n");
    for (size_t j = 0; j < nf_entity_variant_count(e, i); j++) {
        nf_entity_variant v = nf_entity_variant_at(e, i, j);
        fputs("  ", stdout);
        cli_print_col(v.text, 40);
        printf(" %-4s %-4s %lu\n", v.language, script_of(v.text), v.count);
    }
    printf("articles:\n");
    for (size_t j = 0; j < nf_entity_article_count(e, i); j++)
        printf("  %s\n", nf_entity_article(e, i, j));
    if (n_st)
        printf("stories:\n");
    for (size_t j = 0; j < n_st; j++)
        printf("  %lld\n", stories[j]);
    size_t co[10];
    size_t n = nf_entity_cooccurring(e, i, co, 10);
    if (n)
        printf("co-occurring:\n");
    for (size_t j = 0; j < n; j++)
        printf("  %-6s %s\n", nf_entity_id(e, co[j]), nf_entity_name(e, co[j]));
    return NF_EXIT_OK;
}

int cmd_entities(const char *cmd, int argc, char **argv)
{
    int one = strcmp(cmd, "entity") == 0;
    cli_opts o;
    int rc = cli_parse(cmd, argc, argv, &o);
    if (rc || o.help) {
        if (!rc)
            fputs(one ? help_one : help_list, stdout);
        free(o.args);
        return rc;
    }
    if (one && o.nargs == 0) {
        cli_error(cmd, "no name given (see newsfold entity --help)");
        free(o.args);
        return NF_EXIT_USAGE;
    }
    if (!one && o.nargs > 0) {
        cli_error(cmd, "unexpected argument '%s' (see newsfold entities --help)", o.args[0]);
        free(o.args);
        return NF_EXIT_USAGE;
    }
    char name[1024] = "";
    for (int i = 0; i < o.nargs; i++) {
        if (strlen(name) + strlen(o.args[i]) + 2 > sizeof name)
            break;
        if (i)
            strcat(name, " ");
        strcat(name, o.args[i]);
    }
    nf_store *s = cli_open_store(cmd, &o);
    if (!s) {
        free(o.args);
        return NF_EXIT_FAIL;
    }
    nf_entities *e = NULL;
    nf_status st = nf_store_entities(s, &e);
    if (st) {
        cli_error(cmd, "%s", nf_store_errmsg(s));
        rc = NF_EXIT_FAIL;
    } else {
        rc = one ? show(s, e, name, &o) : list(e, &o);
    }
    nf_store_close(s);
    free(o.args);
    return rc;
}
