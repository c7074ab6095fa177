/* newsfold/error.h - status codes and located diagnostics.
 *
 * Every fallible function of libnewsfold returns an nf_status.  Problems in
 * the *input* (a bad byte, a truncated record) are not failures: they are
 * reported as nf_diag values through a callback and processing goes on,
 * in the spirit of gumbo: malformed input yields a result plus diagnostics.
 */
#ifndef NEWSFOLD_ERROR_H
#define NEWSFOLD_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes.  NF_OK is zero; every other value is an error. */
typedef enum nf_status {
    NF_OK = 0,
    NF_ERR_NOMEM,         /* an allocation failed                        */
    NF_ERR_IO,            /* read/write/open failed (errno kept in msg)  */
    NF_ERR_NOT_FOUND,     /* no such file, article, entity ...           */
    NF_ERR_INVALID_ARG,   /* caller broke a documented precondition      */
    NF_ERR_FORMAT,        /* input is not in the expected format         */
    NF_ERR_ENCODING,      /* text could not be decoded                   */
    NF_ERR_TOO_LARGE,     /* input exceeds a configured limit            */
    NF_ERR_EMPTY,         /* input holds no text                         */
    NF_ERR_BINARY,        /* input looks like binary data, not text      */
    NF_ERR_STORE,         /* the database reported an error              */
    NF_ERR_SCHEMA,        /* database schema is newer than this program  */
    NF_ERR_UNSUPPORTED,   /* feature or format not supported             */
    NF_ERR_ICU,           /* an ICU call failed                          */
    NF_ERR_INTERNAL,      /* a bug: an invariant did not hold            */
    NF_STATUS_COUNT_      /* number of codes; not a status               */
} nf_status;

/* Returns a static, human-readable English description of `status`.
 * Never returns NULL; unknown values give "unknown status". */
const char *nf_strerror(nf_status status);

typedef enum nf_severity {
    NF_SEV_NOTE = 0,      /* something was changed, nothing lost (e.g. repaired byte) */
    NF_SEV_WARNING,       /* part of an input was dropped or guessed                   */
    NF_SEV_ERROR          /* an input (file, record) was skipped                       */
} nf_severity;

/* Returns "note", "warning" or "error". */
const char *nf_severity_name(nf_severity sev);

/* A located diagnostic.  All pointers are borrowed: valid only during the
 * callback that receives the diagnostic (copy what you keep). */
typedef struct nf_diag {
    nf_severity severity;
    nf_status code;
    const char *file;            /* input name ("-" for stdin); may be NULL  */
    unsigned long line;          /* 1-based line or record number; 0 = none  */
    unsigned long long offset;   /* byte offset in the input; NF_NO_OFFSET   */
    const char *message;         /* English sentence, no trailing newline    */
} nf_diag;

#define NF_NO_OFFSET (~0ULL)

/* Receives diagnostics.  `ctx` is the pointer given with the callback. */
typedef void (*nf_diag_fn)(void *ctx, const nf_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
