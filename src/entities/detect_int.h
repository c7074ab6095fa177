/* detect_int.h - the inside of the mention detector (detect*.c): token
 * and mention vectors, the stage's state, and the functions its files
 * share.  Text positions are byte offsets into the article's clean text;
 * every token lies inside it.
 */
#ifndef NF_ENTITIES_DETECT_INT_H
#define NF_ENTITIES_DETECT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "entities/common_words.h"
#include "entities/ent_int.h"

enum { SC_CASED = 1, SC_KATA, SC_HAN, SC_HIRA, SC_OTHER };

enum {
    T_CAP = 1 << 0,       /* first letter upper case */
    T_ALLCAPS = 1 << 1,   /* two or more letters, all upper case */
    T_LOWER = 1 << 2,     /* first letter lower case */
    T_DIGIT = 1 << 3,     /* holds a digit */
    T_SENT = 1 << 4,      /* first token of its sentence */
    T_BREAK = 1 << 5,     /* punctuation or a line end before it */
    T_HYPHEN = 1 << 6,    /* a hyphen (and spaces) before it */
    T_MIDDOT = 1 << 7,    /* holds ・ or · (katakana or Chinese full name) */
    T_OPEN = 1 << 8       /* first word after an opening quote or a colon:
                           * it starts a quoted sentence */
};

typedef struct tok {
    size_t s, e;
    unsigned flags;
    int script;
    int sent;             /* sentence number */
} tok;

typedef struct tok_vec {
    tok *v;
    size_t n, cap;
} tok_vec;

typedef struct ment_vec {
    nf_ment *v;
    size_t n, cap;
} ment_vec;

/* One slot of a counting hash set of words (hash 0 = empty). */
typedef struct nf_det_count {
    uint64_t h;
    uint32_t n;
} nf_det_count;

struct nf_ent_stage {
    nf_namer *namer;
    tok_vec toks;
    nf_det_count *lower;  /* the article's lower-case words, counted by hash */
    nf_det_count *capmid; /* ... and its capitalised words inside sentences */
    size_t lower_cap;
    nf_buf norm;
    int list_sent;        /* sentence nf_det_name_list last answered for, */
    int list_ans;         /* ... and its answer; list_sent -1: none */
};

/* ---- detect_scan.c ------------------------------------------------------- */

/* Cuts text[0..len) into st->toks (see detect_scan.c's opening
 * comment); sentence numbers come from `sents` when given, else from
 * . ! ? and line ends.  Errors: NF_ERR_NOMEM. */
nf_status nf_det_scan(nf_ent_stage *st, const char *text, size_t len,
                      const nf_span *sents, size_t n_sents);

/* ---- detect_words.c ------------------------------------------------------ */

/* Writes the lower-case form of text[s..e) to out (at most cap - 1
 * bytes, NUL-terminated); returns its length, 0 if it does not fit. */
size_t nf_det_lower_form(const char *text, size_t s, size_t e, char *out,
                         size_t cap);

/* Lexicon classes of token t; a short mis-decoded word (nf_det_repair)
 * that is none takes the function-word classes of a repaired reading
 * ("F\u0081E" = "für"). */
unsigned nf_det_lex_of(const char *text, const tok *t);

/* Number of readings nf_det_repair tries. */
#define NF_DET_REPAIRS 54

/* Some corpora lost a letter with an umlaut and the byte after it to a
 * C1 control and an "E" ("M\u0081Echen" was "München", "T\u0081Ekei"
 * "Türkei", "Belgi\u0081E" "België"): writes the k-th reading (0 <= k <
 * NF_DET_REPAIRS: ü or ë, then no lost letter or a..z) of the
 * lower-case word w[0..n) to out (cap bytes) and returns its length; 0
 * when w holds no such trace or k is out of range. */
size_t nf_det_repair(const char *w, size_t n, unsigned k, char *out, size_t cap);

/* Gazetteer index of text[s..e), or -1; a mis-decoded name is looked up
 * in its repaired readings (nf_det_repair) and kept when exactly one of
 * them is a place. */
int32_t nf_det_place_of(const char *text, size_t s, size_t e);

/* FNV-1a hash of s[0..n), never 0 (0 marks an empty slot of the word
 * sets). */
uint64_t nf_det_hash_bytes(const char *s, size_t n);

/* Fills the sets of lower-case words of the article and of its words
 * written capitalised inside a sentence (lower-cased; not after an
 * opening quote or a colon). */
nf_status nf_det_collect_lower(nf_ent_stage *st, const char *text);

