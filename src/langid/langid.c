/* langid.c - language identification (include/newsfold/langid.h).
 *
 * One pass over the text counts the letters per Unicode script and scores
 * the words of scripts that several languages write with the generated
 * hashed naive-Bayes model (langid_model.c): each word is lower-cased,
 * padded with a space on each side, and cut into character 3- and 4-grams
 * plus one whole-word feature; each feature's bucket lists (language,
 * weight) pairs, and a language's score is the sum of its weights plus its
 * floor for every feature plus a prior from its number of speakers.  A
 * letter followed by a combining accent it composes with is read as the
 * precomposed letter, so decomposed (NFD) text scores like NFC text.
 * Then the dominant script decides: a script
 * written by one known language (Greek, Thai, Hangul, ...) gives it at
 * once, Han/kana gives Japanese (kana present) or Chinese, and otherwise
 * the best-scored language among those writing the script wins.  When
 * that language belongs to a close group that character n-grams hardly
 * separate (bs/hr/sr, id/ms, ...; langid_groups.c), a second pass over
 * the words re-ranks the group's members by word-unigram evidence.  The
 * feature extraction must stay identical to the one in
 * tools/langid/build_model.py.  No allocation, no global state: the model
 * is read-only, so the detector is thread-safe.
 */
#include "newsfold/langid.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "langid_model.h"

#define NF_LID_MAX_LANG 256
#define NF_LID_MAX_SCRIPT 64
#define NF_LID_MAX_WORD 64
#define NF_LID_FEATURE_BUDGET 20000 /* features scored at most per call */
#define NF_LID_CJK_WEIGHT 3    /* a Han/kana character counts as 3 letters */
#define NF_LID_HANGUL_WEIGHT 2 /* a Hangul syllable as 2 */
#define NF_LID_CUT 20.0 /* softmax terms below e^-20 are dropped */
#define NF_LID_GROUP_WORDS 4000 /* words read by the group stage */
#ifndef NF_LID_GROUP_LAMBDA
#define NF_LID_GROUP_LAMBDA 0.3 /* weight of the first stage in a group */
#endif
#ifndef NF_LID_PRIOR_WEIGHT
#define NF_LID_PRIOR_WEIGHT 1.0 /* weight of the speakers prior */
#endif
#if defined(__GNUC__)
#define NF_LID_PREFETCH(p) __builtin_prefetch(p)
#else
#define NF_LID_PREFETCH(p) ((void)(p))
#endif

/* Decodes one UTF-8 sequence at *p (< end) and advances *p.  Returns the
 * code point, or -1 for an invalid byte (then *p moves by one byte). */
static int32_t utf8_next(const unsigned char **p, const unsigned char *end)
{
    assert(*p < end);
    const unsigned char *s = *p;
    unsigned c = s[0];
    if (c < 0x80) {
        *p = s + 1;
        return (int32_t)c;
    }
    int n;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 1; cp = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2; cp = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3; cp = c & 0x07; min = 0x10000;
    } else {
        *p = s + 1;
        return -1;
    }
    if (end - s <= n) {
        *p = s + 1;
        return -1;
    }
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *p = s + 1;
            return -1;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *p = s + 1;
        return -1;
    }
    *p = s + n + 1;
    return (int32_t)cp;
}

/* Script id of code point cp (0 = not a letter, 1 = combining mark). */
static int script_of(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp < 0x10000)
        return nf_lid_script_blk[(size_t)nf_lid_script_idx[cp >> 8] * 256 + (cp & 255)];
    if (cp >= 0x20000 && cp <= 0x3FFFF)
        return nf_lid_script_han;
    return 0; /* other supplementary letters are rare in running text */
}

/* Lower case of a BMP letter (unchanged otherwise). */
static int32_t lower_of(int32_t cp)
{
    if (cp >= 0x10000)
        return cp;
    return cp + nf_lid_lower_blk[(size_t)nf_lid_lower_idx[cp >> 8] * 256 + (cp & 255)];
}

/* The letter that base (lower-cased, BMP) and the combining mark cp
 * compose to, or 0 when they do not compose (see nf_lid_compose_key). */
static int32_t compose_of(int32_t base, int32_t cp)
{
    if (cp < 0x300 || cp >= 0x370 || base < 0 || base >= 0x10000)
        return 0;
    uint32_t key = ((uint32_t)base << 8) | (uint32_t)(cp - 0x300);
    size_t lo = 0, hi = nf_lid_ncompose;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nf_lid_compose_key[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < nf_lid_ncompose && nf_lid_compose_key[lo] == key)
        return nf_lid_compose_val[lo];
    return 0;
}

/* Appends the combining mark cp to the word w[0..*n) (*n >= 1): composed
 * with the last letter when the pair has a precomposed form (so that
 * decomposed text reads like the mostly precomposed training text),
 * else as a code point of its own. */
