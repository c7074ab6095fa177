/* detect_romanian.c - Romanian names of places with the enclitic article.
 * Romanian joins its definite article to the noun, place names included:
 * "Kiev" becomes "Kievul" (the Kiev), "Kievului" (of Kiev), "Ucraina"
 * "Ucrainei" (of Ukraine), "Chișinău" "Chișinăului".  The gazetteer
 * writes the bare name only, so a capitalised single word of a Romanian
 * text that is no place is looked up again with such an ending replaced
 * by the bare form's: -ului, -lui and -ul dropped (masculine and neuter
 * nouns), -ei put back to -a (feminine nouns in -a).  The stem keeps at
 * least four letters and the word must not be an ordinary word of the
 * language, so short or common words do not land on a place by chance.
 * The same idea as the fold stage's case endings of Russian and Greek
 * (src/fold/place_words.c), for detection and for Romanian.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "entities/common_words.h"

/* One ending: the written suffix and what the bare name has instead. */
typedef struct {
    const char *suffix;
    const char *bare;
} ro_ending;

static const ro_ending ro_endings[] = {
    {"ului", ""}, /* Kievului -> Kiev, Berlinului -> Berlin */
    {"lui", ""},  /* Chișinăului -> Chișinău */
    {"ul", ""},   /* Kievul -> Kiev */
    {"ei", "a"},  /* Ucrainei -> Ucraina, Poloniei -> Polonia */
};

/* Number of UTF-8 code points in s[0..n). */
static size_t code_points(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

int32_t nf_det_romanian_article_place(const char *text, const char *lang, const tok *t)
{
    assert(text && t);
    if (!lang || strcmp(lang, "ro") != 0 || t->e <= t->s || (t->flags & T_ALLCAPS))
        return -1;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n || nf_cw_has(nf_cw_for(lang), w, n))
        return -1;
    for (size_t k = 0; k < sizeof ro_endings / sizeof ro_endings[0]; k++) {
        size_t sl = strlen(ro_endings[k].suffix), bl = strlen(ro_endings[k].bare);
        if (n <= sl || memcmp(w + n - sl, ro_endings[k].suffix, sl) != 0)
            continue;
        size_t stem = n - sl;
        if (code_points(w, stem) < 4 || stem + bl >= sizeof w)
            continue;
        char b[128];
        memcpy(b, w, stem);
        memcpy(b + stem, ro_endings[k].bare, bl);
        int32_t p = nf_det_place_of(b, 0, stem + bl);
        if (p >= 0)
            return p;
    }
    return -1;
}
