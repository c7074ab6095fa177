/* triggers.c - the words that make a sentence report an incident.
 *
 * An incident's kind is keyed by a trigger word in the sentence.  The six
 * kinds of the issue (strike, attack, meeting, agreement, pledge,
 * sanction) use the per-language lists of lexicon.c; this file adds the
 * kinds news needs beyond them (disaster, accident, protest, deal: a
 * merger or takeover) in every table language, and all ten kinds for
 * languages that have no lexicon table (el, hi, ko, sv).  Lists are in the
 * matching form (case folded), '|'-separated, '*' for a stem, as in
 * lexicon.c.  Labour strikes ("sciopero", "ストライキ") are protests here,
 * never military strikes.
 */
#include <assert.h>
#include <string.h>

#include "facts_int.h"

typedef struct trig_lang {
    const char *code;
    const char *kind[NF_INC_N];   /* indexed by NF_INC_*; NULL: none here */
} trig_lang;

#define K(d, ac, st, at, pr, de, sa, pl, ag, me) { d, ac, st, at, pr, de, sa, pl, ag, me }

static const trig_lang trig[] = {
    { "en", K("storm|storms|hurricane|typhoon|cyclone|flood|floods|flooding|earthquake|quake|wildfire|landslide|tsunami|gale|gales|blizzard",
              "crash|crashed|collision|collided|derailed|derailment|capsized|shipwreck|ran aground|broke its moorings",
              NULL, NULL,
              "protest|protests|protested|protesters|demonstration|demonstrations|demonstrators|rally|walkout|blockade|blockaded",
              "merger|mergers|merge|acquisition|takeover|buyout|all-share",
              NULL, NULL, NULL, NULL) },
    { "it", K("tempesta|tempeste|maltempo|uragano|alluvion*|inondazion*|terremoto|sisma|frana|burrasca|mareggiat*",
              "incidente|scontro|naufragi*|deragliament*|schiant*|collisione",
              NULL, NULL,
              "protest*|manifestazion*|manifestant*|corteo|sciopero|scioperi|presidio",
              "fusione|fusioni|acquisizion*",
              NULL, NULL, NULL, NULL) },
    { "ro", K("furtun*|uragan*|inundați*|inundati*|cutremur*|viscol*|vijeli*",
              "accident*|coliziun*|naufragi*|deraier*",
              NULL, NULL,
              "protest*|manifestați*|manifestanți|grevă|greva",
              "fuziun*|achiziți*|preluar*",
              NULL, NULL, NULL, NULL) },
    { "de", K("sturm|stürme|sturms|orkan*|unwetter*|überschwemmung*|hochwasser|erdbeben|waldbrand*|erdrutsch*",
              "unfall|unglück|zusammenstoß|kollision|entgleis*|gekentert|havarie",
              NULL, NULL,
              "protest*|demonstration*|demonstrant*|kundgebung*|streik*|blockade*",
              "fusion|fusionen|fusionier*|übernahme*|zusammenschluss",
              NULL, NULL, NULL, NULL) },
    { "fr", K("tempête*|tempete*|ouragan*|inondation*|séisme*|seisme*|tremblement de terre|crue|crues",
              "accident|accidents|collision*|naufrage*|déraill*",
              NULL, NULL,
              "manifestation*|manifestant*|protest*|grève*|rassemblement*|blocage*",
              "fusion|fusionn*|rachat|acquisition*",
              NULL, NULL, NULL, NULL) },
    { "es", K("tormenta*|temporal|huracán|huracan|inundaci*|terremoto*|sismo*",
              "accidente*|choque|colisión|naufragio|descarril*",
              NULL, NULL,
              "protesta*|manifestaci*|manifestante*|huelga*|bloqueo*",
              "fusión|fusion|fusionar*|adquisición*|adquisicion*",
              NULL, NULL, NULL, NULL) },
    { "pt", K("tempestade*|temporal|furacão|inundaç*|cheias|terremoto*|sismo*",
              "acidente*|colisão|naufrágio|descarril*",
              NULL, NULL,
              "protesto*|manifestaç*|manifestante*|greve*|bloqueio*",
              "fusão|fusao|aquisição*|aquisiç*",
              NULL, NULL, NULL, NULL) },
    { "ru", K("шторм*|буря|бури|бурю|бурей|ураган*|наводнени*|землетрясени*|паводок*|оползн*",
              "авари*|крушени*|столкновени*|катастроф*",
              NULL, NULL,
              "протест*|митинг*|демонстраци*|забастов*",
              "слияни*|поглощени*",
              NULL, NULL, NULL, NULL) },
    { "uk", K("шторм*|буря|бурі|бурю|бурею|ураган*|повін*|землетрус*|зсув*",
              "авар*|катастроф*|зіткненн*",
              NULL, NULL,
              "протест*|мітинг*|демонстраці*|страйк*",
              "злиття|поглинанн*",
              NULL, NULL, NULL, NULL) },
    { "pl", K("burz*|sztorm*|huragan*|powódź|powodzi*|trzęsieni* ziemi|osuwisk*",
              "wypadek|wypadku|wypadki|katastrof*|zderzeni*|kolizj*",
              NULL, NULL,
              "protest*|demonstracj*|manifestacj*|strajk*",
              "fuzj*|przejęci*",
              NULL, NULL, NULL, NULL) },
    { "tr", K("fırtına*|kasırga*|sel|seller|deprem*|heyelan*",
              "kaza|kazada|kazası|kazasında|çarpıșma*",
              NULL, NULL,
              "protesto*|gösteri*|grev*",
              "birleșme*|satın alma*",
              NULL, NULL, NULL, NULL) },
    { "ar", K("عاصفة|العاصفة|إعصار|فيضان*|زلزال|الزلزال",
              "حادث|تصادم",
              NULL, NULL,
              "احتجاج*|مظاهرة|مظاهرات|إضراب",
              "اندماج|الاندماج|استحواذ|الاستحواذ",
              NULL, NULL, NULL, NULL) },
    { "ja", K("嵐|暴風|台風|洪水|地震|豪雨|津波|土砂崩れ",
              "事故|衝突|座礁|沈没|脱線",
              NULL, NULL,
              "抗議|デモ|ストライキ",
              "合併|経営統合|買収",
              NULL, NULL, NULL, NULL) },
    { "zh", K("风暴|暴风|台风|洪水|地震|暴雨|海啸|飓风|泥石流",
              "事故|相撞|碰撞|沉没|脱轨|坠毁",
              NULL, NULL,
              "抗议|示威|罢工",
              "合并|并购|收购",
              NULL, NULL, NULL, NULL) },
    { "el", K("καταιγίδ*|θύελλ*|σεισμ*|πλημμύρ*",
              "ατύχημα*|σύγκρουσ*|ναυάγι*",
              "βομβαρδισμ*|πύραυλ*",
              "επίθεσ*|έκρηξ*",
              "διαμαρτυρ*|διαδήλω*|απεργ*|κινητοποίησ*",
              "συγχώνευσ*|εξαγορ*",
              "κυρώσ*",
              "δεσμεύ*|υποσχέθηκ*",
              "συμφωνί*|υπέγραψ*|υπογραφ*|συνθήκ*|εκεχειρί*",
              "σύνοδ*|συνάντησ*|συνομιλί*|διάσκεψ*") },
    { "hi", K("तूफान|तूफ़ान|बाढ़|भूकंप",
              "दुर्घटना|हादसा|टक्कर",
              "हवाई हमला|मिसाइल|बमबारी",
              "हमला|हमले|विस्फोट",
              "विरोध प्रदर्शन|प्रदर्शन|हड़ताल",
              "विलय|अधिग्रहण",
              "प्रतिबंध",
              "वादा|प्रतिबद्ध*|योगदान",
              "समझौता|समझौते|संधि|हस्ताक्षर|युद्धविराम",
              "शिखर सम्मेलन|सम्मेलन|बैठक|वार्ता") },
    { "ko", K("폭풍|태풍|홍수|지진|폭우",
              "사고|충돌|좌초|침몰",
              "공습|미사일|폭격",
              "공격|폭발",
              "시위|항의|파업",
              "합병|인수",
              "제재",
              "약속|공약|출연",
              "협정|합의|조약|서명|휴전",
              "정상회의|회담|회의|회동") },
    { "sv", K("storm|stormen|orkan*|översvämning*|jordbävning*",
              "olycka*|olyckan|kollision*|grundstötning|förlis*",
              "robotanfall*|flyganfall*|bombning*|beskjutning*",
              "attack*|anfall*|explosion*",
              "protest*|demonstration*|strejk*",
              "fusion*|sammanslagning*|samgående*|förvärv*|uppköp*",
              "sanktion*",
              "utlovad*|lovade|åtagande*",
              "avtal*|överenskommelse*|undertecknad*|fördrag*|vapenvila*",
              "möte|mötet|toppmöte*|samtal|konferens*") },
};