/* Is token t, capitalised at the start of a sentence (or of a quoted
 * one: T_OPEN), an ordinary word
 * there: the article writes it in lower case, or it is a common word of
 * the language (Hunspell's forms) that the article never capitalises
 * inside a sentence, and not a proper noun of the dictionary (`names`)
 * followed by a capitalised word (before_cap: "Mark Veldhoen", "Luis
 * Horna") or naming a place?  Acronyms never are.  (An Italian verb
 * in -iamo counts as a common word: the filter misses long forms.)  In
 * ru, uk and el a word of the language's filter stays a name when it is
 * a place, a curated or given name, or is followed by a capitalised
 * non-place word while being a capitalised stem of the dictionaries
 * (nf_cw_initial_names_for) or transliterating to a given name. */
int nf_det_initial_common(const nf_ent_stage *st, const char *text,
                          const tok *t, const nf_cw_filter *cw,
                          const nf_cw_filter *names, int before_cap);

/* Does the article (sets of nf_det_collect_lower) write the lower-case
 * word w[0..n) (n > 0) in lower case somewhere? */
int nf_det_lower_in_article(const nf_ent_stage *st, const char *w, size_t n);
/* How often the article writes the lower-case word w[0..n) (n > 0) in
 * lower case (*lower) and capitalised inside a sentence (*capmid), as
 * nf_det_collect_lower counted them. */
void nf_det_word_uses(const nf_ent_stage *st, const char *w, size_t n, size_t *lower,
                      size_t *capmid);
/* Appends m to mv, with no document entity yet (doc = -1).  Errors:
 * NF_ERR_NOMEM. */
nf_status nf_det_push_ment(ment_vec *mv, nf_ment m);
/* Appends a plain mention of text[start..end) (start < end): its type,
 * gazetteer place (or -1) and demonym flag; no role, cue or curated
 * entry.  Errors: NF_ERR_NOMEM. */
nf_status nf_det_push_span(ment_vec *mv, size_t start, size_t end, nf_entity_type type,
                           int32_t place, int demonym);

/* Gazetteer index of the place whose adjective or inhabitant noun the
 * lower-case word w[0..n) is: the cue table of the language first
 * (cues.h), then the gazetteer's prefix rule, then the cue table for
 * a mis-decoded word's readings; -1 when none knows it.
 * *known says whether the word is an adjective of a people at all. */
int32_t nf_det_demonym_of(const char *lang, const char *w, size_t n, int *known);

/* nf_cue_demonym for a mis-decoded word: the first of its repaired
 * readings (nf_det_repair) that the cue table knows; *known as there,
 * 0 when none is. */
int32_t nf_det_repaired_cue(const char *lang, const char *w, size_t n, int *known);

/* Is token t a place or an adjective of one (one word)? */
int nf_det_place_word(const char *text, const char *lang, const tok *t);

/* Is the lower-case word w[0..n) a proper noun of the English or Dutch
 * dictionary (their lists of given names are long: George, Iris, Horst,
 * Christiane)?  For German, whose nouns include many given names (Horst,
 * Iris), before another name word. */
int nf_det_given_name_w(const char *w, size_t n);

/* nf_det_given_name_w for token t. */
int nf_det_given_name_elsewhere(const char *text, const tok *t);

/* Is token t a proper noun of the English dictionary (George, Louis)? */
int nf_det_english_name(const char *text, const tok *t);

/* Does token t hold a C1 control, the trace of mis-decoded text? */
int nf_det_garbled(const char *text, const tok *t);

/* ---- detect_greek.c ------------------------------------------------------ */
/* Does Greek token t end as a genitive does?  3 when no name ends so
 * (-ων and -ειας, stressed or not: "Εξωτερικών", "Αλιείας"), 2 when only
 * a surname does (-ου: "Συλλόγου", but "Αλεξίου"), 1 when a nominative
 * given name may too (-ας, -ης: "Ηλίας", "Γιάννης"; "Δικαιοσύνης"),
 * else 0. */
int nf_det_greek_genitive(const char *text, const tok *t);

/* Tokens i+1..j of tv (i < j): does the article write them (same bytes,
 * same count) somewhere without token i's word right before them? */
int nf_det_named_without(const char *text, const tok_vec *tv, size_t i, size_t j);

/* ---- detect_phrase.c ----------------------------------------------------- */
/* Are tokens i..j (two or more) of st->toks written in lower case, word
 * for word and in one sentence, elsewhere in the article (a phrase
 * capitalised for a title, not a name)?  Never for de, lb. */
int nf_det_lower_phrase(const nf_ent_stage *st, const char *text, const char *lang,
                        size_t i, size_t j);

/* ---- detect_ordinary.c --------------------------------------------------- */
/* Is the single capitalised token i of a run, inside a sentence, an
 * ordinary word of a language that writes its common nouns in lower case
 * (not de, lb): the article writes it in lower case elsewhere at least
 * as often as capitalised inside a sentence, or it is a function word
 * or a derived adverb (nf_det_derived_adverb); and it is no acronym,
 * place, curated name, given name, and stands next to no title?  (Machine translations capitalise words
 * inside sentences: "Stati Uniti, Sebbene la Russia".) */
