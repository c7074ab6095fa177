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

/* Han places and curated names by longest match in text[a..end) (the
 * window: 8 characters, Thai 16), appended to mv.  Errors:
 * NF_ERR_NOMEM. */
static nf_status han_scan(const char *text, size_t a, size_t end, ment_vec *mv);

/* A Han run that writes an organisation or a place, a title and a
 * transliterated full name without a break ("诺德哈拉矿业首席执行官托马斯·埃
 * 克贝里", "葡萄牙海洋部长鲁伊·塔瓦雷斯·莱莫斯"): the name starts after the
 * last title that ends before the first ·, two characters or more
 * before it.  Returns that start (t->s when no title is there) and the
 * title's span in *rs, *re. */
static size_t han_name_start(const char *text, const tok *t, size_t *rs, size_t *re)
{
    size_t dot = t->s;
    while (dot + 1 < t->e &&
           !((unsigned char)text[dot] == 0xC2 && (unsigned char)text[dot + 1] == 0xB7))
        dot++;
    size_t best = t->s;
    /* a title of up to five characters and a given name of up to eight
     * before the · */
    for (size_t b = dot > t->s + 39 ? dot - 39 : t->s; b + 3 <= dot; b++) {
        if (((unsigned char)text[b] & 0xC0) == 0x80)
            continue;
        size_t l = nf_lex_cjk_title(text + b, text + dot);
        if (l && b + l + 6 <= dot) {       /* a given name of two or more */
            best = b + l;
            *rs = b;
            *re = b + l;
        }
    }
    return best;
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
        size_t rs = 0, re = 0;
        size_t ns = han_name_start(text, t, &rs, &re);
        nf_status s = ns > t->s ? han_scan(text, t->s, rs, mv) : NF_OK;
        if (s)
            return s;
        m.start = ns;
        m.end = e;
        m.place = -1;
        m.type = NF_ENTITY_PERSON;
        if (re) {
            m.cue = 1;
            m.role_start = rs;
            m.role_end = re;
        }
        s = nf_det_push_ment(mv, m);
        if (s)
            return s;
        m.cue = 0;
        m.role_start = m.role_end = 0;
        a = e;
    }
    return han_scan(text, a, t->e, mv);
}

static nf_status han_scan(const char *text, size_t a, size_t end, ment_vec *mv)
{
    nf_ment m;
    memset(&m, 0, sizeof m);
    const tok tt = { a, end, 0, SC_HAN, 0 };
    const tok *t = &tt;
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

/* Is text[s..e) Hangul only (syllables U+AC00..U+D7A3), and how many
 * syllables (0 when not)? */
static size_t hangul_syllables(const char *text, size_t s, size_t e)
{
    if ((e - s) % 3)
        return 0;
    for (size_t k = s; k < e; k += 3) {
        const unsigned char *u = (const unsigned char *)text + k;
        unsigned cp = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) |
                      (u[2] & 0x3F);
        if ((u[0] & 0xF0) != 0xE0 || cp < 0xAC00 || cp > 0xD7A3)
            return 0;
    }
    return (e - s) / 3;
}

/* Is s[0..n) (one or two Hangul syllables) what follows a place's name
 * in a Korean word: a particle (은 는 이 가 을 를 의 에 와 과 도 로 만;
 * 에서 으로 에게 까지 부터 처럼 보다 하고 이나 에는 에도 와의 과의 에선
 * 이다 라는), or a noun suffix of a place (어 its language, 인 its
 * people, 행 bound for, 산 made in, 계 descent, 식 style, 시 city, 주
 * state, 군 army) alone or before a one-syllable particle ("독일어를",
 * "런던행")?
 * Not any syllables: "케스트럴" is no "케스" with a particle. */
