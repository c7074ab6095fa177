/* quotes.c - direct quotations and who said them: finding the quotations.
 *
 * Quotation marks are found in the clean text (the matching form unifies
 * them): “…” „…“ „…” «…» »…« 「…」 『…』 ‚…‘ ‘…’ ”…” and "…".  Machine
 * translation leaves broken pairs (seed 001: `, ”he wrote`; seed 000: an
 * opening “ used to close, a second “ inside the quote, a quote that never
 * closes): an opening mark seen again inside a quote continues it, an
 * opening mark followed by a line end closes it, and an unclosed quote
 * ends before the first reporting verb of its paragraph (or at the
 * paragraph's end).  Quoted terms of one or two words are not quotations,
 * nor are quoted names (a few capitalised words and short links).
 *
 * The speaker of each quotation is found by quotes_speaker.c, from the
 * names of quotes_names.c and the reported speech of quotes_events.c.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "quotes_int.h"
#include "text/text.h"

unsigned nf_fx_q_cp_at(const char *s, const char *end, size_t *n)
{
    unsigned cp;
    *n = nf_utf8_decode(s, end, &cp);
    return cp;
}

/* Closers acceptable for an opening mark. */
static int closes(unsigned open, unsigned c)
{
    switch (open) {
    case 0x201C: return c == 0x201D;
    case 0x201E: return c == 0x201C || c == 0x201D;
    case 0x00AB: return c == 0x00BB;
    case 0x00BB: return c == 0x00AB;
    case 0x300C: return c == 0x300D;
    case 0x300E: return c == 0x300F;
    case 0x2018: return c == 0x2019;
    case 0x201A: return c == 0x2018 || c == 0x2019;
    case 0x201D: return c == 0x201D;
    case '"': return c == '"';
    default: return 0;
    }
}

int nf_fx_q_is_opener(unsigned c)
{
    return c == 0x201C || c == 0x201E || c == 0x00AB || c == 0x00BB ||
           c == 0x300C || c == 0x300E || c == 0x2018 || c == 0x201A ||
           c == 0x201D || c == '"';
}

/* Whether c is no character or white space (what may not follow an
 * opening mark). */
static int space_or_none(unsigned c)
{
    return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == 0xA0;
}

/* Whether text[i..) starts a reporting verb (norm test). */
size_t nf_fx_q_say_at(const nf_fx_doc *d, size_t ni)
{
    if (!nf_fx_word_start(d, ni))
        return 0;
    return nf_fx_match_field(d, ni, NF_FX_FIELD(say), NULL, NULL);
}

int nf_fx_q_stop_norm(unsigned cp)
{
    return nf_fx_full_stop(cp);
}

/* Whether the quoted text s[0..n) is a name in quotation marks rather
 * than words someone said: at most six words, the first and the last
 * capitalised, those between capitalised or short lower-case links of at
 * most three letters ("de", "of the", "di"), not all in capitals, and no
 * sentence punctuation („Coaliției de Voință”, “Coalition of the
 * Willing”, «Operation Dawn»). */
static int quoted_name(const char *s, size_t n)
{
    size_t words = 0, caps = 0, lower = 0, i = 0, len = 0;
    int in = 0, first_cap = 0, last_cap = 0;
    while (i < n) {
        unsigned cp;
        size_t l = nf_utf8_decode(s + i, s + n, &cp);
        if (u_isalpha((UChar32)cp) || (in && (u_isdigit((UChar32)cp) ||
                                               cp == '-' || cp == '\'' || cp == 0x2019))) {
            if (!in) {
                int cap = u_isupper((UChar32)cp) || u_istitle((UChar32)cp);
                if (!u_isupper((UChar32)cp) && !u_islower((UChar32)cp) && !cap)
                    return 0;              /* a caseless script */
                words++;
                caps += cap;
                last_cap = cap;
                if (words == 1)
                    first_cap = cap;
                len = 0;
            }
            in = 1;
            len++;
            lower += u_islower((UChar32)cp) != 0;
        } else if (cp == ' ' || cp == 0xA0) {
            if (in && !last_cap && len > 3)
                return 0;                  /* a lower-case word, no link */
            in = 0;
        } else {
            return 0;                      /* punctuation, digits first */
        }
        i += l;
    }
    if (in && !last_cap)
        return 0;
    /* all capitals is shouting, not a name */
    return words >= 2 && words <= 6 && caps >= 2 && first_cap && last_cap && lower > 0;
}

/* Whether the quoted text s[0..n) is all katakana (with the middle dot
 * and the long vowel mark): a foreign name or a loanword in Japanese
 * brackets (「カリアクラ・トレーダー」), never words someone said, which
 * always hold kana of grammar (hiragana) or kanji. */
static int quoted_katakana(const char *s, size_t n)
{
    size_t i = 0, k = 0;
    while (i < n) {
        unsigned cp;
        size_t l = nf_utf8_decode(s + i, s + n, &cp);
        if ((cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0xFF66 && cp <= 0xFF9F))
            k++;
        else if (cp != ' ' && cp != 0x3000)
            return 0;
        i += l;
    }
    return k > 0;
}

