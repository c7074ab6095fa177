# Facts against the project's own gold sets (tests/data/facts: a
# development set in 14 languages and a held-out set in 9; langs2: one
# of each in el, nl, sv, ko and hi): precision and
# recall of dates, figures and quote attribution must stay at or above
# the floors below (the issue's goal is P >= 0.95, R >= 0.85; the
# measured values are in docs/facts.md).
. "$(dirname "$0")/lib.sh"
D="$NF_ROOT/tests/data/facts"
python3 "$NF_ROOT/bench/facts/eval.py" "$NEWSFOLD" "$D/corpus.jsonl" "$D/gold.json" \
    --min-p 0.95 --min-r 0.9 >dev.txt 2>&1 || fail "development set: $(cat dev.txt)"
python3 "$NF_ROOT/bench/facts/eval.py" "$NEWSFOLD" "$D/heldout/corpus.jsonl" \
    "$D/heldout/gold.json" --min-p 0.95 --min-r 0.85 >held.txt 2>&1 ||
    fail "held-out set: $(cat held.txt)"
# the languages of the bundled corpus beyond the issue's (el nl sv ko hi):
# a development and a held-out set of their own
python3 "$NF_ROOT/bench/facts/eval.py" "$NEWSFOLD" "$D/langs2/corpus.jsonl" \
    "$D/langs2/gold.json" --min-p 0.95 --min-r 0.9 >dev2.txt 2>&1 ||
    fail "development set (el nl sv ko hi): $(cat dev2.txt)"
python3 "$NF_ROOT/bench/facts/eval.py" "$NEWSFOLD" "$D/langs2/heldout/corpus.jsonl" \
    "$D/langs2/heldout/gold.json" --min-p 0.95 --min-r 0.85 >held2.txt 2>&1 ||
    fail "held-out set (el nl sv ko hi): $(cat held2.txt)"
# export carries the facts too
"$NEWSFOLD" ingest --db t.db "$D/corpus.jsonl" >/dev/null 2>&1 || fail "ingest"
"$NEWSFOLD" export --db t.db >export.jsonl 2>/dev/null || fail "export"
python3 - <<'PY' || fail "export has no facts"
import json
rows = [json.loads(l) for l in open("export.jsonl")]
assert rows and all("figures" in r and "dates" in r and "quotes" in r for r in rows)
assert any(f["kind"] == "killed" for r in rows for f in r["figures"])
PY
finish
