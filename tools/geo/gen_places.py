#!/usr/bin/env python3
"""gen_places.py - generates src/entities/places_data.c, the compact place
table newsfold's gazetteer is built from.

Sources (read-only, ../shared/data/geo/, see its SOURCE.md):
  - cldr_territories.tsv: CLDR display names of countries and world regions
    (Unicode licence), for the locales of the languages newsfold detects
    entities in;
  - countries.tsv: i18n-iso-countries names and aliases (MIT);
  - geonames_cities1000.tsv: GeoNames cities (CC BY 3.0,
    https://www.geonames.org/): places of at least MIN_POP_ALT inhabitants
    with their alternate names in the scripts below, places of at least
    MIN_POP with their own and ASCII names only.

Usage: python3 tools/geo/gen_places.py [SHARED_GEO_DIR] > src/entities/places_data.c
The output is deterministic (sorted), so a re-run shows no diff.
"""
import sys, os, unicodedata

GEO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "shared", "data", "geo")
MIN_POP = 15000
MIN_POP_ALT = 50000
MAX_LATIN = 6      # alternate names kept per city in Latin script
MAX_OTHER = 2      # ... and in each other script
LOCALES = ["en", "it", "ro", "ja", "de", "fr", "es", "pt", "ru", "uk", "pl",
           "tr", "ar", "zh", "zh-Hant", "nl", "el", "ko", "hi", "sv", "he", "th"]

def norm(s):
    return unicodedata.normalize("NFKC", s).casefold().strip()

def script_ok(s):
    """Names in Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai,
    Hangul, kana or Han only; no digits; no short upper-case codes (airport
    codes)."""
    if any(ch.isdigit() for ch in s):
        return False
    letters = [ch for ch in s if ch.isalpha()]
    if not letters:
        return False
    if len(s) <= 4 and s.isupper() and s.isascii():
        return False
    for ch in letters:
        cp = ord(ch)
        if not (cp < 0x250 or 0x370 <= cp < 0x530 or 0x5D0 <= cp < 0x5F0 or
                0x600 <= cp < 0x700 or 0x900 <= cp < 0x980 or
                0xE01 <= cp < 0xE4F or 0x3040 <= cp < 0x3100 or
                0x4E00 <= cp < 0xA000 or 0xAC00 <= cp < 0xD7B0 or
                0x1E00 <= cp < 0x1F00):
            return False
    cjk = any(ord(ch) >= 0x3040 for ch in letters)
    return len(letters) >= (2 if cjk else 3)

def script_of(s):
    """A coarse script class of the first letter: 0 = Latin."""
    cp = ord([ch for ch in s if ch.isalpha()][0])
    for i, top in enumerate((0x250, 0x400, 0x530, 0x5F0, 0x700, 0x980, 0xE80,
                             0x3100, 0xA000, 0xD7B0)):
        if cp < top:
            return i
    return 0

places = []        # (name, kind, country, lat, lon, pop)
names = {}         # normalised name -> set of place indices

def add_name(n, idx):
    k = norm(n)
    if k and len(k.encode()) < 120:
        names.setdefault(k, set()).add(idx)

# countries and world regions
country_idx = {}
terr_names = {}
with open(os.path.join(GEO, "cldr_territories.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        loc, terr, name, var = line.rstrip("\n").split("\t")
        if loc in LOCALES:
            terr_names.setdefault(terr, []).append((loc, var, name))
with open(os.path.join(GEO, "countries.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        a2, a3, num, lang, name, rank = line.rstrip("\n").split("\t")
        if lang in LOCALES:
            terr_names.setdefault(a2, []).append((lang, "alias", name))
for terr in sorted(terr_names):
    if terr in ("ZZ", "QO", "EU", "EZ", "UN", "XA", "XB"):
        continue
    en = [n for l, v, n in terr_names[terr] if l == "en" and v == ""]
    if not en:
        continue
    kind = "country" if terr.isalpha() else "region"
    idx = len(places)
    places.append((en[0], kind, terr if kind == "country" else "", 0, 0, 0))
    country_idx[terr] = idx
    for l, v, n in terr_names[terr]:
        if script_ok(n) or (kind == "country" and len(n) >= 2):
            add_name(n, idx)

# cities
with open(os.path.join(GEO, "geonames_cities1000.tsv"), encoding="utf-8") as f:
    next(f)
    rows = []
    for line in f:
        c = line.rstrip("\n").split("\t")
        pop = int(c[14] or 0)
        if pop >= MIN_POP:
            rows.append(c)
rows.sort(key=lambda c: (-int(c[14] or 0), int(c[0])))
for c in rows:
    pop = int(c[14] or 0)
    idx = len(places)
    places.append((c[1], "city", c[8], float(c[4]), float(c[5]), pop))
    add_name(c[1], idx)
    add_name(c[2], idx)
    if pop >= MIN_POP_ALT:
        per_script = {}
        # short names first: exonyms ("Kiev", "Kiew") before descriptions
        for a in sorted(c[3].split(","), key=lambda x: (len(x), x)):
            if not a or not script_ok(a):
                continue
            sc = script_of(a)
            big = pop >= 1000000       # capitals and metropolises: all names
            if per_script.get(sc, 0) < (MAX_LATIN if sc == 0 else MAX_OTHER) * (10 if big else 1):
                per_script[sc] = per_script.get(sc, 0) + 1
                add_name(a, idx)

def cstr(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "?":
            out.append("\\?")      # no trigraphs
        else:
            out.append(ch)
    return "".join(out)

w = sys.stdout.write
w("/* places_data.c - GENERATED by tools/geo/gen_places.py; do not edit.\n"
  " *\n"
  " * Country and world-region names from Unicode CLDR 48 (Unicode licence)\n"
  " * and i18n-iso-countries (MIT); cities from GeoNames (https://www.geonames.org/,\n"
  " * CC BY 3.0): %d places with at least %d inhabitants, alternate names for\n"
  " * those with at least %d.  %d places, %d names. */\n"
  % (len(rows), MIN_POP, MIN_POP_ALT, len(places), len(names)))
w('#include "entities/places.h"\n\n')
w("const nf_place_rec nf_places[] = {\n")
for (name, kind, cc, lat, lon, pop) in places:
    k = {"country": "NF_PLACE_COUNTRY", "region": "NF_PLACE_REGION",
         "city": "NF_PLACE_CITY"}[kind]
    w('    {"%s", %s, "%s", %d, %d, %d},\n' % (cstr(name), k, cc,
      round(lat * 10000), round(lon * 10000), pop))
w("};\n")
w("const size_t nf_places_count = sizeof nf_places / sizeof nf_places[0];\n\n")
w("/* Matching forms (NFKC case fold) of every name, with the place. */\n")
w("const nf_place_name nf_place_names[] = {\n")
n = 0
for k in sorted(names):
    for idx in sorted(names[k]):
        w('    {"%s", %d},\n' % (cstr(k), idx))
        n += 1
w("};\n")
w("const size_t nf_place_names_count = %d;\n" % n)
