/* quotes_events.c - reported speech and the speakers seen so far.
 *
 * Sentences with a reporting verb outside quotes ("NAME said",
 * "NAMEは…と述べた") are events: who spoke, and where.  A pronoun, a
 * dropped subject or a title later on refers to the last speaker before
 * it, and when nobody spoke yet to the last person named shortly before.
 * The name nearest to a reporting verb (Chinese: the name right before
 * it; Arabic: the name right after it) is the verb's subject.
 */
#include <stdlib.h>
#include <string.h>

#include "quotes_int.h"
#include "text/text.h"

/* Chinese: the name right before the verb at norm v (titles stripped). */
static int zh_name_before(const nf_fx_doc *d, size_t v, nf_fx_qname *out)
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
static int ar_name_after(const nf_fx_doc *d, size_t v, nf_fx_qname *out)
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
int nf_fx_q_name_near_verb(const nf_fx_doc *d, size_t a, size_t b, size_t v,
                           size_t ve, size_t window, nf_fx_qname *out)
{
    if (nf_fx_q_lang_is(d, "zh") && zh_name_before(d, v, out))
        return 1;
    if (nf_fx_q_lang_is(d, "ar") && ar_name_after(d, ve, out))
        return 1;
    nf_fx_qname nm[16];
    size_t n = nf_fx_q_find_names(d, a, b, nm, 16);
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

nf_status nf_fx_q_add_event(nf_fx_qctx *q, size_t pos, size_t ns, size_t ne)
{
    if (q->n_ev >= NF_FX_Q_MAX_EVENTS)
        return NF_OK;
    q->ev[q->n_ev].pos = pos;
    q->ev[q->n_ev].ns = ns;
    q->ev[q->n_ev].ne = ne;
    q->n_ev++;
    return NF_OK;
}

/* The last speaker before norm position p; when nobody spoke yet, the
 * last person named in the 400 bytes before it ("he said" -> the last
 * named person). */
const nf_fx_qevent *nf_fx_q_last_speaker(nf_fx_qctx *q, size_t p)
{
    const nf_fx_qevent *best = NULL;
    for (size_t k = 0; k < q->n_ev; k++)
        if (q->ev[k].pos < p && (!best || q->ev[k].pos >= best->pos))
            best = &q->ev[k];
    if (best)
        return best;
    size_t tp = nf_fx_to_text(q->d, p);
    nf_fx_qname nm[16];
    size_t n = nf_fx_q_find_names(q->d, tp > 400 ? tp - 400 : 0, tp, nm, 16);
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
void nf_fx_q_scan_events(nf_fx_qctx *q)
{
    nf_fx_doc *d = q->d;
    size_t s = 0;
    while (s < d->nlen) {
        size_t e = s;
        while (e < d->nlen) {
            unsigned cp;
            size_t n = nf_fx_cp(d, e, &cp);
            e += n;
            if (nf_fx_q_stop_norm(cp))
                break;
        }
        for (size_t j = s; j < e; j++) {
            if (((unsigned char)d->norm[j] & 0xC0) == 0x80)
                continue;
            size_t m = nf_fx_q_say_at(d, j);
            if (!m)
                continue;
            nf_fx_qname nm;
            size_t ta = nf_fx_to_text(d, s), tb = nf_fx_to_text(d, e);
            int found = 0;
            if (nf_fx_q_lang_is(d, "ja") || nf_fx_q_lang_is(d, "zh")) {
                nf_fx_qname list[8];
                size_t k = nf_fx_q_find_names(d, ta, tb, list, 8);
                size_t first = nf_fx_next_word(d, s, 0);
                const nf_fx_qevent *last = nf_fx_q_last_speaker(q, j);
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
                found = nf_fx_q_name_near_verb(d, ta, tb, j, j + m, 60, &nm);
                if (found) {
                    /* subject: within 25 bytes of the verb */
                    size_t tv = nf_fx_to_text(d, j), tve = nf_fx_to_text(d, j + m);
                    size_t dist = nm.e <= tv ? tv - nm.e : nm.s >= tve ? nm.s - tve : 0;
                    found = dist <= 25;
                }
            }
            if (found)
                nf_fx_q_add_event(q, j, nm.s, nm.e);
            break;
        }
        s = e;
    }
}
