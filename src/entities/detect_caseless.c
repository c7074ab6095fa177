/* detect_caseless.c - mentions in scripts without case.  Katakana: a
 * place if the gazetteer knows it, a person if it has ・ or a title next
 * to it (大統領, 外相, 氏), else a *weak* candidate that coreference keeps
 * only when it joins a person (ゼレンスキー after
 * ヴォルディーミー・ゼレンスキー; loanwords never do).  Han: gazetteer and
 * curated names by longest match inside the run; a name with · is a
 * person.  Arabic, Hangul, Devanagari: gazetteer names (prefixes al-,
 * wa-, bi- and Korean particles stripped), curated names of one or two
 * words, and a person after a role word or before a title.
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

nf_status nf_det_kata_token(nf_ent_stage *st, const char *text, size_t len,
                            size_t i, ment_vec *mv)
{
    const tok *t = &st->toks.v[i];
    nf_ment m;
    memset(&m, 0, sizeof m);
    m.start = t->s;
    m.end = t->e;
    if (t->e - t->s < 6)              /* a single katakana character */
        return NF_OK;
    m.place = nf_det_place_of(text, t->s, t->e);
    if (m.place >= 0) {
        m.type = NF_ENTITY_LOCATION;
        return nf_det_push_ment(mv, m);
    }
    int cur = nf_curated_lookup(text + t->s, t->e - t->s);
    if (cur >= 0) {
        m.place = -1;
        m.curated = cur + 1;
        m.type = nf_curated_entries[cur].type;
        return nf_det_push_ment(mv, m);
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
            if (nf_det_place_of(text, a, b) < 0)
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
                pm.place = nf_det_place_of(text, a, b);
                pm.type = NF_ENTITY_LOCATION;
                pm.cue = 0;
                nf_status s = nf_det_push_ment(mv, pm);
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
    return nf_det_push_ment(mv, m);
}

/* Whether the code point at text[i] (before end) is a Thai vowel or tone
 * mark that belongs to the letter before it (U+0E31, U+0E34..U+0E3A,
 * U+0E47..U+0E4E). */
static int thai_mark(const char *text, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)text + i;
    if (i + 3 > end || u[0] != 0xE0 || (u[1] != 0xB8 && u[1] != 0xB9))
        return 0;
    unsigned cp = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E);
}

int nf_det_thai(const char *s, size_t n)
{
    return n >= 3 && (unsigned char)s[0] == 0xE0 &&
           ((unsigned char)s[1] == 0xB8 || (unsigned char)s[1] == 0xB9);
}

