# lib.sh - helpers for the command-line tests (sourced, not run).
# Each test runs the real `newsfold` binary ($NEWSFOLD, set by ctest) in a
# fresh temporary folder and exits 0 (pass), 1 (fail) or 77 (skip).
set -u
: "${NEWSFOLD:?NEWSFOLD must name the newsfold binary}"
: "${NF_ROOT:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${NF_SHARED:=$NF_ROOT/../shared}"
NF_TMP=$(mktemp -d "${TMPDIR:-/tmp}/nftest.XXXXXX")
trap 'chmod -R u+rwx "$NF_TMP" 2>/dev/null; rm -rf "$NF_TMP"' EXIT
cd "$NF_TMP" || exit 1
NF_FAILS=0

fail() {
    echo "FAIL: $*" >&2
    NF_FAILS=$((NF_FAILS + 1))
}

# expect_status WANT CMD...: runs CMD, checks its exit status.
expect_status() {
    want=$1
    shift
    "$@" >"$NF_TMP/out" 2>"$NF_TMP/err"
    got=$?
    if [ "$got" != "$want" ]; then
        fail "'$*' exited $got, want $want; stderr: $(head -c 600 "$NF_TMP/err")"
    fi
}

# need_shared FILE: skip the test when ../shared is not there.
need_shared() {
    if [ ! -e "$NF_SHARED/$1" ]; then
        echo "skip: $NF_SHARED/$1 not present" >&2
        exit 77
    fi
}

finish() {
    if [ "$NF_FAILS" -ne 0 ]; then
        echo "$NF_FAILS check(s) failed" >&2
        exit 1
    fi
    exit 0
}