int nf_det_ordinary_word(const nf_ent_stage *st, const char *text, const char *lang,
                         size_t i);
/* Are the capitalised tokens [i, j] (two or more) all ordinary words of
 * the language's common-word filter, none a given name, proper noun of
 * the dictionary, acronym or number ("White House", "Red Cross")?  Such
 * a run names a body or a thing, not a person.  Never in German (every
 * noun capitalised) or without a filter. */
int nf_det_words_only(const nf_ent_stage *st, const char *text, const char *lang, size_t i,
                      size_t j);
/* Is the lower-case word w[0..n) of a Romance language (it es pt ro fr
 * ca) an adverb derived from an adjective of the common-word filter
 * ("attualmente" of "attuale", "sfortunatamente" of "sfortunato")?
 * Adverbs are never names; the Italian, French, Portuguese and Romanian
 * filters hold stems only, so they lack the derived forms. */
int nf_det_derived_adverb(const char *lang, const char *w, size_t n);
/* ---- detect_pair.c ------------------------------------------------------- */
/* Is the run [i, j] two capitalised words joined by a tight hyphen
 * ("Trump-Putin"), each of which the article also writes alone,
 * capitalised, elsewhere?  Then it is two names, not one. */
int nf_det_hyphen_pair(const nf_ent_stage *st, const char *text, size_t i, size_t j);
/* ---- detect_dutch.c ------------------------------------------------------ */
/* Dutch: a mention joined by a hyphen without spaces to lower-case word
 * parts after it or before it ("Sabena-aandelen", "BSE-besmetting",
 * "mini-Echelon") grows over them and becomes a mention of type other
 * (a curated entry stays linked: "EU-burgers"): the word is a compound
 * holding the name, one token of the text.  The
 * mention's first word needs two letters or more ("T-shirt" is no
 * name); neighbouring mentions are never overlapped.  mv is sorted by
 * start and stays so. */
void nf_det_dutch_compounds(const char *text, const tok_vec *tv, ment_vec *mv);
/* ---- detect_romanian.c --------------------------------------------------- */
/* The place named by Romanian token t with its enclitic article or
 * genitive ending ("Kievul", "Kievului" Kiev, "Ucrainei" Ucraina), or -1:
 * only for lang "ro", a word that is no ordinary word of the language,
 * a stem of four letters or more. */
int32_t nf_det_romanian_article_place(const char *text, const char *lang, const tok *t);
/* ---- detect_shout.c ------------------------------------------------------ */

/* Is sentence `sent` (tokens from index i) written mostly in capitals? */
int nf_det_shouting(const tok_vec *tv, size_t i);

/* Do tokens k - 1 and k touch across a hyphen without spaces
 * ("HEWLETT-PACKARD")? */
int nf_det_tight_hyphen(const char *text, const tok *v, size_t k);

/* The run [i, j] of a line written in capitals (a headline): case says
 * nothing there, so names are the gazetteer's and the curated list's
 * (longest match), and runs of words that are not ordinary words of the
 * language.  Without a common-word list only the gazetteer counts. */
nf_status nf_det_shout_run(const nf_ent_stage *st, const char *text,
                           const char *lang, const nf_cw_filter *cw, size_t i, size_t j,
                           ment_vec *mv);

/* ---- detect_cased.c ------------------------------------------------------ */

/* Cased scripts: reads the run of tokens [i, j] of st->toks (see
 * detect_cased.c's opening comment) and appends its mentions to mv.
 * Errors: NF_ERR_NOMEM. */
nf_status nf_det_cased_run(nf_ent_stage *st, const char *text, const char *lang,
                           size_t i, size_t j, ment_vec *mv);

/* ---- detect_german.c ----------------------------------------------------- */

/* Is German token t a common noun (a listed noun form, a compound
 * ending in one whose first part is a word, a noun suffix; never an
 * acronym or a proper noun of the dictionary)? */
int nf_det_german_noun(const char *text, const tok *t);

/* The lower-case German word w[0..n): a common noun (a listed noun form,
 * a compound ending in one whose first part is a word, a nominalised
 * compound adjective, a noun suffix; no proper noun of the dictionary)?
 * The word-level test of nf_det_german_noun. */
int nf_det_german_noun_form(const char *w, size_t n);

/* Is the lower-case German word w[0..n) in filter f, as written or in
 * the spelling of the 1996 reform (ß after a short vowel as ss)? */
int nf_det_de_has(const nf_cw_filter *f, const char *w, size_t n);

/* Is German token t a nominalised adjective or verb ("der
 * Vorsitzende", "das Treffen"): its lower-case form is an ordinary word
 * of the language? */
