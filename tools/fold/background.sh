#!/bin/sh
# tools/fold/background.sh BUILD [SHARED] - round 9: regenerates
# src/fold/background_data.c, the generic anchors of story folding, from
# background text that is not the benchmark's (../shared/data/aeb news
# bodies, ../shared/data/udhr, ../shared/data/geo place names; see
# tools/fold/background.py).  The anchors are the engine's own: the
# documents go through bench_fold --full --anchors (whole pipeline, so
# the entity stage's places count too).  Re-running it on the same tree
# gives the same table byte for byte; a change of the sketch (features.c)
# or of the entity stage's places or name keys calls for a re-run.
set -eu
BUILD=$1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${2:-$ROOT/../shared}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cmake --build "$BUILD" --target bench_fold >/dev/null
python3 "$ROOT/tools/fold/background.py" docs "$SHARED" "$TMP/bg.jsonl"
"$BUILD/bench_fold" "$TMP/bg.jsonl" --full --no-output --anchors "$TMP/anchors.txt" 2>/dev/null
python3 "$ROOT/tools/fold/background.py" table "$TMP/anchors.txt" "$ROOT/src/fold/background_data.c"
