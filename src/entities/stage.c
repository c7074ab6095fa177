/* stage.c - the entity stage of the pipeline, and the article's mention
 * getters.
 *
 * Runs detection with the article's sentences and language, then
 * within-document coreference, and stores mentions and document entities
 * in the article's arena (a->entities).  Mentions dropped by coreference
 * (weak katakana candidates that joined no person) are not kept.
 */
#include "entities/ent_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

const char *nf_entity_type_name(nf_entity_type t)
{
    switch (t) {
    case NF_ENTITY_PERSON: return "person";
    case NF_ENTITY_ORGANIZATION: return "organization";
    case NF_ENTITY_LOCATION: return "location";
    default: return "other";
    }
}

nf_status nf_ent_stage_run(nf_ent_stage *st, nf_article *a)
{
    assert(st && a);
    size_t len;
    const char *text = nf_article_text(a, &len);
    nf_ment *m = NULL;
    size_t n = 0;
    nf_status s = nf_ent_detect_sents(st, text, len, nf_article_language(a),
                                      a->sentences, a->n_sentences, &m, &n);
    nf_doc_ent *e = NULL;
    size_t ne = 0;
    if (!s)
        s = nf_ent_coref(nf_ent_stage_namer(st), text, m, n, a->arena, &e, &ne);
    nf_ent_doc *d = s ? NULL : nf_arena_calloc(a->arena, 1, sizeof *d);
    if (!s && !d)
        s = NF_ERR_NOMEM;
    if (!s) {
        size_t kept = 0;
        for (size_t i = 0; i < n; i++)
            kept += m[i].doc >= 0;
        d->m = kept ? nf_arena_alloc(a->arena, kept * sizeof *d->m) : NULL;
        if (kept && !d->m) {
            s = NF_ERR_NOMEM;
        } else {
            /* renumber best mentions to the kept array */
            int *map = malloc((n ? n : 1) * sizeof *map);
            if (!map) {
                s = NF_ERR_NOMEM;
            } else {
                for (size_t i = 0; i < n; i++)
                    if (m[i].doc >= 0) {
                        map[i] = (int)d->n_m;
                        d->m[d->n_m++] = m[i];
                    } else {
                        map[i] = -1;
                    }
                for (size_t k = 0; k < ne; k++)
                    e[k].best = map[e[k].best];
                free(map);
                d->e = e;
                d->n_e = ne;
                a->entities = d;
            }
        }
    }
    free(m);
    return s;
}

size_t nf_article_mention_count(const nf_article *a)
{
    assert(a);
    return a->entities ? a->entities->n_m : 0;
}

nf_mention nf_article_mention(const nf_article *a, size_t i)
{
    assert(a && a->entities && i < a->entities->n_m);
    const nf_ment *m = &a->entities->m[i];
    const nf_doc_ent *d = &a->entities->e[m->doc];
    nf_mention out = { { m->start, m->end }, m->type, { m->role_start, m->role_end },
                       m->demonym, d->entity, d->name };
    return out;
}