/* Whether the quoted text is a quotation rather than a quoted term. */
static int long_enough(const char *s, size_t n)
{
    size_t words = 0, cjk = 0, i = 0;
    int in = 0;
    while (i < n) {
        unsigned cp;
        size_t l = nf_utf8_decode(s + i, s + n, &cp);
        if (nf_fx_is_cjk(cp)) {
            cjk++;
            in = 0;
        } else if (u_isalnum((UChar32)cp)) {
            if (!in)
                words++;
            in = 1;
        } else {
            in = 0;
        }
        i += l;
    }
    return (words >= 3 || cjk >= 8) && !quoted_name(s, n) && !quoted_katakana(s, n);
}

nf_status nf_fx_quotes(nf_fx_doc *d, nf_fx_out *o)
{
    nf_fx_qctx q = { d, o, NULL, 0, { 0, 0, 0 } };
    q.ev = malloc(NF_FX_Q_MAX_EVENTS * sizeof *q.ev);
    if (!q.ev)
        return NF_ERR_NOMEM;
    nf_fx_q_scan_events(&q);
    /* events from reported speech come first in time order; quotes are
     * added as they are attributed */
    const char *t = d->text, *tend = d->text + d->len;
    size_t ps = 0;
    nf_status st = NF_OK;
    size_t prev_end = 0;
    int prev_has = 0;
    nf_fx_qname prev_sp = { 0, 0, 0, 0 };
    while (ps < d->len && !st) {
        size_t pe = ps;
        while (pe < d->len && t[pe] != '\n')
            pe++;
        int para_prev_has = prev_has;
        (void)para_prev_has;
        size_t i = ps;
        while (i < pe && !st) {
            size_t n;
            unsigned c = nf_fx_q_cp_at(t + i, tend, &n);
            if (!nf_fx_q_is_opener(c)) {
                i += n;
                continue;
            }
            /* an opener is not followed by a space (except at „ in MT) */
            size_t n2 = 0;
            unsigned after = i + n < pe ? nf_fx_q_cp_at(t + i + n, tend, &n2) : 0;
            unsigned before = 0;
            if (i > ps) {
                size_t b = i - 1;
                while (b > ps && ((unsigned char)t[b] & 0xC0) == 0x80)
                    b--;
                size_t nb;
                before = nf_fx_q_cp_at(t + b, tend, &nb);
            }
            int spaced = (c == 0x00AB || c == 0x201E || c == 0x00BB) && after == ' ';
            if ((space_or_none(after) && !spaced) ||
                ((c == 0x2018 || c == '"' || c == 0x201D) &&
                 (u_isalnum((UChar32)before)))) {
                i += n;
                continue;
            }
            size_t cs = i + n, j = cs, close = 0, close_len = 0;
            while (j < pe) {
                size_t l;
                unsigned c2 = nf_fx_q_cp_at(t + j, tend, &l);
                if (closes(c, c2)) {
                    unsigned nx = j + l < pe ? nf_fx_q_cp_at(t + j + l, tend, &n2) : 0;
                    if ((c2 == 0x2019 || c2 == 0x2018) && u_isalpha((UChar32)nx)) {
                        j += l;            /* an apostrophe */
                        continue;
                    }
                    close = j;
                    close_len = l;
                    break;
                }
                if (c2 == c && c != '"' && c != 0x201D) {
                    /* the opening mark again: closes before a line end,
                     * else continues the quote (MT) */
                    unsigned nx = j + l < pe ? nf_fx_q_cp_at(t + j + l, tend, &n2) : 0;
                    size_t k = j + l;
                    while (k < pe && (t[k] == ' ' || t[k] == '\t'))
                        k++;
                    if (k >= pe || nx == 0) {
                        close = j;
                        close_len = l;
                        break;
                    }
                }
                j += l;
            }
            size_t ce, qe;
            if (close) {
                ce = close;
                qe = close + close_len;
            } else {
                /* unclosed: up to the first reporting verb, or the end */
                ce = pe;
                size_t ncs = nf_fx_to_norm(d, cs), npe = nf_fx_to_norm(d, pe);
                for (size_t k = ncs; k < npe; k++) {
                    if (((unsigned char)d->norm[k] & 0xC0) == 0x80)
                        continue;
                    if (nf_fx_q_say_at(d, k)) {
                        ce = nf_fx_to_text(d, k);
                        break;
                    }
                }
                qe = ce;
            }
            size_t a = cs, b = ce;
            while (a < b && (t[a] == ' ' || t[a] == '\t'))
                a++;
            while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == ','))
                b--;
            if (b > a && long_enough(t + a, b - a)) {
                int has = 0;
                nf_fx_qname sp = { 0, 0, 0, 0 };
                st = nf_fx_q_attribute(&q, ps, pe, i, qe, a, b, prev_end, prev_has,
                               prev_sp, &has, &sp);
                prev_end = qe;
                prev_has = has;
                prev_sp = sp;
            }
            i = qe > i ? qe : i + n;
        }
        ps = pe + 1;
    }
    free(q.ev);
    return st;
}
