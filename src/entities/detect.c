/* detect.c - mention detection: names of people, organisations and places
 * in an article's clean text, without a trained model.
 *
 * The text is cut into tokens by script (ICU's script property): cased
 * scripts (Latin, Cyrillic, Greek) give words; a katakana run keeps its
 * ・ and ー, so a Japanese full name is one token; a Han run is one token
 * (with the Chinese · inside); Arabic, Hangul, Devanagari words are
 * their own.  Then:
 *   - cased scripts: maximal runs of capitalised words (joined by spaces,
 *     hyphens or a particle such as "de", "van", "al" before another
 *     capitalised word; in Dutch a capitalised particle opens a name
 *     even at a sentence's start unless a place or its adjective
 *     follows), without leading titles (kept as the role),
 *     function words, and a sentence's first word when the article also
 *     uses it in lower case or it is a common word of the language
 *     (common_words.h) never capitalised inside a sentence; in
 *     all-capitals lines (headlines) names are gazetteer/curated names
 *     and runs of words that are no ordinary words of the language; an
 *     organisation word keeps titles and places inside the name; in
 *     German a common noun (listed, a compound ending in one whose first
 *     part is a word, or a noun suffix) is not a name unless the
 *     gazetteer knows it, runs are cut at sure nouns and hyphenated
 *     nouns, and adjectives of places count even in lower case (cues.h);
 *     a town that is also a noun is the noun after a determiner ("am
 *     Ende"); the dictionaries' proper nouns are no compounds (Wolf|gang)
 *     and given names known to the English and Dutch dictionaries stay
 *     before a surname; a surname that is a noun counts alone once the
 *     article has named the person in full; a dash between spaces ends a
 *     run; an initial keeps its dot ("Thomas L. Friedman"); a C1 control
 *     (mis-decoded text) stays inside its word;
 *   - curated names (curated.h) are found whole, in any script, and take
 *     the curated type;
 *   - katakana: a place if the gazetteer knows it, a person if it has ・
 *     or a title next to it (大統領, 外相, 氏), else a *weak* candidate
 *     that coreference keeps only when it joins a person (ゼレンスキー
 *     after ヴォルディーミー・ゼレンスキー; loanwords never do);
 *   - Han, Arabic, Hangul, Devanagari: gazetteer names (longest match
 *     inside a Han run, particles stripped), and a person next to a title.
 * Types: the gazetteer makes places, organisation words (Bank, Ministerio,
 * Partei) and short acronyms organisations, a title or two or more name
 * words people, a lone word "other" until coreference says more.
 * Demonyms and adjectives ("ucraino", "Ukrainian") link to their country.
 */
#include "entities/ent_int.h"

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

enum { SC_CASED = 1, SC_KATA, SC_HAN, SC_HIRA, SC_OTHER };

enum {
    T_CAP = 1 << 0,       /* first letter upper case */
    T_ALLCAPS = 1 << 1,   /* two or more letters, all upper case */
    T_LOWER = 1 << 2,     /* first letter lower case */
    T_DIGIT = 1 << 3,     /* holds a digit */
    T_SENT = 1 << 4,      /* first token of its sentence */
    T_BREAK = 1 << 5,     /* punctuation or a line end before it */
    T_HYPHEN = 1 << 6,    /* a hyphen (and spaces) before it */
    T_MIDDOT = 1 << 7     /* holds ・ or · (katakana or Chinese full name) */
};

typedef struct tok {
    size_t s, e;
    unsigned flags;
    int script;
    int sent;             /* sentence number */
} tok;

typedef struct tok_vec {
    tok *v;
    size_t n, cap;
} tok_vec;

typedef struct ment_vec {
    nf_ment *v;
    size_t n, cap;
} ment_vec;

struct nf_ent_stage {
    nf_namer *namer;
    tok_vec toks;
    uint64_t *lower;      /* hash set of the article's lower-case words */
    uint64_t *capmid;     /* ... and of its capitalised words inside sentences */
    size_t lower_cap;
    nf_buf norm;
};

nf_ent_stage *nf_ent_stage_new(void)
{
    nf_ent_stage *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->namer = nf_namer_new();
    if (!st->namer) {
        free(st);
        return NULL;
    }
    nf_buf_init(&st->norm, 1 << 16);
    return st;
}

void nf_ent_stage_free(nf_ent_stage *st)
{
    if (!st)
        return;
    nf_namer_free(st->namer);
    free(st->toks.v);
    free(st->lower);
    free(st->capmid);
    nf_buf_free(&st->norm);
    free(st);
}

/* Script class of code point c given the class of the token so far. */
static int script_of(unsigned c, int cur)
{
    if (c == 0x30FC || c == 0x30FB || c == 0xFF65)       /* ー ・ */
        return cur == SC_KATA ? SC_KATA : (c == 0x30FC ? SC_KATA : 0);
    if (c == 0x00B7)                                      /* · */
        return cur == SC_HAN ? SC_HAN : 0;
    if (c >= 0x80 && c <= 0x9F)
        return cur ? cur : SC_CASED;    /* a C1 control is mis-decoded text
                                         * (a lost letter): it stays inside
                                         * its word ("B\u0081Eger") */
    if (!u_isalnum((UChar32)c) && u_charType((UChar32)c) != U_NON_SPACING_MARK &&
        u_charType((UChar32)c) != U_COMBINING_SPACING_MARK)
        return 0;
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript((UChar32)c, &e);
    switch (sc) {
    case USCRIPT_KATAKANA: return SC_KATA;
    case USCRIPT_HAN: return SC_HAN;
    case USCRIPT_HIRAGANA: return SC_HIRA;
    case USCRIPT_LATIN: case USCRIPT_CYRILLIC: case USCRIPT_GREEK:
    case USCRIPT_ARMENIAN: case USCRIPT_GEORGIAN:
        return SC_CASED;
    case USCRIPT_COMMON: case USCRIPT_INHERITED:
        return cur ? cur : SC_CASED;      /* digits, marks */
    default:
        return SC_OTHER;
    }
}

/* Appends a token. */
static nf_status push_tok(tok_vec *tv, tok t)
{
    if (nf_grow(&tv->v, &tv->cap, tv->n, sizeof *tv->v, 256))
        return NF_ERR_NOMEM;
    tv->v[tv->n++] = t;
    return NF_OK;
}

/* Sets the case flags of t. */
static void case_flags(const char *text, tok *t)
{
    const char *p = text + t->s, *end = text + t->e;
    int first = 1, letters = 0, upper = 0;
    /* a word opening with a C1 control lost its first letter to
     * mis-decoding: its case is unknown ("\u0081Eer" was "über") */
    if (t->e - t->s >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] >= 0x80 &&
        (unsigned char)p[1] <= 0x9F)
        first = 0;
    while (p < end) {
        unsigned c;
        p += nf_utf8_decode(p, end, &c);
        if (u_isdigit((UChar32)c))
            t->flags |= T_DIGIT;
        if (!u_isalpha((UChar32)c))
            continue;
        letters++;
        if (u_isupper((UChar32)c) || u_istitle((UChar32)c)) {
            upper++;
            if (first)
                t->flags |= T_CAP;
        } else if (first && u_islower((UChar32)c)) {
            t->flags |= T_LOWER;
        }
        first = 0;
    }
    if (letters >= 2 && upper == letters)
        t->flags |= T_ALLCAPS;
}

