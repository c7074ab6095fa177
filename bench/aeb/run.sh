#!/bin/sh
# run.sh - article extraction on the Article Extraction Benchmark
# (../shared/data/aeb), newsfold side by side with Readability.js
# (@mozilla/readability + linkedom, installed here into node_modules) and
# readability-lxml (Debian python3-readability), in one run, one core.
# Quality: the benchmark's exact metric (bench_extract, which first checks
# that it reproduces reference_scores.tsv).  Speed: pages/s over the 181
# pages, best of three passes after a warm-up; memory: max RSS.
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/../.."
AEB=../shared/data/aeb
OUT=bench/out
mkdir -p "$OUT"
[ -d "$AEB" ] || { echo "aeb: $AEB not present" >&2; exit 1; }
cmake --build "$BUILD" --target bench_extract >/dev/null
echo "== metric check (reference_scores.tsv)"
"$BUILD/bench_extract" score "$AEB" | tail -1
echo "== newsfold"
taskset -c 0 "$BUILD/bench_extract" run "$AEB" "$OUT/newsfold_aeb.jsonl"
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y python3-readability >/dev/null
    else echo "readability-lxml: sudo apt-get install python3-readability" >&2; fi
fi
if [ ! -d bench/aeb/node_modules/@mozilla/readability ]; then
    (cd bench/aeb && npm install --no-save --silent @mozilla/readability linkedom >/dev/null)
fi
echo "== readability-lxml"
taskset -c 0 /usr/bin/python3 bench/aeb/peer_readability.py "$AEB" "$OUT/readability_lxml_aeb.jsonl"
"$BUILD/bench_extract" eval "$AEB" "$OUT/readability_lxml_aeb.jsonl" | tail -1
echo "== Readability.js + linkedom"
taskset -c 0 node bench/aeb/peer_readability.js "$AEB" "$OUT/readability_js_aeb.jsonl"
"$BUILD/bench_extract" eval "$AEB" "$OUT/readability_js_aeb.jsonl" | tail -1
