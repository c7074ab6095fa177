#!/bin/sh
# run.sh - every benchmark, each against its peer in the same run.
# Needs ../shared (the data sets); results go to bench/out/.
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
mkdir -p bench/out
if [ ! -d ../shared/data ]; then
    echo "bench: ../shared/data is not here; nothing to measure" >&2
    exit 1
fi
for b in bench/*/run.sh; do
    [ -f "$b" ] || continue
    echo "== $b"
    sh "$b" "$BUILD"
done
