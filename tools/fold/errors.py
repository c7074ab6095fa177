#!/usr/bin/env python3
"""errors.py - round 9 error analysis of story folding on development
draws: reads bench_fold --anchors files and names, for every wrong join
(an article joining, or a story merging into, a story whose majority
document is another), the anchors the two sides share, by class, with
their document frequency in the stream; and, for every miss (an article
that starts or joins a story without the earlier articles of its own
document), what it shared with them.

A join is wrong when the story it joins holds no article of the
article's document (the first contamination; later articles of either
document joining the mixed story are not counted again).  With
--generic FILE (src/fold/background_data.c) each shared anchor is also
classed generic or specific (round 9).

usage: errors.py ANCHORS_FILE... [--verbose] [--generic TABLE.c]"""
import collections, math, re, signal, sys
signal.signal(signal.SIGPIPE, signal.SIG_DFL)

argv = sys.argv[1:]
GEN = set()
if "--generic" in argv:
    i = argv.index("--generic")
    GEN = set(int(x, 16) for x in re.findall(r"0x([0-9a-f]{16})ULL", open(argv[i + 1]).read()))
    del argv[i:i + 2]
args = [a for a in argv if not a.startswith("--")]
verbose = "--verbose" in argv

YEAR = re.compile(r"^(19|20)\d\d$")


def klass(kind, text, h=None):
    c = klass0(kind, text)
    if GEN and h is not None:
        c += " (generic)" if int(h, 16) in GEN else " (specific)"
    return c


def klass0(kind, text):
    if kind in "nv":
        try:
            v = float(text)
        except ValueError:
            return "number"
        if YEAR.match(text):
            return "year"
        if v < 100:
            return "small number"
        return "number"
    return {"p": "place(word)", "P": "place(entity)", "e": "exact",
            "k": "key", "s": "skeleton", "c": "curated"}.get(kind, kind)


wrong = collections.Counter()       # class -> wrong joins it took part in
wrong_w = collections.Counter()
miss = collections.Counter()
n_wrong = n_join = n_miss = 0
kinds_in_wrong = collections.Counter()
for path in args:
    arts = []                        # (id, doc, lang, anchors {a: (kind, text)}, story, gone)
    cur = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "X":
            cur.setdefault(f[1], (f[2], f[3] if len(f) > 3 else ""))
        elif f[0] == "A":
            aid = f[1]
            arts.append((aid, aid.split("|")[0], aid.split("|")[1], cur, int(f[2]), int(f[3])))
            cur = {}
    df = collections.Counter()
    for a in arts:
        df.update(a[3].keys())
    N = len(arts)
    members = collections.defaultdict(list)   # story -> article indexes
    seen_doc = collections.defaultdict(list)

    def majority(ix):
        c = collections.Counter(arts[i][1] for i in ix)
        return c.most_common(1)[0][0] if c else None

    def shared(i, ix, doc):
        s = {}
        for j in ix:
            if arts[j][1] != doc:
                continue
            for h in arts[i][3]:
                if h in arts[j][3]:
                    s[h] = arts[i][3][h]
        return s

    for i, (aid, doc, lang, anc, story, gone) in enumerate(arts):
        before = list(members[story])
        if gone:
            before_gone = members.pop(gone, [])
        else:
            before_gone = []
        if before:
            n_join += 1
            m = majority(before)
            if all(arts[j][1] != doc for j in before):
                n_wrong += 1
                s = shared(i, before, m)
                cls = collections.Counter(klass(k, t, h) for h, (k, t) in s.items())
                kinds_in_wrong[" + ".join(sorted(cls)) or "(nothing shared: a translation, merge or wait)"] += 1
                for h, (k, t) in s.items():
                    wrong[klass(k, t, h)] += 1
                    wrong_w[klass(k, t, h)] += math.log((N + 20) / (df[h] + 0.5))
                if verbose:
                    print("WRONG %s -> story of %s (%d): %s" % (aid, m, len(before),
                          ", ".join("%s:%s(df%d)" % (klass(k, t, h), t, df[h]) for h, (k, t) in s.items())))
        if before_gone and before:
            mg, mk = majority(before_gone), majority(before + [i])
            if not set(arts[j][1] for j in before_gone) & set(arts[j][1] for j in before + [i]) and verbose:
                print("WRONG MERGE of %s story (%d) into %s story (%d) by %s"
                      % (mg, len(before_gone), mk, len(before), aid))
            if not set(arts[j][1] for j in before_gone) & set(arts[j][1] for j in before + [i]):
                n_wrong += 1
                kinds_in_wrong["merge"] += 1
        members[story] += before_gone + [i]
        # a miss: the document had earlier articles, none in this story
        earlier = seen_doc[doc]
        if earlier and not any(arts[j][1] == doc for j in before + before_gone):
            n_miss += 1
            s = {}
            for j in earlier:
                for h in anc:
                    if h in arts[j][3]:
                        s[h] = anc[h]
            cls = collections.Counter(klass(k, t, h) for h, (k, t) in s.items())
            for c in cls:
                miss[c] += 1
            if verbose:
                print("MISS %s (%s) earlier %d: %s" % (aid, lang, len(earlier),
                      ", ".join("%s:%s(df%d)" % (klass(k, t), t, df[h]) for h, (k, t) in s.items())))
        seen_doc[doc].append(i)

print("joins into an existing story: %d, wrong (incl. merges): %d, misses: %d" % (n_join, n_wrong, n_miss))
print("anchor classes shared in wrong joins (joins holding it, summed idf):")
for c, n in wrong.most_common():
    print("  %-14s %4d  %.1f" % (c, n, wrong_w[c]))
print("combinations of classes in wrong joins:")
for c, n in kinds_in_wrong.most_common(12):
    print("  %4d  %s" % (n, c))
print("anchor classes shared with the own document in misses (misses holding it):")
for c, n in miss.most_common():
    print("  %-14s %4d" % (c, n))