int nf_det_german_nominal(const char *text, const tok *t, const nf_cw_filter *cw);

/* German genitive of a country or region ("Israels", "Japans",
 * "Afrikas"): its gazetteer index, else -1.  (Towns are left out: a
 * town's name plus s is too often another word.) */
int32_t nf_det_german_genitive_place(const char *text, const char *lang, const tok *t);

/* German: is token t one word naming an institution, a compound whose
 * last part is an organisation word of four letters or more and whose
 * first part is a word ("Kultus|ministerium", "Arbeits|partei",
 * "Verfassungs|gericht")?  Unlike the organisation word alone ("die
 * Partei"), such a compound names one body. */
int nf_det_german_org_compound(const char *text, const tok *t);

/* ---- detect_german_context.c -------------------------------------------- */

/* German: does token k - 1 of the run [a, j] (a < k <= j) end a name that
 * no common noun continues, and is token k such a noun?  A place (one
 * word or hyphenated, "Berg-Karabach") or a genitive in -s of a name
 * ("Israels", "Rabins": no word, no given name), with only function
 * words before it in the run, and a common noun that igerman98 also
 * lists as a compound's part, no given name, place, genitive of a place
 * or organisation word; no organisation word in the run ("FC Germania
 * ..."), no two-word place starting at k ("Bad Nauheim"), no
 * town-shaped compound after a place ("Germania Schwanheim").  Then the
 * run is cut before k ("Israels | Presse", "Italien | Einfluß"). */
int nf_det_german_noun_after_name(const char *text, const tok *v, size_t a, size_t k,
                                  size_t j);

/* German: do tokens k, k + 1 (k < j) open a person's full name, a given
 * name of the dictionaries that is no German noun or place followed by
 * another capitalised word?  Then a noun before them is cut off even
 * when the dictionaries list it as a name too ("Richter | Paolo
 * Borsellino"), and "Von" before them is a byline's preposition. */
int nf_det_german_full_name_at(const char *text, const tok *v, size_t k, size_t j);

/* German (detect_german_apposition.c): is the word at token k (with its
 * hyphenated parts, the last at *b) a noun in apposition before a full
 * name at *b + 1 (b < j): an acronym glued to a noun (*keep = 1: a
 * mention of its own, type other), a hyphenated compound (*keep = 2:
 * read on its own, "KSC-Coach" is a mention, "Junioren-Trainer" none),
 * a common noun, or a capitalised word after a determiner or inflected
 * adjective (*keep = 0: a word of the sentence)?  "der
 * Weltranglistenerste | Jim Courier". */
int nf_det_german_apposition(const char *text, const tok_vec *tv, size_t k, size_t j,
                             size_t *b, int *keep);
/* German (detect_german_apposition.c): is token k (inside a run, with
 * tokens k - 1 and k + 1) the preposition "von" or "zu" that ends the
 * name before it, not a noble's particle after a given name ("Matthäus
 * | von | Inter Mailand"; not "Richard von Weizsäcker")? */
int nf_det_german_preposition_cut(const char *text, const tok *v, size_t k);
/* German (detect_german_names.c): lower-case foreign particles before
 * a mention's first word join it, with a given name before them ("de
 * Klerk", "Christoffel van der Westhuizen"; "von" only after a given
 * name).  mv in text order; mentions are only extended or merged. */
void nf_det_german_particles(const char *text, const tok_vec *tv, ment_vec *mv);
/* German (detect_german_names.c): a club's founding year joins its
 * name ("SV 09 Flörsheim", "SG Wattenscheid 09"); a town named with its
 * river is one place ("Frankfurt am Main" as the gazetteer has it,
 * "FRANKFURT A. M.").  mv in text order. */
void nf_det_german_clubs(const char *text, const tok_vec *tv, ment_vec *mv);
void nf_det_german_river_towns(const char *text, const tok_vec *tv, ment_vec *mv);
/* German (detect_german_names.c): a club named by its colours and town
 * is one organisation, with a designator before it ("Rot-Weiß Hagen",
 * "DJK Schwarz-Weiß Flörsheim"); mentions overlapping it are merged into
 * one (none: nothing is added).  mv in text order. */
void nf_det_german_colour_clubs(const char *text, const tok_vec *tv, ment_vec *mv);
/* German (detect_german_names.c): the gazetteer index of the place
 * whose inhabitants token t names in the dative plural or genitive
 * ("Berlinern", "Hamburgers", "Italienern"), or -1. */
int32_t nf_det_german_inhabitants(const char *text, const tok *t);
/* German (detect_german_names.c): a lower-case mention inside a
 * hyphenated lower-case word ending in an -isch adjective grows over
 * the word ("deutsch-französische", "nordrhein-westfälischer"; type
 * other).  mv in text order. */
