# A re-post (the same text from another source, under another id) is an
# article of its own in the store, as it is for analyze: stored, folded
# into the same report and story (one `original`, one `duplicate`),
# counted by `stories`, found by search and exported with the fold fields
# analyze gives.  The same article (same id, or same source when the
# input has no id, and the same text) is still stored once, also after
# its id was taken and it became "<id>~2".  A database made by the
# previous schema (version 5, which kept a text once) migrates without
# losing a row, and re-ingesting its inputs adds just the re-posts the
# old store dropped.
. "$(dirname "$0")/lib.sh"

mkdir a b c x y z
cat >a/desk.jsonl <<'EOF'
{"id":"desk-17","title":"Glass factory in Orvik to close","published":"2026-05-11T08:00:00Z","text":"The Brennholt glassworks in Orvik will close at the end of the year, the owner told its 400 workers on Monday. Gas prices had doubled since the spring and two furnaces stood cold for months, said the managing director, Yrsa Lindqvist. The town council called an emergency meeting for Wednesday to discuss help for the families."}
EOF
cat >b/agency.jsonl <<'EOF'
{"id":"agency-552","title":"Orvik glassworks will shut down, 400 jobs lost","published":"2026-05-11T10:30:00Z","text":"The Brennholt glassworks in Orvik will close at the end of the year, the owner told its 400 workers on Monday. Gas prices had doubled since the spring and two furnaces stood cold for months, said the managing director, Yrsa Lindqvist. The town council called an emergency meeting for Wednesday to discuss help for the families."}
EOF
# another outlet whose system also numbers its stories desk-17
cat >c/other.jsonl <<'EOF'
{"id":"desk-17","title":"Choir from Tamsel wins national contest","published":"2026-05-12T19:00:00Z","text":"A youth choir from Tamsel won the national choir contest in the capital on Saturday evening. The 36 singers, aged 11 to 17, performed three songs in four languages and were given the jury's prize for their arrangement of an old fishermen's song."}
EOF
printf 'Lake ferry fares rise\nFares on the lake ferries between Solby and Kvarn will rise by eight percent from June, the operator announced on Tuesday, citing fuel and wage costs.\n' >x/fares.txt
cp x/fares.txt y/fares.txt

expect_status 0 "$NEWSFOLD" ingest --db r.db --json a b c x y
cp "$NF_TMP/out" first.json
expect_status 0 "$NEWSFOLD" export --db r.db
cp "$NF_TMP/out" export.jsonl
expect_status 0 "$NEWSFOLD" stories --db r.db --json --limit 0
cp "$NF_TMP/out" stories.json
"$NEWSFOLD" analyze --json a b c x y >analyze.json 2>/dev/null || fail "analyze"
expect_status 0 "$NEWSFOLD" search --db r.db --json Brennholt
cp "$NF_TMP/out" search.json
python3 - <<'PY' || fail "re-posts are not stored, folded and counted like analyze does"
import json, sys
bad = []
d = json.load(open("first.json"))
if (d["read"], d["stored"], d["already_present"]) != (5, 5, 0):
    bad.append("first ingest: %s" % d)
rows = [json.loads(l) for l in open("export.jsonl")]
by_id = {r["id"]: r for r in rows}
if sorted(by_id) != sorted(["agency-552", "desk-17", "desk-17~2"] +
                           [r["id"] for r in rows if r["source"].endswith("fares.txt")]) \
        or len(rows) != 5:
    bad.append("stored ids: %s" % sorted(by_id))
def pair(x, y, what):
    if x["hash"] != y["hash"]:
        bad.append("%s: not the same text" % what)
    for k in ("report", "story"):
        if x[k] != y[k]:
            bad.append("%s: %s %s vs %s" % (what, k, x[k], y[k]))
    if (x["relation"], y["relation"]) != ("original", "duplicate"):
        bad.append("%s: relations %s, %s" % (what, x["relation"], y["relation"]))
if "desk-17" in by_id and "agency-552" in by_id:
    pair(by_id["desk-17"], by_id["agency-552"], "desk-17 / agency-552")
    if by_id["agency-552"]["title"] != "Orvik glassworks will shut down, 400 jobs lost":
        bad.append("the re-post lost its own title")
