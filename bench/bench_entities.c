/* bench_entities.c - entity detection quality on CoNLL-2002/2003 and
 * speed of the whole pipeline with entities on NTREX documents.
 *
 *   bench_entities conll SHARED/data/ner/conll.jsonl
 *       For each language (en, de, es, nl) and split, the sentences of
 *       each document are joined (one per line) and run through the
 *       detector exactly as an article's text would be; mentions are
 *       mapped back to the given tokens and scored by exact span match
 *       (conlleval style): precision, recall and F1 untyped and per type
 *       (PER = person, ORG = organization, LOC = location, MISC = other
 *       and adjectives of places).  Nothing is learnt from the data.
 *       Lower-case adjectives of places ("ucraino") are not entities in
 *       CoNLL's guidelines and are left out of the comparison, except in
 *       German, where they are (MISC: "die deutschen Banken").  With
 *       NF_CONLL_WHOLE_TOKENS=1 a mention counts for every token it
 *       overlaps (default: only the tokens inside it).
 *       NF_CONLL_SPLIT=dev reads the dev split only (tune on dev, look
 *       at test once); NF_CONLL_ERRORS=FILE lists every error (FN/FP,
 *       language, type, span, overlapping span, sentence, document) for
 *       analysis; NF_CONLL_COUNTS=1 adds the untyped counts and F1 to
 *       five places to each line.
 *   bench_entities ntrex SHARED/data/ntrex/sentences LANG...
 *       Rebuilds each NTREX document (lines joined by doc_id) and runs
 *       the pipeline (langid, sentences, entities) and the corpus
 *       resolution on it: articles per second on one core, and the
 *       peak resident memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include <cjson/cJSON.h>

#include "newsfold.h"
#include "entities/ent_int.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- CoNLL ---------------------------------------------------------------- */

enum { T_PER, T_ORG, T_LOC, T_MISC, T_ALL, T_N };
static const char *const tname[T_N] = { "PER", "ORG", "LOC", "MISC", "all" };

typedef struct span { int a, b, t; } span;   /* tokens [a, b), type */

typedef struct counts { long tp[T_N], fp[T_N], fn[T_N]; } counts;

typedef struct doc {
    nf_buf text;
    int *tok_s, *tok_e;       /* token byte spans */
    int n_tok, cap_tok;
    span *gold;
    int n_gold, cap_gold;
    nf_span *sents;
    int n_sents, cap_sents;
} doc;

static void doc_reset(doc *d)
{
    nf_buf_reset(&d->text);
    d->n_tok = d->n_gold = d->n_sents = 0;
}

static int type_of_tag(const char *t)
{
    if (!strcmp(t, "PER")) return T_PER;
    if (!strcmp(t, "ORG")) return T_ORG;
    if (!strcmp(t, "LOC")) return T_LOC;
    return T_MISC;
}

/* Adds one sentence (tokens, IOB2 tags) to the document. */
static void add_sentence(doc *d, cJSON *toks, cJSON *tags)
{
    int n = cJSON_GetArraySize(toks);
    size_t s0 = d->text.len;
    int t0 = d->n_tok, open = -1, otype = 0;
    for (int i = 0; i < n; i++) {
        const char *w = cJSON_GetArrayItem(toks, i)->valuestring;
        const char *g = cJSON_GetArrayItem(tags, i)->valuestring;
        if (i)
            nf_buf_putc(&d->text, ' ');
        if (d->n_tok == d->cap_tok) {
            d->cap_tok = d->cap_tok ? d->cap_tok * 2 : 1024;
            d->tok_s = realloc(d->tok_s, (size_t)d->cap_tok * sizeof *d->tok_s);
            d->tok_e = realloc(d->tok_e, (size_t)d->cap_tok * sizeof *d->tok_e);
        }
        d->tok_s[d->n_tok] = (int)d->text.len;
        nf_buf_puts(&d->text, w);
        d->tok_e[d->n_tok] = (int)d->text.len;
        int k = d->n_tok++;
        int begin = g[0] == 'B' || (g[0] == 'I' && (open < 0 || type_of_tag(g + 2) != otype));
        if ((g[0] == 'O' || begin) && open >= 0) {
            if (d->n_gold == d->cap_gold) {
                d->cap_gold = d->cap_gold ? d->cap_gold * 2 : 256;
                d->gold = realloc(d->gold, (size_t)d->cap_gold * sizeof *d->gold);
            }
            d->gold[d->n_gold++] = (span){ open, k, otype };
            open = -1;
        }
        if (begin) {
            open = k;
            otype = type_of_tag(g + 2);
        }
    }
    if (open >= 0) {
        if (d->n_gold == d->cap_gold) {
            d->cap_gold = d->cap_gold ? d->cap_gold * 2 : 256;
            d->gold = realloc(d->gold, (size_t)d->cap_gold * sizeof *d->gold);
        }
        d->gold[d->n_gold++] = (span){ open, d->n_tok, otype };
    }
    if (d->n_sents == d->cap_sents) {
        d->cap_sents = d->cap_sents ? d->cap_sents * 2 : 64;
        d->sents = realloc(d->sents, (size_t)d->cap_sents * sizeof *d->sents);
    }
    d->sents[d->n_sents++] = (nf_span){ s0, d->text.len };
    (void)t0;
    nf_buf_putc(&d->text, '\n');
}