static void add_mark(int32_t *w, size_t *n, int32_t cp)
{
    assert(*n >= 1);
    int32_t c = compose_of(w[*n - 1], cp);
    if (c != 0)
        w[*n - 1] = c;
    else
        w[(*n)++] = lower_of(cp);
}

static uint32_t mix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

/* Adds the postings of bucket b to score[]. */
static void add_bucket(uint32_t b, int32_t *score)
{
    uint32_t lo = nf_lid_base[b >> 5] + nf_lid_rel[b];
    uint32_t b1 = b + 1;
    uint32_t hi = nf_lid_base[b1 >> 5] +
                  ((b1 & 31) ? nf_lid_rel[b1] : 0);
    const unsigned char *q = nf_lid_post + 2 * (size_t)lo;
    const unsigned char *qe = nf_lid_post + 2 * (size_t)hi;
    for (; q < qe; q += 2)
        score[q[0]] += q[1];
}

/* Scores the features of one word w[0..n) (lower-cased code points);
 * returns the number of features.  The buckets are computed first and
 * their offsets prefetched, which hides most of the memory latency. */
static size_t score_word(const int32_t *w, size_t n, int32_t *score)
{
    int32_t seq[NF_LID_MAX_WORD + 2];
    uint32_t bucket[2 * (NF_LID_MAX_WORD + 2) + 1];
    size_t len = n + 2, nf = 0;
    unsigned shift = (unsigned)(32 - nf_lid_bucket_bits);
    size_t kmin = (size_t)nf_lid_ngram_min, kmax = (size_t)nf_lid_ngram_max;
    assert(n >= 1 && n <= NF_LID_MAX_WORD);
    assert(kmin >= 2 && kmax - kmin <= 1); /* at most 2 features per start */
    seq[0] = 0x20;
    memcpy(seq + 1, w, n * sizeof *w);
    seq[n + 1] = 0x20;
    for (size_t i = 0; i < len; i++) {
        uint32_t h = 0x811C9DC5u;
        for (size_t k = 1; k <= kmax && i + k <= len; k++) {
            h = (h ^ (uint32_t)seq[i + k - 1]) * 0x01000193u;
            if (k < kmin)
                continue;
            uint32_t b = mix32(h) >> shift;
            NF_LID_PREFETCH(&nf_lid_rel[b]);
            bucket[nf++] = b;
        }
    }
    if (len > kmax) {
        uint32_t h = 0x9747B28Cu;
        for (size_t i = 0; i < len; i++)
            h = (h ^ (uint32_t)seq[i]) * 0x01000193u;
        bucket[nf++] = mix32(h) >> shift;
    }
    for (size_t i = 0; i < nf; i++)
        add_bucket(bucket[i], score);
    return nf;
}

/* True when words of script s are scored by the model: two or more
 * languages write it, and it is not Han/kana (decided by counts). */
static int modelled(int s)
{
    return s >= 2 && (size_t)s < nf_lid_nscript &&
           nf_lid_script_lang_off[s + 1] - nf_lid_script_lang_off[s] >= 2 &&
           s != nf_lid_script_han && s != nf_lid_script_hira &&
           s != nf_lid_script_kata;
}

/* One pass over the text: counts letters per script into count[] and
 * scores every word of a modelled script into score[], counting its
 * features per script in nfeat[].  Stops after about
 * NF_LID_FEATURE_BUDGET features (long texts are judged on their start). */
static void scan_text(const unsigned char *p, const unsigned char *end,
                      int32_t *score, size_t *count, size_t *nfeat)
{
    int32_t w[NF_LID_MAX_WORD];
    size_t n = 0, total = 0;
    size_t cap = (size_t)nf_lid_word_cap;
    int cur = 0, cur_model = 0;
    assert(cap <= NF_LID_MAX_WORD);
    while (p < end && total < NF_LID_FEATURE_BUDGET) {
        int32_t cp = utf8_next(&p, end);
        int s = script_of(cp);
        if (s == 1) { /* a combining mark continues the word it is in */
            if (n > 0) {
                add_mark(w, &n, cp);
                if (n == cap) {
                    size_t k = score_word(w, n, score);
                    nfeat[cur] += k;
                    total += k;
                    n = 0;
                }
            }
            continue;
        }
        if (s != cur) {
            if (n > 0) {
                size_t k = score_word(w, n, score);
                nfeat[cur] += k;
                total += k;
            }
            n = 0;
            cur = s;
            cur_model = modelled(s);
        }
        if (s == 0)
            continue;
        count[s]++;
        if (!cur_model)
            continue;
        w[n++] = lower_of(cp);
        if (n == cap) {
            size_t k = score_word(w, n, score);
            nfeat[cur] += k;
            total += k;
            n = 0;
        }
    }
    if (n > 0)
        nfeat[cur] += score_word(w, n, score);
}