void nf_det_german_hyphen_adjectives(const char *text, const tok_vec *tv, ment_vec *mv);

/* German: is token t a town's adjective in -er ("Karlsruher",
 * "Münchner", nf_cue_town_adjective), which igerman98 also lists as the
 * inhabitants' noun?  Opening a run it belongs to the name ("Karlsruher
 * SC"). */
int nf_det_german_town_adjective(const char *text, const tok *t);

/* German: is the run [i, j] two words, a capitalised word (no title,
 * function word, given name or district word such as Kreis, Stadt,
 * Land) and a city of the gazetteer, with no article or inflected
 * adjective right before it ("gegen Eintracht Frankfurt", "Dynamo
 * Dresden"; not "die Hauptstadt Baku", "der indischen Metropole
 * Kalkutta"; -te, -ten are a verb's past: "spielte Dynamo Dresden")?
 * Such a run names a club, body or building of the town. */
int nf_det_german_noun_town_name(const char *text, const tok *v, size_t i, size_t j);

/* German: is the one-word town or region at token i ("Ende", "Hof",
 * "Essen", "Lage" are towns of the gazetteer, "Welt" a region) used as
 * the common noun it also is?  A town's name takes no article or
 * adjective: it is the noun when its lower-case form is a German word
 * and a determiner stands right before it ("am Ende", "der Welt"), or
 * (a town) a lower-case word other than a preposition of place or a
 * conjunction ("warmes Essen"; a city of 100,000+ there only when its
 * name declines as a noun does: "will sich Tokio" is the city), or a
 * genitive article or a month right after it ("Ende des Jahres", "Ende
 * Juli"), or a count before it ("25 000 Fans", not a year), or (a region
 * declining as a noun) an inflected adjective ("der arabischen Welt"). */
int nf_det_german_town_noun(const char *text, const tok_vec *tv, size_t i, int town);

/* ---- detect_purpose.c ---------------------------------------------------- */

/* Dutch and German: the purpose part of an organisation's name after the
 * run ending at token j ("Commissie | voor Onrechtmatige Bedingen",
 * "Bund | für Umwelt und Naturschutz Deutschland"): "voor" or "für"
 * (also mis-decoded), an optional article, capitalised words, and more
 * of them after "en"/"und"/"in" (an article may follow).  Returns
 * the index of the tail's last token, 0 when there is no such tail.
 * The caller decides whether the run names an organisation. */
size_t nf_det_purpose_tail(const char *text, const tok_vec *tv, size_t j);

/* ---- detect_german_town.c ----------------------------------------------- */

/* German: is token i a town the gazetteer lacks, by its form and place:
 * capitalised inside a sentence, right after a lower-case preposition of
 * place (in, aus, nach, bei, von, zwischen), ending in a town's ending
 * (-heim, -hausen, -dorf, -burg, -berg, -bach, -ingen, -feld, -ach ...)
 * with three letters or more before it, and neither a noun form nor a
 * word of the dictionary ("aus Kirdorf", "in Heuchelbach"; not "in
 * Wald")?  Mis-decoded words never are. */
int nf_det_german_town_shape(const char *text, const tok_vec *tv, size_t i);

/* Does the lower-case German word w[0..n) end like a town's name
 * (-heim, -hausen, -dorf, -burg, -berg, -bach, -ingen, -feld, -ach ...)
 * with three letters or more before the ending? */
int nf_det_german_town_ending(const char *w, size_t n);

/* German: a city's mention right after a capitalised word ending in the
 * noun of a local body (-verein, -verband, -gemeinschaft, -gesellschaft,
 * -präsidium, Polizei, -werke, -amt, -gericht, -kasse, -theater,
 * -freunde, -gemeinde, -beirat, Magistrat, -parlament, -club; same
 * sentence, no punctuation between; no title) becomes one organisation
 * with it: "Polizei Northeim", "Amtsgericht Hanau", with a capitalised
 * adjective before the word ("Freie Wählergemeinschaft X"); a mention
 * ending with that word is merged in ("DJK-Sportgemeinschaft X").  mv is
 * sorted by start and stays so.  Then, as the last German passes, round
 * 13's particles, clubs, colour clubs, river towns and hyphenated
 * adjectives (detect_german_names.c), round 15's events and round 16's
 * abbreviations (detect_german_abbrev.c). */
void nf_det_german_local_bodies(const char *text, const tok_vec *tv, ment_vec *mv);

/* German: a place's mention (or a single unknown word's that is no noun)
 * hyphenated right after a district prefix (Ober, Nieder, Unter, Mittel,
 * Groß, Klein, Neu, Alt, Hohen, Burg; capitalised, no mention on it)
 * starts at the prefix and is a place: "Ober-Rosbach", "Nieder-Weisel".
 * mv is sorted by start and stays so. */
