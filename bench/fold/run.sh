#!/bin/sh
# bench/fold/run.sh BUILD_DIR - the fold benchmark, reproducible (fixed
# seeds): makes the NTREX streams, folds them with bench_fold, scores
# them, runs the TF-IDF baseline on the same quality streams (installing
# Debian's python3-sklearn for the benchmark only, when missing and root),
# and times the 200,000-article scale stream.  Needs ../shared.
set -eu
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NTREX=${NF_SHARED:-$ROOT/../shared}/data/ntrex
OUT=${NF_BENCH_OUT:-$BUILD/bench-fold}
N=${NF_SCALE:-200000}
[ -d "$NTREX" ] || { echo "fold bench: $NTREX not found, skipped"; exit 0; }
cmake --build "$BUILD" --target bench_fold >/dev/null
mkdir -p "$OUT"
python3 "$ROOT/bench/fold/make_streams.py" "$NTREX" "$OUT" "$N"
for s in latin mixed dups; do
    "$BUILD/bench_fold" "$OUT/$s.jsonl" >"$OUT/out_$s.tsv" 2>"$OUT/time_$s.txt"
    python3 "$ROOT/bench/fold/score.py" "$OUT/out_$s.tsv" "newsfold $s"
done
# Debian's python3-sklearn lives under the system interpreter
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
if ! "$PY" -c 'import sklearn' 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-sklearn >/dev/null
    else
        echo "baseline skipped: run apt-get install python3-sklearn as root"
    fi
fi
if "$PY" -c 'import sklearn' 2>/dev/null; then
    for s in latin mixed; do
        for m in char caps; do
            "$PY" "$ROOT/bench/fold/baseline_tfidf.py" "$OUT/$s.jsonl" "$OUT/base_${s}_$m.tsv" $m 0.3
            python3 "$ROOT/bench/fold/score.py" "$OUT/base_${s}_$m.tsv" "tfidf-$m $s" | head -1
        done
    done
    head -n 20000 "$OUT/scale.jsonl" >"$OUT/scale20k.jsonl"
    "$PY" "$ROOT/bench/fold/baseline_tfidf.py" "$OUT/scale20k.jsonl" "$OUT/base_scale20k.tsv" caps 0.3
fi
"$BUILD/bench_fold" "$OUT/scale.jsonl" --no-output
