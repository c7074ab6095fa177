/* resolve_match.c - the corpus entity a document entity denotes, if any:
 * candidates from the name index, scored by evidence, not lists.
 *
 * A person's candidates are the entities filed in a name index (deletion
 * neighbourhood of skeletons, names/nameidx.c) under a skeleton within
 * one edit of the new one's surname or whole name; each candidate is then
 * scored against every key it has learnt:
 *   - surname skeleton distance, allowed to grow with its length (none
 *     for two classes, half an edit for three, one edit for four or
 *     more: Root/Rutte stay apart from Roth by context only);
 *   - given names: two full names whose given names disagree are two
 *     people (Vladimir Putin is not Volodymyr Zelensky's namesake, and
 *     Joe Root is not Mark Root), and such a candidate is rejected;
 *   - a lone surname with a short skeleton needs shared context or the
 *     same Latin spelling;
 *   - context: entities of this article already resolved that co-occur
 *     with the candidate elsewhere add to the score;
 *   - type: people never join places or organisations.
 * Places join by gazetteer entry, organisations by folded name (or a
 * near Latin spelling of a long one).
 */
#include "entities/resolve_int.h"

#include <string.h>

static double surname_limit(size_t L)
{
    return L >= 5 ? 1.0 : L >= 3 ? 0.5 : 0.0;
}

/* Are the Latin forms of k's and q's tokens, joined, the same word of
 * six letters or more?  A given name of two syllables is written apart
 * or together ("Zhou Ming Hui", "Zhou Minghui"), which the skeletons of
 * its parts cannot see ("hui" has none: h and vowels drop). */
static int same_joined(const nf_name_key *k, const nf_name_key *q)
{
    char a[NF_NAME_TOKEN_MAX * 2] = "", b[NF_NAME_TOKEN_MAX * 2] = "";
    for (int t = 0; t < k->n && strlen(a) + strlen(k->latin[t]) < sizeof a; t++)
        strcat(a, k->latin[t]);
    for (int t = 0; t < q->n && strlen(b) + strlen(q->latin[t]) < sizeof b; t++)
        strcat(b, q->latin[t]);
    return strlen(a) >= 6 && strcmp(a, b) == 0;
}

/* Score of key k against learnt key q (< 0: no match; -2: conflict). */
static double key_score(const nf_name_key *k, const nf_name_key *q,
                        int *short_match)
{
    *short_match = 0;
    if (k->n == 0 || q->n == 0)
        return -1;
    if (k->n >= 2 && q->n >= 2) {
        const char *a = k->skel[k->n - 1], *b = q->skel[q->n - 1];
        size_t L = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
        double ds = nf_skel_distance(a, b, 2);
        if (ds > surname_limit(L)) {
            /* whole names written differently split ("Zhou Ming Hui") */
            if (k->n == q->n)
                return -1;
            if (same_joined(k, q))
                return 1.5;     /* "Zhou Ming Hui" = "Zhou Minghui" */
            double df = nf_skel_distance(k->full, q->full, 1);
            return df <= (strlen(k->full) >= 6 ? 0.5 : 0.0) ? 1.5 - df / 2 : -1;
        }
        double dg = nf_skel_distance(k->skel[0], q->skel[0], 2);
        if (dg > 1.5)
            return -2;
        return 2.0 - ds / 2 - dg / 2;
    }
    /* one side is a single word: compare it with the other's surname,
     * later words, or whole name */
    const nf_name_key *s = k->n == 1 ? k : q, *p = k->n == 1 ? q : k;
    const char *w = s->skel[0];
    size_t L = strlen(w);
    double best = -1;
    for (int t = p->n - 1; t >= (p->n > 1 ? 1 : 0); t--) {
        size_t Lt = strlen(p->skel[t]);
        size_t m = L < Lt ? L : Lt;
        double d = nf_skel_distance(w, p->skel[t], 2);
        if (d > surname_limit(m))
            continue;
        if (m <= 3 && !(nf_latin_similarity(s->latin[0], p->latin[t]) >= 0.6))
            *short_match = 1;
        double sc = 1.0 - d / 2;
        if (sc > best)
            best = sc;
    }
    if (best < 0 && L >= 5 && nf_skel_distance(w, p->full, 1) <= 1.0)
        best = 1.0;
    return best;
}

typedef struct cand_ctx {
    uint32_t *ids;
    size_t n, cap;
} cand_ctx;

static int collect_cand(void *ctx, uint32_t id)
{
    cand_ctx *c = ctx;
    for (size_t i = 0; i < c->n; i++)
        if (c->ids[i] == id)
            return 0;
    if (c->n < c->cap)
        c->ids[c->n++] = id;
    return c->n >= c->cap;
}

/* How many of the people and organisations among ctx[0..nctx) co-occur
 * with entity c (places are too common to tell people apart). */
static int context_overlap(const nf_entities *e, const nf_res_entity *c,
                           const long *ctx, size_t nctx)
{
    int n = 0;
    for (size_t i = 0; i < nctx; i++)
        for (size_t j = 0; j < c->nc && e->v[ctx[i]].type != NF_ENTITY_LOCATION; j++)
            if ((long)c->co[j] == ctx[i]) {
                n++;
                break;
            }
    return n;
}

