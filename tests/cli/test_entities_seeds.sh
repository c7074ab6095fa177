# The seeds' variant sets each resolve to one entity, and no two of the
# people named in the seeds are merged: `analyze --json` on the five
# seeds, then the record's entities are checked (by the variants each
# must hold, found by mention surface in the per-article entities).
. "$(dirname "$0")/lib.sh"
need_shared seeds/004_c6e820f59fea7629.txt

"$NEWSFOLD" analyze --json "$NF_SHARED"/seeds/* >record.json 2>err.txt
st=$?
[ "$st" = 0 ] || fail "analyze exited $st: $(head -c 500 err.txt)"

python3 - <<'PY' || fail "entity checks"
import json, os, sys
rec = json.load(open("record.json"))
seed = {a["id"]: os.path.basename(a["source"])[:3] for a in rec["articles"]}
ent_of = {}          # (seed, surface) -> set of entity ids
for a in rec["articles"]:
    for m in a.get("entities", []):
        ent_of.setdefault((seed[a["id"]], m["surface"]), set()).add(m["entity"])
ok = True
def one_entity(name, pairs):
    global ok
    ids = set()
    for s, surf in pairs:
        got = ent_of.get((s, surf))
        if not got:
            print("%s: %r not found as a mention in seed %s" % (name, surf, s), file=sys.stderr)
            ok = False
            continue
        ids |= got
    if len(ids) != 1:
        print("%s: %d entities %s" % (name, len(ids), sorted(ids)), file=sys.stderr)
        ok = False
    return ids
people = {
 "Zelensky": [("000", "Volodimir Zellinski"), ("000", "Zelinski"), ("000", "Zelenskyy"),
              ("001", "Volodimir Zelensky"), ("001", "Zelenski"),
              ("002", "ヴォルディーミー・ゼレンスキー"), ("002", "ゼレンスキー"),
              ("004", "Volodimir Zelenski")],
 "Grynkewich": [("001", "Aleksis Grinkevich"), ("002", "アレクサス・グリンケイビッチ"),
                ("004", "Alexus Grynkewich")],
 "Lavrov": [("001", "Lavrov"), ("002", "ラヴロフ"), ("002", "ラブロフ")],
 "Cavo Dragone": [("001", "Giuseppe Kava -Dragon"), ("002", "ジュゼッペ・キャボ・ドラゴーン")],
 "Rutte": [("000", "Mark Root"), ("000", "Root"), ("000", "Roti"), ("000", "Ruti")],
 "Trump": [("001", "Donald Trump"), ("002", "トランプ"), ("004", "Donald Trump")],
 "Putin": [("001", "Vladimir Putin"), ("002", "プーチン"), ("003", "Vladimir Putin")],
 "Kane": [("001", "Dan Kane"), ("002", "ダン・ケイン")],
 "Witkoff": [("004", "Steve Witkoff")],
 "Kushner": [("004", "Jared Kushner")],
 "Sibiga": [("003", "Andrei Sibiga")],
 "Macron": [("002", "エマニュエル・マクロン")],
 "Carney": [("002", "マーク・カーニー")],
}
seen = {}
for name, pairs in people.items():
    for i in one_entity(name, pairs):
        if i in seen:
            print("%s and %s merged into %s" % (seen[i], name, i), file=sys.stderr)
            ok = False
        seen[i] = name
# the top-level section lists each with its variants
top = {e["id"]: e for e in rec["entities"]}
for i, name in seen.items():
    if i not in top or top[i]["type"] != "person":
        print("%s (%s) missing from top-level entities or not a person" % (name, i), file=sys.stderr)
        ok = False
sys.exit(0 if ok else 1)
PY
finish
