/* detect_words.c - word lookups shared by the detector's readers: a
 * token's lower-case form, lexicon classes and gazetteer entry; the
 * article's own sets of lower-case words and of words capitalised inside
 * sentences (so that a sentence's first word written in lower case
 * elsewhere is no name); adjectives of places and peoples (cue table,
 * then the gazetteer's prefix rule); given names of the dictionaries;
 * the readings of a mis-decoded word ("M\u0081Echen": ü and a lost
 * letter); and the mention vector.
 */
#include "entities/detect_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "entities/common_words.h"
#include "entities/cues.h"
#include "entities/curated.h"
#include "entities/lexicon.h"
#include "entities/places.h"
#include "text/text.h"
#include "core/grow.h"

size_t nf_det_lower_form(const char *text, size_t s, size_t e, char *out,
                         size_t cap)
{
    const char *p = text + s, *end = text + e;
    size_t o = 0;
    while (p < end) {
        unsigned c;
        p += nf_utf8_decode(p, end, &c);
        c = (unsigned)u_tolower((UChar32)c);
        char b[4];
        size_t n;
        if (c < 0x80) { b[0] = (char)c; n = 1; }
        else if (c < 0x800) { b[0] = (char)(0xC0 | (c >> 6)); b[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
        else if (c < 0x10000) { b[0] = (char)(0xE0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 0x3F)); b[2] = (char)(0x80 | (c & 0x3F)); n = 3; }
        else { b[0] = (char)(0xF0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 0x3F)); b[2] = (char)(0x80 | ((c >> 6) & 0x3F)); b[3] = (char)(0x80 | (c & 0x3F)); n = 4; }
        if (o + n + 1 > cap)
            return 0;
        memcpy(out + o, b, n);
        o += n;
    }
    out[o] = '\0';
    return o;
}

/* Classes a word not in the lexicon takes from a form it is made of
 * (round 17): a title with a prefix of rank ("Viceministro",
 * "Vizepräsident", "subcomisario", "вицепремьер": a title), and a
 * Romanian noun with its enclitic article or genitive ending
 * ("Ministerului", "Parlamentului", "Comitetului", "Comisiei",
 * "Prefecturii": the organisation word or title of its bare or -ul
 * form; capitalised words only, `cap`).  Only the title and
 * organisation classes pass. */
static unsigned derived_classes(const char *w, size_t n, int cap)
{
    static const char *const prefix[] = { "vice", "vize", "sub", "under",
                                          "\xD0\xB2\xD0\xB8\xD1\x86\xD0\xB5",   /* вице */
                                          "\xD0\xB2\xD1\x96\xD1\x86\xD0\xB5" }; /* віце */
    for (size_t k = 0; k < sizeof prefix / sizeof prefix[0]; k++) {
        size_t pl = strlen(prefix[k]);
        if (n >= pl + 4 && memcmp(w, prefix[k], pl) == 0) {
            size_t o = w[pl] == '-' ? pl + 1 : pl;
            unsigned c = nf_lex_classes(w + o, n - o) & NF_LEX_ROLE;
            if (c)
                return c;
        }
    }
    if (n < 7 || !cap)          /* (names and titles inside runs) */
        return 0;
    char r[132];
    unsigned c = 0;
    if (memcmp(w + n - 4, "ului", 4) == 0)          /* -ului: bare or -ul */
        c = nf_lex_classes(w, n - 4) | nf_lex_classes(w, n - 2);
    else if (memcmp(w + n - 2, "ul", 2) == 0)       /* -ul: bare */
        c = nf_lex_classes(w, n - 2);
    else if (n < sizeof r && (memcmp(w + n - 2, "ei", 2) == 0 || memcmp(w + n - 2, "ii", 2) == 0)) {
        memcpy(r, w, n - 2);                        /* -ei, -ii: -a */
        r[n - 2] = 'a';
        c = nf_lex_classes(r, n - 1);
    }
    return c & (NF_LEX_ORG | NF_LEX_ROLE);
}