/* Is c an apostrophe? */
static int apostrophe(unsigned c)
{
    return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* Is s[0..n) an elided article or preposition (l', d', dell', qu')? */
static int elision(const char *s, size_t n)
{
    static const char *const el[] = { "l", "d", "dell", "dall", "nell", "sull",
                                      "all", "un", "qu", "j", "m", "s", "c", "n", "t" };
    char w[8];
    for (size_t i = 0; i < n && i < 7; i++)
        w[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    for (size_t i = 0; i < sizeof el / sizeof el[0]; i++)
        if (strlen(el[i]) == n && memcmp(el[i], w, n) == 0)
            return 1;
    return 0;
}

/* Does a capitalised word that is no function word (of any language's
 * list) start at s?  Then an initial before it belongs to a name. */
static int initial_before_name(const char *s, const char *end)
{
    unsigned c;
    nf_utf8_decode(s, end, &c);
    if (!u_isupper((UChar32)c))
        return 0;
    const char *q = s;
    char w[64];
    size_t n = 0;
    while (q < end) {
        size_t l = nf_utf8_decode(q, end, &c);
        if (!u_isalpha((UChar32)c))
            break;
        c = (unsigned)u_tolower((UChar32)c);
        if (c >= 0x80 || n + 1 >= sizeof w)
            return 1;            /* long or non-ASCII: no function word */
        w[n++] = (char)c;
        q += l;
    }
    return n >= 2 && !(nf_lex_classes(w, n) & (NF_LEX_STOP | NF_LEX_TIME | NF_LEX_ARTICLE));
}

/* Cuts text into tokens (see the file comment); sentence numbers come
 * from `sents` when given, else from . ! ? and line ends. */
static nf_status scan(nf_ent_stage *st, const char *text, size_t len,
                      const nf_span *sents, size_t n_sents)
{
    tok_vec *tv = &st->toks;
    tv->n = 0;
    const char *p = text, *end = text + len;
    size_t si = 0;
    int sent = 0, new_sent = 1, brk = 0, hyph = 0;
    tok cur = { 0, 0, 0, 0, 0 };
    int in = 0;
    while (p < end) {
        size_t at = (size_t)(p - text);
        unsigned c;
        size_t cl = nf_utf8_decode(p, end, &c);
        int sc = script_of(c, in ? cur.script : 0);
        /* an apostrophe inside a cased word: elision split or 's cut */
        if (in && cur.script == SC_CASED && apostrophe(c) && p + cl < end) {
            unsigned d;
            nf_utf8_decode(p + cl, end, &d);
            if (u_isalpha((UChar32)d)) {
                int lower_prefix = at - cur.s <= 5 && elision(text + cur.s, at - cur.s);
                if ((d == 's' || d == 'S') &&
                    (p + cl + 1 >= end || !u_isalpha((UChar32)(unsigned char)p[cl + 1]))) {
                    sc = 0;                     /* possessive: ends the word */
                } else if (lower_prefix) {
                    sc = 0;                     /* elision: l'Ucraina */
                } else {
                    p += cl;                    /* O'Brien */
                    continue;
                }
            }
        }
        /* a dotted abbreviation is one word: U.S., S.A., N.V. */
        if (in && cur.script == SC_CASED && c == '.' && at - cur.s >= 1) {
            unsigned prev, next = 0;
            size_t pl = 1;
            while (pl < at - cur.s && ((unsigned char)text[at - pl] & 0xC0) == 0x80)
                pl++;
            nf_utf8_decode(text + at - pl, end, &prev);
            if (p + cl < end)
                nf_utf8_decode(p + cl, end, &next);
            /* the letter before is the token's first or follows a dot */
            int single = at - pl == cur.s || text[at - pl - 1] == '.';
            int dotted = memchr(text + cur.s, '.', at - cur.s) != NULL;
            if (single && u_isupper((UChar32)prev) &&
                ((next && u_isupper((UChar32)next)) || dotted)) {
                p += cl;
                continue;
            }
            /* an initial keeps its dot before a capitalised word that is
             * no function word: "Thomas L. Friedman", "George W. Bush",
             * "J. Leleux" (not "Plan B. The ...") */
            if (at - pl == cur.s && u_isupper((UChar32)prev) && next == ' ' &&
                p + cl + 1 < end && initial_before_name(p + cl + 1, end)) {
                p += cl;
                continue;
            }
        }
        if (in && sc && (sc == cur.script ||
                         (cur.script == SC_CASED && sc == SC_CASED))) {
            p += cl;
            continue;
        }
        if (in) {
            cur.e = at;
            case_flags(text, &cur);
            nf_status s = push_tok(tv, cur);
            if (s)
                return s;
            in = 0;
            brk = hyph = 0;
        }
        if (sc) {
            if (sents) {
                while (si < n_sents && sents[si].end <= at)
                    si++;
                if (si < n_sents && at >= sents[si].start && (int)si + 1 != sent) {
                    sent = (int)si + 1;
                    new_sent = 1;
                }
            }
            cur = (tok){ at, 0, (new_sent ? T_SENT : 0) | (brk ? T_BREAK : 0) |
                         (hyph && !brk ? T_HYPHEN : 0), sc, sent };
            if (sc == SC_KATA || sc == SC_HAN) {
                /* mark full names with a middle dot */
                const char *q = p;
                while (q < end) {
                    unsigned d;
                    size_t dl = nf_utf8_decode(q, end, &d);
                    int dsc = script_of(d, sc);
                    if (dsc != sc)
                        break;
                    if (d == 0x30FB || d == 0xFF65 || d == 0x00B7)
                        cur.flags |= T_MIDDOT;
                    q += dl;
                }
            }
            new_sent = 0;
            in = 1;
            p += cl;
            continue;
        }
        /* between tokens: a hyphen joins words, also when it touches
         * one of them only ("Kava -Dragon"); a dash with spaces on both
         * sides ("Tottenham - Chelsea", "Bonn - Paris") is punctuation
         * and ends the run */
        if (c == '-' || c == 0x2010 || c == 0x2011) {
            if (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t') &&
                p + cl < end && (p[cl] == ' ' || p[cl] == '\t'))
                brk = 1;
            else
                hyph = 1;
        }
        else if (c != ' ' && c != 0xA0 && c != '\t')
            brk = 1;
        if (!sents && (c == '.' || c == '!' || c == '?' || c == '\n' ||
                       c == 0x3002 || c == 0xFF01 || c == 0xFF1F)) {
            new_sent = 1;
            sent++;
        } else if (sents && c == '\n') {
            brk = 1;
        }
        p += cl;
    }
    if (in) {
        cur.e = len;
        case_flags(text, &cur);
        return push_tok(tv, cur);
    }
    return NF_OK;
}

/* Writes the lower-case form of text[s..e) to out (at most cap - 1
 * bytes, NUL-terminated); returns its length, 0 if it does not fit. */
static size_t lower_form(const char *text, size_t s, size_t e, char *out,
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

/* Lexicon classes of token t. */
static unsigned lex_of(const char *text, const tok *t)
{
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    return n ? nf_lex_classes(w, n) : 0;
}

/* Gazetteer index of text[s..e), or -1. */
static int32_t place_of(const char *text, size_t s, size_t e)
{
    char w[256];
    size_t n = lower_form(text, s, e, w, sizeof w);
    if (!n)
        return -1;
    /* the table's forms have single spaces between words, and are case
     * folded: ß is ss there (Großbritannien) */
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if ((unsigned char)c == 0xC3 && i + 1 < n && (unsigned char)w[i + 1] == 0x9F) {
            w[o++] = 's';
            w[o++] = 's';
            i++;
            continue;
        }
        if (c == '\n' || c == '\t')
            c = ' ';
        if (c == ' ' && (o == 0 || w[o - 1] == ' '))
            continue;
        w[o++] = c;
    }
    return nf_place_lookup(w, o);
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

/* Adds hash h to the open-addressing set `set` of cap (a power of two)
 * slots. */
static void set_add(uint64_t *set, size_t cap, uint64_t h)
{
    size_t j = h & (cap - 1);
    while (set[j] && set[j] != h)
        j = (j + 1) & (cap - 1);
    set[j] = h;
}

/* Is hash h in the set? */
static int set_has(const uint64_t *set, size_t cap, uint64_t h)
{
    if (!cap)
        return 0;
    size_t j = h & (cap - 1);
    while (set[j]) {
        if (set[j] == h)
            return 1;
        j = (j + 1) & (cap - 1);
    }
    return 0;
}

/* Fills the sets of lower-case words of the article and of its words
 * written capitalised inside a sentence (lower-cased). */
static nf_status collect_lower(nf_ent_stage *st, const char *text)
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
            set_add(st->lower, st->lower_cap, hash_bytes(text + t->s, t->e - t->s));
        } else if ((t->flags & T_CAP) && !(t->flags & (T_SENT | T_ALLCAPS))) {
            char w[128];
            size_t n = lower_form(text, t->s, t->e, w, sizeof w);
            if (n)
                set_add(st->capmid, st->lower_cap, hash_bytes(w, n));
        }
    }
    return NF_OK;
}

/* Is token t, capitalised at the start of a sentence, an ordinary word
 * there: the article writes it in lower case, or it is a common word of
 * the language (Hunspell's forms) that the article never capitalises
 * inside a sentence, and not a proper noun of the dictionary (`names`)
 * followed by a capitalised word (before_cap: "Mark Veldhoen", "Luis
 * Horna") or naming a place?  Acronyms never are. */
static int initial_common(const nf_ent_stage *st, const char *text,
                          const tok *t, const nf_cw_filter *cw,
                          const nf_cw_filter *names, int before_cap)
{
    if (!(t->flags & T_SENT) || (t->flags & T_ALLCAPS))
        return 0;
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    if (!n)
        return 0;
    uint64_t h = hash_bytes(w, n);
    if (set_has(st->lower, st->lower_cap, h))
        return 1;
    /* a proper noun of the dictionary before another capitalised word
     * ("Luis Horna"), or one the gazetteer knows ("París"), is a name
     * even if a homograph is an ordinary word */
    int32_t p = place_of(text, t->s, t->e);
    if (names && nf_cw_has(names, w, n) && (before_cap || p >= 0))
        return 0;
    /* German word forms hold places as parts of compounds ("bonn",
     * "china"): a country, region or large town stays a name */
    if (!names && p >= 0 &&
        (nf_places[p].kind != NF_PLACE_CITY || nf_places[p].population >= 100000))
        return 0;
    return nf_cw_has(cw, w, n) && !set_has(st->capmid, st->lower_cap, h);
}

