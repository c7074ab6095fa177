# SIGKILL in the middle of an ingest leaves a database that opens, passes
# PRAGMA integrity_check and holds only whole batches.
. "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || { echo "skip: sqlite3 not installed" >&2; exit 77; }

python3 - <<'PY'
import json, random
random.seed(7)
words = "port storm council harbour budget minister treaty river bridge school vote".split()
with open("big.jsonl", "w") as f:
    for i in range(6000):
        body = " ".join(random.choice(words) for _ in range(60))
        f.write(json.dumps({"id": "k%d" % i, "title": "Report %d" % i,
                            "text": "Report number %d. %s." % (i, body)}) + "\n")
PY
"$NEWSFOLD" ingest --db k.db --batch 100 -q big.jsonl >/dev/null 2>&1 &
pid=$!
# wait until at least one batch is committed, then kill
i=0
while [ $i -lt 200 ]; do
    n=$(sqlite3 k.db 'SELECT count(*) FROM articles' 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && break
    sleep 0.05
    i=$((i + 1))
done
sleep 0.2
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
[ "$(sqlite3 k.db 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
n=$(sqlite3 k.db 'SELECT count(*) FROM articles')
[ "$n" -gt 0 ] || fail "no batch was committed before the kill"
[ $((n % 100)) = 0 ] || fail "$n articles stored: not whole batches of 100"
[ "$n" -lt 6000 ] || fail "ingest finished before the kill: nothing was tested"
# the store opens and works after the crash, and ingest resumes
expect_status 0 "$NEWSFOLD" search --db k.db --json harbour --limit 1
"$NEWSFOLD" ingest --db k.db --json -q big.jsonl >out.json 2>/dev/null || fail "resume ingest"
python3 -c 'import json,sys; d=json.load(open("out.json")); n=int(sys.argv[1]); sys.exit(0 if d["already_present"]==n and d["stored"]==6000-n else 1)' "$n" \
    || fail "resume: $(cat out.json)"
finish