unsigned nf_det_lex_of(const char *text, const tok *t)
{
    char w[128], r[132];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    unsigned c = n ? nf_lex_classes(w, n) : 0;
    if (!c && n >= 6)
        c = derived_classes(w, n, (t->flags & (T_CAP | T_ALLCAPS)) != 0);
    if (c || n > 8 || !nf_det_garbled(text, t))
        return c;
    /* a short mis-decoded function word: "F\u0081E" is "für" */
    for (unsigned k = 0; k < NF_DET_REPAIRS; k++) {
        size_t rn = nf_det_repair(w, n, k, r, sizeof r);
        unsigned rc = rn ? nf_lex_classes(r, rn) & (NF_LEX_STOP | NF_LEX_DE_DET) : 0;
        if (rc)
            return rc;
    }
    return 0;
}

size_t nf_det_repair(const char *w, size_t n, unsigned k, char *out, size_t cap)
{
    static const char *const umlauts[] = { "\xC3\xBC", "\xC3\xAB" };   /* ü ë */
    if (k >= NF_DET_REPAIRS)
        return 0;
    size_t at = n;
    for (size_t i = 0; i + 2 < n && at == n; i++)
        if ((unsigned char)w[i] == 0xC2 && (unsigned char)w[i + 1] == 0x81 &&
            (w[i + 2] == 'e' || w[i + 2] == 'E'))
            at = i;
    if (at == n || n + 1 > cap)
        return 0;
    const char *u = umlauts[k / 27];
    int lost = (int)(k % 27);              /* 0 = none, else 'a' + lost - 1 */
    size_t o = at;
    memcpy(out, w, at);
    out[o++] = u[0];
    out[o++] = u[1];
    if (lost)
        out[o++] = (char)('a' + lost - 1);
    memcpy(out + o, w + at + 3, n - at - 3);
    return o + n - at - 3;
}

/* Gazetteer index of the mis-decoded place name w[0..n) (lower case),
 * or -1: the only place among its repaired readings (nf_det_repair). */
static int32_t repaired_place(const char *w, size_t n)
{
    char r[258];
    int32_t found = -1;
    for (unsigned k = 0; k < NF_DET_REPAIRS; k++) {
        size_t rn = nf_det_repair(w, n, k, r, sizeof r);
        if (!rn)
            return found;
        int32_t p = nf_place_lookup(r, rn);
        if (p >= 0 && found >= 0 && p != found)
            return -1;      /* two readings: no guess */
        if (p >= 0)
            found = p;
    }
    return found;
}

int32_t nf_det_place_of(const char *text, size_t s, size_t e)
{
    char w[256];
    size_t n = nf_det_lower_form(text, s, e, w, sizeof w);
    if (!n)
        return -1;
    /* the table's forms have single spaces between words, and are case
     * folded: ß is ss there (Großbritannien), a final ς is σ
     * ("βρυξέλλεσ") */
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if ((unsigned char)c == 0xC3 && i + 1 < n && (unsigned char)w[i + 1] == 0x9F) {
            w[o++] = 's';
            w[o++] = 's';
            i++;
            continue;
        }
        if ((unsigned char)c == 0xCF && i + 1 < n && (unsigned char)w[i + 1] == 0x82) {
            w[o++] = (char)0xCF;
            w[o++] = (char)0x83;
            i++;
            continue;
        }
        if (c == '\n' || c == '\t')
            c = ' ';
        if (c == ' ' && (o == 0 || w[o - 1] == ' '))
            continue;
        w[o++] = c;
    }
    int32_t p = nf_place_lookup(w, o);
    return p >= 0 ? p : repaired_place(w, o);
}

uint64_t nf_det_hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

/* Counts hash h once more in the open-addressing set `set` of cap (a
 * power of two) slots. */
static void set_add(nf_det_count *set, size_t cap, uint64_t h)
{
    size_t j = h & (cap - 1);
    while (set[j].h && set[j].h != h)
        j = (j + 1) & (cap - 1);
    set[j].h = h;
    set[j].n++;
}

/* How many times hash h was counted in the set (0: absent). */
static uint32_t set_count(const nf_det_count *set, size_t cap, uint64_t h)
{
    if (!cap)
        return 0;
    size_t j = h & (cap - 1);
    while (set[j].h) {
        if (set[j].h == h)
            return set[j].n;
        j = (j + 1) & (cap - 1);
    }
    return 0;
}

