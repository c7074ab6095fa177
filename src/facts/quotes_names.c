/* quotes_names.c - person-like names around quotations and reporting verbs.
 *
 * A speaker is a run of capitalised words (with particles such as "de",
 * "van", "bin"; titles such as "Admiral" stripped and remembered), a
 * katakana run or a short kanji run followed by a topic particle, or a
 * person mention of the entities stage.  Function words, pronouns,
 * weekdays, months, relative dates and reporting verbs are never name
 * parts, so "However Lavrov" is "Lavrov".  Kept apart from the quotation
 * scanner because both quotes_events.c and quotes_speaker.c search names.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "quotes_int.h"
#include "text/text.h"

/* Whether c is a katakana letter, the long-vowel mark, the middle dot or
 * the fullwidth equals sign used between name parts. */
static int is_katakana(unsigned c)
{
    return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x30FB || c == 0xFF1D;
}

/* Whether the word at norm ni is not a name part (function word,
 * pronoun, weekday, month, relative date, reporting verb). */
static int common_word(const nf_fx_doc *d, size_t ni, size_t wlen)
{
    const char *lists[] = { nf_fx_common_words.not_counted };
    for (size_t k = 0; k < 1; k++) {
        size_t m = nf_fx_match(d, ni, lists[k], NULL, NULL);
        if (m == wlen)
            return 1;
    }
    static const size_t fields[] = { NF_FX_FIELD(pronouns), NF_FX_FIELD(weekdays),
                                     NF_FX_FIELD(months), NF_FX_FIELD(rel),
                                     NF_FX_FIELD(say) };
    for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++) {
        size_t m = nf_fx_match_field(d, ni, fields[k], NULL, NULL);
        if (m && m >= wlen)
            return 1;
    }
    static const char extra[] = "but|however|also|yet|still|ma|però|anche|dar|însă|aber|auch|mais|aussi|pero|también|mas|também|но|также|але|також|ale|także|ama|ancak|sfortunatamente|unfortunately|according|secondo|potrivit|laut|selon|según|segundo|по|за|według|göre"
        "|this|that|these|those|it|we|they|i|you|there|here|questo|questa|queste|questi|ciò|noi|loro|acest|această|aceste|acesta|aceasta|noi|dies|diese|dieser|wir|es|ce|cette|ces|nous|ils|este|esta|esto|estos|nosotros|isto|isso|nós|это|этот|эта|мы|це|цей|ця|ми|ten|ta|to|my|bu|biz|then|when|while|if|as|so|quando|mentre|se|dopo|pentru|după|când|wenn|als|nachdem|quand|après|cuando|después|quando|depois|когда|після|коли|gdy|kiedy|po";
    return nf_fx_match(d, ni, extra, NULL, NULL) == wlen;
}

int nf_fx_q_lang_is(const nf_fx_doc *d, const char *code)
{
    return d->lang && !strcmp(d->lang->code, code);
}

/* Particles allowed inside a name. */
static int particle(const char *s, size_t n)
{
    static const char *const p[] = { "de", "da", "di", "del", "van", "von", "al", "bin",
                                     "dos", "das", "la", "le", "der", "ibn", NULL };
    for (size_t i = 0; p[i]; i++)
        if (strlen(p[i]) == n && !memcmp(p[i], s, n))
            return 1;
    return 0;
}

/* Type of the mention overlapping text [s, e): -2 none, -1 demonym, else
 * nf_entity_type (0 = person). */
static int mention_type(const nf_fx_doc *d, size_t s, size_t e)
{
    for (size_t i = 0; i < d->n_ments; i++)
        if (d->ments[i].start < e && d->ments[i].end > s)
            return d->ments[i].type;
    return -2;
}

