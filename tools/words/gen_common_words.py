#!/usr/bin/env python3
"""gen_common_words.py - builds src/entities/common_words_data.c: per
language, a Bloom filter of the language's common (lower-case) word forms,
and for German a second one of its common nouns (capitalised forms that
are not proper nouns) and a third of its proper nouns.

Mention detection asks "is the lower-case form of this capitalised word an
ordinary word of the language?" (a sentence's first word) and, in German,
"is this capitalised word a common noun?".  Both answers come from the
Hunspell dictionaries Debian ships (package versions are written into the
generated file).  Recipe:

  apt-get install hunspell-tools hunspell-en-us hunspell-de-de hunspell-es \
      hunspell-nl hunspell-it hunspell-fr hunspell-pt-pt hunspell-ro wdutch \
      hunspell-ru hunspell-uk hunspell-el hunspell-sv
  python3 tools/words/gen_common_words.py > src/entities/common_words_data.c

Word forms: `unmunch` expands a dictionary's affixes; for en, de, es and
nl the expanded lower-case forms are kept (up to 14, 14, 8 and 10
characters: long forms are rare as a sentence's first word, and the
table must stay small; sv, added in round 17 for the sentence-initial
nouns of Swedish reports, "Affären", "Huvudkontoret", likewise 14:
638,700 forms, +0.56 MB of bits); it and ro keep forms up to 8 characters (round 9:
"casa" of "caso/o", "penso", "statele"; +409 KB), fr and pt their
dictionary stems only (the expansion is too large).  ru and uk keep
their expanded forms up to 9 and 8 characters and their lower-case
stems up to 11 and 9 (a lemma is the form a sentence most often opens with:
"Мощный", "Ветер"; longer stems are in a filter of their own, below);
Russian forms with ё also enter spelt with е, as
news text writes them, and Ukrainian forms with an apostrophe (м'ясо)
also with U+2019 and U+02BC.  el_GR is a list of full forms (no affixes,
ISO 8859-7), kept up to 9 characters (10 and 11 in the filter of long
words: "Εκατοντάδες").  For these three, the dictionaries' capitalised stems (ru_RU
with uk_UA, whose list of names is far longer) make a filter of proper
nouns asked only about a sentence's first word before another
capitalised word ("Роман Соколов", "Надежда Климова": "роман" and
"надежда" are ordinary words too).  Together +1.5 MB of source.  Only lower-case entries enter,
so the dictionaries' proper nouns (Москва/H, Київ/2@z, Αθήνα) do not.
German
common nouns: a capitalised stem with affix flags is a noun unless its
only flag is the genitive -s (S), which is how igerman98 writes people's
names (Clinton/S, Jelzin/S; but Haus/Tpmij, Jahr/EPSTm, Ministerium/Sm:
ordinary words carry plural or compounding flags).  Place names with
compounding flags (Frankfurt/Sm) come out as nouns too, which is harmless
because detection asks the gazetteer first;
its forms are expanded with unmunch.  Words that are also places of the
project's gazetteer are not filtered here: detection asks the gazetteer
first.

Bloom filter: m = 7 bits per word (rounded up to 64), k = 5
probes (the German and proper-noun filters: 14 bits, k = 10); probe i is bit (h1 + i*h2) mod m, with h1 and h2 the low and high
halves of the 64-bit FNV-1a hash of the UTF-8 word (h2 forced odd).
False positive rate about 3 % (0.1 %).  The bits are written as base64
text, decoded once at run time (common_words.c).
"""
import base64, os, subprocess, sys, tempfile

HUN = "/usr/share/hunspell"
MAXLEN = 14
PKGS = ["hunspell-en-us", "hunspell-de-de", "hunspell-es", "hunspell-nl",
        "hunspell-it", "hunspell-fr", "hunspell-pt-pt", "hunspell-ro",
        "wdutch", "hunspell-ru", "hunspell-uk", "hunspell-el", "hunspell-sv"]
# dictionaries not in UTF-8
ENCODING = {"el_GR": "iso8859-7"}
# (language: longest lower-case stem kept whatever the expansion limit)
STEMS = {"ru": 11, "uk": 9}
# A plain word list that completes the Hunspell forms: OpenTaal's Hunspell
# dictionary misses many function words and adverbs (terwijl, eigenlijk,
# daarbij) and unmunch cannot expand its long flags; its word list
# (wdutch) has them.  Its lower-case words join the common forms (same
# length limit), its capitalised words the proper nouns.  (wspanish and
# wngerman add nothing the es and de dictionaries lack but homographs of
# names: "jorge", "luis".)
WORDLISTS = {"nl": "/usr/share/dict/dutch"}
# (language, dictionary, longest expanded form kept; 0 = stems only)
LANGS = [("en", "en_US", 14), ("de", "de_DE", 14), ("es", "es_ES", 10),
         ("nl", "nl", 14), ("it", "it_IT", 8), ("fr", "fr", 0),
         ("pt", "pt_PT", 0), ("ro", "ro_RO", 8), ("ru", "ru_RU", 9),
         ("uk", "uk_UA", 8), ("el", "el_GR", 9), ("sv", "sv_SE", 14)]
