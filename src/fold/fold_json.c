/* fold_json.c - folding in the record: the per-article fields (report,
 * relation, story) and the top-level `stories` and `storylines`.
 *
 * The sections are computed from the folded articles themselves (their
 * fold fields, dates, languages, titles), so the same code renders
 * `analyze --json` and anything else holding folded articles.  A story's
 * articles are ordered by time: the publication date, or for an undated
 * article the date of the article that arrived before it (the neutral
 * time folding uses), ties in arrival order. */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/article_int.h"
#include "fold/fold_int.h"
#include "fold/fold_json.h"
#include "record/record_int.h"

static const char *const rel_names[] = { NULL, "original", "duplicate", "translation" };

const char *nf_relation_name(nf_relation r)
{
    return (unsigned)r < 4 ? rel_names[r] : NULL;
}

nf_relation nf_relation_parse(const char *name)
{
    for (int i = 1; name && i < 4; i++)
        if (!strcmp(name, rel_names[i]))
            return (nf_relation)i;
    return NF_REL_NONE;
}

nf_fold_result nf_article_fold(const nf_article *a)
{
    nf_fold_result r = { a->fold_report, a->fold_story, a->fold_storyline,
                         (nf_relation)a->fold_relation };
    return r;
}

void nf_article_set_fold(nf_article *a, const nf_fold_result *r)
{
    a->fold_report = r->report;
    a->fold_story = r->story;
    a->fold_storyline = r->storyline;
    a->fold_relation = (int)r->relation;
}


static void put_id(FILE *out, long long v)
{
    if (v > 0)
        fprintf(out, "%lld", v);
    else
        fputs("null", out);
}

void nf_fold_write_article_fields(const nf_article *a, FILE *out,
                                  unsigned flags, int depth)
{
    const char *rel = nf_relation_name((nf_relation)a->fold_relation);
    nf_json_key(out, flags, depth, 0, "report");
    put_id(out, a->fold_report);
    nf_json_key(out, flags, depth, 0, "relation");
    if (rel)
        fprintf(out, "\"%s\"", rel);
    else
        fputs("null", out);
    nf_json_key(out, flags, depth, 0, "story");
    put_id(out, a->fold_story);
}

typedef struct ent {
    const nf_article *a;
    double time;
    size_t arrival;
} ent;

static int ent_cmp(const void *x, const void *y)
{
    const ent *a = x, *b = y;
    if (a->a->fold_story != b->a->fold_story)
        return a->a->fold_story < b->a->fold_story ? -1 : 1;
    if (a->time != b->time && !isnan(a->time) && !isnan(b->time))
        return a->time < b->time ? -1 : 1;
    if (isnan(a->time) != isnan(b->time))
        return isnan(a->time) ? -1 : 1;
    return a->arrival < b->arrival ? -1 : a->arrival > b->arrival;
}

/* Languages of arts[0..n) by count (most first), into langs/counts;
 * with titled, only of the articles that have a title. */
static size_t count_langs(const nf_article *const *arts, size_t n, int titled,
                          const char **langs, size_t *counts, size_t max)
{
    size_t nl = 0;
    for (size_t i = 0; i < n; i++) {
        const char *l = nf_article_language(arts[i]);
        if (!l || (titled && !nf_article_title(arts[i])))
            continue;
        size_t j;
        for (j = 0; j < nl && strcmp(langs[j], l); j++)
            ;
        if (j == nl) {
            if (nl == max)
                continue;
            langs[nl] = l;
            counts[nl++] = 0;
        }
        counts[j]++;
    }
    for (size_t i = 1; i < nl; i++)   /* insertion sort, stable */
        for (size_t j = i; j > 0 && counts[j] > counts[j - 1]; j--) {
            size_t c = counts[j];
            counts[j] = counts[j - 1];
            counts[j - 1] = c;
            const char *s = langs[j];
            langs[j] = langs[j - 1];
            langs[j - 1] = s;
        }
    return nl;
}

#define NF_LEAD_TITLE_MAX 100u