/* Is hash h in the set? */
static int set_has(const nf_det_count *set, size_t cap, uint64_t h)
{
    return set_count(set, cap, h) != 0;
}

nf_status nf_det_collect_lower(nf_ent_stage *st, const char *text)
{
    size_t need = 64;
    while (need < st->toks.n * 2)
        need *= 2;
    if (need > st->lower_cap) {
        free(st->lower);
        free(st->capmid);
        st->lower = calloc(need, sizeof *st->lower);
        st->capmid = calloc(need, sizeof *st->capmid);
        if (!st->lower || !st->capmid) {
            free(st->lower);
            free(st->capmid);
            st->lower = st->capmid = NULL;
            st->lower_cap = 0;
            return NF_ERR_NOMEM;
        }
        st->lower_cap = need;
    } else {
        memset(st->lower, 0, st->lower_cap * sizeof *st->lower);
        memset(st->capmid, 0, st->lower_cap * sizeof *st->capmid);
    }
    for (size_t i = 0; i < st->toks.n; i++) {
        const tok *t = &st->toks.v[i];
        if (t->script != SC_CASED)
            continue;
        if (t->flags & T_LOWER) {
            set_add(st->lower, st->lower_cap, nf_det_hash_bytes(text + t->s, t->e - t->s));
        } else if ((t->flags & T_CAP) && !(t->flags & (T_SENT | T_OPEN | T_ALLCAPS))) {
            char w[128];
            size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
            if (n)
                set_add(st->capmid, st->lower_cap, nf_det_hash_bytes(w, n));
        }
    }
    return NF_OK;
}

/* Italian: is the lower-case word w[0..n) a verb of the first person
 * plural ("Ricordiamo", "Sappiamo", "Abbiamo": -iamo, six letters or
 * more)?  The common-word filter keeps Italian forms up to eight bytes
 * only, and no name ends so. */
static int italian_plural_verb(const char *lang, const char *w, size_t n)
{
    return lang && strcmp(lang, "it") == 0 && n >= 6 && memcmp(w + n - 4, "iamo", 4) == 0;
}

/* Russian, Ukrainian, Greek: is the lower-case word w[0..n), of ten
 * letters or more, one of the long words the language's first filter
 * leaves out (nf_cw_long_for): as written, or (ru, uk) a plural taken
 * back to its lemma, a noun's -и, -ы, -і dropped or made -ь
 * ("рятувальники": "рятувальник"; "исследователи"), an adjective's -ые, -ие made -ый, -ий
 * ("международные") and a Ukrainian adjective's -і made -ий
 * ("міжнародні")?  Cyrillic and Greek letters are two bytes each. */
static int long_word(const char *lang, const char *w, size_t n)
{
    assert(lang && w);
    const nf_cw_filter *f = nf_cw_long_for(lang);
    if (!f || n < 20 || n + 3 > 128)
        return 0;
    if (nf_cw_has(f, w, n))
        return 1;
    if (strcmp(lang, "el") == 0)
        return 0;
    static const char i_[] = "\xd0\xb8", y_[] = "\xd1\x8b", ii_[] = "\xd1\x96",
                      e_[] = "\xd0\xb5", j_[] = "\xd0\xb9", soft_[] = "\xd1\x8c";
    const char *last = w + n - 2, *prev = w + n - 4;
    char b[128];
    if (memcmp(last, i_, 2) == 0 || memcmp(last, y_, 2) == 0 || memcmp(last, ii_, 2) == 0) {
        memcpy(b, w, n - 2);
        memcpy(b + n - 2, soft_, 2);
        if (nf_cw_has(f, w, n - 2) || nf_cw_has(f, b, n))
            return 1;                 /* рятувальник|и, исследовател|и: -ь */
        if (strcmp(lang, "uk") == 0 && memcmp(last, ii_, 2) == 0) {
            memcpy(b, w, n - 2);                    /* міжнародн|і: -ий */
            memcpy(b + n - 2, i_, 2);
            memcpy(b + n, j_, 2);
            return nf_cw_has(f, b, n + 2);
        }
        return 0;
    }
    if (memcmp(last, e_, 2) == 0 && (memcmp(prev, i_, 2) == 0 || memcmp(prev, y_, 2) == 0)) {
        memcpy(b, w, n - 2);                        /* международн|ые: -ый */
        memcpy(b + n - 2, j_, 2);
        return nf_cw_has(f, b, n);
    }
    return 0;
}

