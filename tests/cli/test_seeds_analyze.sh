# The canonical input: `analyze --json` on the five seeds gives their
# languages, 004's date, and texts that do not swallow each other.
. "$(dirname "$0")/lib.sh"
need_shared seeds/004_c6e820f59fea7629.txt

"$NEWSFOLD" analyze --json "$NF_SHARED"/seeds/* >record.json 2>err.txt
st=$?
[ "$st" = 0 ] || fail "analyze exited $st: $(head -c 500 err.txt)"

python3 - "$NF_SHARED/seeds" <<'PY' || fail "record checks"
import json, os, sys
seeds = sys.argv[1]
rec = json.load(open("record.json"))
arts = rec["articles"]
ok = True
def check(cond, msg):
    global ok
    if not cond:
        print("record:", msg, file=sys.stderr); ok = False
check(len(arts) == 5, "want 5 articles, got %d" % len(arts))
by = {os.path.basename(a["source"])[:3]: a for a in arts}
want = {"000": "it", "001": "en", "002": "ja", "003": "it", "004": "ro"}
for k, lang in want.items():
    a = by.get(k)
    check(a is not None, "seed %s missing" % k)
    if a:
        check(a["language"] == lang, "seed %s language %r, want %r" % (k, a["language"], lang))
        for f in ("id", "source", "title", "language", "published", "text"):
            check(f in a, "seed %s lacks %s" % (k, f))
check(by["004"]["published"] == "2026-01-07", "004 published %r" % by["004"]["published"])
check(not by["004"]["text"].lstrip().startswith("date"), "004 text keeps the date prefix")
for k in ("000", "001", "002", "003"):
    check(by[k]["published"] is None, "seed %s has a date it does not carry" % k)
# no seed's text contains the first line of another seed
firsts = {}
for name in sorted(os.listdir(seeds)):
    with open(os.path.join(seeds, name), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                firsts[name[:3]] = line.strip(); break
for k, a in by.items():
    for other, line in firsts.items():
        if other != k and len(line) > 10:
            check(line not in a["text"], "text of %s contains the first line of %s" % (k, other))
# the body is the source's text: every sentence span lies inside it
for k, a in by.items():
    t = a["text"].encode("utf-8")
    check(len(a["sentences"]) > 3, "seed %s has %d sentences" % (k, len(a["sentences"])))
    for s, e in a["sentences"]:
        check(0 <= s < e <= len(t), "seed %s sentence span out of range" % k)
# every story is named, also those whose articles carry no title
for st in rec.get("stories", []):
    check(st["title"], "story %s has no title" % st["id"])
# ids are stable: a second run gives the same ids
sys.exit(0 if ok else 1)
PY
"$NEWSFOLD" analyze --json "$NF_SHARED"/seeds/* >record2.json 2>/dev/null
python3 -c '
import json,sys
a=[x["id"] for x in json.load(open("record.json"))["articles"]]
b=[x["id"] for x in json.load(open("record2.json"))["articles"]]
sys.exit(0 if a==b and len(set(a))==len(a) else 1)' || fail "ids not stable or not unique"
finish
