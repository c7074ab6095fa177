/* reader.c - the reader: a queue of inputs turned into articles one at a
 * time.
 *
 * Inputs added by the caller are read in the order given; a directory is
 * replaced by its entries (sorted, hidden ones left out, see walk.c),
 * read depth-first before the next input, so the order of articles is
 * the order of a sorted listing.  Each input is opened, its format
 * decided from its first bytes (the first non-space byte is '{' and the
 * first line is one JSON object: JSON Lines; else plain text) unless the
 * options force one, then:
 *   - plain text is read whole, up to max_file_bytes, and becomes one
 *     article (plain.c);
 *   - JSON Lines is streamed: one line in memory at a time, each line at
 *     most max_article_bytes (a longer one is skipped with an error), so
 *     an input of any size is read in bounded memory (jsonl.c);
 *   - a web page is read whole and becomes one article (web.c);
 *   - a feed is read whole, its items become articles handed out one by
 *     one; a WARC archive is streamed record by record (web_read.c).
 * No problem of an input stops the reader: it is reported as a located
 * diagnostic naming the input, counted in the stats, and the next input
 * is read.  Only running out of memory is an error of nf_reader_next.
 * Directory entries that are not regular files or directories (FIFOs,
 * sockets, devices) are skipped, so a walk can never block on a pipe;
 * each directory is read once (by device and inode), so symbolic-link
 * loops end, and nesting is limited to NF_MAX_DEPTH.
 */
#include "ingest/ingest_int.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/grow.h"

#define NF_DEFAULT_MAX_FILE ((size_t)256 << 20)
#define NF_DEFAULT_MAX_ARTICLE ((size_t)64 << 20)
/* Deepest directory nesting walked. */
#define NF_MAX_DEPTH 64

/* One queued input. */
typedef struct nf_input {
    char *name;          /* path, "-", or the name of a buffer         */
    char *data;          /* copy of a buffer's bytes; NULL for a path  */
    size_t len;
    int is_buffer;
    int from_dir;        /* found while walking a directory            */
    unsigned depth;      /* directory nesting below the added path     */
} nf_input;

struct nf_reader {
    nf_reader_options opts;
    nf_reader_stats stats;
    nf_input *queue;     /* inputs added, read first to last           */
    size_t qn, qcap, qpos;
    nf_input *stack;     /* entries of directories, read last to first */
    size_t sn, scap;
    nf_dirset dirs;
    /* The JSON Lines input being read, if any. */
    int in_jsonl;
    nf_stream js;
    char *js_name;
    char *js_data;
    unsigned long js_line;
    /* The WARC archive being read (web_read.c), if any. */
    nf_web_state web;
    /* Per-source templates of page residue (boilerplate.h). */
    nf_bp_model *bp;
};

nf_reader *nf_reader_new(const nf_reader_options *opts)
{
    nf_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (opts)
        r->opts = *opts;
    if (!r->opts.max_file_bytes)
        r->opts.max_file_bytes = NF_DEFAULT_MAX_FILE;
    if (!r->opts.max_article_bytes)
        r->opts.max_article_bytes = NF_DEFAULT_MAX_ARTICLE;
    r->js.fd = -1;
    r->bp = nf_bp_model_new(0);
    if (!r->bp) {
        free(r);
        return NULL;
    }
    return r;
}

/* Frees what an input owns. */
static void input_free(nf_input *in)
{
    free(in->name);
    free(in->data);
    in->name = in->data = NULL;
}

/* Ends the JSON Lines input being read. */
static void end_jsonl(nf_reader *r)
{
    if (!r->in_jsonl)
        return;
    r->stats.bytes += r->js.read;
    nf_stream_close(&r->js);
    free(r->js_name);
    free(r->js_data);
    r->js_name = r->js_data = NULL;
    r->in_jsonl = 0;
}

void nf_reader_free(nf_reader *r)
{
    if (!r)
        return;
    end_jsonl(r);
    nf_web_end(&r->web);
    nf_bp_model_free(r->bp);
    for (size_t i = r->qpos; i < r->qn; i++)
        input_free(&r->queue[i]);
    for (size_t i = 0; i < r->sn; i++)
        input_free(&r->stack[i]);
    free(r->queue);
    free(r->stack);
    nf_dirset_free(&r->dirs);
    free(r);
}

/* Appends `in` to the array *arr of *n items and *cap slots. */
static nf_status push(nf_input **arr, size_t *n, size_t *cap, nf_input in)
{
    nf_status st = nf_grow(arr, cap, *n, sizeof **arr, 8);
    if (st)
        return st;
    (*arr)[(*n)++] = in;
    return NF_OK;
}

