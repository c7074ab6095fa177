# `make install` lays out a usable library: headers, libraries, the
# command and a pkg-config file with which a program builds and runs.
. "$(dirname "$0")/lib.sh"
command -v pkg-config >/dev/null || { echo "skip: no pkg-config" >&2; exit 77; }
BUILD=$(dirname "$NEWSFOLD")
[ -f "$BUILD/cmake_install.cmake" ] || { echo "skip: not a CMake build dir" >&2; exit 77; }

DESTDIR="$NF_TMP/root" cmake --install "$BUILD" --prefix /opt/nf >install.log 2>&1 \
    || fail "install: $(tail -5 install.log)"
P="$NF_TMP/root/opt/nf"
for f in include/newsfold.h include/newsfold/reader.h bin/newsfold lib/libnewsfold.a; do
    [ -e "$P/$f" ] || fail "installed tree lacks $f"
done
pc=$(find "$P" -name newsfold.pc | head -1)
[ -n "$pc" ] || fail "no newsfold.pc installed"
cat >prog.c <<'C'
#include <newsfold.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    nf_lang_guess g;
    const char *t = "Il governo ha approvato la legge di bilancio ieri sera.";
    size_t n = nf_langid_detect(t, strlen(t), &g, 1);
    printf("%s %s\n", nf_version(), n ? g.code : "-");
    return 0;
}
C
# a sanitizer build's library needs the sanitizer runtimes
SAN=""
grep -q "^NF_SANITIZE:BOOL=ON" "$BUILD/CMakeCache.txt" && SAN="-fsanitize=address,undefined"
# the .pc file names the real prefix; point it at the staged tree
sed "s#^prefix=.*#prefix=$P#" "$pc" >newsfold.pc
PKG_CONFIG_PATH="$NF_TMP" cc $SAN prog.c -o prog $(PKG_CONFIG_PATH="$NF_TMP" pkg-config --cflags newsfold) \
    "$P"/lib*/libnewsfold.a $(PKG_CONFIG_PATH="$NF_TMP" pkg-config --static --libs newsfold | sed 's/-lnewsfold//') -lstdc++ 2>cc.log \
    || fail "a program does not build against the installed library: $(head -5 cc.log)"
[ -x prog ] && out=$(./prog) && [ "$out" = "$("$NEWSFOLD" --version | cut -d' ' -f2) it" ] || fail "program output '${out:-}'"
finish
