# A story's title: in the language asked for when an article is in it,
# else in the story's most common language (ties: the first to arrive);
# a title of that language, else the first line of its first article in
# it (an untitled original names its story better than a translation's
# title), a first line cut to at most 100 characters at a word boundary;
# the record (`analyze`) and the store (`stories`) agree.  The
# fixtures are invented for this test (a bridge closure told in English,
# untitled, then in French and Spanish with titles; a second story told
# once in English and twice in German, all titled; an untitled ferry
# story whose first line is too long for a title).
. "$(dirname "$0")/lib.sh"

cat >in.jsonl <<'EOF'
{"id":"bridge-en","published":"2026-05-04","text":"Engineers closed the Tarrow Creek bridge in Pellingford on Monday after finding 14 cracked girders.\nMayor Annika Druvell said repairs would cost 6.2 million euros and take 11 weeks.\nBuses will detour through Orsby Lane until the bridge reopens."}
{"id":"bridge-fr","published":"2026-05-04","title":"Le pont de Tarrow Creek fermé à Pellingford","text":"Des ingénieurs ont fermé lundi le pont de Tarrow Creek à Pellingford après avoir trouvé 14 poutres fissurées.\nLa maire Annika Druvell a indiqué que les réparations coûteraient 6,2 millions d'euros et dureraient 11 semaines.\nLes bus passeront par Orsby Lane jusqu'à la réouverture."}
{"id":"bridge-es","published":"2026-05-05","title":"Cierran el puente de Tarrow Creek en Pellingford","text":"Ingenieros cerraron el lunes el puente de Tarrow Creek en Pellingford tras hallar 14 vigas agrietadas.\nLa alcaldesa Annika Druvell dijo que las reparaciones costarán 6,2 millones de euros y durarán 11 semanas.\nLos autobuses se desviarán por Orsby Lane hasta la reapertura."}
{"id":"orchard-en","published":"2026-05-06","title":"Frost ruins Vellgarth orchards","text":"A late frost destroyed 70 percent of the apple blossom in the Vellgarth valley on Saturday, grower Hendrik Soltau said.\nThe Vellgarth cooperative expects losses of 3.4 million euros and asked for aid from Brannwick county."}
{"id":"orchard-de1","published":"2026-05-06","title":"Frost vernichtet Obstblüte im Vellgarth-Tal","text":"Ein später Frost hat am Samstag 70 Prozent der Apfelblüte im Vellgarth-Tal vernichtet, sagte der Obstbauer Hendrik Soltau.\nDie Vellgarth-Genossenschaft erwartet Verluste von 3,4 Millionen Euro und bat den Kreis Brannwick um Hilfe."}
{"id":"ferry-en","published":"2026-05-07","text":"Harbour pilots in Quenmouth refused to guide the ferry Alder Wren into port on Thursday night, saying the new breakwater lights at the eastern entrance were still unlit and unsafe.\nThe operator Saltline said 212 passengers spent the night at anchor."}
{"id":"orchard-de2","published":"2026-05-07","title":"Vellgarth: Genossenschaft bittet Brannwick um Hilfe","text":"Nach dem Frost im Vellgarth-Tal, der 70 Prozent der Apfelblüte vernichtete, bittet die Genossenschaft den Kreis Brannwick um Hilfe.\nObstbauer Hendrik Soltau schätzt die Verluste auf 3,4 Millionen Euro."}
EOF

"$NEWSFOLD" analyze --json in.jsonl >rec.json 2>err.txt || fail "analyze exited $?: $(head -c 300 err.txt)"
"$NEWSFOLD" ingest --db t.db in.jsonl >/dev/null 2>err.txt || fail "ingest exited $?: $(head -c 300 err.txt)"
for lang in "" fr es de it; do
    if [ -n "$lang" ]; then
        "$NEWSFOLD" stories --db t.db --json --lang "$lang" >"st_$lang.json" 2>err.txt
    else
        "$NEWSFOLD" stories --db t.db --json >"st_.json" 2>err.txt
    fi || fail "stories --lang '$lang' exited $?: $(head -c 300 err.txt)"
done

python3 - <<'PY' || fail "story titles"
import json
rec = json.load(open("rec.json"))
story_of = {a["id"]: a["story"] for a in rec["articles"]}
bad = []
if len({story_of[x] for x in ("bridge-en", "bridge-fr", "bridge-es")}) != 1:
    bad.append("the bridge reports are not one story: %s" % story_of)
if len({story_of[x] for x in ("orchard-en", "orchard-de1", "orchard-de2")}) != 1:
    bad.append("the orchard reports are not one story: %s" % story_of)
bridge, orchard = story_of["bridge-en"], story_of["orchard-en"]
lead = "Engineers closed the Tarrow Creek bridge in Pellingford"
want = {  # lang -> (bridge title starts with, orchard title)
    "": (lead, "Frost vernichtet Obstblüte im Vellgarth-Tal"),
    "fr": ("Le pont de Tarrow Creek fermé à Pellingford", "Frost vernichtet Obstblüte im Vellgarth-Tal"),
    "es": ("Cierran el puente de Tarrow Creek en Pellingford", "Frost vernichtet Obstblüte im Vellgarth-Tal"),
    "de": (lead, "Frost vernichtet Obstblüte im Vellgarth-Tal"),
    "it": (lead, "Frost vernichtet Obstblüte im Vellgarth-Tal"),
}
def titles(stories):
    return {s["id"]: s["title"] or "" for s in stories}
got_rec = titles(rec["stories"])
for lang, (b, o) in want.items():
    st = json.load(open("st_%s.json" % lang))
    st = st["stories"] if isinstance(st, dict) else st
    got = titles(st)
    for where, g in (("store", got), ("record", got_rec if lang == "" else None)):
        if g is None:
            continue
        if not g.get(bridge, "").startswith(b):
            bad.append("%s --lang '%s': bridge title %r" % (where, lang, g.get(bridge)))
        if g.get(orchard) != o:
            bad.append("%s --lang '%s': orchard title %r" % (where, lang, g.get(orchard)))
# an untitled story whose first line is longer than a title: both cut it
# alike, at a word boundary, to at most 100 characters
ferry = story_of["ferry-en"]
st = json.load(open("st_.json"))
st = st["stories"] if isinstance(st, dict) else st
store_titles = titles(st)
t = got_rec.get(ferry, "")
if not (t.startswith("Harbour pilots in Quenmouth") and 50 < len(t) <= 100 and
        "Harbour pilots in Quenmouth refused to guide the ferry Alder Wren into port on Thursday night, saying"[len(t)] == " "):
    bad.append("record: ferry title %r not cut at a word boundary" % t)
for sid, title in got_rec.items():
    if store_titles.get(sid) != title:
        bad.append("story %s: record title %r, store title %r" % (sid, title, store_titles.get(sid)))
for b in bad:
    print(b)
raise SystemExit(1 if bad else 0)
PY
finish
