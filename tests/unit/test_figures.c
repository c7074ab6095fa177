/* test_figures.c - figures: what numbers count, their scale, unit and
 * bound, in words and digits, in several languages. */
#include <string.h>
#include "nf_test.h"
#include "newsfold.h"

/* Finds the figure of `kind` in text; 1 when found with the value. */
static int has(const char *text, const char *lang, nf_figure_kind kind, double value,
               const char *unit, nf_bound bound)
{
    nf_facts *f = NULL;
    int ok = 0;
    if (nf_facts_extract(text, strlen(text), lang, NULL, &f))
        return 0;
    for (size_t i = 0; i < nf_facts_figure_count(f); i++) {
        const nf_figure *g = nf_facts_figure(f, i);
        if (g->kind == kind && g->value == value && g->bound == bound &&
            (!unit || !strcmp(unit, g->unit)))
            ok = 1;
    }
    nf_facts_free(f);
    return ok;
}

static size_t count(const char *text, const char *lang)
{
    nf_facts *f = NULL;
    if (nf_facts_extract(text, strlen(text), lang, NULL, &f))
        return 999;
    size_t n = nf_facts_figure_count(f);
    nf_facts_free(f);
    return n;
}

static void test_casualties(void)
{
    const char *en = "At least 35 people were killed, including two children, and 119 injured.";
    CHECK(has(en, "en", NF_FIG_KILLED, 35, "people", NF_BOUND_AT_LEAST));
    CHECK(has(en, "en", NF_FIG_INJURED, 119, NULL, NF_BOUND_EXACT));
    CHECK(!has(en, "en", NF_FIG_INJURED, 2, NULL, NF_BOUND_EXACT));
    CHECK(has("Russian strikes killed at least 12 people and injured 40.", "en",
              NF_FIG_KILLED, 12, NULL, NF_BOUND_AT_LEAST));
    CHECK(has("攻撃は15人を負傷させた。", "ja", NF_FIG_INJURED, 15, "people", NF_BOUND_EXACT));
    CHECK(has("Almeno 35 persone sono state uccise.", "it", NF_FIG_KILLED, 35, NULL, NF_BOUND_AT_LEAST));
    CHECK(has("Zwölf Menschen wurden verletzt.", "de", NF_FIG_INJURED, 12, NULL, NF_BOUND_EXACT));
    /* the clause's own cue beats one behind a comma */
    CHECK(has("Im Dorf kamen acht Menschen ums Leben, 31 weitere wurden verletzt.", "de", NF_FIG_INJURED, 31, NULL, NF_BOUND_EXACT));
    CHECK(has("Sei persone sono morte, altre 27 sono rimaste ferite.", "it", NF_FIG_INJURED, 27, NULL, NF_BOUND_EXACT));
    CHECK(has("Nine people died, and 14 were hurt.", "en", NF_FIG_INJURED, 14, NULL, NF_BOUND_EXACT));
    CHECK(has("Трое моряков пропали без вести.", "ru", NF_FIG_MISSING, 3, NULL, NF_BOUND_EXACT));
    CHECK(has("Policja zatrzymała 8 osób.", "pl", NF_FIG_DETAINED, 8, NULL, NF_BOUND_EXACT));
    CHECK(has("造成至少15人死亡，30人受伤。", "zh", NF_FIG_INJURED, 30, NULL, NF_BOUND_EXACT));
}

