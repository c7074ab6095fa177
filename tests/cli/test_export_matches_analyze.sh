# What ingest + export give for an article is what analyze gives for it:
# language, fold-independent facts (dates, figures, quotes with their
# speakers). Stored articles are re-analysed for facts with their stored
# entity mentions, so speakers found through mentions survive the store.
. "$(dirname "$0")/lib.sh"

"$NEWSFOLD" analyze --json "$NF_ROOT/samples/corpus" >an.json 2>/dev/null || fail "analyze"
expect_status 0 "$NEWSFOLD" ingest -q --db e.db "$NF_ROOT/samples/corpus"
expect_status 0 "$NEWSFOLD" export --db e.db
python3 - "$NF_TMP/out" <<'PY' || fail "export differs from analyze"
import json, sys
an = {}
for a in json.load(open("an.json"))["articles"]:
    an[a["id"]] = a   # a re-post (same text, another source) is stored too
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) >= 30, len(rows)
bad = []
for r in rows:
    a = an[r["id"]]
    for k in ("language", "published", "title"):
        if a[k] != r[k]:
            bad.append((r["id"], k))
    for k, f in (("dates", ("value", "start")), ("figures", ("kind", "value", "start")),
                 ("quotes", ("start", "end", "speaker_name"))):
        if [tuple(x[g] for g in f) for x in a[k]] != [tuple(x[g] for g in f) for x in r[k]]:
            bad.append((r["id"], k))
named = sum(1 for r in rows for q in r["quotes"] if q["speaker_name"])
assert named >= 20, named
assert not bad, bad
PY
finish
