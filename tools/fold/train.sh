#!/bin/sh
# tools/fold/train.sh BUILD_DIR OUT_DIR [THRESHOLD [VETO]] - trains the fold
# stage's learnt join decision (round 8) and rewrites
# src/fold/join_model_data.c.  Reproducible (fixed seeds):
#   1. development draws of bench/fold/make_streams.py (NF_DEV_SEED):
#      seeds 801-810 and 820-840 train, 811-816 validate (with the
#      original latin_dev/mixed_dev); never the held-out streams;
#   2. bench_fold --full --dump on each training draw, with the hand
#      rules (--join -1) and, when a model is already built in, with
#      the model at the bar (--join THRESHOLD): pairs of both policies;
#   3. tools/fold/train_join.py fits the model, prints the pair-level
#      figures on the validation draws and writes the table with the bar
#      (default 0.9, chosen with tools/fold/eval_join.py; docs/fold_rounds.md, round 8).
# Needs ../shared and Debian's python3-numpy (not needed to build or
# test: the table is committed).
set -eu
BUILD=$1
OUT=$2
THR=${3:-0.9}
VETO=${4:-0}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NTREX=${NF_SHARED:-$ROOT/../shared}/data/ntrex
TRAIN="$(seq 801 810) $(seq 820 840)"
VAL="$(seq 811 816)"
mkdir -p "$OUT/dump"
NF_DEV_SEED=$(echo $TRAIN $VAL | tr ' ' ,) python3 "$ROOT/bench/fold/make_streams.py" "$NTREX" "$OUT" 2000
rm -f "$OUT"/*held*   # not used here
dump() {  # name policy tag
    "$BUILD/bench_fold" "$OUT/$1.jsonl" --full --join "$2" --dump "$OUT/dump/$1$3.txt" >/dev/null 2>&1
}
files=
for s in $TRAIN; do
    for k in mixed latin; do
        dump ${k}_dev_s$s -1 ""
        files="$files $OUT/dump/${k}_dev_s$s.txt"
        if [ "${NF_JM_ONPOLICY:-0}" = 1 ]; then
            "$BUILD/bench_fold" "$OUT/${k}_dev_s$s.jsonl" --full --join "$THR" --veto "$VETO" \
                --dump "$OUT/dump/${k}_dev_s${s}_model.txt" >/dev/null 2>&1
            files="$files $OUT/dump/${k}_dev_s${s}_model.txt"
        fi
    done
done
vfiles=
for s in $VAL; do
    for k in mixed latin; do
        dump ${k}_dev_s$s -1 ""
        vfiles="$vfiles $OUT/dump/${k}_dev_s$s.txt"
    done
done
/usr/bin/python3 "$ROOT/tools/fold/train_join.py" --out "$ROOT/src/fold/join_model_data.c" \
    --threshold "$THR" --veto "$VETO" $files --val $vfiles
