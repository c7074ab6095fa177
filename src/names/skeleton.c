/* skeleton.c - the consonant skeleton of a folded Latin word, and the
 * distances used to compare names.
 *
 * Transliteration and translation change vowels freely (Zelensky,
 * Zelinski, Zellinski, zerensuki) but keep most consonants, up to a few
 * confusions that are systematic: Japanese and Chinese have one liquid
 * (l/r), Arabic has no p or v and Japanese writes v as b, s/z/ts/sh and
 * ch/tch/cz are spelled differently by every language, g before i is j
 * in Italian.  The skeleton maps each consonant (or digraph) to its
 * class, drops vowels and h, collapses repeats, and keeps an initial
 * vowel as 'A' ("Aleksis", "Alexus", "arekusasu" -> "ALKS").
 *
 * Classes: B (p b v w f ph), T (t th), D (d), K (k c q ck kh), G (g gh),
 * S (s z ts tz sh sch sz, c before e/i/y), C (ch tch tsch cz), J (j y+vowel
 * at the start, dzh dj dz zh, g+i+vowel), L (l r), M, N (n, final ng).
 */
#include "names/names.h"

#include <assert.h>
#include <string.h>

/* Is c a vowel letter (y counts as one)? */
static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Appends class k unless it repeats the last one; s next to ch is one
 * sound spelt two ways (tsch, sc, cs), so S and C merge into C. */
static void emit(char *out, size_t cap, size_t *n, char k)
{
    if (*n > 0 && (out[*n - 1] == k || (out[*n - 1] == 'C' && k == 'S')))
        return;
    if (*n > 0 && out[*n - 1] == 'S' && k == 'C' && (*n < 2 || out[*n - 2] != 'C')) {
        out[*n - 1] = 'C';
        return;
    }
    if (*n + 1 < cap)
        out[(*n)++] = k;
}

size_t nf_skeleton(const char *w, size_t n, char *out, size_t cap)
{
    assert(out && cap > 0);
    size_t o = 0;
    /* Slavic endings: -ij, -yj are -i, -y */
    if (n >= 3 && w[n - 1] == 'j' && (w[n - 2] == 'i' || w[n - 2] == 'y'))
        n--;
    for (size_t i = 0; i < n;) {
        char c = w[i];
        char c1 = i + 1 < n ? w[i + 1] : 0;
        char c2 = i + 2 < n ? w[i + 2] : 0;
        char c3 = i + 3 < n ? w[i + 3] : 0;
        size_t adv = 1;
        char k = 0;
        if (vowel(c)) {
            if (i == 0 && c == 'y' && vowel(c1))
                k = 'J';
            else if (i == 0)
                k = 'A';
        } else {
            switch (c) {
            case 'h': break;
            case 't':
                if (c1 == 's' && c2 == 'c' && c3 == 'h') { k = 'C'; adv = 4; }
                else if (c1 == 's' && c2 == 'h') { k = 'C'; adv = 3; }
                else if (c1 == 'c' && c2 == 'h') { k = 'C'; adv = 3; }
                else if (c1 == 'h') { k = 'T'; adv = 2; }
                else if (c1 == 's' || c1 == 'z') { k = 'S'; adv = 2; }
                else k = 'T';
                break;
            case 'c':
                if (c1 == 'h' || c1 == 'z') { k = 'C'; adv = 2; }
                else if (c1 == 'k') { k = 'K'; adv = 2; }
                else if (c1 == 'e' || c1 == 'i' || c1 == 'y') k = 'S';
                else if (i + 1 == n && i >= 4 && w[i - 1] == 'i') k = 'C';   /* -ić */
                else k = 'K';
                break;
            case 's':
                if (c1 == 'c' && c2 == 'h') { k = 'S'; adv = 3; }
                else if (c1 == 'h' || c1 == 'z') { k = 'S'; adv = 2; }
                else k = 'S';
                break;
            case 'z':
                if (c1 == 'h') { k = 'J'; adv = 2; }
                else k = 'S';
                break;
            case 'd':
                if (c1 == 'z' && c2 == 'h') { k = 'J'; adv = 3; }
                else if (c1 == 'j' || c1 == 'z') { k = 'J'; adv = 2; }
                else k = 'D';
                break;
            case 'g':
                if (c1 == 'h') { k = 'G'; adv = 2; }
                else if (c1 == 'i' && c2 && vowel(c2) && c2 != 'i' && c2 != 'y') {
                    k = 'J';
                    adv = 2;
                } else k = 'G';
                break;
            case 'k':
                k = 'K';
                if (c1 == 'h')
                    adv = 2;
                break;
            case 'q': k = 'K'; break;
            case 'x':
                emit(out, cap, &o, 'K');
                k = 'S';
                break;
            case 'j': k = 'J'; break;
            case 'p':
                k = 'B';
                if (c1 == 'h')
                    adv = 2;
                break;
            case 'w':
                /* w before a consonant or at the end is a vowel (Arabic
                 * و, English -ow) */
                if (i > 0 && !vowel(w[i - 1]) && (!c1 || !vowel(c1)))
                    break;
                if (i == 1 && w[0] == 'a' && c1 && !vowel(c1))
                    break;          /* initial aw- is o- */
                k = 'B';
                break;
            case 'b':
                if (i > 0 && w[i - 1] == 'm' && (i + 1 == n || (i + 2 == n && c1 == 'e')))
                    break;          /* silent final b: Brindlecombe */
                k = 'B';
                break;
            case 'v': case 'f': k = 'B'; break;
            case 'l': case 'r': k = 'L'; break;
            case 'm': k = 'M'; break;
            case 'n':
                k = (c1 == 'p' || c1 == 'b') ? 'M' : 'N';   /* toranpu: n before p is m */
                if (c1 == 'g' && i + 2 == n)
                    adv = 2;
                break;
            default:
                break;
            }
        }
        if (k)
            emit(out, cap, &o, k);
        i += adv;
    }
    out[o] = '\0';
    return o;
}