BITS = 7
K = 5
# German asks its filters about names too (is this capitalised word a
# noun, a nominalised word, a compound's first part?): a false "yes"
# there loses a name, so its two filters get more bits (0.1 % false
# positives instead of 3 %).
BITS_K = {"cw_de": (14, 10), "cw_de_nouns": (14, 10), "cw_de_names": (14, 10),
          "cw_en_names": (14, 10), "cw_es_names": (14, 10), "cw_nl_names": (14, 10),
          "cw_ru_inames": (10, 7), "cw_el_inames": (10, 7),
          "cw_ru_long": (10, 7), "cw_uk_long": (10, 7), "cw_el_long": (10, 7)}
# proper-noun filters: (language, dictionary)
NAMES = [("en", "en_US"), ("es", "es_ES"), ("nl", "nl")]
# proper nouns asked only about a sentence's first word (is "Роман" before
# "Соколов" a given name?): (language, dictionaries).  ru_RU lists few
# (3,295: no Роман, Вера, Надежда); uk_UA lists many, Russian ones too
# (53,662 stems), so the Russian filter takes both.  Stems only.
# (Ukrainian shares the Russian filter: the same stems.)
INITIAL_NAMES = [("ru", ["ru_RU", "uk_UA"]), ("el", ["el_GR"])]
INITIAL_SHARED = {"uk": "ru"}
# Long words (round 14): the bounds above keep the filters small, and lose
# the long lemmas and plurals that open sentences ("Рятувальники",
# "Представники", "Εκατοντάδες").  A second filter per language holds
# what the first leaves out, lower-case only: for ru and uk the
# dictionary's stems (lemmas) longer than STEMS and up to LONG_MAX
# characters, which detection asks with the word and with its plural
# ending taken back to the lemma's; for el (full forms, no lemmas) the
# forms one and two characters longer than its bound.  (language,
# dictionary, shortest length kept, longest, stems only?)
LONG_MAX = 18
LONG = [("ru", "ru_RU", 12, LONG_MAX, True), ("uk", "uk_UA", 10, LONG_MAX, True),
        ("el", "el_GR", 10, 11, False)]


