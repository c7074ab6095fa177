#!/usr/bin/env python3
"""make_streams.py - streams for the fold benchmark, made from NTREX-128.

Each NTREX document id is one story told in 128 languages.  An article is
a random contiguous part (at least half) of one document in one language,
so no two articles are identical; documents get dates one or two a day,
their articles are spread over three days after that and the stream is in
date order (shuffled within a day).  Writes JSON Lines with the truth in
the id: "<doc>|<lang>|<n>".

  latin.jsonl   60 documents x 4 Latin-script languages
  mixed.jsonl   60 documents x 4 languages from 12 scripts
  dups.jsonl    123 documents x 3 languages, plus a near duplicate of
                each made from it (boilerplate lines added or removed,
                sentences dropped or swapped, punctuation and quotes
                changed): id "<doc>|<lang>|dupof=<n>"
  scale.jsonl   N articles (default 200000) cycling over all documents
                and languages, 400 documents a day

Streams of distinct stories (round 4): NTREX has documents by different
outlets on one event (bench/fold/events.txt, groups judged from the
English titles only); there only the first document of each group is
kept, so that a document is a story.  The 97 documents left are shuffled
with their own seed and split in two disjoint halves: a development half
(thresholds are tuned on it) and a held-out half (only reported), each
streamed in Latin-script and in all-script mixes, 4 languages a document:

  latin_dev.jsonl, mixed_dev.jsonl     48 documents x 4 languages
  latin_held.jsonl, mixed_held.jsonl   49 documents x 4 languages

The streams above are unchanged (same seed, same draws).  With the
environment variable NF_HELD_SEED=S set, the held-out documents are also
streamed with draws from seed S (new languages and parts):
latin_held_sS.jsonl, mixed_held_sS.jsonl (round 6's fresh held-out check).
With NF_DEV_SEED=S (or S1,S2,...) the development documents are streamed
again the same way: latin_dev_sS.jsonl, mixed_dev_sS.jsonl (round 8:
training and validation draws for the learnt join decision).  With
NF_DEV_ORDER=O (or O1,O2,...) as well, the development documents are
also put in an order shuffled with seed O before the draws:
latin_dev_oO_sS.jsonl, mixed_dev_oO_sS.jsonl (round 14: other documents
become neighbours in time).

Usage: make_streams.py NTREX_DIR OUT_DIR [N_SCALE]"""
import csv, datetime, json, os, random, sys

ntrex, out = sys.argv[1], sys.argv[2]
n_scale = int(sys.argv[3]) if len(sys.argv) > 3 else 200000
os.makedirs(out, exist_ok=True)
rng = random.Random(20260107)

