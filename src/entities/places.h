/* places.h - the gazetteer: countries, world regions and cities with their
 * names in many languages and scripts, from the generated table
 * places_data.c (tools/geo/gen_places.py; CLDR, GeoNames CC BY).
 */
#ifndef NF_ENTITIES_PLACES_H
#define NF_ENTITIES_PLACES_H

#include <stddef.h>
#include <stdint.h>

typedef enum nf_place_kind {
    NF_PLACE_COUNTRY = 0,
    NF_PLACE_REGION,         /* a world region (country ""), or a country's
                                first-level division (its country's code:
                                Niedersachsen DE, Gelderland NL; ISO 3166-2) */
    NF_PLACE_CITY
} nf_place_kind;

typedef struct nf_place_rec {
    const char *name;        /* English or GeoNames name */
    nf_place_kind kind;
    const char *country;     /* ISO 3166 alpha-2; "" for regions */
    int32_t lat_e4, lon_e4;  /* degrees x 10^4 */
    int32_t population;
} nf_place_rec;

typedef struct nf_place_name {
    const char *name;        /* matching form (NFKC case fold) */
    int32_t place;           /* index into nf_places */
} nf_place_name;

extern const nf_place_rec nf_places[];
extern const size_t nf_places_count;
extern const nf_place_name nf_place_names[];
extern const size_t nf_place_names_count;

/* Looks up the matching form s[0..n) (NFKC case-folded).  Returns the
 * index of the best place of that name (a country before a region before
 * the most populous city), or -1.  Thread-safe (the index is built once). */
int32_t nf_place_lookup(const char *s, size_t n);

/* Is place p (an index into nf_places) a division of a country (a
 * REGION with a country code: a German Land, a Dutch province, a US
 * state)? */
int nf_place_is_division(int32_t p);

/* Looks up a word that may be a demonym or adjective of a country
 * ("ucraino", "ucrainean", "Ukrainian", "russo"): its matching form w[0..n)
 * must start with most of a country's name in Latin or Cyrillic script and
 * end with a short adjectival ending (of a division, an ending of three
 * letters or more: "bayerisch", "abchasischen", but not "Jahren" from
 * Jahra, a Kuwaiti governorate).  Returns the country's place index or
 * -1. */
int32_t nf_place_demonym(const char *w, size_t n);

#endif