fares = [r for r in rows if r["source"].endswith("fares.txt")]
if len(fares) == 2:
    pair(fares[0], fares[1], "x/fares.txt / y/fares.txt (no ids)")
else:
    bad.append("%d fares articles stored" % len(fares))
if "desk-17~2" in by_id and by_id["desk-17~2"]["title"] != "Choir from Tamsel wins national contest":
    bad.append("desk-17~2 is not the second desk-17")
# stories: the glass story counts both articles, one report
st = {s["id"]: s for s in json.load(open("stories.json"))["stories"]}
g = st.get(by_id.get("desk-17", {}).get("story"))
if not g or (g["n_articles"], g["n_reports"]) != (2, 1):
    bad.append("glass story: %s" % g)
for sid, s in st.items():
    n = sum(1 for r in rows if r["story"] == sid)
    if s["n_articles"] != n:
        bad.append("story %s counts %d articles, %d exported" % (sid, s["n_articles"], n))
# export = analyze on the fold fields, article by article (same order)
an = json.load(open("analyze.json"))["articles"]
if len(an) != len(rows):
    bad.append("analyze has %d articles, export %d" % (len(an), len(rows)))
for a, r in zip(an, rows):
    if a["hash"] != r["hash"]:
        bad.append("order differs at %s" % r["id"])
        continue
    for k in ("report", "relation", "story"):
        if a[k] != r[k]:
            bad.append("%s: %s analyze %s, export %s" % (r["id"], k, a[k], r[k]))
# search finds both copies
hits = sorted(h["id"] for h in json.load(open("search.json")))
if hits != ["agency-552", "desk-17"]:
    bad.append("search Brennholt: %s" % hits)
for b in bad[:20]:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# the same inputs again: nothing new; the second desk-17 finds its "~2"
expect_status 0 "$NEWSFOLD" ingest --db r.db --json a b c x y
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if (d["read"], d["stored"], d["already_present"]) == (5, 0, 5) else 1)' "$NF_TMP/out" \
    || fail "second ingest stored again: $(cat "$NF_TMP/out")"
expect_status 0 "$NEWSFOLD" ingest --db r.db --json c
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["stored"] == 0 else 1)' "$NF_TMP/out" \
    || fail "desk-17~2 stored again: $(cat "$NF_TMP/out")"
# the same id and text from another path is the same article
cp a/desk.jsonl z/desk-copy.jsonl
expect_status 0 "$NEWSFOLD" ingest --db r.db --json z
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if (d["stored"], d["already_present"]) == (0, 1) else 1)' "$NF_TMP/out" \
    || fail "same id and text under another path stored again: $(cat "$NF_TMP/out")"
# a file without id is known by its real path, however it is spelt
expect_status 0 "$NEWSFOLD" ingest --db r.db --json ./x "$NF_TMP/y"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if (d["stored"], d["already_present"]) == (0, 2) else 1)' "$NF_TMP/out" \
    || fail "the same files under other path spellings stored again: $(cat "$NF_TMP/out")"
expect_status 0 "$NEWSFOLD" export --db r.db
[ "$(wc -l <"$NF_TMP/out")" = 5 ] || fail "export after re-ingests: $(wc -l <"$NF_TMP/out") lines, want 5"
grep -q '"desk-17~3"' "$NF_TMP/out" && fail "desk-17 got a third id"

# ---- a version-5 database (made by the old store) migrates -------------
V5="$NF_ROOT/tests/data/store/v5"
cp "$V5/news-v5.db" old.db
cp -r "$V5/inputs" inputs
DUMP='
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
out = {}
cols = "seq, id, hash, source, url, title, published, language, language_confidence, format, text, ingested_at"
out["articles"] = db.execute("SELECT %s FROM articles ORDER BY seq" % cols).fetchall()
for t, k in (("fold", "seq"), ("stories", "id"), ("story_alias", "id"), ("entities", "id"),
             ("entity_variants", "entity, text, language"), ("entity_articles", "entity, article"),
             ("entity_mentions", "article, start, entity"), ("sqlite_sequence", "name")):
    out[t] = [[x.hex() if isinstance(x, bytes) else x for x in r]
              for r in db.execute("SELECT * FROM %s ORDER BY %s" % (t, k))]
