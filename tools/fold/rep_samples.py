#!/usr/bin/env python3
"""rep_samples.py - round 11: reports and stories of the bundled corpus
(samples/corpus against samples/truth.json), as tests/cli/test_stories_samples.sh
reads them, and the report pairs that are wrong (independent reports taken
for one) or missed.

usage: rep_samples.py NEWSFOLD_BINARY [SAMPLES_DIR]"""
import json, os, signal, subprocess, sys
signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under `| head`

binary = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "samples")
rec = json.loads(subprocess.run([binary, "analyze", "--json", os.path.join(root, "corpus")],
                                capture_output=True, text=True, check=True).stdout)
truth = json.load(open(os.path.join(root, "truth.json")))
feed_ids = {t["id"] for t in truth["articles"] if t.get("id")}


def key(a):
    if a["id"] in feed_ids:
        return ("feed.jsonl", a["id"])
    return (os.path.relpath(a["source"], os.path.join(root, "corpus")), None)


got = {key(a): a for a in rec["articles"]}
T = {(t["file"], t.get("id")): t for t in truth["articles"]}


def bcubed(lt, lp):
    ks = list(lt)
    P = R = 0.0
    for k in ks:
        ct = {j for j in ks if lt[j] == lt[k]}
        cp = {j for j in ks if lp[j] == lp[k]}
        P += len(ct & cp) / len(cp)
        R += len(ct & cp) / len(ct)
    return P / len(ks), R / len(ks)


sp, sr = bcubed({k: T[k]["story"] for k in T}, {k: got[k]["story"] for k in T})
rp, rr = bcubed({k: T[k]["report"] for k in T}, {k: got[k]["report"] for k in T})
print("stories P %.3f R %.3f; reports P %.3f R %.3f" % (sp, sr, rp, rr))
ks = sorted(T, key=str)
for i, k in enumerate(ks):
    for j in ks[i + 1:]:
        same_t = T[k]["report"] == T[j]["report"]
        same_g = got[k]["report"] == got[j]["report"]
        if same_t != same_g:
            print("%s %s / %s" % ("missed" if same_t else "wrong", k[0] if not k[1] else k[1],
                                   j[0] if not j[1] else j[1]))