def fnv(b):
    h = 1469598103934665603
    for c in b:
        h ^= c
        h = (h * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


def read_dic(path, enc="utf-8"):
    with open(path, encoding=enc, errors="replace") as f:
        lines = f.read().split("\n")
    out = []
    for ln in lines[1:]:
        if not ln or ln[0] in " \t#":
            continue
        ln = ln.split("\t")[0].split(" ")[0]
        word, _, flags = ln.partition("/")
        word = word.replace("\\/", "/")
        if word:
            out.append((word, flags))
    return out


def unmunch(entries, aff, enc="utf-8"):
    with tempfile.NamedTemporaryFile("w", suffix=".dic", delete=False,
                                     encoding=enc) as t:
        t.write("%d\n" % len(entries))
        for w, fl in entries:
            t.write(w + ("/" + fl if fl else "") + "\n")
        name = t.name
    try:
        r = subprocess.run(["unmunch", name, aff], capture_output=True,
                           timeout=600)
    finally:
        os.unlink(name)
    return r.stdout.decode(enc, "replace").split("\n")


def bloom(words, bits_per=BITS, k=K):
    n = max(len(words), 1)
    m = (n * bits_per + 63) // 64 * 64
    bits = bytearray(m // 8)
    for w in words:
        h = fnv(w.encode("utf-8"))
        h1, h2 = h & 0xFFFFFFFF, (h >> 32) | 1
        for i in range(k):
            b = (h1 + i * h2) % m
            bits[b >> 3] |= 1 << (b & 7)
    return m, bits


def is_lower(w, maxlen=MAXLEN):
    return w[:1].islower() and len(w) <= maxlen and " " not in w


def wordlist(lang):
    path = WORDLISTS.get(lang)
    if not path:
        return []
    with open(path, encoding="utf-8", errors="replace") as f:
        return [w.strip() for w in f if w.strip()]


def common_forms(lang, code, expand):
    dic = os.path.join(HUN, code + ".dic")
    aff = os.path.join(HUN, code + ".aff")
    enc = ENCODING.get(code, "utf-8")
    entries = read_dic(dic, enc)
    words = set(w.lower() for w, _ in entries
                if is_lower(w, STEMS.get(lang, expand if code in ENCODING else MAXLEN)))
    words |= set(w for w in wordlist(lang) if is_lower(w, expand or MAXLEN))
    if expand and any(fl for _, fl in entries):     # el_GR: full forms
        words |= set(w.strip().lower() for w in unmunch(entries, aff, enc)
                     if is_lower(w.strip(), expand))
    if lang == "ru":
        words |= set(w.replace("ё", "е") for w in words if "ё" in w)
    if lang == "uk":        # м'ясо as news text writes it: м’ясо, мʼясо
        words |= set(w.replace("'", q) for w in words if "'" in w for q in "\u2019\u02bc")
    return words


def long_words(lang, code, shortest, longest, stems_only):
    """The lower-case stems (or forms) of code of shortest..longest
    characters, with the spellings common_forms adds (ё as е, the
    apostrophe's other code points)."""
    enc = ENCODING.get(code, "utf-8")
    entries = read_dic(os.path.join(HUN, code + ".dic"), enc)
    words = set(w.lower() for w, _ in entries
                if is_lower(w, longest) and len(w) >= shortest)
    if not stems_only and any(fl for _, fl in entries):
        aff = os.path.join(HUN, code + ".aff")
        words |= set(w.strip().lower() for w in unmunch(entries, aff, enc)
                     if is_lower(w.strip(), longest) and len(w.strip()) >= shortest)
    if lang == "ru":
        words |= set(w.replace("ё", "е") for w in words if "ё" in w)
    if lang == "uk":
        words |= set(w.replace("'", q) for w in words if "'" in w for q in "\u2019\u02bc")
    return words


def german_nouns():
    entries = read_dic(os.path.join(HUN, "de_DE.dic"))
    nouns = []
    for w, fl in entries:
        if not w[:1].isupper() or not fl or w.isupper():
            continue
        infl = set(fl) - set("S")
        if "S" in fl and not (infl & set("EPNTJFRXYZmij")):
            continue          # only a genitive -s: a proper noun
        nouns.append((w, fl))
    forms = set(w for w, _ in nouns)
    forms |= set(w.strip() for w in unmunch(nouns, os.path.join(HUN, "de_DE.aff"))
                 if w.strip()[:1].isupper())
    return set(w.lower() for w in forms if len(w) <= 30)


def german_names():
    """Proper nouns of igerman98: capitalised stems whose only flag is the
    genitive S (Wolfgang/S, Christoph/S, Genscher/S), with that genitive.
    Detection never reads them as common nouns (Wolf|gang is no
    compound)."""
    out = set()
    for w, fl in read_dic(os.path.join(HUN, "de_DE.dic")):
        if w[:1].isupper() and not w.isupper() and fl == "S":
            out.add(w.lower())
            out.add(w.lower() + "s")
    return out


def proper_names(lang, code):
    """Proper nouns of an en, es or nl dictionary: its capitalised stems
    (Luis, Jorge, París, Willem), lower-cased.  Detection keeps such a
    word at a sentence's start when a capitalised word follows ("Luis
    Horna") or the gazetteer knows it, even if a homograph is an ordinary
    word (Spanish "luis", a coin)."""
    out = set()
    for w, _ in read_dic(os.path.join(HUN, code + ".dic")):
        if w[:1].isupper() and not w.isupper() and " " not in w and len(w) <= 30:
            out.add(w.lower())
    for w in wordlist(lang):
        if w[:1].isupper() and not w.isupper() and " " not in w and len(w) <= 30:
            out.add(w.lower())
    return out


def initial_names(codes):
    """Capitalised stems (not all capitals, one word) of the dictionaries
    `codes`, lower-cased: Роман, Олена, Γιώργος, Москва."""
    out = set()
    for code in codes:
        for w, _ in read_dic(os.path.join(HUN, code + ".dic"), ENCODING.get(code, "utf-8")):
            if w[:1].isupper() and not w.isupper() and " " not in w and len(w) <= 30:
                out.add(w.lower())
    return out


def emit(name, words, out):
    """Writes the filter's bits as base64 text (a third of the source a
    list of byte values takes) and a zeroed buffer that common_words.c
    decodes them into on first use."""
    m, bits = bloom(sorted(words), *BITS_K.get(name, (BITS, K)))
    text = base64.b64encode(bytes(bits)).decode("ascii")
    out.write("static unsigned char %s[%d];\n" % (name, len(bits)))
    out.write("static const char %s_b64[] =\n" % name)
    for i in range(0, len(text), 76):
        out.write('"%s"\n' % text[i:i + 76])
    out.write(";\n")
    return m


def version(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                       capture_output=True, text=True)
    return r.stdout.strip() or "?"


def main():
    out = sys.stdout
    out.write("/* common_words_data.c - GENERATED by tools/words/gen_common_words.py;\n"
              " * do not edit.  Bloom filters of common word forms per language (and\n"
              " * German common nouns), from Debian's Hunspell dictionaries:\n")
    for p in PKGS:
        out.write(" *   %s %s\n" % (p, version(p)))
    out.write(" * (licences: see each package's copyright file; word forms only).\n */\n")
    out.write('#include "entities/common_words.h"\n\n')
    table = []
    for lang, code, expand in LANGS:
        words = common_forms(lang, code, expand)
        m = emit("cw_" + lang, words, out)
        table.append((lang, "cw_" + lang, m, len(words)))
        sys.stderr.write("%s: %d forms, %d bytes\n" % (lang, len(words), m // 8))
    nouns = german_nouns()
    m_nouns = emit("cw_de_nouns", nouns, out)
    sys.stderr.write("de nouns: %d forms, %d bytes\n" % (len(nouns), m_nouns // 8))
    names = german_names()
    m_names = emit("cw_de_names", names, out)
    sys.stderr.write("de names: %d forms, %d bytes\n" % (len(names), m_names // 8))
    name_tables = [("de", "cw_de_names", m_names, len(names))]
    for lang, code in NAMES:
        nm = proper_names(lang, code)
        m = emit("cw_%s_names" % lang, nm, out)
        name_tables.append((lang, "cw_%s_names" % lang, m, len(nm)))
        sys.stderr.write("%s names: %d forms, %d bytes\n" % (lang, len(nm), m // 8))
    out.write("\nconst nf_cw_filter nf_cw_filters[] = {\n")
    for lang, name, m, n in table:
        out.write('    { "%s", %s, %s_b64, %dU, %d }, /* %d forms */\n'
                  % (lang, name, name, m, BITS_K.get(name, (BITS, K))[1], n))
    out.write("};\nconst size_t nf_cw_n_filters = %d;\n" % len(table))
    out.write("const nf_cw_filter nf_cw_de_nouns = { \"de\", cw_de_nouns, cw_de_nouns_b64, "
              "%dU, %d };\n" % (m_nouns, BITS_K["cw_de_nouns"][1]))
    out.write("const nf_cw_filter nf_cw_names[] = {\n")
    for lang, name, m, n in name_tables:
        out.write('    { "%s", %s, %s_b64, %dU, %d }, /* %d forms */\n'
                  % (lang, name, name, m, BITS_K[name][1], n))
    out.write("};\nconst size_t nf_cw_n_names = %d;\n" % len(name_tables))
    init = []
    for lang, codes in INITIAL_NAMES:
        nm = initial_names(codes)
        m = emit("cw_%s_inames" % lang, nm, out)
        init.append((lang, "cw_%s_inames" % lang, m, len(nm)))
        init += [(o, "cw_%s_inames" % lang, m, len(nm))
                 for o, to in sorted(INITIAL_SHARED.items()) if to == lang]
        sys.stderr.write("%s initial names: %d forms, %d bytes\n" % (lang, len(nm), m // 8))
    out.write("const nf_cw_filter nf_cw_initial_names[] = {\n")
    for lang, name, m, n in init:
        out.write('    { "%s", %s, %s_b64, %dU, %d }, /* %d forms */\n'
                  % (lang, name, name, m, BITS_K[name][1], n))
    out.write("};\nconst size_t nf_cw_n_initial_names = %d;\n" % len(init))
    longs = []
    for lang, code, shortest, longest, stems_only in LONG:
        lw = long_words(lang, code, shortest, longest, stems_only)
        m = emit("cw_%s_long" % lang, lw, out)
        longs.append((lang, "cw_%s_long" % lang, m, len(lw)))
        sys.stderr.write("%s long words: %d, %d bytes\n" % (lang, len(lw), m // 8))
    out.write("const nf_cw_filter nf_cw_long[] = {\n")
    for lang, name, m, n in longs:
        out.write('    { "%s", %s, %s_b64, %dU, %d }, /* %d words */\n'
                  % (lang, name, name, m, BITS_K[name][1], n))
    out.write("};\nconst size_t nf_cw_n_long = %d;\n" % len(longs))


if __name__ == "__main__":
    main()
