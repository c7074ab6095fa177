/* record.c - the in-memory record built by `newsfold analyze`.
 *
 * Holds the analysed articles in input order.  Later stages (stories,
 * entities, facts) compute over the record and add their own top-level
 * sections to its JSON rendering. */
#include <stdlib.h>

#include "newsfold.h"
#include "record_int.h"
#include "fold/fold_json.h"
#include "entities/ent_int.h"
#include "core/grow.h"

struct nf_record {
    nf_article **articles;
    nf_folder *fold;   /* story folding (src/fold), made on first add */
    size_t n, cap;
};

nf_record *nf_record_new(void)
{
    return calloc(1, sizeof(nf_record));
}

void nf_record_free(nf_record *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        nf_article_free(r->articles[i]);
    free(r->articles);
    nf_folder_free(r->fold);
    free(r);
}

nf_status nf_record_add(nf_record *r, nf_article *a)
{
    if (nf_grow(&r->articles, &r->cap, r->n, sizeof *r->articles, 16)) {
        nf_article_free(a);
        return NF_ERR_NOMEM;
    }
    r->articles[r->n++] = a;
    return nf_fold_record_add(&r->fold, r->articles, r->n);
}

size_t nf_record_article_count(const nf_record *r)
{
    return r->n;
}

const nf_article *nf_record_article(const nf_record *r, size_t i)
{
    return i < r->n ? r->articles[i] : NULL;
}

nf_status nf_record_write_json(const nf_record *r, FILE *out, unsigned flags)
{
    int pretty = (flags & NF_JSON_PRETTY) != 0;
    nf_entities *ents = NULL;
    nf_status rst = nf_ent_resolve_record(r->articles, r->n, &ents);
    if (rst)
        return rst;   /* a record without its entities is not whole */
    fputs(pretty ? "{\n  \"articles\": [" : "{\"articles\":[", out);
    for (size_t i = 0; i < r->n; i++) {
        if (i)
            putc(',', out);
        if (pretty)
            fputs("\n    ", out);
        nf_status st = nf_json_write_article_at(r->articles[i], out, flags, 2);
        if (st) {
            nf_entities_free(ents);
            return st;
        }
    }
    fputs(pretty ? "\n  ]" : "]", out);
    nf_status fst = nf_fold_write_sections((const nf_article *const *)r->articles,
                                           r->n, NULL, out, flags);
    if (fst) {
        nf_entities_free(ents);
        return fst;
    }
    if ((fst = nf_ent_write_record_section(ents, out, flags)))
        return fst;
    if ((fst = nf_facts_write_sections((const nf_article *const *)r->articles,
                                       r->n, out, flags)))
        return fst;
    fputs(pretty ? "\n}\n" : "}\n", out);
    return ferror(out) ? NF_ERR_IO : NF_OK;
}