/* Romanian: is the lower-case word w[0..n), of nine letters or more
 * (the filter keeps forms up to eight), an ordinary word with the
 * enclitic article that Romanian joins to its nouns: the filter knows
 * it without -urile ("acoperișurile": "acoperiș"), -ele or -le
 * ("echipajele": "echipaj", "echipaje"), -ii made -u or -i
 * ("scafandrii": "scafandru"), -ului, -ul or -lor? */
static int romanian_article_word(const char *lang, const char *w, size_t n)
{
    static const struct { const char *suffix, *bare; } ends[] = {
        { "urile", "" }, { "ele", "" }, { "le", "" }, { "ii", "u" }, { "ii", "i" },
        { "ului", "" }, { "ul", "" }, { "lor", "" },
    };
    assert(w);
    if (!lang || strcmp(lang, "ro") != 0 || n < 9 || n > 120)
        return 0;
    size_t letters = 0;
    for (size_t k = 0; k < n; k++)
        letters += ((unsigned char)w[k] & 0xC0) != 0x80;
    if (letters < 9)
        return 0;
    const nf_cw_filter *cw = nf_cw_for(lang);
    char b[128];
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t sl = strlen(ends[k].suffix), bl = strlen(ends[k].bare);
        if (n < sl + 4 || memcmp(w + n - sl, ends[k].suffix, sl) != 0)
            continue;
        memcpy(b, w, n - sl);
        memcpy(b + n - sl, ends[k].bare, bl);
        size_t bn = n - sl + bl;
        /* a place or its adjective with the article stays a name
         * ("Washingtonul", "Americanul") */
        if (nf_place_lookup(b, bn) >= 0 || nf_place_demonym(b, bn) >= 0)
            return 0;
        if (nf_cw_has(cw, b, bn))
            return 1;
    }
    return 0;
}

/* The Latin letters of Cyrillic or Greek letter c (lower case), "" for
 * a soft sign or an apostrophe, NULL for any other character. */
static const char *latin_of(unsigned c)
{
    static const char *const cyr[32] = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };
    static const char *const grk[25] = {
        "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
        "r", "s", "s", "t", "y", "f", "ch", "ps", "o"
    };
    if (c >= 0x430 && c <= 0x44F)
        return cyr[c - 0x430];
    if (c >= 0x3B1 && c <= 0x3C9)
        return grk[c - 0x3B1];
    switch (c) {
    case 0x451: case 0x454: return c == 0x451 ? "e" : "ye";     /* ё є */
    case 0x456: return "i";                                     /* і */
    case 0x457: return "yi";                                    /* ї */
    case 0x491: return "g";                                     /* ґ */
    case '\'': case 0x2019: case 0x02BC: return "";
    case 0x3AC: return "a";                                     /* ά */
    case 0x3AD: return "e";                                     /* έ */
    case 0x3AE: case 0x3AF: case 0x3CA: case 0x390: return "i"; /* ή ί ϊ ΐ */
    case 0x3CC: case 0x3CE: return "o";                         /* ό ώ */
    case 0x3CD: case 0x3CB: case 0x3B0: return "y";             /* ύ ϋ ΰ */
    default: return NULL;
    }
}

/* Writes a plain Latin transliteration of the lower-case Cyrillic or
 * Greek word w[0..n) to out (cap bytes, NUL-terminated): "крис" ->
 * "kris", "κριστίν" -> "kristin".  Returns its length, 0 when a
 * character is neither or out is too small. */
static size_t latin_form(const char *w, size_t n, char *out, size_t cap)
{
    const char *p = w, *end = w + n;
    size_t o = 0;
    while (p < end) {
        unsigned c;
        p += nf_utf8_decode(p, end, &c);
        const char *l = latin_of(c);
        size_t ln = l ? strlen(l) : 0;
        if (!l || o + ln + 1 > cap)
            return 0;
        memcpy(out + o, l, ln);
        o += ln;
    }
    out[o] = '\0';
    return o;
}