size_t nf_fold_lead_cut(const char *t, size_t n)
{
    assert(t || !n);
    size_t i = 0, chars = 0, space = 0;
    while (i < n && chars < NF_LEAD_TITLE_MAX) {
        if (t[i] == ' ' && chars > NF_LEAD_TITLE_MAX / 2)
            space = i;
        i++;
        while (i < n && ((unsigned char)t[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    if (i < n)
        n = space ? space : i;   /* cut: at a word boundary when there is one */
    return n;
}

/* The first line of article a's text as a story's name (story_title: an
 * untitled article), cut by nf_fold_lead_cut.  Sets *p into the
 * article's text and returns the length; 0 when the text is empty.  The
 * store takes the same line and cuts it with the same function
 * (src/store/stories.c). */
static size_t lead_title(const nf_article *a, const char **p)
{
    size_t len;
    const char *t = nf_article_text(a, &len), *end = t + len;
    while (t < end && (*t == ' ' || *t == '\t' || *t == '\n'))
        t++;
    const char *nl = memchr(t, '\n', (size_t)(end - t));
    *p = t;
    return nf_fold_lead_cut(t, (size_t)((nl ? nl : end) - t));
}

/* The representative title of a story whose articles are arts[0..n)
 * (time order): in language `lang` (may be NULL) when an article is in
 * it, else in the story's most common language (ties: the one that came
 * first), the first title in that language, else the first line of its
 * first article in it (an untitled plain-text original in the language
 * asked for names its story better than a translation's title); when
 * that gives nothing, the first title in any language, else the first
 * line of arts[0].  Sets *p into an article and returns the length; 0
 * when nothing names the story.  The store chooses the same way
 * (src/store/stories.c, story_info). */
static size_t story_title(const nf_article *const *arts, size_t n, const char *lang,
                          const char **p)
{
    const char *langs[64];
    size_t counts[64];
    const char *want = NULL;
    for (size_t i = 0; lang && i < n && !want; i++) {
        const char *l = nf_article_language(arts[i]);
        if (l && !strcmp(l, lang))
            want = lang;
    }
    if (!want && count_langs(arts, n, 0, langs, counts, 64))
        want = langs[0];
    const nf_article *first = NULL;
    for (size_t i = 0; want && i < n; i++) {
        const char *l = nf_article_language(arts[i]);
        if (!l || strcmp(l, want))
            continue;
        if (nf_article_title(arts[i])) {
            *p = nf_article_title(arts[i]);
            return strlen(*p);
        }
        if (!first)
            first = arts[i];
    }
    size_t len = first ? lead_title(first, p) : 0;
    for (size_t i = 0; i < n && !len; i++)
        if (nf_article_title(arts[i])) {
            *p = nf_article_title(arts[i]);
            len = strlen(*p);
        }
    return len || !n ? len : lead_title(arts[0], p);
}

nf_status nf_fold_write_sections(const nf_article *const *arts, size_t n,
                                 const char *lang, FILE *out, unsigned flags)
{
    int pretty = (flags & NF_JSON_PRETTY) != 0;
    ent *e = malloc((n ? n : 1) * sizeof *e);
    const nf_article **grp = malloc((n ? n : 1) * sizeof *grp);
    if (!e || !grp) {
        free(e);
        free(grp);
        return NF_ERR_NOMEM;
    }
    size_t m = 0;
    double prev = NAN;
    for (size_t i = 0; i < n; i++) {
        double t = nf_fold_days(nf_article_published(arts[i]));
        if (isnan(t))
            t = prev;
        else
            prev = t;
        if (arts[i]->fold_story <= 0)
            continue;
        e[m].a = arts[i];
        e[m].time = t;
        e[m++].arrival = i;
    }
    qsort(e, m, sizeof *e, ent_cmp);
    /* storylines: (line, story, title) per story, in story order */
    long long *line_of = malloc((m ? m : 1) * 2 * sizeof *line_of);
    const char **line_title = malloc((m ? m : 1) * sizeof *line_title);
    size_t *line_title_len = malloc((m ? m : 1) * sizeof *line_title_len);
    size_t n_st = 0;
    fputs(pretty ? ",\n  \"stories\": [" : ",\"stories\":[", out);
    for (size_t i = 0; i < m && line_of && line_title && line_title_len;) {
        size_t j = i;
        while (j < m && e[j].a->fold_story == e[i].a->fold_story)
            j++;
        const char *langs[64];
        size_t counts[64];
        for (size_t x = i; x < j; x++)
            grp[x - i] = e[x].a;
        size_t nl = count_langs(grp, j - i, 0, langs, counts, 64);
        const char *title = NULL;
        size_t title_len = story_title(grp, j - i, lang, &title);
        if (!title_len)
            title = NULL;
        const char *first = NULL, *last = NULL;
        /* a story's storyline is the one decided last (folding decides it
         * again as the story grows): that of its last article to arrive */
        long long line = e[i].a->fold_storyline;
        size_t latest = e[i].arrival;
        for (size_t x = i; x < j; x++)
            if (e[x].arrival >= latest) {
                latest = e[x].arrival;
                line = e[x].a->fold_storyline;
            }
        for (size_t x = i; x < j; x++) {
            const char *p = nf_article_published(e[x].a);
            if (p && (!first || strcmp(p, first) < 0))
                first = p;
            if (p && (!last || strcmp(p, last) > 0))
                last = p;
        }
        fputs(n_st ? "," : "", out);
        fputs(pretty ? "\n    {" : "{", out);
        nf_json_key(out, flags, 3, 1, "id");
        fprintf(out, "%lld", e[i].a->fold_story);
        nf_json_key(out, flags, 3, 0, "title");
        if (title)
            nf_json_write_string(out, title, title_len);
        else
            fputs("null", out);
        nf_json_key(out, flags, 3, 0, "articles");
        putc('[', out);
        for (size_t x = i; x < j; x++) {
            const char *id = nf_article_id(e[x].a);
            fputs(x > i ? "," : "", out);
            nf_json_write_string(out, id, strlen(id));
        }
        putc(']', out);
        nf_json_key(out, flags, 3, 0, "languages");
        putc('[', out);
        for (size_t x = 0; x < nl; x++)
            fprintf(out, "%s\"%s\"", x ? "," : "", langs[x]);
        putc(']', out);
        nf_json_key(out, flags, 3, 0, "first");
        if (first)
            fprintf(out, "\"%s\"", first);
        else
            fputs("null", out);
        nf_json_key(out, flags, 3, 0, "last");
        if (last)
            fprintf(out, "\"%s\"", last);
        else
            fputs("null", out);
        nf_json_key(out, flags, 3, 0, "storyline");
        put_id(out, line);
        fputs(pretty ? "\n    }" : "}", out);
        line_of[2 * n_st] = line;
        line_of[2 * n_st + 1] = e[i].a->fold_story;
        line_title[n_st] = title;
        line_title_len[n_st] = title_len;
        n_st++;
        i = j;
    }
    fputs(pretty ? "\n  ],\n  \"storylines\": [" : "],\"storylines\":[", out);
    /* storylines in order of their first story; stories listed in order */
    size_t n_lines = 0;
    for (size_t i = 0; i < n_st && line_of; i++) {
        long long line = line_of[2 * i];
        size_t k;
        for (k = 0; k < i && line_of[2 * k] != line; k++)
            ;
        if (k < i || line <= 0)
            continue;   /* written with its first story */
        fputs(n_lines++ ? "," : "", out);
        fputs(pretty ? "\n    {" : "{", out);
        nf_json_key(out, flags, 3, 1, "id");
        fprintf(out, "%lld", line);
        nf_json_key(out, flags, 3, 0, "title");
        if (line_title[i])
            nf_json_write_string(out, line_title[i], line_title_len[i]);
        else
            fputs("null", out);
        nf_json_key(out, flags, 3, 0, "stories");
        putc('[', out);
        for (size_t x = i, c = 0; x < n_st; x++)
            if (line_of[2 * x] == line)
                fprintf(out, "%s%lld", c++ ? "," : "", line_of[2 * x + 1]);
        putc(']', out);
        fputs(pretty ? "\n    }" : "}", out);
    }
    fputs(pretty ? "\n  ]" : "]", out);
    int oom = !line_of || !line_title || !line_title_len;
    free(line_of);
    free(line_title);
    free(line_title_len);
    free(e);
    free(grp);
    if (oom)
        return NF_ERR_NOMEM;
    return ferror(out) ? NF_ERR_IO : NF_OK;
}

nf_status nf_fold_record_add(nf_folder **f, nf_article *const *arts, size_t n)
{
    assert(f && arts && n > 0);
    if (!*f && !(*f = nf_folder_new(NULL)))
        return NF_ERR_NOMEM;
    nf_fold_result r;
    nf_status st = nf_folder_add(*f, arts[n - 1], &r);
    long long gone = st ? 0 : nf_folder_last_merged(*f);
    /* the merged story had few articles (at most NF_MERGE_MAX_N), recent
     * ones: scan back until all are found */
    size_t want = nf_folder_last_merged_count(*f);
    for (size_t i = n - 1, found = 0; gone && i > 0 && found < want; i--)
        if (arts[i - 1]->fold_story == gone) {
            arts[i - 1]->fold_story = r.story;
            found++;
        }
    return st;
}
