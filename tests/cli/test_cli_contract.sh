# The command's contract: every command answers --help, errors go to
# stderr with a non-zero status, unknown commands and options are refused.
. "$(dirname "$0")/lib.sh"

for c in ingest stories story entities entity search export serve analyze; do
    expect_status 0 "$NEWSFOLD" "$c" --help
    grep -q "usage: newsfold $c" "$NF_TMP/out" || fail "$c --help prints no usage"
done
expect_status 0 "$NEWSFOLD" --help
grep -q "ingest" "$NF_TMP/out" || fail "--help lists no commands"
expect_status 0 "$NEWSFOLD" --version
expect_status 2 "$NEWSFOLD" frobnicate
grep -q "unknown command" "$NF_TMP/err" || fail "unknown command not named"
expect_status 2 "$NEWSFOLD" ingest --no-such-flag x
grep -q "no-such-flag" "$NF_TMP/err" || fail "unknown option not named"
expect_status 2 "$NEWSFOLD" ingest
expect_status 2 "$NEWSFOLD" analyze
expect_status 2 "$NEWSFOLD" search
expect_status 2 "$NEWSFOLD" export --format xml
expect_status 2 "$NEWSFOLD" ingest --batch abc x
[ -s "$NF_TMP/out" ] && fail "usage errors print on stdout"
# a missing input is an error naming the file, exit 1
expect_status 1 "$NEWSFOLD" analyze --json does-not-exist.txt
grep -q "does-not-exist.txt" "$NF_TMP/err" || fail "missing input not named"
# a database path in a missing folder is a clear error
expect_status 1 "$NEWSFOLD" search --db /nonexistent/dir/x.db word
grep -q "/nonexistent/dir/x.db" "$NF_TMP/err" || fail "bad db path not named"
finish
