/* quotes_speaker.c - who said a quotation.
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
 * The attributed quote is stored in the output with a copy of its
 * speaker's name.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes_int.h"
#include "text/text.h"

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
static int appositive(const nf_fx_doc *d, size_t a, size_t b, nf_fx_qname *out)
{
    nf_fx_qname nm[16];
    size_t n = nf_fx_q_find_names(d, a, b, nm, 16);
    for (size_t k = 0; k < n; k++)
        if (nm[k].person || nm[k].titled) {
            *out = nm[k];
            return 1;
        }
    return 0;
}

/* Adds a quote [cs, ce) (text offsets) with its speaker. */
static nf_status add_quote(nf_fx_qctx *q, size_t cs, size_t ce, const nf_fx_qname *sp)
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

/* Attributes and adds the quote with marks at text [qs, qe) and content
 * [cs, ce), in the paragraph [ps, pe).  *prev_* describe the previous
 * quote. */
nf_status nf_fx_q_attribute(nf_fx_qctx *q, size_t ps, size_t pe, size_t qs,
                            size_t qe, size_t cs, size_t ce, size_t prev_end,
                            int prev_has, nf_fx_qname prev_sp, int *has,
                            nf_fx_qname *sp)
{
    nf_fx_doc *d = q->d;
    size_t nqs = nf_fx_to_norm(d, qs), nqe = nf_fx_to_norm(d, qe);
    size_t nps = nf_fx_to_norm(d, ps), npe = nf_fx_to_norm(d, pe);
    /* tail: to the end of the sentence */
    size_t te = nqe;
    while (te < npe) {
        unsigned cp;
        size_t n = nf_fx_cp(d, te, &cp);
        if (nf_fx_q_stop_norm(cp))
            break;
        if (te > nqe && nf_fx_q_is_opener(cp) && 0)
            break;
        te += n;
    }
    /* head: from the start of the sentence (or the previous quote) */
    size_t hs = nqs, lo = prev_end > ps ? nf_fx_to_norm(d, prev_end) : nps;
    while (hs > lo) {
        size_t pst;
        unsigned cp = nf_fx_cp_before(d, hs, &pst);
        if (nf_fx_q_stop_norm(cp))
            break;
        hs = pst;
    }
    size_t v = 0, vm = 0;
    int where = 0;
    for (size_t j = nqe; j < te; j++) {
        if (((unsigned char)d->norm[j] & 0xC0) == 0x80)
            continue;
        size_t m = nf_fx_q_say_at(d, j);
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
            size_t m = nf_fx_q_say_at(d, j);
            if (m) {
                v = j;
                vm = m;
                where = 2;
            }
        }
    }
    *has = 0;
    nf_fx_qname nm;
    int cjk = nf_fx_q_lang_is(d, "ja") || nf_fx_q_lang_is(d, "zh");
    size_t ta = nf_fx_to_text(d, where == 1 ? nqe : hs);
    size_t tb = nf_fx_to_text(d, where == 1 ? te : nqs);
    const nf_fx_qevent *last = nf_fx_q_last_speaker(q, nqs);
    if (where == 1 && nf_fx_q_lang_is(d, "ja") && nqe < d->nlen &&
        nf_fx_match(d, nqe, "と", NULL, NULL)) {
        /* 「…」と[、]NAMEは…述べた: the first name after と */
        nf_fx_qname list[4];
        size_t k = nf_fx_q_find_names(d, ta, tb, list, 4);
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
    } else if (where && nf_fx_q_name_near_verb(d, ta, tb, v, v + vm, cjk ? 90 : 60, &nm)) {
        *sp = nm;
        *has = 1;
    } else if (where == 1 && appositive(d, ta, tb, &nm)) {
        *sp = nm;                  /* "…” he wrote …, Admiral G. C." */
        *has = 1;
    } else if (where == 1) {
        /* the subject at the head of the sentence: "ゼレンスキーは、…「…」と述べた" */
        nf_fx_qname list[4];
        size_t k = nf_fx_q_find_names(d, nf_fx_to_text(d, hs), qs, list, 4);
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
            nf_fx_qname between[4];
            clean = nf_fx_q_find_names(d, prev_end, qs, between, 4) == 0;
        }
        if (clean || own_para) {
            *sp = prev_sp;
            *has = 1;
        }
    }
    nf_status st = add_quote(q, cs, ce, *has ? sp : NULL);
    if (!st && *has)
        st = nf_fx_q_add_event(q, nqs, sp->s, sp->e);
    return st;
}
