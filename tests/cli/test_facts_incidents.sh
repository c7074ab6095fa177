# Incidents of the bundled samples scored against samples/truth.json
# (bench/facts/incidents_eval.py): truth figures carried by an incident of
# their story, incident purity (no incident mixes stories), places that
# are truth locations, independent-source counts.  Floors sit a little
# under the measured values of docs/facts.md.  The independence floor went
# from 0.75 to 0.70 when undated files took their leads' dates (0.778 ->
# 0.750: more reports reach their stories, and folding takes some
# independent reports for translations) and a ship hitting a pier stopped
# being a strike (0.750 -> 0.733: a wrong incident with a right count went).
# The places floor went from 0.45 to 0.40 when entities round 14 found
# "României" (the Romanian parliament's ratification) as Romania: a right
# place that the strict measure counts wrong (the truth lists no country
# for that story), 6/13 -> 6/14.  The figures floor went from 0.55 to 0.80
# when counts, distances, speeds and percentages of sentences without a
# trigger joined the incident told before them (0.575 -> 0.850).
. "$(dirname "$0")/lib.sh"
"$NEWSFOLD" ingest --db s.db "$NF_ROOT/samples/corpus" >/dev/null 2>&1 || fail "ingest"
"$NEWSFOLD" export --db s.db --format json >rec.json 2>/dev/null || fail "export"
python3 "$NF_ROOT/bench/facts/incidents_eval.py" rec.json "$NF_ROOT/samples/truth.json" \
    --min-figures 0.80 --min-purity 0.9 --min-places 0.40 --min-indep 0.70 >eval.txt 2>&1 ||
    fail "incidents below floor: $(cat eval.txt)"
python3 - <<'PY' || fail "incident record shape"
import json
incs = json.load(open("rec.json"))["incidents"]
assert incs
for i in incs:
    assert i["kind"] in ("disaster", "accident", "strike", "attack", "protest", "deal",
                         "sanction", "pledge", "agreement", "meeting"), i["kind"]
    # a place is a capitalised name, never a lower-case common word
    assert i["place"] is None or not i["place"][:1].islower(), i["place"]
    assert all("trigger" in s for s in i["sources"])
# the storm's casualties: 12 (day 1) and 14 (day 2) killed kept with their dates
vals = {(v["value"], tuple(v["as_of"])) for i in incs for f in i["figures"]
        if f["kind"] == "killed" for v in f["values"]}
assert any(v == 12 for v, _ in vals) and any(v == 14 for v, _ in vals), vals
PY
finish
