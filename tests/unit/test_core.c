/* test_core.c - arena, growable buffer limits, article object, status
 * strings and JSON string escaping. */
#include <stdint.h>
#include <string.h>

#include "newsfold.h"
#include "core/arena.h"
#include "core/article_int.h"
#include "core/buf.h"
#include "nf_test.h"

static void test_arena(void)
{
    nf_arena *a = nf_arena_new();
    CHECK(a != NULL);
    char *p = nf_arena_alloc(a, 10);
    CHECK(p && ((uintptr_t)p & 15) == 0);
    char *big = nf_arena_alloc(a, 1 << 20); /* larger than a chunk */
    CHECK(big != NULL);
    memset(big, 'x', 1 << 20);
    char *s = nf_arena_strndup(a, "hello world", 5);
    CHECK_STR(s, "hello");
    int *z = nf_arena_calloc(a, 100, sizeof(int));
    CHECK(z && z[0] == 0 && z[99] == 0);
    CHECK(nf_arena_calloc(a, SIZE_MAX / 2, 4) == NULL); /* overflow refused */
    CHECK(nf_arena_used(a) >= (1u << 20));
    for (int i = 0; i < 10000; i++)
        CHECK(nf_arena_alloc(a, 37) != NULL);
    nf_arena_free(a);
    nf_arena_free(NULL);
}

static void test_buf(void)
{
    nf_buf b;
    nf_buf_init(&b, 8);
    CHECK_STR(nf_buf_cstr(&b), "");
    CHECK_INT(nf_buf_append(&b, "abcd", 4), NF_OK);
    CHECK_INT(nf_buf_printf(&b, "%d", 123), NF_OK);
    CHECK_STR(nf_buf_cstr(&b), "abcd123");
    CHECK_INT(nf_buf_append(&b, "xy", 2), NF_ERR_TOO_LARGE);
    CHECK_STR(nf_buf_cstr(&b), "abcd123"); /* unchanged on failure */
    CHECK_INT(nf_buf_putc(&b, '!'), NF_OK);
    CHECK_INT(b.len, 8);
    nf_buf_reset(&b);
    CHECK_INT(nf_buf_put_utf8(&b, 0x21B), NF_OK); /* ț */
    CHECK_STR(nf_buf_cstr(&b), "\xC8\x9B");
    CHECK_INT(nf_buf_put_utf8(&b, 0x1F600), NF_OK); /* 2 + 4 bytes fit in 8 */
    size_t len;
    char *d = nf_buf_detach(&b, &len);
    CHECK(d && len == 6);
    free(d);
    CHECK(b.data == NULL && b.len == 0);
    nf_buf_free(&b);
}

static void test_article(void)
{
    nf_article *a = nf_article_new();
    CHECK(a != NULL);
    CHECK_INT(nf_article_set_text(a, "Ciao mondo.", 11), NF_OK);
    uint64_t h = nf_article_content_hash(a);
    CHECK_INT(nf_article_finish(a), NF_OK);
    const char *id = nf_article_id(a);
    CHECK(id[0] == 'a' && strlen(id) == 17);
    CHECK_STR(nf_article_source(a), "-");
    CHECK_INT(nf_article_finish(a), NF_OK);         /* idempotent */
    CHECK_STR(nf_article_id(a), id);
    /* same text, same source: same id; another source: another id */
    nf_article *s1 = nf_article_new(), *s2 = nf_article_new(), *s3 = nf_article_new();
    nf_article_set(s1, &s1->source, "x/one.txt", 9);
    nf_article_set(s2, &s2->source, "x/one.txt", 9);
    nf_article_set(s3, &s3->source, "x/two.txt", 9);
    nf_article_set_text(s1, "Ciao mondo.", 11);
    nf_article_set_text(s2, "Ciao mondo.", 11);
    nf_article_set_text(s3, "Ciao mondo.", 11);
    nf_article_finish(s1);
    nf_article_finish(s2);
    nf_article_finish(s3);
    CHECK_STR(nf_article_id(s1), nf_article_id(s2));
    CHECK(strcmp(nf_article_id(s1), nf_article_id(s3)) != 0);
    CHECK(nf_article_content_hash(s1) == nf_article_content_hash(s3));
    nf_article_free(s1);
    nf_article_free(s2);
    nf_article_free(s3);
    CHECK(nf_article_title(a) == NULL);
    CHECK(nf_article_language(a) == NULL);
    nf_article_set_language(a, "it", 0.9);
    CHECK_STR(nf_article_language(a), "it");
    nf_diag d = { NF_SEV_NOTE, NF_ERR_ENCODING, "x.txt", 3, 17, "replaced" };
    CHECK_INT(nf_article_add_diag(a, &d), NF_OK);
    CHECK_INT(nf_article_diag_count(a), 1);
    CHECK_STR(nf_article_diag(a, 0)->file, "x.txt");
    CHECK(nf_article_diag(a, 0)->file != d.file); /* copied */

    nf_article *b = nf_article_new();
    nf_article_set_text(b, "Ciao mondo.", 11);
    CHECK(nf_article_content_hash(b) == h); /* same content, same hash */
    nf_article_set_text(b, "Ciao mondo!", 11);
    CHECK(nf_article_content_hash(b) != h);
    nf_article_free(b);
    nf_article_free(a);
}

static void test_strerror(void)
{
    for (int i = 0; i < NF_STATUS_COUNT_; i++) {
        const char *m = nf_strerror((nf_status)i);
        CHECK(m && *m && strcmp(m, "unknown status") != 0);
    }
    CHECK_STR(nf_strerror((nf_status)9999), "unknown status");
    CHECK_STR(nf_strerror(NF_OK), "success");
    CHECK_STR(nf_severity_name(NF_SEV_WARNING), "warning");
    CHECK_STR(nf_version(), NF_VERSION_STRING);
}

/* Writes s through nf_json_write_string and returns the output. */
static const char *json_of(const char *s, size_t len)
{
    static char out[256];
    FILE *f = fmemopen(out, sizeof out - 1, "w");
    nf_json_write_string(f, s, len);
    fclose(f);
    return out;
}

static void test_json_string(void)
{
    CHECK_STR(json_of("a\"b\\c\n\t\x01", 8), "\"a\\\"b\\\\c\\n\\t\\u0001\"");
    CHECK_STR(json_of("「ウクライナ」", strlen("「ウクライナ」")), "\"「ウクライナ」\"");
    CHECK_STR(json_of("x\xff" "y", 3), "\"x\xEF\xBF\xBDy\"");  /* invalid byte */
    CHECK_STR(json_of("\xE2\x82", 2), "\"\xEF\xBF\xBD\"");     /* truncated */
    CHECK_STR(json_of("a\0b", 3), "\"a\\u0000b\"");          /* embedded NUL */
}

int main(void)
{
    RUN(test_arena);
    RUN(test_buf);
    RUN(test_article);
    RUN(test_strerror);
    RUN(test_json_string);
    return nf_test_done();
}
