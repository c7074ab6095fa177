#!/usr/bin/env python3
"""rep_misses.py - round 13 (same report): where the true translation
pairs that step 3 misses fail.

  rep_misses.py DIR [--kind latin|mixed] [--show STAGE] [--hist]

DIR holds, per development draw S, S.tsv (bench_fold --full output) and
S.trace: the trace of an instrumented step 3, not part of the library:
tools/fold/rep_trace.patch, applied to a copy of the tree (`git archive
HEAD | tar -x -C COPY; cd COPY; patch -p1 < tools/fold/rep_trace.patch`;
made against round 13's folder.c, folder_int.h, folder_report.c), makes
bench_fold write to the file named by NF_REP_TRACE, for every article
folded through step 3, a line "A me tr_found tr_kept n_cand latin n_seq
n_sent", its sequence "S me entries...", and for every held article in
another language a line "P me other rank used cos shared compared
sent_ratio cross jac has_lang lcs n_a n_b shared_a shared_b lr order
ok_whole ok_order figures_disagree versions_agree fig_a miss_a fig_b
miss_b pre_a pre_b post_a post_b other_latin lcs_specific
common_specific ok_specific" (indices in arrival order; ok_order
includes round 13's specific order, figures_disagree its figures'
check; the trace reads, it decides nothing: the output is unchanged).
The
tool reads the two, takes every same-document pair of two languages
(not near-duplicates: the scorer's true pairs) left in two reports, and
names the first test of find_translation() that the later article
failed against the earlier one:

  not held       the earlier article was no longer held, or the later
                 one was a near-duplicate (step 3 not run)
  no candidate   the earlier one's story is not among the 5 scored
  weak cand      its story is scored but shares < 2 anchors / out of window
  not top 2      a candidate story, but not among the 2 compared
  sentences      sentence-count ratio < 0.4
  budget         not among the 16 compared
  jaccard        weighted anchor Jaccard < 0.08
  lang in rep    the earlier one's report already has the later's language
  in order       neither the whole-sequence nor the order tests pass
  figures        the figures disagree
  versions       another version of the report disagrees (across scripts)
  passed         passed: another report was taken, or the story veto

Per article too: a later article that found no translation although a
true partner was held, by the furthest stage any of its partners
reached.  Only *_dev_s* files are read (never held-out streams)."""
import collections, glob, os, signal, sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under `| head`

STAGES = ["not held", "no candidate", "weak cand", "not top 2", "sentences", "budget",
          "jaccard", "lang in rep", "in order", "figures", "versions", "passed"]
F = ("me other rank used cos shared compared sr cross jac hl lcs n_a n_b sh_a sh_b lr "
     "order ok1 ok2 dis agr fig_a miss_a fig_b miss_b pre_a pre_b post_a post_b olatin").split()


def stage(p):
    """First test failed by the later article against the earlier (row p)."""
    if p is None:
        return "not held"
    if p["rank"] < 0:
        return "no candidate"
    if p["used"] == -2:
        return "weak cand"
    if p["used"] >= 2:
        return "not top 2"
    if p["sr"] < 0.4:
        return "sentences"
    if not p["compared"]:
        return "budget"
    if p["jac"] < 0.08:
        return "jaccard"
    if p["hl"]:
        return "lang in rep"
    if not (p["ok1"] or p["ok2"]):
        return "in order"
    if p["dis"]:
        return "figures"
    if p["cross"] and not p["agr"]:
        return "versions"
    return "passed"


def num(x):
    return float(x) if "." in x else int(x)


def load(base):
    arts = []
    for line in open(base + ".tsv", encoding="utf-8"):
        aid, rep, story, rel = line.rstrip("\n").split("\t")
        doc, lang, n = aid.split("|")
        arts.append({"doc": doc.split("@")[0], "lang": lang, "n": n, "rep": rep,
                     "story": story, "rel": rel})
    rows, found = {}, {}
    for line in open(base + ".trace", encoding="utf-8"):
        v = line.rstrip("\n").split("\t")
        if v[0] == "P":
            p = dict(zip(F, map(num, v[1:])))
            rows[(p["me"], p["other"])] = p
        elif v[0] == "A":
            found[int(v[1])] = (int(v[2]), int(v[3]))
    return arts, rows, found


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    kind = sys.argv[sys.argv.index("--kind") + 1] if "--kind" in sys.argv else None
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    if kind:
        args = [a for a in args if a != kind]
    if show:
        args = [a for a in args if a != show]
    d = args[0]
    pair_st = collections.Counter()
    art_st = collections.Counter()
    by_lang = collections.defaultdict(collections.Counter)
    shown = []
    n_true = n_hit = 0
    for tsv in sorted(glob.glob(os.path.join(d, "*_dev_s*.tsv"))):
        base = tsv[:-4]
        name = os.path.basename(base)
        if kind and not name.startswith(kind):
            continue
        arts, rows, found = load(base)
        for i, x in enumerate(arts):
            if "dupof" in x["n"]:
                continue
            best = None
            partners = 0
            for j in range(i):
                y = arts[j]
                if y["doc"] != x["doc"] or y["lang"] == x["lang"] or "dupof" in y["n"]:
                    continue
                n_true += 1
                if y["rep"] == x["rep"]:
                    n_hit += 1
                    partners = -1 if partners >= 0 else partners
                    continue
                p = rows.get((i, j))
                st = stage(p)
                pair_st[st] += 1
                by_lang[x["lang"]][st] += 1
                by_lang[y["lang"]][st] += 1
                if show and st == show:
                    shown.append((name, i, j, x["lang"], y["lang"], p))
                if partners >= 0:
                    partners += 1
                    if best is None or STAGES.index(st) > STAGES.index(best):
                        best = st
            if partners > 0 and found.get(i, (-1, -1))[1] < 0:
                art_st[best] += 1
    print("true pairs %d, found %d (R %.3f), missed %d" % (n_true, n_hit, n_hit / max(1, n_true),
                                                          n_true - n_hit))
    print("missed pairs by first failed test (later article against the earlier):")
    for s in STAGES:
        print("  %-13s %6d" % (s, pair_st[s]))
    print("later articles with no translation found though a true partner was held,")
    print("by the furthest test a partner reached:")
    for s in STAGES:
        print("  %-13s %6d" % (s, art_st[s]))
    print("missed pairs holding each language:")
    for lang, c in sorted(by_lang.items(), key=lambda kv: -sum(kv[1].values())):
        top = ", ".join("%s %d" % kv for kv in c.most_common(4))
        print("  %s %5d: %s" % (lang, sum(c.values()), top))
    if show:
        keys = ["jac", "lcs", "n_a", "n_b", "sh_a", "sh_b", "lr", "order", "fig_a", "miss_a",
                "fig_b", "miss_b", "pre_a", "pre_b", "post_a", "post_b", "sr", "cross"]
        for name, i, j, lx, ly, p in shown[:int(os.environ.get("NF_SHOW", "40"))]:
            print(name, i, j, lx, ly, " ".join("%s=%s" % (k, p[k]) for k in keys) if p else "-")
    if "--hist" in sys.argv and show:
        ps = [p for *_, p in shown if p]
        for key in ("lcs", "order", "jac", "lr", "sh_a", "sh_b"):
            vals = sorted(p[key] for p in ps)
            if vals:
                q = lambda f: vals[min(len(vals) - 1, int(f * len(vals)))]
                print("%-6s q10 %s q25 %s q50 %s q75 %s q90 %s" % (key, q(.1), q(.25), q(.5),
                                                                  q(.75), q(.9)))


if __name__ == "__main__":
    main()
