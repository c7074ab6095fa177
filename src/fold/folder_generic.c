/* folder_generic.c - round 9: generic anchors, from a background table.
 *
 * Idf over the few hundred articles of a window is noisy: a country, a
 * capital, a head of state, a year or a caseless script's function word
 * can look rare there and make two stories on neighbouring subjects
 * meet.  tools/fold/background.sh finds the anchors common in text that
 * is not the benchmark's (news bodies of the Article Extraction
 * Benchmark, the UDHR in ~450 languages, the names of big countries,
 * their capitals and the continents in every language of the geo data)
 * and writes their hashes to
 * background_data.c (generated, sorted).  A join must share at least
 * one anchor that is not generic (folder_story.c): topic words alone do
 * not make one story.  Lookup is a bit test (a 65,536-bit filter of the
 * table's low hash bits: most anchors are not generic) and then a binary
 * search, asked only for the anchors an article shares with a candidate
 * story.  Round 10 (nf_fd_evidence_ok): in Latin script the specific
 * anchors must carry a fifth of the shared weight (topic words with one
 * inflected or foreign form beside them are a topic match), and a text
 * of another script joins a young story (step 3b's size) at a cosine of
 * NF_YOUNG_COS without a specific anchor.  Round 11
 * (nf_fd_mostly_specific): when what an article shares with its best
 * candidate, a young story, is mostly specific, less close candidates
 * met through generic anchors only do not count against its lead
 * (folder_story.c); and a text not mostly in Latin script meets step
 * 2's evidence floor with half the shared mass when two of the shared
 * anchors are specific (nf_fd_floor_ok).
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "fold/folder_int.h"

int nf_fd_generic(uint64_t a)
{
    if (!(nf_fd_generic_bits[(a & 0xFFFF) >> 6] >> (a & 63) & 1))
        return 0;
    size_t lo = 0, hi = nf_fd_generic_n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nf_fd_generic_tab[mid] < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nf_fd_generic_n && nf_fd_generic_tab[lo] == a;
}

int nf_fd_specific(const nf_fd_cand *c)
{
    assert(c);
    return c->spec >= NF_SPEC_MIN && c->spec_mass >= NF_SPEC_MASS;
}

int nf_fd_evidence_ok(const nf_sketch *k, const nf_fd_cand *c, uint32_t story_n)
{
    assert(k && c);
    if (k->latin & 1)
        return nf_fd_specific(c) && c->spec_mass >= NF_SPEC_SHARE * c->mass;
    return nf_fd_specific(c) || (story_n <= NF_MERGE_MAX_N && c->cos >= NF_YOUNG_COS);
}

int nf_fd_mostly_specific(const nf_fd_cand *c)
{
    assert(c);
    return c->spec >= 2 && c->spec_mass >= NF_CLEAR_SHARE * c->mass;
}

int nf_fd_floor_ok(const nf_sketch *k, const nf_fd_cand *c, double mass_min)
{
    assert(k && c);
    if (c->shared < 2)
        return 0;
    if (c->mass >= mass_min)
        return 1;
    return !(k->latin & 1) && c->spec >= 2 && c->mass >= NF_CASELESS_MASS * mass_min;
}
