/* cp_props.c - the general category and script of a code point, for the
 * sketch's scan (round 14, speed).
 *
 * The sketch reads every code point of every article: its general
 * category (letter, mark, digit), for letters its script, and the case
 * folding of the letters of words.  Asking ICU (u_charType,
 * uscript_getScript, u_foldCase) for each one cost about 9 % of
 * folding's instructions.  Here the three are read once from ICU for the
 * whole Basic Multilingual Plane into tables of 4 bytes a code point
 * (256 KB, built on first use under pthread_once, about 20 M
 * instructions), so the answers are ICU's own; code points beyond the
 * BMP, a script code that does not fit a byte (none in ICU 72) and a
 * folding outside the BMP (none) are still asked of ICU.
 */
#include <assert.h>
#include <pthread.h>

#include "fold/fold_int.h"

uint8_t nf_cp_tab[0x10000][2];
uint16_t nf_cp_fold[0x10000];

static pthread_once_t cp_once = PTHREAD_ONCE_INIT;

/* Fills nf_cp_tab from ICU (once). */
static void cp_build(void)
{
    for (UChar32 c = 0; c < 0x10000; c++) {
        UErrorCode err = U_ZERO_ERROR;
        UScriptCode s = uscript_getScript(c, &err);
        UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        nf_cp_fold[c] = f > 0 && f < 0x10000 ? (uint16_t)f : 0;
        nf_cp_tab[c][0] = (uint8_t)u_charType(c);
        nf_cp_tab[c][1] = U_FAILURE(err) || s < 0 || s >= NF_CP_ASK_ICU ? NF_CP_ASK_ICU
                                                                        : (uint8_t)s;
    }
}

void nf_cp_init(void)
{
    pthread_once(&cp_once, cp_build);
}

unsigned nf_cp_fold_icu(unsigned cp)
{
    return (unsigned)u_foldCase((UChar32)cp, U_FOLD_CASE_DEFAULT);
}

UScriptCode nf_cp_script_icu(unsigned cp)
{
    UErrorCode err = U_ZERO_ERROR;
    return uscript_getScript((UChar32)cp, &err);
}
