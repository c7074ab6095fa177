/* serve.h - the pieces of `newsfold serve`: the JSON API (serve_api.c),
 * the embedded web page (serve_ui.c) and the HTTP plumbing that calls
 * them (cmd_serve.c).  The API side knows nothing of libmicrohttpd: a
 * request is a path plus a function looking up its decoded query
 * arguments, a reply is a status, a content type and a malloc'd body. */
#ifndef NF_CLI_SERVE_H
#define NF_CLI_SERVE_H

#include <stddef.h>

/* Longest request target accepted (path plus query arguments), bytes. */
#define NF_SERVE_MAX_URL 4096

/* An HTTP reply: body is owned (malloc'd) by the reply, or NULL when
 * len is 0. */
typedef struct serve_reply {
    unsigned status;          /* 200, 400, 404, 500 ...               */
    const char *type;         /* static Content-Type value             */
    char *body;
    size_t len;
} serve_reply;

/* Returns the URL-decoded query argument `name` of the request behind
 * `conn`, or NULL when absent (borrowed for the request's duration). */
typedef const char *(*serve_arg_fn)(void *conn, const char *name);

/* Answers GET `path` (the URL path, without the query) under "/api/"
 * from the store at `db`, opened for this request only.  Always fills
 * *r: JSON, or a JSON error body {"error": "..."} with 400, 404 or 500. */
void serve_api(const char *db, const char *path, serve_arg_fn arg, void *conn,
               serve_reply *r);

/* Fills *r with a JSON error body {"error": msg} and `status`. */
void serve_error(serve_reply *r, unsigned status, const char *msg);

/* The web page served at "/" (static, NUL-terminated UTF-8 HTML). */
extern const char serve_ui_html[];

#endif
