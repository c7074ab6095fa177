#!/bin/sh
# make_db.sh - rebuilds news-v5.db, the schema-version-5 database that
# tests/cli/test_ingest_repost.sh and tests/unit/test_store_migrate.c
# migrate.  It must be made by a newsfold from BEFORE schema version 6
# (the one that kept a text once: commit 6d2b37d or older), e.g.
#
#   mkdir /tmp/nf-old && git archive 6d2b37d | tar -x -C /tmp/nf-old \
#     && cmake -S /tmp/nf-old -B /tmp/nf-old/b -DCMAKE_BUILD_TYPE=Release \
#     && cmake --build /tmp/nf-old/b -j2 && sh make_db.sh /tmp/nf-old/b/newsfold
#
# Two runs, as a user would: the desk first, then the wire.  The old
# store dropped wire/bridge.txt (same text as desk/bridge.txt, another
# source) and mirror-7 (same text as harbour-1), and stored the second
# harbour-1 (another text) as "harbour-1~2".  The sources are the
# relative paths inputs/..., so run from this folder.
set -eu
OLD=${1:?usage: make_db.sh OLD_NEWSFOLD}
cd "$(dirname "$0")"
rm -f news-v5.db news-v5.db-wal news-v5.db-shm
"$OLD" ingest -q --db news-v5.db inputs/desk
"$OLD" ingest -q --db news-v5.db inputs/wire
# one file, no WAL beside it
sqlite3 news-v5.db 'PRAGMA journal_mode = DELETE; VACUUM;' >/dev/null
sqlite3 news-v5.db 'PRAGMA user_version; SELECT count(*) FROM articles;'
