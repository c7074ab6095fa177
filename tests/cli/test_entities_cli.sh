# `newsfold entity NAME` finds one entity by any of its variants, in any
# script (an invented person, and NATO through the curated list); it
# lists the entity's stories when the store has them; `search` for one
# variant finds the articles that spell it otherwise.  The four articles
# are written here (en, ru, ja, es).
. "$(dirname "$0")/lib.sh"

mkdir in
cat >in/a1.txt <<'T'
NATO Secretary General Oskar Tennberg met defence ministers in Brussels on Monday.
Tennberg said the alliance would send more air defence systems before the winter.
T
cat >in/a2.txt <<'T'
Генеральный секретарь НАТО Оскар Теннберг встретился в понедельник в Брюсселе с министрами обороны.
Теннберг заявил, что альянс направит дополнительные системы противовоздушной обороны до зимы.
T
cat >in/a3.txt <<'T'
北大西洋条約機構のオスカー・テンベルグ事務総長は月曜日、ブリュッセルで国防相らと会談した。
テンベルグ氏は、冬までに防空システムを追加で送ると述べた。
T
cat >in/a4.txt <<'T'
El secretario general de la OTAN, Oskar Tennberg, se reunió el lunes en Bruselas con los ministros de Defensa.
Tennberg afirmó que la alianza enviará más sistemas de defensa aérea antes del invierno.
T

expect_status 0 "$NEWSFOLD" ingest --db e.db -q in
for q in Tennberg Теннберг テンベルグ "Oskar Tennberg"; do
    expect_status 0 "$NEWSFOLD" entity --db e.db --json "$q"
    cp "$NF_TMP/out" "ent_$(printf '%s' "$q" | md5sum | cut -c1-8).json"
done
python3 - "$NF_TMP" <<'PY' || fail "entity by variant"
import glob, json, sys
docs = [json.load(open(f)) for f in sorted(glob.glob(sys.argv[1] + "/ent_*.json"))]
ids = {d["id"] for d in docs}
assert len(docs) == 4 and len(ids) == 1, "variants name %d entities" % len(ids)
d = docs[0]
assert d["type"] == "person", d["type"]
texts = {v["text"] for v in d["variants"]}
for want in ("Oskar Tennberg", "Теннберг", "テンベルグ"):
    assert any(want in t for t in texts), "variant %s missing: %s" % (want, texts)
scripts = {v["script"] for v in d["variants"]}
assert {"Latn", "Cyrl", "Jpan"} <= scripts, scripts
assert len(d["articles"]) == 4, d["articles"]
assert isinstance(d["stories"], list)
PY

# NATO: the curated list joins NATO, НАТО, OTAN and 北大西洋条約機構
for q in NATO НАТО OTAN 北大西洋条約機構; do
    expect_status 0 "$NEWSFOLD" entity --db e.db --json "$q"
    grep -o '"id":"e[0-9]*","name":"NATO"' "$NF_TMP/out" | head -1 >>nato_ids
done
[ "$(sort -u nato_ids | wc -l)" = 1 ] && [ "$(wc -l <nato_ids)" = 4 ] ||
    fail "NATO variants: $(sort -u nato_ids | tr '\n' ' ')"
expect_status 0 "$NEWSFOLD" entity --db e.db --json NATO
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["articles"]) == 4, d["articles"]' \
    "$NF_TMP/out" || fail "NATO is not in all four articles"

# stories: once the store folds articles into stories, the entity lists them
if sqlite3 e.db 'SELECT 1 FROM fold LIMIT 1' 2>/dev/null | grep -q 1; then
    expect_status 0 "$NEWSFOLD" entity --db e.db --json Tennberg
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["stories"], d' \
        "$NF_TMP/out" || fail "entity lists no stories although the store has them"
    expect_status 0 "$NEWSFOLD" entity --db e.db Tennberg
    grep -q '^stories:' "$NF_TMP/out" || fail "text output lists no stories"
fi

# search: the Cyrillic spelling finds the English and Japanese articles
expect_status 0 "$NEWSFOLD" search --db e.db --json Теннберг
for f in a1 a3; do
    grep -q "$f" "$NF_TMP/out" || fail "search Теннберг misses $f"
done

expect_status 1 "$NEWSFOLD" entity --db e.db Qwzxyvk
finish
