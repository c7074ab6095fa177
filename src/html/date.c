/* date.c - finding a calendar date in text and in URLs.
 *
 * Pages write their dates in every way: ISO 8601 in metadata, "Nov. 19,
 * 2019" in an American byline, "19. November 2019" in a German one,
 * "19 ноября 2019" in Russian, "2019年11月19日" in Japanese or Chinese.
 * The text is cut into words (letters) and numbers; a month, given by
 * name or by number between a year and a day, together with a day of
 * 1-31 and a four-digit year nearby makes a date, which must exist in
 * the calendar.  Years outside 1990-2099 are not news dates and are
 * ignored (they are more often numbers that look like years).
 */
#include "html/html.h"

#include <ctype.h>
#include <string.h>

#include "ingest/ingest_int.h"

/* Month names (lower case): full forms of several languages, and the
 * English abbreviations. */
static const struct {
    const char *name;
    int month;
} months[] = {
    /* English */
    { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 },
    { "may", 5 }, { "june", 6 }, { "july", 7 }, { "august", 8 },
    { "september", 9 }, { "october", 10 }, { "november", 11 },
    { "december", 12 }, { "jan", 1 }, { "feb", 2 }, { "mar", 3 },
    { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 }, { "sep", 9 },
    { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
    /* French */
    { "janvier", 1 }, { "f\xc3\xa9vrier", 2 }, { "mars", 3 }, { "avril", 4 },
    { "mai", 5 }, { "juin", 6 }, { "juillet", 7 }, { "ao\xc3\xbbt", 8 },
    { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 },
    { "d\xc3\xa9" "cembre", 12 },
    /* German, Dutch */
    { "januar", 1 }, { "februar", 2 }, { "m\xc3\xa4rz", 3 }, { "juni", 6 },
    { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 }, { "januari", 1 },
    { "februari", 2 }, { "maart", 3 }, { "mei", 5 }, { "augustus", 8 },
    /* Italian */
    { "gennaio", 1 }, { "febbraio", 2 }, { "marzo", 3 }, { "aprile", 4 },
    { "maggio", 5 }, { "giugno", 6 }, { "luglio", 7 }, { "agosto", 8 },
    { "settembre", 9 }, { "ottobre", 10 }, { "dicembre", 12 },
    /* Spanish, Portuguese */
    { "enero", 1 }, { "febrero", 2 }, { "abril", 4 }, { "mayo", 5 },
    { "junio", 6 }, { "julio", 7 }, { "septiembre", 9 }, { "setiembre", 9 },
    { "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 },
    { "janeiro", 1 }, { "fevereiro", 2 }, { "mar\xc3\xa7o", 3 },
    { "maio", 5 }, { "junho", 6 }, { "julho", 7 }, { "setembro", 9 },
    { "outubro", 10 }, { "novembro", 11 }, { "dezembro", 12 },
    /* Romanian */
    { "ianuarie", 1 }, { "februarie", 2 }, { "martie", 3 }, { "aprilie", 4 },
    { "iunie", 6 }, { "iulie", 7 }, { "septembrie", 9 }, { "octombrie", 10 },
    { "noiembrie", 11 }, { "decembrie", 12 },
    /* Russian (genitive, as dates write them) */
    { "\xd1\x8f\xd0\xbd\xd0\xb2\xd0\xb0\xd1\x80\xd1\x8f", 1 },
    { "\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f", 2 },
    { "\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0", 3 },
    { "\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbb\xd1\x8f", 4 },
    { "\xd0\xbc\xd0\xb0\xd1\x8f", 5 },
    { "\xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f", 6 },
    { "\xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f", 7 },
    { "\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0", 8 },
    { "\xd1\x81\xd0\xb5\xd0\xbd\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 9 },
    { "\xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 10 },
    { "\xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 11 },
    { "\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f", 12 },
};

/* Up to this many tokens are kept from a text. */
#define NF_DATE_TOKENS 64

/* A token: a number (value, digits) or a month name (month). */
typedef struct tok {
    int num;      /* value when a number, else -1                      */
    int digits;
    int month;    /* 1..12 when a month name, else 0                   */
    int cjk;      /* 1 year (年/년), 2 month (月/월), 3 day (日/일)    */
    char sep;     /* separator byte before the next token ('-', '/', '.', ' ') */
} tok;

/* Month of word w (n bytes); 0 when none.  ASCII is lower-cased. */
static int month_of(const char *w, size_t n)
{
    char low[24];
    if (n >= sizeof low || n < 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)w[i]);
    low[n] = '\0';
    /* Capitalised Cyrillic: lower the first letter (U+0410..U+042F). */
    if ((unsigned char)low[0] == 0xD0 && (unsigned char)low[1] >= 0x90 &&
        (unsigned char)low[1] <= 0xAF) {
        unsigned c = (unsigned char)low[1] + 0x20;
        if (c <= 0xBF) {
            low[1] = (char)c;
        } else {
            low[0] = (char)0xD1;
            low[1] = (char)(c - 0x40);
        }
    }
    for (size_t i = 0; i < sizeof months / sizeof months[0]; i++)
        if (strcmp(low, months[i].name) == 0)
            return months[i].month;
    return 0;
}

/* The CJK date unit at s (3 bytes): 年 년 -> 1, 月 월 -> 2, 日 일 -> 3. */
static int cjk_unit(const unsigned char *s, const unsigned char *end)
{
    if (end - s < 3)
        return 0;
    if (s[0] == 0xE5 && s[1] == 0xB9 && s[2] == 0xB4) return 1;   /* 年 */
    if (s[0] == 0xEB && s[1] == 0x85 && s[2] == 0x84) return 1;   /* 년 */
    if (s[0] == 0xE6 && s[1] == 0x9C && s[2] == 0x88) return 2;   /* 月 */
    if (s[0] == 0xEC && s[1] == 0x9B && s[2] == 0x94) return 2;   /* 월 */
    if (s[0] == 0xE6 && s[1] == 0x97 && s[2] == 0xA5) return 3;   /* 日 */
    if (s[0] == 0xEC && s[1] == 0x9D && s[2] == 0xBC) return 3;   /* 일 */
    return 0;
}

/* Cuts s into tokens; returns their number. */
static size_t tokenize(const char *s, size_t len, tok *t, size_t max)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    size_t n = 0;
    while (p < end && n < max) {
        if (isdigit(*p)) {
            int v = 0, k = 0;
            while (p < end && isdigit(*p)) {
                if (k < 9)
                    v = v * 10 + (*p - '0');
                k++;
                p++;
            }
            tok tk = { k <= 8 ? v : -2, k, 0, 0, ' ' };
            /* "1st", "2nd", "19th": an ordinal suffix. */
            if (end - p >= 2 && (memcmp(p, "st", 2) == 0 || memcmp(p, "nd", 2) == 0 ||
                                 memcmp(p, "rd", 2) == 0 || memcmp(p, "th", 2) == 0) &&
                (end - p == 2 || !isalpha(p[2])))
                p += 2;
            tk.cjk = cjk_unit(p, end);
            if (tk.cjk)
                p += 3;
            else if (p < end && (*p == '-' || *p == '/' || *p == '.'))
                tk.sep = (char)*p;
            t[n++] = tk;
            continue;
        }
        if (isalpha(*p) || *p >= 0xC0) {
            const unsigned char *w = p;
            while (p < end && (isalpha(*p) || *p >= 0x80))
                p++;
            int m = month_of((const char *)w, (size_t)(p - w));
            tok tk = { -1, 0, m, 0, ' ' };
            if (m && p < end && *p == '.')
                p++;
            t[n++] = tk;
            continue;
        }
        p++;
    }
    return n;
}

/* Writes the date if valid; returns 1 when written. */
static int emit(int y, int m, int d, char out[11])
{
    if (y < 1990 || y > 2099 || !nf_valid_ymd(y, m, d))
        return 0;
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
    return 1;
}

static int is_year(const tok *t)
{
    return t->num >= 1990 && t->num <= 2099 && t->digits == 4;
}

static int is_day(const tok *t)
{
    return t->num >= 1 && t->num <= 31 && t->digits <= 2;
}

int nf_date_find(const char *s, size_t len, char out[11])
{
    tok t[NF_DATE_TOKENS];
    size_t n = tokenize(s, len, t, NF_DATE_TOKENS);
    for (size_t i = 0; i < n; i++) {
        /* 2019-11-19, 2019/11/19, 2019.11.19, 2019年11月19日 */
        if (is_year(&t[i]) && i + 2 < n && t[i + 1].num >= 1 &&
            t[i + 1].digits <= 2 && is_day(&t[i + 2]) &&
            ((t[i].sep != ' ' && t[i].sep == t[i + 1].sep) ||
             (t[i].cjk == 1 && t[i + 1].cjk == 2)) &&
            emit(t[i].num, t[i + 1].num, t[i + 2].num, out))
            return 1;
        /* 20191119 */
        if (t[i].digits == 8 && t[i].num > 0 &&
            emit(t[i].num / 10000, t[i].num / 100 % 100, t[i].num % 100, out))
            return 1;
        /* 19.11.2019 (day first), 11/19/2019 (month first) */
        if (is_day(&t[i]) && i + 2 < n && t[i + 1].num >= 1 &&
            t[i + 1].digits <= 2 && is_year(&t[i + 2]) &&
            t[i].sep != ' ' && t[i].sep == t[i + 1].sep) {
            int a = t[i].num, b = t[i + 1].num, y = t[i + 2].num;
            if (t[i].sep == '/' && a <= 12 && emit(y, a, b, out))
                return 1;
            if (emit(y, b, a, out))
                return 1;
        }
        if (!t[i].month)
            continue;
        int m = t[i].month;
        /* 19 November 2019, 19. November 2019, 19 de noviembre de 2019 */
        for (size_t back = 1; back <= 2 && back <= i; back++) {
            if (is_day(&t[i - back])) {
                for (size_t f = i + 1; f < n && f <= i + 2; f++)
                    if (is_year(&t[f]) && emit(t[f].num, m, t[i - back].num, out))
                        return 1;
                break;
            }
        }
        /* November 19, 2019 */
        if (i + 2 < n && is_day(&t[i + 1]) && is_year(&t[i + 2]) &&
            emit(t[i + 2].num, m, t[i + 1].num, out))
            return 1;
    }
    return 0;
}

int nf_date_from_url(const char *url, char out[11])
{
    if (!url)
        return 0;
    /* Only the path: skip "scheme://host". */
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : url;
    if (!p)
        return 0;
    const char *q = strpbrk(p, "?#");
    size_t len = q ? (size_t)(q - p) : strlen(p);
    tok t[NF_DATE_TOKENS];
    size_t n = tokenize(p, len, t, NF_DATE_TOKENS);
    for (size_t i = 0; i < n; i++) {
        if (is_year(&t[i]) && i + 2 < n && t[i + 1].num >= 1 &&
            t[i + 1].digits <= 2 && is_day(&t[i + 2]) &&
            emit(t[i].num, t[i + 1].num, t[i + 2].num, out))
            return 1;
        if (t[i].digits == 8 && t[i].num > 0 &&
            emit(t[i].num / 10000, t[i].num / 100 % 100, t[i].num % 100, out))
            return 1;
    }
    return 0;
}