/* Does the lower-case German word w[0..n) end in a noun suffix
 * (-ung, -heit, -keit, -schaft, -tion, -ität, -ismus, -nis, -tum, and
 * plurals)?  Names hardly ever do. */
static int german_noun_suffix(const char *w, size_t n)
{
    static const char *const ends[] = { "ung", "ungen", "heit", "heiten", "keit",
        "keiten", "schaft", "schaften", "tion", "tionen", "ität", "itäten",
        "ismus", "nis", "nisse", "tum" };
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t l = strlen(ends[i]);
        if (n > l + 2 && memcmp(w + n - l, ends[i], l) == 0)
            return 1;
    }
    return 0;
}

/* Is German token t surely a common noun: a noun suffix, which surnames
 * (Fischer, Koch, Kohl: nouns too) do not have? */
static int german_sure_noun(const char *text, const tok *t)
{
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && german_noun_suffix(w, n);
}

/* Is the lower-case German word w[0..n) in filter f, as written or in
 * the spelling of the 1996 reform (ß after a short vowel became ss:
 * Schluß -> Schluss, Kompromiß -> Kompromiss; the dictionary has the new
 * spelling, older texts the old one)? */
static int de_has(const nf_cw_filter *f, const char *w, size_t n)
{
    if (nf_cw_has(f, w, n))
        return 1;
    int sz = 0;
    for (size_t i = 0; i + 1 < n && !sz; i++)
        sz = (unsigned char)w[i] == 0xC3 && (unsigned char)w[i + 1] == 0x9F;
    if (n >= 64 || !sz)
        return 0;
    char v[128];
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && (unsigned char)w[i] == 0xC3 && (unsigned char)w[i + 1] == 0x9F) {
            v[o++] = 's';
            v[o++] = 's';
            i++;
        } else {
            v[o++] = w[i];
        }
    }
    return nf_cw_has(f, v, o);
}

/* Is w[0..k) the first part of a German compound: a word of the language
 * (noun, verb or adjective stem), possibly with a linking -s, -es, -n,
 * -en or -er (Bundes|, Arbeits|)?  Surnames such as Hoff|mann or
 * Gold|berg end in nouns too, but their first part is no word. */
static int german_compound_head(const char *w, size_t k, int depth)
{
    const nf_cw_filter *cw = nf_cw_for("de");
    /* the first part may be a compound itself: Ober|bürger|meister */
    for (size_t h = 3; depth > 0 && h + 3 <= k; h++) {
        if (((unsigned char)w[h] & 0xC0) == 0x80)
            continue;
        if (de_has(&nf_cw_de_nouns, w + h, k - h) && german_compound_head(w, h, depth - 1))
            return 1;
    }
    static const size_t link[] = { 0, 1, 2 };
    for (size_t i = 0; i < sizeof link / sizeof link[0]; i++) {
        size_t l = link[i];
        if (k < l + 3)
            break;
        if (l == 1 && w[k - 1] != 's' && w[k - 1] != 'n')
            continue;
        if (l == 2 && memcmp(w + k - 2, "es", 2) != 0 && memcmp(w + k - 2, "en", 2) != 0 &&
            memcmp(w + k - 2, "er", 2) != 0)
            continue;
        if (de_has(&nf_cw_de_nouns, w, k - l) || de_has(cw, w, k - l))
            return 1;
    }
    return 0;
}

/* Is the lower-case German word w[0..n) a common noun: a listed noun
 * form, a compound ending in one whose first part is a word
 * (Bundes|regierung), or a word with a noun suffix, and no proper noun of
 * the dictionary? */
static int german_noun_w(const char *w, size_t n)
{
    if (!n || nf_cw_has(nf_cw_names_for("de"), w, n))
        return 0;            /* the dictionary's proper nouns: Wolf|gang */
    if (de_has(&nf_cw_de_nouns, w, n))
        return 1;
    for (size_t k = 3; k + 3 <= n; k++) {
        if (((unsigned char)w[k] & 0xC0) == 0x80)
            continue;
        if (de_has(&nf_cw_de_nouns, w + k, n - k) && german_compound_head(w, k, 1))
            return 1;
    }
    return german_noun_suffix(w, n);
}

/* german_noun_w for token t (never an acronym). */
static int german_noun(const char *text, const tok *t)
{
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && german_noun_w(w, n);
}

/* Is German token t a nominalised adjective or verb ("der
 * Vorsitzende", "das Treffen"): its lower-case form is an ordinary word
 * of the language? */
static int german_nominal(const char *text, const tok *t, const nf_cw_filter *cw)
{
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    return n && !(t->flags & T_ALLCAPS) && de_has(cw, w, n) &&
           !nf_cw_has(nf_cw_names_for("de"), w, n);
}

static nf_status push_ment(ment_vec *mv, nf_ment m)
{
    if (nf_grow(&mv->v, &mv->cap, mv->n, sizeof *mv->v, 64))
        return NF_ERR_NOMEM;
    m.doc = -1;
    mv->v[mv->n++] = m;
    return NF_OK;
}

/* Is sentence `sent` (tokens from index i) written mostly in capitals? */
static int shouting(const tok_vec *tv, size_t i)
{
    int sent = tv->v[i].sent;
    size_t a = i, caps = 0, words = 0;
    while (a > 0 && tv->v[a - 1].sent == sent)
        a--;
    for (size_t k = a; k < tv->n && tv->v[k].sent == sent; k++) {
        if (tv->v[k].script != SC_CASED || (tv->v[k].flags & T_DIGIT))
            continue;
        if (tv->v[k].e - tv->v[k].s < 2)
            continue;
        words++;
        caps += (tv->v[k].flags & T_ALLCAPS) != 0;
    }
    return words >= 3 && caps * 10 >= words * 7;
}

/* A role word right before token i, or two before with a function word,
 * place or adjective of a place between ("presidente ucraino X"). */
static int role_before(const char *text, const tok_vec *tv, size_t i,
                       size_t *rs, size_t *re)
{
    for (size_t k = i, steps = 0; k > 0 && steps < 2; k--, steps++) {
        const tok *t = &tv->v[k - 1];
        if (t->sent != tv->v[i].sent || (tv->v[k].flags & T_BREAK))
            break;
        unsigned lx = lex_of(text, t);
        if (lx & NF_LEX_ROLE) {
            *rs = t->s;
            *re = t->e;
            return 1;
        }
        if (!(lx & NF_LEX_STOP) && place_of(text, t->s, t->e) < 0)
            break;
    }
    return 0;
}

/* Gazetteer index of the place whose adjective or inhabitant noun the
 * lower-case word w[0..n) is: the cue table of the language first
 * (cues.h), then the gazetteer's prefix rule; -1 when neither knows it.
 * *known says whether the word is an adjective of a people at all. */
static int32_t demonym_of(const char *lang, const char *w, size_t n, int *known)
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
    return p;
}

/* German genitive of a country or region ("Israels", "Japans",
 * "Afrikas"): its gazetteer index, else -1.  (Towns are left out: a
 * town's name plus s is too often another word.) */
static int32_t german_genitive_place(const char *text, const char *lang, const tok *t)
{
    if (!lang || strcmp(lang, "de") != 0 || t->e - t->s < 4 || text[t->e - 1] != 's' ||
        (t->flags & T_ALLCAPS))
        return -1;
    int32_t p = place_of(text, t->s, t->e - 1);
    return p >= 0 && nf_places[p].kind != NF_PLACE_CITY ? p : -1;
}

/* Is token t a place or an adjective of one (one word)? */
static int place_word(const char *text, const char *lang, const tok *t)
{
    if (place_of(text, t->s, t->e) >= 0 || german_genitive_place(text, lang, t) >= 0)
        return 1;
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    int known = 0;
    return n && demonym_of(lang, w, n, &known) >= 0;
}

/* Longest word, in characters, whose absence from the common-word filter
 * of `lang` means something: the generator (tools/words/
 * gen_common_words.py) keeps every form of up to 14 characters for en,
 * de and nl, 10 for es, and only stems for the others. */
static size_t cw_complete_len(const char *lang)
{
    static const struct { const char *l; size_t n; } lim[] = {
        { "en", 14 }, { "de", 14 }, { "es", 10 }, { "nl", 14 } };
    for (size_t i = 0; lang && i < sizeof lim / sizeof lim[0]; i++)
        if (strcmp(lang, lim[i].l) == 0)
            return lim[i].n;
    return 0;
}

/* Number of characters of UTF-8 w[0..n). */
static size_t utf8_chars(const char *w, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)w[i] & 0xC0) != 0x80;
    return c;
}

/* Is token t of a line in capitals a name word: not a function word,
 * title, month or number, and not an ordinary word of the language (its
 * lower-case form is not in the common-word filter cw)? */
