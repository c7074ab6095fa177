# Story merging: a document whose first two parts (English, Russian) did
# not link is two stories until a third part (French) that overlaps both
# arrives; then the newer story joins the older.  In the store, across
# two ingests: the merged story's id still answers `newsfold story ID`
# (with the survivor), `stories` no longer lists it, export gives every
# article the survivor's id; `analyze` gives the same grouping.  The
# fixtures are invented for this test (a ferry grounding); an unrelated
# article stays alone.
. "$(dirname "$0")/lib.sh"

cat >first.jsonl <<'EOF'
{"id":"ferry-en","published":"2026-03-02","title":"Ferry runs aground near Skellan Point","text":"The ferry Maren Solvig ran aground near Skellan Point on Sunday night with 212 passengers on board.\nCaptain Oskar Threlwyn said the ship lost power at 23:40 in a gale.\nRescue boats from Dunmere and Kallick Bay took everyone ashore by 4 a.m.\nThe operator, Westhaven Lines, said the hull was intact but 38 cars were damaged."}
{"id":"ferry-ru","published":"2026-03-02","title":"Министр распорядилась провести расследование","text":"Компания Westhaven Lines заявила, что корпус цел, но 38 автомобилей повреждены.\nМинистр транспорта Ильза Бранох распорядилась провести расследование и встретилась со спасёнными в Данмире.\nИнженеры компании Корроу Марин проверят двигатели, на это уйдёт около 19 дней.\nПеревозчик отменил 64 рейса до 21 марта.\nСтраховщик Халвард Мьючуал оценил ущерб в 3,6 миллиона евро.\nПредставитель Фолкнер Грейдон сообщил, что паром Орсвик из Тарнхольма заменит судно."}
EOF
cat >second.jsonl <<'EOF'
{"id":"ferry-fr","published":"2026-03-03","title":"Le ferry Maren Solvig \u00e9chou\u00e9","text":"Le capitaine Oskar Threlwyn a d\u00e9clar\u00e9 que le navire avait perdu sa propulsion \u00e0 23h40 dans la temp\u00eate.\nDes canots de Dunmere et de Kallick Bay ont ramen\u00e9 tout le monde \u00e0 terre avant 4 heures.\nL'exploitant, Westhaven Lines, affirme que la coque est intacte mais que 38 voitures sont endommag\u00e9es.\nLa ministre des transports Ilse Brannoch a ordonn\u00e9 une enqu\u00eate et rencontr\u00e9 des rescap\u00e9s \u00e0 Dunmere.\nLes ing\u00e9nieurs de Corrow Marine inspecteront les moteurs, un travail de 19 jours."}
{"id":"concert","published":"2026-03-03","title":"Last concert in Brask Hall","text":"The orchestra of Velmont gave its last concert in the old Brask Hall on Friday.\nConductor Pia Lundqvar led 86 musicians through a programme of Sibelius and Nielsen.\nThe hall, opened in 1911, will be demolished in May to make room for 140 flats."}
EOF

expect_status 0 "$NEWSFOLD" ingest -q --db m.db first.jsonl
"$NEWSFOLD" export --db m.db >first_export.jsonl || fail "export failed"
expect_status 0 "$NEWSFOLD" ingest -q --db m.db second.jsonl
"$NEWSFOLD" export --db m.db >all_export.jsonl || fail "export failed"
expect_status 0 "$NEWSFOLD" stories --db m.db --json --limit 0
cp out stories.json
# the Russian part's first story id, whatever it is, must still answer
ru_story=$(python3 -c 'import json,sys
for l in open("first_export.jsonl"):
    a = json.loads(l)
    if a["id"] == "ferry-ru": print(a["story"])')
[ -n "$ru_story" ] || fail "no story for ferry-ru after the first ingest"
expect_status 0 "$NEWSFOLD" story --db m.db "${ru_story:-0}" --json
cp out story_ru.json
cat first.jsonl second.jsonl >all.jsonl
expect_status 0 "$NEWSFOLD" analyze --json all.jsonl
cp out rec.json

python3 - <<'PY' || fail "story merging"
import json, sys
bad = []
first = {json.loads(l)["id"]: json.loads(l) for l in open("first_export.jsonl")}
alls = {json.loads(l)["id"]: json.loads(l) for l in open("all_export.jsonl")}
if first["ferry-en"]["story"] == first["ferry-ru"]["story"]:
    bad.append("fixture: the first two parts already linked (nothing to merge)")
keep = first["ferry-en"]["story"]
for i in ("ferry-en", "ferry-ru", "ferry-fr"):
    if alls[i]["story"] != keep:
        bad.append("%s in story %s, want the survivor %s" % (i, alls[i]["story"], keep))
if alls["concert"]["story"] == keep:
    bad.append("the unrelated article joined the ferry story")
ids = sorted(s["id"] for s in json.load(open("stories.json"))["stories"])
if ids != sorted({a["story"] for a in alls.values()}):
    bad.append("stories %s do not match the articles" % ids)
if first["ferry-ru"]["story"] in ids and first["ferry-ru"]["story"] != keep:
    bad.append("the merged story is still listed")
sd = json.load(open("story_ru.json"))
if sd["id"] != keep or len(sd["articles"]) != 3:
    bad.append("story %s shows id %s with %d articles" % (first["ferry-ru"]["story"], sd["id"], len(sd["articles"])))
rec = {a["id"]: a for a in json.load(open("rec.json"))["articles"]}
if len({rec[i]["story"] for i in ("ferry-en", "ferry-ru", "ferry-fr")}) != 1:
    bad.append("analyze: the ferry parts are not one story: %s" % [rec[i]["story"] for i in rec])
if rec["concert"]["story"] == rec["ferry-en"]["story"]:
    bad.append("analyze: the unrelated article joined the ferry story")
rs = {s["id"]: s for s in json.load(open("rec.json"))["stories"]}
if len(rs.get(rec["ferry-en"]["story"], {}).get("articles", [])) != 3:
    bad.append("analyze: the ferry story does not list its 3 articles")
for b in bad:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
finish
