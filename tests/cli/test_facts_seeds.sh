# Facts on the seeds: 000's casualties and pledge, 001/002's 15 injured
# with one independent source when the fold stage joins them, 004's
# "marți", and the quotes of Lavrov and Zelensky attributed to them (one
# entity for Lavrov in 001 and 002).
. "$(dirname "$0")/lib.sh"
need_shared seeds/004_c6e820f59fea7629.txt

"$NEWSFOLD" analyze --json "$NF_SHARED"/seeds/* >record.json 2>err.txt
st=$?
[ "$st" = 0 ] || fail "analyze exited $st: $(head -c 500 err.txt)"

python3 - <<'PY' || fail "facts checks"
import json, os, sys
rec = json.load(open("record.json"))
by = {os.path.basename(a["source"])[:3]: a for a in rec["articles"]}
ok = True
def check(cond, msg):
    global ok
    if not cond:
        print("facts:", msg, file=sys.stderr); ok = False
def fig(a, kind, value, bound=None):
    return any(f["kind"] == kind and f["value"] == value and
               (bound is None or f["bound"] == bound) and f.get("part_of") is None
               for f in a["figures"])
s0, s1, s2, s4 = by["000"], by["001"], by["002"], by["004"]
check(fig(s0, "killed", 35, "at_least"), "000: 35 killed, at least")
check(any(f["kind"] == "killed" and f["value"] == 2 and f.get("part_of") is not None
          for f in s0["figures"]), "000: two children as a part of the killed")
check(fig(s0, "injured", 119), "000: 119 injured")
check(any(f["kind"] == "money" and f["unit"] == "EUR" and f["value"] == 2e10
          for f in s0["figures"]), "000: 20 billion euro")
check(fig(s1, "injured", 15), "001: 15 injured")
check(fig(s2, "injured", 15), "002: 15 injured")
check(any(d["text"] == "marți" and d["value"] == "2026-01-06" for d in s4["dates"]),
      "004: marți is 2026-01-06")
def speakers(a, needle):
    return [q for q in a["quotes"] if q["speaker_name"] and needle in q["speaker_name"]]
l1 = speakers(s1, "Lavrov")
l2 = speakers(s2, "ラ") and [q for q in s2["quotes"] if q["speaker_name"] in ("ラブロフ", "ラヴロフ")]
check(len(l1) >= 2, "001: two quotes of Lavrov")
check(len(l2) >= 2, "002: two quotes of Lavrov")
ids = {q["speaker"] for q in l1 + (l2 or [])}
check(len(ids) == 1 and None not in ids, "Lavrov is one entity in 001 and 002: %s" % ids)
z = [q for q in s1["quotes"] if q["text"].startswith("We need strong")]
check(z and z[0]["speaker_name"] and "Zelensk" in z[0]["speaker_name"], "001: Zelensky's quote is his")
# the 15 injured of 001 and 002: one incident; one source when folded together
inc = [i for i in rec["incidents"]
       if any(v["value"] == 15 for f in i["figures"] if f["kind"] == "injured" for v in f["values"])]
check(len(inc) == 1, "one incident with 15 injured, got %d" % len(inc))
if inc:
    arts = {s["article"] for s in inc[0]["sources"]}
    check(s1["id"] in arts and s2["id"] in arts, "incident supported by 001 and 002")
    same_report = s1.get("report") is not None and s1.get("report") == s2.get("report")
    want = 1 if same_report else 2
    check(inc[0]["independent_sources"] == want,
          "independent sources %d, want %d" % (inc[0]["independent_sources"], want))
sys.exit(0 if ok else 1)
PY
finish
