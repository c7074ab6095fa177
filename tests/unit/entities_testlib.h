/* entities_testlib.h - helpers shared by the entity tests
 * (test_entities_*.c, test_resolve_names.c): a text's mentions as one
 * comparable string, lookups in that string, the country of a mention's
 * place, and an article taken through the pipeline. */
#ifndef NF_ENTITIES_TESTLIB_H
#define NF_ENTITIES_TESTLIB_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "nf_test.h"
#include "core/article_int.h"
#include "entities/ent_int.h"
#include "entities/places.h"

/* The mentions of text (language lang) as "t:surface|..." in out (cap
 * bytes); t is p (person), o (organisation), l (place), x (other).  With
 * sents == NULL the stage finds the sentences itself; weak candidates are
 * left out unless keep_weak. */
static inline void ent_mentions(nf_ent_stage *st, const char *text, const char *lang,
                                const nf_span *sents, size_t n_sents, int keep_weak,
                                char *out, size_t cap)
{
    nf_ment *m = NULL;
    size_t n = 0, o = 0;
    out[0] = '\0';
    CHECK_INT(nf_ent_detect_sents(st, text, strlen(text), lang, sents, n_sents, &m, &n),
              NF_OK);
    for (size_t i = 0; i < n; i++) {
        if (m[i].weak && !keep_weak)
            continue;
        int w = snprintf(out + o, cap - o, "%s%c:%.*s", o ? "|" : "",
                         "polx"[m[i].type], (int)(m[i].end - m[i].start),
                         text + m[i].start);
        if (w < 0 || (size_t)w >= cap - o)
            break;
        o += (size_t)w;
    }
    free(m);
}

/* The mentions of text, sentences found by the stage, weak ones left out. */
static inline void mentions(nf_ent_stage *st, const char *text, const char *lang,
                            char *out, size_t cap)
{
    ent_mentions(st, text, lang, NULL, 0, 0, out, cap);
}

/* Is item ("t:surface") in list, whole? */
static inline int has(const char *list, const char *item)
{
    size_t n = strlen(item);
    for (const char *p = list; (p = strstr(p, item)) != NULL; p++)
        if ((p == list || p[-1] == '|') && (p[n] == '|' || p[n] == '\0'))
            return 1;
    return 0;
}

/* Is some item of list exactly surface (any type)? */
static inline int named(const char *list, const char *surface)
{
    size_t n = strlen(surface);
    for (const char *p = list; (p = strchr(p, ':')) != NULL; p++)
        if (strncmp(p + 1, surface, n) == 0 && (p[n + 1] == '|' || p[n + 1] == '\0'))
            return 1;
    return 0;
}

/* The country code of the place of the first mention of text (language
 * lang) whose surface is `surface`; "" for a place with none (a world
 * region), "-" when there is no such mention or it names no place. */
static inline const char *place_country(nf_ent_stage *st, const char *text,
                                        const char *lang, const char *surface)
{
    nf_ment *m = NULL;
    size_t n = 0;
    const char *cc = "-";
    CHECK_INT(nf_ent_detect_sents(st, text, strlen(text), lang, NULL, 0, &m, &n), NF_OK);
    for (size_t i = 0; i < n; i++)
        if (m[i].end - m[i].start == strlen(surface) &&
            memcmp(text + m[i].start, surface, strlen(surface)) == 0) {
            if (m[i].place >= 0)
                cc = nf_places[m[i].place].country;
            break;
        }
    free(m);
    return cc;
}

/* A new article (id, text, language lang) taken through pipeline p; the
 * caller frees it.  Exits when out of memory. */
static inline nf_article *analysed(nf_pipeline *p, const char *id, const char *text,
                                   const char *lang)
{
    nf_article *a = nf_article_new();
    if (!a)
        exit(1);
    nf_article_set(a, &a->id, id, strlen(id));
    nf_article_set(a, &a->source, "fixture", 7);
    nf_article_set(a, &a->format, "text", 4);
    nf_article_set_text(a, text, strlen(text));
    nf_article_set_language(a, lang, 0.9);
    nf_article_finish(a);
    CHECK_INT(nf_pipeline_run(p, a), NF_OK);
    return a;
}

#endif
