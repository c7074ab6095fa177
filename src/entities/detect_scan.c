/* detect_scan.c - the mention detector's tokenizer.  The text is cut into
 * tokens by script (ICU's script property): cased scripts (Latin,
 * Cyrillic, Greek, Armenian, Georgian) give words; a katakana run keeps
 * its ・ and ー, so a Japanese full name is one token; a Han run is one
 * token (with the Chinese · inside); Arabic, Hangul, Devanagari words are
 * their own.  Each token carries its case flags, its sentence number, and
 * whether punctuation or a hyphen stands before it.  Apostrophes split
 * elisions (l'Ucraina) and possessives but stay inside O'Brien; dotted
 * abbreviations (U.S.) and initials before a name ("Thomas L. Friedman")
 * keep their dots; a dash between spaces is punctuation, an ampersand
 * is not ("Lernout & Hauspie"); the first word of a quoted sentence,
 * and the first word after an em or en dash and a space (a dateline's
 * or a speech's clause), is marked T_OPEN; a C1 control (mis-decoded
 * text) stays inside its word and hides its case.
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
    unsigned prev = 0;
    while (p < end) {
        unsigned c;
        p += nf_utf8_decode(p, end, &c);
        if (u_isdigit((UChar32)c))
            t->flags |= T_DIGIT;
        /* the "E" after a C1 control marks the lost letters ("F\u0081E"
         * was "Für"): it says nothing about case */
        int marker = prev >= 0x80 && prev <= 0x9F;
        prev = c;
        if (!u_isalpha((UChar32)c) || marker)
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

/* Does the text from p on, right after an opening quote, read as a
 * quoted sentence: six or more words before the closing quote or the
 * line's end (a quoted title, "Iron Lady", is shorter)? */
static int quoted_sentence(const char *p, const char *end)
{
    int words = 0, in_word = 0;
    while (p < end && *p != '\n') {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\'' ||
            (c == 0xE2 && p + 2 < end && (unsigned char)p[1] == 0x80 &&
             ((unsigned char)p[2] == 0x9D || (unsigned char)p[2] == 0x9C)) ||
            (c == 0xC2 && p + 1 < end && (unsigned char)p[1] == 0xBB))
            break;
        if (c == ' ')
            in_word = 0;
        else if (!in_word) {
            in_word = 1;
            words++;
        }
        p++;
    }
    return words >= 6;
}

/* Does the quotation starting at p (after its opening quote) hold two
 * words or more, all but the first starting with a lower-case letter
 * ("“Uso della forza”")?  Its first word's capital is the quotation's,
 * as a sentence's is.  A title with capitals inside ("“Game of
 * Thrones”") is no such phrase. */
static int quoted_phrase(const char *p, const char *end)
{
    int words = 0, start = 1;
    while (p < end && *p != '\n') {
        unsigned c;
        size_t cl = nf_utf8_decode(p, end, &c);
        if (c == '"' || c == 0x201D || c == 0x201C || c == 0xBB)
            return words >= 2;
        if (c == ' ') {
            start = 1;
        } else if (start) {
            start = 0;
            if (words++ > 0 && !u_islower((UChar32)c))
                return 0;
        }
        p += cl;
    }
    return 0;
}

/* Does punctuation c open a clause when a space follows it: an em dash
 * or an en dash?  (The hyphen-minus is left out: between spaces it
 * separates a match's sides and scores, "Tottenham - Chelsea"; so is the
 * colon, which opens lists of names as often as clauses: "Arbitros :
 * Gallego y Lamas", "Min.90 : Zamorano".) */
static int clause_opener(unsigned c)
{
    return c == 0x2014 || c == 0x2013;
}

nf_status nf_det_scan(nf_ent_stage *st, const char *text, size_t len,
                      const nf_span *sents, size_t n_sents)
{
    tok_vec *tv = &st->toks;
    tv->n = 0;
    st->list_sent = -1;
    const char *p = text, *end = text + len;
    size_t si = 0;
    int sent = 0, new_sent = 1, brk = 0, hyph = 0, opn = 0;
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
            brk = hyph = opn = 0;
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
                         (hyph && !brk ? T_HYPHEN : 0) | (opn && !new_sent ? T_OPEN : 0),
                         sc, sent };
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
        /* an ampersand joins the words of a firm's name: "Lernout &
         * Hauspie", "Marks & Spencer", "AT&T" */
        else if (c != ' ' && c != 0xA0 && c != '\t' && c != '&')
            brk = 1;
        /* an opening quote (after a space) before a quoted sentence,
         * not a quoted title ("Iron Lady"): a quoted sentence starts */
        if ((c == 0x201C || c == 0x201E || c == 0xAB ||
             ((c == '"' || c == '\'') && (at == 0 || text[at - 1] == ' '))) &&
            (quoted_sentence(p + cl, end) || quoted_phrase(p + cl, end)))
            opn = 1;
        /* a dash before a space opens a clause, as a sentence's start
         * does: a dateline's "10 февраля — Мощный шторм", a speech's "—
         * Сейчас наша задача", "Αθήνα – Τριάντα χώρες" */
        if (clause_opener(c) && p + cl < end && (p[cl] == ' ' || p[cl] == '\t'))
            opn = 1;
        /* a full stop glued between a lower-case letter and a capital
         * ("sostenuta.Disse": machine translation drops the space) ends
         * a sentence the splitter did not see; abbreviations have a
         * capital before the dot (U.S.) */
        if (sents && c == '.' && at > 0 && p + cl < end && in == 0 &&
            text[at - 1] >= 'a' && text[at - 1] <= 'z' && p[cl] >= 'A' && p[cl] <= 'Z')
            new_sent = 1;
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
