/* fold_int.h - the inside of story folding, shared by the files of
 * src/fold and the fold unit tests.
 *
 *   features.c  an article -> its sketch (anchors + sampled shingles)
 *   translit.c  names to one script and a consonant key (ICU, cached)
 *   place_words.c  a name word to a gazetteer place, also inflected
 *   table.c     small open-addressing hash tables (counts, postings)
 *   sketch_io.c a sketch <-> bytes (what the store keeps)
 *   folder*.c   the online decisions: report, story, storyline (one
 *               file per decision; src/fold/folder_int.h)
 *   fold_json.c the record's fold fields and sections
 */
#ifndef NF_FOLD_INT_H
#define NF_FOLD_INT_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "newsfold/fold.h"
#include "entities/common_words.h"

/* Kinds of anchor, kept in the top 2 bits of an anchor hash. */
#define NF_ANCHOR_NUM   0ULL   /* a number, native digits normalised    */
#define NF_ANCHOR_EXACT 1ULL   /* a name/Latin token, transliterated    */
#define NF_ANCHOR_KEY   2ULL   /* a name's consonant key (fuzzy)        */
#define NF_ANCHOR_KEY3  3ULL   /* a key of only 3 classes (collides)    */
#define NF_ANCHOR_KIND(h) ((h) >> 62)
#define NF_ANCHOR_MAKE(kind, h) (((uint64_t)(kind) << 62) | ((h) >> 2))

/* Shingles: a word 4-gram is kept when its hash % NF_SHINGLE_MOD == 0. */
#define NF_SHINGLE_K 4
#define NF_SHINGLE_MOD 4

/* The folding view of one article.  Arrays are malloc'ed, sorted and
 * without repeats. */
typedef struct nf_sketch {
    double time;            /* days since 1970-01-01; NAN when undated */
    char lang[12];          /* "" when unknown                          */
    uint32_t n_sent;        /* sentences                                */
    uint32_t n_words;       /* word tokens (CJK: characters)            */
    uint32_t n_anchors;
    uint32_t n_shingles;
    uint32_t n_seq;
    uint32_t latin;         /* bit 0: most letters are Latin; bit 1:
                               most are of caseless alphabets (Arabic,
                               Hebrew, Devanagari, Hangul, ...)        */
    uint64_t *anchors;
    uint64_t *shingles;
    uint32_t *seq;          /* anchors in text order (low 31 bits), capped;
                               an entry with NF_SEQ_ALT set is the
                               value of the number before it (round 11) */
} nf_sketch;

#define NF_SEQ_MAX 96
#define NF_SEQ_VALUE 0x7FFFFFFFu   /* the anchor bits of a sequence entry */
#define NF_SEQ_ALT 0x80000000u     /* this entry: the previous one's value */

void nf_sketch_clear(nf_sketch *k);

/* ---- translit.c -------------------------------------------------------- */

typedef struct nf_translit nf_translit;

/* Opens "Any-Latin; Latin-ASCII" once; NULL when ICU fails. */
nf_translit *nf_translit_new(void);
void nf_translit_free(nf_translit *t);

/* For the word s[0..len) (UTF-8, one token): *exact = the anchor
 * (NF_ANCHOR_EXACT) of its ASCII transliteration in lower case, *key =
 * the anchor of its consonant key (NF_ANCHOR_KEY3 when it has only 3
 * classes, NF_ANCHOR_KEY for more), or 0 when the key is too short to
 * tell names apart (fewer than 3 consonant classes).  In Arabic and
 * Hebrew words, w and y after the first letter are vowels for the key.  Results are cached by the word's bytes.  `strip_particle`
 * drops a Korean particle.  Returns NF_OK, NF_ERR_ICU or NF_ERR_NOMEM. */
nf_status nf_translit_word(nf_translit *t, const char *s, size_t len,
                           uint64_t *exact, uint64_t *key);

/* nf_fold_place_word(s, len, script), cached with the word's
 * transliteration (call it after nf_translit_word on the same word;
 * a word whose slot another word took is looked up again). */