/* Russian, Ukrainian, Greek (languages with a filter of proper nouns
 * for a sentence's first word only, nf_cw_initial_names_for): is the
 * capitalised first word t (a token of st), lower-cased w[0..n) and
 * naming gazetteer entry `place` or none (-1), a name all the same?
 * Yes for a place of any size, a curated name, a given name of the
 * Latin lists; and, before another capitalised word (before_cap) that
 * is no place, for a proper noun of the dictionaries or a given name of
 * the Latin lists transliterated, four letters or more.  The
 * dictionaries hold homographs of names ("роман", "надежда", "крис" a
 * dagger), and a given name is mostly followed by a surname ("Роман
 * Соколов", "Крис Лесли"; shorter transliterations are mostly words:
 * "пан", "сам", "гол"); before a place the word is the place's common
 * noun ("Порт Констанца": uk_UA lists "Порт" for Port Louis). */
static int initial_name_anyway(const nf_ent_stage *st, const char *text, const tok *t,
                               const char *lang, const char *w, size_t n, int32_t place,
                               int before_cap)
{
    const nf_cw_filter *names = nf_cw_initial_names_for(lang);
    if (!names)
        return 0;
    if (place >= 0 || nf_det_given_name_w(w, n) ||
        nf_curated_lookup(text + t->s, t->e - t->s) >= 0)
        return 1;
    char lat[128];
    size_t ln = before_cap ? latin_form(w, n, lat, sizeof lat) : 0;
    if (!before_cap || !(nf_cw_has(names, w, n) || (ln >= 4 && nf_det_given_name_w(lat, ln))))
        return 0;
    size_t i = (size_t)(t - st->toks.v);
    assert(i < st->toks.n);
    return i + 1 >= st->toks.n ||
           nf_det_place_of(text, st->toks.v[i + 1].s, st->toks.v[i + 1].e) < 0;
}

/* (Round 14, beyond detect_int.h's contract: an adjective of a place or
 * people alone stays a name; the long ru, uk, el words of
 * nf_cw_long_for and Romanian nouns with their article count as common
 * words: long_word, romanian_article_word.) */
int nf_det_initial_common(const nf_ent_stage *st, const char *text,
                          const tok *t, const nf_cw_filter *cw,
                          const nf_cw_filter *names, int before_cap)
{
    if (!(t->flags & (T_SENT | T_OPEN)) || (t->flags & T_ALLCAPS))
        return 0;
    /* after a quote only a word alone: "Samen met", not "Comité de
     * Familiares" */
    if (!(t->flags & T_SENT) && before_cap)
        return 0;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    if (!n)
        return 0;
    uint64_t h = nf_det_hash_bytes(w, n);
    if (set_has(st->lower, st->lower_cap, h))
        return 1;
    /* a proper noun of the dictionary before another capitalised word
     * ("Luis Horna"), or one the gazetteer knows ("París"), is a name
     * even if a homograph is an ordinary word */
    int32_t p = nf_det_place_of(text, t->s, t->e);
    if (names && nf_cw_has(names, w, n) && (before_cap || p >= 0))
        return 0;
    /* German word forms hold places as parts of compounds ("bonn",
     * "china"): a country, region or large town stays a name */
    if (!names && p >= 0 &&
        (nf_places[p].kind != NF_PLACE_CITY || nf_places[p].population >= 100000))
        return 0;
    /* Russian, Ukrainian, Greek: any place, curated or given name, a
     * proper noun of the dictionaries before a capitalised word ("Орёл",
     * "Роман Соколов", "Γιώργος Αλεξίου") */
    if (initial_name_anyway(st, text, t, cw ? cw->lang : NULL, w, n, p, before_cap))
        return 0;
    /* an adjective of a place or people alone opening a clause stays
     * ("– Swedish miner X"): the reader types it as its place (before
     * a capitalised word it may be a German noun phrase's: "Deutsche
     * Yacht kippte um") */
    int known = 0;
    if (p < 0 && !before_cap && nf_det_demonym_of(cw ? cw->lang : NULL, w, n, &known) >= 0)
        return 0;
    return (nf_cw_has(cw, w, n) || nf_det_derived_adverb(cw ? cw->lang : NULL, w, n) ||
            italian_plural_verb(cw ? cw->lang : NULL, w, n) ||
            (cw && long_word(cw->lang, w, n)) ||
            (cw && romanian_article_word(cw->lang, w, n))) &&
           !set_has(st->capmid, st->lower_cap, h);
}

