#!/usr/bin/env python3
"""bench/facts/incidents_eval.py - scores the record's incidents against
samples/truth.json (stories, reports, figures with values and dates).

  incidents_eval.py RECORD.json TRUTH.json [--verbose]
        [--min-figures F] [--min-purity P] [--min-places L] [--min-indep I]
        [--max-split S]

RECORD is `newsfold export --format json` (or `analyze --json`) of
samples/corpus.  Articles are mapped to truth reports by their source path
(`storm/02-en-wire.txt`) or their JSON Lines id.  Measures:

  figures   truth figures with a numeric value for which some incident whose
            story (the truth story of most of its sources) is the figure's
            story carries that value (any figure kind; money/percent/counts
            alike).  Also given for the casualty and money figures alone.
  purity    incidents whose sources all belong to one truth story.
  places    incidents with a place whose place is a truth location (any
            spelling) - a strict measure: a real place the truth does not
            list (Romania, Stockholm) counts as wrong; --verbose lists them.
  indep     incidents whose independent_sources equals the number of
            distinct truth reports among their sources.
  split     (story, kind) pairs carried by more than one incident.
With the --min/--max options the exit status is 1 when a measure is off."""
import json, sys
from collections import Counter


def opt(args, name, conv=float):
    return conv(args[args.index(name) + 1]) if name in args else None


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    rec = json.load(open(args[0], encoding="utf-8"))
    truth = json.load(open(args[1], encoding="utf-8"))
    by_file = {}
    for t in truth["articles"]:
        key = t.get("id") if t["file"] == "feed.jsonl" else t["file"]
        by_file[key] = t
    art = {}  # article id -> truth article
    for a in rec["articles"]:
        t = by_file.get(a["id"])
        if t is None:
            src = (a.get("source") or "").replace("\\", "/")
            for k, v in by_file.items():
                if k and src.endswith("/" + k):
                    t = v
                    break
        if t is not None:
            art[a["id"]] = t
    incs = rec.get("incidents", [])

    def story_of(i):
        c = Counter(art[s["article"]]["story"] for s in i["sources"] if s["article"] in art)
        return c.most_common(1)[0][0] if c else None

    def values(i):
        return [v["value"] for f in i["figures"] for v in f["values"]]

    # figures
    hit = tot = hit_c = tot_c = 0
    missed = []
    for f in truth["figures"]:
        if not isinstance(f.get("value"), (int, float)):
            continue
        casualty = f["unit"] in ("people",) and any(w in f["quantity"] for w in
                                                     ("killed", "injured", "missing"))
        money = f["unit"] in ("EUR", "USD", "RON")
        tot += 1
        ok = any(story_of(i) == f["story"] and
                 any(abs(v - f["value"]) <= 1e-9 * max(1, abs(f["value"])) for v in values(i))
                 for i in incs)
        hit += ok
        if casualty or money:
            tot_c += 1
            hit_c += ok
        if not ok:
            missed.append(f["id"])
    # purity, places, independence, split
    pure = 0
    with_place = good_place = 0
    indep_ok = 0
    locs = set()
    for e in truth.get("entities", []):
        if e["type"] == "location":
            locs.update(v.lower() for v in [e["name"]] + e.get("variants", []))
    pairs = Counter()
    for i in incs:
        stories = {art[s["article"]]["story"] for s in i["sources"] if s["article"] in art}
        pure += len(stories) <= 1
        if i.get("place"):
            with_place += 1
            good_place += i["place"].lower() in locs
        reports = {art[s["article"]]["report"] for s in i["sources"] if s["article"] in art}
        indep_ok += i["independent_sources"] == len(reports)
        pairs[(story_of(i), i["kind"])] += 1
    split = sum(1 for n in pairs.values() if n > 1)
    n = len(incs) or 1
    m = {
        "figures": hit / tot if tot else 0.0,
        "figures_casualty_money": hit_c / tot_c if tot_c else 0.0,
        "purity": pure / n,
        "places": good_place / with_place if with_place else 0.0,
        "indep": indep_ok / n,
        "split": split,
    }
    print("incidents %d; figures %.3f (%d/%d), casualty+money %.3f (%d/%d); purity %.3f; "
          "places %.3f (%d/%d); independent sources %.3f; split (story,kind) %d"
          % (len(incs), m["figures"], hit, tot, m["figures_casualty_money"], hit_c, tot_c,
             m["purity"], m["places"], good_place, with_place, m["indep"], split))
    if verbose:
        for i in incs:
            reports = sorted({art[s["article"]]["report"] for s in i["sources"]
                              if s["article"] in art})
            print("  %-10s %-10s %-14s story=%-8s indep=%d reports=%s figs=%s" % (
                i["kind"], i.get("date"), i.get("place"), story_of(i),
                i["independent_sources"], ",".join(reports),
                ["%s:%s" % (f["kind"], "/".join(str(v["value"]) for v in f["values"]))
                 for f in i["figures"]]))
        print("  missed figures:", " ".join(missed))
    bad = []
    for name, key, cmp in (("--min-figures", "figures", min), ("--min-purity", "purity", min),
                           ("--min-places", "places", min), ("--min-indep", "indep", min),
                           ("--max-split", "split", max)):
        lim = opt(args, name)
        if lim is None:
            continue
        if (cmp is min and m[key] < lim) or (cmp is max and m[key] > lim):
            bad.append("%s %s (limit %s)" % (key, m[key], lim))
    if bad:
        print("below floor: " + "; ".join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
