# The bundled corpus against its ground truth (samples/truth.json): every
# article read (also the Latin-1 and UTF-16 files), its language, its date
# where the input carries one, and its title where it has a headline.
. "$(dirname "$0")/lib.sh"

"$NEWSFOLD" analyze --json "$NF_ROOT/samples/corpus" >rec.json 2>err.txt
st=$?
[ "$st" = 0 ] || fail "analyze samples exited $st: $(head -c 500 err.txt)"
python3 - "$NF_ROOT/samples" <<'PY' || fail "record vs truth"
import json, os, sys
root = sys.argv[1]
truth = json.load(open(os.path.join(root, "truth.json")))
rec = json.load(open("rec.json"))["articles"]
feed_ids = {t["id"] for t in truth["articles"] if t.get("id")}
def key(a):
    # JSON Lines records keep their own id and source; files their path
    if a["id"] in feed_ids:
        return ("feed.jsonl", a["id"])
    return (os.path.relpath(a["source"], os.path.join(root, "corpus")), None)
got = {key(a): a for a in rec}
bad = []
for t in truth["articles"]:
    k = (t["file"], t.get("id"))
    a = got.get(k)
    if a is None:
        bad.append("missing %s" % (k,)); continue
    if a["language"] != t["language"]:
        bad.append("%s: language %s, want %s" % (k, a["language"], t["language"]))
    if t["date_in_input"] in ("jsonl", "prefix") and a["published"] != t["published"]:
        bad.append("%s: published %s, want %s" % (k, a["published"], t["published"]))
    if t["date_in_input"] == "none" and a["published"] is not None:
        bad.append("%s: published %s from nowhere" % (k, a["published"]))
    if t["file"] != "feed.jsonl":
        if t["headline"] and not a["title"]:
            bad.append("%s: headline not taken as title" % (k,))
        if not t["headline"] and a["title"]:
            bad.append("%s: body line taken as title: %r" % (k, a["title"]))
    if "\ufffd" in a["text"]:
        bad.append("%s: replacement characters in a well-encoded file" % (k,))
if len(rec) != len(truth["articles"]):
    bad.append("%d articles, want %d" % (len(rec), len(truth["articles"])))
for b in bad:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
finish
