#!/usr/bin/python3
"""eval_join.py - scores the fold stage's join decision on streams at one
or more probability bars (round 8): runs `bench_fold STREAM --full --join
T` for every stream and bar (two at a time) and prints BCubed P/R/F1 per
stream (bench/fold/score.py, against documents) and the mean over the
streams whose name starts with each given prefix.  A bar < 0 is the hand
rules.

usage: eval_join.py BUILD_DIR STREAM_DIR --streams NAME... --bars T...
"""
import argparse, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


EXTRA = []


def run(build, sdir, name, bar, tmp):
    out = os.path.join(tmp, "%s_%g.tsv" % (name, bar))
    with open(out, "w") as fo:
        subprocess.run([os.path.join(build, "bench_fold"), os.path.join(sdir, name + ".jsonl"),
                        "--full", "--join", str(bar)] + EXTRA, stdout=fo, stderr=subprocess.DEVNULL,
                       check=True)
    txt = subprocess.run([sys.executable, os.path.join(ROOT, "bench/fold/score.py"), out, name,
                          "--events", os.path.join(ROOT, "bench/fold/events.txt")],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"stories BCubed P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", txt)
    e = re.search(r"against events: stories BCubed P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", txt)
    t = re.search(r"translation pairs P ([\d.na]+) R ([\d.na]+)", txt)
    return (name, bar, tuple(float(v) for v in m.groups()),
            tuple(float(v) for v in e.groups()) if e else None, t.groups() if t else None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("sdir")
    ap.add_argument("--streams", nargs="+", required=True)
    ap.add_argument("--bars", nargs="+", type=float, required=True)
    ap.add_argument("--tmp", default="/tmp/eval_join")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--veto", type=float, help="bench_fold --veto V")
    a = ap.parse_args()
    if a.veto is not None:
        EXTRA.extend(["--veto", str(a.veto)])
    os.makedirs(a.tmp, exist_ok=True)
    jobs = [(s, b) for b in a.bars for s in a.streams]
    with ThreadPoolExecutor(2) as ex:
        res = list(ex.map(lambda j: run(a.build, a.sdir, j[0], j[1], a.tmp), jobs))
    for bar in a.bars:
        rows = [r for r in res if r[1] == bar]
        if not a.quiet:
            for name, _, (p, r, f1), ev, tr in rows:
                print("bar %5.2f  %-18s P %.3f R %.3f F1 %.3f  events P %.3f F1 %.3f  trans P %s R %s" % (
                    bar, name, p, r, f1, ev[0] if ev else 0, ev[2] if ev else 0,
                    tr[0] if tr else "-", tr[1] if tr else "-"))
        for pre in ("mixed", "latin"):
            sel = [r[2] for r in rows if r[0].startswith(pre)]
            if sel:
                print("bar %5.2f  mean %-6s (%2d)  P %.3f R %.3f F1 %.3f  min P %.3f" % (
                    bar, pre, len(sel), sum(x[0] for x in sel) / len(sel),
                    sum(x[1] for x in sel) / len(sel), sum(x[2] for x in sel) / len(sel),
                    min(x[0] for x in sel)))


if __name__ == "__main__":
    main()
