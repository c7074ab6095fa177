/* quotes_names_uncased.c - speakers' names in Korean and Hindi text.
 *
 * Hangul and Devanagari have no capital letters, so quotes_names.c's
 * capitalised runs find no name there, and the entities stage finds few
 * persons in them.  Both languages mark a speaker by grammar instead:
 *
 *  - Korean: a full name (a one-syllable family name and a one- or
 *    two-syllable given name, written as one word) directly followed by
 *    a title, possibly after an organisation: "김도윤 행정안전부 장관은",
 *    "이서준 소방서장은", "김민준 씨는"; the family name alone before a
 *    title ("박 장관은") is the full name given earlier.  A word ending
 *    in a syllable that closes institution names (부 ministry, 청 agency,
 *    회 council, ...) is no name ("국방부 장관").
 *  - Hindi: the agent of a perfective verb takes the ergative postposition
 *    ने: "मुख्यमंत्री सुनीता राठौर ने कहा".  The name is the one or two words
 *    right before ने, after a title or the start of the clause; one word
 *    needs a title before it ("प्रवक्ता शर्मा ने"), and words that are
 *    institutions ("मंत्रालय", "पुलिस") or oblique plurals ("अधिकारियों")
 *    are never name parts.
 *
 * Only names are found here; whether one is the speaker of a quotation is
 * decided by quotes_speaker.c (near the reporting verb, or at the head of
 * the sentence), as for every other language.
 */
#include <assert.h>
#include <string.h>

#include "quotes_int.h"
#include "text/text.h"

