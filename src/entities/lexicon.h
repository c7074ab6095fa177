/* lexicon.h - the closed word lists mention detection relies on: function
 * words, titles and roles, words that make a name an organisation's,
 * month and day names, the particles inside names, and the titles that
 * follow a name in Japanese, Chinese and Korean.  All lists are the
 * project's own, lower-case (matching form), for en it ro de fr es pt nl
 * ru uk pl tr ar ja zh.
 */
#ifndef NF_ENTITIES_LEXICON_H
#define NF_ENTITIES_LEXICON_H

#include <stddef.h>

typedef enum nf_lex_class {
    NF_LEX_STOP = 1 << 0,      /* function word, pronoun, common adverb */
    NF_LEX_ROLE = 1 << 1,      /* title or role: president, admiral, mr */
    NF_LEX_ORG = 1 << 2,       /* organisation word: ministry, bank, inc */
    NF_LEX_TIME = 1 << 3,      /* month or weekday name */
    NF_LEX_PARTICLE = 1 << 4,  /* inside a name: de, van, von, al, bin */
    NF_LEX_DE_DET = 1 << 5,    /* German determiner before a noun */
    NF_LEX_CJK_TITLE = 1 << 6, /* title written after a CJK name */
    NF_LEX_ARTICLE = 1 << 7,   /* article after a particle: de *la* X */
    NF_LEX_AGENCY = 1 << 8     /* news agency sigil: dpa, sid, AFP, ANP */
} nf_lex_class;

/* Classes (an OR of nf_lex_class) of the lower-case word w[0..n); 0 when
 * it is in no list.  A word in -in whose stem is a role is a role (German
 * "Ministerin", "Präfektin").  Thread-safe. */
unsigned nf_lex_classes(const char *w, size_t n);

/* Length in bytes of the longest CJK title that starts at s (s < end),
 * or 0. */
size_t nf_lex_cjk_title(const char *s, const char *end);

#endif