static const char *const kind_names[NF_INC_N] = {
    "disaster", "accident", "strike", "attack", "protest", "deal",
    "sanction", "pledge", "agreement", "meeting"
};

const char *nf_fx_incident_kind_name(int kind)
{
    assert(kind >= 0 && kind < NF_INC_N);
    return kind_names[kind];
}

/* Weapon nouns, in every table language at once (matching form): words
 * that the strike lists hold because a strike is often named by its
 * weapon ("missiles hit the port"), but that also name equipment in talk
 * of aid, plans or monitoring ("drones, sensors and satellites"). */
static const char weapons[] =
    "missile|missiles|missil*|misil*|míssil|mísseis|rocket|rockets|"
    "rachet*|rakete*|rakiet*|dron*|drohne*|füze*|"
    "ракет*|дрон*|беспилотник*|безпілотник*|"
    "ミサイル|ドローン|导弹|無人機|无人机|"
    "صاروخ*|صواريخ*|مسيرة|مسيرات|طائرة مسيرة|طائرات مسيرة";

int nf_fx_weapon_word(const nf_fx_doc *d, size_t i, size_t end)
{
    assert(d && i <= end && end <= d->nlen);
    return nf_fx_match(d, i, weapons, NULL, NULL) == end - i;
}

/* Verbs of hitting in the strike lists (matching form): "colpito" and
 * "ударил" tell a strike when a missile hits, an accident when a ship
 * hits a pier. */