/* Mapping of mentions to CoNLL tokens: 0 = the tokens inside the
 * mention (a name inside a longer token, "Sabena" in "Sabena-aandelen",
 * matches nothing); 1 = every token the mention overlaps (CoNLL tags
 * whole tokens, so such a compound token carries the name's tag).
 * Environment NF_CONLL_WHOLE_TOKENS=1. */
static int whole_tokens;

/* Error listing for analysis (environment NF_CONLL_ERRORS=FILE): every
 * missed gold span ("FN") and every wrong prediction ("FP") with the
 * overlapping other side and its sentence; with NF_CONLL_SPLIT=dev (or
 * test) only that split is read at all. */
static FILE *err_out;
static const char *err_doc = "";   /* the document's key, last column */

/* Writes tokens [a, b) of d to err_out. */
static void put_toks(const doc *d, int a, int b)
{
    fputc('[', err_out);
    if (b > a)
        fwrite(d->text.data + d->tok_s[a], 1, (size_t)(d->tok_e[b - 1] - d->tok_s[a]), err_out);
    fputc(']', err_out);
}

/* Writes one error line: kind, language, type, the span, the best
 * overlapping span of the other side (or []), and the sentence. */
static void put_err(const doc *d, const char *kind, const char *lang, int t, span x,
                    const span *other, int n_other)
{
    fprintf(err_out, "%s\t%s\t%s\t", kind, lang, tname[t]);
    put_toks(d, x.a, x.b);
    fputc('\t', err_out);
    int o = -1;
    for (int k = 0; k < n_other && o < 0; k++)
        if (other[k].a < x.b && other[k].b > x.a)
            o = k;
    if (o >= 0) {
        put_toks(d, other[o].a, other[o].b);
        fprintf(err_out, "%s", tname[other[o].t]);
    } else {
        fputs("[]", err_out);
    }
    int s0 = d->tok_s[x.a], s1 = d->tok_e[x.b - 1];
    while (s0 > 0 && d->text.data[s0 - 1] != '\n')
        s0--;
    while (s1 < (int)d->text.len && d->text.data[s1] != '\n')
        s1++;
    fprintf(err_out, "\t%s%.*s\t%s\n", d->tok_s[x.a] == s0 ? "^" : "", s1 - s0,
            d->text.data + s0, err_doc);
}

/* Runs the detector on the document and scores it into c. */
static void score_doc(nf_ent_stage *st, doc *d, const char *lang, counts *c)
{
    nf_ment *m = NULL;
    size_t n = 0;
    if (d->n_tok == 0)
        return;
    if (nf_ent_detect_sents(st, d->text.data, d->text.len, lang, d->sents,
                            (size_t)d->n_sents, &m, &n))
        return;
    span *pred = malloc((n ? n : 1) * sizeof *pred);
    int np = 0;
    for (size_t i = 0; i < n; i++) {
        if (m[i].weak)
            continue;
        if (m[i].demonym && strcmp(lang, "de") != 0 &&
            !(d->text.data[m[i].start] >= 'A' && d->text.data[m[i].start] <= 'Z') &&
            (unsigned char)d->text.data[m[i].start] < 0xC0)
            continue;       /* lower-case adjectives are not CoNLL entities
                             * (except in German, whose guidelines tag
                             * "deutschen" as MISC) */
        int a = -1, b = -1;
        for (int k = 0; k < d->n_tok; k++) {
            if (whole_tokens) {
                /* every token the mention overlaps */
                if (d->tok_e[k] > (int)m[i].start && d->tok_s[k] < (int)m[i].end) {
                    if (a < 0)
                        a = k;
                    b = k + 1;
                }
                continue;
            }
            if (a < 0 && d->tok_s[k] >= (int)m[i].start && d->tok_s[k] < (int)m[i].end)
                a = k;
            if (d->tok_e[k] <= (int)m[i].end && d->tok_s[k] >= (int)m[i].start)
                b = k + 1;
        }
        if (a < 0 || b <= a)
            continue;
        int t = m[i].demonym ? T_MISC : m[i].type == NF_ENTITY_PERSON ? T_PER :
                m[i].type == NF_ENTITY_ORGANIZATION ? T_ORG :
                m[i].type == NF_ENTITY_LOCATION ? T_LOC : T_MISC;
        pred[np++] = (span){ a, b, t };
    }
    for (int i = 0; i < np; i++) {
        int hit = 0, typed = 0;
        for (int j = 0; j < d->n_gold; j++)
            if (d->gold[j].a == pred[i].a && d->gold[j].b == pred[i].b) {
                hit = 1;
                typed = d->gold[j].t == pred[i].t;
            }
        if (!hit && err_out)
            put_err(d, "FP", lang, pred[i].t, pred[i], d->gold, d->n_gold);
        if (hit) c->tp[T_ALL]++; else c->fp[T_ALL]++;
        if (typed) c->tp[pred[i].t]++; else c->fp[pred[i].t]++;
    }
    for (int j = 0; j < d->n_gold; j++) {
        int hit = 0, typed = 0;
        for (int i = 0; i < np; i++)
            if (d->gold[j].a == pred[i].a && d->gold[j].b == pred[i].b) {
                hit = 1;
                typed |= d->gold[j].t == pred[i].t;
            }
        if (!hit && err_out)
            put_err(d, "FN", lang, d->gold[j].t, d->gold[j], pred, np);
        if (!hit) c->fn[T_ALL]++;
        if (!typed) c->fn[d->gold[j].t]++;
    }
    free(pred);
    free(m);
}