static int shout_name_word(const char *text, const tok *t, const char *lang,
                           const nf_cw_filter *cw)
{
    if (t->flags & T_DIGIT)
        return 0;
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    if (n < 2 || utf8_chars(w, n) > cw_complete_len(lang) ||
        (nf_lex_classes(w, n) & (NF_LEX_STOP | NF_LEX_ROLE | NF_LEX_TIME |
                                 NF_LEX_PARTICLE)))
        return 0;
    return !nf_cw_has(cw, w, n);
}

/* Do tokens k - 1 and k touch across a hyphen without spaces
 * ("HEWLETT-PACKARD")? */
static int tight_hyphen(const char *text, const tok *v, size_t k)
{
    return v[k].s == v[k - 1].e + 1 && text[v[k - 1].e] == '-';
}

/* The run [i, j] of a line written in capitals (a headline): case says
 * nothing there, so names are the gazetteer's and the curated list's
 * (longest match), and runs of words that are not ordinary words of the
 * language.  Without a common-word list only the gazetteer counts. */
static nf_status shout_run(const nf_ent_stage *st, const char *text,
                           const char *lang, const nf_cw_filter *cw, size_t i, size_t j,
                           ment_vec *mv)
{
    const tok *v = st->toks.v;
    size_t k = i;
    while (k <= j) {
        nf_ment m;
        memset(&m, 0, sizeof m);
        m.place = -1;
        size_t best = (size_t)-1;
        for (size_t e = k; e <= j && e < k + 4; e++) {
            if (e > k && (v[e].flags & T_HYPHEN) && !tight_hyphen(text, v, e))
                break;
            int32_t p = place_of(text, v[k].s, v[e].e);
            int cur = nf_curated_lookup(text + v[k].s, v[e].e - v[k].s);
            /* one word that is also an ordinary word names a country
             * or region, not a town ("SURPRISE", "GANA") */
            if (p >= 0 && e == k && nf_places[p].kind == NF_PLACE_CITY && cw) {
                char w[128];
                size_t n = lower_form(text, v[k].s, v[k].e, w, sizeof w);
                if (n && nf_cw_has(cw, w, n))
                    p = -1;
            }
            if (p >= 0 || cur >= 0) {
                best = e;
                m.place = p;
                m.curated = p < 0 ? cur + 1 : 0;
                m.type = p >= 0 ? NF_ENTITY_LOCATION : nf_curated_entries[cur].type;
            }
        }
        if (best == (size_t)-1 && cw && shout_name_word(text, &v[k], lang, cw)) {
            best = k;
            while (best + 1 <= j && (!(v[best + 1].flags & T_HYPHEN) ||
                                     tight_hyphen(text, v, best + 1)) &&
                   shout_name_word(text, &v[best + 1], lang, cw))
                best++;
            m.type = best > k ? NF_ENTITY_PERSON
                   : v[k].e - v[k].s <= 4 ? NF_ENTITY_ORGANIZATION : NF_ENTITY_OTHER;
        }
        if (best == (size_t)-1) {
            k++;
            continue;
        }
        m.start = v[k].s;
        m.end = v[best].e;
        nf_status s = push_ment(mv, m);
        if (s)
            return s;
        k = best + 1;
    }
    return NF_OK;
}

/* Do tokens [i, k] for some k in (i, j] name a place or a curated
 * entry?  (Then the first word is the name's, whatever it is.) */
static int known_prefix(const char *text, const tok *v, size_t i, size_t j)
{
    for (size_t k = i + 1; k <= j && k < i + 4; k++)
        if (place_of(text, v[i].s, v[k].e) >= 0 ||
            nf_curated_lookup(text + v[i].s, v[k].e - v[i].s) >= 0)
            return 1;
    return 0;
}

/* Dutch: does the capitalised particle opening a sentence at token i
 * ("De", "Van", "Ter") open a surname or a name ("Van Gaal", "De
 * Morgen")?  Dutch common nouns are written in lower case, so an article
 * or preposition is followed by a capitalised word only when that word
 * is itself a name: a place or an adjective of one ("De Nederlandse
 * regering"), or an acronym ("De VS"); anything else is read as the
 * particle's name. */
static int initial_particle_name(const char *text, const char *lang, const tok *v,
                                 size_t i, size_t j)
{
    if (!lang || strcmp(lang, "nl") != 0)
        return 0;
    const tok *t = &v[i + 1];
    /* "Van der Voort", "Van den Abeele": look past the lower-case
     * particle (the run holds a capitalised word after it) */
    if ((t->flags & T_LOWER) && (lex_of(text, t) & NF_LEX_PARTICLE) && t->sent == v[i].sent)
        return (v[i + 2].flags & T_CAP) && v[i + 2].sent == v[i].sent;
    if (!(t->flags & T_CAP) || (t->flags & (T_ALLCAPS | T_HYPHEN)) ||
        (lex_of(text, t) & (NF_LEX_STOP | NF_LEX_PARTICLE | NF_LEX_ROLE | NF_LEX_TIME)))
        return 0;
    /* Dutch adjectives of places end in -se or -sche (Nederlandse,
     * Belgische, Franse): "De" is their article */
    size_t n = t->e - t->s;
    if ((n > 4 && memcmp(text + t->e - 2, "se", 2) == 0) ||
        (n > 6 && memcmp(text + t->e - 4, "sche", 4) == 0))
        return 0;
    return !place_word(text, lang, t) && !known_prefix(text, v, i + 1, j) &&
           nf_curated_lookup(text + t->s, t->e - t->s) < 0;
}

/* Is the lower-case word w[0..n) a proper noun of the English or Dutch
 * dictionary (their lists of given names are long: George, Iris, Horst,
 * Christiane)?  For German, whose nouns include many given names (Horst,
 * Iris), before another name word. */
static int given_name_w(const char *w, size_t n)
{
    return nf_cw_has(nf_cw_names_for("en"), w, n) || nf_cw_has(nf_cw_names_for("nl"), w, n);
}

/* given_name_w for token t. */
static int given_name_elsewhere(const char *text, const tok *t)
{
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    return n && given_name_w(w, n);
}

/* Is token t a proper noun of the English dictionary (George, Louis)? */
static int english_name(const char *text, const tok *t)
{
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    return n && nf_cw_has(nf_cw_names_for("en"), w, n);
}

/* German: is token t one word naming an institution, a compound whose
 * last part is an organisation word of four letters or more and whose
 * first part is a word ("Kultus|ministerium", "Arbeits|partei",
 * "Verfassungs|gericht")?  Unlike the organisation word alone ("die
 * Partei"), such a compound names one body. */
static int german_org_compound(const char *text, const tok *t)
{
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    if (n < 8 || (t->flags & T_ALLCAPS))
        return 0;
    for (size_t k = 3; k + 4 <= n; k++) {
        if (((unsigned char)w[k] & 0xC0) == 0x80)
            continue;
        if ((nf_lex_classes(w + k, n - k) & NF_LEX_ORG) && german_compound_head(w, k, 1))
            return 1;
    }
    return 0;
}

/* Does token t hold a C1 control, the trace of mis-decoded text? */
static int garbled(const char *text, const tok *t)
{
    for (size_t k = t->s; k + 1 < t->e; k++)
        if ((unsigned char)text[k] == 0xC2 && (unsigned char)text[k + 1] >= 0x80 &&
            (unsigned char)text[k + 1] <= 0x9F)
            return 1;
    return 0;
}

/* German: is the one-word town or region at token i ("Ende", "Hof",
 * "Essen", "Lage" are towns of the gazetteer, "Welt" a region) used as
 * the common noun it also is?  A town's name takes no article or
 * adjective: it is the noun when its lower-case form is a German word
 * and a determiner stands right before it ("am Ende", "der Welt"), or
 * (a town) a lower-case word other than a preposition of place or a
 * conjunction ("warmes Essen"), or a genitive article right after it
 * ("Ende des Jahres"). */
static int german_town_noun(const char *text, const tok_vec *tv, size_t i, int town)
{
    static const char *const preps[] = { "in", "nach", "aus", "bei", "von",
        "bis", "gen", "zwischen", "und", "oder", "sowie", "gegen", "ab" };
    const tok *t = &tv->v[i];
    char w[128];
    size_t n = lower_form(text, t->s, t->e, w, sizeof w);
    if (!n || (t->flags & T_ALLCAPS) ||
        !(nf_cw_has(&nf_cw_de_nouns, w, n) || nf_cw_has(nf_cw_for("de"), w, n)))
        return 0;
    if (i + 1 < tv->n && tv->v[i + 1].sent == t->sent &&
        !(tv->v[i + 1].flags & T_BREAK) && tv->v[i + 1].e - tv->v[i + 1].s == 3 &&
        (memcmp(text + tv->v[i + 1].s, "des", 3) == 0 ||
         memcmp(text + tv->v[i + 1].s, "der", 3) == 0))
        return 1;
    if (i == 0 || (t->flags & (T_BREAK | T_SENT)))
        return 0;
    const tok *b = &tv->v[i - 1];
    if (b->script != SC_CASED)
        return 0;
    if (lex_of(text, b) & NF_LEX_DE_DET)
        return 1;            /* "Am Ende", "der Welt" */
    if (!(b->flags & T_LOWER) || !town)
        return 0;            /* a region takes an adjective: "ganz Europa" */
    for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++)
        if (b->e - b->s == strlen(preps[k]) &&
            memcmp(text + b->s, preps[k], b->e - b->s) == 0)
            return 0;
    return 1;
}