out["version"] = db.execute("PRAGMA user_version").fetchone()[0]
json.dump(out, open(sys.argv[2], "w"))
'
python3 -c "$DUMP" old.db before.json || fail "reading the version-5 fixture"
expect_status 0 "$NEWSFOLD" stories --db old.db --json
python3 -c "$DUMP" old.db after.json || fail "reading the migrated database"
python3 - <<'PY' || fail "the migration lost or changed rows"
import json, sqlite3, sys
b, a = json.load(open("before.json")), json.load(open("after.json"))
bad = []
if b["version"] != 5 or len(b["articles"]) != 6:
    bad.append("fixture is not the version-5 database of 6 articles")
if a["version"] < 6:
    bad.append("not migrated: version %s" % a["version"])
for t in b:
    if t != "version" and a[t] != b[t]:
        bad.append("%s differs after the migration" % t)
db = sqlite3.connect("old.db")
if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
    bad.append("integrity_check")
if db.execute("PRAGMA foreign_key_check").fetchall():
    bad.append("foreign_key_check")
origin = dict(db.execute("SELECT id, origin FROM articles"))
if origin.get("harbour-1~2") != "harbour-1" or origin.get("harbour-1") != "harbour-1":
    bad.append("origins: %s" % origin)
uniq = [r[1] for r in db.execute("PRAGMA index_list('articles')") if r[2]]
cols = [[c[2] for c in db.execute("PRAGMA index_info('%s')" % i)] for i in uniq]
if cols != [["id"]]:
    bad.append("unique indexes on articles: %s" % cols)
names = {r[0] for r in db.execute("SELECT name FROM sqlite_schema")}
for n in ("articles_hash", "fold_story", "fold_report", "articles_fts_ai", "articles_fts_ad",
          "articles_fts_au", "entity_mentions_article", "stories_last"):
    if n not in names:
        bad.append("%s missing" % n)
if {"articles_v6", "fold_v6"} & names:
    bad.append("a rebuild table was left behind")
for x in bad:
    print(x, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
# search still finds the old rows (the index was kept, not rebuilt)
expect_status 0 "$NEWSFOLD" search --db old.db --json divers
python3 -c 'import json,sys; h=sorted(x["id"] for x in json.load(open(sys.argv[1]))); sys.exit(0 if h == ["harbour-1", "harbour-1~2"] else 1)' "$NF_TMP/out" \
    || fail "search divers after migration: $(cat "$NF_TMP/out")"
# the old inputs again: only the two re-posts the old store dropped
expect_status 0 "$NEWSFOLD" ingest --db old.db --json inputs/desk inputs/wire
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if (d["stored"], d["already_present"]) == (2, 6) else 1)' "$NF_TMP/out" \
    || fail "re-ingest of the old inputs: $(cat "$NF_TMP/out")"
expect_status 0 "$NEWSFOLD" export --db old.db
python3 - "$NF_TMP/out" <<'PY' || fail "the old store's re-posts after migration"
import json, sys
rows = {}
for l in open(sys.argv[1]):
    r = json.loads(l); rows[r["id"]] = r
bad = []
if len(rows) != 8 or "harbour-1~3" in rows:
    bad.append("ids: %s" % sorted(rows))
m, h = rows.get("mirror-7"), rows.get("harbour-1")
if not m or not h or (m["report"], m["story"], m["relation"]) != (h["report"], h["story"], "duplicate"):
    bad.append("mirror-7 is not a duplicate of harbour-1")
br = [r for r in rows.values() if r["source"].endswith("bridge.txt")]
if len(br) != 2 or br[0]["report"] != br[1]["report"] or br[1]["relation"] != "duplicate":
    bad.append("bridge re-post: %s" % [(r["id"], r["report"], r["relation"]) for r in br])
for x in bad:
    print(x, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
expect_status 0 "$NEWSFOLD" ingest --db old.db --json inputs/desk inputs/wire
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if (d["stored"], d["already_present"]) == (0, 8) else 1)' "$NF_TMP/out" \
    || fail "third ingest of the old inputs: $(cat "$NF_TMP/out")"
finish
