/* test_entities_variants.c - resolution on the project's own variants set
 * (tests/data/entities/variants.tsv: invented people and small places in
 * 12 languages and 8 scripts, with look-alikes that must stay apart).
 * Each variant is one article naming one entity, with no context, so
 * only the name keys decide; the pairwise precision and recall of the
 * resulting clusters are printed and checked against the goals
 * (precision >= 0.98, F1 >= 0.95). */
#include "nf_test.h"

#include "entities/ent_int.h"

/* the goals are 0.98 and 0.95; see docs/entities.md for the
 * figures measured */
#define NF_GOAL_P 0.98
#define NF_GOAL_F1 0.95

#define MAX_ROWS 256

static char cluster[MAX_ROWS][32];
static size_t entity_of[MAX_ROWS];

/* Makes an article whose whole text is one mention of type t. */
static nf_article *one_name(nf_namer *nm, const char *text, const char *lang,
                            nf_entity_type t, int row)
{
    nf_article *a = nf_article_new();
    if (!a)
        return NULL;
    char id[16];
    snprintf(id, sizeof id, "v%d", row);
    nf_article_set(a, &a->id, id, strlen(id));
    nf_article_set_text(a, text, strlen(text));
    nf_article_set_language(a, lang, 1.0);
    nf_ent_doc *d = nf_arena_calloc(a->arena, 1, sizeof *d);
    d->m = nf_arena_calloc(a->arena, 1, sizeof *d->m);
    d->e = nf_arena_calloc(a->arena, 1, sizeof *d->e);
    d->n_m = d->n_e = 1;
    d->m[0] = (nf_ment){ .start = 0, .end = strlen(text), .type = t, .place = -1, .doc = 0 };
    d->e[0].type = t;
    d->e[0].best = 0;
    d->e[0].place = -1;
    d->e[0].n_mentions = 1;
    nf_ent_key(nm, text, &d->m[0], &d->e[0].key);
    a->entities = d;
    return a;
}

static void test_variants_set(void)
{
    FILE *f = fopen(nf_test_data("entities/variants.tsv"), "r");
    CHECK(f != NULL);
    if (!f)
        return;
    nf_entities *e = nf_entities_new();
    nf_namer *nm = nf_namer_new();
    CHECK(e && nm);
    char line[512];
    int n = 0;
    while (e && nm && fgets(line, sizeof line, f) && n < MAX_ROWS) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\n")] = '\0';
        char *c = strtok(line, "\t"), *t = strtok(NULL, "\t"),
             *l = strtok(NULL, "\t"), *v = strtok(NULL, "\t");
        if (!c || !t || !l || !v)
            continue;
        snprintf(cluster[n], sizeof cluster[n], "%s", c);
        nf_entity_type ty = strcmp(t, "person") == 0 ? NF_ENTITY_PERSON : NF_ENTITY_LOCATION;
        nf_article *a = one_name(nm, v, l, ty, n);
        CHECK(a != NULL);
        if (!a)
            break;
        CHECK_INT(nf_entities_add_article(e, a), NF_OK);
        entity_of[n] = (size_t)atol(a->entities->e[0].entity + 1);
        nf_article_free(a);
        n++;
    }
    fclose(f);
    long tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int same_truth = strcmp(cluster[i], cluster[j]) == 0;
            int same_found = entity_of[i] == entity_of[j];
            tp += same_truth && same_found;
            fp += !same_truth && same_found;
            fn += same_truth && !same_found;
            if (same_truth != same_found && getenv("NF_VERBOSE"))
                fprintf(stderr, "  %s: row %d (%s) / row %d (%s)\n",
                        same_found ? "merged" : "split", i, cluster[i], j, cluster[j]);
        }
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 1.0;
    double r = tp + fn ? (double)tp / (double)(tp + fn) : 1.0;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    fprintf(stderr, "variants: %d names, pairs tp=%ld fp=%ld fn=%ld: "
            "precision %.3f recall %.3f F1 %.3f\n", n, tp, fp, fn, p, r, f1);
    CHECK(n >= 60);
    CHECK(p >= NF_GOAL_P);
    CHECK(f1 >= NF_GOAL_F1);
    nf_namer_free(nm);
    nf_entities_free(e);
}

int main(void)
{
    RUN(test_variants_set);
    return nf_test_done();
}