/* Cased scripts: the run of tokens [i, j] (see the file comment). */
static nf_status cased_run(nf_ent_stage *st, const char *text, const char *lang,
                           size_t i, size_t j, ment_vec *mv)
{
    const tok *v = st->toks.v;
    nf_ment m;
    memset(&m, 0, sizeof m);
    m.place = -1;
    int german = lang && strcmp(lang, "de") == 0;
    const nf_cw_filter *cw = nf_cw_for(lang);
    if (shouting(&st->toks, i))
        return shout_run(st, text, lang, german ? NULL : cw, i, j, mv);
    /* an organisation word in the run keeps its titles and places:
     * "General Motors", "Justice Department", "Japan Airlines" */
    int has_org = 0;
    for (size_t k = i; k <= j; k++)
        if (lex_of(text, &v[k]) & NF_LEX_ORG)
            has_org = 1;
    /* Dutch: a given name of the dictionary inside the run, followed by
     * another name word and preceded by no given name, opens a person's
     * name: what comes before is a name of its own or a word of the
     * sentence ("Cultuur | Bert Anciaux", "Oppositieleider | Ariel
     * Sharon").  Not in Spanish (two surnames, compound given names:
     * "Juan Miguel Núñez"), English or German (whose dictionaries list
     * fewer given names) */
    const nf_cw_filter *names = lang && strcmp(lang, "nl") == 0 ? nf_cw_names_for(lang) : NULL;
    for (size_t p = i + 1; names && !has_org && p < j; p++) {
        const tok *a = &v[p - 1], *b = &v[p];
        if ((a->flags | b->flags | v[p + 1].flags) & T_ALLCAPS ||
            (b->flags & T_HYPHEN) || (v[p + 1].flags & T_HYPHEN) ||
            (lex_of(text, a) & (NF_LEX_PARTICLE | NF_LEX_ARTICLE | NF_LEX_STOP)))
            continue;
        char w[128];
        size_t n = lower_form(text, b->s, b->e, w, sizeof w);
        if (!n || !nf_cw_has(names, w, n))
            continue;
        n = lower_form(text, a->s, a->e, w, sizeof w);
        if (!n || nf_cw_has(names, w, n))
            continue;
        nf_status s = cased_run(st, text, lang, i, p - 1, mv);
        return s ? s : cased_run(st, text, lang, p, j, mv);
    }
    /* leading titles, function words, months; a sentence's first word
     * when the article writes it in lower case */
    while (i <= j) {
        unsigned lx = lex_of(text, &v[i]);
        if (i < j && known_prefix(text, v, i, j))
            break;       /* "New York", "Los Angeles", "The Hague" */
        /* a capitalised particle inside a sentence opens a surname:
         * "Van Gaal", "De Clercq", "Di Rupo"; in Dutch also at a
         * sentence's start, and so does the article "Het" ("Het Parool",
         * initial_particle_name) */
        if (i < j && ((lx & NF_LEX_PARTICLE) ||
                      ((lx & NF_LEX_ARTICLE) && (v[i].flags & T_SENT) && lang &&
                       strcmp(lang, "nl") == 0)) && (v[i].flags & T_CAP) &&
            !(v[i].flags & T_ALLCAPS) &&
            (!(v[i].flags & T_SENT) || initial_particle_name(text, lang, v, i, j)))
            break;
        /* an article written capitalised inside a sentence belongs to
         * the name: "La Voz de Galicia", "El País", "The Hague" */
        if (i < j && (v[i].flags & T_CAP) && !(v[i].flags & (T_SENT | T_ALLCAPS)) &&
            ((lx & NF_LEX_ARTICLE) ||
             (v[i].e - v[i].s == 2 && memcmp(text + v[i].s, "El", 2) == 0)))
            break;
        if ((lx & NF_LEX_ROLE) && !has_org) {
            if (!m.cue)
                m.role_start = v[i].s;
            m.role_end = v[i].e;
            m.cue = 1;
            i++;
            continue;
        }
        /* a curated acronym is not a function word ("UN" is not Spanish
         * "un") */
        if (((lx & (NF_LEX_STOP | NF_LEX_TIME | NF_LEX_PARTICLE)) &&
             !((v[i].flags & T_ALLCAPS) && !shouting(&st->toks, i) &&
               nf_curated_lookup(text + v[i].s, v[i].e - v[i].s) >= 0)) ||
            (initial_common(st, text, &v[i], cw, german ? NULL : nf_cw_names_for(lang),
                            i < j) &&
             german_genitive_place(text, lang, &v[i]) < 0)) {
            i++;
            continue;
        }
        /* German: a common noun before a name is a title or a word of the
         * sentence ("Bundeskanzler Helmut Kohl") */
        if (german && i < j && !(lx & NF_LEX_ORG) && german_noun(text, &v[i]) &&
            !place_word(text, lang, &v[i]) && !given_name_elsewhere(text, &v[i])) {
            i++;
            continue;
        }
        /* a place (of up to three words) before a title or a name:
         * "Stati Uniti Donald Trump", "US General ...", "Russian Foreign
         * Minister ..." */
        if (i < j) {
            size_t pe = 0;
            for (size_t k = i; k <= j && k < i + 3 && k < j; k++)
                if (place_of(text, v[i].s, v[k].e) >= 0)
                    pe = k + 1;
            if (pe == i + 1 && nf_places[place_of(text, v[i].s, v[i].e)].kind == NF_PLACE_CITY &&
                !(lex_of(text, &v[i + 1]) & NF_LEX_ROLE))
                pe = 0;          /* "Vladimir Putin": a city's name as a given name */
            if (!pe && place_word(text, lang, &v[i]) && place_of(text, v[i].s, v[i].e) < 0)
                pe = i + 1;
            /* split only before a title or a name of two or more words
             * ("US General X", "Stati Uniti Donald Trump"), never inside
             * an organisation's name or before a single word ("New York
             * Yankees", "Bosnian Serb") */
            /* Dutch: an inflected adjective of a place ("Britse Concorde",
             * "Canadese Gander") is an attribute, never part of the name */
            int nl_attr = pe == i + 1 && lang && strcmp(lang, "nl") == 0 &&
                          place_of(text, v[i].s, v[i].e) < 0 && text[v[i].e - 1] == 'e' &&
                          !english_name(text, &v[i]);     /* "George" */
            if (pe && (has_org || (!nl_attr && !(lex_of(text, &v[pe]) & NF_LEX_ROLE) &&
                                   j - pe < 1)))
                pe = 0;
            if (pe && pe <= j) {
                nf_ment pm;
                memset(&pm, 0, sizeof pm);
                pm.start = v[i].s;
                pm.end = v[pe - 1].e;
                pm.place = place_of(text, pm.start, pm.end);
                if (pm.place < 0 && pe == i + 1)
                    pm.place = german_genitive_place(text, lang, &v[i]);
                if (pm.place < 0) {
                    char w[128];
                    size_t n = lower_form(text, v[i].s, v[i].e, w, sizeof w);
                    int known = 0;
                    pm.place = n ? demonym_of(lang, w, n, &known) : -1;
                    pm.demonym = 1;
                }
                pm.type = NF_ENTITY_LOCATION;
                nf_status s = pm.place >= 0 ? push_ment(mv, pm) : NF_OK;
                if (s)
                    return s;
                i = pe;
                continue;
            }
        }
        break;
    }
    while (j >= i && j < st->toks.n &&
           (lex_of(text, &v[j]) & (NF_LEX_TIME | NF_LEX_PARTICLE | NF_LEX_STOP)) &&
           !((v[j].flags & T_ALLCAPS) &&
             nf_curated_lookup(text + v[j].s, v[j].e - v[j].s) >= 0)) {
        if (j == 0)
            return NF_OK;
        j--;
    }
    if (i > j || j >= st->toks.n)
        return NF_OK;
    if (!m.cue)
        m.cue = role_before(text, &st->toks, i, &m.role_start, &m.role_end);
    m.start = v[i].s;
    m.end = v[j].e;
    m.place = place_of(text, m.start, m.end);
    size_t ntok = j - i + 1;
    if (german && ntok == 1 && m.place >= 0 && nf_places[m.place].kind != NF_PLACE_COUNTRY &&
        german_town_noun(text, &st->toks, i, nf_places[m.place].kind == NF_PLACE_CITY))
        return NF_OK;
    int cur = nf_curated_lookup(text + m.start, m.end - m.start);
    if (cur >= 0 && (m.place < 0 || nf_curated_entries[cur].type != NF_ENTITY_LOCATION)) {
        /* a name of the curated list: its type, whatever the cues */
        m.curated = cur + 1;
        m.type = nf_curated_entries[cur].type;
        return push_ment(mv, m);
    }
    if (shouting(&st->toks, i)) {
        if (m.place < 0)
            return NF_OK;
        m.type = NF_ENTITY_LOCATION;
        return push_ment(mv, m);
    }
    if (german && ntok == 1 && m.place < 0 && !(v[i].flags & T_ALLCAPS) &&
        v[i].e - v[i].s > 3 && text[v[i].e - 1] == 's') {
        /* German genitive of a place: "Japans", "Israels", "Tokios" */
        m.place = place_of(text, v[i].s, v[i].e - 1);
        if (m.place >= 0 && nf_places[m.place].kind == NF_PLACE_CITY &&
            german_town_noun(text, &st->toks, i, 1))
            m.place = -1;
    }
    if (ntok == 1 && m.place < 0 && !(v[i].flags & T_ALLCAPS)) {
        /* an adjective of a place or people, or an inhabitant noun
         * ("Deutsche", "Amerikaner", "French"), before the noun test:
         * they are nouns too */
        char w[128];
        size_t n = lower_form(text, v[i].s, v[i].e, w, sizeof w);
        int known = 0;
        int32_t p = n ? demonym_of(lang, w, n, &known) : -1;
        if (known) {
            m.place = p;
            m.demonym = p >= 0;
            m.type = p >= 0 ? NF_ENTITY_LOCATION : NF_ENTITY_OTHER;
            return push_ment(mv, m);
        }
    }
    if (german && ntok == 1 && m.place < 0 && german_org_compound(text, &v[i])) {
        m.type = NF_ENTITY_ORGANIZATION;    /* "Kultusministerium" */
        return push_ment(mv, m);
    }
    if (german && ntok == 1 && m.place < 0 && !(v[i].flags & T_ALLCAPS) &&
        !(lex_of(text, &v[i]) & NF_LEX_ORG) &&
        (german_noun(text, &v[i]) || german_nominal(text, &v[i], cw) ||
         garbled(text, &v[i])))
        return NF_OK;        /* every German noun is capitalised (and a
                              * garbled word, which no list can answer for,
                              * is most likely one of them) */
    int org = 0;
    for (size_t k = i; k <= j; k++)
        if (lex_of(text, &v[k]) & NF_LEX_ORG)
            org = 1;
    /* German: an organisation word alone ("die Partei", "der Verein",
     * "SV") is the common noun, capitalised as every noun is (elsewhere
     * the capital says an institution: "el Congreso") */
    if (german && org && ntok == 1 && m.place < 0)
        return NF_OK;
    if (m.place >= 0) {
        m.type = NF_ENTITY_LOCATION;
    } else if (org || (ntok == 1 && (v[i].flags & T_ALLCAPS) &&
                       v[i].e - v[i].s <= 6)) {
        m.type = NF_ENTITY_ORGANIZATION;
    } else if (m.cue || ntok >= 2) {
        m.type = NF_ENTITY_PERSON;
    } else {
        m.type = NF_ENTITY_OTHER;
        if (v[i].e - v[i].s < 2)
            return NF_OK;
        char w[128];
        size_t n = lower_form(text, v[i].s, v[i].e, w, sizeof w);
        if (n) {
            m.place = nf_place_demonym(w, n);
            m.demonym = m.place >= 0;
            if (m.demonym)
                m.type = NF_ENTITY_LOCATION;
        }
    }
    return push_ment(mv, m);
}