int32_t nf_translit_place(nf_translit *t, const char *s, size_t len, int script);

/* The consonant key of ASCII `s` (lower case) into out (at most
 * max - 1 classes, NUL-terminated); returns the number of classes. */
size_t nf_consonant_key(const char *s, size_t len, char *out, size_t max);

/* ---- features.c -------------------------------------------------------- */

/* Builds the sketch of an analysed article into *k (cleared first).
 * Errors: NF_ERR_NOMEM, NF_ERR_ICU. */
nf_status nf_sketch_build(nf_translit *t, const nf_article *a, nf_sketch *k);

/* Builds the sketch of raw text (title may be NULL) with language `lang`
 * and `n_sent` sentences; what nf_sketch_build does, for tests. */
nf_status nf_sketch_build_text(nf_translit *t, const char *title,
                               const char *text, size_t len, const char *lang,
                               const char *published, uint32_t n_sent,
                               nf_sketch *k);

/* Round 9, error analysis (bench_fold --anchors): when set, fn is called
 * for each anchor a sketch build makes, with its kind ('n' number, 'v'
 * value of a number with a scale word, 'p' place word, 'e' exact form,
 * 'k' consonant key, 'P' entity-stage place, 's' name skeleton, 'c'
 * curated entry) and the text it came from.  Process-wide; fn NULL: none
 * (the default).  Not for use while other threads build sketches. */
typedef void (*nf_sketch_explain_fn)(void *ctx, uint64_t anchor, char kind,
                                     const char *s, size_t len);
void nf_sketch_set_explain(nf_sketch_explain_fn fn, void *ctx);

/* Canonical form of a number written with digits of any script and
 * separators ("4,5" -> "4.5", "4 000" -> "4000", Arabic-Indic digits).
 * s[0..len) is the token; writes at most max bytes with NUL.  Returns
 * the length, 0 when it is not worth an anchor (a single digit). */
size_t nf_number_canon(const char *s, size_t len, char *out, size_t max);

/* Days since 1970-01-01 of "YYYY-MM-DD", NAN when malformed or NULL. */
double nf_fold_days(const char *ymd);

/* Fraction of the smaller sampled-shingle set found in the other. */
double nf_sketch_containment(const nf_sketch *a, const nf_sketch *b,
                             uint32_t *shared);

/* ---- place_words.c ---------------------------------------------------- */

/* The gazetteer place (src/entities/places.h) that the name word
 * s[0..len) (UTF-8, one token of ICU script code `script`) names, also
 * inflected (Cyrillic, Greek: other endings), with a proclitic (Arabic,
 * Hebrew) or a particle (Korean), or -1.  Countries, regions and cities
 * of >= 100,000 people. */
int32_t nf_fold_place_word(const char *s, size_t len, int script);

/* ---- table.c ----------------------------------------------------------- */

/* uint64 -> uint32 counts (open addressing, linear probing; key 0 is
 * stored apart). */
typedef struct nf_count_map {
    uint64_t *keys;
    uint32_t *vals;
    size_t cap, n;          /* cap a power of two */
    uint32_t zero_val;
    int has_zero;
} nf_count_map;

nf_status nf_count_add(nf_count_map *m, uint64_t key, int32_t delta);
/* Drops the keys whose count is zero (tables never delete one by one). */
nf_status nf_count_compact(nf_count_map *m);
uint32_t nf_count_get(const nf_count_map *m, uint64_t key);
void nf_count_free(nf_count_map *m);

/* uint64 -> small list of int64 values (postings), each list capped:
 * when full, the oldest entry is dropped. */
typedef struct nf_post_list {
    int64_t *v;             /* `small` while it holds at most 2 */
    uint32_t n, cap;
    int64_t small[2];       /* most lists (shingles) hold one or two */
} nf_post_list;

typedef struct nf_post_map {
    uint64_t *keys;
    nf_post_list *lists;
    size_t cap, n;
    uint32_t max_list;
} nf_post_map;

