#!/usr/bin/python3
"""train_join.py - trains the learnt join decision of the fold stage
(round 8, src/fold/join_model.c) and writes its C table.

Input: dumps of `bench_fold STREAM --full --join -1 --dump FILE` on
development streams (bench/fold/make_streams.py with NF_DEV_SEED=S; never
the held-out streams).  A dump has, per article in arrival order, one
line per candidate story ("C<TAB>story<TAB>x1..xN", the features of
join_model.c) and then the article's decision ("A<TAB>id<TAB>story<TAB>
merged"), the id being "<doc>|<lang>|<n>".  Replaying the decisions
gives each story's documents at the time of each article: a pair is
labelled 1 when the candidate story's majority document is the
article's document.

A logistic model (L2-regularised, Newton's method, plain numpy) is fitted
on the standardised features and their pairwise products; the standardisation is folded into the
weights written, so that C computes one dot product.  Pair-level figures
(log loss, AUC, and those of the hand rules' verdict, feature HAND) on the
validation dumps are printed.

usage: train_join.py --out FILE.c --threshold T [--veto V] [--l2 L] TRAIN_DUMP...
                     [--val VAL_DUMP...]
"""
import argparse, collections, math, sys

import numpy as np

N_FEAT = 18   # NF_JM_N in src/fold/fold_int.h
HAND = 12     # the hand rules' verdict among them


def pairs(path):
    """(features, label) rows of one dump."""
    members = collections.defaultdict(collections.Counter)   # story -> docs
    pending = []
    xs, ys = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == "C":
                x = [float(v) for v in p[2:]]
                if len(x) != N_FEAT:
                    sys.exit("%s: %d features, expected %d" % (path, len(x), N_FEAT))
                pending.append((int(p[1]), x))
            elif p[0] == "A":
                doc = p[1].split("|")[0]
                for story, x in pending:
                    docs = members.get(story)
                    major = docs.most_common(1)[0][0] if docs else None
                    xs.append(x)
                    ys.append(1.0 if major == doc else 0.0)
                pending = []
                story, gone = int(p[2]), int(p[3])
                if gone and gone != story:
                    members[story].update(members.pop(gone, {}))
                members[story][doc] += 1
    return xs, ys


def load(paths):
    X, Y = [], []
    for p in paths:
        x, y = pairs(p)
        X += x
        Y += y
    return np.array(X, dtype=float).reshape(-1, N_FEAT), np.array(Y, dtype=float)


def expand(X):
    """X and the products X[:, i] * X[:, j] (i <= j), in the order
    join_model.c reads the weights."""
    n = X.shape[1]
    cols = [X] + [(X[:, i] * X[:, j])[:, None] for i in range(n) for j in range(i, n)]
    return np.hstack(cols)


def fit(X, y, l2):
    """Weights w (last = bias) of a logistic model on X (standardised)."""
    A = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(A.shape[1])
    reg = np.full(A.shape[1], l2)
    reg[-1] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-A @ w))
        g = A.T @ (p - y) + reg * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def auc(score, y):
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score))
    ranks[order] = np.arange(1, len(score) + 1)
    npos = y.sum()
    nneg = len(y) - npos
    if not npos or not nneg:
        return float("nan")
    return (ranks[y == 1].sum() - npos * (npos + 1) / 2) / (npos * nneg)


def logloss(p, y):
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--threshold", type=float, required=True)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--veto", type=float, default=0.0)
    ap.add_argument("--val", nargs="*", default=[])
    ap.add_argument("train", nargs="+")
    a = ap.parse_args()
    X, y = load(a.train)
    lo, hi = X.min(axis=0), X.max(axis=0)
    X = expand(X)
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd < 1e-9] = 1
    w = fit((X - mu) / sd, y, a.l2)
    # fold the standardisation into the weights
    wr = w[:-1] / sd
    b = w[-1] - float((w[:-1] * mu / sd).sum())
    print("train: %d pairs, %d positive" % (len(y), int(y.sum())))
    if a.val:
        Xv, yv = load(a.val)
        Xv = expand(np.clip(Xv, lo, hi))
        pv = 1 / (1 + np.exp(-(Xv @ wr + b)))
        print("validation: %d pairs, %d positive; log loss %.4f, AUC %.4f; "
              "hand rules' verdict: AUC %.4f, P %.3f R %.3f" % (
                  len(yv), int(yv.sum()), logloss(pv, yv), auc(pv, yv), auc(Xv[:, HAND], yv),
                  yv[Xv[:, HAND] == 1].mean() if (Xv[:, HAND] == 1).any() else float("nan"),
                  (Xv[:, HAND] * yv).sum() / max(yv.sum(), 1)))
        for thr in (0.5, 0.6, 0.7, 0.8, 0.9):
            sel = pv >= thr
            print("  pairs at p >= %.1f: P %.3f R %.3f" % (
                thr, yv[sel].mean() if sel.any() else float("nan"), (sel * yv).sum() / max(yv.sum(), 1)))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("/* join_model_data.c - generated by tools/fold/train_join.py, do not edit.\n"
                " * Logistic weights of the learnt join decision (src/fold/join_model.c;\n"
                " * the features, their products x[i] * x[j] for i <= j, then the bias),\n"
                " * trained on %d (article, candidate story) pairs of %d development\n"
                " * dumps (L2 %.3g); the probability bar was chosen on development draws\n"
                " * held out of training (docs/fold_rounds.md, round 8). */\n"
                % (len(y), len(a.train), a.l2))
        f.write('#include "fold/folder_int.h"\n\n')
        f.write("const double nf_fd_jm_weights[NF_JM_W] = {\n")
        vals = ["%.9g" % v for v in list(wr) + [b]]
        for i in range(0, len(vals), 4):
            f.write("    " + ", ".join(vals[i:i + 4]) + ",\n")
        f.write("};\n")
        f.write("const double nf_fd_jm_lo[NF_JM_N] = {\n")
        for i in range(0, N_FEAT, 4):
            f.write("    " + ", ".join("%.9g" % v for v in lo[i:i + 4]) + ",\n")
        f.write("};\nconst double nf_fd_jm_hi[NF_JM_N] = {\n")
        for i in range(0, N_FEAT, 4):
            f.write("    " + ", ".join("%.9g" % v for v in hi[i:i + 4]) + ",\n")
        f.write("};\n")
        f.write("const double nf_fd_jm_threshold = %.4g;\n" % a.threshold)
        f.write("const double nf_fd_jm_veto = %.4g;\n" % a.veto)


if __name__ == "__main__":
    main()
