#!/usr/bin/env python3
"""score.py - scores bench_fold's output (id, report, story, relation per
line; the truth is in the id "<doc>|<lang>|<n>" or "...|dupof=<n>"; in the
scale stream "<doc>@<cycle>|...", scored by document).

  stories: BCubed precision, recall, F1 of story against document id
  translations: pairs of articles in one report and two languages;
    precision = such pairs that are one document, recall = share of the
    cross-language same-document pairs found
  duplicates: pairs (dup, its source) found as one report with relation
    duplicate; precision over all pairs folded as one report in one
    language.

  --events FILE: also BCubed of stories against events (groups of
    documents reporting one event, bench/fold/events.txt)

usage: score.py OUT.tsv [NAME] [--events FILE]"""
import itertools, signal, sys
signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under `| head`
args = sys.argv[1:]
event_of = {}
if "--events" in args:
    i = args.index("--events")
    for line in open(args[i + 1], encoding="utf-8"):
        line = line.split("#")[0].strip()
        if ":" in line:
            ev, docs = line.split(":", 1)
            for d in docs.split():
                event_of[d] = ev.strip()
    del args[i:i + 2]
rows = [l.rstrip("\n").split("\t") for l in open(args[0], encoding="utf-8")]
name = args[1] if len(args) > 1 else args[0]
art = []
for aid, rep, story, rel in rows:
    doc, lang, n = aid.split("|")
    # scale stream: "<doc>@<cycle>"; a document comes back every few hours,
    # well within the story window, so it is one story whatever the cycle
    doc = doc.split("@")[0]
    art.append({"id": aid, "doc": doc, "lang": lang, "n": n, "report": rep, "story": story, "rel": rel})
by_story, by_doc = {}, {}
for a in art:
    by_story.setdefault(a["story"], []).append(a)
    by_doc.setdefault(a["doc"], []).append(a)
P = R = 0.0
for a in art:
    cs, cd = by_story[a["story"]], by_doc[a["doc"]]
    both = sum(1 for x in cs if x["doc"] == a["doc"])
    P += both / len(cs); R += both / len(cd)
P /= len(art); R /= len(art); F = 2 * P * R / (P + R)
print("%s: %d articles; stories BCubed P %.3f R %.3f F1 %.3f; %d stories for %d documents"
      % (name, len(art), P, R, F, len(by_story), len(by_doc)))
if event_of:
    ev = lambda a: event_of.get(a["doc"], a["doc"])
    by_ev = {}
    for a in art:
        by_ev.setdefault(ev(a), []).append(a)
    EP = ER = 0.0
    for a in art:
        cs, ce = by_story[a["story"]], by_ev[ev(a)]
        both = sum(1 for x in cs if ev(x) == ev(a))
        EP += both / len(cs); ER += both / len(ce)
    EP /= len(art); ER /= len(art)
    print("%s: against events: stories BCubed P %.3f R %.3f F1 %.3f; %d events"
          % (name, EP, ER, 2 * EP * ER / (EP + ER), len(by_ev)))
# singleton baseline for reference
print("%s: (every article alone: P 1.000 R %.3f)" % (name, sum(1 / len(by_doc[a["doc"]]) for a in art) / len(art)))
by_rep = {}
for a in art:
    by_rep.setdefault(a["report"], []).append(a)
tp = fp = 0
for g in by_rep.values():
    for x, y in itertools.combinations(g, 2):
        if x["lang"] != y["lang"]:
            if x["doc"] == y["doc"]: tp += 1
            else: fp += 1
true_pairs = sum(1 for g in by_doc.values() for x, y in itertools.combinations(g, 2)
                 if x["lang"] != y["lang"] and not x["n"].startswith("dupof") and not y["n"].startswith("dupof"))
if true_pairs:
    print("%s: translation pairs P %.3f R %.3f (%d found, %d wrong, %d true)"
          % (name, tp / max(1, tp + fp), tp / true_pairs, tp, fp, true_pairs))
dups = [a for a in art if a["n"].startswith("dupof=")]
if dups:
    idx = {(a["doc"], a["lang"], a["n"]): a for a in art}
    found = sum(1 for d in dups if idx[(d["doc"], d["lang"], d["n"][6:])]["report"] == d["report"]
                and "duplicate" in (d["rel"], idx[(d["doc"], d["lang"], d["n"][6:])]["rel"]))
    same_lang_pairs = [(x, y) for g in by_rep.values() for x, y in itertools.combinations(g, 2)
                       if x["lang"] == y["lang"]]
    good = sum(1 for x, y in same_lang_pairs if x["doc"] == y["doc"] and
               (x["n"] == "dupof=" + y["n"] or y["n"] == "dupof=" + x["n"]))
    print("%s: near-duplicates P %.3f R %.3f (%d of %d found; %d same-language pairs folded)"
          % (name, good / max(1, len(same_lang_pairs)), found / len(dups), found, len(dups), len(same_lang_pairs)))