nf_status nf_post_add(nf_post_map *m, uint64_t key, int64_t val);
nf_post_list *nf_post_get(nf_post_map *m, uint64_t key);
void nf_post_free(nf_post_map *m);

/* ---- sketch_io.c ------------------------------------------------------- */

/* Appends the bytes of `k` to *buf (malloc'ed, grown); NF_ERR_NOMEM. */
nf_status nf_sketch_encode(const nf_sketch *k, unsigned char **buf,
                           size_t *len, size_t *cap);
/* Reads a sketch written by nf_sketch_encode; NF_ERR_FORMAT when the
 * bytes are not one. */
nf_status nf_sketch_decode(const void *buf, size_t len, nf_sketch *k);

/* ---- folder.c (the rest: folder_int.h) -------------------------------- */

/* What a folder holds (for tests of bounded memory): articles with a
 * sketch, story slots in use, keys of the shingle postings. */
typedef struct nf_folder_held {
    size_t articles, stories, shingle_keys, anchor_keys, df_keys;
    size_t merges;          /* stories merged into another so far */
} nf_folder_held;
void nf_folder_held_get(const nf_folder *f, nf_folder_held *out);

/* The id of the story the last nf_folder_add merged into the article's
 * story (the result's story is the survivor, the older of the two), or
 * 0 when it merged none.  Callers holding earlier decisions relabel the
 * merged story's articles (the record) or rows (the store). */
long long nf_folder_last_merged(const nf_folder *f);

/* How many articles the story that the last nf_folder_add merged away
 * had (all labelled with its id by then), 0 when it merged none. */
size_t nf_folder_last_merged_count(const nf_folder *f);

/* Round 8, the learnt join decision (src/fold/join_model.c): the number
 * of features of an (article, candidate story) pair. */
#define NF_JM_N 18

/* Called, when set, for each candidate story of each article added, with
 * the story's id and its NF_JM_N join features x (bench_fold --dump:
 * training pairs for tools/fold/train_join.py); the call comes inside
 * nf_folder_add, before the article's decision is known. */
typedef void (*nf_fold_trace_fn)(void *ctx, long long story, const double *x,
                                 size_t n);

/* Sets the trace of f (fn NULL: none). */
void nf_folder_set_trace(nf_folder *f, nf_fold_trace_fn fn, void *ctx);

/* The join decision of f: with thr >= 0 the learnt model joins a story
 * when its probability is >= thr; thr < 0 gives the hand rules of rounds
 * 3-7.  A new folder takes the generated default (nf_fd_jm_threshold
 * in join_model_data.c: -1 since round 8's held-out run). */
void nf_folder_set_join_threshold(nf_folder *f, double thr);

/* The veto bar of the learnt join: a story the hand rules join is
 * joined unless the model's probability for it is under `veto` (then
 * the model decides as for any other article); 0: the hand rules' joins
 * always stand.  A new folder takes the generated default
 * (nf_fd_jm_veto). */
void nf_folder_set_join_veto(nf_folder *f, double veto);

/* Only stories of at most this many articles are merged (the repair of
 * an early split; large stories are never chained together). */
#define NF_MERGE_MAX_N 2

/* ---- fold fields on the article (src/core/article_int.h) --------------- */

/* Sets the article's fold fields. */
void nf_article_set_fold(nf_article *a, const nf_fold_result *r);

/* Round 12 (fold_words_data.c, generated by tools/words/gen_fold_words.py
 * from Debian's Hunspell dictionaries): Bloom filters of the ordinary
 * words of caseless-script languages (ar he), in common_words.h's
 * format, asked by features.c whether a long word of such a text is a
 * name.  Decoded on first use by features.c. */
extern const nf_cw_filter nf_fold_words[];
extern const size_t nf_fold_n_words;