static int conll(const char *path)
{
    whole_tokens = getenv("NF_CONLL_WHOLE_TOKENS") &&
                   strcmp(getenv("NF_CONLL_WHOLE_TOKENS"), "1") == 0;
    const char *only = getenv("NF_CONLL_SPLIT");
    if (getenv("NF_CONLL_ERRORS") && !(err_out = fopen(getenv("NF_CONLL_ERRORS"), "w"))) {
        perror(getenv("NF_CONLL_ERRORS"));
        return 1;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 77;
    }
    nf_ent_stage *st = nf_ent_stage_new();
    static const char *const langs[] = { "en", "de", "es", "nl" };
    counts c[4][2];
    memset(c, 0, sizeof c);
    doc d;
    memset(&d, 0, sizeof d);
    nf_buf_init(&d.text, 0);
    char *line = NULL;
    size_t cap = 0;
    char cur_key[64] = "";
    int cur_l = -1, cur_s = 0;
    double t0 = now();
    long sentences = 0;
    while (getline(&line, &cap, f) > 0) {
        cJSON *j = cJSON_Parse(line);
        if (!j)
            continue;
        const char *lang = cJSON_GetObjectItem(j, "iso6391")->valuestring;
        const char *split = cJSON_GetObjectItem(j, "split")->valuestring;
        int docn = cJSON_GetObjectItem(j, "doc")->valueint;
        int sent = cJSON_GetObjectItem(j, "sent")->valueint;
        int l = -1;
        for (int k = 0; k < 4; k++)
            if (!strcmp(lang, langs[k]))
                l = k;
        int s = strcmp(split, "test") == 0;
        if (only && strcmp(only, split) != 0)
            l = -1;            /* left out: read no sentence of it */
        char key[64];
        /* es has no document marks: cut every 30 sentences */
        snprintf(key, sizeof key, "%s/%s/%d/%d", lang, split, docn,
                 docn == 0 ? sent / 30 : 0);
        if (strcmp(key, cur_key) != 0) {
            if (cur_l >= 0) {
                err_doc = cur_key;
                score_doc(st, &d, langs[cur_l], &c[cur_l][cur_s]);
            }
            doc_reset(&d);
            snprintf(cur_key, sizeof cur_key, "%s", key);
            cur_l = l;
            cur_s = s;
        }
        if (l >= 0) {
            add_sentence(&d, cJSON_GetObjectItem(j, "tokens"), cJSON_GetObjectItem(j, "tags"));
            sentences++;
        }
        cJSON_Delete(j);
    }
    if (cur_l >= 0) {
        err_doc = cur_key;
        score_doc(st, &d, langs[cur_l], &c[cur_l][cur_s]);
    }
    double t = now() - t0;
    printf("CoNLL exact-match mention scores (P / R / F1), no training:\n");
    printf("%-4s %-5s", "lang", "split");
    for (int k = 0; k < T_N; k++)
        printf(" | %-17s", tname[k]);
    printf("\n");
    for (int l = 0; l < 4; l++)
        for (int s = 0; s < 2; s++) {
            if (only && strcmp(only, s ? "test" : "dev") != 0)
                continue;
            printf("%-4s %-5s", langs[l], s ? "test" : "dev");
            for (int k = 0; k < T_N; k++) {
                counts *x = &c[l][s];
                double p = x->tp[k] + x->fp[k] ? (double)x->tp[k] / (double)(x->tp[k] + x->fp[k]) : 0;
                double r = x->tp[k] + x->fn[k] ? (double)x->tp[k] / (double)(x->tp[k] + x->fn[k]) : 0;
                double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
                printf(" | %.2f %.2f %.3f  ", p, r, f1);
            }
            if (getenv("NF_CONLL_COUNTS"))   /* analysis: untyped tp/fp/fn, F1 to 5 places */
                printf(" tp %ld fp %ld fn %ld F1 %.5f", c[l][s].tp[T_ALL], c[l][s].fp[T_ALL],
                       c[l][s].fn[T_ALL],
                       2.0 * (double)c[l][s].tp[T_ALL] /
                       (double)(2 * c[l][s].tp[T_ALL] + c[l][s].fp[T_ALL] + c[l][s].fn[T_ALL] + !c[l][s].tp[T_ALL]));
            printf("\n");
        }
    printf("%ld sentences in %.2f s\n", sentences, t);
    free(line);
    fclose(f);
    nf_buf_free(&d.text);
    free(d.tok_s);
    free(d.tok_e);
    free(d.gold);
    free(d.sents);
    nf_ent_stage_free(st);
    if (err_out)
        fclose(err_out);
    return 0;
}

