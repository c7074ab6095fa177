#!/usr/bin/env python3
"""background.py - round 9: the background table of generic anchors.

Story folding weighs anchors by their idf over the ~hundreds of articles
of its window, which is noisy: a country, a head of state, a year or a
caseless script's function word can look rare in a small window.  This
script finds the anchors that are common in text that is NOT the
benchmark's (NTREX): the gold article bodies of the Article Extraction
Benchmark (181 news pages, mostly English) and the Universal Declaration
of Human Rights in about 450 languages (paragraphs grouped by 4: the
function words and common nouns of each language), both from
../shared/data; and the names, in every language the geo data has
(../shared/data/geo: CLDR and i18n-iso-countries country names, GeoNames
alternate names of capitals), of the generic places: continents and
world regions (CLDR's numeric territories) and the countries whose
English name is in >= 3 % of those news pages, with their capitals (a
story about China is not made by China: in every language).

  background.py docs SHARED OUT.jsonl   write the background documents
  background.py table ANCHORS OUT.c     read bench_fold --anchors output
                                        of them, write the C table

An anchor is generic when it is in >= 3 % of the news pages (at least 6)
or in >= 20 % of one language's UDHR groups (at least 3), or is a
generic place's name (except 3-class keys, which collide): the generated
table (src/fold/background_data.c) lists their hashes, sorted.  Run by
tools/fold/background.sh."""
import collections, csv, json, os, re, sys

NEWS_SHARE, NEWS_MIN = 0.03, 6
UDHR_SHARE, UDHR_MIN = 0.20, 3
GROUP = 4


def docs(shared, out):
    n = 0
    with open(out, "w", encoding="utf-8") as o:
        news = []
        for line in open(os.path.join(shared, "data/aeb/ground_truth.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            news.append(d["articleBody"])
            o.write(json.dumps({"id": "news:%s|x|0" % d["id"][:16], "text": d["articleBody"],
                                "published": "2019-01-01"}, ensure_ascii=False) + "\n")
            n += 1
        by_lang = collections.defaultdict(list)
        for line in open(os.path.join(shared, "data/udhr/udhr_paragraphs.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            by_lang[d["code"]].append(d["text"])
        for code in sorted(by_lang):
            ps = by_lang[code]
            for g in range(0, len(ps), GROUP):
                o.write(json.dumps({"id": "udhr-%s:%d|x|0" % (code, g // GROUP),
                                    "text": "\n\n".join(ps[g:g + GROUP]),
                                    "published": "2019-01-01"}, ensure_ascii=False) + "\n")
                n += 1
        n += place_docs(shared, o, news)
    print("background: %d documents" % n)


def place_docs(shared, o, news):
    """The names of generic places, one document per place."""
    geo = os.path.join(shared, "data/geo")
    names = collections.defaultdict(set)
    en = collections.defaultdict(set)
    for r in csv.DictReader(open(os.path.join(geo, "countries.tsv"), encoding="utf-8"), delimiter="\t"):
        names[r["alpha2"]].add(r["name"])
        if r["lang"] == "en":
            en[r["alpha2"]].add(r["name"])
    for r in csv.DictReader(open(os.path.join(geo, "cldr_territories.tsv"), encoding="utf-8"),
                            delimiter="\t", quoting=csv.QUOTE_NONE):
        names[r["territory"]].add(r["name"])
    generic = set(t for t in names if t.isdigit())     # continents, world regions
    for cc, ns in en.items():
        k = sum(1 for d in news if any(re.search(r"\b" + re.escape(x) + r"\b", d) for x in ns))
        if k >= NEWS_MIN and k >= NEWS_SHARE * len(news):
            generic.add(cc)
    capitals = collections.defaultdict(set)
    csv.field_size_limit(1 << 24)
    for r in csv.DictReader(open(os.path.join(geo, "geonames_cities1000.tsv"), encoding="utf-8"),
                            delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["featureCode"] == "PPLC" and r["country"] in generic:
            capitals[r["country"]].add(r["name"])
            capitals[r["country"]].update(x for x in r["alternativeNames"].split(",")
                                          if x and not x.isupper())
    n = 0
    for t in sorted(generic):
        text = "\n".join(sorted(names[t] | capitals[t]))
        o.write(json.dumps({"id": "place:%s|x|0" % t, "text": text,
                            "published": "2019-01-01"}, ensure_ascii=False) + "\n")
        n += 1
    print("background: generic places: %s" % " ".join(sorted(t for t in generic if not t.isdigit())))
    return n


def table(anchors, out):
    df = collections.defaultdict(collections.Counter)   # corpus -> anchor -> docs
    n_docs = collections.Counter()
    cur = set()
    for line in open(anchors, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "X":
            cur.add(int(f[1], 16))
        elif f[0] == "A":
            corpus = f[1].split(":")[0]
            n_docs[corpus] += 1
            df[corpus].update(cur)
            cur = set()
    gen = set()
    for corpus, c in df.items():
        n = n_docs[corpus]
        if corpus == "place":
            gen.update(a for a in c if a >> 62 != 3)
            continue
        share, least = (NEWS_SHARE, NEWS_MIN) if corpus == "news" else (UDHR_SHARE, UDHR_MIN)
        for a, k in c.items():
            if k >= least and k >= share * n:
                gen.add(a)
    gen = sorted(gen)
    with open(out, "w") as o:
        o.write("/* background_data.c - GENERATED by tools/fold/background.sh, do not edit.\n"
                " * Generic anchors (round 9): anchors common in text other than the\n"
                " * benchmark's: >= %d %% of the Article Extraction Benchmark's %d news\n"
                " * bodies, or >= %d %% of one language's groups of %d paragraphs of the\n"
                " * UDHR, or names of generic places (continents, regions, countries\n"
                " * in >= %d %% of those news bodies and their capitals) in every language\n"
                " * of ../shared/data/geo (../shared/data/aeb, udhr, geo; only hashes kept).\n"
                " * Sorted for binary search (folder_generic.c). */\n"
                % (NEWS_SHARE * 100, n_docs["news"], UDHR_SHARE * 100, GROUP, NEWS_SHARE * 100))
        o.write("#include <stddef.h>\n#include <stdint.h>\n\n#include \"fold/folder_int.h\"\n\n")
        bits = [0] * 1024
        for a in gen:
            bits[(a & 0xFFFF) >> 6] |= 1 << (a & 63)
        o.write("/* bit (a & 0xFFFF) is set for every anchor a of the table: most\n"
                " * anchors are not generic and are told so by one load */\n")
        o.write("const uint64_t nf_fd_generic_bits[1024] = {\n")
        for i in range(0, 1024, 3):
            o.write("    " + " ".join("0x%016xULL," % b for b in bits[i:i + 3]) + "\n")
        o.write("};\n\n")
        o.write("const size_t nf_fd_generic_n = %d;\n" % len(gen))
        o.write("const uint64_t nf_fd_generic_tab[] = {\n")
        for i in range(0, len(gen), 3):
            o.write("    " + " ".join("0x%016xULL," % a for a in gen[i:i + 3]) + "\n")
        o.write("};\n")
    print("background: %d generic anchors (news docs %d, udhr groups %d, places %d)"
          % (len(gen), n_docs["news"], sum(v for k, v in n_docs.items() if k.startswith("udhr")),
             n_docs["place"]))


if sys.argv[1] == "docs":
    docs(sys.argv[2], sys.argv[3])
else:
    table(sys.argv[2], sys.argv[3])
