/* test_boilerplate_seeds.c - the five seeds (../shared/seeds) read by
 * the reader: none of the page residue lines survives in the clean
 * text, and every sentence line of the reports is still there.  Skips
 * (77) without ../shared.  The residue lines are named here, in the
 * test; the product removes them by principle (boilerplate.h). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boilerplate/boilerplate.h"
#include "newsfold.h"
#include "nf_test.h"

/* Residue lines of the seeds (as whole lines of the input). */
static const char *const residue[] = {
    "Advertising",
    "Back to top button",
    "Related Articles",
    "\xe3\x82\xb3\xe3\x83\xa1\xe3\x83\xb3\xe3\x83\x88\xe3\x82\x92\xe6\xae\x8b"
    "\xe3\x81\x99",  /* comment form: "leave a comment" */
    "\xe3\x82\xae\xe3\x83\xa3\xe3\x83\xa9\xe3\x83\xaa\xe3\x83\xbc\xe3\x81\xa7"
    "\xe3\x81\x93\xe3\x81\xae\xe5\x86\x99\xe7\x9c\x9f\xe3\x82\x92\xe9\x96\x8b"
    "\xe3\x81\x8f:",  /* photo-gallery prompt */
    "AP\xe9\x80\x9a\xe4\xbf\xa1",  /* agency credit line */
};

/* Whether `line` occurs in text as a whole line. */
static int has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
        if ((p == text || p[-1] == '\n') && (p[n] == '\0' || p[n] == '\n'))
            return 1;
    return 0;
}

static void test_seeds(const char *dir)
{
    nf_reader *r = nf_reader_new(NULL);
    CHECK(r != NULL);
    CHECK_INT(nf_reader_add_path(r, dir), NF_OK);
    int n = 0;
    for (;;) {
        nf_article *a = NULL;
        CHECK_INT(nf_reader_next(r, &a), NF_OK);
        if (!a)
            break;
        n++;
        const char *text = nf_article_text(a, NULL);
        const char *src = nf_article_source(a);
        for (size_t i = 0; i < sizeof residue / sizeof residue[0]; i++)
            if (has_line(text, residue[i])) {
                fprintf(stderr, "%s: residue line \"%s\" survived\n", src,
                        residue[i]);
                CHECK(0);
            }
        /* Every sentence line of the input (other than the residue) is
         * in the text; the first line may be the title. */
        char *raw = nf_slurp(src, NULL);
        CHECK(raw != NULL);
        const char *title = nf_article_title(a);
        for (char *line = raw; raw && line && *line;) {
            char *nl = strchr(line, '\n');
            if (nl)
                *nl = '\0';
            char *s = line;
            while (*s == ' ')
                s++;
            if (strncmp(s, "date ", 5) == 0)
                s += 16;  /* "date YYYY-MM-DD " */
            while (*s == ' ')
                s++;
            size_t len = strlen(s);
            while (len && (s[len - 1] == ' ' || s[len - 1] == '\r'))
                s[--len] = '\0';
            int sentence = len > 0 && nf_bp_sentence_end(s, len) &&
                           s[0] != '(';
            if (sentence && !strstr(text, s) && !(title && !strcmp(title, s))) {
                fprintf(stderr, "%s: sentence lost: %.80s\n", src, s);
                CHECK(0);
            }
            line = nl ? nl + 1 : NULL;
        }
        free(raw);
        nf_article_free(a);
    }
    CHECK_INT(n, 5);
    nf_reader_free(r);
}

int main(void)
{
    const char *dir = nf_test_shared("seeds/000_364c35b74aeedbc2.txt");
    if (!dir)
        return 77;
    char path[4096];
    snprintf(path, sizeof path, "%s", dir);
    char *slash = strrchr(path, '/');
    if (slash)
        *slash = '\0';
    test_seeds(path);
    return nf_test_done();
}
