#!/bin/sh
# bench/fold/draws.sh BUILD STREAMS OUT [SEEDS] - round 9: folds many
# development draws (latin_dev_sS, mixed_dev_sS of make_streams.py with
# NF_DEV_SEED) with the whole pipeline, one output per draw in OUT, and
# prints per-draw BCubed and the mean and minimum over the draws (Latin and
# all-script apart) through bench/fold/draws.py.  SEEDS defaults to
# 901..924; a seed "oO_sS" names draw S of the documents in order O
# (NF_DEV_ORDER).  Extra bench_fold options may follow in NF_FOLD_OPTS.
# Never give it held-out streams: only *_dev_s* files are read.
set -eu
BUILD=$1 STREAMS=$2 OUT=$3
SEEDS=${4:-$(seq -s ' ' 901 924)}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$OUT"
for sd in $SEEDS; do
    for kind in latin mixed; do
        case $sd in
            o*) s=${kind}_dev_$sd ;;   # round 14: "oO_sS", another order
            *) s=${kind}_dev_s$sd ;;
        esac
        # shellcheck disable=SC2086
        "$BUILD/bench_fold" "$STREAMS/$s.jsonl" --full ${NF_FOLD_OPTS:-} >"$OUT/$s.tsv" 2>/dev/null
    done
done
python3 "$ROOT/bench/fold/draws.py" "$OUT"
