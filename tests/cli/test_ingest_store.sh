# Ingest stores each article once: a second ingest of the same input stores
# nothing (re-posts: test_ingest_repost.sh); export gives back what was
# stored; search finds words in any script.
. "$(dirname "$0")/lib.sh"

mkdir in
printf 'Porto in festa\nIl consiglio comunale ha approvato ieri il nuovo piano per il porto. I lavori inizieranno in primavera.\n' >in/it.txt
printf '港の再開発計画\n市議会は昨日、港の新しい再開発計画を承認した。工事は春に始まる予定だ。\n' >in/ja.txt
printf '{"id":"feed-1","title":"Storm warning","published":"2026-03-02T08:00:00Z","text":"Forecasters issued a storm warning for the northern coast on Monday."}\n{"id":"feed-2","text":"Ο δήμος ανακοίνωσε νέα μέτρα για την προστασία της ακτής."}\n' >in/feed.jsonl

expect_status 0 "$NEWSFOLD" ingest --db t.db --json in
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["read"]==4 and d["stored"]==4 and d["already_present"]==0 else 1)' "$NF_TMP/out" \
    || fail "first ingest summary: $(cat "$NF_TMP/out")"
expect_status 0 "$NEWSFOLD" ingest --db t.db --json in
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["read"]==4 and d["stored"]==0 and d["already_present"]==4 else 1)' "$NF_TMP/out" \
    || fail "second ingest stored again: $(cat "$NF_TMP/out")"
# the human summary goes to stderr
expect_status 0 "$NEWSFOLD" ingest --db t.db in
grep -q "4 articles read, 0 stored, 4 already present, 0 failed" "$NF_TMP/err" \
    || fail "summary: $(cat "$NF_TMP/err")"

expect_status 0 "$NEWSFOLD" export --db t.db
[ "$(wc -l <"$NF_TMP/out")" = 4 ] || fail "export does not give 4 lines"
python3 - "$NF_TMP/out" <<'PY' || fail "export content"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
ids = {r["id"]: r for r in rows}
assert "feed-1" in ids and "feed-2" in ids, ids.keys()
assert ids["feed-1"]["published"] == "2026-03-02", ids["feed-1"]["published"]
assert ids["feed-1"]["language"] == "en", ids["feed-1"]["language"]
assert ids["feed-2"]["language"] == "el", ids["feed-2"]["language"]
it = [r for r in rows if r["source"].endswith("it.txt")][0]
assert it["title"] == "Porto in festa" and it["language"] == "it", it
assert not it["text"].startswith("Porto in festa")
PY
expect_status 0 "$NEWSFOLD" export --db t.db --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if len(d["articles"])==4 else 1)' "$NF_TMP/out" \
    || fail "export --format json"

expect_status 0 "$NEWSFOLD" search --db t.db --json 再開発
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if len(d)==1 and d[0]["source"].endswith("ja.txt") else 1)' "$NF_TMP/out" \
    || fail "search 再開発: $(cat "$NF_TMP/out")"
expect_status 0 "$NEWSFOLD" search --db t.db --json PRIMAVERA
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if len(d)==1 and d[0]["language"]=="it" else 1)' "$NF_TMP/out" \
    || fail "search PRIMAVERA: $(cat "$NF_TMP/out")"
expect_status 0 "$NEWSFOLD" search --db t.db --json 'zzzunknownword'
[ "$(tr -d ' \n' <"$NF_TMP/out")" = "[]" ] || fail "search for an absent word found something"
# FTS syntax in user input is not an error
expect_status 0 "$NEWSFOLD" search --db t.db 'storm" OR NEAR(*'
finish