/* ------------------------------------------------ close-group stage */

/* The group whose members include language `lang`, or -1. */
static int group_of(int lang)
{
    for (size_t g = 0; g < nf_lid_ngroup; g++)
        for (size_t i = 0; i < nf_lid_group_size[g]; i++)
            if (nf_lid_group_lang[4 * g + i] == lang)
                return (int)g;
    return -1;
}

/* Adds the weights of word w[0..n) in group g to ws[] (one per member). */
static void group_word(size_t g, const int32_t *w, size_t n, int32_t *ws)
{
    uint32_t h = nf_lid_group_seed;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint32_t)w[i]) * 0x01000193u;
    uint32_t key = mix32(h);
    size_t lo = nf_lid_group_off[g], hi = nf_lid_group_off[g + 1];
    while (lo < hi) { /* first key >= key */
        size_t mid = lo + (hi - lo) / 2;
        if (nf_lid_group_keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == nf_lid_group_off[g + 1] || nf_lid_group_keys[lo] != key)
        return;
    size_t size = nf_lid_group_size[g];
    const uint8_t *q = nf_lid_group_w + nf_lid_group_woff[g] +
                       (lo - nf_lid_group_off[g]) * size;
    for (size_t i = 0; i < size; i++)
        ws[i] += q[i];
}

/* Second pass for the close group g: sums the word weights of the words
 * of script `script` (segmented as in scan_text) into ws[] (one per
 * member), over at most NF_LID_GROUP_WORDS words. */
static void group_scan(const unsigned char *p, const unsigned char *end,
                       int script, size_t g, int32_t *ws)
{
    int32_t w[NF_LID_MAX_WORD];
    size_t n = 0, words = 0, cap = (size_t)nf_lid_word_cap;
    int cur = 0;
    while (p < end && words < NF_LID_GROUP_WORDS) {
        int32_t cp = utf8_next(&p, end);
        int s = script_of(cp);
        if (s == 1) {
            if (n > 0)
                add_mark(w, &n, cp);
        } else if (s != cur) {
            if (n > 0 && cur == script) {
                group_word(g, w, n, ws);
                words++;
            }
            n = 0;
            cur = s;
            if (s == script)
                w[n++] = lower_of(cp);
        } else if (s == script) {
            w[n++] = lower_of(cp);
        }
        if (n == cap) {
            if (cur == script) {
                group_word(g, w, n, ws);
                words++;
            }
            n = 0;
        }
    }
    if (n > 0 && cur == script)
        group_word(g, w, n, ws);
}

/* Index of language `code` in the model, or -1. */
static int lang_index(const char *code)
{
    for (size_t i = 0; i < nf_lid_nlang; i++)
        if (strcmp(nf_lid_codes[i], code) == 0)
            return (int)i;
    return -1;
}

/* Writes the single guess `lang` with confidence `conf`. */
static size_t one_guess(int lang, double conf, nf_lang_guess *out, size_t max_out)
{
    if (lang < 0 || max_out == 0)
        return 0;
    out[0].code = nf_lid_codes[lang];
    out[0].score = conf;
    return 1;
}

