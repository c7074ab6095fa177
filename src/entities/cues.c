/* cues.c - adjectives and inhabitant nouns of places that the
 * gazetteer's prefix rule cannot derive (see cues.h).
 *
 * German adjectives are written as stems ending in -isch or -sch and take
 * the strong and weak endings (-, -e, -en, -er, -es, -em); German nouns of
 * inhabitants take -, -n, -in, -innen, -s, -r.  English adjectives are
 * listed whole (a plural -s is accepted: "Serbs").  Each entry names its
 * place by the gazetteer's English matching form, looked up on use; an
 * entry without a place ("kurdisch", "arabisch") still counts as an
 * adjective of a people.  The lists are the project's own writing.
 */
#include "entities/cues.h"

#include <assert.h>
#include <string.h>

#include "entities/places.h"

typedef struct cue_entry {
    const char *lang;
    const char *stem;
    const char *place;       /* English matching form, "" = none */
    int noun;                /* inhabitant noun (German) */
} cue_entry;

static const cue_entry entries[] = {
    { "de", "deutsch", "germany", 0 }, { "de", "ostdeutsch", "germany", 0 },
    { "de", "westdeutsch", "germany", 0 }, { "de", "amerikanisch", "united states", 0 },
    { "de", "britisch", "united kingdom", 0 }, { "de", "englisch", "united kingdom", 0 },
    { "de", "schottisch", "united kingdom", 0 }, { "de", "französisch", "france", 0 },
    { "de", "italienisch", "italy", 0 }, { "de", "spanisch", "spain", 0 },
    { "de", "portugiesisch", "portugal", 0 }, { "de", "russisch", "russia", 0 },
    { "de", "sowjetisch", "russia", 0 }, { "de", "chinesisch", "china", 0 },
    { "de", "japanisch", "japan", 0 }, { "de", "koreanisch", "south korea", 0 },
    { "de", "südkoreanisch", "south korea", 0 }, { "de", "nordkoreanisch", "north korea", 0 },
    { "de", "türkisch", "turkey", 0 }, { "de", "polnisch", "poland", 0 },
    { "de", "österreichisch", "austria", 0 }, { "de", "schweizerisch", "switzerland", 0 },
    { "de", "niederländisch", "netherlands", 0 }, { "de", "holländisch", "netherlands", 0 },
    { "de", "belgisch", "belgium", 0 }, { "de", "luxemburgisch", "luxembourg", 0 },
    { "de", "europäisch", "europe", 0 }, { "de", "israelisch", "israel", 0 },
    { "de", "palästinensisch", "palestine", 0 }, { "de", "arabisch", "", 0 },
    { "de", "irakisch", "iraq", 0 }, { "de", "iranisch", "iran", 0 },
    { "de", "syrisch", "syria", 0 }, { "de", "libanesisch", "lebanon", 0 },
    { "de", "jordanisch", "jordan", 0 }, { "de", "ägyptisch", "egypt", 0 },
    { "de", "libysch", "libya", 0 }, { "de", "algerisch", "algeria", 0 },
    { "de", "marokkanisch", "morocco", 0 }, { "de", "tunesisch", "tunisia", 0 },
    { "de", "afrikanisch", "africa", 0 }, { "de", "südafrikanisch", "south africa", 0 },
    { "de", "serbisch", "serbia", 0 }, { "de", "kroatisch", "croatia", 0 },
    { "de", "bosnisch", "bosnia and herzegovina", 0 }, { "de", "slowenisch", "slovenia", 0 },
    { "de", "albanisch", "albania", 0 }, { "de", "mazedonisch", "north macedonia", 0 },
    { "de", "griechisch", "greece", 0 }, { "de", "bulgarisch", "bulgaria", 0 },
    { "de", "rumänisch", "romania", 0 }, { "de", "ungarisch", "hungary", 0 },
    { "de", "tschechisch", "czechia", 0 }, { "de", "slowakisch", "slovakia", 0 },
    { "de", "ukrainisch", "ukraine", 0 }, { "de", "weißrussisch", "belarus", 0 },
    { "de", "litauisch", "lithuania", 0 }, { "de", "lettisch", "latvia", 0 },
    { "de", "estnisch", "estonia", 0 }, { "de", "finnisch", "finland", 0 },
    { "de", "schwedisch", "sweden", 0 }, { "de", "norwegisch", "norway", 0 },
    { "de", "dänisch", "denmark", 0 }, { "de", "isländisch", "iceland", 0 },
    { "de", "irisch", "ireland", 0 }, { "de", "nordirisch", "united kingdom", 0 },
    { "de", "kanadisch", "canada", 0 }, { "de", "mexikanisch", "mexico", 0 },
    { "de", "brasilianisch", "brazil", 0 }, { "de", "argentinisch", "argentina", 0 },
    { "de", "chilenisch", "chile", 0 }, { "de", "kolumbianisch", "colombia", 0 },
    { "de", "peruanisch", "peru", 0 }, { "de", "venezolanisch", "venezuela", 0 },
    { "de", "kubanisch", "cuba", 0 }, { "de", "indisch", "india", 0 },
    { "de", "pakistanisch", "pakistan", 0 }, { "de", "afghanisch", "afghanistan", 0 },
    { "de", "indonesisch", "indonesia", 0 }, { "de", "vietnamesisch", "vietnam", 0 },
    { "de", "thailändisch", "thailand", 0 }, { "de", "philippinisch", "philippines", 0 },
    { "de", "australisch", "australia", 0 }, { "de", "neuseeländisch", "new zealand", 0 },
    { "de", "kurdisch", "", 0 }, { "de", "tschetschenisch", "", 0 },
    { "de", "georgisch", "georgia", 0 }, { "de", "armenisch", "armenia", 0 },
    { "de", "aserbaidschanisch", "azerbaijan", 0 }, { "de", "kasachisch", "kazakhstan", 0 },
    { "de", "jugoslawisch", "", 0 }, { "de", "asiatisch", "asia", 0 },
    { "de", "lateinamerikanisch", "", 0 }, { "de", "saudiarabisch", "saudi arabia", 0 },
    { "de", "nigerianisch", "nigeria", 0 }, { "de", "kenianisch", "kenya", 0 },
    { "de", "ruandisch", "rwanda", 0 }, { "de", "somalisch", "somalia", 0 },
    { "de", "sudanesisch", "sudan", 0 }, { "de", "äthiopisch", "ethiopia", 0 },
    { "de", "zyprisch", "cyprus", 0 }, { "de", "maltesisch", "malta", 0 },
    { "de", "taiwanesisch", "taiwan", 0 }, { "de", "angolanisch", "angola", 0 },
    { "de", "moldawisch", "moldova", 0 }, { "de", "usbekisch", "uzbekistan", 0 },
    { "de", "tadschikisch", "tajikistan", 0 }, { "de", "baltisch", "", 0 },
    { "de", "skandinavisch", "", 0 }, { "de", "katalanisch", "", 0 },
    { "de", "baskisch", "", 0 }, { "de", "bayerisch", "", 0 },
    { "de", "sächsisch", "", 0 }, { "de", "hessisch", "", 0 },
    { "de", "schwäbisch", "", 0 }, { "de", "westfälisch", "", 0 },
    { "de", "thüringisch", "", 0 }, { "de", "brandenburgisch", "", 0 },
    { "de", "niedersächsisch", "", 0 }, { "de", "württembergisch", "", 0 },
    { "de", "badisch", "", 0 }, { "de", "pfälzisch", "", 0 },
    { "de", "saarländisch", "", 0 }, { "de", "mecklenburgisch", "", 0 },
    { "de", "fränkisch", "", 0 }, { "de", "friesisch", "", 0 },
    { "de", "holsteinisch", "", 0 }, { "de", "tirolerisch", "", 0 },
    { "de", "amerikaner", "united states", 1 },
    { "de", "brite", "united kingdom", 1 }, { "de", "engländer", "united kingdom", 1 },
    { "de", "franzose", "france", 1 }, { "de", "französin", "france", 1 },
    { "de", "italiener", "italy", 1 }, { "de", "spanier", "spain", 1 },
    { "de", "portugiese", "portugal", 1 }, { "de", "russe", "russia", 1 },
    { "de", "russin", "russia", 1 }, { "de", "chinese", "china", 1 },
    { "de", "japaner", "japan", 1 }, { "de", "türke", "turkey", 1 },
    { "de", "österreicher", "austria", 1 }, { "de", "schweizer", "switzerland", 1 },
    { "de", "niederländer", "netherlands", 1 }, { "de", "holländer", "netherlands", 1 },
    { "de", "belgier", "belgium", 1 }, { "de", "israeli", "israel", 1 },
    { "de", "palästinenser", "palestine", 1 }, { "de", "araber", "", 1 },
    { "de", "iraker", "iraq", 1 }, { "de", "iraner", "iran", 1 },
    { "de", "syrer", "syria", 1 }, { "de", "serbe", "serbia", 1 },
    { "de", "kroate", "croatia", 1 }, { "de", "bosnier", "bosnia and herzegovina", 1 },
    { "de", "albaner", "albania", 1 }, { "de", "grieche", "greece", 1 },
    { "de", "ukrainer", "ukraine", 1 }, { "de", "tscheche", "czechia", 1 },
    { "de", "schwede", "sweden", 1 }, { "de", "norweger", "norway", 1 },
    { "de", "däne", "denmark", 1 }, { "de", "finne", "finland", 1 },
    { "de", "kanadier", "canada", 1 }, { "de", "mexikaner", "mexico", 1 },
    { "de", "brasilianer", "brazil", 1 }, { "de", "inder", "india", 1 },
    { "de", "afghane", "afghanistan", 1 }, { "de", "australier", "australia", 1 },
    { "de", "kurde", "", 1 }, { "de", "tschetschene", "", 1 },
    { "de", "europäer", "europe", 1 }, { "de", "afrikaner", "africa", 1 },
    { "de", "asiate", "asia", 1 }, { "de", "bayer", "", 1 },
    { "de", "rumäne", "romania", 1 }, { "de", "ungar", "hungary", 1 },
    { "de", "bulgare", "bulgaria", 1 }, { "de", "slowake", "slovakia", 1 },
    { "de", "slowene", "slovenia", 1 }, { "de", "litauer", "lithuania", 1 },
    { "de", "lette", "latvia", 1 },
    { "de", "balte", "", 1 }, { "de", "weißrusse", "belarus", 1 },
    { "de", "georgier", "georgia", 1 }, { "de", "armenier", "armenia", 1 },
    { "de", "ägypter", "egypt", 1 }, { "de", "libanese", "lebanon", 1 },
    { "de", "jordanier", "jordan", 1 }, { "de", "saudi", "saudi arabia", 1 },
    { "de", "pakistaner", "pakistan", 1 }, { "de", "vietnamese", "vietnam", 1 },
    { "de", "argentinier", "argentina", 1 }, { "de", "kolumbianer", "colombia", 1 },
    { "de", "peruaner", "peru", 1 }, { "de", "chilene", "chile", 1 },
    { "de", "kubaner", "cuba", 1 }, { "de", "nigerianer", "nigeria", 1 },
    { "de", "christe", "", 1 }, { "de", "moslem", "", 1 }, { "de", "muslime", "", 1 },
    { "de", "jude", "", 1 }, { "de", "islam", "", 1 }, { "de", "koran", "", 1 },
    { "en", "french", "france", 0 }, { "en", "frenchman", "france", 0 },
    { "en", "dutch", "netherlands", 0 }, { "en", "british", "united kingdom", 0 },
    { "en", "briton", "united kingdom", 0 }, { "en", "english", "united kingdom", 0 },
    { "en", "scottish", "united kingdom", 0 }, { "en", "scot", "united kingdom", 0 },
    { "en", "welsh", "united kingdom", 0 }, { "en", "irish", "ireland", 0 },
    { "en", "swiss", "switzerland", 0 }, { "en", "greek", "greece", 0 },
    { "en", "spanish", "spain", 0 }, { "en", "spaniard", "spain", 0 },
    { "en", "danish", "denmark", 0 }, { "en", "dane", "denmark", 0 },
    { "en", "swedish", "sweden", 0 }, { "en", "swede", "sweden", 0 },
    { "en", "finnish", "finland", 0 }, { "en", "finn", "finland", 0 },
    { "en", "polish", "poland", 0 }, { "en", "pole", "poland", 0 },
    { "en", "turkish", "turkey", 0 }, { "en", "turk", "turkey", 0 },
    { "en", "czech", "czechia", 0 }, { "en", "slovak", "slovakia", 0 },
    { "en", "thai", "thailand", 0 }, { "en", "filipino", "philippines", 0 },
    { "en", "pakistani", "pakistan", 0 }, { "en", "iraqi", "iraq", 0 },
    { "en", "israeli", "israel", 0 }, { "en", "saudi", "saudi arabia", 0 },
    { "en", "yemeni", "yemen", 0 }, { "en", "kuwaiti", "kuwait", 0 },
    { "en", "omani", "oman", 0 }, { "en", "qatari", "qatar", 0 },
    { "en", "bangladeshi", "bangladesh", 0 }, { "en", "afghan", "afghanistan", 0 },
    { "en", "kurdish", "", 0 }, { "en", "kurd", "", 0 }, { "en", "arab", "", 0 },
    { "en", "serb", "serbia", 0 }, { "en", "croat", "croatia", 0 },
    { "en", "bosnian", "bosnia and herzegovina", 0 }, { "en", "portuguese", "portugal", 0 },
    { "en", "chinese", "china", 0 }, { "en", "japanese", "japan", 0 },
    { "en", "vietnamese", "vietnam", 0 }, { "en", "lebanese", "lebanon", 0 },
    { "en", "sudanese", "sudan", 0 }, { "en", "congolese", "", 0 },
    { "en", "maltese", "malta", 0 }, { "en", "taiwanese", "taiwan", 0 },
    { "en", "european", "europe", 0 }, { "en", "african", "africa", 0 },
    { "en", "asian", "asia", 0 }, { "en", "palestinian", "palestine", 0 },
    { "en", "chechen", "", 0 }, { "en", "basque", "", 0 }, { "en", "catalan", "", 0 },
    { "en", "soviet", "russia", 0 }, { "en", "yugoslav", "", 0 },
    { "en", "latin", "", 0 }, { "en", "scandinavian", "", 0 },
    /* "American" is of the United States (CLDR's convention), whose names
     * ("United States", "Stati Uniti", "Statele Unite") give no such
     * adjective; the prefix rule would read it as the Americas' */
    { "en", "american", "united states", 0 },
    /* Romance languages: the adjective with its gender and number endings
     * (romance_end: "americano", "americane", "americanii") */
    { "it", "american", "united states", 0 }, { "es", "american", "united states", 0 },
    { "pt", "american", "united states", 0 }, { "ro", "american", "united states", 0 },
    { "fr", "américain", "united states", 0 },
    /* Dutch: base form, inflected with -e ("Britse", "Amerikaanse");
     * stems in -ees are listed without their last e ("chines|e") */
    { "nl", "brits", "united kingdom", 0 }, { "nl", "engels", "united kingdom", 0 },
    { "nl", "schots", "united kingdom", 0 }, { "nl", "iers", "ireland", 0 },
    { "nl", "amerikaans", "united states", 0 }, { "nl", "frans", "france", 0 },
    { "nl", "duits", "germany", 0 }, { "nl", "nederlands", "netherlands", 0 },
    { "nl", "hollands", "netherlands", 0 }, { "nl", "belgisch", "belgium", 0 },
    { "nl", "vlaams", "", 0 }, { "nl", "waals", "", 0 },
    { "nl", "spaans", "spain", 0 }, { "nl", "portuges", "portugal", 0 },
    { "nl", "italiaans", "italy", 0 }, { "nl", "zwitsers", "switzerland", 0 },
    { "nl", "oostenrijks", "austria", 0 }, { "nl", "zweeds", "sweden", 0 },
    { "nl", "noors", "norway", 0 }, { "nl", "deens", "denmark", 0 },
    { "nl", "fins", "finland", 0 }, { "nl", "pools", "poland", 0 },
    { "nl", "grieks", "greece", 0 }, { "nl", "turks", "turkey", 0 },
    { "nl", "russisch", "russia", 0 }, { "nl", "chines", "china", 0 },
    { "nl", "japans", "japan", 0 }, { "nl", "europes", "europe", 0 },
    { "nl", "afrikaans", "africa", 0 }, { "nl", "aziatisch", "asia", 0 },
    { "nl", "arabisch", "", 0 }, { "nl", "koerdisch", "", 0 },
    { "nl", "palestijns", "palestine", 0 }, { "nl", "israëlisch", "israel", 0 },
    { "nl", "joegoslavisch", "", 0 }, { "nl", "servisch", "serbia", 0 },
    { "nl", "kroatisch", "croatia", 0 }, { "nl", "bosnisch", "bosnia and herzegovina", 0 },
    { "nl", "marokkaans", "morocco", 0 }, { "nl", "iraaks", "iraq", 0 },
    { "nl", "iraans", "iran", 0 }, { "nl", "syrisch", "syria", 0 },
    { "nl", "libanes", "lebanon", 0 }, { "nl", "egyptisch", "egypt", 0 },
    { "nl", "indisch", "india", 0 }, { "nl", "pakistaans", "pakistan", 0 },
    { "nl", "sovjet", "russia", 0 },
};

