#!/usr/bin/env python3
"""join_cover.py - round 14: are wrong story joins weaker than right ones?

Reads pairs of files made by a bench_fold built with join_trace.patch
(tools/fold/, applied to src/fold/folder.c) and run with NF_TRACE=1:
  NAME.out  bench_fold's stdout (id, report, story, relation per article)
  NAME.err  its stderr, holding one line per article
            "T<TAB>best story<TAB>cos<TAB>other cos<TAB>story size<TAB>
             shared mass<TAB>article mass<TAB>shared specific mass<TAB>
             article specific mass<TAB>shared<TAB>specific<TAB>latin"
            ("T<TAB>0" when no candidate passed the floors)
and the streams the runs read (for the dates), and prints, for the joins
into the best candidate (Latin-script and all-script streams apart, by
cosine band: under NF_STORY_COS, where only the margin rule joins, and
over it), the share of the article's weight the story shares (coverage;
"spec": of its specific weight) at quantiles for right joins and every
value for wrong ones; then the days between a joining article and its
story's newest article, right and wrong apart.

A join is right when the story's articles so far are mostly of the
article's document (the truth is in the id "<doc>|<lang>|<n>").

usage: join_cover.py STREAM_DIR... -- NAME.out...
(each NAME.out is matched with STREAM_DIR/NAME.jsonl in the first
directory holding it)."""
import collections, datetime, json, os, sys

args = sys.argv[1:]
if "--" not in args:
    sys.exit(__doc__)
cut = args.index("--")
dirs, outs = args[:cut], args[cut + 1:]


def day(s):
    return datetime.date.fromisoformat(s[:10])


def stream_of(name):
    for d in dirs:
        p = os.path.join(d, name + ".jsonl")
        if os.path.exists(p):
            return p
    sys.exit("join_cover.py: no stream %s.jsonl in %s" % (name, " ".join(dirs)))


joins, gaps = [], collections.Counter()
for out in outs:
    name = os.path.basename(out)[:-4]
    kind = "latin" if name.startswith("latin") else "mixed"
    pub = {}
    for line in open(stream_of(name), encoding="utf-8"):
        it = json.loads(line)
        pub[it["id"]] = day(it["published"])
    arts = [l.rstrip("\n").split("\t") for l in open(out, encoding="utf-8")]
    trace = [l.rstrip("\n").split("\t") for l in open(out[:-4] + ".err", encoding="utf-8")
             if l.startswith("T\t")]
    if len(arts) != len(trace):
        sys.exit("join_cover.py: %s: %d articles, %d trace lines" % (out, len(arts), len(trace)))
    held = collections.defaultdict(list)   # story -> [(doc, date)] so far
    for a, t in zip(arts, trace):
        doc, story = a[0].split("|")[0], a[2]
        so_far = held[story]
        if so_far:
            top = collections.Counter(d for d, _ in so_far).most_common(1)[0][0]
            gap = (pub[a[0]] - max(x for _, x in so_far)).days
            gaps[(kind, top == doc, gap)] += 1
        if t[1] != "0" and t[1] == story and held.get(t[1]):
            top = collections.Counter(d for d, _ in held[t[1]]).most_common(1)[0][0]
            mass, am, sm, asm = (float(x) for x in t[5:9])
            joins.append((kind, float(t[2]), top == doc, mass / am if am else 0,
                          sm / asm if asm else 0))
        held[story].append((doc, pub[a[0]]))


def quant(v):
    v = sorted(v)
    return " ".join("%.2f" % v[int(len(v) * q)] for q in (0.05, 0.10, 0.25, 0.50)) if v else "-"


for kind in ("latin", "mixed"):
    for lo, hi in ((0.0, 0.22), (0.22, 9.0)):
        band = [j for j in joins if j[0] == kind and lo <= j[1] < hi]
        right = [j for j in band if j[2]]
        wrong = [j for j in band if not j[2]]
        print("%s cos %.2f-%.2f: %d joins, %d wrong" % (kind, lo, min(hi, 1), len(band), len(wrong)))
        for label, i in (("coverage", 3), ("spec coverage", 4)):
            print("  %-13s right q05/q10/q25/q50 %s; wrong %s" % (
                label, quant([j[i] for j in right]),
                " ".join("%.2f" % j[i] for j in sorted(wrong, key=lambda j: j[i]))))
print("days from the story's newest article (joins into a story so far mostly of the"
      " article's document = right):")
for kind in ("latin", "mixed"):
    for ok in (True, False):
        row = sorted((g, n) for (k, r, g), n in gaps.items() if k == kind and r == ok)
        print("  %s %s: %s" % (kind, "right" if ok else "wrong", ", ".join("%d d: %d" % x for x in row)))
