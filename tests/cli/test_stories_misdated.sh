# One article misdated by decades (here 2066: a parse error upstream)
# must not cut a store's story window: a later ingest still extends the
# stories of the days before it (the window is read back from the newest
# date another article confirms; before, from the newest date of all,
# so that nothing was reloaded and every later article started a story
# of its own).  The fixtures are invented for this test.
. "$(dirname "$0")/lib.sh"

cat >first.jsonl <<'EOF'
{"id":"strike-1","published":"2026-06-01","title":"Dockers strike at Harlow Quay","text":"Dockers at Harlow Quay in Marrowby walked out on Monday, halting 38 container ships.\nUnion leader Teodor Vasquel said 2,400 members would stay out until pay talks resume.\nThe Marrowby Port Authority called the strike unlawful."}
{"id":"strike-2","published":"2026-06-01","title":"Harlow Quay stands still","text":"No crane moved at Harlow Quay on Monday as 2,400 dockers followed Teodor Vasquel's strike call.\nThe Marrowby Port Authority said 38 container ships were waiting offshore."}
{"id":"misdated","published":"2066-06-01","title":"Choir festival programme","text":"The Aldersea choir festival will open with 12 choirs from Quenton and Billow Cross.\nTickets go on sale at the Aldersea town hall."}
EOF
cat >second.jsonl <<'EOF'
{"id":"strike-3","published":"2026-06-02","title":"Harlow Quay strike enters second day","text":"The strike at Harlow Quay in Marrowby entered its second day on Tuesday with 38 container ships still waiting.\nTeodor Vasquel said his 2,400 members would not return before the Marrowby Port Authority reopened pay talks."}
EOF
expect_status 0 "$NEWSFOLD" ingest --db t.db first.jsonl
expect_status 0 "$NEWSFOLD" ingest --db t.db second.jsonl
expect_status 0 "$NEWSFOLD" export --db t.db
python3 - "$NF_TMP/out" <<'PY' || fail "the strike's third report did not join its story"
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read().strip()
try:
    arts = json.loads(raw)
    arts = arts["articles"] if isinstance(arts, dict) else arts
except ValueError:
    arts = [json.loads(l) for l in raw.splitlines() if l.strip()]
story = {a["id"]: a["story"] for a in arts}
print(story, file=sys.stderr)
ok = story["strike-1"] == story["strike-2"] == story["strike-3"] and story["misdated"] != story["strike-1"]
raise SystemExit(0 if ok else 1)
PY
finish
