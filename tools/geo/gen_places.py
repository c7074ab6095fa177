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
Sources from Debian packages (needed only to regenerate):
  - iso-codes (4.15.0-1, LGPL-2.1+): ISO 3166-2 subdivisions
    (/usr/share/iso-codes/json/iso_3166-2.json) and their translations
    (/usr/share/locale/*/LC_MESSAGES/iso_3166-2.mo): first-level divisions
    (German Länder, Dutch provinces, Swiss cantons, US states ...) of
    countries with at most MAX_ADMIN1 of them, and the second level of
    countries whose first level has at most three units and the second
    at most twelve (the Belgian provinces under its three regions).  A division is appended after the
    cities (the indices of earlier places do not move) as a REGION with
    its country's code, and only under names no earlier place has; a
    one-word name that is a lower-case word of the Hunspell dictionaries
    (hunspell-en-us, -de-de, -es, -nl, -fr, -it: "central", "centre",
    "littoral", "east", "rivers"; de-de: only if it never capitalises it)
    is left out, and so is a name that divisions of three or more
    countries carry ("Nord", "Western"), a Latin name of three letters, a
    name made of designators and compass words only (GENERIC: "Südost",
    "Hauptstadt") and a German noun's plural that de-de does not list as a
    stem ("Planken", a municipality of Liechtenstein).
    Former countries (ISO 3166-3: Yugoslavia, USSR, Czechoslovakia, GDR,
    Zaire) follow as countries under their former two-letter code.
Round 7 (all only under names no earlier place has, towns appended):
  - exonyms: a Latin alternate name of a city of MIN_POP_ALT+ that the
    de_DE or nl dictionary lists as a proper noun (de_DE: no flags but S
    and m, not a noun's "Bruch/STmij"; nl: flags other than a given
    name's bare "PN") and no dictionary as a lower-case word, of five
    letters or more, starting with the city's first letter ("Athen",
    "Neapel", "Napels"; the other dictionaries' proper nouns are given
    names too: "Álvaro", "Rashid");
  - short forms of towns of TOWN_COUNTRIES named with their river or
    hills ("Hofheim am Taunus" -> "Hofheim", "Bad Soden am Taunus" ->
    "Bad Soden"), and "Neu Isenburg" also as "Neu-Isenburg" (TOWN_PREFIX);
  - towns of MIN_POP_TOWN to MIN_POP inhabitants in TOWN_COUNTRIES (the
    German and Dutch language areas, whose regional news names them),
    except names that are lower-case words of a dictionary, capitalised
    stems of de_DE (German nouns: "Hof", "Wald") or en_US (given names and
    surnames: "Owen"), German plurals, or designators.
Round 8: a city's alternate name in Latin script of two or more words of
three letters or more, all lower-case stems of one dictionary
(TRANSLATION_DICTS), none starting with the first letter of a word of the
main or ASCII name, is a translation of the city's meaning or a nickname
("White House" of Casablanca, "Big Apple", "Old Town" of Las Vegas), not
a name: left out (its slot among the MAX_LATIN names stays used, so no
other name enters; no place is added or moved: only names go).
NF_GEN_VERBOSE=1 lists them on stderr.

Round 9: a country's name of three or more words whose first two or more
words are followed by a genitive or "of" phrase ("Statele Unite ale
Americii", "United States of America", "Vereinigte Staaten von Amerika")
names the country by those first words too ("Statele Unite"), when they
are all capitalised, hold no comma, abbreviation or designator of a
state's form or of a territory ("Democratic Republic", "Islas Marianas",
"Federated States" name no one country), arise for one country only,
and are no name yet.  Names only: the place table is unchanged.

Matching forms (session of 2026-11-22): names are written in the engine's
matching form (norm(): quotation marks, dashes and the cedilla letters
ş ţ unified with comma-below, as src/text/normalize.c does), so that
"Constanţa" and "Constanța", "Şanlıurfa" written either way, "ʼAmmān"
with any apostrophe are found (before, a name holding such a letter
could never match a text, so Romanian or Turkish places with ş/ţ were
found only through other forms; 613 names now coincide with their
unified twins: 123,975 -> 123,362); Romanian and Moldovan places are
shown with comma-below.  A
division whose name is also a city of its country (the county of
Constanța) gives its one-word names in other languages to the city
(Russian "Констанца"), keeping its own slot so that no index moves;
names of several words ("Араратская область") stay the division's.

Usage: python3 tools/geo/gen_places.py [SHARED_GEO_DIR [ISO_CODES_DIR]] > src/entities/places_data.c
The output is deterministic (sorted), so a re-run shows no diff.
"""
import sys, os, unicodedata, json, gettext, re

GEO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "shared", "data", "geo")
MIN_POP = 15000
MIN_POP_ALT = 50000
MAX_LATIN = 6      # alternate names kept per city in Latin script
MAX_OTHER = 2      # ... and in each other script
LOCALES = ["en", "it", "ro", "ja", "de", "fr", "es", "pt", "ru", "uk", "pl",
           "tr", "ar", "zh", "zh-Hant", "nl", "el", "ko", "hi", "sv", "he", "th"]

# The engine's matching form (src/text/normalize.c) unifies quotation
# marks, dashes and the Romanian/Turkish cedilla letters with comma-below
# before and after NFKC case folding; names must be written the same way,
# or "Constanţa", "Şanlıurfa" are never found.
UNIFY = {}
for c in (0x60, 0xB4, 0x2BC, 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035,
          0x2039, 0x203A, 0xFF07):
    UNIFY[c] = "'"
for c in (0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x300C,
          0x300D, 0x300E, 0x300F, 0x301D, 0x301E, 0x301F, 0xFE41, 0xFE42, 0xFE43,
          0xFE44, 0xFF02, 0xFF62, 0xFF63):
    UNIFY[c] = '"'
for c in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212,
          0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D):
    UNIFY[c] = "-"
UNIFY.update({0x15E: "\u0218", 0x15F: "\u0219", 0x162: "\u021a", 0x163: "\u021b"})

def norm(s):
    s = unicodedata.normalize("NFKC", s.translate(UNIFY)).casefold().strip()
    return s.translate(UNIFY)

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
city_row = {}      # place index -> GeoNames row

# Round 8: GeoNames lists translations of a city's meaning among its
# alternate names ("White House" for Casablanca); they are
# ordinary phrases of the language, not names of the city.  An alternate
# name in Latin script of two or more words, all of them lower-case
# stems of a dictionary the generator reads (TRANSLATION_DICTS), is left
# out unless it is the city's main or ASCII name ("Salt Lake City", "Long
# Beach" stay: they are main names).  Its slot among the MAX_LATIN names
# stays used, so no other name enters in its place.
TRANSLATION_DICTS = ["en_US", "de_DE", "es_ES", "nl", "fr_FR", "it_IT"]

def dic_entries(d, note=True):
    """(stem, flags) of every entry of the Hunspell dictionary d
    (/usr/share/hunspell/d.dic; flags "" when it has none); nothing when
    the dictionary is missing (said on stderr when note)."""
    path = "/usr/share/hunspell/%s.dic" % d
    if not os.path.exists(path):
        if note:
            sys.stderr.write("gen_places: %s missing\n" % path)
        return
    with open(path, encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            f0 = line.split("/")[0].split()
            if f0:
                flags = (line.split("/")[1].split() or [""])[0] if "/" in line else ""
                yield f0[0], flags

def lower_stems():
    """Per dictionary of TRANSLATION_DICTS, its lower-case stems,
    normalised (for de_DE only those it never capitalises: it lists
    "mexiko", "athen" in lower case as stems of derivations); empty if
    missing."""
    out = {}
    for d in TRANSLATION_DICTS:
        if not os.path.exists("/usr/share/hunspell/%s.dic" % d):
            sys.stderr.write("gen_places: /usr/share/hunspell/%s.dic missing\n" % d)
            continue
        lower, upper = set(), set()
        for w, _ in dic_entries(d):
            (lower if w[:1].islower() else upper).add(norm(w))
        out[d] = (lower - upper) if d == "de_DE" else lower
    return out

def fold(s):
    """s without its accents (first-letter comparisons)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if not unicodedata.combining(ch))

LOWER_STEMS = lower_stems()
n_translations = 0

def translation(a, c):
    """Is alternate name a of GeoNames row c a translation of the city's
    meaning (see above)?  An exonym keeps the shape of the name, word by
    word ("Puerto Príncipe" of Port-au-Prince, "San Luis" of St. Louis,
    "Cabo Corso" of Cape Coast); a translation of a one-word name or a
    nickname does not ("White House" of Casablanca, "Big Apple"): no word
    of a may start with the first letter of a word of the main or ASCII
    name (accents folded), as the exonyms of round 7 must."""
    words = [x for x in re.split(r"[\s\-]+", norm(a)) if x]
    if (len(words) < 2 or script_of(a) != 0 or
            norm(a) in (norm(c[1]), norm(c[2])) or
            any(len(x) < 3 for x in words) or
            not any(all(x in low for x in words) for low in LOWER_STEMS.values())):
        return False
    firsts = {fold(x)[:1] for x in re.split(r"[\s\-'.]+", norm(c[1]) + " " + norm(c[2])) if x}
    return not any(fold(x)[:1] in firsts for x in words)

for c in rows:
    pop = int(c[14] or 0)
    idx = len(places)
    places.append((c[1], "city", c[8], float(c[4]), float(c[5]), pop))
    city_row[idx] = c
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
                if translation(a, c):
                    n_translations += 1
                    if os.environ.get("NF_GEN_VERBOSE"):
                        sys.stderr.write("translation left out: %s (%s)\n" % (a, c[1]))
                    continue
                add_name(a, idx)

# first-level divisions (ISO 3166-2, Debian iso-codes)
ISO = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/iso-codes"
MAX_ADMIN1 = 100   # Slovenia's 212 and Latvia's 119 municipalities stay out
MO_LANG = {"pt": "pt_BR", "zh": "zh_CN", "zh-Hant": "zh_TW"}
DICTS = ["en_US", "de_DE", "es_ES", "nl", "fr_FR", "it_IT"]

# designators and compass words (the project's own list): a division name
# made of these only ("South East", "Südost", "Hauptstadt" from "Capital
# Territory", "Freistaat" from "Free State") names nothing by itself
GENERIC = set("""north south east west northern southern eastern western
central centre center middle upper lower nord süd sud ost nordost nordwest
südost südwest noord zuid oost zuidoost zuidwest noordoost noordwest midden
mid westers oostelijk westelijk norte sur este oeste centro centrale
zentral mitte capital capitale hauptstadt hoofdstad freistaat vrijstaat
territory territorium territorio region regio región regione provinz
provincie province provincia distrikt district distrito gebiet bezirk
kreis staat state estado stad stadt city ciudad island islands insel
inseln eiland eilanden islas isla""".split())

def generic(name):
    """Is name made of designators and compass words only?"""
    return all(w in GENERIC for w in re.split(r"[\s\-']+", norm(name)) if w)

def german_inflected(de_stems):
    """Plurals in -n/-en of German nouns that are no stem themselves:
    "Planken", "Eschen" (Liechtenstein's municipalities; planks, ash
    trees) but not "Sachsen" (a stem of its own, though the plural of
    Sachse too)."""
    def f(name):
        if " " in name or not name[:1].isupper():
            return False
        if name in de_stems:
            return False
        return any(name[:-len(e)] in de_stems for e in ("n", "en")
                   if name.endswith(e) and len(name) > len(e) + 2)
    return f

def de_capital_stems():
    """Capitalised stems of de_DE (empty if missing)."""
    return {w for w, _ in dic_entries("de_DE", note=False) if w[:1].isupper()}

def dict_words():
    """Stems the Hunspell dictionaries write in lower case (empty if
    missing); for de_DE only those it never capitalises: it lists
    "hessen", "bayern" in lower case (stems of derivations) next to
    "Hessen", "Bayern", which keeps them names."""
    words = set()
    for d in DICTS:
        lower, upper = set(), set()
        for w, _ in dic_entries(d):
            (lower if w[0].islower() else upper).add(norm(w))
        words |= (lower - upper) if d == "de_DE" else lower
    return words

def subdiv_forms(raw):
    """The names an ISO 3166-2 entry writes in one string: "Catalunya
    [Cataluña]", "Asturias, Principado de", "Wales [Cymru GB-CYM]",
    "Guyane (française)", "Alacant*", "Bolama / Bijagós"."""
    s = re.sub(r"\([^)]*\)", "", raw.replace("*", ""))
    parts = []
    for m in re.finditer(r"\[([^\]]*)\]", s):
        parts.append(re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", m.group(1)))
    s = re.sub(r"\[[^\]]*\]", "", s)
    parts = [s] + parts
    out = []
    for p in parts:
        for q in p.split("/"):
            q = " ".join(q.split())
            if "," in q:
                a, b = [x.strip() for x in q.split(",", 1)]
                if "," in b or " and " in b or " y " in b or not a:
                    continue           # a list of places, not one name
                out.append((b + " " + a) if b else a)
                out.append(a)
            elif q:
                out.append(q)
    return [o for o in out if o and o[0].isupper()]

def add_subdivisions():
    path = os.path.join(ISO, "json", "iso_3166-2.json")
    if not os.path.exists(path):
        sys.stderr.write("gen_places: %s missing, no subdivisions\n" % path)
        return 0
    with open(path, encoding="utf-8") as f:
        subs = json.load(f)["3166-2"]
    top = {}
    for x in subs:
        if "parent" not in x:
            top.setdefault(x["code"][:2], []).append(x)
    chosen = []
    for cc in sorted(top):
        if len(top[cc]) <= MAX_ADMIN1:
            chosen += top[cc]
        kids = [x for x in subs if "parent" in x and x["code"][:2] == cc]
        if len(top[cc]) <= 3 and len(kids) <= 12:
            chosen += kids
    chosen.sort(key=lambda x: x["code"])
    trans = []
    for loc in LOCALES:
        try:
            trans.append(gettext.translation("iso_3166-2", os.path.join(
                os.path.dirname(ISO), "locale"), languages=[MO_LANG.get(loc, loc)]))
        except OSError:
            pass
    words = dict_words()
    inflected = german_inflected(de_capital_stems())
    taken = set(names)
    # a name that divisions (any level) of three or more countries carry is a generic
    # word ("Nord", "Western", "Centre", "Central"), not a name
    lands = {}
    for x in subs:
        for n in subdiv_forms(x["name"]) + [f for t in trans
                                           for f in subdiv_forms(t.gettext(x["name"]))]:
            lands.setdefault(norm(n), set()).add(x["code"][:2])
    added = 0
    for x in chosen:
        forms = subdiv_forms(x["name"])
        for t in trans:
            tr = t.gettext(x["name"])
            if tr != x["name"]:
                forms += subdiv_forms(tr)
        new = []
        for n in forms:
            k = norm(n)
            if (k in taken or not script_ok(n) or (" " not in k and k in words) or
                    len(lands[k]) >= 3 or (n.isascii() and len(k) < 4) or
                    generic(n) or inflected(n)):
                continue
            new.append(n)
        if not new:
            continue
        en = [t.gettext(x["name"]) for t in trans[:1]]
        label = subdiv_forms(en[0] if en else x["name"]) or new
        idx = len(places)
        places.append((label[0], "region", x["code"][:2], 0, 0, 0))
        # a division named after a city of its country (the county of
        # Constanța, whose Russian name is the city's too): its names are
        # the city's, as the bare name in news is; the division keeps its
        # slot so that no later index moves
        city = None
        for n in subdiv_forms(x["name"]):
            for i in names.get(norm(n), ()):
                if places[i][1] == "city" and places[i][2] == x["code"][:2] and (
                        city is None or places[i][5] > places[city][5]):
                    city = i
        if city is not None and os.environ.get("NF_GEN_VERBOSE"):
            sys.stderr.write("division %s named after city %s: %s\n"
                             % (x["code"], places[city][0],
                                ", ".join(n for n in new if " " not in n.strip())))
        for n in new:
            if norm(n) not in taken or idx in names.get(norm(n), ()):
                # a name of several words holds a designator ("Араратская
                # область", "Città autonoma di ..."): the division's own
                add_name(n, idx if city is None or " " in n.strip() else city)
        added += 1
    return added

n_admin = add_subdivisions()

def add_former():
    """Countries that no longer exist (ISO 3166-3: Yugoslavia, USSR,
    Czechoslovakia, the GDR, Zaire ...) as countries under their former
    code, with their translations; only names no earlier place has.  An
    entry "Short, Long form" gives the short name, and the long one when
    it is a name of its own ("Union of Soviet Socialist Republics", not
    "Republic of"); ";" separates variants.  The Neutral Zone and
    "France, Metropolitan" name no country of their own."""
    path = os.path.join(ISO, "json", "iso_3166-3.json")
    if not os.path.exists(path):
        return 0
    with open(path, encoding="utf-8") as f:
        former = json.load(f)["3166-3"]
    trans = []
    for loc in LOCALES:
        try:
            trans.append(gettext.translation("iso_3166-3", os.path.join(
                os.path.dirname(ISO), "locale"), languages=[MO_LANG.get(loc, loc)]))
        except OSError:
            pass
    def forms(raw):
        out = []
        for v in raw.split(";"):
            v = re.sub(r"\([^)]*\)", "", v)
            a, _, b = (x.strip() for x in v.partition(","))
            for n in (a, b):
                n = " ".join(n.split())
                w = n.split()
                if (n and n[0].isupper() and w[-1][0].isupper() and
                        (n == a or len(w) >= 3)):
                    out.append(n)
        return out
    taken = set(names)
    added = 0
    for x in sorted(former, key=lambda x: x["alpha_4"]):
        if x["alpha_4"] in ("NTHH", "FXFR"):
            continue
        fs = forms(x["name"]) + [f for t in trans for f in forms(t.gettext(x["name"]))]
        new = [n for n in fs if norm(n) not in taken and script_ok(n) and not generic(n)]
        if not new:
            continue
        idx = len(places)
        places.append((forms(x["name"])[0], "country", x["alpha_2"], 0, 0, 0))
        for n in new:
            add_name(n, idx)
        added += 1
    return added

n_former = add_former()

# Round 7: exonyms from the dictionaries, short forms of towns named with
# their river or hills, and small towns of the German and Dutch language
# areas.  All appended (no earlier index moves) and only under names no
# earlier place has, so every lookup that answered before answers the same.
MIN_POP_TOWN = 2000      # small towns, in TOWN_COUNTRIES only (5,000: 5.36 MB)
TOWN_COUNTRIES = ("DE", "AT", "CH", "LI", "LU", "NL", "BE")
EXO_DICTS = ["de_DE", "nl", "en_US", "es_ES", "fr_FR", "it_IT"]

# proper nouns of de_DE with no flag but S and m (no plural or compound
# flags: "Athen/Sm", not "Bruch/STmij", "Muskat/ST") and of nl with flags
# other than a bare "PN" (a given name: "Rachid/PN"; "Napels/Sv")
place_like = set()

def dict_proper():
    """Capitalised stems of the dictionaries (proper nouns; in de_DE also
    every noun), their lower-case stems (de_DE: only those it never
    capitalises) and all their lower-case stems, normalised."""
    cap, low, low_all = {}, set(), set()
    place_like.clear()
    for d in EXO_DICTS:
        lower, upper = set(), set()
        for w, fl in dic_entries(d, note=False):
            if w[0].isupper():
                cap.setdefault(norm(w), set()).add(d)
                upper.add(norm(w))
                if ((d == "de_DE" and set(fl) <= set("Sm")) or
                        (d == "nl" and fl not in ("", "PN"))):
                    place_like.add(norm(w))
            else:
                lower.add(norm(w))
        # de_DE lists stems of derivations in lower case ("athen" beside
        # "Athen"): only words it never capitalises are words
        low |= (lower - upper) if d == "de_DE" else lower
        low_all.update(lower)
    return cap, low, low_all

# locator tails of German, Dutch and French town names: "Hofheim am
# Taunus", "Frankfurt an der Oder", "Rosbach vor der Höhe", "Bergen op Zoom"
LOCATOR = re.compile(r"^(\S.*?)\s+(?:am|an der|an den|im|in der|in|ob der|vor der|"
                     r"bei|unter der|auf der|op|aan de|aan den|aan het|sur|"
                     r"sous|\()\s*\S.*$")

def extras():
    cap, low, low_all = dict_proper()
    taken = set(names)
    n_exo = n_short = 0
    def fresh(n):
        k = norm(n)
        return (k not in taken and script_ok(n) and k not in low and
                not generic(n) and not (n.isascii() and len(k) < 4))
    # exonyms: a Latin alternate name of a city of MIN_POP_ALT+ that the
    # de_DE or nl dictionary lists as a proper noun (place_like: "Athen",
    # "Neapel", "Straßburg", "Napels"), of five letters or more, starting
    # with the letter the city's name starts with (the other dictionaries'
    # proper nouns are given names too: "Fletcher", an old name of Aurora,
    # "Álvaro", "Rashid")
    for i, (name, kind, cc, lat, lon, pop) in enumerate(places):
        if kind != "city" or pop < MIN_POP_ALT:
            continue
        alts = by_id_alts.get(i, ())
        for a in alts:
            k = norm(a)
            if " " in k or not fresh(a) or k not in cap or script_of(a) != 0:
                continue
            if k not in place_like or len(k) < 5 or fold(k)[:1] not in (
                    fold(norm(name))[:1], fold(norm(city_row[i][2]))[:1]):
                continue
            add_name(a, i)
            taken.add(k)
            n_exo += 1
    # short forms: "Hofheim am Taunus" is "Hofheim"
    for i, (name, kind, cc, lat, lon, pop) in enumerate(places):
        if kind != "city" or cc not in TOWN_COUNTRIES:
            continue
        m = LOCATOR.match(name)
        if not m:
            continue
        short = m.group(1).strip()
        k = norm(short)
        if (" " in k and not all(x[:1].isupper() for x in short.split())) or \
                not fresh(short) or k in cap and cap[k] == {"de_DE"}:
            continue
        add_name(short, i)
        taken.add(k)
        n_short += 1
    # "Neu Isenburg" is written "Neu-Isenburg" too (and the other way)
    for i, (name, kind, cc, lat, lon, pop) in enumerate(places):
        if kind != "city" or cc not in TOWN_COUNTRIES:
            continue
        for a, b in ((" ", "-"), ("-", " ")):
            w = name.split(a, 1)
            if len(w) == 2 and w[0] in TOWN_PREFIX and w[1][:1].isupper():
                alt = w[0] + b + w[1]
                if norm(alt) not in taken:
                    add_name(alt, i)
                    taken.add(norm(alt))
    return n_exo, n_short, cap, low_all

# first words of German and Dutch town names that hyphenate
TOWN_PREFIX = ("Neu", "Alt", "Bad", "Groß", "Klein", "Ober", "Nieder", "Unter",
               "Hohen", "Sankt")

by_id_alts = {i: sorted(c[3].split(",")) for i, c in city_row.items()}
n_exo, n_short, dcap, dlow = extras()

def add_towns():
    """Towns of MIN_POP_TOWN to MIN_POP inhabitants in TOWN_COUNTRIES
    (regional news names them: "Steinheim", "Karben", "Sinntal"), under
    their own name and its short form, appended; left out: a name that is
    a lower-case word of a dictionary ("nahe", though de_DE capitalises the
    river too) or a capitalised stem of de_DE (a German noun: "Hof",
    "Wald") or en_US (a given name or surname: "Owen"; the nl dictionary
    lists Dutch towns, which stay), a German plural of a noun, a
    designator or compass word."""
    inflected = german_inflected(de_capital_stems())
    taken = set(names)
    towns = []
    with open(os.path.join(GEO, "geonames_cities1000.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            pop = int(c[14] or 0)
            if c[8] in TOWN_COUNTRIES and MIN_POP_TOWN <= pop < MIN_POP:
                towns.append(c)
    towns.sort(key=lambda c: (-int(c[14] or 0), int(c[0])))
    added = 0
    for c in towns:
        forms = [c[1]]
        m = LOCATOR.match(c[1])
        if m:
            forms.append(m.group(1).strip())
        new = []
        for n in forms:
            k = norm(n)
            if (k in taken or not script_ok(n) or k in dlow or
                    dcap.get(k, set()) & {"de_DE", "en_US"} or
                    generic(n) or inflected(n) or (n.isascii() and len(k) < 4)):
                continue
            new.append(n)
        if not new:
            continue
        idx = len(places)
        places.append((c[1], "city", c[8], float(c[4]), float(c[5]), int(c[14])))
        for n in new:
            add_name(n, idx)
            taken.add(norm(n))
        added += 1
    return added

n_towns = add_towns()

# Round 9: short forms of country names before a genitive ("Statele Unite
# ale Americii" -> "Statele Unite"); see the header.
OF_WORDS = re.compile(r"^(of|ale|al|a|von|van|de|del|di|degli|della|des|du|do|"
                      r"da|dos|das|der|den|d['’].*|dell['’].*)$", re.I)
STATE_FORM = set("""republic republik republiek république repubblica república
república republică democratic democratische démocratique democratica
democrática democratică popular populaire popolare people's people islamic
islámica islamica islamique federal federale federated federati federali
federativa fédérés federative islands island isole isola islas isla ilhas
ilha îles île insulele insula eilanden territory territories territori
territorio território territórios territoire territoires teritoriile
province provincia the""".split())

def add_country_short_forms():
    found = {}
    for terr in sorted(terr_names):
        if not terr.isalpha() or terr not in country_idx:
            continue
        for l, v, n in terr_names[terr]:
            ws = n.split()
            for k in range(2, len(ws)):
                if OF_WORDS.match(ws[k]):
                    short = ws[:k]
                    if all(x[:1].isupper() and not x.isupper() and "," not in x and
                           norm(x) not in STATE_FORM for x in short):
                        found.setdefault(" ".join(short), set()).add(terr)
                    break
    added = 0
    for short in sorted(found):
        if len(found[short]) != 1 or norm(short) in names:
            continue
        add_name(short, country_idx[next(iter(found[short]))])
        added += 1
    return added

n_country_short = add_country_short_forms()

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
  " * those with at least %d.  First-level divisions from ISO 3166-2 and\n"
  " * former countries from ISO 3166-3 (Debian iso-codes, LGPL-2.1+): %d and %d.\n"
  " * Exonyms the Hunspell dictionaries list: %d; short and hyphenated forms of\n"
  " * towns: %d; towns of %d to %d inhabitants in %s: %d.\n"
  " * Alternate names left out as translations of a city's meaning: %d.\n"
  " * Short forms of country names before a genitive: %d.\n"
  " * %d places, %d names. */\n"
  % (len(rows), MIN_POP, MIN_POP_ALT, n_admin, n_former, n_exo, n_short,
     MIN_POP_TOWN, MIN_POP - 1, " ".join(TOWN_COUNTRIES), n_towns, n_translations,
     n_country_short,
     len(places), len(names)))
w('#include "entities/places.h"\n\n')
w("const nf_place_rec nf_places[] = {\n")
# Romanian is written with comma-below; GeoNames keeps the older cedilla
# letters ("Constanţa"): a Romanian or Moldovan place is shown as written.
RO_COMMA = {0x15E: "\u0218", 0x15F: "\u0219", 0x162: "\u021a", 0x163: "\u021b"}
for (name, kind, cc, lat, lon, pop) in places:
    if cc in ("RO", "MD"):
        name = name.translate(RO_COMMA)
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
