/* dates_lead.c - a publication date read from an article's lead.
 *
 * Wire copy and reports pasted as plain text often carry no date of their
 * own, but their first sentence does: a dateline ("CONSTANTA, Romania,
 * Feb 10 - ..."), or the day of the event told ("in the night to Tuesday,
 * 10 February", "الأربعاء 18 فبراير 2026").  Without a date an article
 * cannot be placed in time: its relative dates stay open and the folding
 * stage cannot tell which stories of the time window it may join.
 *
 * The stage reads the first day date of the first sentence (within its
 * first NF_LEAD_DATE_BYTES bytes) with the dates scanner.  A year written
 * there is taken as it is.  A missing year is chosen among the years near
 * a reference day (the latest publication date seen in the run, else
 * today): when the lead names a weekday (bare, as "on Tuesday"; not "last
 * Tuesday") only years whose calendar puts the date on a named weekday
 * qualify, up to seven years back; otherwise the year that puts the date
 * nearest before the reference (at most two months after it), as the dates
 * stage does for every day written without a year.  Nothing is guessed
 * when the lead's weekdays fit no year nearby.  The date found is stored as
 * the publication date and a note on the article says where it came from,
 * so the guess is never silent.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_int.h"
#include "facts_stage.h"
#include "core/article_int.h"

/* The date must start within this many bytes of the lead: a dateline or
 * the lead's own day, not a date further into a long first sentence. */
#define NF_LEAD_DATE_BYTES 320u
/* Weekdays are read in the first two sentences, at most this far. */
#define NF_LEAD_WEEKDAY_BYTES 800u
/* How far back a named weekday may move a date without a year. */
#define NF_LEAD_YEARS_BACK 7

void nf_fx_probe_day(nf_fx_doc *d, size_t i, int y, int m, int dd)
{
    nf_fx_probe *p = d->probe;
    if (!p || p->found)
        return;
    p->found = 1;
    p->at = i;
    p->y = y;
    p->m = m;
    p->d = dd;
}

void nf_fx_probe_weekday(nf_fx_doc *d, int wd)
{
    if (d->probe && wd >= 1 && wd <= 7)
        d->probe->weekdays |= 1u << wd;
}

/* Distance of day x from reference day ref as a publication date: days
 * before count once, days after twice (up to 62), later not at all (-1). */
static long lead_distance(long x, long ref)
{
    if (x <= ref)
        return ref - x;
    return x - ref <= 62 ? (x - ref) * 2 : -1;
}

/* Year for month m, day dd near reference day ref given the weekdays the
 * lead names (bit set, 0 for none); 0 when no year fits. */
static int lead_year(int m, int dd, unsigned weekdays, long ref)
{
    int ry, rm, rd;
    nf_fx_civil(ref, &ry, &rm, &rd);
    int first = weekdays ? ry - NF_LEAD_YEARS_BACK : ry - 1;
    int best = 0;
    long bestdist = 0;
    for (int y = first; y <= ry + 1; y++) {
        if (!nf_fx_date_valid(y, m, dd))
            continue;
        long x = nf_fx_days(y, m, dd);
        if (weekdays && !(weekdays & (1u << nf_fx_date_weekday(x))))
            continue;
        long dist = lead_distance(x, ref);
        if (dist < 0)
            continue;
        if (!best || dist < bestdist) {
            best = y;
            bestdist = dist;
        }
    }
    return best;
}

long nf_facts_day_number(const char *ymd)
{
    if (!ymd || strlen(ymd) < 10)
        return -1;
    int y = 0, m = 0, d = 0;
    for (int i = 0; i < 10; i++) {
        char c = ymd[i];
        if (i == 4 || i == 7) {
            if (c != '-')
                return -1;
        } else if (c < '0' || c > '9') {
            return -1;
        }
    }
    y = atoi(ymd);
    m = atoi(ymd + 5);
    d = atoi(ymd + 8);
    return nf_fx_date_valid(y, m, d) ? nf_fx_days(y, m, d) : -1;
}

/* End of the lead's first `n` sentences, at most `max` bytes in. */
static size_t lead_end(const nf_article *a, size_t n, size_t max)
{
    size_t end = 0;
    for (size_t i = 0; i < n && i < a->n_sentences; i++)
        end = a->sentences[i].end;
    return end < max ? end : max;
}

nf_status nf_lead_date_stage(nf_article *a, long ref)
{
    assert(a && ref >= 0);
    if (a->published || !a->n_sentences)
        return NF_OK;
    size_t len;
    const char *text = nf_article_text(a, &len);
    size_t date_end = lead_end(a, 1, NF_LEAD_DATE_BYTES);
    size_t wd_end = lead_end(a, 2, NF_LEAD_WEEKDAY_BYTES);
    if (wd_end > len)
        wd_end = len;
    while (wd_end > 0 && wd_end < len && ((unsigned char)text[wd_end] & 0xC0) == 0x80)
        wd_end--;   /* a cut inside a character: back to its start */
    if (!date_end || !wd_end)
        return NF_OK;

    nf_fx_doc d;
    nf_status st = nf_fx_doc_init(&d, text, wd_end, nf_article_language(a), NULL);
    if (st)
        return st;
    nf_fx_probe probe;
    memset(&probe, 0, sizeof probe);
    d.probe = &probe;
    nf_fx_out o;
    memset(&o, 0, sizeof o);
    st = nf_fx_dates(&d, &o);
    size_t at = probe.found ? d.map[probe.at] : len;
    int y = probe.y;
    if (!st && probe.found && at < date_end && !y)
        y = lead_year(probe.m, probe.d, probe.weekdays, ref);
    free(o.dates);
    nf_fx_doc_free(&d);
    if (st || !probe.found || at >= date_end || !y ||
        !nf_fx_date_valid(y, probe.m, probe.d))
        return st;

    char ymd[40];
    snprintf(ymd, sizeof ymd, "%04d-%02d-%02d", y, probe.m, probe.d);
    if ((st = nf_article_set(a, &a->published, ymd, 10)))
        return st;
    char msg[160];
    snprintf(msg, sizeof msg, "publication date %.10s read from the first "
             "sentence (byte %zu of the text)%s", ymd, at,
             probe.y ? "" : probe.weekdays ? "; year from the weekday named"
                                           : "; year inferred");
    nf_diag note = { NF_SEV_NOTE, NF_OK, a->source, 0, NF_NO_OFFSET, msg };
    return nf_article_add_diag(a, &note);
}
