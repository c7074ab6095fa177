/* quotes.c - direct quotations and who said them.
 *
 * Quotation marks are found in the clean text (the matching form unifies
 * them): “…” „…“ „…” «…» »…« 「…」 『…』 ‚…‘ ‘…’ ”…” and "…".  Machine
 * translation leaves broken pairs (seed 001: `, ”he wrote`; seed 000: an
 * opening “ used to close, a second “ inside the quote, a quote that never
 * closes): an opening mark seen again inside a quote continues it, an
 * opening mark followed by a line end closes it, and an unclosed quote
 * ends before the first reporting verb of its paragraph (or at the
 * paragraph's end).  Quoted terms of one or two words are not quotations.
 *
 * The speaker: the reporting verb nearest after the quote in its sentence
 * ("…”, ha detto Root", "…” Lavrov said", "」とラブロフは…述べた") or
 * before it ("Zelenski said that blows “…”"); the named person nearest
 * to that verb; a name at the head of the sentence ("ゼレンスキーは、…
 * 「…」と述べた"); a pronoun, a dropped subject or a title ("said the
 * Italian admiral") is the last speaker (of a quote or of a reported
 * sentence) before it; a quote with no verb that follows an attributed
 * quote of the same or the previous paragraph continues it.  A verb whose
 * subject is neither a name, a pronoun nor a title gives no speaker.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "facts_int.h"
#include "text/text.h"

#define MAX_EVENTS 4096
#define NF_FX_PERSON 0     /* NF_ENTITY_PERSON */

typedef struct event {
    size_t pos;              /* norm offset of the verb or quote */
    size_t ns, ne;           /* the speaker's name, text offsets */
} event;

typedef struct qctx {
    nf_fx_doc *d;
    nf_fx_out *o;
    event *ev;
    size_t n_ev;
    event fallback;          /* returned by last_speaker when nobody spoke */
} qctx;

static unsigned cp_at(const char *s, const char *end, size_t *n)
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

static int is_opener(unsigned c)
{
    return c == 0x201C || c == 0x201E || c == 0x00AB || c == 0x00BB ||
           c == 0x300C || c == 0x300E || c == 0x2018 || c == 0x201A ||
           c == 0x201D || c == '"';
}

static int space_or_none(unsigned c)
{
    return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == 0xA0;
}

/* Whether text[i..) starts a reporting verb (norm test). */
static size_t say_at(const nf_fx_doc *d, size_t ni)
{
    if (!nf_fx_word_start(d, ni))
        return 0;
    return nf_fx_match_field(d, ni, NF_FX_FIELD(say), NULL, NULL);
}

static int stop_norm(unsigned cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == 0x3002 ||
           cp == 0xFF01 || cp == 0xFF1F;
}

/* ---- names ------------------------------------------------------------ */

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

static int lang_is(const nf_fx_doc *d, const char *code)
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

