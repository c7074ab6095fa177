#!/bin/sh
# setup.sh - installs the Debian packages newsfold needs, when missing.
#
# Run by `make demo` and `make test` (and CI) before building.  As root it
# installs what is missing with apt-get; otherwise it prints the exact
# apt-get line to run and exits 1.  It never downloads anything else.
set -eu

# Build tools, then the libraries (chosen in docs/dependencies.md), then
# what the tests and the demo use (python3 and sqlite3 read JSON and check
# databases in the command-line tests).
PACKAGES="gcc make cmake pkg-config
libicu-dev libsqlite3-dev libcjson-dev libxxhash-dev libxml2-dev zlib1g-dev libmicrohttpd-dev
python3 sqlite3"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" != 0 ]; then
    echo "newsfold: missing packages:$missing" >&2
    echo "Run as root:  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi

echo "newsfold: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >&2