int nf_det_lower_in_article(const nf_ent_stage *st, const char *w, size_t n)
{
    assert(w && n);
    return set_has(st->lower, st->lower_cap, nf_det_hash_bytes(w, n));
}

void nf_det_word_uses(const nf_ent_stage *st, const char *w, size_t n, size_t *lower,
                      size_t *capmid)
{
    assert(w && n && lower && capmid);
    uint64_t h = nf_det_hash_bytes(w, n);
    *lower = set_count(st->lower, st->lower_cap, h);
    *capmid = set_count(st->capmid, st->lower_cap, h);
}

nf_status nf_det_push_ment(ment_vec *mv, nf_ment m)
{
    if (nf_grow(&mv->v, &mv->cap, mv->n, sizeof *mv->v, 64))
        return NF_ERR_NOMEM;
    m.doc = -1;
    mv->v[mv->n++] = m;
    return NF_OK;
}

nf_status nf_det_push_span(ment_vec *mv, size_t start, size_t end, nf_entity_type type,
                           int32_t place, int demonym)
{
    assert(start < end);
    nf_ment m;
    memset(&m, 0, sizeof m);
    m.start = start;
    m.end = end;
    m.type = type;
    m.place = place;
    m.demonym = demonym;
    return nf_det_push_ment(mv, m);
}

int32_t nf_det_demonym_of(const char *lang, const char *w, size_t n, int *known)
{
    int32_t p = -1;
    *known = nf_cue_demonym(lang, w, n, &p);
    if (!*known && lang && strcmp(lang, "de") == 0) {
        /* callers ask for capitalised words only (the lower-case path
         * reads nf_cue_demonym alone) */
        p = nf_cue_town_adjective(w, n);
        *known = p >= 0;
    }
    if (!*known) {
        p = nf_place_demonym(w, n);
        *known = p >= 0;
    }
    if (!*known)
        p = nf_det_repaired_cue(lang, w, n, known);
    return p;
}

int32_t nf_det_repaired_cue(const char *lang, const char *w, size_t n, int *known)
{
    char r[130];
    int32_t p = -1;
    *known = 0;
    for (unsigned k = 0; k < NF_DET_REPAIRS && !*known; k++) {
        size_t rn = nf_det_repair(w, n, k, r, sizeof r);
        if (!rn)
            break;
        *known = nf_cue_demonym(lang, r, rn, &p);
    }
    return p;
}

int nf_det_place_word(const char *text, const char *lang, const tok *t)
{
    if (nf_det_place_of(text, t->s, t->e) >= 0 || nf_det_german_genitive_place(text, lang, t) >= 0)
        return 1;
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    int known = 0;
    return n && nf_det_demonym_of(lang, w, n, &known) >= 0;
}

int nf_det_given_name_w(const char *w, size_t n)
{
    return nf_cw_has(nf_cw_names_for("en"), w, n) || nf_cw_has(nf_cw_names_for("nl"), w, n);
}

int nf_det_given_name_elsewhere(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && nf_det_given_name_w(w, n);
}

int nf_det_english_name(const char *text, const tok *t)
{
    char w[128];
    size_t n = nf_det_lower_form(text, t->s, t->e, w, sizeof w);
    return n && nf_cw_has(nf_cw_names_for("en"), w, n);
}

int nf_det_garbled(const char *text, const tok *t)
{
    for (size_t k = t->s; k + 1 < t->e; k++)
        if ((unsigned char)text[k] == 0xC2 && (unsigned char)text[k + 1] >= 0x80 &&
            (unsigned char)text[k + 1] <= 0x9F)
            return 1;
    return 0;
}
