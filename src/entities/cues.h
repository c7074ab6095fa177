/* cues.h - adjectives of places that the gazetteer's prefix rule
 * (nf_place_demonym) cannot derive: German -isch adjectives in every
 * inflection ("deutschen", "französische", "US-amerikanischen"), which
 * CoNLL-style annotation counts as names even in lower case, and English
 * adjectives whose stem is not the country's name ("French", "Dutch",
 * "Swiss").  The table is the project's own.
 */
#ifndef NF_ENTITIES_CUES_H
#define NF_ENTITIES_CUES_H

#include <stddef.h>
#include <stdint.h>

/* Is the lower-case word w[0..n) an adjective of a place or people (or
 * an inhabitant noun) in language `lang` ("de", "en"; others: no)?  Then
 * *place is the place's gazetteer index, or -1 for a people without one
 * ("kurdisch"); else 0 and *place = -1.  Thread-safe. */
int nf_cue_demonym(const char *lang, const char *w, size_t n, int32_t *place);

#endif
