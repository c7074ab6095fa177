/* error.c - status strings, severity names, diagnostics and the version.
 *
 * One table maps every nf_status to its message, so the CLI and library
 * users print the same words (curl's curl_easy_strerror is the model). */
#include <stdarg.h>
#include <stdio.h>

#include "newsfold.h"
#include "diag.h"

static const char *const messages[NF_STATUS_COUNT_] = {
    [NF_OK] = "success",
    [NF_ERR_NOMEM] = "out of memory",
    [NF_ERR_IO] = "input/output error",
    [NF_ERR_NOT_FOUND] = "not found",
    [NF_ERR_INVALID_ARG] = "invalid argument",
    [NF_ERR_FORMAT] = "malformed input",
    [NF_ERR_ENCODING] = "text encoding could not be decoded",
    [NF_ERR_TOO_LARGE] = "input exceeds a size limit",
    [NF_ERR_EMPTY] = "input holds no text",
    [NF_ERR_BINARY] = "input is binary data, not text",
    [NF_ERR_STORE] = "database error",
    [NF_ERR_SCHEMA] = "database schema is newer than this program",
    [NF_ERR_UNSUPPORTED] = "not supported",
    [NF_ERR_ICU] = "Unicode library (ICU) error",
    [NF_ERR_INTERNAL] = "internal error",
};

const char *nf_strerror(nf_status status)
{
    if ((unsigned)status >= NF_STATUS_COUNT_ || !messages[status])
        return "unknown status";
    return messages[status];
}

const char *nf_severity_name(nf_severity sev)
{
    switch (sev) {
    case NF_SEV_NOTE: return "note";
    case NF_SEV_WARNING: return "warning";
    case NF_SEV_ERROR: return "error";
    }
    return "error";
}

const char *nf_version(void)
{
    return NF_VERSION_STRING;
}

void nf_diag_emit(nf_diag_fn fn, void *ctx, nf_severity sev, nf_status code,
                  const char *file, unsigned long line,
                  unsigned long long offset, const char *fmt, ...)
{
    if (!fn)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    nf_diag d = { sev, code, file, line, offset, msg };
    fn(ctx, &d);
}
