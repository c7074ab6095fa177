/* detect_vessel.c - ships are named after people and with ordinary
 * words ("Kaliakra Trader", "Admiral Kuznetsov"): what tells a vessel is
 * the noun of a ship's kind before its name ("the bulk carrier Kaliakra
 * Trader", "балкер «Калиакра Трейдер»", "Massengutfrachter"), and the
 * same name elsewhere in the article is the same vessel.  Used by
 * detect_cased.c to type such runs other, not person.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <string.h>

#include "text/text.h"

/* Is the lower-case word w[0..n) a noun of a ship's kind (ship, bulk
 * carrier, tanker, ferry, warship ...) in one of the languages detected,
 * or a German or Dutch compound ending in one ("Massengutfrachter",
 * "vrachtschip")?  Ships are named after people and with ordinary
 * words ("Kaliakra Trader", "Admiral Kuznetsov"), so the noun before
 * the name is what tells. */
static int vessel_noun(const char *w, size_t n)
{
    static const char *const nouns[] = {
        /* en */ "ship", "vessel", "carrier", "tanker", "freighter", "trawler", "ferry",
        "tug", "tugboat", "barge", "liner", "yacht", "frigate", "destroyer", "warship",
        "icebreaker", "schooner", "submarine", "containership",
        /* it */ "nave", "mercantile", "petroliera", "portarinfuse", "traghetto",
        "peschereccio", "rimorchiatore", "portacontainer", "motonave", "fregata",
        "sottomarino",
        /* es, pt */ "buque", "barco", "carguero", "petrolero", "granelero", "pesquero",
        "remolcador", "portacontenedores", "navio", "cargueiro", "petroleiro",
        "graneleiro", "rebocador", "fragata",
        /* fr */ "navire", "cargo", "vraquier", "p\xc3\xa9trolier", "chalutier",
        "remorqueur", "fr\xc3\xa9gate", "paquebot", "porte-conteneurs",
        /* ro (with the article) */ "nava", "navei", "vasul", "vasului", "cargoul",
        "cargobotul", "petrolierul", "mineralierul", "feribotul", "remorcherul",
        /* de, nl (compounds below) */ "schiff", "frachter", "tanker", "f\xc3\xa4hre",
        "kutter", "schlepper", "fregatte", "schip", "veerboot", "sleepboot",
        /* ru */ "\xd1\x81\xd1\x83\xd0\xb4\xd0\xbd\xd0\xbe",             /* судно */
        "\xd1\x81\xd1\x83\xd0\xb4\xd0\xbd\xd0\xb0",                      /* судна */
        "\xd0\xb1\xd0\xb0\xd0\xbb\xd0\xba\xd0\xb5\xd1\x80",              /* балкер */
        "\xd0\xb1\xd0\xb0\xd0\xbb\xd0\xba\xd0\xb5\xd1\x80\xd0\xb0",      /* балкера */
        "\xd1\x82\xd0\xb0\xd0\xbd\xd0\xba\xd0\xb5\xd1\x80",              /* танкер */
        "\xd1\x82\xd0\xb0\xd0\xbd\xd0\xba\xd0\xb5\xd1\x80\xd0\xb0",      /* танкера */
        "\xd1\x81\xd1\x83\xd1\x85\xd0\xbe\xd0\xb3\xd1\x80\xd1\x83\xd0\xb7", /* сухогруз */
        "\xd1\x82\xd0\xb5\xd0\xbf\xd0\xbb\xd0\xbe\xd1\x85\xd0\xbe\xd0\xb4", /* теплоход */
        "\xd0\xba\xd0\xbe\xd1\x80\xd0\xb0\xd0\xb1\xd0\xbb\xd1\x8c",      /* корабль */
        "\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbc",                      /* паром */
        /* uk */ "\xd1\x81\xd1\x83\xd1\x85\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd1\x82\xd0\xb0\xd0\xb6", /* суховантаж */
        "\xd1\x82\xd0\xb5\xd0\xbf\xd0\xbb\xd0\xbe\xd1\x85\xd1\x96\xd0\xb4", /* теплохід */
        "\xd0\xba\xd0\xbe\xd1\x80\xd0\xb0\xd0\xb1\xd0\xb5\xd0\xbb\xd1\x8c", /* корабель */
        "\xd0\xbf\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbc",                      /* пором */
        /* el */ "\xcf\x80\xce\xbb\xce\xbf\xce\xaf\xce\xbf",             /* πλοίο */
        "\xcf\x80\xce\xbb\xce\xbf\xce\xaf\xce\xbf\xcf\x85",              /* πλοίου */
        "\xcf\x86\xce\xbf\xcf\x81\xcf\x84\xce\xb7\xce\xb3\xcf\x8c",      /* φορτηγό */
        "\xcf\x83\xce\xba\xce\xac\xcf\x86\xce\xbf\xcf\x82",              /* σκάφος */
        "\xce\xb4\xce\xb5\xce\xbe\xce\xb1\xce\xbc\xce\xb5\xce\xbd\xcf\x8c\xcf\x80\xce\xbb\xce\xbf\xce\xb9\xce\xbf", /* δεξαμενόπλοιο */
    };
    static const char *const heads[] = { "schiff", "frachter", "tanker", "f\xc3\xa4hre", "schip",
                                          "boot" };
    assert(w && n);
    for (size_t k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
        if (nouns[k][0] == w[0] && strlen(nouns[k]) == n && memcmp(nouns[k], w, n) == 0)
            return 1;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t h = strlen(heads[k]);
        if (n >= h + 3 && w[n - 1] == heads[k][h - 1] && memcmp(w + n - h, heads[k], h) == 0)
            return 1;
    }
    return 0;
}

