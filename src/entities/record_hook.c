/* record_hook.c - entities in the record of `newsfold analyze`: the
 * articles are resolved in input order into one set when the record is
 * written, and the set becomes the record's top-level "entities". */
#include "entities/ent_int.h"

#include "newsfold/record.h"

nf_entities *nf_ent_resolve_record(nf_article *const *arts, size_t n)
{
    nf_entities *e = nf_entities_new();
    for (size_t i = 0; e && i < n; i++)
        if (nf_entities_add_article(e, arts[i])) {
            nf_entities_free(e);
            e = NULL;
        }
    return e;
}

void nf_ent_write_record_section(nf_entities *e, FILE *out, unsigned flags)
{
    if (!e)
        return;
    fputs((flags & NF_JSON_PRETTY) ? ",\n  \"entities\": " : ",\"entities\":", out);
    nf_entities_write_json(e, out, flags, 1);
    nf_entities_free(e);
}
