#!/usr/bin/env python3
"""bench/facts/eval.py - precision and recall of the facts stage against a
gold set (tests/data/facts: corpus.jsonl + gold.json, our own writing).

  eval.py NEWSFOLD CORPUS GOLD [--min-p P --min-r R] [--verbose]

Dates match when the predicted text overlaps the gold text and the values
are equal; figures when kind and value are equal (each gold item matches
at most one prediction); a quote's attribution is correct when the
predicted quote contains the gold quote's opening words and the predicted
speaker name shares a word with the gold speaker (or both are null).
Precision of attribution counts the quotes given a speaker; recall counts
the gold quotes that have one.  With --min-p/--min-r the exit status is 1
when any measure is below them."""
import json, subprocess, sys

def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    minp = float(args[args.index("--min-p") + 1]) if "--min-p" in args else None
    minr = float(args[args.index("--min-r") + 1]) if "--min-r" in args else None
    exe, corpus, goldf = args[0], args[1], args[2]
    out = subprocess.run([exe, "analyze", "--format", "jsonl", "--json", "-q", corpus],
                         capture_output=True, check=True).stdout
    rec = json.loads(out)
    gold = json.load(open(goldf, encoding="utf-8"))
    tot = {k: [0, 0, 0] for k in ("dates", "figures", "quotes")}  # match, pred, gold
    langs = set()
    for a in rec["articles"]:
        g = gold.get(a["id"])
        if g is None:
            continue
        langs.add(a["language"])
        # dates
        used = set()
        m = 0
        for d in a["dates"]:
            for k, (gt, gv) in enumerate(g["dates"]):
                if k in used:
                    continue
                if (gt in d["text"] or d["text"] in gt) and d["value"] == gv:
                    used.add(k); m += 1; break
            else:
                if verbose: print(a["id"], "date FP", d["text"], d["value"])
        for k, x in enumerate(g["dates"]):
            if k not in used and verbose: print(a["id"], "date FN", x)
        tot["dates"][0] += m; tot["dates"][1] += len(a["dates"]); tot["dates"][2] += len(g["dates"])
        # figures
        used = set(); m = 0
        for f in a["figures"]:
            for k, (gk, gv) in enumerate(g["figures"]):
                if k not in used and f["kind"] == gk and abs(f["value"] - gv) < 1e-6 * max(1, gv):
                    used.add(k); m += 1; break
            else:
                if verbose: print(a["id"], "figure FP", f["kind"], f["value"], f["text"])
        for k, x in enumerate(g["figures"]):
            if k not in used and verbose: print(a["id"], "figure FN", x)
        tot["figures"][0] += m; tot["figures"][1] += len(a["figures"]); tot["figures"][2] += len(g["figures"])
        # quotes
        pred_with = [q for q in a["quotes"] if q["speaker_name"]]
        tot["quotes"][1] += len(pred_with)
        tot["quotes"][2] += sum(1 for _, s in g["quotes"] if s)
        for gq, gs in g["quotes"]:
            q = next((q for q in a["quotes"] if gq in q["text"]), None)
            ok = False
            if q is not None:
                ps = q["speaker_name"]
                if gs is None:
                    ok = ps is None
                elif ps:
                    ok = bool(set(ps.split()) & set(gs.split())) or gs in ps or ps in gs
            if gs and ok:
                tot["quotes"][0] += 1
            if not ok and verbose:
                print(a["id"], "quote", gq, "gold", gs, "got", q and q["speaker_name"])
        for q in pred_with:
            if not any(gq in q["text"] for gq, _ in g["quotes"]) and verbose:
                print(a["id"], "quote FP", q["text"][:30], q["speaker_name"])
    fail = False
    print("languages: %d (%s)" % (len(langs), " ".join(sorted(langs))))
    for k, (m, p, gl) in tot.items():
        prec = m / p if p else 1.0
        rec_ = m / gl if gl else 1.0
        print("%-8s precision %.3f (%d/%d)  recall %.3f (%d/%d)" % (k, prec, m, p, rec_, m, gl))
        if (minp is not None and prec < minp) or (minr is not None and rec_ < minr):
            fail = True
    return 1 if fail else 0

if __name__ == "__main__":
    sys.exit(main())