/* Is s[0..n) one of the endings in list (NULL-terminated)? */
static int is_ending(const char *s, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
            return 1;
    return 0;
}

/* Gazetteer index of the place named by prefix[0..pn) + suffix (the
 * case-folded matching form: ß as ss), or -1. */
static int32_t place_with(const char *prefix, size_t pn, const char *suffix)
{
    char b[128];
    size_t o = 0, sl = strlen(suffix);
    if (pn + sl + 2 > sizeof b)
        return -1;
    for (size_t i = 0; i < pn; i++) {
        if (i + 1 < pn && (unsigned char)prefix[i] == 0xC3 &&
            (unsigned char)prefix[i + 1] == 0x9F) {
            b[o++] = 's';
            b[o++] = 's';
            i++;
        } else {
            b[o++] = prefix[i];
        }
    }
    memcpy(b + o, suffix, sl);
    return nf_place_lookup(b, o + sl);
}

/* Is w[0..n) a language's adjective + -sprachig in any inflection
 * ("französischsprachigen": the adjective is a cue of its own)? */
static int german_speaking(const char *w, size_t n, int32_t *place)
{
    static const char *const infl[] = { "en", "er", "es", "em", "e", "", NULL };
    for (size_t k = 0; infl[k]; k++) {
        size_t el = strlen(infl[k]) + 8;
        if (n > el + 4 && memcmp(w + n - el, "sprachig", 8) == 0 &&
            memcmp(w + n - el + 8, infl[k], el - 8) == 0)
            return nf_cue_demonym("de", w, n - el, place);
    }
    return 0;
}