static int is_hangul(unsigned c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

static int is_devanagari(unsigned c)
{
    return c >= 0x0900 && c <= 0x097F;
}

/* Common one-syllable Korean family names (precomposed syllables). */
static int korean_surname(unsigned c)
{
    static const char list[] =
        "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성"
        "차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥"
        "육인맹제모탁국어은편용예경봉";
    const char *p = list, *end = list + sizeof list - 1;
    while (p < end) {
        unsigned s;
        p += nf_utf8_decode(p, end, &s);
        if (s == c)
            return 1;
    }
    return 0;
}

/* Last syllables of Korean institution names, never of a person's. */
static int korean_institution_end(unsigned c)
{
    static const unsigned ends[] = { 0xBD80 /* 부 */, 0xCCAD /* 청 */, 0xCC98 /* 처 */,
                                     0xD68C /* 회 */, 0xB2F9 /* 당 */, 0xAD70 /* 군 */,
                                     0xC2DC /* 시 */, 0xC0AC /* 사 */, 0xB2E8 /* 단 */,
                                     0xC2E4 /* 실 */, 0xAD6D /* 국 */ };
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        if (ends[i] == c)
            return 1;
    return 0;
}

/* End of the run of code points of one script class starting at text i
 * (bounded by b); *count receives the number of code points. */
static size_t run_end(const char *t, size_t i, size_t b, int (*in)(unsigned), size_t *count)
{
    size_t j = i, k = 0;
    while (j < b) {
        size_t l;
        unsigned c = nf_fx_q_cp_at(t + j, t + b, &l);
        if (!in(c))
            break;
        j += l;
        k++;
    }
    *count = k;
    return j;
}

/* Whether a title of the language starts the word at text offset i. */
static int title_at(const nf_fx_doc *d, size_t i)
{
    return i < d->len && nf_fx_match_field(d, nf_fx_to_norm(d, i), NF_FX_FIELD(titles),
                                           NULL, NULL) > 0;
}

static size_t korean_name(const nf_fx_doc *d, size_t i, size_t b, nf_fx_qname *out);

/* Korean: a family name alone before a title ("박 장관은", Minister Park)
 * at text [i, e) is the full name the article gave before it with that
 * family name ("박서연 해양수산부 장관은"): *out is that earlier name, and
 * the end of the family name is returned; without one, the family name
 * alone (titled). */
static size_t korean_surname_ref(const nf_fx_doc *d, size_t i, size_t e, unsigned first,
                                 nf_fx_qname *out)
{
    const char *t = d->text;
    int found = 0;
    for (size_t j = 0; j < i;) {
        size_t l;
        unsigned c = nf_fx_q_cp_at(t + j, t + i, &l);
        if (is_hangul(c) && c == first && (j == 0 || (unsigned char)t[j - 1] < 0x80)) {
            nf_fx_qname nm;
            size_t ne = korean_name(d, j, i, &nm);
            if (ne) {
                *out = nm;
                found = 1;
                j = ne;
                continue;
            }
        }
        j += l;
    }
    if (!found) {
        out->s = i;
        out->e = e;
        out->person = 0;
        out->titled = 1;
    }
    return e;
}

/* Korean: a name word at text i (a Hangul word start). */
static size_t korean_name(const nf_fx_doc *d, size_t i, size_t b, nf_fx_qname *out)
{
    const char *t = d->text;
    size_t n;
    size_t e = run_end(t, i, b, is_hangul, &n);
    size_t l;
    unsigned first = nf_fx_q_cp_at(t + i, t + b, &l), last = 0;
    for (size_t j = i; j < e; j += l)
        last = nf_fx_q_cp_at(t + j, t + e, &l);
    if (n == 1 && korean_surname(first) && e < b && t[e] == ' ' && title_at(d, e + 1))
        return korean_surname_ref(d, i, e, first, out);
    if (n < 2 || n > 4 || !korean_surname(first) || korean_institution_end(last))
        return 0;
    if (e >= b || t[e] != ' ')
        return 0;
    /* a title next, or after one organisation word */
    size_t w = e + 1;
    int ok = title_at(d, w);
    if (!ok && n >= 3) {
        size_t m;
        size_t we = run_end(t, w, b, is_hangul, &m);
        ok = m >= 2 && we < b && t[we] == ' ' && title_at(d, we + 1);
    }
    if (!ok)
        return 0;
    out->s = i;
    out->e = e;
    out->person = 0;
    out->titled = 1;
    return e;
}

/* Hindi words that are never parts of a person's name: institutions and
 * groups that also speak with ने. */
static int hindi_not_name(const nf_fx_doc *d, size_t s, size_t e)
{
    static const char nouns[] =
        "मंत्रालय|विभाग|सरकार|पुलिस|सेना|आयोग|अदालत|कंपनी|संगठन|समिति|परिषद|बोर्ड|"
        "बैंक|दल|पार्टी|प्रशासन|अधिकारी|सूत्र|संघ|संस्था|न्यायालय|मंत्री|लोग|लोगों";
    size_t ns = nf_fx_to_norm(d, s), ne = nf_fx_to_norm(d, e);
    if (nf_fx_match(d, ns, nouns, NULL, NULL) == ne - ns)
        return 1;
    /* oblique plural "-ों": a group, not one person */
    static const char obl[] = "\xE0\xA5\x8B\xE0\xA4\x82";   /* ो ं */
    return e - s >= 6 && !memcmp(d->text + e - 6, obl, 6);
}

/* Hindi: a name ending at the word that starts at text i when "ने"
 * follows it; returns the end of the word at i (0 if no name). */
static size_t hindi_name(const nf_fx_doc *d, size_t a, size_t i, size_t b,
                         nf_fx_qname *out)
{
    static const char ne_word[] = "\xE0\xA4\xA8\xE0\xA5\x87";   /* ने */
    const char *t = d->text;
    size_t n;
    size_t e = run_end(t, i, b, is_devanagari, &n);
    if (e + 1 + 6 > b || t[e] != ' ' || memcmp(t + e + 1, ne_word, 6))
        return 0;
    size_t after = e + 7;
    if (after < b) {
        size_t l;
        if (is_devanagari(nf_fx_q_cp_at(t + after, t + b, &l)))
            return 0;              /* "नेता" and other words opening with ने */
    }
    if (hindi_not_name(d, i, e) || title_at(d, i))
        return 0;
    /* the word before: a second name part, a title, or neither */
    size_t s = i;
    int titled = 0;
    if (i >= a + 2 && t[i - 1] == ' ') {
        size_t ps = i - 1;
        while (ps > a && t[ps - 1] != ' ' && t[ps - 1] != '\n')
            ps--;
        size_t m;
        size_t pe = run_end(t, ps, i - 1, is_devanagari, &m);
        if (pe == i - 1 && m > 0) {
            if (title_at(d, ps)) {
                titled = 1;
            } else if (!hindi_not_name(d, ps, pe) &&
                       nf_fx_match_field(d, nf_fx_to_norm(d, ps), NF_FX_FIELD(pronouns),
                                         NULL, NULL) == 0) {
                s = ps;
                /* a title before the two words */
                if (ps >= a + 2 && t[ps - 1] == ' ') {
                    size_t qs = ps - 1;
                    while (qs > a && t[qs - 1] != ' ' && t[qs - 1] != '\n')
                        qs--;
                    titled = title_at(d, qs);
                }
            }
        }
    }
    if (s == i && !titled)
        return 0;
    out->s = s;
    out->e = e;
    out->person = 0;
    out->titled = titled;
    return e;
}

size_t nf_fx_q_uncased_name(const nf_fx_doc *d, size_t a, size_t i, size_t b,
                            nf_fx_qname *out)
{
    assert(d && out && a <= i && i < b && b <= d->len);
    size_t l;
    unsigned c = nf_fx_q_cp_at(d->text + i, d->text + b, &l);
    if (is_hangul(c) && nf_fx_q_lang_is(d, "ko"))
        return korean_name(d, i, b, out);
    if (is_devanagari(c) && nf_fx_q_lang_is(d, "hi"))
        return hindi_name(d, a, i, b, out);
    return 0;
}