/* German: every noun is capitalised, so a run of capitalised words may
 * hold common nouns next to names ("Kanzler Kohl Mittwoch"): unless the
 * whole run is a known name (gazetteer, curated), it is cut at each
 * sure common noun that is no organisation word, and the pieces are read as
 * runs of their own.  Only sure nouns cut (german_sure_noun): many
 * surnames are nouns as well. */
static nf_status german_run(nf_ent_stage *st, const char *text, const char *lang,
                            size_t i, size_t j, ment_vec *mv)
{
    const tok *v = st->toks.v;
    if (j == i || shouting(&st->toks, i) || place_of(text, v[i].s, v[j].e) >= 0 ||
        nf_curated_lookup(text + v[i].s, v[j].e - v[i].s) >= 0)
        return cased_run(st, text, lang, i, j, mv);
    size_t a = i;
    for (size_t k = i; k <= j; k++) {
        /* a hyphenated compound ending in a noun ends a name before it
         * and starts none after it: "SPD-Chef Oskar Lafontaine" */
        size_t b = k;
        while (b < j && tight_hyphen(text, v, b + 1))
            b++;
        int cut = b > k ? !(v[b].flags & T_ALLCAPS) && german_noun(text, &v[b])
                        : !(v[k].flags & T_ALLCAPS) && !(lex_of(text, &v[k]) & NF_LEX_ORG) &&
                          place_of(text, v[k].s, v[k].e) < 0 && german_sure_noun(text, &v[k]);
        if (!cut) {
            k = b;
            continue;
        }
        if (k > a) {
            nf_status s = cased_run(st, text, lang, a, k - 1, mv);
            if (s)
                return s;
        }
        if (b > k) {
            /* the compound is a piece of its own ("CDU-Fraktion") */
            nf_status s = cased_run(st, text, lang, k, b, mv);
            if (s)
                return s;
        }
        a = b + 1;
        k = b;
    }
    return a <= j ? cased_run(st, text, lang, a, j, mv) : NF_OK;
}

/* Languages writing adjectives of places in lower case. */
static int lowercase_adjectives(const char *lang)
{
    static const char *const langs[] = { "it", "es", "fr", "ro", "pt", "pl",
                                         "ru", "uk", "tr", "ca" };
    for (size_t i = 0; lang && i < sizeof langs / sizeof langs[0]; i++)
        if (strcmp(lang, langs[i]) == 0)
            return 1;
    return 0;
}

/* Katakana token t (index i). */
static nf_status kata_token(nf_ent_stage *st, const char *text, size_t len,
                            size_t i, ment_vec *mv)
{
    const tok *t = &st->toks.v[i];
    nf_ment m;
    memset(&m, 0, sizeof m);
    m.start = t->s;
    m.end = t->e;
    if (t->e - t->s < 6)              /* a single katakana character */
        return NF_OK;
    m.place = place_of(text, t->s, t->e);
    if (m.place >= 0) {
        m.type = NF_ENTITY_LOCATION;
        return push_ment(mv, m);
    }
    int cur = nf_curated_lookup(text + t->s, t->e - t->s);
    if (cur >= 0) {
        m.place = -1;
        m.curated = cur + 1;
        m.type = nf_curated_entries[cur].type;
        return push_ment(mv, m);
    }
    size_t tl = t->e < len ? nf_lex_cjk_title(text + t->e, text + len) : 0;
    if (tl) {
        m.cue = 1;
        m.role_start = t->e;
        m.role_end = t->e + tl;
    } else if (i > 0 && st->toks.v[i - 1].e == t->s &&
               st->toks.v[i - 1].script == SC_HAN) {
        /* a title right before: ウクライナ大統領ヴォルディーミー */
        const tok *h = &st->toks.v[i - 1];
        for (size_t b = h->s; b < h->e; b++) {
            if (((unsigned char)text[b] & 0xC0) == 0x80)
                continue;
            size_t l = nf_lex_cjk_title(text + b, text + h->e);
            if (l && b + l == h->e) {
                m.cue = 1;
                m.role_start = b;
                m.role_end = h->e;
                break;
            }
        }
    }
    if (t->flags & T_MIDDOT) {
        /* a list of places written with ・ is not a name */
        size_t a = t->s, b;
        int all_places = 1;
        while (a < t->e) {
            b = a;
            while (b < t->e && strncmp(text + b, "\xE3\x83\xBB", 3) != 0)
                b++;
            if (place_of(text, a, b) < 0)
                all_places = 0;
            a = b + 3;
        }
        if (all_places) {
            a = t->s;
            while (a < t->e) {
                b = a;
                while (b < t->e && strncmp(text + b, "\xE3\x83\xBB", 3) != 0)
                    b++;
                nf_ment pm = m;
                pm.start = a;
                pm.end = b;
                pm.place = place_of(text, a, b);
                pm.type = NF_ENTITY_LOCATION;
                pm.cue = 0;
                nf_status s = push_ment(mv, pm);
                if (s)
                    return s;
                a = b + 3;
            }
            return NF_OK;
        }
        m.type = NF_ENTITY_PERSON;
    } else if (m.cue) {
        m.type = NF_ENTITY_PERSON;
    } else {
        m.type = NF_ENTITY_OTHER;
        m.weak = 1;
    }
    return push_ment(mv, m);
}