/* The entity of curated entry `cur` (+ 1), or -1. */
long nf_res_curated_entity(nf_entities *e, int cur)
{
    uint32_t ids[64];
    cand_ctx cc = { ids, 0, 64 };
    char tag[24];
    nf_res_curated_tag(cur, tag, sizeof tag);
    nf_nameidx_query(e->ix, tag, collect_cand, &cc);
    for (size_t i = 0; i < cc.n; i++)
        if (e->v[ids[i]].curated == cur)
            return (long)ids[i];
    return -1;
}

/* Does entity c hold a key spelt exactly as k (same full skeleton and
 * the same Latin words)? */
static int has_full_key(const nf_res_entity *c, const nf_name_key *k)
{
    for (size_t j = 0; j < c->nk; j++) {
        const nf_name_key *o = &c->keys[j];
        if (o->n != k->n || strcmp(o->full, k->full) != 0)
            continue;
        int t = 0;
        while (t < k->n && strcmp(o->latin[t], k->latin[t]) == 0)
            t++;
        if (t == k->n)
            return 1;
    }
    return 0;
}

/* Best entity for document entity d (key k), or -1. */
long nf_res_match(nf_entities *e, const nf_doc_ent *d, const nf_name_key *k,
                  const long *ctx, size_t nctx)
{
    uint32_t ids[256];
    cand_ctx cc = { ids, 0, 256 };
    if (d->type == NF_ENTITY_LOCATION && d->place >= 0) {
        char tag[24];
        nf_res_place_tag(d->place, tag, sizeof tag);
        nf_nameidx_query(e->ix, tag, collect_cand, &cc);
        for (size_t i = 0; i < cc.n; i++)
            if (e->v[ids[i]].type == NF_ENTITY_LOCATION && e->v[ids[i]].place == d->place)
                return (long)ids[i];
        return -1;
    }
    if (k->n == 0)
        return -1;
    nf_nameidx_query(e->ix, k->skel[k->n - 1], collect_cand, &cc);
    if (k->full[0])
        nf_nameidx_query(e->ix, k->full, collect_cand, &cc);
    long best = -1;
    double best_score = 0;
    for (size_t i = 0; i < cc.n; i++) {
        const nf_res_entity *c = &e->v[ids[i]];
        if ((c->type == NF_ENTITY_LOCATION) != (d->type == NF_ENTITY_LOCATION) ||
            c->place >= 0)
            continue;
        /* a name of two or more words read as a person's in an article
         * that never names the organisation's parts ("Nordhalla
         * Kestrel") is the organisation's when spelt exactly so (either
         * came first; resolve.c retypes the person) */
        int org_as_person = ((c->type == NF_ENTITY_ORGANIZATION && d->type == NF_ENTITY_PERSON) ||
                             (c->type == NF_ENTITY_PERSON && d->type == NF_ENTITY_ORGANIZATION)) &&
                            k->n >= 2 && has_full_key(c, k);
        if (org_as_person)
            return (long)ids[i];
        if ((c->type == NF_ENTITY_ORGANIZATION) != (d->type == NF_ENTITY_ORGANIZATION))
            continue;
        double s = -1;
        int conflict = 0, shorts = 0, any_short = 1;
        if (d->type == NF_ENTITY_ORGANIZATION) {
            for (size_t j = 0; j < c->nk; j++) {
                double sim = strcmp(c->keys[j].full, k->full) == 0 ? 1.0 : 0.0;
                char a[NF_NAME_TOKEN_MAX * 2] = "", b[NF_NAME_TOKEN_MAX * 2] = "";
                for (int t = 0; t < k->n && strlen(a) + strlen(k->latin[t]) < sizeof a; t++)
                    strcat(a, k->latin[t]);
                for (int t = 0; t < c->keys[j].n && strlen(b) + strlen(c->keys[j].latin[t]) < sizeof b; t++)
                    strcat(b, c->keys[j].latin[t]);
                if (sim > 0 && (strlen(k->full) >= 3 || strcmp(a, b) == 0))
                    s = 1.0 > s ? 1.0 : s;
                else if (nf_latin_similarity(a, b) >= 0.85 && strlen(a) >= 6)
                    s = 0.9 > s ? 0.9 : s;
            }
            any_short = 0;
        } else {
            for (size_t j = 0; j < c->nk; j++) {
                int sh;
                double ks = key_score(k, &c->keys[j], &sh);
                if (ks == -2)
                    conflict = 1;
                if (ks > s) {
                    s = ks;
                    shorts = sh;
                }
                if (ks >= 0 && !sh)
                    any_short = 0;
            }
            (void)shorts;
        }
        if (conflict || s < 0)
            continue;
        int ov = context_overlap(e, c, ctx, nctx);
        if (any_short && ov == 0)
            continue;        /* a short lone surname needs shared context */
        if (k->n == 1 && s < 0.75 && ov == 0)
            continue;        /* a lone word one edit away needs context */
        if (d->type == NF_ENTITY_OTHER && k->n == 1 && c->nk &&
            nf_latin_similarity(k->latin[0], c->keys[0].latin[c->keys[0].n - 1]) < 0.75)
            continue;        /* an unknown word joins only a near spelling */
        if (d->type == NF_ENTITY_OTHER && k->n > 1 && c->nk && c->keys[0].n == 1 &&
            nf_latin_similarity(c->keys[0].latin[0], k->latin[k->n - 1]) < 0.75)
            continue;        /* ... and so does a phrase an unknown word came before */
        double total = s + 0.5 * (ov > 2 ? 2 : ov);
        if (total > best_score) {
            best_score = total;
            best = (long)ids[i];
        }
    }
    return best;
}
