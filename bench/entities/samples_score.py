#!/usr/bin/env python3
"""samples_score.py - the entity list of the demo corpus against its truth.

Usage: samples_score.py RECORD.json [samples/truth.json] [-v]

RECORD.json is `newsfold analyze samples/corpus --json`; truth.json's
"entities" section lists each entity a reader should see (name, type,
variants in every script).  Variants are compared after Unicode NFC and
case folding.  For each truth entity:

  found    at least one of its variants is some record entity's variant;
  type     the record entity holding most of its variants has its type
           (truth types agreement, vessel, facility count as "other");
  variants how many of its variants appear anywhere in the record;
  joined   all its found variants sit in one record entity.

A record entity none of whose variants is a truth variant is "spurious"
unless the gazetteer placed it (it has a "place": the truth lists only
the places the stories are about, not every country named); it is
"overlong" instead when one of its variants holds a truth variant inside
it ("Commissioner Ilona Varga").  A "long variant" is a variant that
is a truth variant with words before or after it ("Αλιείας Ιλόνα
Βάργκα" inside Ilona Varga's entity).  -v lists the errors.
"""
import json
import sys
import unicodedata

TYPE_MAP = {"person": "person", "organization": "organization",
            "location": "location", "agreement": "other", "vessel": "other",
            "facility": "other"}


def norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv[1:] if a != "-v"]
    if not args:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    rec = json.load(open(args[0], encoding="utf-8"))
    truth = json.load(open(args[1] if len(args) > 1 else "samples/truth.json",
                           encoding="utf-8"))
    ents = rec.get("entities", [])
    where = {}                       # variant -> set of record entity indices
    for k, e in enumerate(ents):
        for v in e.get("variants", []):
            where.setdefault(norm(v["text"]), set()).add(k)
    tvars = set()
    n = found = typed = joined = vfound = vtotal = 0
    errors = []
    for t in truth["entities"]:
        n += 1
        tv = {norm(v) for v in t["variants"]}
        tvars |= tv
        vtotal += len(tv)
        hits = {}
        fv = 0
        for v in tv:
            if v in where:
                fv += 1
                for k in where[v]:
                    hits[k] = hits.get(k, 0) + 1
        vfound += fv
        if not hits:
            errors.append("missing  %s (%s)" % (t["name"], t["type"]))
            continue
        found += 1
        best = max(hits, key=lambda k: (hits[k], -k))
        want = TYPE_MAP.get(t["type"], "other")
        if ents[best]["type"] == want:
            typed += 1
        else:
            errors.append("type     %s: %s, want %s (record name %s)"
                          % (t["name"], ents[best]["type"], want, ents[best]["name"]))
        if len(hits) == 1:
            joined += 1
        else:
            errors.append("split    %s: %d entities (%s)" % (
                t["name"], len(hits), "; ".join(ents[k]["name"] for k in sorted(hits))))
        if fv < len(tv):
            miss = sorted(v for v in tv if v not in where)
            errors.append("variants %s: %d of %d (missing %s)" % (
                t["name"], fv, len(tv), ", ".join(miss)))
    spurious = overlong = longvar = 0
    for e in ents:
        vs = [norm(v["text"]) for v in e.get("variants", [])]
        for v in set(vs):
            if v not in tvars and any(v.startswith(tv + " ") or v.endswith(" " + tv)
                                      for tv in tvars):
                longvar += 1
                errors.append("longvar  %s in %s" % (v, e["name"]))
        if any(v in tvars for v in vs) or e.get("place"):
            continue
        if any(tv in v for v in vs for tv in tvars if len(tv) >= 3):
            overlong += 1
            errors.append("overlong %s (%s)" % (e["name"], e["type"]))
        else:
            spurious += 1
            errors.append("spurious %s (%s)" % (e["name"], e["type"]))
    if verbose:
        for line in errors:
            print(line)
    print("truth entities %d  found %d  typed right %d  joined %d  "
          "variants %d/%d  record entities %d  spurious %d  overlong %d  long variants %d"
          % (n, found, typed, joined, vfound, vtotal, len(ents), spurious, overlong,
             longvar))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
