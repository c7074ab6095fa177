#!/usr/bin/env python3
"""fragments.py - round 10: where BCubed recall is lost on fold outputs
(bench_fold TSV: id, report, story, relation; the truth is the document
id in "<doc>|<lang>|<n>", as in bench/fold/score.py).

A document's articles fall into parts (its articles in one story).  An
article's recall loss is the share of its document outside its own
part; each missing article is counted under one cause:

  frag   both parts hold >= 2 articles: the document is split into
         stories of several articles (story-level merging could help)
  single one of the two parts is a single article left alone or
         joined elsewhere (an article-level decision)

The loss is also given per language of the article (from the id).

usage: fragments.py OUT.tsv..."""
import collections, sys


def main(paths):
    tot = collections.Counter()
    by_lang = collections.Counter()
    n_lang = collections.Counter()
    n = 0
    shape = collections.Counter()
    for p in paths:
        arts = []
        for line in open(p, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) < 3:
                continue
            doc, lang = f[0].split("|")[0].split("@")[0], f[0].split("|")[1]
            arts.append((doc, lang, f[2]))
        part = collections.Counter((d, s) for d, _, s in arts)
        size = collections.Counter(d for d, _, _ in arts)
        parts_of = collections.defaultdict(list)
        for (d, s), c in part.items():
            parts_of[d].append(c)
        for d, v in parts_of.items():
            shape[tuple(sorted(v, reverse=True))] += 1
        for d, lang, s in arts:
            n += 1
            n_lang[lang] += 1
            mine = part[(d, s)]
            for (d2, s2), c in part.items():
                if d2 != d or s2 == s:
                    continue
                cause = "frag" if mine >= 2 and c >= 2 else "single"
                tot[cause] += c / size[d]
                by_lang[(lang, cause)] += c / size[d]
    print("articles %d; recall lost %.4f (frag %.4f, single %.4f)" %
          (n, (tot["frag"] + tot["single"]) / n, tot["frag"] / n, tot["single"] / n))
    print("documents by parts (sizes of its parts): " +
          ", ".join("%s %d" % ("+".join(map(str, k)), v) for k, v in shape.most_common(10)))
    print("per language: recall lost (frag / single), articles")
    for lang in sorted(n_lang, key=lambda l: -(by_lang[(l, "frag")] + by_lang[(l, "single")]) / n_lang[l]):
        m = n_lang[lang]
        print("  %s %.3f (%.3f / %.3f) %d" % (lang, (by_lang[(lang, "frag")] + by_lang[(lang, "single")]) / m,
                                             by_lang[(lang, "frag")] / m, by_lang[(lang, "single")] / m, m))


if __name__ == "__main__":
    main(sys.argv[1:])
