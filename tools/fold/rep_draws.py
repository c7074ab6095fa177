#!/usr/bin/env python3
"""rep_draws.py - round 11 (same report): translation pairs and stories
over many development draws, through bench/fold/score.py (run once per
draw, its printed figures read back: the scorer stays the one source).

  rep_draws.py OUT [OUT2]   per draw, then mean and minimum of story P,
                            F1 and translation-pair P, R, Latin
                            (latin_dev_s*) and all-script (mixed_dev_s*)
                            apart; with OUT2 (after), both side by side
  --pairs                   also translation recall by language pair
                            (pairs summed over the draws), worst first

Only *_dev_s*.tsv files are read (never held-out streams)."""
import glob, itertools, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORE = os.path.join(ROOT, "bench", "fold", "score.py")
ST = re.compile(r"stories BCubed P ([0-9.]+) R ([0-9.]+) F1 ([0-9.]+)")
TR = re.compile(r"translation pairs P ([0-9.]+) R ([0-9.]+) \((\d+) found, (\d+) wrong, (\d+) true\)")


def score(path):
    out = subprocess.run([sys.executable, SCORE, path], capture_output=True, text=True,
                         check=True).stdout
    s, t = ST.search(out), TR.search(out)
    return {"P": float(s.group(1)), "R": float(s.group(2)), "F1": float(s.group(3)),
            "tP": float(t.group(1)) if t else 1.0, "tR": float(t.group(2)) if t else 0.0,
            "found": int(t.group(3)) if t else 0, "wrong": int(t.group(4)) if t else 0}


def run(out):
    return {os.path.basename(p)[:-4]: score(p)
            for p in sorted(glob.glob(os.path.join(out, "*_dev_s*.tsv")))}


def summary(res, kind):
    rows = [v for k, v in res.items() if k.startswith(kind)]
    if not rows:
        return "no draws"
    n = len(rows)
    m = lambda key: sum(r[key] for r in rows) / n
    lo = lambda key: min(r[key] for r in rows)
    return ("%d draws; story P %.4f (min %.3f) F1 %.4f (min %.3f); translation P %.4f "
            "(min %.3f) R %.4f (min %.3f); wrong pairs %d in %d draws"
            % (n, m("P"), lo("P"), m("F1"), lo("F1"), m("tP"), lo("tP"), m("tR"), lo("tR"),
               sum(r["wrong"] for r in rows), sum(1 for r in rows if r["wrong"])))


def pairs(out):
    """Translation recall by language pair over the draws' true pairs."""
    tot, hit = {}, {}
    for p in sorted(glob.glob(os.path.join(out, "*_dev_s*.tsv"))):
        art = []
        for line in open(p, encoding="utf-8"):
            aid, rep, story, rel = line.rstrip("\n").split("\t")
            doc, lang, n = aid.split("|")
            art.append((doc.split("@")[0], lang, n, rep))
        for x, y in itertools.combinations(art, 2):
            if x[0] != y[0] or x[1] == y[1] or "dupof" in x[2] or "dupof" in y[2]:
                continue
            key = tuple(sorted((x[1], y[1])))
            tot[key] = tot.get(key, 0) + 1
            hit[key] = hit.get(key, 0) + (x[3] == y[3])
    return tot, hit


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    res = [run(o) for o in args]
    for name in sorted(res[-1]):
        print("%-18s " % name + "   ".join(
            "P %.3f F1 %.3f tP %.3f tR %.3f" % (r[name]["P"], r[name]["F1"], r[name]["tP"],
                                                r[name]["tR"]) if name in r else "-"
            for r in res))
    for kind in ("latin", "mixed"):
        for o, r in zip(args, res):
            print("%s %s: %s" % (o, kind, summary(r, kind)))
    if "--pairs" in sys.argv:
        for o in args:
            tot, hit = pairs(o)
            print("%s: translation recall by language pair (true pairs, found)" % o)
            for key in sorted(tot, key=lambda k: hit[k] / tot[k]):
                if tot[key] >= 5:
                    print("  %s-%s %d %d %.3f" % (key[0], key[1], tot[key], hit[key],
                                                  hit[key] / tot[key]))


main()