/* Han token t: places by longest match; a name with · is a person. */
static nf_status han_token(const char *text, const tok *t, ment_vec *mv)
{
    nf_ment m;
    memset(&m, 0, sizeof m);
    size_t a = t->s;
    if (t->flags & T_MIDDOT) {
        /* a transliterated full name (given·family): after the last · the
         * family name runs to a function character (在 的 是 说 ...) or
         * at most six characters; the rest of the run is read as usual */
        size_t dot = t->s, b;
        for (b = t->s; b + 1 < t->e; b++)
            if ((unsigned char)text[b] == 0xC2 && (unsigned char)text[b + 1] == 0xB7)
                dot = b + 2;
        static const char stop_chars[] = "在的是和与说表对将已于向从为被把了也都就曾同及称";
        size_t e = dot;
        for (int chars = 0; e < t->e && chars < 6; chars++) {
            if (chars >= 2) {
                const char *q = stop_chars;
                int stop = 0;
                while (*q && !stop) {
                    stop = memcmp(q, text + e, 3) == 0;
                    q += 3;
                }
                if (stop || place_of(text, e, e + 6 <= t->e ? e + 6 : t->e) >= 0)
                    break;
            }
            e++;
            while (e < t->e && ((unsigned char)text[e] & 0xC0) == 0x80)
                e++;
        }
        m.start = t->s;
        m.end = e;
        m.place = -1;
        m.type = NF_ENTITY_PERSON;
        nf_status s = push_ment(mv, m);
        if (s)
            return s;
        a = e;
    }
    while (a < t->e) {
        size_t best = 0;
        int32_t bp = -1;
        size_t b = a, chars = 0;
        while (b < t->e && chars < 8) {
            b++;
            while (b < t->e && ((unsigned char)text[b] & 0xC0) == 0x80)
                b++;
            chars++;
            if (chars < 2)
                continue;
            int32_t p = place_of(text, a, b);
            if (p >= 0 && (chars >= 3 || nf_places[p].kind != NF_PLACE_CITY ||
                           nf_places[p].population >= 1000000)) {
                best = b;
                bp = p;
            }
        }
        int cur = -1;
        size_t cl = nf_curated_prefix(text + a, text + t->e, &cur);
        if (cl && a + cl >= best) {
            m.start = a;
            m.end = a + cl;
            m.place = -1;
            m.curated = cur + 1;
            m.type = nf_curated_entries[cur].type;
            nf_status s = push_ment(mv, m);
            if (s)
                return s;
            m.curated = 0;
            a += cl;
        } else if (bp >= 0) {
            m.start = a;
            m.end = best;
            m.place = bp;
            m.type = NF_ENTITY_LOCATION;
            nf_status s = push_ment(mv, m);
            if (s)
                return s;
            a = best;
        } else {
            a++;
            while (a < t->e && ((unsigned char)text[a] & 0xC0) == 0x80)
                a++;
        }
    }
    return NF_OK;
}

/* Arabic, Hangul, Devanagari and other words: places (with prefixes or
 * particles stripped) and a person after a role or before a title. */
static nf_status other_token(nf_ent_stage *st, const char *text, size_t len,
                             size_t i, ment_vec *mv)
{
    const tok *t = &st->toks.v[i];
    if (mv->n && mv->v[mv->n - 1].start <= t->s && mv->v[mv->n - 1].end >= t->e)
        return NF_OK;            /* inside the previous (two-word) name */
    nf_ment m;
    memset(&m, 0, sizeof m);
    m.start = t->s;
    m.end = t->e;
    m.place = place_of(text, t->s, t->e);
    static const char *const ar_prefix[] = { "\xD9\x88\xD8\xA7\xD9\x84", "\xD8\xA8\xD8\xA7\xD9\x84",
        "\xD9\x84\xD9\x84", "\xD8\xA7\xD9\x84", "\xD9\x88", "\xD8\xA8", "\xD9\x84", "\xD9\x81" };
    for (size_t k = 0; m.place < 0 && k < sizeof ar_prefix / sizeof ar_prefix[0]; k++) {
        size_t pl = strlen(ar_prefix[k]);
        if (t->e - t->s > pl + 4 && memcmp(text + t->s, ar_prefix[k], pl) == 0) {
            m.place = place_of(text, t->s + pl, t->e);
            if (m.place >= 0)
                m.start = t->s + pl;
        }
    }
    for (size_t cut = 3; m.place < 0 && cut <= 6; cut += 3) {
        /* Korean particles: one or two syllables */
        if (t->e - t->s > cut + 3 && (unsigned char)text[t->e - cut] >= 0xEA) {
            m.place = place_of(text, t->s, t->e - cut);
            if (m.place >= 0)
                m.end = t->e - cut;
        }
    }
    if (m.place >= 0) {
        m.type = NF_ENTITY_LOCATION;
        return push_ment(mv, m);
    }
    /* a curated name of one or two words (الأمم المتحدة), with a prefix
     * (و, ب, ل) left out */
    const tok *nx2 = i + 1 < st->toks.n ? &st->toks.v[i + 1] : NULL;
    for (int two = 1; two >= 0; two--) {
        if (two && (!nx2 || nx2->script != SC_OTHER || (nx2->flags & T_BREAK)))
            continue;
        size_t e = two ? nx2->e : t->e;
        for (size_t k = 0; k < 2; k++) {
            size_t s0 = t->s + (k ? 2 : 0);
            if (k && (t->e - t->s < 6 || ((unsigned char)text[t->s] != 0xD9 &&
                                          (unsigned char)text[t->s] != 0xD8)))
                continue;
            int cur = nf_curated_lookup(text + s0, e - s0);
            if (cur >= 0) {
                m.start = s0;
                m.end = e;
                m.place = -1;
                m.curated = cur + 1;
                m.type = nf_curated_entries[cur].type;
                return push_ment(mv, m);
            }
        }
    }
    /* a title in the next word (Korean) or a role word before */
    const tok *nx = i + 1 < st->toks.n ? &st->toks.v[i + 1] : NULL;
    if (nx && nx->script == SC_OTHER && nf_lex_cjk_title(text + nx->s, text + len)) {
        m.cue = 1;
        m.role_start = nx->s;
        m.role_end = nx->s + nf_lex_cjk_title(text + nx->s, text + len);
    } else if (i > 0 && (lex_of(text, &st->toks.v[i - 1]) & NF_LEX_ROLE) &&
               !(lex_of(text, t) & (NF_LEX_STOP | NF_LEX_ROLE))) {
        m.cue = 1;
        m.role_start = st->toks.v[i - 1].s;
        m.role_end = st->toks.v[i - 1].e;
        /* the name may have two words */
        if (nx && nx->script == SC_OTHER && nx->sent == t->sent &&
            !(nx->flags & T_BREAK) && !(lex_of(text, nx) & (NF_LEX_STOP | NF_LEX_ROLE)))
            m.end = nx->e;
    }
    if (!m.cue)
        return NF_OK;
    m.place = -1;
    m.type = NF_ENTITY_PERSON;
    return push_ment(mv, m);
}

/* Can token k continue a cased run whose last token is k - 1?  In German
 * an article between capitalised words ("Ende der Welt") joins nothing:
 * every noun is capitalised there. */
static int continues(const char *text, const tok *v, size_t n, size_t k,
                     int german, size_t *next)
{
    if (k >= n || v[k].script != SC_CASED || (v[k].flags & T_BREAK) ||
        v[k].sent != v[k - 1].sent)
        return 0;
    if ((v[k].flags & (T_CAP | T_ALLCAPS)) && !(v[k].flags & T_DIGIT)) {
        /* a curated acronym next to an ordinary word is a name of its own
         * ("Министры НАТО", "NATO Brussels") */
        if (((v[k].flags ^ v[k - 1].flags) & T_ALLCAPS) &&
            nf_curated_lookup(text + ((v[k].flags & T_ALLCAPS) ? v[k].s : v[k - 1].s),
                              (v[k].flags & T_ALLCAPS) ? v[k].e - v[k].s
                                                       : v[k - 1].e - v[k - 1].s) >= 0)
            return 0;
        *next = k;
        return 1;
    }
    if ((v[k].flags & T_LOWER) && k + 1 < n && v[k + 1].script == SC_CASED &&
        !(v[k + 1].flags & T_BREAK) && (v[k + 1].flags & T_CAP) &&
        v[k + 1].sent == v[k].sent && (lex_of(text, &v[k]) & NF_LEX_PARTICLE) &&
        !(german && (lex_of(text, &v[k]) & NF_LEX_DE_DET))) {
        *next = k + 1;
        return 1;
    }
    /* a particle and an article: "Partido de los Trabajadores", "Bank of
     * the Netherlands" */
    if ((v[k].flags & T_LOWER) && k + 2 < n && (lex_of(text, &v[k]) & NF_LEX_PARTICLE) &&
        v[k + 1].script == SC_CASED && (v[k + 1].flags & T_LOWER) &&
        !(v[k + 1].flags & T_BREAK) && (lex_of(text, &v[k + 1]) & NF_LEX_ARTICLE) &&
        v[k + 2].script == SC_CASED && !(v[k + 2].flags & T_BREAK) &&
        (v[k + 2].flags & T_CAP) && v[k + 2].sent == v[k].sent) {
        *next = k + 2;
        return 1;
    }
    return 0;
}

