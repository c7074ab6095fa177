#!/bin/sh
# demo.sh - the main job on the bundled sample corpus: ingest samples/
# into a fresh database and show what the engine found.
set -eu
NEWSFOLD=${1:-build/newsfold}
cd "$(dirname "$0")/.."
DB=${NF_DEMO_DB:-$(dirname "$NEWSFOLD")/demo.db}
rm -f "$DB" "$DB-wal" "$DB-shm"

echo "== newsfold ingest samples/corpus  (into $DB)"
"$NEWSFOLD" ingest --db "$DB" samples/corpus
echo
echo "== newsfold analyze samples/corpus  (the record, one line an article)"
"$NEWSFOLD" analyze -q samples/corpus
echo
echo "== languages found"
"$NEWSFOLD" export --db "$DB" | python3 -c '
import collections, json, sys
c = collections.Counter(json.loads(l)["language"] for l in sys.stdin)
print("  " + ", ".join("%s: %d" % kv for kv in sorted(c.items())))'
echo
for q in harbour 港 Varga; do
    echo "== newsfold search $q"
    "$NEWSFOLD" search --db "$DB" --limit 3 "$q" || true
    echo
done
echo "The whole record as JSON: $NEWSFOLD analyze samples/corpus --json"
