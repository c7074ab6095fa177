# Search finds a Japanese word inside seed 002 and an Italian word in 000.
. "$(dirname "$0")/lib.sh"
need_shared seeds/002_3674af07f950556f.txt

expect_status 0 "$NEWSFOLD" ingest --db s.db -q "$NF_SHARED/seeds"
for q in 防衛 ウクライナ; do
    expect_status 0 "$NEWSFOLD" search --db s.db --json "$q"
    grep -q '002_3674af07f950556f' "$NF_TMP/out" || fail "search $q misses seed 002"
done
for q in sostegno missili; do
    expect_status 0 "$NEWSFOLD" search --db s.db --json "$q"
    grep -q '000_364c35b74aeedbc2' "$NF_TMP/out" || fail "search $q misses seed 000"
done
expect_status 0 "$NEWSFOLD" search --db s.db --json garanţii
grep -q '004_c6e820f59fea7629' "$NF_TMP/out" || fail "ş/ș-folded search misses seed 004"
# export carries what ingest found: relations, mentions, facts
expect_status 0 "$NEWSFOLD" export --db s.db
python3 - "$NF_TMP/out" <<'PY' || fail "export lacks stored analysis"
import json, sys
rows = {r["source"][-24:-21]: r for r in map(json.loads, open(sys.argv[1]))}
r4 = rows["004"]
names = {m["surface"] for m in r4["entities"]}
assert any("Grynkewich" in n for n in names), names
assert r4["relation"] in ("original", "duplicate", "translation"), r4["relation"]
assert any(d["value"] == "2026-01-06" for d in r4["dates"]), r4["dates"]
r0 = rows["000"]
assert any(f["kind"] == "killed" and f["value"] == 35 for f in r0["figures"]), r0["figures"]
PY
finish