/* Is token t a sports club's abbreviation, an organisation word in
 * capitals (FC, SV, TSV, BSC)?  Its name may hold numbers. */
static int club_word(const char *text, const tok *t)
{
    return (t->flags & T_ALLCAPS) && t->e - t->s <= 4 && (lex_of(text, t) & NF_LEX_ORG);
}

/* Is token t a number of two or four digits ("09", "1860"), or of one or
 * two before a dot (an ordinal: "1.")? */
static int number_word(const char *text, size_t len, const tok *t)
{
    size_t n = t->e - t->s;
    for (size_t k = t->s; k < t->e; k++)
        if (text[k] < '0' || text[k] > '9')
            return 0;
    return n == 2 || n == 4 || (n == 1 && t->e < len && text[t->e] == '.');
}

/* Orders mentions by start. */
static int cmp_ment(const void *a, const void *b)
{
    const nf_ment *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* German: a surname that is also a common noun ("Wolfgang Männer",
 * "Gabriele Wolf") is dropped by the noun test when it stands alone;
 * once the article has named the person in full, every capitalised word
 * equal to that surname (or its genitive in -s) is the person again.
 * Adds those mentions and sorts mv by start. */
static nf_status german_surnames(nf_ent_stage *st, const char *text, ment_vec *mv)
{
    uint64_t sur[64];
    size_t ns = 0, n0 = mv->n;
    for (size_t i = 0; i < n0 && ns < 64; i++) {
        const nf_ment *m = &mv->v[i];
        if (m->type != NF_ENTITY_PERSON || m->curated)
            continue;
        size_t b = m->end;
        while (b > m->start && text[b - 1] != ' ')
            b--;
        if (b == m->start)
            continue;            /* one word */
        /* the full name opens with a given name: a proper noun of the
         * dictionary or no ordinary word ("Wolfgang", "Christa"; not
         * "Zwei Jahre") */
        char w[128];
        size_t fe = m->start;
        while (fe < m->end && text[fe] != ' ')
            fe++;
        size_t n = lower_form(text, m->start, fe, w, sizeof w);
        int given = n && (nf_cw_has(nf_cw_names_for("de"), w, n) || given_name_w(w, n));
        if (!n || (!given && (de_has(&nf_cw_de_nouns, w, n) || de_has(nf_cw_for("de"), w, n))))
            continue;
        n = lower_form(text, b, m->end, w, sizeof w);
        /* a surname that is a noun too needs a given name the dictionary
         * knows ("Wolfgang Männer", not "Volkshochschule Kurse") */
        if (!given && german_noun_w(w, n))
            continue;
        if (n >= 3)
            sur[ns++] = hash_bytes(w, n);
    }
    if (!ns)
        return NF_OK;
    size_t mi = 0;
    for (size_t i = 0; i < st->toks.n; i++) {
        const tok *t = &st->toks.v[i];
        if (t->script != SC_CASED || !(t->flags & T_CAP) || (t->flags & T_ALLCAPS))
            continue;
        char w[128];
        size_t n = lower_form(text, t->s, t->e, w, sizeof w);
        if (n < 3)
            continue;
        uint64_t h = hash_bytes(w, n), hg = w[n - 1] == 's' ? hash_bytes(w, n - 1) : 0;
        int hit = 0;
        for (size_t k = 0; k < ns && !hit; k++)
            hit = sur[k] == h || sur[k] == hg;
        if (!hit || (i > 0 && !(t->flags & T_BREAK) &&
                     (lex_of(text, &st->toks.v[i - 1]) & NF_LEX_DE_DET) &&
                     (st->toks.v[i - 1].flags & T_LOWER)))
            continue;            /* "die Männer": the noun after its article */
        /* mentions found so far are in text order */
        while (mi < n0 && mv->v[mi].end <= t->s)
            mi++;
        if (mi < n0 && mv->v[mi].start < t->e)
            continue;            /* inside a mention already */
        nf_ment m;
        memset(&m, 0, sizeof m);
        m.start = t->s;
        m.end = t->e;
        m.place = -1;
        m.type = NF_ENTITY_PERSON;
        nf_status s = push_ment(mv, m);
        if (s)
            return s;
    }
    if (mv->n > n0)
        qsort(mv->v, mv->n, sizeof *mv->v, cmp_ment);
    return NF_OK;
}

nf_status nf_ent_detect(nf_ent_stage *st, const char *text, size_t len,
                        const char *lang, nf_ment **out, size_t *n)
{
    return nf_ent_detect_sents(st, text, len, lang, NULL, 0, out, n);
}

nf_status nf_ent_detect_sents(nf_ent_stage *st, const char *text, size_t len,
                              const char *lang, const nf_span *sents,
                              size_t n_sents, nf_ment **out, size_t *n)
{
    assert(st && (text || len == 0) && out && n);
    *out = NULL;
    *n = 0;
    ment_vec mv = { NULL, 0, 0 };
    nf_status s = scan(st, text, len, sents, n_sents);
    if (!s)
        s = collect_lower(st, text);
    const tok *v = st->toks.v;
    size_t nt = st->toks.n;
    int lower_adj = lowercase_adjectives(lang);
    int german = lang && strcmp(lang, "de") == 0;
    for (size_t i = 0; i < nt && !s; i++) {
        const tok *t = &v[i];
        switch (t->script) {
        case SC_CASED:
            if ((t->flags & (T_CAP | T_ALLCAPS)) && !(t->flags & T_DIGIT)) {
                size_t j = i, nx, n0 = mv.n;
                while (continues(text, v, nt, j + 1, german, &nx))
                    j = nx;
                int club = club_word(text, t);
                while (club && j + 1 < nt && number_word(text, len, &v[j + 1]) &&
                       !(v[j + 1].flags & T_BREAK) && v[j + 1].sent == t->sent) {
                    j++;        /* "SV 09 Flörsheim", "FSV Mainz 05" */
                    while (continues(text, v, nt, j + 1, german, &nx))
                        j = nx;
                }
                s = german ? german_run(st, text, lang, i, j, &mv)
                           : cased_run(st, text, lang, i, j, &mv);
                /* and its ordinal: "1. FC Köln" */
                if (!s && club && i > 0 && mv.n > n0 && mv.v[n0].start == t->s &&
                    number_word(text, len, &v[i - 1]) && v[i - 1].sent == t->sent &&
                    v[i - 1].e - v[i - 1].s == 1 && t->s == v[i - 1].e + 2 &&
                    text[v[i - 1].e] == '.')
                    mv.v[n0].start = v[i - 1].s;
                i = j;
            } else if ((lower_adj || german) && (t->flags & T_LOWER) &&
                       t->e - t->s >= 5) {
                /* German: the cue table only (lower-case words are never
                 * names there, but its adjectives of places are) */
                char w[128];
                size_t wn = lower_form(text, t->s, t->e, w, sizeof w);
                int known = 0;
                int32_t p = -1;
                if (wn && !(nf_lex_classes(w, wn) & NF_LEX_STOP)) {
                    if (german)
                        known = nf_cue_demonym(lang, w, wn, &p);
                    else
                        p = demonym_of(lang, w, wn, &known);
                }
                if (known && p < 0 && german) {
                    /* a people without a place ("kurdischen") */
                    nf_ment m;
                    memset(&m, 0, sizeof m);
                    m.start = t->s;
                    m.end = t->e;
                    m.place = -1;
                    m.type = NF_ENTITY_OTHER;
                    s = push_ment(&mv, m);
                } else if (p >= 0) {
                    nf_ment m;
                    memset(&m, 0, sizeof m);
                    m.start = t->s;
                    m.end = t->e;
                    m.place = p;
                    m.demonym = 1;
                    m.type = NF_ENTITY_LOCATION;
                    s = push_ment(&mv, m);
                }
            }
            break;
        case SC_KATA:
            s = kata_token(st, text, len, i, &mv);
            break;
        case SC_HAN:
            s = han_token(text, t, &mv);
            break;
        case SC_OTHER:
            s = other_token(st, text, len, i, &mv);
            break;
        default:
            break;
        }
    }
    if (!s && german)
        s = german_surnames(st, text, &mv);
    if (s) {
        free(mv.v);
        return s;
    }
    *out = mv.v;
    *n = mv.n;
    return NF_OK;
}

nf_namer *nf_ent_stage_namer(nf_ent_stage *st)
{
    return st->namer;
}