void nf_det_german_districts(const char *text, const tok_vec *tv, ment_vec *mv);

/* German: are tokens i, i + 1 a town's adjective in -er and a common
 * noun it describes ("Kelkheimer | Modell", "Hanauer | Kreisvereine"),
 * not a name the two make: the noun is no organisation word, compound
 * or local body, and no newspaper's head (Zeitung, Rundschau, Anzeiger,
 * Post ...: "Stuttgarter Zeitung")?  The town's place index, else -1. */
int32_t nf_det_german_town_attribute(const char *text, const tok_vec *tv, size_t i);

/* German: is token b a common noun that a town's adjective before it
 * describes, not one naming a body, newspaper, street or building of
 * the town with it (no organisation word, local body or title head:
 * "Bremer Senat", "Stuttgarter Zeitung", "Berliner Straße")? */
int nf_det_german_attribute_noun(const char *text, const tok *b);

/* ---- detect_german_adjective.c (round 16) ------------------------------- */

/* German: is the run [i, j], possibly after its leading function words
 * and determiners, a city's adjective in -er of one or two words and one
 * common noun it describes ("im Frankfurter | Westen", "der Bremer |
 * Lehrling", "das Bad Homburger | Publikum")?  Then [*a, *b] are the
 * adjective's tokens and *place its town, and 1 is returned. */
int nf_det_german_adjective_noun(const char *text, const tok_vec *tv, size_t i, size_t j,
                                 size_t *a, size_t *b, int32_t *place);

/* ---- detect_german_abbrev.c (round 16) ---------------------------------- */

/* German: an abbreviation and its period inside a name joins the names
 * around it ("FC Paris | St. | Germain", "Bor. Dortmund", "Harald B. |
 * Schäfer": a middle initial after a person); only mentions already
 * found are extended and merged.  mv in text order.  (Called at the end
 * of nf_det_german_local_bodies.) */
void nf_det_german_abbreviations(const char *text, const tok_vec *tv, ment_vec *mv);

/* ---- detect_german_results.c (round 16) --------------------------------- */

/* German: each side of a sports result ("Dynamo Dresden - Hamburger SV
 * 1:1"), two to six capitalised words, acronyms or numbers between a
 * separator and the dash or between the dash and the score, becomes one
 * organisation's mention replacing the mentions inside it.  mv is
 * sorted by start and stays so.  (Called from nf_det_german_surnames.)
 * Errors: NF_ERR_NOMEM. */
nf_status nf_det_german_results(const char *text, const tok_vec *tv, ment_vec *mv);

/* ---- detect_german_groups.c (round 16) ---------------------------------- */

/* German: a group of lower-case words joined by hyphens that the cue
 * table knows as a whole ("sachsen-anhaltinische", "ultra-orthodoxen")
 * becomes one mention, replacing the one mention of a part it may hold.
 * mv is sorted by start and stays so.  (Called at the start of
 * nf_det_german_surnames.)  Errors: NF_ERR_NOMEM. */
nf_status nf_det_german_lower_groups(const char *text, const tok_vec *tv, ment_vec *mv);

/* ---- detect_german_attrib.c (round 15) ---------------------------------- */

/* German: after an inhabitants' word ending at token h (a town's
 * adjective or a nationality noun), is [h + 1, j] a name of its own that
 * the word describes: a party's acronym ("Berliner | FDP"; not a club's
 * designator: "Karlsruher SC") or one or two words no dictionary knows,
 * the first possibly a given name ("Leverkusener | Wörns", "Franzose |
 * Cantona")?  Same sentence, no hyphen. */
int nf_det_german_attrib_name(const char *text, const tok_vec *tv, size_t h, size_t j);
/* German: is token i (i < j, one word) the adjective in -er of a city of
 * 100,000 people or more ("Berliner", "Frankfurter")?  Its place index,
 * else -1.  The dictionaries list many such words as surnames, which
 * the inhabitants' test takes for given names; before a party or a
 * name the word is the city's all the same. */
int32_t nf_det_german_big_town_adjective(const char *text, const tok_vec *tv, size_t i, size_t j);

/* ---- detect_german_events.c (round 15) ---------------------------------- */

/* German: fixed names of a head noun, "von" and a place's mention
 * ("Großer Preis von Brasilien", "Großen Motorrad-Preis von Brasilien":
 * type other; "Straße von Malakka": a place) become one mention that
 * replaces every mention inside it.  mv is sorted by start and stays
 * so; it never grows. */
void nf_det_german_events(const char *text, const tok_vec *tv, ment_vec *mv);

/* ---- detect_german_org.c ------------------------------------------------ */

