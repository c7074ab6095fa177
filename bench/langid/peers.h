/* peers.h - established language identifiers the langid bench compares
 * against (bench only; built by bench/langid/run.sh, never by the
 * library).  Each peer answers one code (ISO 639-1, else 639-3, mapped as
 * newsfold does) or NULL when it gives no answer. */
#ifndef NF_BENCH_LANGID_PEERS_H
#define NF_BENCH_LANGID_PEERS_H

#include <stddef.h>

typedef struct nf_bench_peer {
    const char *name;
    int (*init)(void);                               /* 0 on success */
    const char *(*detect)(const char *text, size_t len);
} nf_bench_peer;

/* The peers compiled in (may be none). */
extern const nf_bench_peer nf_bench_peers[];
extern const size_t nf_bench_npeers;

/* CLD2 shim (peer_cld2.cc): best language code of text, or NULL. */
#ifdef __cplusplus
extern "C"
#endif
const char *nf_bench_cld2_detect(const char *text, size_t len);

#endif
