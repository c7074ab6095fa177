/* test_facts_lexicon.c - every word of the facts stage's tables is written
 * in the matching form it is compared with.
 *
 * The tables (src/facts/lexicon.c, triggers.c's per-language lists are
 * reached through nf_fx_trigger) are matched byte for byte against the
 * text's matching form (NFKC case fold, quotes and dashes unified).  An
 * entry typed in another form never matches and fails silently: a Greek
 * word ending in a final sigma (the fold makes it σ), a Devanagari letter
 * with nukta typed precomposed (NFKC decomposes it), a capital letter.
 * This test normalises each entry of every language table and of the
 * common lists and asks that nothing changes; then it checks that each table language finds a
 * reporting verb and a casualty word of its own in a sentence of ours.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nf_test.h"
#include "newsfold.h"
#include "core/buf.h"
#include "facts/facts_int.h"
#include "text/text.h"

/* Checks each '|'-separated entry of `list` (value after '=' and a stem's
 * '*' removed); returns the number of entries not in matching form. */
static int check_list(const char *lang, const char *field, const char *list)
{
    int bad = 0;
    const char *p = list;
    while (p && *p) {
        const char *e = p;
        while (*p && *p != '|')
            p++;
        const char *ee = e;
        while (ee < p && *ee != '=')
            ee++;
        if (ee > e && ee[-1] == '*')
            ee--;
        nf_buf b;
        nf_buf_init(&b, 1 << 16);
        size_t *map = NULL;
        if (ee > e && nf_text_normalize(e, (size_t)(ee - e), &b, &map) == NF_OK) {
            if (b.len != (size_t)(ee - e) || memcmp(b.data, e, b.len)) {
                fprintf(stderr, "%s.%s: entry \"%.*s\" is not in matching form (\"%.*s\")\n",
                        lang, field, (int)(ee - e), e, (int)b.len, b.data);
                bad++;
            }
        }
        free(map);
        nf_buf_free(&b);
        if (*p == '|')
            p++;
    }
    return bad;
}

static void test_tables_in_matching_form(void)
{
    static const struct { const char *name; size_t off; } fields[] = {
#define F(x) { #x, NF_FX_FIELD(x) }
        F(num_words), F(scales), F(linkers), F(at_least), F(at_most), F(about),
        F(including), F(killed), F(injured), F(missing), F(detained), F(people),
        F(say), F(pronouns), F(titles), F(months), F(weekdays), F(rel),
        F(wd_last), F(wd_next), F(prev_week), F(future), F(strike), F(attack), F(meeting),
        F(agreement), F(pledge), F(sanction),
#undef F
    };
    size_t n = 0;
    const nf_fx_lang *all = nf_fx_langs(&n);
    CHECK(n >= 19);
    int bad = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++)
            bad += check_list(all[i].code, fields[k].name,
                              *(const char *const *)((const char *)&all[i] + fields[k].off));
    const nf_fx_common *c = &nf_fx_common_words;
    const char *common[] = { c->currency_after, c->currency_before, c->percent_after,
                             c->percent_before, c->distance, c->per_hour, c->time_units,
                             c->at_least_after, c->cjk_counters, c->not_counted,
                             c->count_adjs, c->casualty_verbs };
    for (size_t k = 0; k < sizeof common / sizeof common[0]; k++)
        bad += check_list("common", "list", common[k]);
    CHECK_INT(bad, 0);
}

/* Number of figures of `kind` in `text` read as language `lang`. */
static int figures_of(const char *text, const char *lang, nf_figure_kind kind)
{
    nf_facts *f = NULL;
    if (nf_facts_extract(text, strlen(text), lang, NULL, &f))
        return -1;
    int c = 0;
    for (size_t i = 0; i < nf_facts_figure_count(f); i++)
        c += nf_facts_figure(f, i)->kind == kind;
    nf_facts_free(f);
    return c;
}

static void test_each_new_language_has_its_words(void)
{
    /* our own sentences; each needs the language's casualty word */
    CHECK_INT(figures_of("Στην πυρκαγιά σκοτώθηκαν 4 άνθρωποι.", "el", NF_FIG_KILLED), 1);
    CHECK_INT(figures_of("Bij de brand kwamen 4 mensen om het leven.", "nl", NF_FIG_KILLED), 1);
    CHECK_INT(figures_of("Fyra personer dödades i branden.", "sv", NF_FIG_KILLED), 1);
    CHECK_INT(figures_of("화재로 4명이 숨졌다.", "ko", NF_FIG_KILLED), 1);
    CHECK_INT(figures_of("आग में 4 लोगों की मौत हो गई।", "hi", NF_FIG_KILLED), 1);
}

int main(void)
{
    RUN(test_tables_in_matching_form);
    RUN(test_each_new_language_has_its_words);
    return nf_test_done();
}