def load(code):
    docs = {}
    with open(os.path.join(ntrex, "sentences", code + ".tsv"), encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        for line, doc, i, text in r:
            docs.setdefault(doc, []).append(text)
    return docs

LATIN = ["eng", "fra", "deu", "spa", "ita", "por", "nld", "pol", "ron", "swe", "ces", "tur"]
MIXED = ["eng", "rus", "arb", "hin", "zho-CN", "jpn", "tha", "ell", "heb", "kor", "fra", "deu"]
cache = {}
def docs_of(code):
    if code not in cache:
        cache[code] = load(code)
    return cache[code]

def fragment(sents):
    n = len(sents)
    k = rng.randint((n + 1) // 2, n)
    s = rng.randint(0, n - k)
    return sents[s:s + k]

BASE = datetime.date(2025, 1, 1)
def day(d):
    return (BASE + datetime.timedelta(days=d)).isoformat()

def write(name, items):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

def stream(langs, n_docs, per_doc, name, ids=None):
    """Streams the first n_docs of ids (default: all, shuffled)."""
    if ids is None:
        ids = sorted(docs_of("eng"))
        rng.shuffle(ids)
    items = []
    for di, doc in enumerate(ids[:n_docs]):
        start = di // 2
        for li, lang in enumerate(rng.sample(langs, per_doc)):
            sents = fragment(docs_of(lang)[doc])
            d = start + rng.randint(0, 2)
            items.append((d, rng.random(), {"id": "%s|%s|%d" % (doc, lang, li),
                          "published": day(d), "title": sents[0],
                          "text": "\n".join(sents[1:]) or sents[0]}))
    items.sort(key=lambda x: (x[0], x[1]))
    write(name, [x[2] for x in items])

def damage(sents):
    s = list(sents)
    if len(s) > 4 and rng.random() < 0.5:
        del s[rng.randrange(len(s))]                   # drop a sentence
    if len(s) > 4 and rng.random() < 0.5:
        i = rng.randrange(len(s) - 1)
        s[i], s[i + 1] = s[i + 1], s[i]                # swap two
    s = [x.replace('"', "\u201c").replace(",", " ,").replace(".", "!") if rng.random() < 0.3 else x
         for x in s]
    if rng.random() < 0.7:
        s.insert(0, rng.choice(["Advertisement", "Share this article", "Read more", "Werbung"]))
    if rng.random() < 0.7:
        s.append(rng.choice(["Related articles", "Back to top", "Leave a comment", "(c) All rights reserved"]))
    return s

def dups():
    items = []
    ids = sorted(docs_of("eng"))
    langs = ["eng", "fra", "rus", "jpn", "arb", "deu"]
    for di, doc in enumerate(ids):
        for li, lang in enumerate(rng.sample(langs, 3)):
            sents = fragment(docs_of(lang)[doc])
            d = di // 3
            items.append((d, rng.random(), {"id": "%s|%s|%d" % (doc, lang, li), "published": day(d),
                          "text": "\n".join(sents)}))
            if rng.random() < 0.5:
                items.append((d + rng.randint(0, 1), rng.random(), {"id": "%s|%s|dupof=%d" % (doc, lang, li),
                              "published": day(d), "text": "\n".join(damage(sents))}))
    items.sort(key=lambda x: (x[0], x[1]))
    write("dups.jsonl", [x[2] for x in items])

def scale():
    codes = [l.split("\t")[0] for l in open(os.path.join(ntrex, "languages.tsv"), encoding="utf-8")][1:]
    allc = {c: docs_of(c) for c in codes}
    ids = sorted(allc["eng"])
    with open(os.path.join(out, "scale.jsonl"), "w", encoding="utf-8") as f:
        for i in range(n_scale):
            doc = ids[(i // 4) % len(ids)]
            lang = codes[rng.randrange(len(codes))]
            sents = fragment(allc[lang][doc])
            f.write(json.dumps({"id": "%s@%d|%s|%d" % (doc, i // (4 * len(ids)), lang, i),
                                "published": day(i // 1600), "text": "\n".join(sents)},
                               ensure_ascii=False) + "\n")

def distinct_docs():
    """English document ids less all but the first of each events.txt group."""
    drop = set()
    here = os.path.dirname(os.path.abspath(__file__))
    for line in open(os.path.join(here, "events.txt"), encoding="utf-8"):
        line = line.split("#")[0].strip()
        if ":" in line:
            drop.update(line.split(":", 1)[1].split()[1:])
    return [d for d in sorted(docs_of("eng")) if d not in drop]

def split_streams():
    global rng
    saved = rng
    rng = random.Random(20261122)
    ids = distinct_docs()
    rng.shuffle(ids)
    half = len(ids) // 2
    parts = {"dev": ids[:half], "held": ids[half:]}
    for part in ("dev", "held"):
        for langs, kind in ((LATIN, "latin"), (MIXED, "mixed")):
            ids_p = parts[part]
            stream(langs, len(ids_p), 4, "%s_%s.jsonl" % (kind, part), ids_p)
    fresh = os.environ.get("NF_HELD_SEED")
    if fresh:
        # round 6: a fresh held-out check, the same held-out documents
        # with new language choices and parts (draws from another seed);
        # written after the other streams, which stay unchanged
        rng = random.Random(int(fresh))
        for langs, kind in ((LATIN, "latin"), (MIXED, "mixed")):
            stream(langs, len(parts["held"]), 4, "%s_held_s%s.jsonl" % (kind, fresh), parts["held"])
    dev_seed = os.environ.get("NF_DEV_SEED")
    if dev_seed:
        # round 8: more development draws (training and validation data
        # for the learnt join decision), the same development documents
        # with new languages and parts; a comma-separated list of seeds
        # is allowed.  Written last: the other streams stay unchanged.
        for sd in dev_seed.split(","):
            rng = random.Random(int(sd))
            for langs, kind in ((LATIN, "latin"), (MIXED, "mixed")):
                stream(langs, len(parts["dev"]), 4, "%s_dev_s%s.jsonl" % (kind, sd), parts["dev"])
    order = os.environ.get("NF_DEV_ORDER")
    if dev_seed and order:
        # round 14: the development documents in other orders.  Documents
        # are dated in list order (two a day), so in the draws above the
        # same documents are always neighbours; a shuffled order brings
        # other pairs within a week of each other (two documents of one
        # affair, say), as the held-out half's order does for its own.
        for od in order.split(","):
            ids_o = list(parts["dev"])
            random.Random(int(od)).shuffle(ids_o)
            for sd in dev_seed.split(","):
                rng = random.Random(int(sd))
                for langs, kind in ((LATIN, "latin"), (MIXED, "mixed")):
                    stream(langs, len(ids_o), 4, "%s_dev_o%s_s%s.jsonl" % (kind, od, sd), ids_o)
    rng = saved

stream(LATIN, 60, 4, "latin.jsonl")
stream(MIXED, 60, 4, "mixed.jsonl")
dups()
scale()
split_streams()
