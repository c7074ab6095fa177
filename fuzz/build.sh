#!/bin/sh
# build.sh - builds the libFuzzer harnesses (fuzz/fuzz_*.c) with clang,
# ASan and UBSan into build-fuzz/.  Run one with its corpus, e.g.
#   build-fuzz/fuzz_reader fuzz/corpus/fuzz_reader -max_total_time=60
# New interesting inputs land in the corpus folder; commit the small ones
# so that `make test` replays them.
set -eu
cd "$(dirname "$0")/.."
command -v clang >/dev/null || { echo "fuzz: clang is needed (apt-get install clang)" >&2; exit 1; }
CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DNF_SANITIZE=ON \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target newsfold
for src in fuzz/fuzz_*.c; do
    name=$(basename "$src" .c)
    clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc $(pkg-config --cflags libxml-2.0 libcjson) "$src" \
        build-fuzz/libnewsfold.a $(pkg-config --libs icu-uc icu-i18n sqlite3 libcjson libxxhash libxml-2.0 zlib) \
        -lm -lpthread -lstdc++ -o "build-fuzz/$name"
    echo "built build-fuzz/$name"
done
