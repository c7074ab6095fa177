#!/bin/sh
# bench/fold/run.sh BUILD_DIR - the fold benchmark, reproducible (fixed
# seeds): makes the NTREX streams, folds them with bench_fold, scores
# them, runs the TF-IDF baseline on the same streams (installing Debian's
# python3-sklearn for the benchmark only, when missing and root), and
# times the 200,000-article scale stream.  Needs ../shared.
#
# The quality streams run the whole pipeline (--full: the entity stage's
# places and name keys are anchors too, as in `newsfold analyze`); the
# scale stream runs only the analysis folding reads (language, sentences)
# to keep the run short; folding alone is timed either way, in wall and
# CPU seconds (the CPU figure is the one-core cost when the machine is
# shared).
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
# latin_dev, mixed_dev: thresholds are tuned on these; latin_held,
# mixed_held: reported only (distinct stories, disjoint documents); latin,
# mixed: the older streams with every document (same-event documents
# count as different stories there)
# NF_HELD_SEED=S (round 6): also the fresh held-out streams of seed S
FRESH=
[ -n "${NF_HELD_SEED:-}" ] && FRESH="latin_held_s$NF_HELD_SEED mixed_held_s$NF_HELD_SEED"
for s in latin_dev mixed_dev latin_held mixed_held latin mixed dups $FRESH; do
    "$BUILD/bench_fold" "$OUT/$s.jsonl" --full >"$OUT/out_$s.tsv" 2>"$OUT/time_$s.txt"
    python3 "$ROOT/bench/fold/score.py" "$OUT/out_$s.tsv" "newsfold $s" --events "$ROOT/bench/fold/events.txt"
done
head -n 20000 "$OUT/scale.jsonl" >"$OUT/scale20k.jsonl"
"$BUILD/bench_fold" "$OUT/scale20k.jsonl" >"$OUT/out_scale20k.tsv" 2>"$OUT/time_scale20k.txt"
python3 "$ROOT/bench/fold/score.py" "$OUT/out_scale20k.tsv" "newsfold scale20k" --events "$ROOT/bench/fold/events.txt" | head -3
tail -1 "$OUT/time_scale20k.txt"
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
    for s in latin mixed latin_held mixed_held; do
        for m in char caps; do
            "$PY" "$ROOT/bench/fold/baseline_tfidf.py" "$OUT/$s.jsonl" "$OUT/base_${s}_$m.tsv" $m 0.3
            python3 "$ROOT/bench/fold/score.py" "$OUT/base_${s}_$m.tsv" "tfidf-$m $s" --events "$ROOT/bench/fold/events.txt" | head -3
        done
    done
    "$PY" "$ROOT/bench/fold/baseline_tfidf.py" "$OUT/scale20k.jsonl" "$OUT/base_scale20k.tsv" caps 0.3
    python3 "$ROOT/bench/fold/score.py" "$OUT/base_scale20k.tsv" "tfidf-caps scale20k" --events "$ROOT/bench/fold/events.txt" | head -3
fi
"$BUILD/bench_fold" "$OUT/scale.jsonl" --no-output
