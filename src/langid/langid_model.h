/* langid_model.h - the tables of the generated language model.
 *
 * Defined in langid_model.c, which tools/langid/build_model.py writes;
 * read only by langid.c.  All tables are read-only.
 */
#ifndef NF_LANGID_MODEL_H
#define NF_LANGID_MODEL_H

#include <stddef.h>
#include <stdint.h>

/* Feature extraction parameters (the builder used the same). */
extern const int nf_lid_ngram_min;   /* character n-grams ngram_min..      */
extern const int nf_lid_ngram_max;   /* ... ngram_max                      */
extern const int nf_lid_word_cap;    /* letter runs are cut at this length */
extern const int nf_lid_bucket_bits; /* hashed feature space is 2^bits     */
extern const int nf_lid_scale;       /* weights are nats * scale           */

/* Languages: code, English name, and log-probability floor (nats*scale)
 * of a feature the language did not keep. */
extern const size_t nf_lid_nlang;
extern const char *const nf_lid_codes[];
extern const char *const nf_lid_names[];
extern const int32_t *const nf_lid_floors;

/* Prior of each language: ln(speakers / 10^4), at least 0, in nats*scale
 * (speakers from CLDR territoryInfo); the detector adds a fixed fraction
 * of it to every candidate's score. */
extern const int32_t *const nf_lid_priors;

/* Canonical composition of a Latin/Greek/Cyrillic letter with one
 * following mark U+0300..U+036F: sorted keys (base << 8 | (mark - 0x300))
 * and the composed letters, nf_lid_ncompose of each. */
extern const size_t nf_lid_ncompose;
extern const uint32_t *const nf_lid_compose_key;
extern const uint16_t *const nf_lid_compose_val;

/* Scripts: id 0 = not a letter, 1 = combining mark, 2 = other letter;
 * languages writing script s are nf_lid_script_lang[off[s] .. off[s+1]). */
extern const size_t nf_lid_nscript;
extern const char *const nf_lid_script_names[];
extern const uint16_t *const nf_lid_script_lang_off;
extern const uint8_t *const nf_lid_script_lang;
extern const int nf_lid_script_han, nf_lid_script_hira, nf_lid_script_kata,
    nf_lid_script_hangul;

/* BMP tables in 256-entry blocks: script id of cp is
 * script_blk[script_idx[cp >> 8] * 256 + (cp & 255)], its lower case is
 * cp + lower_blk[lower_idx[cp >> 8] * 256 + (cp & 255)]. */
extern const uint8_t *const nf_lid_script_idx;
extern const uint8_t *const nf_lid_script_blk;
extern const uint8_t *const nf_lid_lower_idx;
extern const int32_t *const nf_lid_lower_blk;

/* Postings of bucket b: pairs (language, weight) in nf_lid_post from
 * 2*off(b) to 2*off(b+1), off(b) = base[b >> 5] + rel[b]. */
extern const uint32_t *const nf_lid_base;
extern const uint16_t *const nf_lid_rel;
extern const unsigned char nf_lid_post[];

/* Close-language groups (langid_groups.c, generated too): group g has
 * group_size[g] (<= 4) members, language indices group_lang[4*g ..].  Its
 * words are the sorted keys group_keys[group_off[g] .. group_off[g+1]);
 * word k (counted from group_off[g]) weighs group_w[group_woff[g] +
 * k*size + i] (nats * group_scale above the least likely member) for
 * member i.  A word's key is the murmur3 finaliser of the FNV-1a hash,
 * seeded with group_seed, of its lower-cased code points.
 * group_nlang must equal nf_lid_nlang (same language numbering). */
extern const size_t nf_lid_group_nlang;
extern const size_t nf_lid_ngroup;
extern const int nf_lid_group_scale;
extern const uint32_t nf_lid_group_seed;
extern const uint8_t *const nf_lid_group_size;
extern const uint8_t *const nf_lid_group_lang;
extern const uint32_t *const nf_lid_group_off;
extern const uint32_t *const nf_lid_group_woff;
extern const uint32_t *const nf_lid_group_keys;
extern const uint8_t *const nf_lid_group_w;

#endif
