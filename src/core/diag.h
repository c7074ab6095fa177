/* diag.h - emitting located diagnostics. */
#ifndef NF_CORE_DIAG_H
#define NF_CORE_DIAG_H

#include "newsfold/error.h"

/* Formats a message and passes a diagnostic to `fn` (nothing when fn is
 * NULL).  `file` may be NULL; line 0 and offset NF_NO_OFFSET mean none. */
void nf_diag_emit(nf_diag_fn fn, void *ctx, nf_severity sev, nf_status code,
                  const char *file, unsigned long line,
                  unsigned long long offset, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));

#endif