/* German: is token i one word naming a party or an authority with common
 * words, a class the noun test would drop: a plural in -demokraten
 * ("Sozialdemokraten"), Grüne(n)/Liberale(n) inside a sentence and not
 * after das/im/ins/vom/zum/ans, "Union" after die/der/den, a compound in
 * -amt(e)s whose first part is a word (or holds "bundes") and no title
 * ("Sozialamt", "Bundeskriminalamtes", not "Ministeramt"), and
 * Bundes|tag/rat/regierung/bank.  Mis-decoded words are read repaired. */
int nf_det_german_org_word(const char *text, const tok_vec *tv, size_t i);

/* German: a mention of a country's division (nf_place_is_division) right
 * after its designator (Land, Landes, Bundesland, Freistaat, Kanton,
 * Großherzogtum; capitalised, same sentence, no punctuation between, no other
 * mention on it) starts at the designator: "das Land Sachsen-Anhalt";
 * a mention that is designator + division already ("Land Bayern", one
 * run) becomes that place.  mv is sorted by start and stays so. */
void nf_det_german_division_titles(const char *text, const tok_vec *tv, ment_vec *mv);

/* German: is token t one word made of a compass or centre prefix (Nord,
 * Süd, Ost, West, Nordost ..., Mittel) and a country, world region or
 * division ("Ostdeutschland", "Südtirol", "Mitteleuropa")?  Its place
 * index, else -1 (towns do not count: "Westend" is no Ende). */
int32_t nf_det_german_compass_place(const char *text, const tok *t);

/* German: is token i an adjective capitalised inside a sentence before
 * another capitalised word ("Evangelischen Familien-Bildungsstätte",
 * "Deutschen Roten Kreuz", "Westafrikanische Wirtschaftsgemeinschaft")?
 * German writes adjectives in lower case except in names, so the run it
 * opens is one name.  Its lower-case form ends in -e, -en, -er, -es or
 * -em, is a word of the language and no noun or proper noun of the
 * dictionary; not at a sentence's start, after punctuation or a quote. */
int nf_det_german_name_adjective(const char *text, const tok_vec *tv, size_t i);

/* German: is the mis-decoded token t ("BEgermeister", nf_det_repair) a
 * common noun in one of its repaired readings ("bürgermeister") and a
 * given name or proper noun in none ("GEter": Günter, not Güter)? */
int nf_det_german_garbled_noun(const char *text, const tok *t);

/* Is the sentence of token i a list of names (a team's line-up:
 * "Golz - Rohde - Kober , Hartmann ( 73. Weichert ) , Spies"): six or
 * more capitalised words, hardly any in lower case, most of them set
 * apart by punctuation?  German reads its nouns as names there.  The
 * answer is kept for the sentence until the next nf_det_scan. */
int nf_det_name_list(nf_ent_stage *st, size_t i);

/* German: is token t one word naming a street, square or stadium, a
 * compound ending in -straße, -strasse, -gasse, -allee or -stadion with
 * three or more letters before ("Hauptstraße", "Kirchgasse",
 * "Weserstadion")?  The part alone ("die Straße") is the noun. */
int nf_det_german_street(const char *text, const tok *t);


/* German: every noun is capitalised, so a run of capitalised words may
 * hold common nouns next to names ("Kanzler Kohl Mittwoch"): unless the
 * whole run is a known name (gazetteer, curated), it is cut at each
 * sure common noun that is no organisation word, and the pieces are read as
 * runs of their own.  Only sure nouns cut (german_sure_noun): many
 * surnames are nouns as well. */
nf_status nf_det_german_run(nf_ent_stage *st, const char *text, const char *lang,
                            size_t i, size_t j, ment_vec *mv);

/* German: a surname that is also a common noun ("Wolfgang Männer",
 * "Gabriele Wolf") is dropped by the noun test when it stands alone;
 * once the article has named the person in full, every capitalised word
 * equal to that surname (or its genitive in -s) is the person again.
 * Adds those mentions and sorts mv by start.  First, round 16's
 * lower-case hyphen groups (nf_det_german_lower_groups). */
nf_status nf_det_german_surnames(nf_ent_stage *st, const char *text, ment_vec *mv);

/* ---- detect_caseless.c --------------------------------------------------- */

/* Katakana token i of st->toks (text[0..len) is the whole text): appends
 * its mention, if any, to mv.  Errors: NF_ERR_NOMEM. */
nf_status nf_det_kata_token(nf_ent_stage *st, const char *text, size_t len,
                            size_t i, ment_vec *mv);

/* Han (or Thai) token t: places and curated names by longest match; a
 * name with · is a person.  Appends to mv.  Errors: NF_ERR_NOMEM. */
nf_status nf_det_han_token(const char *text, const tok *t, ment_vec *mv);

