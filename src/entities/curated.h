/* curated.h - the curated list of well-known organisations and people
 * (data/curated_entities.tsv, compiled into curated_data.c by
 * tools/words/gen_curated.py): canonical name, type, roles and variants
 * in several scripts.  Resolution uses it as one more piece of evidence
 * (mentions matching variants of one entry are one entity, with the
 * entry's name and type); nothing depends on it.
 */
#ifndef NF_ENTITIES_CURATED_H
#define NF_ENTITIES_CURATED_H

#include <stddef.h>
#include "newsfold/entities.h"

typedef struct nf_curated_entry {
    const char *name;
    nf_entity_type type;
    const char *roles;       /* comma-separated, may be "" */
} nf_curated_entry;

typedef struct nf_curated_form {
    const char *form;        /* lower case, single spaces */
    int entry;
} nf_curated_form;

/* Another name of a country of the gazetteer ("Marea Britanie" for GB):
 * rows of type "country" in the TSV. */
typedef struct nf_curated_country {
    const char *form;        /* lower case, single spaces, ß as ss, ς as σ */
    const char *country;     /* ISO 3166 alpha-2 */
} nf_curated_country;

extern const nf_curated_entry nf_curated_entries[];
extern const size_t nf_curated_count;
extern const nf_curated_form nf_curated_forms[];
extern const size_t nf_curated_form_count;
extern const nf_curated_country nf_curated_countries[];
extern const size_t nf_curated_country_count;

/* The entry a whole name s[0..n) (any case, any spacing) is a variant
 * of, or -1.  Thread-safe. */
int nf_curated_lookup(const char *s, size_t n);

/* The ISO code of the country that f[0..n), a name in matching form
 * (lower case, single spaces, ß written ss, a final ς as σ: the
 * gazetteer's), is a curated other name of
 * ("marea britanie": "GB"), or NULL.  The gazetteer asks it
 * (nf_place_lookup). */
const char *nf_curated_country_of(const char *f, size_t n);

/* Length in bytes of the longest variant that starts at s (s < end) and
 * ends at a word boundary of a caseless script (Han, kana), or 0; *entry
 * is set when found.  For detection inside unsegmented text. */
size_t nf_curated_prefix(const char *s, const char *end, int *entry);

#endif
