# The bundled corpus: no residue line listed in samples/truth.json
# survives as a line of an article's clean text, and every other line of
# those inputs that ends like a sentence is still there.
. "$(dirname "$0")/lib.sh"

"$NEWSFOLD" analyze --json "$NF_ROOT/samples/corpus" >rec.json 2>err.txt
st=$?
[ "$st" = 0 ] || fail "analyze samples exited $st: $(head -c 500 err.txt)"
python3 - "$NF_ROOT/samples" <<'PY' || fail "residue in samples"
import json, os, sys
root = sys.argv[1]
truth = json.load(open(os.path.join(root, "truth.json")))
rec = json.load(open("rec.json"))["articles"]
by_src = {os.path.relpath(a["source"], os.path.join(root, "corpus")): a for a in rec}
ends = ('.', '!', '?', '\u3002', '\uff01', '\uff1f', '\u2026')
closers = '"\')]\u201d\u2019\u00bb\u300d\u300f\uff09'
bad, checked = [], 0
for t in truth["articles"]:
    if not t.get("residue"):
        continue
    a = by_src.get(t["file"])
    if a is None:
        bad.append("missing " + t["file"]); continue
    lines = [l.strip() for l in a["text"].split("\n")]
    for r in t["residue"]:
        checked += 1
        if r.strip() in lines:
            bad.append("%s: residue survived: %r" % (t["file"], r))
    enc = {"latin-1": "latin-1", "iso-8859-1": "latin-1", "utf-16le-bom": "utf-16"}.get(
        t.get("encoding", "utf-8").lower(), t.get("encoding", "utf-8"))
    try:
        raw = open(os.path.join(root, "corpus", t["file"]), encoding=enc,
                   errors="replace").read().lstrip("\ufeff").split("\n")
    except LookupError:
        continue
    for l in raw[1:]:
        s = l.strip()
        if not s or s in t["residue"]:
            continue
        if s.rstrip(closers).endswith(ends) and s not in a["text"]:
            bad.append("%s: sentence lost: %r" % (t["file"], s[:60]))
if checked == 0:
    bad.append("no residue listed in truth.json: nothing checked")
if bad:
    print("\n".join(bad)); sys.exit(1)
PY
finish
