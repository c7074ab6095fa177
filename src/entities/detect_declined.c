/* detect_declined.c - Russian, Ukrainian and Greek decline place
 * names ("Румынии", "Констанці", "Πορτογαλίας") while the gazetteer holds
 * the nominative: a case ending replaced by the nominative's finds the
 * place.  Used by detect_cased.c for a run's word that is no ordinary
 * word of the language.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"
#include "entities/places.h"

/* Russian, Ukrainian and Greek decline place names; the gazetteer
 * writes the nominative.  A case ending and the nominative's (empty:
 * the bare stem) for each language, longest first. */
typedef struct {
    const char *lang, *suffix, *bare;
} case_ending;

static const case_ending case_endings[] = {
    { "ru", "\xd0\xb8\xd0\xb5\xd0\xb9", "\xd0\xb8\xd1\x8f" },    /* -ией: -ия */
    { "ru", "\xd0\xb8\xd0\xb8", "\xd0\xb8\xd1\x8f" },              /* Румын|ии: -ия */
    { "ru", "\xd0\xb8\xd1\x8e", "\xd0\xb8\xd1\x8f" },              /* -ию: -ия */
    { "ru", "\xd0\xbe\xd0\xb9", "\xd0\xb0" },                      /* Москв|ой: -а */
    { "ru", "\xd0\xbe\xd0\xbc", "" },                                /* Лондон|ом */
    { "ru", "\xd1\x8b", "\xd0\xb0" },                                /* Москв|ы: -а */
    { "ru", "\xd0\xb5", "\xd0\xb0" },                                /* Констанц|е: -а */
    { "ru", "\xd1\x83", "\xd0\xb0" },                                /* Москв|у: -а */
    { "ru", "\xd0\xb0", "" },                                          /* Лондон|а */
    { "ru", "\xd0\xb5", "" },                                          /* Лондон|е */
    { "uk", "\xd1\x96\xd1\x94\xd1\x8e", "\xd1\x96\xd1\x8f" },      /* -ією: -ія */
    { "uk", "\xd1\x96\xd1\x97", "\xd1\x96\xd1\x8f" },              /* Румун|ії: -ія */
    { "uk", "\xd1\x96\xd1\x8e", "\xd1\x96\xd1\x8f" },              /* -ію: -ія */
    { "uk", "\xd0\xbe\xd1\x8e", "\xd0\xb0" },                      /* Москв|ою: -а */
    { "uk", "\xd0\xbe\xd0\xbc", "" },                                /* Лондон|ом */
    { "uk", "\xd1\x96", "\xd0\xb0" },                                /* Констанц|і: -а */
    { "uk", "\xd0\xb8", "\xd0\xb0" },                                /* Констанц|и: -а */
    { "uk", "\xd1\x83", "\xd0\xb0" },                                /* Москв|у: -а */
    { "uk", "\xd0\xb0", "" },                                          /* Лондон|а */
    { "uk", "\xd1\x96", "" },                                          /* Лондон|і */
    { "el", "\xce\xb1\xcf\x82", "\xce\xb1" },                      /* Ιαπωνί|ας: -α */
    { "el", "\xce\xac\xcf\x82", "\xce\xac" },                      /* -άς: -ά */
    { "el", "\xce\xb7\xcf\x82", "\xce\xb7" },                      /* Κρήτ|ης: -η */
    { "el", "\xce\xae\xcf\x82", "\xce\xae" },                      /* -ής: -ή */
    { "el", "\xce\xbf\xcf\x85", "\xce\xbf" },                      /* Λονδίν|ου: -ο */
};

/* The place a declined Russian, Ukrainian or Greek token t names
 * ("Румынии", "Констанці", "Πορτογαλίας"), or -1: for a word that is no
 * ordinary word of the language, a case ending replaced by the
 * nominative's (the stem keeps four letters or more) gives a country,
 * a region or a city of 100,000 people or more (smaller towns share
 * their names with words and names too often). */
int32_t nf_det_declined_place(const char *text, const char *lang, const tok *t)
{
    assert(text && t);
    if (!lang || (strcmp(lang, "ru") != 0 && strcmp(lang, "uk") != 0 && strcmp(lang, "el") != 0) ||
        (t->flags & T_ALLCAPS))
        return -1;
    char w[128], b[136];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n || nf_cw_has(nf_cw_for(lang), w, n))
        return -1;
    for (size_t k = 0; k < sizeof case_endings / sizeof case_endings[0]; k++) {
        const case_ending *ce = &case_endings[k];
        size_t sl = strlen(ce->suffix), bl = strlen(ce->bare);
        if (strcmp(ce->lang, lang) != 0 || n <= sl + 7 ||   /* 4 letters of 2 bytes */
            memcmp(w + n - sl, ce->suffix, sl) != 0)
            continue;
        memcpy(b, w, n - sl);
        memcpy(b + n - sl, ce->bare, bl);
        int32_t p = nf_det_place_of(b, 0, n - sl + bl);
        if (p >= 0 && (nf_places[p].kind != NF_PLACE_CITY || nf_places[p].population >= 100000))
            return p;
    }
    return -1;
}
