# The command reads web inputs end to end: an HTML page, an RSS feed, an
# Atom feed and a gzip-per-record WARC archive, each detected from its
# content, with metadata and without page furniture.
. "$(dirname "$0")/lib.sh"

cat >page.html <<'H'
<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Porto riaperto | Giornale di prova</title>
<meta property="article:published_time" content="2026-02-12T09:30:00+01:00">
<link rel="canonical" href="https://example.org/porto-riaperto"></head>
<body><nav><a href="/">Home</a> <a href="/cronaca">Cronaca</a></nav>
<article><h1>Porto riaperto dopo la tempesta</h1>
<p>Il porto della città è stato riaperto ieri mattina dopo tre giorni di lavori sulle banchine danneggiate dalla tempesta.</p>
<p>Le autorità hanno spiegato che il traffico delle navi tornerà normale entro la fine della settimana, mentre le riparazioni continueranno.</p>
</article><div class="share">Condividi su Facebook</div><footer>© Giornale di prova</footer></body></html>
H
cat >feed.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title>
<item><title>Storm closes the northern ferry line</title><link>https://example.org/a1</link>
<pubDate>Tue, 10 Feb 2026 08:00:00 GMT</pubDate>
<description>The northern ferry line was closed on Tuesday as winds reached ninety kilometres an hour along the coast.</description></item>
<item><title>Ferries resume after the storm</title><link>https://example.org/a2</link>
<pubDate>Wed, 11 Feb 2026 08:00:00 GMT</pubDate>
<description>Ferries resumed on Wednesday morning after the harbour master lifted the warning issued the day before.</description></item>
</channel></rss>
X
cat >atom.xml <<'X'
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Essai</title>
<entry><title>Le port rouvre ses quais</title><link href="https://example.org/fr1"/>
<updated>2026-02-12T10:00:00Z</updated>
<content type="html">&lt;p&gt;Le port a rouvert ses quais mercredi après trois jours de réparations consécutives à la tempête.&lt;/p&gt;</content></entry>
</feed>
X
python3 - <<'PY'
import gzip
page = open("page.html", "rb").read()
http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(page) + page
def rec(kind, body, extra=b""):
    head = (b"WARC/1.0\r\nWARC-Type: " + kind + b"\r\nWARC-Target-URI: https://example.org/porto-riaperto\r\n"
            + extra + b"Content-Length: %d\r\n\r\n" % len(body))
    return gzip.compress(head + body + b"\r\n\r\n")
with open("crawl.warc.gz", "wb") as f:
    f.write(rec(b"warcinfo", b"software: test\r\n"))
    f.write(rec(b"response", http, b"Content-Type: application/http; msgtype=response\r\n"))
    img = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n\x89PNG"
    f.write(rec(b"response", img, b"Content-Type: application/http; msgtype=response\r\n"))
PY

"$NEWSFOLD" analyze --json page.html feed.xml atom.xml crawl.warc.gz >rec.json 2>err.txt
st=$?
[ "$st" = 0 ] || fail "analyze web inputs exited $st: $(head -c 400 err.txt)"
python3 - <<'PY' || fail "web record"
import json
arts = json.load(open("rec.json"))["articles"]
assert len(arts) == 5, [a["title"] for a in arts]       # page, 2 RSS items, 1 Atom entry, 1 WARC page
page = arts[0]
assert page["format"] == "html" and page["language"] == "it", page["format"]
assert page["published"] == "2026-02-12", page["published"]
assert "banchine" in page["text"] and "Condividi" not in page["text"] and "Home" not in page["text"]
rss = [a for a in arts if a["title"] and a["title"].startswith(("Storm", "Ferries"))]
assert len(rss) == 2 and rss[0]["published"] == "2026-02-10", rss
atom = [a for a in arts if a["language"] == "fr"]
assert atom and "quais" in atom[0]["text"], atom
warc = arts[-1]
assert "banchine" in warc["text"] and warc["url"] == "https://example.org/porto-riaperto", warc
PY
finish