static void test_money_and_units(void)
{
    CHECK(has("hanno promesso oltre 20 miliardi di euro", "it", NF_FIG_MONEY, 2e10, "EUR", NF_BOUND_AT_LEAST));
    CHECK(has("un ajutor de 60 de milioane de lei", "ro", NF_FIG_MONEY, 6e7, "RON", NF_BOUND_EXACT));
    CHECK(has("a fund of 4.5 billion euros", "en", NF_FIG_MONEY, 4.5e9, "EUR", NF_BOUND_EXACT));
    CHECK(has("un fondo de 4.500 millones de euros", "es", NF_FIG_MONEY, 4.5e9, "EUR", NF_BOUND_EXACT));
    CHECK(has("um fundo de 4,5 mil milhões de euros", "pt", NF_FIG_MONEY, 4.5e9, "EUR", NF_BOUND_EXACT));
    CHECK(has("基金は7億5000万ユーロ。", "ja", NF_FIG_MONEY, 7.5e8, "EUR", NF_BOUND_EXACT));
    CHECK(has("基金为45亿欧元。", "zh", NF_FIG_MONEY, 4.5e9, "EUR", NF_BOUND_EXACT));
    /* a big unit after smaller ones multiplies them (no stray extra unit) */
    CHECK(has("기금은 7억5천만 유로다.", "ko", NF_FIG_MONEY, 7.5e8, "EUR", NF_BOUND_EXACT));
    CHECK(has("기금은 5천만 유로다.", "ko", NF_FIG_MONEY, 5e7, "EUR", NF_BOUND_EXACT));
    CHECK(has("基金为一千万欧元。", "zh", NF_FIG_MONEY, 1e7, "EUR", NF_BOUND_EXACT));
    CHECK(has("基金は三千五百万ユーロ。", "ja", NF_FIG_MONEY, 3.5e7, "EUR", NF_BOUND_EXACT));
    CHECK(has("基金は2億ユーロ。", "ja", NF_FIG_MONEY, 2e8, "EUR", NF_BOUND_EXACT));
    CHECK(has("The deal is worth $2bn.", "en", NF_FIG_MONEY, 2e9, "USD", NF_BOUND_EXACT));
    CHECK(has("بقيمة ١٫٢ مليار يورو", "ar", NF_FIG_MONEY, 1.2e9, "EUR", NF_BOUND_EXACT));
    CHECK(has("a circa 30 chilometri dal confine", "it", NF_FIG_DISTANCE, 30, "km", NF_BOUND_ABOUT));
    CHECK(has("catches fall by 15% by 2030", "en", NF_FIG_PERCENT, 15, "%", NF_BOUND_EXACT));
    CHECK(has("a coalition of 30 countries", "en", NF_FIG_COUNT, 30, "countries", NF_BOUND_EXACT));
    CHECK(has("100か国以上が署名した。", "ja", NF_FIG_COUNT, 100, "countries", NF_BOUND_AT_LEAST));
    CHECK(has("1 200 habitants ont été évacués", "fr", NF_FIG_COUNT, 1200, NULL, NF_BOUND_EXACT));
}

static void test_not_figures(void)
{
    CHECK_INT(count("three years of war", "en"), 0);
    CHECK_INT(count("ロシアの3年間の戦争", "ja"), 0);
    CHECK_INT(count("On 7 January 2026 they met.", "en"), 0);
    CHECK_INT(count("The F-16 and the G7 summit.", "en"), 0);
    CHECK_INT(count("a magnitude 6.1 quake", "en"), 0);
}

/* The counted noun after a linker or an adjective, speeds, and no
 * guessed nouns in a language without a table. */
static void test_counted_noun(void)
{
    CHECK(has("un acord semnat de 30 de țări", "ro", NF_FIG_COUNT, 30, "țări", NF_BOUND_EXACT));
    CHECK(has("backed by 19 other governments", "en", NF_FIG_COUNT, 19, "governments", NF_BOUND_EXACT));
    CHECK(has("Furtuna a lăsat 40 de răniți.", "ro", NF_FIG_INJURED, 40, "people", NF_BOUND_EXACT));
    CHECK(has("Vântul a atins 140 de kilometri pe oră.", "ro", NF_FIG_SPEED, 140, "km/h", NF_BOUND_EXACT));
    CHECK(has("gusts of 150 km/h", "en", NF_FIG_SPEED, 150, "km/h", NF_BOUND_EXACT));
    CHECK(has("ветер не более 90 км в час", "ru", NF_FIG_SPEED, 90, "km/h", NF_BOUND_AT_MOST));
    /* "per hour" before the number */
    CHECK(has("突風は時速150キロに達した。", "ja", NF_FIG_SPEED, 150, "km/h", NF_BOUND_EXACT));
    CHECK(has("阵风时速120公里。", "zh", NF_FIG_SPEED, 120, "km/h", NF_BOUND_EXACT));
    CHECK(has("港から150キロ離れた村。", "ja", NF_FIG_DISTANCE, 150, "km", NF_BOUND_EXACT));
    CHECK(has("a 140 km da Odessa", "it", NF_FIG_DISTANCE, 140, "km", NF_BOUND_EXACT));
    CHECK_INT(count("La 48 de ore după furtună.", "ro"), 0);
    CHECK_INT(count("19 dintre ele au semnat.", "ro"), 0);
    /* "17 March" is a date, never 17 of a noun "मार्च"; the 30 countries
     * that signed are the one figure */
    CHECK_INT(count("17 मार्च को 30 देशों ने हस्ताक्षर किए।", "hi"), 1);
    CHECK(has("17 मार्च को 30 देशों ने हस्ताक्षर किए।", "hi", NF_FIG_COUNT, 30, NULL, NF_BOUND_EXACT));
    CHECK(has("17 मार्च को 30% की कटौती", "hi", NF_FIG_PERCENT, 30, "%", NF_BOUND_EXACT));
    CHECK(has("पकड़ में 15 प्रतिशत की कटौती", "hi", NF_FIG_PERCENT, 15, "%", NF_BOUND_EXACT));
    CHECK(has("μείωση 15 τοις εκατό", "el", NF_FIG_PERCENT, 15, "%", NF_BOUND_EXACT));
}

int main(void)
{
    RUN(test_casualties);
    RUN(test_counted_noun);
    RUN(test_money_and_units);
    RUN(test_not_figures);
    return nf_test_done();
}
