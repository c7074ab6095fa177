/* fts_tokenizer.h - newsfold's word tokenizer, alone and as an FTS5 tokenizer.
 *
 * A token is a word found by the text layer's ICU word segmentation
 * (nf_segment_words: Japanese, Chinese and Thai are split by dictionary)
 * of the text *as given*; its term is the word's matching form
 * (nf_text_normalize: NFKC case fold, quotes and dashes unified, Romanian
 * cedilla = comma).  Offsets are bytes into the original text, as FTS5
 * requires, so snippets and match spans point at the source characters.
 * The index, the query parser and the match finder all use this one
 * function, so a word matches wherever it was typed the same way.
 *
 * Elision: a word like "l'Ucraina", "dell'Europa" or "O'Brien" (one word
 * for ICU) also yields the part after the apostrophe ("ucraina") as a
 * *colocated* token, at the same position, so that searching "Ucraina"
 * finds "l'Ucraina".  Only short prefixes (at most 6 bytes) before the
 * first apostrophe count, and the rest must be at least 2 bytes ("don't"
 * gives no "t").
 */
#ifndef NF_STORE_FTS_TOKENIZER_H
#define NF_STORE_FTS_TOKENIZER_H

#include <stddef.h>
#include <sqlite3.h>
#include "newsfold/error.h"

/* Name under which the FTS5 tokenizer is registered. */
#define NF_FTS_TOKENIZER "newsfold"

/* Terms longer than this many bytes (after normalisation) are not indexed:
 * they are not words but noise (base64, long URLs without breaks). */
#define NF_FTS_MAX_TERM 256

/* Receives one token: its term term[0..n) (matching form, not
 * NUL-terminated, valid only during the call), its span [start, end) of
 * byte offsets into the tokenised text, and whether it is colocated with
 * the previous token (an elision variant, same position).  Return
 * non-zero to stop. */
typedef int (*nf_fts_token_fn)(void *ctx, const char *term, size_t n,
                               size_t start, size_t end, int colocated);

typedef struct nf_fts_tok nf_fts_tok;

/* Creates a tokenizer (owns an ICU segmenter: one per thread).  NULL when
 * ICU fails or memory is short. */
nf_fts_tok *nf_fts_tok_new(void);
/* The same, telling the failures apart: NF_OK with *out set, or
 * NF_ERR_NOMEM / NF_ERR_ICU with *out NULL. */
nf_status nf_fts_tok_open(nf_fts_tok **out);
/* Frees it; NULL allowed. */
void nf_fts_tok_free(nf_fts_tok *t);

/* Tokenises text[0..len).  Invalid UTF-8 never reaches ICU: each invalid
 * sequence is treated as a word break.  Returns NF_OK (also when fn
 * stopped the walk; *stopped, when not NULL, receives fn's non-zero
 * value or 0), NF_ERR_NOMEM or NF_ERR_ICU. */
nf_status nf_fts_tok_run(nf_fts_tok *t, const char *text, size_t len,
                         nf_fts_token_fn fn, void *ctx, int *stopped);

/* Registers the tokenizer (documents get elision variants; queries do
 * not, the whole word matches the whole word) with the FTS5 module of connection `db` under
 * NF_FTS_TOKENIZER.  Must be done on every connection before an FTS table
 * using it is created, written or queried.  Returns an SQLite code. */
int nf_fts_register(sqlite3 *db);

#endif
