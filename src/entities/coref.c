/* coref.c - within-document coreference: the mentions of one entity in
 * one article become one document entity.
 *
 * Places join by gazetteer entry (one the gazetteer lacks by its folded
 * name: two unknown towns are two places), organisations by their folded
 * name.
 * People first: each mention of two or more words ("Mark Root",
 * "ヴォルディーミー・ゼレンスキー") joins an earlier person whose surname
 * key is close and whose given name does not disagree, or starts one.
 * Then every single word (a surname alone, a lone katakana name, a
 * garbled spelling: "Root", "Roti", "Ruti") joins the person whose
 * surname skeleton it matches (exactly when short, within one edit when
 * four classes or more), preferring the nearest one before it; a lone
 * word that matches no person keeps its own entity, except the weak
 * katakana candidates, which are dropped (they are mostly loanwords).
 * Before the people, a company's short name joins the company
 * (org_short_forms).
 */
#include "entities/ent_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

nf_status nf_ent_key(nf_namer *nm, const char *text, const nf_ment *m,
                     nf_name_key *key)
{
    return nf_name_key_make(nm, text + m->start, m->end - m->start, key);
}

/* Largest skeleton distance at which two surnames of skeleton length L
 * still match. */
static double surname_limit(size_t L)
{
    return L >= 5 ? 1.0 : L >= 3 ? 0.5 : 0.0;
}

/* Do keys a and b (both of two or more tokens) name the same person? */
static int full_names_match(const nf_name_key *a, const nf_name_key *b)
{
    const char *sa = a->skel[a->n - 1], *sb = b->skel[b->n - 1];
    size_t L = strlen(sa) < strlen(sb) ? strlen(sa) : strlen(sb);
    if (nf_skel_distance(sa, sb, 2) > surname_limit(L))
        return 0;
    return nf_skel_distance(a->skel[0], b->skel[0], 2) <= 1.0;
}

/* Does single-token key s match person key p (its surname, another of
 * its later tokens, or its whole name written as one word)? */
static int single_matches(const nf_name_key *s, const nf_name_key *p)
{
    const char *w = s->skel[0];
    size_t L = strlen(w);
    if (L == 0)
        return 0;
    for (int t = p->n - 1; t >= (p->n > 1 ? 1 : 0); t--) {
        size_t Lt = strlen(p->skel[t]);
        size_t m = L < Lt ? L : Lt;
        if (nf_skel_distance(w, p->skel[t], 2) <= surname_limit(m))
            return 1;
    }
    return L >= 5 && nf_skel_distance(w, p->full, 2) <= 1.0;
}

/* The organisation mention of two or more words among m[0..n) whose
 * first word is word t of key k ("Nordhalla" of "Nordhalla Minerals"),
 * or -1. */
static int org_led_by(const nf_ment *m, size_t n, const nf_name_key *keys,
                      const nf_name_key *k, int t)
{
    for (size_t i = 0; i < n; i++)
        if (m[i].type == NF_ENTITY_ORGANIZATION && m[i].doc >= 0 && keys[i].n >= 2 &&
            keys[i].skel[0][0] && strcmp(keys[i].skel[0], k->skel[t]) == 0 &&
            strcmp(keys[i].latin[0], k->latin[t]) == 0)
            return (int)i;
    return -1;
}

/* Is single-word key k the last word of a person's name of two words
 * or more among m[0..n)? */
static int surname_of_person(const nf_ment *m, size_t n, const nf_name_key *keys,
                             const nf_name_key *k)
{
    for (size_t i = 0; i < n; i++)
        if (m[i].type == NF_ENTITY_PERSON && keys[i].n >= 2 &&
            strcmp(keys[i].skel[keys[i].n - 1], k->skel[0]) == 0)
            return 1;
    return 0;
}

/* A company is called by the first word of its name once named in full
 * ("Nordhalla Minerals ... Nordhalla"), and a merged company by those
 * short names together ("Nordhalla Kestrel"): a mention of one or two
 * words, no title before it, typed person or other, each of whose words
 * opens an organisation of the article becomes that organisation (one
 * word, unless a person of the article has it as surname) or an
 * organisation of its own (two).  Runs after the
 * organisations have their entities; adds entities to e[*ne]. */
static void org_short_forms(nf_ment *m, size_t n, const nf_name_key *keys,
                            nf_doc_ent *e, size_t *ne)
{
    for (size_t i = 0; i < n; i++) {
        if ((m[i].type != NF_ENTITY_PERSON && m[i].type != NF_ENTITY_OTHER) ||
            m[i].cue || m[i].doc >= 0 || keys[i].n < 1 || keys[i].n > 2)
            continue;
        int o[2] = { -1, -1 };
        for (int t = 0; t < keys[i].n; t++)
            o[t] = org_led_by(m, n, keys, &keys[i], t);
        if (o[0] < 0 || (keys[i].n == 2 && (o[1] < 0 || m[o[0]].doc == m[o[1]].doc)))
            continue;
        if (keys[i].n == 1 && surname_of_person(m, n, keys, &keys[i]))
            continue;        /* "Smith" of "John Smith", not "Smith Barney" */
        m[i].type = NF_ENTITY_ORGANIZATION;
        if (keys[i].n == 1) {
            m[i].doc = m[o[0]].doc;
            continue;
        }
        size_t k = 0;
        while (k < *ne && !(e[k].type == NF_ENTITY_ORGANIZATION &&
                            strcmp(keys[e[k].best].full, keys[i].full) == 0))
            k++;
        if (k == *ne) {
            e[k] = (nf_doc_ent){ .type = NF_ENTITY_ORGANIZATION, .best = (int)i, .place = -1 };
            (*ne)++;
        }
        m[i].doc = (int)k;
    }
}

