#!/bin/sh
# bench/entities/run.sh BUILD_DIR - the entity figures of docs/entities.md:
# CoNLL detection quality and NTREX speed (needs ../shared).
B=${1:-build}
S=${NF_SHARED:-$(dirname "$0")/../../../shared}
cmake --build "$B" --target bench_entities >/dev/null || exit 1
"$B/bench_entities" conll "$S/data/ner/conll.jsonl"
"$B/bench_entities" ntrex "$S/data/ntrex/sentences" eng deu fra ita spa por ron pol rus ukr tur arb jpn zho-CN