/* German words derived from a name by rule, for places the table above
 * does not list:
 *   - an -isch adjective of a country or region in any inflection:
 *     "malaysischen" (Malaysia), "tunesische" (Tunesien), "abchasisch"
 *     (Abchasien), and of a religion or its founder ("islamischen",
 *     "buddhistisch", "christlichen", "jüdische": names too in the
 *     German annotation conventions; no place);
 *   - an -anisch adjective of a country ("haitianischen", "kenianische"),
 *     or of a country or region whose -en or -a it replaces
 *     ("sizilianisch", "nicaraguanisch"); -inisch of a region
 *     ("sachsen-anhaltinisch"); -sch after a name in -er
 *     ("hannoversch");
 *   - a language's adjective + -sprachig ("französischsprachigen").
 * w[0..n) is lower case.  Returns 1 and sets *place (or -1) when it is
 * such a word. */
static int german_derived(const char *w, size_t n, int32_t *place)
{
    if (german_speaking(w, n, place))
        return 1;
    static const char *const infl[] = { "en", "er", "es", "em", "e", "", NULL };
    static const char *const religions[] = { "islamisch", "muslimisch",
        "christlich", "jüdisch", "katholisch", "evangelisch", "protestantisch",
        "buddhistisch", "hinduistisch", "orthodox", "sunnitisch", "schiitisch",
        "lutherisch", "methodistisch", "calvinistisch", "anglikanisch",
        "zionistisch", "marxistisch", "leninistisch", "stalinistisch",
        "maoistisch", "kemalistisch", "gaullistisch", "thatcheristisch", NULL };
    *place = -1;
    /* strip an inflection ending, longest first */
    for (size_t k = 0; infl[k]; k++) {
        size_t el = strlen(infl[k]);
        if (n <= el + 4 || memcmp(w + n - el, infl[k], el) != 0)
            continue;
        size_t sn = n - el;
        for (size_t r = 0; religions[r]; r++) {
            size_t rl = strlen(religions[r]);
            /* also as the last part of a compound: "ultra-orthodoxen" */
            if (sn >= rl && memcmp(w + sn - rl, religions[r], rl) == 0 &&
                (sn == rl || w[sn - rl - 1] == '-'))
                return 1;
        }
        if (sn > 9 && memcmp(w + sn - 6, "anisch", 6) == 0) {
            int32_t p = place_with(w, sn - 6, "");
            if (p >= 0 && nf_places[p].kind == NF_PLACE_COUNTRY) {
                *place = p;      /* Haiti|anisch, Kenia|nisch */
                return 1;
            }
            /* the name's -en or -a gives way to -anisch: Sizili|en ->
             * sizilianisch, Nicaragu|a -> nicaraguanisch */
            static const char *const lost[] = { "en", "a", NULL };
            for (size_t q = 0; lost[q]; q++) {
                p = place_with(w, sn - 6, lost[q]);
                if (p >= 0 && nf_places[p].kind != NF_PLACE_CITY) {
                    *place = p;
                    return 1;
                }
            }
        }
        if (sn > 10 && memcmp(w + sn - 6, "inisch", 6) == 0) {
            int32_t p = place_with(w, sn - 6, "");
            if (p >= 0 && nf_places[p].kind != NF_PLACE_CITY) {
                *place = p;      /* Sachsen-Anhalt|inisch */
                return 1;
            }
        }
        if (sn > 8 && memcmp(w + sn - 5, "ersch", 5) == 0) {
            int32_t p = place_with(w, sn - 3, "");
            if (p >= 0) {
                *place = p;      /* Hannover|sch */
                return 1;
            }
        }
        if (sn > 8 && memcmp(w + sn - 4, "isch", 4) == 0) {
            static const char *const land[] = { "ien", "ia", "en", "a", "", "land", "us",
                                                NULL };   /* (Kaukas|us) */
            for (size_t q = 0; land[q]; q++) {
                int32_t p = place_with(w, sn - 4, land[q]);
                if (p >= 0 && nf_places[p].kind != NF_PLACE_CITY) {
                    *place = p;
                    return 1;
                }
            }
        }
    }
    return 0;
}