static const char hits[] =
    "colpit*|colpì|colpisce|colpiscono|ударил*|ударился|ударилось|"
    "вдарил*|вдарив|вдарився|вдарилася|вдарилося|uderzył*|uderzyło";

int nf_fx_hit_word(const nf_fx_doc *d, size_t i, size_t end)
{
    assert(d && i <= end && end <= d->nlen);
    return nf_fx_match(d, i, hits, NULL, NULL) == end - i;
}

int nf_fx_weapon_in(const nf_fx_doc *d, size_t ns, size_t ne)
{
    assert(d && ns <= ne && ne <= d->nlen);
    for (size_t j = ns; j < ne; j++) {
        if (((unsigned char)d->norm[j] & 0xC0) == 0x80 || !nf_fx_word_start(d, j))
            continue;
        if (nf_fx_match(d, j, weapons, NULL, NULL))
            return 1;
    }
    return 0;
}

/* Lexicon field of the six kinds lexicon.c has, or (size_t)-1. */
static size_t lexicon_field(int kind)
{
    switch (kind) {
    case NF_INC_STRIKE: return NF_FX_FIELD(strike);
    case NF_INC_ATTACK: return NF_FX_FIELD(attack);
    case NF_INC_MEETING: return NF_FX_FIELD(meeting);
    case NF_INC_AGREEMENT: return NF_FX_FIELD(agreement);
    case NF_INC_PLEDGE: return NF_FX_FIELD(pledge);
    case NF_INC_SANCTION: return NF_FX_FIELD(sanction);
    default: return (size_t)-1;
    }
}

int nf_fx_trigger(const nf_fx_doc *d, size_t i, size_t *end)
{
    assert(d && end && i < d->nlen);
    if (!nf_fx_word_start(d, i))
        return -1;
    const char *code = d->lang ? d->lang->code : NULL;
    for (int k = 0; k < NF_INC_N; k++) {
        size_t best = 0;
        size_t f = lexicon_field(k);
        if (f != (size_t)-1)
            best = nf_fx_match_field(d, i, f, NULL, NULL);
        for (size_t t = 0; t < sizeof trig / sizeof trig[0] && !best; t++) {
            if (!trig[t].kind[k] || (code && strcmp(code, trig[t].code)))
                continue;
            best = nf_fx_match(d, i, trig[t].kind[k], NULL, NULL);
        }
        if (best) {
            *end = i + best;
            return k;
        }
    }
    return -1;
}
