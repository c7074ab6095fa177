/* diag_tee.c - diagnostics that go both to the caller and onto the
 * article they concern.
 *
 * The caller's callback sees every problem as it happens; the article
 * keeps the ones about itself (repairs, guesses) so that the record can
 * show them later.  For a JSON Lines record, positions inside a JSON
 * string mean little to a reader of the file, so they are replaced by
 * the record's line and offset and the message names the field.
 */
#include "ingest/ingest_int.h"

#include <stdio.h>

void nf_diag_tee_fn(void *ctx, const nf_diag *d)
{
    nf_diag_tee *t = ctx;
    nf_diag c = *d;
    char msg[640];
    if (t->line) {
        c.line = t->line;
        c.offset = t->offset;
        if (t->field) {
            snprintf(msg, sizeof msg, "in field \"%s\": %s", t->field,
                     d->message ? d->message : "");
            c.message = msg;
        }
    }
    if (t->fn)
        t->fn(t->ctx, &c);
    if (t->article && nf_article_add_diag(t->article, &c) && !t->failed)
        t->failed = NF_ERR_NOMEM;
}