/* Does a ship's noun stand right before token i (same sentence, nothing
 * but spaces and an opening quote between: "the bulk carrier Kaliakra
 * Trader", "балкер «Калиакра Трейдер»", "Massengutfrachter „Kaliakra
 * Trader“")?  Then the run names a vessel, not a person. */
int nf_det_vessel_before(const char *text, const tok_vec *tv, size_t i)
{
    assert(i < tv->n);
    if (i == 0 || tv->v[i - 1].sent != tv->v[i].sent || tv->v[i - 1].script != SC_CASED)
        return 0;
    const tok *t = &tv->v[i - 1];
    const char *p = text + t->e, *end = text + tv->v[i].s;
    while (p < end) {
        unsigned c;
        p += nf_utf8_decode(p, end, &c);
        if (c != ' ' && c != 0xA0 && c != '"' && c != 0x201C && c != 0x201E && c != 0xAB &&
            c != 0x2018)
            return 0;
    }
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && vessel_noun(w, n);
}

/* Is token t a ship's noun (vessel_noun)? */
int nf_det_vessel_noun_tok(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && vessel_noun(w, n);
}

/* Does the article name a vessel with the words of the run [i, j]: is
 * the same run of words (same bytes) written right after a ship's noun
 * anywhere in it (vessel_before)?  "the basin where the Kaliakra Trader
 * ran aground", after "the bulk carrier Kaliakra Trader". */
int nf_det_vessel_named(const char *text, const tok_vec *tv, size_t i, size_t j)
{
    assert(i <= j && j < tv->n);
    const char *name = text + tv->v[i].s;
    size_t n = tv->v[j].e - tv->v[i].s;
    if (nf_det_vessel_before(text, tv, i))
        return 1;
    for (size_t k = 1; k + (j - i) < tv->n; k++) {
        const tok *t = &tv->v[k], *last = &tv->v[k + (j - i)];
        if (text[t->s] == name[0] && k != i && t->e - t->s == tv->v[i].e - tv->v[i].s &&
            last->e - t->s == n &&
            memcmp(text + t->s, name, n) == 0 && nf_det_vessel_before(text, tv, k))
            return 1;
    }
    return 0;
}
