#!/usr/bin/env python3
"""draws.py - round 9: BCubed over many development draws.

  draws.py OUT                 per draw P / R / F1 of every *_dev_s*.tsv
                               (or *_dev_oO_s*.tsv, round 14) in
                               OUT, then mean and minimum, Latin and
                               all-script apart
  draws.py BEFORE AFTER        the same for both, side by side, and the
                               documents better / worse (a document's
                               BCubed F1, averaged over its articles, in
                               each draw)

The truth is the document id in the article id "<doc>|<lang>|<n>", as in
score.py (whose formula this repeats; score.py is left unchanged)."""
import glob, os, sys


def load(path):
    arts = []
    for line in open(path, encoding="utf-8"):
        aid, rep, story, rel = line.rstrip("\n").split("\t")
        arts.append((aid.split("|")[0].split("@")[0], story))
    return arts


def bcubed(arts):
    by_story, by_doc = {}, {}
    for d, s in arts:
        by_story.setdefault(s, []).append(d)
        by_doc[d] = by_doc.get(d, 0) + 1
    P = R = 0.0
    doc_f = {}
    for d, s in arts:
        both = sum(1 for x in by_story[s] if x == d)
        p, r = both / len(by_story[s]), both / by_doc[d]
        P += p
        R += r
        doc_f.setdefault(d, []).append(2 * p * r / (p + r))
    n = len(arts)
    P, R = P / n, R / n
    return P, R, 2 * P * R / (P + R), {d: sum(v) / len(v) for d, v in doc_f.items()}


def run(out):
    res = {}
    for p in sorted(glob.glob(os.path.join(out, "*_dev_*s*.tsv"))):
        res[os.path.basename(p)[:-4]] = bcubed(load(p))
    return res


def summary(res, kind):
    rows = [v for k, v in res.items() if k.startswith(kind)]
    if not rows:
        return None
    n = len(rows)
    mean = [sum(r[i] for r in rows) / n for i in range(3)]
    return n, mean, min(r[0] for r in rows), min(r[2] for r in rows), \
        sum(1 for r in rows if r[0] < 0.96)


def show(res, label):
    for kind in ("latin", "mixed"):
        s = summary(res, kind)
        if s:
            n, mean, minp, minf, under = s
            print("%s %s: %d draws; mean P %.3f R %.3f F1 %.3f; min P %.3f min F1 %.3f; draws P<0.96: %d"
                  % (label, kind, n, mean[0], mean[1], mean[2], minp, minf, under))


args = sys.argv[1:]
if len(args) == 1:
    r = run(args[0])
    for k, v in r.items():
        print("%-20s P %.3f R %.3f F1 %.3f" % (k, v[0], v[1], v[2]))
    show(r, os.path.basename(args[0].rstrip("/")))
else:
    a, b = run(args[0]), run(args[1])
    better = worse = 0
    for k in a:
        if k not in b:
            continue
        va, vb = a[k], b[k]
        mark = "" if abs(va[2] - vb[2]) < 5e-4 else (" +" if vb[2] > va[2] else " -")
        print("%-20s P %.3f R %.3f F1 %.3f | P %.3f R %.3f F1 %.3f%s"
              % (k, va[0], va[1], va[2], vb[0], vb[1], vb[2], mark))
        for d in va[3]:
            x, y = va[3][d], vb[3].get(d, 0)
            better += y > x + 1e-9
            worse += y < x - 1e-9
    show(a, "before")
    show(b, "after ")
    print("documents (per draw) better %d, worse %d" % (better, worse))
