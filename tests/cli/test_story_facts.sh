# `newsfold story ID` shows the story's articles with their quotes and
# figures, and the story's incidents (text and --json); --lang is a
# common option.
. "$(dirname "$0")/lib.sh"

expect_status 0 "$NEWSFOLD" ingest -q --db s.db "$NF_ROOT/samples/corpus"
expect_status 0 "$NEWSFOLD" stories --db s.db --json --lang en
id=""
for sid in $(python3 -c 'import json,sys; print(" ".join(str(s["id"]) for s in json.load(open(sys.argv[1]))["stories"]))' "$NF_TMP/out"); do
    "$NEWSFOLD" story --db s.db --json "$sid" >story.json 2>/dev/null || continue
    if grep -q '"cronaca-20260211-costanza"' story.json; then id=$sid; break; fi
done
[ -n "$id" ] || fail "no story holds the Italian storm report: $(head -c 400 "$NF_TMP/out")"
expect_status 0 "$NEWSFOLD" story --db s.db --json "${id:-1}"
python3 - "$NF_TMP/out" <<'PY' || fail "story --json lacks facts"
import json, sys
d = json.load(open(sys.argv[1]))
arts = {a["id"]: a for a in d["articles"]}
it = arts["cronaca-20260211-costanza"]
assert any(f["kind"] == "killed" and f["value"] == 14 for f in it["figures"]), it["figures"]
assert it["quotes"] and it["quotes"][0]["speaker_name"], it["quotes"]
assert any(i["kind"] for i in d["incidents"]), d["incidents"]
PY
expect_status 0 "$NEWSFOLD" story --db s.db "${id:-1}"
grep -q "figure killed" "$NF_TMP/out" || fail "story text lacks figures"
grep -q "incidents" "$NF_TMP/out" || fail "story text lacks incidents"
expect_status 1 "$NEWSFOLD" story --db s.db 999999
expect_status 2 "$NEWSFOLD" story --db s.db
expect_status 2 "$NEWSFOLD" stories --db s.db --lang
finish