/* ---- NTREX speed ------------------------------------------------------- */

static int ntrex(const char *dir, int nlang, char **langs)
{
    nf_pipeline *pl = nf_pipeline_new();
    nf_entities *ents = nf_entities_new();
    long articles = 0, mentions = 0;
    double t_pipe = 0, t_res = 0;
    size_t bytes = 0;
    for (int li = 0; li < nlang; li++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.tsv", dir, langs[li]);
        FILE *f = fopen(path, "r");
        if (!f) {
            perror(path);
            continue;
        }
        char *line = NULL;
        size_t cap = 0;
        nf_buf text;
        nf_buf_init(&text, 0);
        char cur[128] = "";
        int first = 1;
        for (;;) {
            ssize_t got = getline(&line, &cap, f);
            char *docid = NULL, *t = NULL;
            if (got > 0 && !first) {
                line[strcspn(line, "\n")] = '\0';
                strtok(line, "\t");
                docid = strtok(NULL, "\t");
                strtok(NULL, "\t");
                t = strtok(NULL, "");
            }
            first = 0;
            if (got > 0 && !docid)
                continue;
            if (got <= 0 || strcmp(docid, cur) != 0) {
                if (text.len) {
                    nf_reader *r = nf_reader_new(NULL);
                    nf_reader_add_buffer(r, cur, text.data, text.len);
                    nf_article *a = NULL;
                    nf_reader_next(r, &a);
                    nf_reader_free(r);
                    if (a) {
                        double t1 = now();
                        nf_pipeline_run(pl, a);
                        double t2 = now();
                        nf_entities_add_article(ents, a);
                        t_res += now() - t2;
                        t_pipe += t2 - t1;
                        mentions += (long)nf_article_mention_count(a);
                        bytes += text.len;
                        articles++;
                        nf_article_free(a);
                    }
                }
                nf_buf_reset(&text);
                if (got <= 0)
                    break;
                snprintf(cur, sizeof cur, "%s", docid);
            }
            if (t) {
                nf_buf_puts(&text, t);
                nf_buf_putc(&text, '\n');
            }
        }
        free(line);
        nf_buf_free(&text);
        fclose(f);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("NTREX: %ld articles (%.1f MB), %ld mentions, %zu entities\n", articles,
           (double)bytes / 1e6, mentions, nf_entities_count(ents));
    printf("pipeline (langid + sentences + entities): %.1f s, %.0f articles/s\n", t_pipe,
           t_pipe > 0 ? (double)articles / t_pipe : 0);
    printf("corpus resolution: %.2f s, %.0f articles/s\n", t_res,
           t_res > 0 ? (double)articles / t_res : 0);
    printf("peak resident memory: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    nf_entities_free(ents);
    nf_pipeline_free(pl);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && !strcmp(argv[1], "conll"))
        return conll(argv[2]);
    if (argc >= 4 && !strcmp(argv[1], "ntrex"))
        return ntrex(argv[2], argc - 3, argv + 3);
    fprintf(stderr, "usage: bench_entities conll CONLL.jsonl | ntrex DIR LANG...\n");
    return 2;
}