static int korean_particle(const char *s, size_t n)
{
    static const char one[] = "은는이가을를의에와과도로만";
    static const char two[] = "에서으로에게까지부터처럼보다하고이나에는에도와의과의에선이다라는";
    static const char suffix[] = "어인행산계식시주군";
    for (size_t k = 0; n == 3 && k + 3 <= sizeof one - 1; k += 3)
        if (memcmp(one + k, s, 3) == 0)
            return 1;
    for (size_t k = 0; n == 6 && k + 6 <= sizeof two - 1; k += 6)
        if (memcmp(two + k, s, 6) == 0)
            return 1;
    for (size_t k = 0; k + 3 <= sizeof suffix - 1; k += 3)
        if (memcmp(suffix + k, s, 3) == 0)
            return n == 3 || korean_particle(s + 3, 3);
    return 0;
}

/* Korean writes its particles glued to the word before ("CEO는",
 * "(CEO)가"): is the Hangul token t glued to a letter, digit or closing
 * bracket before it and opened by a particle's syllable (은 는 이 가 을
 * 를 의 에 와 과 도 로 만 으 께)?  Then it is the rest of that word, no
 * name ("는 기자회견에서"). */
static int korean_particle_start(const char *text, const tok *t)
{
    static const char particles[] = "은는이가을를의에와과도로만으께";
    if (t->s == 0 || t->e - t->s < 3 || !hangul_syllables(text, t->s, t->s + 3))
        return 0;
    size_t p = t->s - 1;            /* the character right before */
    while (p > 0 && ((unsigned char)text[p] & 0xC0) == 0x80)
        p--;
    unsigned c;
    nf_utf8_decode(text + p, text + t->s, &c);
    int8_t ct = u_charType((UChar32)c);
    if (u_isspace((UChar32)c) || ct == U_START_PUNCTUATION || ct == U_INITIAL_PUNCTUATION ||
        c == '"' || c == '\'')
        return 0;                   /* a word of its own: "(박서연" */
    for (size_t k = 0; k + 3 <= sizeof particles - 1; k += 3)
        if (memcmp(particles + k, text + t->s, 3) == 0)
            return 1;
    return 0;
}

/* Korean: does the Hangul word t of three syllables or more end in the
 * noun of a body (부 ministry, 청 agency, 처 office, 위원회, 협회, 공사,
 * 은행, 그룹; "해양수산부")?  A Korean personal name has two to four
 * syllables and ends in no such noun before a title. */
