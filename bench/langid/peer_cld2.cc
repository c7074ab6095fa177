// peer_cld2.cc - bench-only C shim over CLD2 (Debian libcld2-dev, full
// tables, best-effort mode) for bench_langid; built by run.sh only.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "peers.h"

// Best language of text as CLD2's code ("en", "zh-Hant", ...), or NULL
// when CLD2 answers "unknown".
extern "C" const char *nf_bench_cld2_detect(const char *text, size_t len)
{
    CLD2::Language lang3[3];
    int percent3[3], text_bytes;
    double score3[3];
    bool reliable;
    CLD2::CLDHints hints = {NULL, NULL, CLD2::UNKNOWN_ENCODING,
                            CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language l = CLD2::ExtDetectLanguageSummary(
        text, (int)len, true, &hints, CLD2::kCLDFlagBestEffort, lang3,
        percent3, score3, NULL, &text_bytes, &reliable);
    if (l == CLD2::UNKNOWN_LANGUAGE)
        return NULL;
    return CLD2::LanguageCode(l);
}
