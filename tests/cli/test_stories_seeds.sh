# Story folding on the five real seeds: 001 (en) and 002 (ja) are one
# report (002 a translation); 000, 003 and 004 are reports and stories of
# their own, folded with nothing; the four stories are one storyline.
# Skipped without ../shared.
. "$(dirname "$0")/lib.sh"
need_shared seeds

"$NEWSFOLD" analyze --json "$NF_SHARED/seeds" >rec.json 2>err.txt
st=$?
[ "$st" = 0 ] || fail "analyze seeds exited $st: $(head -c 500 err.txt)"
python3 - <<'PY' || fail "seeds folding"
import json, os, sys
rec = json.load(open("rec.json"))
by = {os.path.basename(a["source"])[:3]: a for a in rec["articles"]}
bad = []
if sorted(by) != ["000", "001", "002", "003", "004"]:
    bad.append("seeds read: %s" % sorted(by))
else:
    if by["001"]["report"] != by["002"]["report"]:
        bad.append("001 and 002 are not one report")
    if by["002"]["relation"] != "translation" or by["001"]["relation"] != "original":
        bad.append("relations 001 %s, 002 %s" % (by["001"]["relation"], by["002"]["relation"]))
    if by["001"]["story"] != by["002"]["story"]:
        bad.append("001 and 002 are not one story")
    for x in ("000", "003", "004"):
        if by[x]["relation"] != "original":
            bad.append("%s is a %s" % (x, by[x]["relation"]))
        for y in ("000", "001", "003", "004"):
            if x != y and by[x]["report"] == by[y]["report"]:
                bad.append("%s and %s folded as one report" % (x, y))
            if x != y and by[x]["story"] == by[y]["story"]:
                bad.append("%s and %s folded as one story" % (x, y))
stories = {s["id"]: s for s in rec["stories"]}
if len(stories) != 4:
    bad.append("%d stories, want 4" % len(stories))
for a in rec["articles"]:
    s = stories.get(a["story"])
    if not s or a["id"] not in s["articles"]:
        bad.append("article %s not listed in its story" % a["id"])
lines = {l["id"]: l for l in rec["storylines"]}
for s in rec["stories"]:
    if s["storyline"] not in lines or s["id"] not in lines[s["storyline"]]["stories"]:
        bad.append("story %s not in its storyline" % s["id"])
# the four events continue one development (security guarantees for
# Ukraine over thirteen months): one storyline holds them all
if len({s["storyline"] for s in rec["stories"]}) != 1 or len(lines) != 1:
    bad.append("storylines %s, want one holding the 4 stories"
               % [l["stories"] for l in rec["storylines"]])
for b in bad:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
finish
