#!/bin/sh
# run.sh - language identification bench on NTREX-128: per language, the
# share of sentences and of whole documents identified right, and speed
# (one core), for newsfold and, in the same run, the established
# identifiers CLD2 (Debian libcld2-dev, through bench/langid/peer_cld2.cc)
# and libexttextcat (Debian libexttextcat-dev).  Peers are built here only,
# never in the library.  Usage: bench/langid/run.sh [NTREX_DIR]; a build
# folder as argument (what bench/run.sh passes to every bench) is ignored.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
ntrex=${NF_SHARED:-$root/../shared}/data/ntrex
if [ $# -gt 0 ] && [ -f "$1/languages.tsv" ]; then
    ntrex=$1
fi
if [ ! -f "$ntrex/languages.tsv" ]; then
    echo "NTREX not found at $ntrex" >&2
    exit 77
fi
out=${NF_BENCH_OUT:-$root/build-bench-langid}
mkdir -p "$out"
have() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q '^install ok installed'; }
if [ "$(id -u)" = 0 ]; then
    for p in libexttextcat-dev libcld2-dev g++; do
        have "$p" || apt-get install -y --no-install-recommends "$p" >/dev/null 2>&1 || true
    done
fi
cflags="-std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes"
srcs="$root/src/langid/langid.c $root/src/langid/langid_model.c $root/src/langid/langid_groups.c $root/bench/bench_langid.c"
inc="-I$root/include -I$root/src/langid -I$root/bench"
if have libexttextcat-dev && have libcld2-dev && command -v g++ >/dev/null; then
    g++ -O2 -I"$root/bench/langid" -c "$root/bench/langid/peer_cld2.cc" -o "$out/peer_cld2.o"
    gcc $cflags -DNF_BENCH_PEERS -DNF_BENCH_CLD2 $inc -c "$root/bench/langid/peers.c" -o "$out/peers.o"
    gcc $cflags -DNF_BENCH_PEERS $inc $srcs "$out/peers.o" "$out/peer_cld2.o" \
        -lexttextcat-2.0 -Wl,--no-as-needed -lcld2_full -lcld2 -Wl,--as-needed -lstdc++ -lm -o "$out/bench_langid"
elif have libexttextcat-dev; then
    gcc $cflags -DNF_BENCH_PEERS $inc $srcs "$root/bench/langid/peers.c" \
        -lexttextcat-2.0 -lm -o "$out/bench_langid"
else
    echo "no peer available: newsfold only" >&2
    gcc $cflags $inc $srcs -lm -o "$out/bench_langid"
fi
"$out/bench_langid" ntrex "$ntrex"