typedef struct name {
    size_t s, e;             /* text offsets */
    int person;              /* a person mention of the entities stage */
    int titled;              /* a title stood before it ("Admiral X") */
} name;

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
static size_t find_names(const nf_fx_doc *d, size_t a, size_t b, name *out,
                         size_t max)
{
    size_t n = 0, i = a;
    const char *t = d->text, *end = d->text + b;
    while (i < b && n < max) {
        size_t len;
        unsigned c = cp_at(t + i, end, &len);
        /* katakana name followed by a topic/subject particle or title */
        if (is_katakana(c) && c != 0x30FC && c != 0x30FB) {
            size_t j = i, k = 0;
            while (j < b) {
                size_t l2;
                unsigned c2 = cp_at(t + j, end, &l2);
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
                unsigned nx = cp_at(t + after, t + d->len, &l3);
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
        if (c >= 0x4E00 && c <= 0x9FFF && lang_is(d, "ja")) {
            /* a kanji name right before a title and は: 鈴木一郎知事は */
            size_t j = i, k = 0;
            while (j < b && k < 6) {
                size_t l2;
                unsigned c2 = cp_at(t + j, end, &l2);
                if (!(c2 >= 0x4E00 && c2 <= 0x9FFF))
                    break;
                size_t nj = nf_fx_to_norm(d, j);
                size_t tm = nf_fx_match_field(d, nj, NF_FX_FIELD(titles), NULL, NULL);
                if (tm && k >= 2) {
                    size_t after = nf_fx_to_text(d, nj + tm);
                    size_t l3;
                    if (after < d->len && cp_at(t + after, t + d->len, &l3) == 0x306F) {
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
                unsigned pc = cp_at(t + ps - 1, end, &l0);
                (void)pc;
            }
        }
        size_t rs = i, re = i, j = i;
        int words = 0;
        while (j < b) {
            size_t l2;
            unsigned c2 = cp_at(t + j, end, &l2);
            int cap = u_isUUppercase((UChar32)c2) || u_istitle((UChar32)c2);
            size_t we = j;
            int lower = 0;
            while (we < b) {
                size_t l3;
                unsigned c3 = cp_at(t + we, end, &l3);
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

/* Chinese: the name right before the verb at norm v (titles stripped). */
static int zh_name_before(const nf_fx_doc *d, size_t v, name *out)
{
    size_t j = v, count = 0;
    while (j > 0 && count < 12) {
        size_t ps;
        unsigned c = nf_fx_cp_before(d, j, &ps);
        if (!(nf_fx_is_cjk(c) || c == 0xB7 || c == 0x30FB))
            break;
        j = ps;
        count++;
    }
    if (j == v)
        return 0;
    size_t s = j;
    /* drop everything up to the last title inside the run */
    for (size_t k = j; k < v; k++) {
        if (((unsigned char)d->norm[k] & 0xC0) == 0x80)
            continue;
        size_t m = nf_fx_match_field(d, k, NF_FX_FIELD(titles), NULL, NULL);
        if (m && k + m < v)
            s = k + m;
    }
    size_t chars = 0;
    for (size_t k = s; k < v; k++)
        if (((unsigned char)d->norm[k] & 0xC0) != 0x80)
            chars++;
    if (chars < 2 || chars > 8)
        return 0;
    out->s = nf_fx_to_text(d, s);
    out->e = nf_fx_to_text(d, v);
    return 1;
}

/* Arabic: the name after the verb ending at norm v (titles skipped). */
static int ar_name_after(const nf_fx_doc *d, size_t v, name *out)
{
    size_t j = nf_fx_next_word(d, v, 1);
    int skipped = 0;
    while (j < d->nlen && skipped < 6) {
        size_t m = nf_fx_match_field(d, j, NF_FX_FIELD(titles), NULL, NULL);
        size_t we = nf_fx_word_end(d, j);
        if (m && j + m >= we) {
            j = nf_fx_next_word(d, we, 1);
            skipped++;
            continue;
        }
        break;
    }
    if (j >= d->nlen)
        return 0;
    size_t we = nf_fx_word_end(d, j);
    if (we <= j || nf_fx_match(d, j, nf_fx_common_words.not_counted, NULL, NULL))
        return 0;
    size_t j2 = nf_fx_next_word(d, we, 1);
    size_t end = we;
    if (j2 < d->nlen && j2 - we <= 1) {
        size_t we2 = nf_fx_word_end(d, j2);
        if (!nf_fx_match(d, j2, nf_fx_common_words.not_counted, NULL, NULL) &&
            !nf_fx_match_field(d, j2, NF_FX_FIELD(titles), NULL, NULL) &&
            !nf_fx_match_field(d, j2, NF_FX_FIELD(weekdays), NULL, NULL) &&
            !nf_fx_match_field(d, j2, NF_FX_FIELD(rel), NULL, NULL))
            end = we2;
    }
    out->s = nf_fx_to_text(d, j);
    out->e = nf_fx_to_text(d, end);
    return 1;
}


/* The speaker named around the verb at norm [v, ve) within text [a, b):
 * the name nearest to the verb.  Returns 1 and *out, else 0. */
static int name_near_verb(const nf_fx_doc *d, size_t a, size_t b, size_t v,
                          size_t ve, size_t window, name *out)
{
    if (lang_is(d, "zh") && zh_name_before(d, v, out))
        return 1;
    if (lang_is(d, "ar") && ar_name_after(d, ve, out))
        return 1;
    name nm[16];
    size_t n = find_names(d, a, b, nm, 16);
    size_t tv = nf_fx_to_text(d, v), tve = nf_fx_to_text(d, ve);
    long best = 1L << 30;
    int found = 0;
    for (size_t k = 0; k < n; k++) {
        size_t dist = nm[k].e <= tv ? tv - nm[k].e : nm[k].s >= tve ? nm[k].s - tve : 0;
        if (dist > window)
            continue;
        long score = (long)dist - (nm[k].person ? 1000 : 0) - (nm[k].titled ? 500 : 0);
        if (score < best) {
            best = score;
            *out = nm[k];
            found = 1;
        }
    }
    return found;
}

/* Whether a pronoun or a title word stands in norm [from, to), clipped
 * to the sentence [lo, hi) (the subject is someone already named). */
static int pronoun_or_title_near(const nf_fx_doc *d, size_t from, size_t to,
                                 size_t lo, size_t hi)
{
    if (from < lo)
        from = lo;
    if (to > hi)
        to = hi;
    for (size_t j = from; j < to; j++) {
        if (((unsigned char)d->norm[j] & 0xC0) == 0x80 || !nf_fx_word_start(d, j))
            continue;
        size_t m = nf_fx_match_field(d, j, NF_FX_FIELD(pronouns), NULL, NULL);
        if (m)
            return 1;
        m = nf_fx_match_field(d, j, NF_FX_FIELD(titles), NULL, NULL);
        if (m && m >= 3)
            return 1;
    }
    return 0;
}

/* Whether a pronoun is the word right before or right after the verb at
 * norm [v, ve) ("he said", "a declarat el", "彼は…"). */
static int pronoun_adjacent(const nf_fx_doc *d, size_t v, size_t ve)
{
    size_t j = nf_fx_next_word(d, ve, 1);
    size_t m;
    if (j < d->nlen && j - ve <= 2 &&
        (m = nf_fx_match_field(d, j, NF_FX_FIELD(pronouns), NULL, NULL)) &&
        nf_fx_word_end(d, j) <= j + m)
        return 1;
    size_t b = v;
    while (b > 0 && d->norm[b - 1] == ' ')
        b--;
    if (b == v && b > 0) {
        unsigned c = nf_fx_cp_before(d, b, NULL);
        if (!nf_fx_is_cjk(c))
            return 0;
    }
    for (size_t s = b > 12 ? b - 12 : 0; s < b; s++) {
        if (((unsigned char)d->norm[s] & 0xC0) == 0x80 || !nf_fx_word_start(d, s))
            continue;
        m = nf_fx_match_field(d, s, NF_FX_FIELD(pronouns), NULL, NULL);
        if (m && s + m == b && !nf_fx_is_cjk((unsigned char)d->norm[s]))
            return 1;
    }
    return 0;
}

/* Whether a word (letters) follows the verb in the sentence: a subject
 * after it ("disse la radice").  Used to tell a dropped subject ("ha
 * detto.") from an unknown one. */
static int words_after(const nf_fx_doc *d, size_t ve, size_t hi)
{
    size_t j = nf_fx_next_word(d, ve, 1);
    return j < hi;
}

/* A person or a titled name anywhere in text [a, b). */
static int appositive(const nf_fx_doc *d, size_t a, size_t b, name *out)
{
    name nm[16];
    size_t n = find_names(d, a, b, nm, 16);
    for (size_t k = 0; k < n; k++)
        if (nm[k].person || nm[k].titled) {
            *out = nm[k];
            return 1;
        }
    return 0;
}

static nf_status add_event(qctx *q, size_t pos, size_t ns, size_t ne)
{
    if (q->n_ev >= MAX_EVENTS)
        return NF_OK;
    q->ev[q->n_ev].pos = pos;
    q->ev[q->n_ev].ns = ns;
    q->ev[q->n_ev].ne = ne;
    q->n_ev++;
    return NF_OK;
}

static size_t find_names(const nf_fx_doc *d, size_t a, size_t b, name *out,
                         size_t max);

/* The last speaker before norm position p; when nobody spoke yet, the
 * last person named in the 400 bytes before it ("he said" -> the last
 * named person). */
static const event *last_speaker(qctx *q, size_t p)
{
    const event *best = NULL;
    for (size_t k = 0; k < q->n_ev; k++)
        if (q->ev[k].pos < p && (!best || q->ev[k].pos >= best->pos))
            best = &q->ev[k];
    if (best)
        return best;
    size_t tp = nf_fx_to_text(q->d, p);
    name nm[16];
    size_t n = find_names(q->d, tp > 400 ? tp - 400 : 0, tp, nm, 16);
    for (size_t k = n; k-- > 0;)
        if (nm[k].person || nm[k].titled || nm[k].e - nm[k].s > 0) {
            q->fallback.pos = p;
            q->fallback.ns = nm[k].s;
            q->fallback.ne = nm[k].e;
            return &q->fallback;
        }
    return NULL;
}

/* Reported speech outside quotes: "NAME said", "NAMEは…と述べた". */
static void scan_events(qctx *q)
{
    nf_fx_doc *d = q->d;
    size_t s = 0;
    while (s < d->nlen) {
        size_t e = s;
        while (e < d->nlen) {
            unsigned cp;
            size_t n = nf_fx_cp(d, e, &cp);
            e += n;
            if (stop_norm(cp))
                break;
        }
        for (size_t j = s; j < e; j++) {
            if (((unsigned char)d->norm[j] & 0xC0) == 0x80)
                continue;
            size_t m = say_at(d, j);
            if (!m)
                continue;
            name nm;
            size_t ta = nf_fx_to_text(d, s), tb = nf_fx_to_text(d, e);
            int found = 0;
            if (lang_is(d, "ja") || lang_is(d, "zh")) {
                name list[8];
                size_t k = find_names(d, ta, tb, list, 8);
                size_t first = nf_fx_next_word(d, s, 0);
                const event *last = last_speaker(q, j);
                if (first < e && nf_fx_match_field(d, first, NF_FX_FIELD(pronouns), NULL, NULL)) {
                    if (last) {
                        nm.s = last->ns;
                        nm.e = last->ne;
                        found = 1;
                    }
                } else {
                    /* the topic: the first name followed by は */
                    for (size_t x = 0; x < k && !found; x++) {
                        size_t after = nf_fx_to_norm(d, list[x].e);
                        size_t tm = nf_fx_match_field(d, after, NF_FX_FIELD(titles), NULL, NULL);
                        if (nf_fx_match(d, after + tm, "は", NULL, NULL)) {
                            nm = list[x];
                            found = 1;
                        }
                    }
                    if (!found && k && list[0].s <= nf_fx_to_text(d, first) + 3) {
                        nm = list[0];
                        found = 1;
                    }
                }
            } else {
                found = name_near_verb(d, ta, tb, j, j + m, 60, &nm);
                if (found) {
                    /* subject: within 25 bytes of the verb */
                    size_t tv = nf_fx_to_text(d, j), tve = nf_fx_to_text(d, j + m);
                    size_t dist = nm.e <= tv ? tv - nm.e : nm.s >= tve ? nm.s - tve : 0;
                    found = dist <= 25;
                }
            }
            if (found)
                add_event(q, j, nm.s, nm.e);
            break;
        }
        s = e;
    }
}

/* Adds a quote [cs, ce) (text offsets) with its speaker. */
static nf_status add_quote(qctx *q, size_t cs, size_t ce, const name *sp)
{
    nf_fx_out *o = q->o;
    if (o->n_quotes == o->cap_quotes) {
        size_t cap = o->cap_quotes ? o->cap_quotes * 2 : 8;
        nf_quote *p = realloc(o->quotes, cap * sizeof *p);
        size_t *no = realloc(o->name_off, cap * sizeof *no);
        if (p)
            o->quotes = p;
        if (no)
            o->name_off = no;
        if (!p || !no)
            return NF_ERR_NOMEM;
        o->cap_quotes = cap;
    }
    nf_quote *qt = &o->quotes[o->n_quotes];
    memset(qt, 0, sizeof *qt);
    qt->span.start = cs;
    qt->span.end = ce;
    o->name_off[o->n_quotes] = (size_t)-1;
    if (sp) {
        qt->speaker.start = sp->s;
        qt->speaker.end = sp->e;
        size_t len = sp->e - sp->s;
        if (o->names_len + len + 1 > o->names_cap) {
            size_t cap = (o->names_len + len + 1) * 2 + 64;
            char *p = realloc(o->names, cap);
            if (!p)
                return NF_ERR_NOMEM;
            o->names = p;
            o->names_cap = cap;
        }
        o->name_off[o->n_quotes] = o->names_len;
        memcpy(o->names + o->names_len, q->d->text + sp->s, len);
        o->names[o->names_len + len] = 0;
        o->names_len += len + 1;
    }
    o->n_quotes++;
    return NF_OK;
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
    return words >= 3 || cjk >= 8;
}

/* Attributes and adds the quote with marks at text [qs, qe) and content
 * [cs, ce), in the paragraph [ps, pe).  *prev_* describe the previous
 * quote. */
static nf_status attribute(qctx *q, size_t ps, size_t pe, size_t qs, size_t qe,
                           size_t cs, size_t ce, size_t prev_end, int prev_has,
                           name prev_sp, int *has, name *sp)
{
    nf_fx_doc *d = q->d;
    size_t nqs = nf_fx_to_norm(d, qs), nqe = nf_fx_to_norm(d, qe);
    size_t nps = nf_fx_to_norm(d, ps), npe = nf_fx_to_norm(d, pe);
    /* tail: to the end of the sentence */
    size_t te = nqe;
    while (te < npe) {
        unsigned cp;
        size_t n = nf_fx_cp(d, te, &cp);
        if (stop_norm(cp))
            break;
        if (te > nqe && is_opener(cp) && 0)
            break;
        te += n;
    }
    /* head: from the start of the sentence (or the previous quote) */
    size_t hs = nqs, lo = prev_end > ps ? nf_fx_to_norm(d, prev_end) : nps;
    while (hs > lo) {
        size_t pst;
        unsigned cp = nf_fx_cp_before(d, hs, &pst);
        if (stop_norm(cp))
            break;
        hs = pst;
    }
    size_t v = 0, vm = 0;
    int where = 0;
    for (size_t j = nqe; j < te; j++) {
        if (((unsigned char)d->norm[j] & 0xC0) == 0x80)
            continue;
        size_t m = say_at(d, j);
        if (m) {
            v = j;
            vm = m;
            where = 1;
            break;
        }
    }
    if (!where) {
        for (size_t j = hs; j < nqs; j++) {
            if (((unsigned char)d->norm[j] & 0xC0) == 0x80)
                continue;
            size_t m = say_at(d, j);
            if (m) {
                v = j;
                vm = m;
                where = 2;
            }
        }
    }
    *has = 0;
    name nm;
    int cjk = lang_is(d, "ja") || lang_is(d, "zh");
    size_t ta = nf_fx_to_text(d, where == 1 ? nqe : hs);
    size_t tb = nf_fx_to_text(d, where == 1 ? te : nqs);
    const event *last = last_speaker(q, nqs);
    if (where == 1 && lang_is(d, "ja") && nqe < d->nlen &&
        nf_fx_match(d, nqe, "と", NULL, NULL)) {
        /* 「…」と[、]NAMEは…述べた: the first name after と */
        name list[4];
        size_t k = find_names(d, ta, tb, list, 4);
        if (k && list[0].s <= nf_fx_to_text(d, nqe) + 12) {
            *sp = list[0];
            *has = 1;
        }
    }
    if (*has) {
        /* done */
    } else if (where && pronoun_adjacent(d, v, v + vm) && last) {
        sp->s = last->ns;
        sp->e = last->ne;
        *has = 1;
    } else if (where && name_near_verb(d, ta, tb, v, v + vm, cjk ? 90 : 60, &nm)) {
        *sp = nm;
        *has = 1;
    } else if (where == 1 && appositive(d, ta, tb, &nm)) {
        *sp = nm;                  /* "…” he wrote …, Admiral G. C." */
        *has = 1;
    } else if (where == 1) {
        /* the subject at the head of the sentence: "ゼレンスキーは、…「…」と述べた" */
        name list[4];
        size_t k = find_names(d, nf_fx_to_text(d, hs), qs, list, 4);
        if (k) {
            *sp = list[0];
            *has = 1;
        } else if ((pronoun_or_title_near(d, cjk ? hs : (v > 40 ? v - 40 : 0),
                                          cjk ? te : v + vm + 40, hs, te) ||
                    !words_after(d, v + vm, te)) && last) {
            sp->s = last->ns;
            sp->e = last->ne;
            *has = 1;
        }
    } else if (where == 2) {
        if ((pronoun_or_title_near(d, v > 40 ? v - 40 : 0, v + vm + 40, hs, nqs) ||
             v == hs) && last) {
            sp->s = last->ns;
            sp->e = last->ne;
            *has = 1;
        }
    } else if (prev_has) {
        /* no verb: continues the previous quote when nothing but marks,
         * spaces and punctuation lie between them, or when the quote is a
         * paragraph of its own right after the paragraph of that quote */
        int clean = 1;
        int own_para = qs == ps && nf_fx_next_word(d, nqe, 0) >= npe &&
                       prev_end < ps && !memchr(d->text + prev_end, '\n',
                                                ps - 1 - prev_end);
        size_t from = prev_end;
        for (size_t j = nf_fx_to_norm(d, from); j < nqs; j++) {
            unsigned cp;
            nf_fx_cp(d, j, &cp);
            if (nf_fx_is_letter(cp) || nf_fx_is_cjk(cp)) {
                clean = 0;
                break;
            }
        }
        if (!clean && prev_end > ps) {
            name between[4];
            clean = find_names(d, prev_end, qs, between, 4) == 0;
        }
        if (clean || own_para) {
            *sp = prev_sp;
            *has = 1;
        }
    }
    nf_status st = add_quote(q, cs, ce, *has ? sp : NULL);
    if (!st && *has)
        st = add_event(q, nqs, sp->s, sp->e);
    return st;
}

nf_status nf_fx_quotes(nf_fx_doc *d, nf_fx_out *o)
{
    qctx q = { d, o, NULL, 0, { 0, 0, 0 } };
    q.ev = malloc(MAX_EVENTS * sizeof *q.ev);
    if (!q.ev)
        return NF_ERR_NOMEM;
    scan_events(&q);
    /* events from reported speech come first in time order; quotes are
     * added as they are attributed */
    const char *t = d->text, *tend = d->text + d->len;
    size_t ps = 0;
    nf_status st = NF_OK;
    size_t prev_end = 0;
    int prev_has = 0;
    name prev_sp = { 0, 0, 0, 0 };
    while (ps < d->len && !st) {
        size_t pe = ps;
        while (pe < d->len && t[pe] != '\n')
            pe++;
        int para_prev_has = prev_has;
        (void)para_prev_has;
        size_t i = ps;
        while (i < pe && !st) {
            size_t n;
            unsigned c = cp_at(t + i, tend, &n);
            if (!is_opener(c)) {
                i += n;
                continue;
            }
            /* an opener is not followed by a space (except at „ in MT) */
            size_t n2 = 0;
            unsigned after = i + n < pe ? cp_at(t + i + n, tend, &n2) : 0;
            unsigned before = 0;
            if (i > ps) {
                size_t b = i - 1;
                while (b > ps && ((unsigned char)t[b] & 0xC0) == 0x80)
                    b--;
                size_t nb;
                before = cp_at(t + b, tend, &nb);
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
                unsigned c2 = cp_at(t + j, tend, &l);
                if (closes(c, c2)) {
                    unsigned nx = j + l < pe ? cp_at(t + j + l, tend, &n2) : 0;
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
                    unsigned nx = j + l < pe ? cp_at(t + j + l, tend, &n2) : 0;
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
                    if (say_at(d, k)) {
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
                name sp = { 0, 0, 0, 0 };
                st = attribute(&q, ps, pe, i, qe, a, b, prev_end, prev_has,
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