nf_status nf_det_han_token(const char *text, const tok *t, ment_vec *mv)
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
                if (stop || nf_det_place_of(text, e, e + 6 <= t->e ? e + 6 : t->e) >= 0)
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
        nf_status s = nf_det_push_ment(mv, m);
        if (s)
            return s;
        a = e;
    }
    /* Thai writes no spaces and its names are longer in code points
     * (vowel and tone marks count): a wider window, and a match may not
     * start on a mark or end before one */
    int thai = nf_det_thai(text + t->s, t->e - t->s);
    size_t max_chars = thai ? 16 : 8, min_chars = thai ? 3 : 2;
    while (a < t->e) {
        size_t best = 0;
        int32_t bp = -1;
        size_t b = a, chars = 0;
        while (b < t->e && chars < max_chars) {
            b++;
            while (b < t->e && ((unsigned char)text[b] & 0xC0) == 0x80)
                b++;
            chars++;
            if (chars < min_chars || (thai && (thai_mark(text, a, t->e) || thai_mark(text, b, t->e))))
                continue;
            int32_t p = nf_det_place_of(text, a, b);
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
            nf_status s = nf_det_push_ment(mv, m);
            if (s)
                return s;
            m.curated = 0;
            a += cl;
        } else if (bp >= 0) {
            m.start = a;
            m.end = best;
            m.place = bp;
            m.type = NF_ENTITY_LOCATION;
            nf_status s = nf_det_push_ment(mv, m);
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

nf_status nf_det_other_token(nf_ent_stage *st, const char *text, size_t len,
                             size_t i, ment_vec *mv)
{
    const tok *t = &st->toks.v[i];
    if (mv->n && mv->v[mv->n - 1].start <= t->s && mv->v[mv->n - 1].end >= t->e)
        return NF_OK;            /* inside the previous (two-word) name */
    nf_ment m;
    memset(&m, 0, sizeof m);
    m.start = t->s;
    m.end = t->e;
    m.place = nf_det_place_of(text, t->s, t->e);
    static const char *const ar_prefix[] = { "\xD9\x88\xD8\xA7\xD9\x84", "\xD8\xA8\xD8\xA7\xD9\x84",
        "\xD9\x84\xD9\x84", "\xD8\xA7\xD9\x84", "\xD9\x88", "\xD8\xA8", "\xD9\x84", "\xD9\x81" };
    for (size_t k = 0; m.place < 0 && k < sizeof ar_prefix / sizeof ar_prefix[0]; k++) {
        size_t pl = strlen(ar_prefix[k]);
        if (t->e - t->s > pl + 4 && memcmp(text + t->s, ar_prefix[k], pl) == 0) {
            m.place = nf_det_place_of(text, t->s + pl, t->e);
            if (m.place >= 0)
                m.start = t->s + pl;
        }
    }
    /* Hebrew proclitics (ו ה ב ל מ ש כ, up to two): "בירושלים", "ובצרפת" */
    for (size_t pl = 2; m.place < 0 && pl <= 4; pl += 2) {
        static const char heb[] = "\xD7\x95\xD7\x94\xD7\x91\xD7\x9C\xD7\x9E\xD7\xA9\xD7\x9B";
        int ok = t->e - t->s >= pl + 6;
        for (size_t k = 0; ok && k < pl; k += 2) {
            ok = 0;
            for (size_t h = 0; h + 1 < sizeof heb && !ok; h += 2)
                ok = memcmp(text + t->s + k, heb + h, 2) == 0;
        }
        if (ok && (m.place = nf_det_place_of(text, t->s + pl, t->e)) >= 0)
            m.start = t->s + pl;
    }
    for (size_t cut = 3; m.place < 0 && cut <= 6; cut += 3) {
        /* Korean particles: one or two syllables */
        if (t->e - t->s > cut + 3 && (unsigned char)text[t->e - cut] >= 0xEA) {
            m.place = nf_det_place_of(text, t->s, t->e - cut);
            if (m.place >= 0)
                m.end = t->e - cut;
        }
    }
    if (m.place >= 0) {
        m.type = NF_ENTITY_LOCATION;
        return nf_det_push_ment(mv, m);
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
                return nf_det_push_ment(mv, m);
            }
        }
    }
    /* a title in the next word (Korean) or a role word before */
    const tok *nx = i + 1 < st->toks.n ? &st->toks.v[i + 1] : NULL;
    if (nx && nx->script == SC_OTHER && nf_lex_cjk_title(text + nx->s, text + len)) {
        m.cue = 1;
        m.role_start = nx->s;
        m.role_end = nx->s + nf_lex_cjk_title(text + nx->s, text + len);
    } else if (i > 0 && (nf_det_lex_of(text, &st->toks.v[i - 1]) & NF_LEX_ROLE) &&
               !(nf_det_lex_of(text, t) & (NF_LEX_STOP | NF_LEX_ROLE))) {
        m.cue = 1;
        m.role_start = st->toks.v[i - 1].s;
        m.role_end = st->toks.v[i - 1].e;
        /* the name may have two words */
        if (nx && nx->script == SC_OTHER && nx->sent == t->sent &&
            !(nx->flags & T_BREAK) && !(nf_det_lex_of(text, nx) & (NF_LEX_STOP | NF_LEX_ROLE)))
            m.end = nx->e;
    }
    if (!m.cue)
        return NF_OK;
    m.place = -1;
    m.type = NF_ENTITY_PERSON;
    return nf_det_push_ment(mv, m);
}