int32_t nf_cue_town_adjective(const char *w, size_t n)
{
    assert(w || n == 0);
    /* -er added to the name, or to the name without its -en (München ->
     * Münchner), or -r to a name in -e (Karlsruhe -> Karlsruher) */
    if (n < 6 || memcmp(w + n - 2, "er", 2) != 0)
        return -1;
    int32_t p = place_with(w, n - 2, "");
    if (p < 0 && w[n - 3] == 'n')
        p = place_with(w, n - 3, "en");
    /* (round 16) the irregular adjectives of a few cities */
    static const char *const irregular[][2] = {
        { "bremer", "bremen" }, { "hannoveraner", "hannover" },
        { "mail\xc3\xa4nder", "mailand" }, { "venezianer", "venedig" },
        { "pariser", "paris" }, { "m\xc3\xbcnsteraner", "m\xc3\xbcnster" } };
    for (size_t k = 0; p < 0 && k < sizeof irregular / sizeof irregular[0]; k++)
        if (strlen(irregular[k][0]) == n && memcmp(irregular[k][0], w, n) == 0)
            p = nf_place_lookup(irregular[k][1], strlen(irregular[k][1]));
    if (p < 0 && n >= 8) {
        /* a name in -e: Karlsruhe|r; only a city of 50,000 or more (the
         * small towns "Manage", "Felde" would make "Manager", "Felder") */
        p = place_with(w, n - 1, "");
        if (p >= 0 && nf_places[p].population < 50000)
            p = -1;
    }
    return p >= 0 && nf_places[p].kind != NF_PLACE_COUNTRY ? p : -1;
}

