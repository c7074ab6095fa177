/* cues.h - adjectives of places that the gazetteer's prefix rule
 * (nf_place_demonym) cannot derive: German -isch adjectives in every
 * inflection ("deutschen", "französische", "US-amerikanischen"), which
 * CoNLL-style annotation counts as names even in lower case, English and
 * Dutch adjectives whose stem is not the country's name ("French",
 * "Dutch", "Swiss", "Britse", "Duitse", "American" and its Romance
 * forms: of the United States), and German adjectives derived
 * by rule (-isch of a country or region, of a religion, a town's -er).
 * The table is the project's own.
 */
#ifndef NF_ENTITIES_CUES_H
#define NF_ENTITIES_CUES_H

#include <stddef.h>
#include <stdint.h>

/* Is the lower-case word w[0..n) an adjective of a place or people (or
 * an inhabitant noun) in language `lang` ("de", "en", "nl"; for "it",
 * "es", "pt", "ro", "fr" only the adjective of the United States)?  Then
 * *place is the place's gazetteer index, or -1 for a people without one
 * ("kurdisch"); else 0 and *place = -1.  Thread-safe. */
int nf_cue_demonym(const char *lang, const char *w, size_t n, int32_t *place);

/* German: the gazetteer index of the town or region whose invariable
 * adjective the lower-case word w[0..n) is ("bonner", "kölner",
 * "frankfurter", "münchner" from München, "wetterauer"), or -1.  Such
 * adjectives are always written capitalised: ask only for capitalised
 * words. */
int32_t nf_cue_town_adjective(const char *w, size_t n);

#endif
