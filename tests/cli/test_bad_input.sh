# Bad input gets a clear message per file naming it, and the rest of the
# batch is stored: a binary file, invalid UTF-8, a 50 MB single line, an
# empty file, and a folder holding an unreadable entry.
. "$(dirname "$0")/lib.sh"

mkdir -p in/sub
printf 'Good one\nThe harbour reopened on Tuesday after three days of repairs to the main pier.\n' >in/a-good.txt
head -c 4096 /dev/urandom >in/b-binary.bin
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >>in/b-binary.bin
printf 'Titolo\nLa città ha riaperto il porto dopo tre giorni \xff\xfe di lavori.\nÈ la seconda volta quest’anno.\n' >in/c-invalid.txt
: >in/d-empty.txt
python3 -c 'import sys; sys.stdout.write("word " * 10_000_000 + "\n")' >in/e-longline.txt
ln -s /nonexistent/target in/sub/f-dangling.txt
printf 'Zweiter Text\nDer Stadtrat hat am Montag den neuen Haushalt beschlossen.\n' >in/sub/g-good.txt

"$NEWSFOLD" ingest --db t.db --json in >out.json 2>err.txt
st=$?
[ "$st" = 1 ] || fail "ingest with bad inputs exited $st, want 1"
grep -q "b-binary.bin" err.txt || fail "binary file not named: $(cat err.txt)"
grep -q "d-empty.txt" err.txt || fail "empty file not named"
grep -q "f-dangling.txt" err.txt || fail "unreadable entry not named"
grep -q "c-invalid.txt:2" err.txt || fail "invalid UTF-8 not located by line"
python3 - <<'PY' || fail "summary: $(cat out.json)"
import json
d = json.load(open("out.json"))
# good, invalid (repaired), long line and the German one are stored
assert d["stored"] == 4, d
assert d["failed"] == 3, d
PY
expect_status 0 "$NEWSFOLD" export --db t.db
python3 - "$NF_TMP/out" <<'PY' || fail "stored content"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
inv = [r for r in rows if r["source"].endswith("c-invalid.txt")][0]
assert "\ufffd" in inv["text"], inv["text"]
assert "citt" in inv["text"]
long = [r for r in rows if r["source"].endswith("e-longline.txt")][0]
assert len(long["text"]) >= 49_000_000, len(long["text"])
PY
# a failure never loses what was stored before
expect_status 1 "$NEWSFOLD" ingest --db t.db in/b-binary.bin
expect_status 0 "$NEWSFOLD" export --db t.db
[ "$(wc -l <"$NF_TMP/out")" = 4 ] || fail "stored articles lost after a failed ingest"
finish
