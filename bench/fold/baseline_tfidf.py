#!/usr/bin/env python3
"""baseline_tfidf.py - the plain baseline a user would try first: TF-IDF
(scikit-learn, Debian's python3-sklearn) and online single-pass clustering
by cosine to story centroids within the same time window, on the same
stream as bench_fold.  Two feature sets: character 3-5-grams of the whole
text, and (the better variant) only capitalised words and numbers.
Writes "id<TAB>id<TAB>story<TAB>original" lines like bench_fold, so that
score.py scores both alike; prints the clustering time.

usage: baseline_tfidf.py STREAM.jsonl OUT.tsv [char|caps] [THRESHOLD]"""
import json, re, sys, time
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

path, out = sys.argv[1], sys.argv[2]
mode = sys.argv[3] if len(sys.argv) > 3 else "caps"
thr = float(sys.argv[4]) if len(sys.argv) > 4 else 0.3
arts = [json.loads(l) for l in open(path, encoding="utf-8")]
docs = [(a.get("title") or "") + "\n" + a["text"] for a in arts]
t0 = time.time()
if mode == "char":
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=1, sublinear_tf=True)
    X = vec.fit_transform(docs)
else:
    tok = re.compile(r"\b(?:[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω][\w-]+|\d[\d.,]*)\b")
    vec = TfidfVectorizer(tokenizer=lambda d: tok.findall(d), lowercase=False, token_pattern=None)
    X = vec.fit_transform(docs)
cents, members, last = [], [], []
labels = []
for i in range(X.shape[0]):
    x = X[i]
    day = arts[i].get("published", "")
    best, bs = -1, thr
    for c in range(len(cents)):
        if last[c] and day and abs((np.datetime64(day) - np.datetime64(last[c])).astype(int)) > 14:
            continue
        s = (cents[c] @ x.T).toarray()[0, 0] / (np.sqrt((cents[c].multiply(cents[c])).sum()) or 1)
        if s > bs:
            best, bs = c, s
    if best < 0:
        cents.append(x.copy()); members.append(1); last.append(day); labels.append(len(cents) - 1)
    else:
        cents[best] = cents[best] + x; members[best] += 1; last[best] = day or last[best]
        labels.append(best)
dt = time.time() - t0
with open(out, "w", encoding="utf-8") as f:
    for a, l in zip(arts, labels):
        f.write("%s\t%s\t%d\toriginal\n" % (a["id"], a["id"], l))
print("baseline %s thr %.2f: %d articles in %.2f s = %.0f articles/s" % (mode, thr, len(arts), dt, len(arts) / dt))
