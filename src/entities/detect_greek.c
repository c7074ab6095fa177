/* detect_greek.c - two tests the Greek reading of a capitalised run
 * needs (detect_cased.c): does a word end as a genitive does, and does
 * the article write the rest of a run without its first word?  A title's
 * complement in the genitive stands between the title and a name
 * ("Επίτροπος Ωκεανών και Αλιείας Ιλόνα Βάργκα"); endings tell it from
 * a name's first word, where some given names end alike ("Ηλίας"), the
 * article's other mentions do.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

int nf_det_greek_genitive(const char *text, const tok *t)
{
    assert(text && t);
    static const char *const sure[] = {
        "\xce\xbf\xcf\x85", "\xce\xbf\xcf\x8d", "\xcf\x89\xce\xbd", "\xcf\x8e\xce\xbd"
    };
    static const char *const maybe[] = {
        "\xce\xb1\xcf\x82", "\xce\xac\xcf\x82", "\xce\xb7\xcf\x82", "\xce\xae\xcf\x82"
    };
    size_t n = t->e - t->s;
    if (n <= 6)
        return 0;
    for (size_t k = 0; k < sizeof sure / sizeof sure[0]; k++)
        if (memcmp(text + t->e - 4, sure[k], 4) == 0)
            return k >= 2 ? 3 : 2;
    /* -είας / -ειας: ε and ι (or ί) before -ας */
    if (n >= 8 && memcmp(text + t->e - 4, maybe[0], 4) == 0 &&
        (memcmp(text + t->e - 8, "\xce\xb5\xce\xaf", 4) == 0 ||
         memcmp(text + t->e - 8, "\xce\xb5\xce\xb9", 4) == 0))
        return 3;
    for (size_t k = 0; k < sizeof maybe / sizeof maybe[0]; k++)
        if (memcmp(text + t->e - 4, maybe[k], 4) == 0)
            return 1;
    return 0;
}

int nf_det_named_without(const char *text, const tok_vec *tv, size_t i, size_t j)
{
    assert(text && tv && i < j && j < tv->n);
    size_t w = j - i;
    for (size_t p = 0; p + w <= tv->n; p++) {
        if (p == i + 1)
            continue;
        size_t q = 0;
        while (q < w && tv->v[p + q].e - tv->v[p + q].s == tv->v[i + 1 + q].e - tv->v[i + 1 + q].s &&
               memcmp(text + tv->v[p + q].s, text + tv->v[i + 1 + q].s,
                      tv->v[p + q].e - tv->v[p + q].s) == 0)
            q++;
        if (q < w)
            continue;
        if (p == 0 || tv->v[p - 1].e - tv->v[p - 1].s != tv->v[i].e - tv->v[i].s ||
            memcmp(text + tv->v[p - 1].s, text + tv->v[i].s, tv->v[i].e - tv->v[i].s) != 0)
            return 1;
    }
    return 0;
}