/* Is the word s[0..n), of script `script`, an ordinary word of language
 * `lang` (its Hunspell dictionary lists it; in Arabic also behind a
 * proclitic: و ف ب ل ك ال بال وال لل ...) rather than a name?  0 for a
 * language without a filter (lang may be NULL) or a word of another
 * script.  Thread-safe (the filters are decoded once). */
int nf_fold_ordinary_word(const char *lang, const char *s, size_t n, UScriptCode script);

/* Round 13: nf_fold_ordinary_word also answers for Hindi (hi, Devanagari:
 * the words hunspell-hi lists in more than one inflected form), and
 * returns NF_FOLD_ORDINARY_SEQ (non-zero, so still "ordinary") for them:
 * no anchor, but the word keeps its entry of the anchor sequence
 * (report_align.c); 1 for the other languages.  A Hebrew word is also
 * asked behind one or two one-letter proclitics (ו ה ב ל מ ש כ). */
#define NF_FOLD_ORDINARY_SEQ 2

/* Is the capitalised Latin word s[0..n) of a text in `lang` a common
 * noun of that language rather than a name?  German only (its nouns are
 * capitalised: Regierung, Jahr, Präsident): the entity stage's German
 * noun filter lists it in lower case and its proper-noun filter does not
 * (Merkel, Siemens stay names; places the dictionary lists as nouns,
 * Berlin, Moskau, keep only the entity stage's place anchor).  0 for other languages (lang may be NULL),
 * for words in capitals (EU, NATO) and for words of 64 bytes or more.
 * Thread-safe. */
int nf_fold_common_noun(const char *lang, const char *s, size_t n);

/* A story named by the first line t[0..n) of an untitled article: the
 * length of the line cut to at most 100 characters (code points), at
 * the last space after the 50th when it must be cut and there is one.
 * The record (fold_json.c) and the store (src/store/stories.c) both cut
 * with it, so `analyze` and `stories` give a story the same title. */
size_t nf_fold_lead_cut(const char *t, size_t n);

/* Round 14 (speed, cp_props.c): ICU's general category, script and
 * simple case folding of each code point of the Basic Multilingual
 * Plane, read once into tables.  nf_cp_init builds them (thread-safe,
 * once); the readers below must only be called after it.  A script
 * entry NF_CP_ASK_ICU, and a folding entry 0, mean "ask ICU". */
#define NF_CP_ASK_ICU 255
extern uint8_t nf_cp_tab[0x10000][2];
extern uint16_t nf_cp_fold[0x10000];   /* 0: ask ICU */
void nf_cp_init(void);
UScriptCode nf_cp_script_icu(unsigned cp);
unsigned nf_cp_fold_icu(unsigned cp);

/* Sorts v[0..n) ascending (sort_u64.c: an introsort, O(n log n) on any
 * input, the same result as qsort).  v may be NULL when n is 0. */
void nf_sort_u64(uint64_t *v, size_t n);

/* nf_sort_u64 with `depth` partitions allowed before heapsort takes
 * over (0: heapsort from the start, for the tests of that path). */
void nf_sort_u64_depth(uint64_t *v, size_t n, unsigned depth);

/* u_charType(cp), from the table in the BMP. */
static inline int8_t nf_cp_type(unsigned cp)
{
    return cp < 0x10000 ? (int8_t)nf_cp_tab[cp][0] : (int8_t)u_charType((UChar32)cp);
}

/* u_foldCase(cp, U_FOLD_CASE_DEFAULT), from the table in the BMP. */
static inline unsigned nf_cp_foldcase(unsigned cp)
{
    return cp < 0x10000 && nf_cp_fold[cp] ? nf_cp_fold[cp] : nf_cp_fold_icu(cp);
}

/* uscript_getScript(cp), from the table in the BMP. */
static inline UScriptCode nf_cp_script(unsigned cp)
{
    if (cp < 0x10000 && nf_cp_tab[cp][1] != NF_CP_ASK_ICU)
        return (UScriptCode)nf_cp_tab[cp][1];
    return nf_cp_script_icu(cp);
}

#endif