/* Finds person-like names in text[a, b); returns how many (max `max`). */
size_t nf_fx_q_find_names(const nf_fx_doc *d, size_t a, size_t b,
                          nf_fx_qname *out, size_t max)
{
    size_t n = 0, i = a;
    const char *t = d->text, *end = d->text + b;
    while (i < b && n < max) {
        size_t len;
        unsigned c = nf_fx_q_cp_at(t + i, end, &len);
        /* Korean and Hindi names, marked by grammar (quotes_names_uncased.c) */
        if (c >= 0x0900 && (i == a || (unsigned char)t[i - 1] < 0x80)) {
            size_t e2 = nf_fx_q_uncased_name(d, a, i, b, &out[n]);
            if (e2) {
                out[n].person = mention_type(d, out[n].s, out[n].e) == NF_FX_PERSON;
                n++;
                i = e2;
                continue;
            }
        }
        /* katakana name followed by a topic/subject particle or title */
        if (is_katakana(c) && c != 0x30FC && c != 0x30FB) {
            size_t j = i, k = 0;
            while (j < b) {
                size_t l2;
                unsigned c2 = nf_fx_q_cp_at(t + j, end, &l2);
                if (!is_katakana(c2))
                    break;
                j += l2;
                k++;
            }
            size_t after = j;
            size_t nj = nf_fx_to_norm(d, after);
            size_t tm = nf_fx_match_field(d, nj, NF_FX_FIELD(titles), NULL, NULL);
            if (tm)
                after = nf_fx_to_text(d, nj + tm);
            if (k >= 2 && after < d->len) {
                size_t l3;
                unsigned nx = nf_fx_q_cp_at(t + after, t + d->len, &l3);
                if ((nx == 0x306F || nx == 0x304C || nx == 0x6C0F || nx == 0x3082) &&
                    mention_type(d, i, j) < -1) {
                    out[n].s = i;
                    out[n].e = j;
                    out[n].person = 0;
                    out[n].titled = tm > 0;
                    n++;
                } else if (mention_type(d, i, j) == NF_FX_PERSON) {
                    out[n].s = i;
                    out[n].e = j;
                    out[n].person = 1;
                    out[n].titled = tm > 0;
                    n++;
                }
            }
            i = j;
            continue;
        }
        if (c >= 0x4E00 && c <= 0x9FFF && nf_fx_q_lang_is(d, "ja")) {
            /* a kanji name right before a title and は: 鈴木一郎知事は */
            size_t j = i, k = 0;
            while (j < b && k < 6) {
                size_t l2;
                unsigned c2 = nf_fx_q_cp_at(t + j, end, &l2);
                if (!(c2 >= 0x4E00 && c2 <= 0x9FFF))
                    break;
                size_t nj = nf_fx_to_norm(d, j);
                size_t tm = nf_fx_match_field(d, nj, NF_FX_FIELD(titles), NULL, NULL);
                if (tm && k >= 2) {
                    size_t after = nf_fx_to_text(d, nj + tm);
                    size_t l3;
                    if (after < d->len && nf_fx_q_cp_at(t + after, t + d->len, &l3) == 0x306F) {
                        out[n].s = i;
                        out[n].e = j;
                        out[n].person = 0;
                        out[n].titled = 1;
                        n++;
                    }
                    break;
                }
                j += l2;
                k++;
            }
            i += len;
            continue;
        }
        if (!(u_isUUppercase((UChar32)c) || u_istitle((UChar32)c))) {
            i += len;
            continue;
        }
        /* a capitalised word must start a word */
        if (i > 0) {
            size_t ps = i;
            while (ps > 0 && ((unsigned char)t[ps - 1] & 0xC0) == 0x80)
                ps--;
            if (ps > 0) {
                size_t l0;
                unsigned pc = nf_fx_q_cp_at(t + ps - 1, end, &l0);
                (void)pc;
            }
        }
        size_t rs = i, re = i, j = i;
        int words = 0;
        while (j < b) {
            size_t l2;
            unsigned c2 = nf_fx_q_cp_at(t + j, end, &l2);
            int cap = u_isUUppercase((UChar32)c2) || u_istitle((UChar32)c2);
            size_t we = j;
            int lower = 0;
            while (we < b) {
                size_t l3;
                unsigned c3 = nf_fx_q_cp_at(t + we, end, &l3);
                if ((u_isalpha((UChar32)c3) && !nf_fx_is_cjk(c3)) || c3 == '-' ||
                    c3 == '\'' || c3 == 0x2019) {
                    if (we > j && u_isULowercase((UChar32)c3))
                        lower = 1;
                    we += l3;
                } else {
                    break;
                }
            }
            if (we == j)
                break;
            int acronym = (cap && !lower && we - j > 1) || we - j == 1;
            size_t nj = nf_fx_to_norm(d, j), nwe = nf_fx_to_norm(d, we);
            int common = common_word(d, nj, nwe - nj);
            if (cap && !acronym && !common) {
                if (!words)
                    rs = j;
                re = we;
                words++;
            } else if (words && !cap && particle(t + j, we - j)) {
                /* tentatively include, confirmed by a following capital */
            } else {
                break;
            }
            /* separator: one space, or " -" (MT: "Kava -Dragon") */
            size_t k = we;
            if (k < b && t[k] == ' ')
                k++;
            if (k < b && t[k] == '-')
                k++;
            if (k == we || k >= b)
                break;
            j = k;
        }
        if (words) {
            /* strip leading titles */
            size_t s = rs;
            while (s < re) {
                size_t ns = nf_fx_to_norm(d, s);
                size_t m = nf_fx_match_field(d, ns, NF_FX_FIELD(titles), NULL, NULL);
                size_t we = nf_fx_word_end(d, ns);
                if (!m || ns + m < we)
                    break;
                size_t nx = nf_fx_to_text(d, ns + m);
                while (nx < re && (t[nx] == ' ' || t[nx] == '-'))
                    nx++;
                if (nx >= re)
                    break;
                s = nx;
            }
            /* only titles and demonyms ("the Italian admiral"): no name */
            size_t ns0 = nf_fx_to_norm(d, s);
            size_t tm0 = nf_fx_match_field(d, ns0, NF_FX_FIELD(titles), NULL, NULL);
            if (tm0 && nf_fx_to_text(d, ns0 + tm0) >= re)
                s = re;
            int mt = s < re ? mention_type(d, s, re) : -2;
            if (s < re && (mt == -2 || mt == NF_FX_PERSON)) {
                out[n].s = s;
                out[n].e = re;
                out[n].person = mt == NF_FX_PERSON;
                out[n].titled = s > rs;
                n++;
            }
            i = re > i ? re : i + len;
        } else {
            i += len;
        }
    }
    for (size_t k = 0; k < d->n_ments && n < max; k++) {
        const nf_fx_ment *m = &d->ments[k];
        if (m->type != NF_FX_PERSON || m->start < a || m->end > b)
            continue;
        size_t x;
        for (x = 0; x < n; x++)
            if (out[x].s < m->end && out[x].e > m->start)
                break;
        if (x < n) {
            out[x].person = 1;
            continue;
        }
        out[n].s = m->start;
        out[n].e = m->end;
        out[n].person = 1;
        out[n].titled = 0;
        n++;
    }
    return n;
}
