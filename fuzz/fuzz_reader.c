/* fuzz_reader.c - libFuzzer harness for ingest.
 *
 * Feeds arbitrary bytes to the reader as one in-memory input, once per
 * format (auto, text, jsonl) and once more with tiny limits, and checks
 * the promises of reader.h and article.h that must hold for every
 * input: the reader never fails on input problems, every article is
 * complete (id, source, format set; non-empty clean UTF-8 text; title
 * clean UTF-8; date "YYYY-MM-DD" or none), a text input gives at most one
 * article, and the counters add up.  The interim HTML stripper is
 * checked on the same bytes: it never grows its input.  Any broken
 * promise aborts, which libFuzzer (or the replay test over
 * fuzz/corpus/fuzz_reader/) reports.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsfold.h"
#include "ingest/ingest_int.h"
#include "text/text.h"
#include "fuzz_util.h"

/* Aborts unless `cond`: a fuzz harness must crash on a broken promise. */

/* Diagnostics must carry a message; errors are counted. */
static void on_diag(void *ctx, const nf_diag *d)
{
    require(d->message != NULL && d->severity <= NF_SEV_ERROR);
    require((unsigned)d->code < NF_STATUS_COUNT_);
    if (d->severity == NF_SEV_ERROR)
        (*(unsigned long *)ctx)++;
}

/* Whether s is a clean string: valid UTF-8, no NUL before len. */
static int clean_string(const char *s)
{
    return s && nf_utf8_valid(s, strlen(s));
}

/* Reads the input with options `o`; checks every article. */
static void read_all(const uint8_t *data, size_t size, nf_reader_options o)
{
    unsigned long errors = 0;
    o.on_diag = on_diag;
    o.diag_ctx = &errors;
    nf_reader *r = nf_reader_new(&o);
    require(r != NULL);
    require(nf_reader_add_buffer(r, "fuzz", data, size) == NF_OK);
    unsigned long n = 0;
    for (;;) {
        nf_article *a = NULL;
        require(nf_reader_next(r, &a) == NF_OK);
        if (!a)
            break;
        n++;
        size_t len;
        const char *t = nf_article_text(a, &len);
        require(len > 0 && strlen(t) == len && nf_utf8_valid(t, len));
        require(nf_article_id(a)[0] != '\0');
        require(clean_string(nf_article_source(a)));
        const char *fmt = nf_article_format(a);
        require(!strcmp(fmt, "text") || !strcmp(fmt, "jsonl") ||
                !strcmp(fmt, "html") || !strcmp(fmt, "feed"));
        if (o.format != NF_FORMAT_AUTO)
            require(!strcmp(fmt, nf_format_name(o.format)));
        const char *title = nf_article_title(a);
        require(!title || (clean_string(title) && title[0]));
        const char *pub = nf_article_published(a);
        char d[11];
        require(!pub || (strlen(pub) == 10 && nf_parse_iso_date(pub, 10, d)));
        if (!strcmp(fmt, "text"))
            require(len <= o.max_article_bytes || !o.max_article_bytes);
        nf_article_free(a);
    }
    nf_reader_stats st;
    nf_reader_stats_get(r, &st);
    require(st.inputs == 1 && st.articles == n && st.bytes == size);
    require(st.failed <= errors);
    if (o.format == NF_FORMAT_TEXT)
        require(n + st.failed == 1);
    nf_reader_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const nf_format formats[] = { NF_FORMAT_AUTO, NF_FORMAT_TEXT,
                                         NF_FORMAT_JSONL };
    for (size_t i = 0; i < 3; i++) {
        nf_reader_options o = { formats[i], 0, 0, NULL, NULL };
        read_all(data, size, o);
    }
    nf_reader_options small = { NF_FORMAT_AUTO, 512, 64, NULL, NULL };
    read_all(data, size, small);

    nf_buf b;
    nf_buf_init(&b, 0);
    require(nf_html_strip((const char *)data, size, &b) == NF_OK);
    require(b.len <= size);
    nf_buf_free(&b);
    return 0;
}