/* Cost of substituting class a by class b. */
static double sub_cost(char a, char b)
{
    if (a == b)
        return 0;
    static const char *const close[] = { "CS", "CT", "CK", "JS", "JG", "JC",
                                         "KG", "TD", "ST", "JD", "MN" };
    for (size_t i = 0; i < sizeof close / sizeof close[0]; i++)
        if ((close[i][0] == a && close[i][1] == b) ||
            (close[i][0] == b && close[i][1] == a))
            return 0.5;
    return 1;
}

double nf_skel_distance(const char *a, const char *b, double limit)
{
    assert(a && b);
    size_t n = strlen(a), m = strlen(b);
    if (n >= NF_SKEL_MAX * 2 || m >= NF_SKEL_MAX * 2)
        return limit + 1;
    double prev[NF_SKEL_MAX * 2 + 1], cur[NF_SKEL_MAX * 2 + 1];
    for (size_t j = 0; j <= m; j++)
        prev[j] = (double)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (double)i;
        double best = cur[0];
        for (size_t j = 1; j <= m; j++) {
            double d = prev[j - 1] + sub_cost(a[i - 1], b[j - 1]);
            if (prev[j] + 1 < d)
                d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            cur[j] = d;
            if (d < best)
                best = d;
        }
        if (best > limit)
            return limit + 1;
        memcpy(prev, cur, (m + 1) * sizeof *prev);
    }
    return prev[m];
}

double nf_latin_similarity(const char *a, const char *b)
{
    assert(a && b);
    size_t n = strlen(a), m = strlen(b);
    if (n == 0 && m == 0)
        return 1;
    if (n > 63 || m > 63)
        return strcmp(a, b) == 0;
    unsigned prev[64], cur[64];
    for (size_t j = 0; j <= m; j++)
        prev[j] = (unsigned)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (unsigned)i;
        for (size_t j = 1; j <= m; j++) {
            unsigned d = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < d)
                d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            cur[j] = d;
        }
        memcpy(prev, cur, (m + 1) * sizeof *prev);
    }
    return 1.0 - (double)prev[m] / (double)(n > m ? n : m);
}