int nf_cue_demonym(const char *lang, const char *w, size_t n, int32_t *place)
{
    assert((w || n == 0) && place);
    static const char *const adj_end[] = { "", "e", "en", "er", "es", "em", NULL };
    static const char *const noun_end[] = { "", "n", "in", "innen", "s", "r", NULL };
    static const char *const en_end[] = { "", "s", NULL };
    static const char *const nl_end[] = { "", "e", NULL };
    static const char *const romance_end[] = { "", "o", "a", "i", "e", "os", "as", "s", "es",
                                               "ă", "ul", "ii", "ilor", "ei", "ele", "ului",
                                               NULL };
    *place = -1;
    if (!lang)
        return 0;
    if (n == 0 || !lang[0] || !lang[1])
        return 0;
    for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
        const cue_entry *e = &entries[i];
        /* cheap tests first: this runs for every capitalised word */
        if (e->stem[0] != w[0] || e->lang[0] != lang[0] || e->lang[1] != lang[1] ||
            strcmp(e->lang, lang) != 0)
            continue;
        size_t sl = strlen(e->stem);
        if (n < sl || memcmp(e->stem, w, sl) != 0)
            continue;
        const char *const *ends = strcmp(lang, "en") == 0 ? en_end
                                : strcmp(lang, "nl") == 0 ? nl_end
                                : strcmp(lang, "de") != 0 ? romance_end
                                : e->noun ? noun_end : adj_end;
        if (!is_ending(w + sl, n - sl, ends))
            continue;
        if (e->place[0])
            *place = nf_place_lookup(e->place, strlen(e->place));
        return 1;
    }
    if (strcmp(lang, "nl") == 0 && n > 6 && memcmp(w + n - 2, "se", 2) == 0) {
        /* a town's adjective: the name + -se ("Gentse", "Brusselse",
         * "Leuvense"), or its -en giving way ("Antwerpse") */
        int32_t p = place_with(w, n - 2, "");
        if (p < 0)
            p = place_with(w, n - 2, "en");
        if (p >= 0 && nf_places[p].kind == NF_PLACE_CITY) {
            *place = p;
            return 1;
        }
    }
    if (strcmp(lang, "de") == 0) {
        if (german_derived(w, n, place))
            return 1;
        /* a compass or other prefix: "nordhessischen", "ostdeutsche",
         * "südafrikanisch", "US-amerikanisch" */
        static const char *const pre[] = { "nord", "süd", "ost", "west", "mittel",
                                           "zentral", "nordost", "nordwest", "südost",
                                           "südwest", NULL };
        for (size_t k = 0; pre[k]; k++) {
            size_t pl = strlen(pre[k]);
            if (n > pl + 5 && memcmp(w, pre[k], pl) == 0) {
                size_t o = pl + (w[pl] == '-');
                if (nf_cue_demonym(lang, w + o, n - o, place))
                    return 1;
            }
        }
    }
    return 0;
}
