# An unknown phrase joins an unknown word of another script only when the
# word is spelt near the phrase's last word: in the bundled samples the
# English wire's "Thirty" (from "Thirty-eight") and the Greek report's
# "Ανοιχτή Θάλασσα" (the open sea) share places and figures, and were
# one entity before the guard in resolve_match.c.
. "$(dirname "$0")/lib.sh"

mkdir in
grep '"mirror-fisheries-accord-lisbon"' "$NF_ROOT/samples/corpus/feed.jsonl" >in/a.jsonl ||
    fail "sample record not found"
cp "$NF_ROOT/samples/corpus/followup/04-el-report.txt" in/b.txt || fail "sample file not found"
"$NEWSFOLD" analyze --json in >rec.json 2>err.txt || fail "analyze: $(head -c 300 err.txt)"
python3 - <<'PY' || fail "unknown word and phrase joined"
import json, sys
rec = json.load(open("rec.json"))
found = {"Thirty": None, "Ανοιχτή Θάλασσα": None}
for e in rec["entities"]:
    for v in e["variants"]:
        if v["text"] in found:
            found[v["text"]] = e["id"]
print(found, file=sys.stderr)
ok = all(found.values()) and found["Thirty"] != found["Ανοιχτή Θάλασσα"]
sys.exit(0 if ok else 1)
PY
finish
