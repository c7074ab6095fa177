# `newsfold serve`: the sample corpus is ingested, the server started on
# a free loopback port, and every endpoint checked over HTTP: stories,
# a story, an entity found by a non-Latin variant, search in Japanese,
# error statuses with JSON bodies, the web page.  The server is always
# stopped (SIGTERM) and must exit 0.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "skip: no python3" >&2; exit 77; }

expect_status 0 "$NEWSFOLD" ingest -q --db s.db "$NF_ROOT/samples/corpus"
expect_status 2 "$NEWSFOLD" serve --db s.db --port 70000
expect_status 2 "$NEWSFOLD" serve --db s.db --bind not-an-address

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$NEWSFOLD" serve --db s.db --bind 127.0.0.1 --port "$PORT" 2>"$NF_TMP/serve.log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; chmod -R u+rwx "$NF_TMP" 2>/dev/null; rm -rf "$NF_TMP"' EXIT

python3 - "$PORT" <<'EOF' || fail "HTTP checks failed (see above)"
import json, sys, time, urllib.error, urllib.parse, urllib.request
base = "http://127.0.0.1:%s" % sys.argv[1]
bad = []

def get(path, method="GET"):
    req = urllib.request.Request(base + path, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()

def get_json(path, want=200):
    st, ctype, body = get(path)
    if st != want:
        bad.append("%s: status %d, want %d: %r" % (path, st, want, body[:200]))
    if not ctype.startswith("application/json"):
        bad.append("%s: content type %r" % (path, ctype))
    try:
        return json.loads(body.decode("utf-8"))
    except ValueError:
        bad.append("%s: not JSON: %r" % (path, body[:200]))
        return None

# wait (at most ~10 s) until the server answers
for _ in range(100):
    try:
        if get("/api/health")[0] == 200:
            break
    except OSError:
        pass
    time.sleep(0.1)
else:
    print("server never answered /api/health", file=sys.stderr)
    sys.exit(1)

h = get_json("/api/health")
if not h or h.get("status") != "ok" or h.get("articles", 0) < 30:
    bad.append("health: %r" % h)

stories = (get_json("/api/stories?limit=100") or {}).get("stories") or []
if not stories:
    bad.append("no stories")
else:
    sid = stories[0]["id"]
    s = get_json("/api/story/%d" % sid) or {}
    if s.get("id") != sid or not s.get("articles"):
        bad.append("story %d: %r" % (sid, str(s)[:200]))
    for key in ("incidents",):
        if key not in s:
            bad.append("story has no %s" % key)
    if s.get("articles") and not all("quotes" in a and "figures" in a for a in s["articles"]):
        bad.append("story articles lack quotes/figures")
    # the article endpoint gives the article as export prints it
    aid = s["articles"][0]["id"] if s.get("articles") else "x"
    a = get_json("/api/article/" + aid) or {}
    if a.get("id") != aid or not a.get("text"):
        bad.append("article %s: %r" % (aid, str(a)[:200]))
if len(get_json("/api/stories?limit=2")["stories"]) > 2:
    bad.append("stories limit ignored")

by_latin = get_json("/api/entity?name=" + urllib.parse.quote("Ilona Varga")) or {}
by_kana = get_json("/api/entity?name=" + urllib.parse.quote("イローナ・ヴァルガ")) or {}
if not by_latin.get("id") or by_latin.get("id") != by_kana.get("id"):
    bad.append("Ilona Varga %r vs katakana %r" % (by_latin.get("id"), by_kana.get("id")))
ents = get_json("/api/entities?limit=5")
if not isinstance(ents, list) or not 0 < len(ents) <= 5:
    bad.append("entities: %r" % str(ents)[:200])

hits = get_json("/api/search?q=" + urllib.parse.quote("港")) or []
if not any(x.get("language") == "ja" for x in hits):
    bad.append("search 港: %r" % hits)

for path, want in (("/api/story/999999", 404), ("/api/story/abc", 400),
                   ("/api/story/0", 400), ("/api/article/nosuchid", 404),
                   ("/api/article/..%2F", 400), ("/api/search", 400),
                   ("/api/stories?limit=x", 400), ("/api/entity", 400),
                   ("/api/entity?name=%FF", 400), ("/api/nothing", 404),
                   ("/api/search?q=" + "a" * 5000, 414)):
    e = get_json(path, want)
    if not isinstance(e, dict) or not e.get("error"):
        bad.append("%s: no error body: %r" % (path, e))
st, ctype, body = get("/api/health", "POST")
if st != 405:
    bad.append("POST gave %d" % st)

st, ctype, body = get("/")
if st != 200 or not ctype.startswith("text/html") or b"/api/stories" not in body:
    bad.append("/: %d %r" % (st, ctype))

for b in bad:
    print("FAIL:", b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

kill -TERM "$SERVER"
for _ in $(seq 50); do
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$SERVER" 2>/dev/null; then
    fail "server still running 5 s after SIGTERM"
else
    wait "$SERVER"
    rc=$?
    [ "$rc" = 0 ] || fail "server exited $rc after SIGTERM; log: $(cat "$NF_TMP/serve.log")"
fi
finish
