# peer_readability.py - readability-lxml on the AEB pages: writes its
# predictions (JSON Lines) and prints pages/s (best of three passes after
# a warm-up) and max RSS.  Bench only.
import json, os, resource, sys, time
from lxml import html as lhtml
from readability import Document

aeb, out = sys.argv[1], sys.argv[2]
ids = [json.loads(l)["id"] for l in open(os.path.join(aeb, "ground_truth.jsonl"))]
pages = [open(os.path.join(aeb, "html", i + ".html"), "rb").read() for i in ids]

def extract(raw):
    try:
        summary = Document(raw.decode("utf-8", "replace")).summary(html_partial=True)
        return lhtml.fromstring(summary).text_content() if summary.strip() else ""
    except Exception:
        return ""

preds = [extract(p) for p in pages]
best = 1e30
for _ in range(3):
    t = time.perf_counter()
    for p in pages:
        extract(p)
    best = min(best, time.perf_counter() - t)
with open(out, "w") as f:
    for i, p in zip(ids, preds):
        f.write(json.dumps({"id": i, "articleBody": p}) + "\n")
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("readability-lxml\t%.1f pages/s\tmax RSS %.1f MB" % (len(pages) / best, rss))