/* Whether s (n bytes, n >= 3 to answer yes) starts with a Thai letter:
 * such a token is a whole run without spaces, read like a Han run. */
int nf_det_thai(const char *s, size_t n);

/* Arabic, Hebrew, Hangul, Devanagari and other words: places (with prefixes or
 * particles stripped) and a person after a role or before a title. */
nf_status nf_det_other_token(nf_ent_stage *st, const char *text, size_t len,
                             size_t i, ment_vec *mv);

/* Vessels (detect_vessel.c): does a ship's noun stand right before token
 * i, in its sentence, with nothing but spaces and an opening quote
 * between ("the bulk carrier | Kaliakra Trader")? */
int nf_det_vessel_before(const char *text, const tok_vec *tv, size_t i);
/* Vessels: is token t (not in capitals) a ship's noun of a language
 * detected, or a German/Dutch compound ending in one? */
int nf_det_vessel_noun_tok(const char *text, const tok *t);
/* Vessels: does the run [i, j] (i <= j < tv->n) name a vessel: right
 * after a ship's noun, or the same words written so elsewhere in the
 * article? */
int nf_det_vessel_named(const char *text, const tok_vec *tv, size_t i, size_t j);
/* Declined places (detect_declined.c): the gazetteer index of the place
 * a Russian, Ukrainian or Greek token t names in a case other than the
 * nominative (a country, a region or a city of 100,000 people or more),
 * or -1; lang is the article's language (NULL: none). */
int32_t nf_det_declined_place(const char *text, const char *lang, const tok *t);

/* ---- detect_heads.c (round 17) ------------------------------------------ */

/* Head-first languages (es pt it ro fr ca gl): does the run [i, j] (two
 * tokens or more) open with a division's word before a place of the
 * gazetteer ("Región de Antofagasta", "Județul Constanța": *place is
 * that place, the one the division is named after) or with a water's
 * word ("Mar de Portugal", "Lago di Garda": *place -1)?  Then it names
 * a place, no person. */
int nf_det_head_place(const char *text, const char *lang, const tok_vec *tv, size_t i,
                      size_t j, int32_t *place);
/* Does the run [i, j] hold an agreement's word ("Lisbon Accord",
 * "Acuerdo de Lisboa", "Acordul")?  It names a thing, never a person. */
int nf_det_agreement_run(const char *text, const tok_vec *tv, size_t i, size_t j);
/* Is the run [i, j] the rest of the name mv's last mention begins: that
 * mention ends right before a lower-case preposition of purpose after a
 * body's head word ("Fond | pentru | Tranziția Albastră", "Blue
 * Transition Fund | for"), of topic after an agreement ("Lisbon Accord |
 * on | High-Seas Fisheries", "Acuerdo de Lisboa | sobre la | Pesca"), or
 * "en"/"in" after such a tail ("| en | Altos Mares"), an article
 * allowed after it, same sentence, no punctuation?  Then the last
 * mention grows to token j and 1 is returned. */
int nf_det_name_tail(const char *text, const tok_vec *tv, size_t i, size_t j, ment_vec *mv);
/* Swedish, Danish, Norwegian: is the single token i a name's genitive
 * in a bare -s ("Nordhallas vd") whose name (the word without -s) the
 * article writes capitalised as a word of its own? */
int nf_det_nordic_genitive(const nf_ent_stage *st, const char *text, const char *lang,
                           size_t i);
/* Is token t the title of an office with a portfolio (minister,
 * commissioner, secretary and their forms in en it es pt ro fr de pl
 * el, with "vice" too), not a firm's officer ("CEO of | Apple")? */
int nf_det_portfolio_title(const char *text, const tok *t);
/* Greek: token i + 1 (< j) being a title, is token i its adjective and
 * the run [i, j] a title without a name, only genitives after the title
 * ("Ευρωπαία Επίτροπος | Ωκεανών")? */
int nf_det_greek_title_adjective(const char *text, const char *lang, const tok *v, size_t i,
                                 size_t j);
/* Does the article write token i's word elsewhere as the last word of a
 * longer name, right after another capitalised word ("Donald Trump")?
 * Then it is a surname ("la portavoce di Trump"), no title's body. */
int nf_det_surname_elsewhere(const char *text, const tok_vec *tv, size_t i);
/* Is the single token i, after a title and a preposition or article, the
 * title's portfolio or body: an ordinary word of the language, even if
 * a given name too ("ministro do | Mar", "Minister of the | Sea"), or,
 * right after the title and "de"/"of", the first word of an
 * organisation the article names in full ("gerente general de |
 * Nordhalla" beside "Nordhalla Minerals"); never a surname of the
 * article (nf_det_surname_elsewhere)? */
int nf_det_portfolio_word(const char *text, const char *lang, const tok_vec *tv, size_t i);

#endif
