/* record_hook.c - entities in the record of `newsfold analyze`: the
 * articles are resolved in input order into one set when the record is
 * written, and the set becomes the record's top-level "entities". */
#include "entities/ent_int.h"

#include <assert.h>

#include "newsfold/record.h"

nf_status nf_ent_resolve_record(nf_article *const *arts, size_t n, nf_entities **out)
{
    assert(out);
    nf_entities *e = NULL;
    nf_status st = nf_entities_open(&e);
    for (size_t i = 0; !st && i < n; i++)
        st = nf_entities_add_article(e, arts[i]);
    /* names settle as articles add evidence: the early articles take
     * the names their entities have now */
    for (size_t i = 0; !st && i < n; i++)
        st = nf_entities_rename_article(e, arts[i]);
    if (st) {
        nf_entities_free(e);
        e = NULL;
    }
    *out = e;
    return st;
}

nf_status nf_ent_write_record_section(nf_entities *e, FILE *out, unsigned flags)
{
    assert(e && out);
    fputs((flags & NF_JSON_PRETTY) ? ",\n  \"entities\": " : ",\"entities\":", out);
    nf_status st = nf_entities_write_json(e, out, flags, 1);
    nf_entities_free(e);
    return st;
}
