# Incremental and stable: ingest part of the samples, then all of them;
# the stories (and reports) of the first part keep their ids, `stories`
# and `story ID` show them (also --json), and export carries the fold
# fields of every article.
. "$(dirname "$0")/lib.sh"
C="$NF_ROOT/samples/corpus"

expect_status 0 "$NEWSFOLD" ingest -q --db a.db "$C/storm" "$C/merger"
"$NEWSFOLD" export --db a.db >first.jsonl || fail "export failed"
expect_status 0 "$NEWSFOLD" ingest -q --db a.db "$C"
"$NEWSFOLD" export --db a.db >all.jsonl || fail "export failed"
expect_status 0 "$NEWSFOLD" stories --db a.db --json --limit 0
cp out stories.json
expect_status 0 "$NEWSFOLD" stories --db a.db --lang en
expect_status 0 "$NEWSFOLD" story --db a.db 1 --json
cp out story1.json
expect_status 1 "$NEWSFOLD" story --db a.db 999999
expect_status 2 "$NEWSFOLD" story --db a.db
expect_status 0 "$NEWSFOLD" stories --help
expect_status 0 "$NEWSFOLD" story --help
python3 - <<'PY' || fail "story ids changed or fields missing"
import json, sys
first = {}
for l in open("first.jsonl"):
    a = json.loads(l); first[a["id"]] = a
alls = {}
for l in open("all.jsonl"):
    a = json.loads(l); alls[a["id"]] = a
bad = []
# 17 files, each its own article: a re-post of the same text from another
# file is kept (docs/store.md, "Duplicates and ids")
if len(first) != 17: bad.append("%d articles in the first part" % len(first))
for i, a in first.items():
    b = alls.get(i)
    if not b: bad.append("%s lost" % i); continue
    for f in ("story", "report", "relation"):
        if a[f] != b[f]: bad.append("%s: %s %s -> %s" % (i, f, a[f], b[f]))
for a in alls.values():
    if not isinstance(a.get("story"), int) or a.get("relation") not in ("original", "duplicate", "translation"):
        bad.append("%s: fold fields %s %s" % (a["id"], a.get("story"), a.get("relation")))
old = {a["story"] for a in first.values()}
new = {a["story"] for i, a in alls.items() if i not in first}
if not new - old: bad.append("no new story for the summit and follow-up articles")
st = json.load(open("stories.json"))["stories"]
if sorted(s["id"] for s in st) != sorted({a["story"] for a in alls.values()}):
    bad.append("stories list does not match the articles")
s1 = json.load(open("story1.json"))
if s1["id"] != 1 or len(s1["articles"]) != sum(1 for a in alls.values() if a["story"] == 1):
    bad.append("story 1 shows the wrong articles")
for b in bad[:20]:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
finish