static int korean_body(const char *text, const tok *t)
{
    static const char *const ends[] = { "부", "청", "처", "위원회", "이사회", "협회", "공사",
                                        "은행", "그룹" };
    size_t syl = hangul_syllables(text, t->s, t->e);
    for (size_t k = 0; syl >= 3 && k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        /* one syllable: three or more in all ("법무부"; a name has two
         * to four syllables and seldom ends so) */
        if (t->e - t->s >= l && memcmp(text + t->e - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Does Arabic token t open with the article al- (ال), as a
 * complement's noun does ("وزيرة الصيد البحري": the minister of
 * fishing)?  A given name seldom does. */
static int arabic_definite(const char *text, const tok *t)
{
    return t->script == SC_OTHER && t->e - t->s > 4 &&
           memcmp(text + t->s, "\xD8\xA7\xD9\x84", 4) == 0;
}

/* One plus the index of the role word before token i, right before it
 * or over up to three al- words (the title's complement: "وزيرة الصيد
 * البحري | ليلى"), same sentence, no punctuation; 0 when there is none.
 * Token i itself is no al- word when it stands after a complement. */
static size_t arabic_role_before(const char *text, const tok_vec *tv, size_t i)
{
    for (size_t k = i, steps = 0; k > 0 && steps <= 3; k--, steps++) {
        const tok *p = &tv->v[k - 1];
        if (p->sent != tv->v[i].sent || (tv->v[k].flags & T_BREAK))
            return 0;
        if (nf_det_lex_of(text, p) & NF_LEX_ROLE)
            return steps == 0 || !arabic_definite(text, &tv->v[i]) ? k : 0;
        if (!arabic_definite(text, p))
            return 0;
    }
    return 0;
}

/* Is Arabic token i, right after a role word, an al- word of the role's
 * complement, a word without al- (the name) following within three
 * words ("وزيرة | الصيد البحري ليلى")?  ("الملك الحسن الثاني", no such
 * word after: the al- word is the name.) */
static int arabic_portfolio(const char *text, const tok_vec *tv, size_t i)
{
    if (i == 0 || !arabic_definite(text, &tv->v[i]) ||
        !(nf_det_lex_of(text, &tv->v[i - 1]) & NF_LEX_ROLE))
        return 0;
    for (size_t k = i + 1; k < tv->n && k <= i + 3; k++) {
        const tok *t = &tv->v[k];
        if (t->script != SC_OTHER || t->sent != tv->v[i].sent || (t->flags & T_BREAK))
            return 0;
        if (!arabic_definite(text, t))
            return !(nf_det_lex_of(text, t) & (NF_LEX_STOP | NF_LEX_ROLE));
    }
    return 0;
}

nf_status nf_det_other_token(nf_ent_stage *st, const char *text, size_t len,
                             size_t i, ment_vec *mv)
{
    const tok *t = &st->toks.v[i];
    if (mv->n && mv->v[mv->n - 1].start <= t->s && mv->v[mv->n - 1].end >= t->e)
        return NF_OK;            /* inside the previous (two-word) name */
    if (korean_particle_start(text, t))
        return NF_OK;            /* "CEO는": a particle, no name */
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
        /* Korean particles: one or two syllables, of the particles' list
         * (not any syllables: "케스트럴" is no "케스" and a particle) */
        if (t->e - t->s > cut + 3 && (unsigned char)text[t->e - cut] >= 0xEA &&
            korean_particle(text + t->e - cut, cut)) {
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
    /* a title in the next word (Korean) or a role word before; in
     * Korean a body may stand between the name and the title ("박서연
     * 해양수산부 장관"): the body is an organisation, the name before it
     * the person */
    const tok *nx = i + 1 < st->toks.n ? &st->toks.v[i + 1] : NULL;
    const tok *nx3 = i + 2 < st->toks.n ? &st->toks.v[i + 2] : NULL;
    size_t rk = 0;
    size_t tl = nx && nx->script == SC_OTHER ? nf_lex_cjk_title(text + nx->s, text + len) : 0;
    if (tl && korean_body(text, t)) {
        m.place = -1;
        m.type = NF_ENTITY_ORGANIZATION;
        return nf_det_push_ment(mv, m);
    }
    if (nx && nx3 && nx->script == SC_OTHER && nx3->script == SC_OTHER && nx->sent == t->sent &&
        !(nx->flags & T_BREAK) && korean_body(text, nx) && !korean_body(text, t) &&
        hangul_syllables(text, t->s, t->e) >= 2 && hangul_syllables(text, t->s, t->e) <= 4 &&
        nf_lex_cjk_title(text + nx3->s, text + len)) {
        m.cue = 1;
        m.role_start = nx->s;
        m.role_end = nx3->s + nf_lex_cjk_title(text + nx3->s, text + len);
    } else if (tl) {
        m.cue = 1;
        m.role_start = nx->s;
        m.role_end = nx->s + tl;
    } else if (arabic_portfolio(text, &st->toks, i)) {
        return NF_OK;            /* "وزيرة | الصيد البحري | ليلى التازي" */
    } else if ((rk = arabic_role_before(text, &st->toks, i)) > 0 &&
               !(nf_det_lex_of(text, t) & (NF_LEX_STOP | NF_LEX_ROLE))) {
        m.cue = 1;
        m.role_start = st->toks.v[rk - 1].s;
        m.role_end = st->toks.v[rk - 1].e;
        /* the name may have two words */
        if (nx && nx->script == SC_OTHER && nx->sent == t->sent &&
            !(nx->flags & T_BREAK) && !(nf_det_lex_of(text, nx) & (NF_LEX_STOP | NF_LEX_ROLE)) &&
            nf_det_place_of(text, nx->s, nx->e) < 0)    /* not "... | الصين" */
            m.end = nx->e;
    }
    if (!m.cue || (m.end == t->e && hangul_syllables(text, t->s, t->e) == 1))
        return NF_OK;            /* (a lone Korean surname, "박 장관", is no name) */
    m.place = -1;
    m.type = NF_ENTITY_PERSON;
    return nf_det_push_ment(mv, m);
}
