# An unknown phrase joins an unknown word of another script only when the
# word is spelt near the phrase's last word (resolve_match.c).  Own
# fixture: an English report names the fishing grounds "Thelos", a Greek
# report of the same protest says "Ανοιχτή Θάλασσα" (the open sea); their
# keys meet on a loose skeleton (t-l-s) and they share places and people,
# so without the guard they were one entity.  Until round 14 the bundled
# samples' "Thirty" showed it; the dash rule removed that word.
. "$(dirname "$0")/lib.sh"

mkdir in
cat >in/a.jsonl <<'EOF'
{"id":"en-harbour","language":"en","published":"2026-05-04","title":"Fishing boats protest in Piraeus","text":"Fishing crews from Piraeus and Salamis staged a protest on Monday against the new quotas of the Lisbon accord.\nThe protest was led by the fishers' union of Giorgos Alexiou, who said 240 boats had joined it.\nMany of the boats fish in what the crews call Thelos, the open waters south of Salamis.\nThe European Commissioner Ilona Varga said in Brussels that the quotas would stay."}
EOF
cat >in/b.txt <<'EOF'
Διαμαρτυρία αλιέων στον Πειραιά

Αλιείς από τον Πειραιά και τη Σαλαμίνα διαμαρτυρήθηκαν τη Δευτέρα για τις νέες ποσοστώσεις της συμφωνίας της Λισαβόνας.
Την κινητοποίηση οργάνωσε ο σύλλογος αλιέων του Γιώργου Αλεξίου, ο οποίος είπε ότι συμμετείχαν 240 σκάφη.
Πολλά από τα σκάφη ψαρεύουν στην Ανοιχτή Θάλασσα νότια της Σαλαμίνας.
Η Ευρωπαία Επίτροπος Ιλόνα Βάργκα δήλωσε στις Βρυξέλλες ότι οι ποσοστώσεις θα παραμείνουν.
EOF
"$NEWSFOLD" analyze --json in >rec.json 2>err.txt || fail "analyze: $(head -c 300 err.txt)"
python3 - <<'PY' || fail "unknown word and phrase joined (or not found)"
import json, sys
rec = json.load(open("rec.json"))
found = {"Thelos": None, "Ανοιχτή Θάλασσα": None, "Giorgos Alexiou": None, "Γιώργου Αλεξίου": None}
for e in rec["entities"]:
    for v in e["variants"]:
        if v["text"] in found:
            found[v["text"]] = e["id"]
print(found, file=sys.stderr)
ok = all(found.values()) and found["Thelos"] != found["Ανοιχτή Θάλασσα"]
# the same two texts still join what they share: the union's leader
ok = ok and found["Giorgos Alexiou"] == found["Γιώργου Αλεξίου"]
sys.exit(0 if ok else 1)
PY
finish
