/* cmd_serve.c - `newsfold serve`: the stored record over HTTP, as a JSON
 * API (serve_api.c) and a small web page (serve_ui.c), with libmicrohttpd.
 *
 * Design: one internal polling thread of libmicrohttpd answers every
 * request, one after the other, and each request opens the store, reads
 * and closes it (SQLite WAL: an `ingest` running meanwhile is seen batch
 * by batch, never half).  Nothing is shared between requests, so no lock
 * is needed.  Requests are bounded: only GET and HEAD, a target of at most
 * NF_SERVE_MAX_URL bytes, a connection limit and an idle timeout.  The
 * main thread blocks SIGINT and SIGTERM (so the server thread inherits
 * the mask) and waits for one with sigwait, then stops the daemon. */
#include <arpa/inet.h>
#include <assert.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "cli.h"
#include "serve.h"

static const char help[] =
    "usage: newsfold serve [OPTIONS]\n"
    "\n"
    "Serves the stored record over HTTP: a JSON API under /api/ and a web\n"
    "page at / (search, stories, a story, an entity).  Stops on Ctrl-C\n"
    "(SIGINT) or SIGTERM.  See docs/serve.md.\n"
    "\n"
    "endpoints (GET):\n"
    "  /api/stories?lang=&limit=   /api/story/ID?lang=   /api/article/ID\n"
    "  /api/entities?limit=        /api/entity?name=     /api/search?q=&limit=\n"
    "  /api/health\n"
    "\n"
    "options:\n"
    "  --db PATH        database (default ./newsfold.db)\n"
    "  --port N         TCP port (default 8080; 0 = any free port)\n"
    "  --bind ADDR      IPv4 or IPv6 address to listen on (default 127.0.0.1)\n";

/* What the request handler needs. */
typedef struct server {
    const char *db;
} server;

/* Accumulates the decoded length of a request's query arguments. */
static enum MHD_Result add_len(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *value)
{
    (void)kind;
    size_t *n = cls;
    *n += strlen(key) + 2 + (value ? strlen(value) : 0);
    return MHD_YES;
}

/* serve_arg_fn over a libmicrohttpd connection. */
static const char *conn_arg(void *conn, const char *name)
{
    return MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, name);
}

/* Sends reply r (taking its body) on conn. */
static enum MHD_Result send_reply(struct MHD_Connection *conn, serve_reply *r,
                                  int allow_header)
{
    struct MHD_Response *resp;
    if (r->body)
        resp = MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE);
    else
        resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(r->body);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->type);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    if (allow_header)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    enum MHD_Result ret = MHD_queue_response(conn, r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

/* The request handler: routes "/" to the page and "/api/..." to the API. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    (void)version;
    (void)upload_data;
    (void)con_cls;
    const server *sv = cls;
    serve_reply r = { 0, NULL, NULL, 0 };
    if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD)) {
        *upload_data_size = 0;   /* a body, if any, is not read */
        serve_error(&r, 405, "only GET and HEAD are served");
        return send_reply(conn, &r, 1);
    }
    size_t n = strlen(url);
    MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, add_len, &n);
    if (n > NF_SERVE_MAX_URL) {
        serve_error(&r, 414, "the request target is longer than 4096 bytes");
        return send_reply(conn, &r, 0);
    }
    if (!strcmp(url, "/") || !strcmp(url, "/index.html")) {
        r.status = 200;
        r.type = "text/html; charset=utf-8";
        r.len = strlen(serve_ui_html);
        r.body = malloc(r.len);
        if (!r.body)
            return MHD_NO;
        memcpy(r.body, serve_ui_html, r.len);
        return send_reply(conn, &r, 0);
    }
    serve_api(sv->db, url, conn_arg, conn, &r);
    return send_reply(conn, &r, 0);
}

/* Fills the IPv4 or IPv6 socket address of addr:port; 0 when addr is
 * neither. */
static int make_addr(const char *addr, unsigned port, struct sockaddr_storage *ss,
                     int *v6)
{
    memset(ss, 0, sizeof *ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
    if (inet_pton(AF_INET, addr, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((unsigned short)port);
        *v6 = 0;
        return 1;
    }
    if (inet_pton(AF_INET6, addr, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((unsigned short)port);
        *v6 = 1;
        return 1;
    }
    return 0;
}

int cmd_serve(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_start("serve", argc, argv, help, NULL, &o);
    if (rc >= 0)
        return rc;
    const char *bind = o.bind ? o.bind : "127.0.0.1";
    long port = o.port < 0 ? 8080 : o.port;
    struct sockaddr_storage ss;
    int v6 = 0;
    if (o.nargs) {
        cli_error("serve", "unexpected argument '%s'", o.args[0]);
        rc = NF_EXIT_USAGE;
    } else if (port > 65535) {
        cli_error("serve", "--port wants 0..65535, not %ld", port);
        rc = NF_EXIT_USAGE;
    } else if (!make_addr(bind, (unsigned)port, &ss, &v6)) {
        cli_error("serve", "--bind wants an IPv4 or IPv6 address, not '%s'", bind);
        rc = NF_EXIT_USAGE;
    }
    if (rc >= 0) {
        free(o.args);
        return rc;
    }
    /* open once now: a bad path or a newer schema is reported at start */
    nf_store *s = cli_open_store("serve", &o);
    if (!s) {
        free(o.args);
        return NF_EXIT_FAIL;
    }
    nf_store_close(s);

    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);

    server sv = { o.db };
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (v6)
        flags |= MHD_USE_IPv6;
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)port, NULL, NULL, on_request, &sv,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)32,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)15,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(32 * 1024),
        MHD_OPTION_END);
    if (!d) {
        cli_error("serve", "cannot listen on %s port %ld (in use, or not allowed)", bind,
                  port);
        pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
        free(o.args);
        return NF_EXIT_FAIL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned real_port = info ? info->port : (unsigned)port;
    fprintf(stderr, "newsfold serve: %s on http://%s%s%s:%u/ (Ctrl-C stops)\n", o.db,
            v6 ? "[" : "", bind, v6 ? "]" : "", real_port);
    int sig = 0;
    sigwait(&stop, &sig);
    MHD_stop_daemon(d);
    pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
    fprintf(stderr, "newsfold serve: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    free(o.args);
    return NF_EXIT_OK;
}