/* Copies n bytes of s into a new NUL-terminated string, or NULL. */
static char *copy(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

nf_status nf_reader_add_path(nf_reader *r, const char *path)
{
    assert(r && path);
    nf_input in = { copy(path, strlen(path)), NULL, 0, 0, 0, 0 };
    if (!in.name)
        return NF_ERR_NOMEM;
    if (r->qpos == r->qn)
        r->qpos = r->qn = 0;  /* reuse the emptied queue */
    nf_status st = push(&r->queue, &r->qn, &r->qcap, in);
    if (st)
        input_free(&in);
    return st;
}

nf_status nf_reader_add_buffer(nf_reader *r, const char *name,
                               const void *data, size_t len)
{
    assert(r && name && (data || len == 0));
    nf_input in = { copy(name, strlen(name)), copy(data, len), len, 1, 0, 0 };
    if (!in.name || !in.data) {
        input_free(&in);
        return NF_ERR_NOMEM;
    }
    if (r->qpos == r->qn)
        r->qpos = r->qn = 0;
    nf_status st = push(&r->queue, &r->qn, &r->qcap, in);
    if (st)
        input_free(&in);
    return st;
}

void nf_reader_stats_get(const nf_reader *r, nf_reader_stats *out)
{
    assert(r && out);
    *out = r->stats;
}

/* Reports a problem that skips an input: an error diagnostic, counted. */
static void fail(nf_reader *r, nf_status code, const char *name,
                 const char *what, int err_no)
{
    r->stats.failed++;
    if (err_no)
        nf_diag_emit(r->opts.on_diag, r->opts.diag_ctx, NF_SEV_ERROR, code,
                     name, 0, NF_NO_OFFSET, "%s: %s: %s; skipped", name, what,
                     strerror(err_no));
    else
        nf_diag_emit(r->opts.on_diag, r->opts.diag_ctx, NF_SEV_ERROR, code,
                     name, 0, NF_NO_OFFSET, "%s: %s; skipped", name, what);
}

/* Reads an opened input: decides its format, then makes its article
 * (plain text) or starts streaming its records (JSON Lines).  Takes
 * `name` and `data` (may be NULL) and closes the stream when done. */
static nf_status read_stream(nf_reader *r, nf_stream *s, char *name,
                             char *data, unsigned long long size_hint,
                             nf_article **out)
{
    nf_format fmt = r->opts.format;
    nf_status st = NF_OK;
    if (fmt == NF_FORMAT_AUTO && (st = nf_ingest_detect_format(s, name, r->opts.max_article_bytes, &fmt))) {
        if (st == NF_ERR_IO)
            fail(r, st, name, "read error", s->err_no);
        goto done;
    }
    if (fmt == NF_FORMAT_JSONL) {
        r->in_jsonl = 1;
        r->js = *s;
        r->js_name = name;
        r->js_data = data;
        r->js_line = 0;
        return NF_OK;
    }
    if (fmt == NF_FORMAT_WARC)
        return nf_web_start_warc(&r->web, s, name, data, &r->opts);
    size_t max = r->opts.max_file_bytes;
    if (size_hint > max) {
        fail(r, NF_ERR_TOO_LARGE, name, "file larger than the input limit",
             0);
        goto done;
    }
    if (size_hint && (st = nf_stream_reserve(s, (size_t)size_hint + 1)))
        goto done;
    if ((st = nf_stream_fill(s, max + 1))) {
        if (st == NF_ERR_IO)
            fail(r, st, name, "read error", s->err_no);
        goto done;
    }
    size_t avail = s->end - s->start;
    if (avail > max) {
        fail(r, NF_ERR_TOO_LARGE, name, "input larger than the input limit",
             0);
        goto done;
    }
    if (fmt == NF_FORMAT_HTML)
        st = nf_ingest_html(name, s->buf + s->start, avail, NULL, NULL,
                            &r->opts, out);
    else if (fmt == NF_FORMAT_FEED)
        st = nf_web_read_feed(&r->web, name, s->buf + s->start, avail,
                              &r->opts, out, &r->stats.failed);
    else
        st = nf_ingest_text(name, s->buf + s->start, avail, &r->opts, r->bp,
                            out);
    if (!st && !*out && fmt != NF_FORMAT_FEED)
        r->stats.failed++;
done:
    r->stats.bytes += s->read;
    nf_stream_close(s);
    free(name);
    free(data);
    return st == NF_ERR_NOMEM ? st : NF_OK;
}

/* Replaces directory `in` by its entries on the stack. */
static nf_status walk_dir(nf_reader *r, nf_input *in, const struct stat *sb)
{
    if (in->depth >= NF_MAX_DEPTH) {
        fail(r, NF_ERR_UNSUPPORTED, in->name, "directories nested too deep",
             0);
        return NF_OK;
    }
    int added, err_no;
    nf_status st = nf_dirset_add(&r->dirs, sb->st_dev, sb->st_ino, &added);
    if (st)
        return st;
    if (!added) {
        nf_diag_emit(r->opts.on_diag, r->opts.diag_ctx, NF_SEV_WARNING,
                     NF_ERR_INVALID_ARG, in->name, 0, NF_NO_OFFSET,
                     "%s: directory already read (a link loop?); skipped",
                     in->name);
        return NF_OK;
    }
    char **paths;
    size_t n;
    st = nf_walk_list_dir(in->name, &paths, &n, &err_no);
    if (st == NF_ERR_IO) {
        fail(r, st, in->name, "cannot read directory", err_no);
        return NF_OK;
    }
    if (st)
        return st;
    for (size_t k = n; k-- > 0 && !st;) {
        nf_input e = { paths[k], NULL, 0, 0, 1, in->depth + 1 };
        st = push(&r->stack, &r->sn, &r->scap, e);
        if (!st)
            paths[k] = NULL;
    }
    nf_walk_free_list(paths, n);
    return st;
}

/* Reads one input (takes it): a buffer, stdin, a file or a directory. */
static nf_status read_input(nf_reader *r, nf_input *in, nf_article **out)
{
    nf_stream s;
    if (in->is_buffer) {
        r->stats.inputs++;
        nf_stream_init_mem(&s, in->data, in->len);
        return read_stream(r, &s, in->name, in->data, in->len, out);
    }
    if (!in->from_dir && strcmp(in->name, "-") == 0) {
        r->stats.inputs++;
        nf_stream_init_fd(&s, STDIN_FILENO, 0);
        return read_stream(r, &s, in->name, NULL, 0, out);
    }
    struct stat sb;
    nf_status st = NF_OK;
    if (stat(in->name, &sb) != 0) {
        fail(r, NF_ERR_IO, in->name, "cannot read", errno);
        goto done;
    }
    if (S_ISDIR(sb.st_mode)) {
        st = walk_dir(r, in, &sb);
        goto done;
    }
    if (in->from_dir && !S_ISREG(sb.st_mode)) {
        nf_diag_emit(r->opts.on_diag, r->opts.diag_ctx, NF_SEV_WARNING,
                     NF_ERR_UNSUPPORTED, in->name, 0, NF_NO_OFFSET,
                     "%s: not a regular file; skipped", in->name);
        goto done;
    }
    int fd = open(in->name, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        fail(r, NF_ERR_IO, in->name, "cannot open", errno);
        goto done;
    }
    r->stats.inputs++;
    nf_stream_init_fd(&s, fd, 1);
    return read_stream(r, &s, in->name, NULL,
                       S_ISREG(sb.st_mode) ? (unsigned long long)sb.st_size
                                           : 0,
                       out);
done:
    input_free(in);
    return st;
}

/* Reads records of the current JSON Lines input until one makes an
 * article (*out) or the input ends (then *out is NULL and it is closed). */
static nf_status next_record(nf_reader *r, nf_article **out)
{
    for (;;) {
        nf_line ln;
        int got;
        nf_status st = nf_stream_next_line(&r->js, r->opts.max_article_bytes,
                                           &ln, &got);
        if (st == NF_ERR_IO) {
            fail(r, st, r->js_name, "read error", r->js.err_no);
            end_jsonl(r);
            return NF_OK;
        }
        if (st)
            return st;
        if (!got) {
            end_jsonl(r);
            return NF_OK;
        }
        r->js_line++;
        if (ln.overlong) {
            r->stats.failed++;
            nf_diag_emit(r->opts.on_diag, r->opts.diag_ctx, NF_SEV_ERROR,
                         NF_ERR_TOO_LARGE, r->js_name, r->js_line, ln.offset,
                         "%s:%lu: line of %zu bytes is longer than the "
                         "article limit (%zu); record skipped",
                         r->js_name, r->js_line, ln.full_len,
                         r->opts.max_article_bytes);
            continue;
        }
        const char *p = ln.data;
        size_t len = ln.len;
        if (r->js_line == 1 && len >= 3 && (unsigned char)p[0] == 0xEF &&
            (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF) {
            p += 3;
            len -= 3;
        }
        size_t k = 0;
        while (k < len && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
            k++;
        if (k == len)
            continue;  /* blank lines separate nothing */
        st = nf_ingest_jsonl_record(r->js_name, r->js_line, ln.offset, p, len,
                                    &r->opts, out);
        if (st)
            return st;
        if (*out)
            return NF_OK;
        r->stats.failed++;
    }
}

nf_status nf_reader_next(nf_reader *r, nf_article **out)
{
    assert(r && out);
    *out = NULL;
    for (;;) {
        nf_status st;
        if (nf_web_busy(&r->web)) {
            unsigned long failed = 0;
            st = nf_web_next(&r->web, &r->opts, out, &failed);
            r->stats.failed += failed;
            r->stats.bytes += r->web.bytes;
            r->web.bytes = 0;
            if (st)
                return st;
        } else if (r->in_jsonl) {
            if ((st = next_record(r, out)))
                return st;
        } else {
            nf_input in;
            if (r->sn > 0) {
                in = r->stack[--r->sn];
            } else if (r->qpos < r->qn) {
                in = r->queue[r->qpos++];
            } else {
                return NF_OK;  /* end of all inputs */
            }
            if ((st = read_input(r, &in, out)))
                return st;
        }
        if (*out) {
            r->stats.articles++;
            return NF_OK;
        }
    }
}