size_t nf_langid_detect(const char *text, size_t len, nf_lang_guess *out,
                        size_t max_out)
{
    assert(text != NULL || len == 0);
    assert(out != NULL || max_out == 0);
    if (len == 0)
        return 0;
    const unsigned char *beg = (const unsigned char *)text, *end = beg + len;
    size_t count[NF_LID_MAX_SCRIPT] = {0}, nfeat[NF_LID_MAX_SCRIPT] = {0};
    int32_t score[NF_LID_MAX_LANG];
    size_t nscript = nf_lid_nscript;
    assert(nscript <= NF_LID_MAX_SCRIPT && nf_lid_nlang <= NF_LID_MAX_LANG);
    assert(nf_lid_group_nlang == nf_lid_nlang);
    memset(score, 0, nf_lid_nlang * sizeof score[0]);
    scan_text(beg, end, score, count, nfeat);
    /* A Han or kana character carries about as much as a short word, a
     * Hangul syllable as a few letters: weigh them so that Latin names in
     * a Chinese text do not outvote it. */
    for (size_t s = 2; s < nscript; s++) {
        if ((int)s == nf_lid_script_han || (int)s == nf_lid_script_hira ||
            (int)s == nf_lid_script_kata)
            count[s] *= NF_LID_CJK_WEIGHT;
        else if ((int)s == nf_lid_script_hangul)
            count[s] *= NF_LID_HANGUL_WEIGHT;
    }
    size_t letters = 0;
    for (size_t s = 2; s < nscript; s++)
        letters += count[s];
    if (letters == 0)
        return 0;
    size_t cjk = count[nf_lid_script_han] + count[nf_lid_script_hira] +
                 count[nf_lid_script_kata];
    int best = 2;
    for (size_t s = 2; s < nscript; s++)
        if (count[s] > count[best] && (int)s != nf_lid_script_han &&
            (int)s != nf_lid_script_hira && (int)s != nf_lid_script_kata)
            best = (int)s;
    if (cjk > count[best]) {
        size_t kana = count[nf_lid_script_hira] + count[nf_lid_script_kata];
        int lang = lang_index(kana * 20 >= cjk ? "ja" : "zh");
        return one_guess(lang, (double)cjk / (double)letters, out, max_out);
    }
    size_t c0 = nf_lid_script_lang_off[best], c1 = nf_lid_script_lang_off[best + 1];
    if (c1 == c0)
        return 0; /* letters of a script no known language writes */
    double share = (double)count[best] / (double)letters;
    if (c1 - c0 == 1)
        return one_guess(nf_lid_script_lang[c0], share, out, max_out);

    size_t nf = nfeat[best];
    /* Candidates: the languages writing the script. */
    struct cand { int lang; int32_t s; } cand[NF_LID_MAX_LANG];
    size_t nc = 0;
    int32_t top = INT32_MIN;
    for (size_t i = c0; i < c1; i++) {
        int l = nf_lid_script_lang[i];
        int32_t s = score[l] + (int32_t)nf * nf_lid_floors[l] +
                    (int32_t)lround(NF_LID_PRIOR_WEIGHT * nf_lid_priors[l]);
        cand[nc].lang = l;
        cand[nc++].s = s;
        if (s > top)
            top = s;
    }
    /* Close groups: when the best guess belongs to one, its members
     * present among the candidates are re-ranked by their word evidence
     * plus NF_LID_GROUP_LAMBDA times their first-stage score difference
     * (both in nats); the winner takes the top score, the others follow
     * at their combined distance. */
    int g = -1;
    for (size_t i = 0; i < nc && g < 0; i++)
        if (cand[i].s == top)
            g = group_of(cand[i].lang);
    if (g >= 0) {
        size_t size = nf_lid_group_size[g];
        int32_t ws[4] = {0};
        size_t ci[4];
        double comb[4], cmax = -1e300;
        size_t present = 0;
        group_scan(beg, end, best, (size_t)g, ws);
        for (size_t i = 0; i < size; i++) {
            ci[i] = nc;
            for (size_t j = 0; j < nc; j++)
                if (cand[j].lang == nf_lid_group_lang[4 * (size_t)g + i])
                    ci[i] = j;
            if (ci[i] == nc)
                continue;
            present++;
            comb[i] = (double)ws[i] / nf_lid_group_scale +
                      NF_LID_GROUP_LAMBDA * (double)(cand[ci[i]].s - top) /
                          nf_lid_scale;
            if (comb[i] > cmax)
                cmax = comb[i];
        }
        if (present >= 2)
            for (size_t i = 0; i < size; i++)
                if (ci[i] < nc)
                    cand[ci[i]].s = top + (int32_t)lround((comb[i] - cmax) *
                                                          nf_lid_scale);
    }
    /* Confidence: softmax of the scores in nats, tempered by length;
     * languages more than NF_LID_CUT tempered nats behind are left out
     * (their share is below e^-NF_LID_CUT). */
    double temp = (double)nf_lid_scale * (1.0 + (double)nf / 50.0);
    int32_t cut = top - (int32_t)(NF_LID_CUT * temp);
    double sum = 0;
    size_t nk = 0;
    for (size_t i = 0; i < nc; i++)
        if (cand[i].s >= cut) {
            sum += exp((double)(cand[i].s - top) / temp);
            cand[nk++] = cand[i];
        }
    /* The best max_out of the kept ones, by selection (max_out is small). */
    size_t n = nk < max_out ? nk : max_out;
    for (size_t i = 0; i < n; i++) {
        size_t m = i;
        for (size_t j = i + 1; j < nk; j++)
            if (cand[j].s > cand[m].s ||
                (cand[j].s == cand[m].s && cand[j].lang < cand[m].lang))
                m = j;
        struct cand t = cand[i];
        cand[i] = cand[m];
        cand[m] = t;
        out[i].code = nf_lid_codes[cand[i].lang];
        out[i].score = share * exp((double)(cand[i].s - top) / temp) / sum;
    }
    return n;
}

size_t nf_langid_language_count(void)
{
    return nf_lid_nlang;
}

const char *nf_langid_language_code(size_t i)
{
    assert(i < nf_lid_nlang);
    return nf_lid_codes[i];
}

const char *nf_langid_language_name(size_t i)
{
    assert(i < nf_lid_nlang);
    return nf_lid_names[i];
}
