#!/bin/sh
# demo.sh - the main job on the bundled sample corpus: ingest samples/corpus
# (35 short reports in 16 languages and 8 scripts, some deliberately
# damaged; see samples/README.md) into a fresh database and show what the
# engine found: articles, stories, entities, facts and a few searches.
set -eu
NEWSFOLD=${1:-build/newsfold}
cd "$(dirname "$0")/.."
DB=${NF_DEMO_DB:-$(dirname "$NEWSFOLD")/demo.db}
rm -f "$DB" "$DB-wal" "$DB-shm"

step() { printf '\n== %s\n' "$*"; }

step "newsfold ingest samples/corpus   (into $DB)"
"$NEWSFOLD" ingest -q --db "$DB" samples/corpus

step "newsfold analyze samples/corpus   (one line an article: id, language, date, sentences, bytes, title)"
"$NEWSFOLD" analyze -q samples/corpus

step "newsfold stories   (id, storyline, articles, reports, first, last, languages, title)"
"$NEWSFOLD" stories --db "$DB" --lang en

step "newsfold entities   (the 12 named most often)"
"$NEWSFOLD" entities --db "$DB" | head -12

step "newsfold entity 'Ilona Varga'   (one entity, every script)"
"$NEWSFOLD" entity --db "$DB" "Ilona Varga"

step "newsfold search 港   and   newsfold search Varga"
"$NEWSFOLD" search --db "$DB" --limit 3 港 || true
"$NEWSFOLD" search --db "$DB" --limit 3 Varga || true

step "incidents with their figures   (newsfold export --format json)"
"$NEWSFOLD" export --db "$DB" --format json | python3 -c '
import json, sys
rec = json.load(sys.stdin)
for i in rec["incidents"][:8]:
    figs = "; ".join("%s %s" % (f["kind"], "/".join(str(v["value"]) for v in f["values"])) for f in i["figures"])
    print("  %-10s %-12s %d independent source(s), %s  %s" % (i["kind"], i["place"] or "-",
          i["independent_sources"], ",".join(i["languages"]), figs))'

printf '\nThe whole record as JSON:  %s analyze samples/corpus --json\n' "$NEWSFOLD"