nf_status nf_ent_coref(nf_namer *nm, const char *text, nf_ment *m, size_t n,
                       nf_arena *ar, nf_doc_ent **out, size_t *n_out)
{
    assert(nm && (m || n == 0) && ar && out && n_out);
    *out = NULL;
    *n_out = 0;
    if (n == 0)
        return NF_OK;
    nf_name_key *keys = malloc(n * sizeof *keys);
    nf_doc_ent *e = nf_arena_calloc(ar, n, sizeof *e);
    if (!keys || !e) {
        free(keys);
        return NF_ERR_NOMEM;
    }
    size_t ne = 0;
    nf_status st = NF_OK;
    for (size_t i = 0; i < n && !st; i++) {
        m[i].doc = -1;
        st = nf_ent_key(nm, text, &m[i], &keys[i]);
    }
    /* places and organisations */
    for (size_t i = 0; i < n && !st; i++) {
        if (m[i].type == NF_ENTITY_LOCATION) {
            size_t k = 0;
            /* a gazetteer place by its index; a place the gazetteer lacks
             * (index -1) by its name key, as organisations: two unknown
             * towns of one article are two places */
            while (k < ne && !(e[k].type == NF_ENTITY_LOCATION &&
                               (m[i].place >= 0
                                    ? e[k].place == m[i].place
                                    : e[k].place < 0 && keys[i].n &&
                                          strcmp(keys[e[k].best].full, keys[i].full) == 0)))
                k++;
            if (k == ne) {
                e[ne] = (nf_doc_ent){ .type = NF_ENTITY_LOCATION, .best = (int)i,
                                      .place = m[i].place };
                ne++;
            }
            m[i].doc = (int)k;
        } else if (m[i].type == NF_ENTITY_ORGANIZATION) {
            size_t k = 0;
            while (k < ne && !(e[k].type == NF_ENTITY_ORGANIZATION && keys[i].n &&
                               strcmp(keys[e[k].best].full, keys[i].full) == 0))
                k++;
            if (k == ne) {
                e[ne] = (nf_doc_ent){ .type = NF_ENTITY_ORGANIZATION, .best = (int)i,
                                      .place = -1 };
                ne++;
            }
            m[i].doc = (int)k;
        }
    }
    if (!st)
        org_short_forms(m, n, keys, e, &ne);
    /* people with two or more name words */
    for (size_t i = 0; i < n && !st; i++) {
        if (m[i].type != NF_ENTITY_PERSON || keys[i].n < 2)
            continue;
        size_t k = 0;
        while (k < ne && !(e[k].type == NF_ENTITY_PERSON &&
                           keys[e[k].best].n >= 2 &&
                           full_names_match(&keys[e[k].best], &keys[i])))
            k++;
        if (k == ne) {
            e[ne] = (nf_doc_ent){ .type = NF_ENTITY_PERSON, .best = (int)i, .place = -1 };
            ne++;
        } else if (m[i].end - m[i].start > m[e[k].best].end - m[e[k].best].start) {
            e[k].best = (int)i;
        }
        m[i].doc = (int)k;
    }
    /* single words: join a person, or a same-spelt single, or stand alone */
    for (size_t i = 0; i < n && !st; i++) {
        if (m[i].doc >= 0 || keys[i].n == 0)
            continue;
        if (m[i].type == NF_ENTITY_LOCATION || m[i].type == NF_ENTITY_ORGANIZATION)
            continue;
        int best = -1;
        size_t best_pos = 0;
        for (size_t k = 0; k < ne; k++) {
            if (e[k].type != NF_ENTITY_PERSON || !single_matches(&keys[i], &keys[e[k].best]))
                continue;
            size_t pos = m[e[k].best].start;
            /* the nearest person named before, else the first after */
            if (best < 0 || (pos <= m[i].start && (best_pos > m[i].start || pos > best_pos)))
                best = (int)k, best_pos = pos;
        }
        if (best < 0) {
            for (size_t k = 0; k < ne; k++)
                if (e[k].type != NF_ENTITY_LOCATION && e[k].type != NF_ENTITY_ORGANIZATION &&
                    keys[e[k].best].n == 1 &&
                    strcmp(keys[e[k].best].skel[0], keys[i].skel[0]) == 0 &&
                    nf_latin_similarity(keys[e[k].best].latin[0], keys[i].latin[0]) >= 0.5) {
                    best = (int)k;
                    break;
                }
        }
        if (best < 0) {
            if (m[i].weak)
                continue;
            e[ne] = (nf_doc_ent){ .type = m[i].cue ? NF_ENTITY_PERSON : m[i].type,
                                  .best = (int)i, .place = m[i].place };
            best = (int)ne++;
        }
        if (e[best].type == NF_ENTITY_OTHER && m[i].cue)
            e[best].type = NF_ENTITY_PERSON;
        m[i].doc = best;
    }
    /* a weak single that joined a single-word entity confirms nothing by
     * itself; a weak entity needs a person to join */
    for (size_t k = 0; k < ne; k++) {
        e[k].key = keys[e[k].best];
        e[k].n_mentions = 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (m[i].doc < 0)
            continue;
        nf_doc_ent *d = &e[m[i].doc];
        d->n_mentions++;
        if (d->type != NF_ENTITY_LOCATION && d->type != NF_ENTITY_ORGANIZATION)
            m[i].type = d->type;
    }
    free(keys);
    if (st)
        return st;
    *out = e;
    *n_out = ne;
    return NF_OK;
}
