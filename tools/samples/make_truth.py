# make_truth.py - writes samples/truth.json (the ground truth of the demo
# corpus) from the hand-entered tables below and checks every variant,
# figure spelling and residue line against the corpus files.
import json, os, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'samples')
C = os.path.join(ROOT, 'corpus')

stories = [
 {"id":"storm","thread":"storm","title":"Storm hits the Romanian Black Sea port of Constanța (9-11 February 2026)",
  "dates":["2026-02-10","2026-02-11"]},
 {"id":"summit","thread":"fisheries","title":"Lisbon summit: 38 countries cut high-seas tuna and swordfish quotas, 4.5 billion euro Blue Transition Fund (18 February 2026)",
  "dates":["2026-02-18"]},
 {"id":"merger","thread":"merger","title":"Nordhalla Minerals and Kestrel Copper agree a 12.8 billion dollar all-share merger (24 February 2026)",
  "dates":["2026-02-24"]},
 {"id":"followup","thread":"fisheries","continues":"summit","title":"Four weeks after Lisbon: first payouts of the Blue Transition Fund, slow ratification, protest in Piraeus (16-18 March 2026)",
  "dates":["2026-03-16","2026-03-17","2026-03-18"]},
]

reports = [
 ("storm-local-d1","storm","storm/01-ro-local.txt","2026-02-10"),
 ("storm-wire-d1","storm","storm/02-en-wire.txt","2026-02-10"),
 ("storm-de-d1","storm","storm/07-de-report.txt","2026-02-10"),
 ("storm-uk-d1","storm","storm/08-uk-report.txt","2026-02-10"),
 ("storm-wire-d2","storm","storm/09-en-update.txt","2026-02-11"),
 ("storm-it-d2","storm","feed.jsonl#cronaca-20260211-costanza","2026-02-11"),
 ("summit-wire","summit","summit/01-en-wire.txt","2026-02-18"),
 ("summit-ar","summit","summit/06-ar-report.txt","2026-02-18"),
 ("summit-hi","summit","summit/07-hi-report.txt","2026-02-18"),
 ("summit-ko","summit","summit/08-ko-report.txt","2026-02-18"),
 ("summit-pt","summit","feed.jsonl#mar-20260218-acordo-lisboa","2026-02-18"),
 ("merger-wire","merger","merger/01-en-wire.txt","2026-02-24"),
 ("merger-es","merger","merger/05-es-report.txt","2026-02-24"),
 ("merger-zh","merger","merger/06-zh-report.txt","2026-02-24"),
 ("merger-brief","merger","merger/07-en-brief-noheadline.txt","2026-02-24"),
 ("merger-sv","merger","feed.jsonl#nordnytt-20260224-nordhalla-kestrel","2026-02-24"),
 ("followup-el","followup","followup/04-el-report.txt","2026-03-16"),
 ("followup-wire","followup","followup/01-en-wire.txt","2026-03-17"),
 ("followup-ro","followup","followup/05-ro-dateprefix.txt","2026-03-18"),
 ("followup-ko","followup","feed.jsonl#haeyang-20260318-blue-fund","2026-03-18"),
]
RPT = {r[0]: r for r in reports}

SCRIPT = {"en":"Latn","ro":"Latn","it":"Latn","de":"Latn","fr":"Latn","es":"Latn","pt":"Latn","sv":"Latn",
          "ru":"Cyrl","uk":"Cyrl","el":"Grek","ar":"Arab","hi":"Deva","zh":"Hans","ja":"Jpan","ko":"Kore"}

# file, jsonl id, language, report, relation, date_in_input, headline, encoding, damage, residue
A = []
def art(file, lang, report, relation, date_in_input="none", headline=True, encoding="utf-8",
        damage=(), residue=(), rid=None, notes=None):
    story = RPT[report][1]
    of = None if relation == "original" else RPT[report][2]
    d = {"file":file}
    if rid: d["id"] = rid
    d.update({"language":lang, "script":SCRIPT[lang], "encoding":encoding, "story":story,
              "report":report, "relation":relation, "of":of, "published":RPT[report][3],
              "date_in_input":date_in_input, "headline":headline,
              "damage":list(damage), "residue":list(residue)})
    if notes: d["notes"] = notes
    A.append(d)

art("storm/01-ro-local.txt","ro","storm-local-d1","original")
art("storm/02-en-wire.txt","en","storm-wire-d1","original","dateline")
art("storm/03-en-wire-repost.txt","en","storm-wire-d1","duplicate","dateline",
    damage=["headline suffix ' | World News'","page residue lines"],
    residue=["Advertising","Open this photo in gallery:",
             "Rescue workers clear a fallen tree from a street in central Constanta on Tuesday. Agency photo",
             "This story has not been edited by our staff and is published from a syndicated feed.",
             "Related Articles","Leave a comment","Back to top button"],
    notes="same body as storm/02-en-wire.txt; 'Advertising' occurs twice")
art("storm/04-it-wire-mt.txt","it","storm-wire-d1","translation","dateline",encoding="iso-8859-1",
    damage=["machine translation","ship name translated: 'Commerciante Kaliakra' for 'Kaliakra Trader'",
            "one person spelled two ways: 'Dragos Parvu' and 'Parvo'",
            "broken quote pair: opening « without its closing » in the first quote",
            "literalisms: 'riportare il calore e la potenza', 'chiuso alla spedizione', 'sollevato ... alla sicurezza'"],
    residue=["Pubblicità"])
art("storm/05-ru-wire.txt","ru","storm-wire-d1","translation","dateline")
art("storm/06-ja-wire.txt","ja","storm-wire-d1","translation","dateline")
art("storm/07-de-report.txt","de","storm-de-d1","original")
art("storm/08-uk-report.txt","uk","storm-uk-d1","original","body")
art("storm/09-en-update.txt","en","storm-wire-d2","original","dateline")
art("storm/10-fr-update.txt","fr","storm-wire-d2","translation","dateline",encoding="utf-16le-bom",
    notes="no-break spaces (U+00A0) inside « » , before ':' and as thousands separator")
art("feed.jsonl","it","storm-it-d2","original","jsonl",rid="cronaca-20260211-costanza")

art("summit/01-en-wire.txt","en","summit-wire","original","dateline")
art("summit/02-el-wire.txt","el","summit-wire","translation","dateline")
art("summit/03-zh-wire.txt","zh","summit-wire","translation","dateline")
art("summit/04-ja-wire.txt","ja","summit-wire","translation","dateline",
    damage=["page residue lines"],
    residue=["広告","ギャラリーでこの写真を開く:","リスボンの首脳会議で記念撮影に臨む各国の代表（写真：通信社）","関連記事"])
art("summit/05-es-wire-mt.txt","es","summit-wire","translation","dateline",
    damage=["machine translation","one person spelled three ways: 'Ilona Vara' (surname turned into a word), 'Ilona Barga' (caption), canonical 'Ilona Varga' absent",
            "'Kenji Morikava' for 'Kenji Morikawa'","'Zhou Ming Hui' for 'Zhou Minghui'",
            "broken quote pair: opening “ without its closing ” in the Varga quote",
            "literalisms: 'altos mares', 'dirigiría con el ejemplo', 'tomará efecto'"],
    residue=["Publicidad","Abrir esta foto en la galería:",
             "La comisaria europea Ilona Barga habla en la cumbre de Lisboa el miércoles.",
             "Este artículo fue traducido automáticamente y no ha sido revisado por nuestra redacción."])
art("summit/06-ar-report.txt","ar","summit-ar","original","body")
art("summit/07-hi-report.txt","hi","summit-hi","original","dateline")
art("summit/08-ko-report.txt","ko","summit-ko","original","body")
art("feed.jsonl","pt","summit-pt","original","jsonl",rid="mar-20260218-acordo-lisboa")
art("feed.jsonl","en","summit-wire","duplicate","dateline",rid="mirror-fisheries-accord-lisbon",
    notes="exact duplicate of the body and headline of summit/01-en-wire.txt; the record has no 'published'")

art("merger/01-en-wire.txt","en","merger-wire","original","dateline")
art("merger/02-de-wire.txt","de","merger-wire","translation","dateline")
art("merger/03-ko-wire.txt","ko","merger-wire","translation","dateline")
art("merger/04-fr-wire-mt.txt","fr","merger-wire","translation","dateline",
    damage=["machine translation","company name translated: 'Cuivre Crécerelle' / 'Crécerelle' for 'Kestrel Copper' / 'Kestrel' (the original 'Kestrel Copper' also occurs once)",
            "'Nordhalla Minéraux' for 'Nordhalla Minerals'; 'Nordhalla Crécerelle' for 'Nordhalla Kestrel'",
            "one person spelled two ways: 'Tomas Ekberg' and 'Eckberg'",
            "surname turned into a word: 'Catalina Rois Ibarra' for 'Catalina Reyes Ibarra'",
            "'chair' rendered as 'chaise'; 'smelting contracts' as 'contrats de fusion'",
            "broken quote pair: opening « without its closing »"],
    residue=["Publicité","Articles similaires","Laisser un commentaire"])
art("merger/05-es-report.txt","es","merger-es","original")
art("merger/06-zh-report.txt","zh","merger-zh","original","body")
art("merger/07-en-brief-noheadline.txt","en","merger-brief","original",headline=False)
art("feed.jsonl","sv","merger-sv","original","jsonl",rid="nordnytt-20260224-nordhalla-kestrel")

art("followup/01-en-wire.txt","en","followup-wire","original","dateline")
art("followup/02-hi-wire.txt","hi","followup-wire","translation","dateline")
art("followup/03-ar-wire.txt","ar","followup-wire","translation","dateline",
    notes="numbers in Arabic-Indic digits (١٫٢ مليار, ١٤٠, ٤٫٦ مليار)")
art("followup/04-el-report.txt","el","followup-el","original","body")
art("followup/05-ro-dateprefix.txt","ro","followup-ro","original","prefix",headline=False,
    notes="starts with ' date 2026-03-18 ' on the line of the body, like seed 004; mentions the storm story in its last paragraph")
art("feed.jsonl","ko","followup-ko","original","jsonl",rid="haeyang-20260318-blue-fund",
    notes="the record has no 'title'")

P, O, L, F, V = "person", "organization", "location", "facility", "vessel"
entities = [
 {"name":"Corina Mihăilescu","type":P,"role":"prefect of Constanța county","stories":["storm"],
  "variants":["Corina Mihăilescu","Corina Mihailescu","Корина Михэилеску","Корина Міхаїлеску","コリナ・ミハイレスク"]},
 {"name":"Dragoș Pârvu","type":P,"role":"colonel, head of the regional emergency inspectorate (ISU Dobrogea)","stories":["storm"],
  "variants":["Dragoș Pârvu","Dragos Parvu","Parvo","Драгош Пырву","Драгош Пирву","ドラゴシュ・プルヴ"]},
 {"name":"Ilona Varga","type":P,"role":"European Commissioner for Oceans and Fisheries, chair of the Lisbon summit","stories":["summit","followup"],
  "variants":["Ilona Varga","Ιλόνα Βάργκα","伊洛娜·瓦尔加","イローナ・ヴァルガ","Ilona Vara","Ilona Barga","إيلونا فارغا","इलोना वर्गा","일로나 바르가"]},
 {"name":"Rui Tavares Lemos","type":P,"role":"Portugal's Minister of the Sea, host of the summit","stories":["summit"],
  "variants":["Rui Tavares Lemos","Ρούι Ταβάρες Λέμος","鲁伊·塔瓦雷斯·莱莫斯","ルイ・タヴァレス・レモス"]},
 {"name":"Kenji Morikawa","type":P,"role":"Japan's fisheries minister","stories":["summit"],
  "variants":["Kenji Morikawa","Κέντζι Μορικάουα","森川健二","Kenji Morikava"]},
 {"name":"Zhou Minghui","type":P,"role":"Chinese vice minister, head of China's delegation","stories":["summit"],
  "variants":["Zhou Minghui","Τσου Μινγκχούι","周明辉","周明輝","Zhou Ming Hui"]},
 {"name":"Leila Tazi","type":P,"role":"Morocco's fisheries minister","stories":["summit"],
  "variants":["ليلى التازي","التازي"]},
 {"name":"Anjali Deshmukh","type":P,"role":"India's fisheries minister","stories":["summit"],
  "variants":["अंजलि देशमुख","देशमुख"]},
 {"name":"Park Seo-yeon","type":P,"role":"South Korea's Minister of Oceans and Fisheries","stories":["summit","followup"],
  "variants":["박서연","박 장관"]},
 {"name":"Giorgos Alexiou","type":P,"role":"head of a fishermen's association in Piraeus","stories":["followup"],
  "variants":["Giorgos Alexiou","Γιώργος Αλεξίου","योर्गोस अलेक्सिउ","يورغوس أليكسيو"]},
 {"name":"Tomas Ekberg","type":P,"role":"chief executive of Nordhalla Minerals, to lead Nordhalla Kestrel","stories":["merger"],
  "variants":["Tomas Ekberg","Eckberg","토마스 에크베리","托马斯·埃克贝里"]},
 {"name":"Catalina Reyes Ibarra","type":P,"role":"chief executive of Kestrel Copper, to chair Nordhalla Kestrel","stories":["merger"],
  "variants":["Catalina Reyes Ibarra","Reyes Ibarra","카탈리나 레예스 이바라","卡塔利娜·雷耶斯·伊瓦拉","Catalina Rois Ibarra"]},
 {"name":"Hernán Zúñiga","type":P,"role":"president of the Sierra Alta workers' union","stories":["merger"],
  "variants":["Hernán Zúñiga","Hernan Zuniga"]},
 {"name":"Nordhalla Minerals","type":O,"role":"Swedish mining company (Luleå)","stories":["merger"],
  "variants":["Nordhalla Minerals","노르드할라 미네랄스","诺德哈拉矿业","Nordhalla Minéraux"]},
 {"name":"Kestrel Copper","type":O,"role":"Chilean copper producer (Santiago)","stories":["merger"],
  "variants":["Kestrel Copper","케스트럴 코퍼","凯斯特雷尔铜业","Cuivre Crécerelle","Crécerelle"]},
 {"name":"Nordhalla Kestrel","type":O,"role":"the combined company","stories":["merger"],
  "variants":["Nordhalla Kestrel","노르드할라 케스트럴","诺德哈拉-凯斯特雷尔","Nordhalla Crécerelle"]},
 {"name":"Blue Transition Fund","type":O,"role":"fund created by the Lisbon Accord","stories":["summit","followup"],
  "variants":["Blue Transition Fund","Ταμείου Γαλάζιας Μετάβασης","Ταμείο Γαλάζιας Μετάβασης","蓝色转型基金","ブルー移行基金",
              "Fondo de Transición Azul","صندوق التحول الأزرق","ब्लू ट्रांज़िशन फ़ंड","블루전환기금","Fundo de Transição Azul",
              "Fond pentru Tranziția Albastră"]},
 {"name":"Lisbon Accord on High-Seas Fisheries","type":"agreement","role":"treaty signed in Lisbon on 18 February 2026","stories":["summit","followup"],
  "variants":["Lisbon Accord on High-Seas Fisheries","Συμφωνία της Λισαβόνας για την Αλιεία στην Ανοιχτή Θάλασσα","里斯本公海渔业协定",
              "公海漁業に関するリスボン協定","Acuerdo de Lisboa sobre la Pesca en Altos Mares","اتفاق لشبونة بشأن الصيد في أعالي البحار",
              "लिस्बन समझौते","공해어업에 관한 리스본 협정","Acordo de Lisboa","Acordul de la Lisabona"]},
 {"name":"Kaliakra Trader","type":V,"role":"Maltese-flagged bulk carrier with Ukrainian corn, struck the breakwater","stories":["storm"],
  "variants":["Kaliakra Trader","Калиакра Трейдер","カリアクラ・トレーダー","Commerciante Kaliakra"]},
 {"name":"Sierra Alta","type":F,"role":"Kestrel Copper's mine in the Antofagasta region","stories":["merger"],
  "variants":["Sierra Alta"]},
 {"name":"Constanța","type":L,"role":"Romanian Black Sea port city","stories":["storm","followup"],
  "variants":["Constanța","Constanta","CONSTANTA","CONSTANȚA","Costanza","COSTANZA","Констанца","КОНСТАНЦА","Констанці","Констанце","Констанци","コンスタンツァ"]},
 {"name":"Mangalia","type":L,"role":"resort town south of Constanța","stories":["storm"],
  "variants":["Mangalia","Мангалия","マンガリア"]},
 {"name":"Lisbon","type":L,"role":"summit venue","stories":["summit","followup"],
  "variants":["Lisbon","LISBON","Lisboa","LISBOA","Λισαβόνα","ΛΙΣΑΒΟΝΑ","Λισαβόνας","里斯本","リスボン","لشبونة","लिस्बन","리스본","Lisabona"]},
 {"name":"Brussels","type":L,"role":"where the first payouts were announced","stories":["followup"],
  "variants":["Brussels","BRUSSELS","ब्रसेल्स","بروكسل","Βρυξέλλες","브뤼셀"]},
 {"name":"Piraeus","type":L,"role":"Greek port, fishermen's protest","stories":["followup"],
  "variants":["Piraeus","Πειραιά","पिरेयस","بيرايوس"]},
 {"name":"Antofagasta","type":L,"role":"Chilean mining region","stories":["merger"],"variants":["Antofagasta"]},
]

def fig(id, story, quantity, value, unit, as_of, reports, qualifier=None, surface=()):
    d = {"id":id,"story":story,"quantity":quantity,"value":value,"unit":unit,"as_of":as_of}
    if qualifier: d["qualifier"] = qualifier
    d["reports"] = reports
    if surface: d["surface"] = list(surface)
    return d
S1 = ["storm-local-d1","storm-wire-d1","storm-de-d1","storm-uk-d1"]
S2 = ["storm-wire-d2","storm-it-d2"]
SUM = ["summit-wire","summit-ar","summit-hi","summit-ko","summit-pt"]
figures = [
 fig("storm-killed-d1","storm","people killed",12,"people","2026-02-10",S1,"at least",
     ["at least 12 people","cel puțin 12 morți","mindestens zwölf Menschen","щонайменше 12 людей","по меньшей мере 12 человек","少なくとも12人","almeno 12 persone"]),
 fig("storm-injured-d1","storm","people injured",40,"people","2026-02-10",S1,None,["injuring 40","40 de răniți","40 weitere","40 людей","40人が負傷"]),
 fig("storm-killed-d2","storm","people killed",14,"people","2026-02-11",S2,None,["rose to 14","14 morts","Sale a 14"]),
 fig("storm-injured-d2","storm","people injured",52,"people","2026-02-11",S2,None,["rose to 52","passé à 52","saliti a 52"]),
 fig("storm-missing-d1","storm","sailors missing",3,"people","2026-02-10",S1),
 fig("storm-missing-d2","storm","sailors missing",1,"people","2026-02-11",S2),
 fig("storm-crew","storm","crew of the Kaliakra Trader",22,"people","2026-02-10",["storm-local-d1","storm-wire-d1","storm-uk-d1"]),
 fig("storm-rescued","storm","crew rescued by helicopter",19,"people","2026-02-10",["storm-local-d1","storm-wire-d1","storm-uk-d1"]),
 fig("storm-evacuated","storm","people evacuated",2300,"people","2026-02-10",["storm-local-d1","storm-wire-d1","storm-de-d1","storm-uk-d1","storm-wire-d2"],None,
     ["2,300 people","2.300 de persoane","2300 человек","2300人","2\u00a0300 personnes","Rund 2300 Menschen"]),
 fig("storm-no-power-d1","storm","households without power",18000,"households","2026-02-10",["storm-local-d1","storm-wire-d1"],"about",
     ["About 18,000 households","18.000 de gospodării","18 000 домохозяйств","約1万8000世帯","18.000 famiglie"]),
 fig("storm-no-power-d2","storm","households without power",4000,"households","2026-02-11",["storm-wire-d2"],None,["all but 4,000 households","4\u00a0000 foyers"]),
 fig("storm-wind","storm","maximum wind speed",140,"km/h","2026-02-10",["storm-local-d1","storm-wire-d1","storm-de-d1"],"up to"),
 fig("storm-waves","storm","wave height",7,"m","2026-02-10",["storm-local-d1","storm-wire-d1"],"up to",["seven metres","șapte metri","семи метров","7メートル","sette metri"]),
 fig("storm-port-closed","storm","port closure",48,"hours","2026-02-10",S1,"at least",["at least 48 hours","mindestens zwei Tage lang"]),
 fig("storm-corn","storm","corn carried by the Kaliakra Trader",31000,"tonnes","2026-02-10",["storm-uk-d1"],"about",["близько 31 тисячі тонн"]),
 fig("storm-aid","storm","emergency aid",60000000,"RON","2026-02-11",S2,None,["60 million lei (about 12 million euros)","60 milioni di lei, circa 12 milioni di euro"]),
 fig("summit-signatories","summit","signatory countries",38,"countries","2026-02-18",SUM+["followup-el","followup-wire","followup-ro"],None,["Thirty-eight countries","Τριάντα οκτώ χώρες","38个国家","38カ国","إلى جانب 37 دولة أخرى","38 देशों","38개 서명국","Trinta e oito países"]),
 fig("summit-quota-cut","summit","cut of high-seas tuna and swordfish catches by 2030",15,"percent","2026-02-18",SUM+["followup-el","followup-ro"],None,["15 percent","15%","15 في المائة","15 प्रतिशत","15 por ciento"]),
 fig("summit-fund","summit","Blue Transition Fund pledges",4500000000,"EUR","2026-02-18",SUM,None,
     ["4.5 billion euros","4,5 δισεκατομμύρια ευρώ","45亿欧元","45億ユーロ","4.500 millones de euros","4.5 مليار يورو","4.5 अरब यूरो","45억 유로","4,5 mil milhões de euros"]),
 fig("summit-eu","summit","European Union contribution",2000000000,"EUR","2026-02-18",SUM,None,["2 billion euros","20亿欧元","20億ユーロ","بملياري يورو","2 अरब यूरो","20억 유로","2 mil milhões de euros","2.000 millones de euros"]),
 fig("summit-japan","summit","Japan's contribution",750000000,"EUR","2026-02-18",SUM,None,["750 million euros","750 εκατομμύρια ευρώ","7.5亿欧元","7億5000万ユーロ","75 करोड़ यूरो","7억5천만 유로","750 milhões","بـ750 مليون يورو"]),
 fig("summit-korea-d1","summit","South Korea's contribution",400000000,"EUR","2026-02-18",["summit-ko","followup-ko"],None,["4억 유로"]),
 fig("summit-threshold","summit","ratifications needed for entry into force",30,"countries","2026-02-18",SUM+["followup-wire","followup-ro","followup-ko"]),
 fig("summit-quota-start","summit","new quotas apply from",None,"date:2026-07-01","2026-02-18",SUM+["followup-wire","followup-ro","followup-el"],None,
     ["July 1","1η Ιουλίου","7月1日","الأول من يوليو","1 जुलाई","7월 1일","1 de julho","1 iulie","1 de julio"]),
 fig("merger-value","merger","value of Kestrel Copper in the deal",12800000000,"USD","2026-02-24",["merger-wire","merger-es","merger-zh","merger-brief","merger-sv"],None,
     ["$12.8 billion","12.8 billion dollars","12,8 Milliarden Dollar","128억 달러","12,8 milliards de dollars","12.800 millones de dólares","128亿美元","12,8 miljarder dollar"]),
 fig("merger-ratio","merger","new Nordhalla shares per Kestrel share",0.82,"shares","2026-02-24",["merger-wire"]),
 fig("merger-stake","merger","stake of Nordhalla shareholders in the combined company",54,"percent","2026-02-24",["merger-wire","merger-sv"]),
 fig("merger-output","merger","combined copper output per year",1100000,"tonnes","2026-02-24",["merger-wire","merger-zh"],"about",["1.1 million tonnes","1,1 Millionen Tonnen","110만t","110万吨"]),
 fig("merger-savings","merger","annual savings by 2028",450000000,"USD","2026-02-24",["merger-wire","merger-es","merger-brief","merger-sv"],None,["450 million dollars","4억5천만 달러","450 millones de dólares","450 miljoner dollar"]),
 fig("merger-nordhalla-shares","merger","Nordhalla share price change in Stockholm",6.1,"percent","2026-02-24",["merger-wire","merger-sv"]),
 fig("merger-kestrel-shares","merger","Kestrel share price change in Santiago",14,"percent","2026-02-24",["merger-wire","merger-es"]),
 fig("merger-close","merger","expected closing",None,"quarter:2026-Q4","2026-02-24",["merger-wire","merger-zh","merger-sv"]),
 fig("merger-copper-futures","merger","Shanghai copper futures change",-0.4,"percent","2026-02-24",["merger-zh"]),
 fig("followup-first-payments","followup","first payments of the fund",1200000000,"EUR","2026-03-17",["followup-wire","followup-ro","followup-ko"],None,
     ["1.2 billion euros","1.2 अरब यूरो","١٫٢ مليار يورو","1,2 miliarde de euro","12억 유로"]),
 fig("followup-countries-funded","followup","countries with funded projects",14,"countries","2026-03-17",["followup-wire","followup-ro","followup-ko"]),
 fig("followup-india-grant","followup","largest single grant (India)",140000000,"EUR","2026-03-17",["followup-wire","followup-ko"],None,["140 million euros","14 करोड़ यूरो","١٤٠ مليون يورو","1억4천만 유로"]),
 fig("followup-morocco-grant","followup","grant to Morocco",95000000,"EUR","2026-03-17",["followup-wire"],None,["95 million euros","9.5 करोड़ यूरो","٩٥ مليون يورو"]),
 fig("followup-korea-increase","followup","increase of South Korea's pledge",100000000,"EUR","2026-03-17",["followup-wire","followup-ko"],None,["100 million euros","10 करोड़ यूरो","١٠٠ مليون يورو","1억 유로"]),
 fig("followup-fund-total","followup","Blue Transition Fund total",4600000000,"EUR","2026-03-17",["followup-wire","followup-ro","followup-ko"],None,
     ["4.6 billion euros","4.6 अरब यूरो","٤٫٦ مليار يورو","4,6 miliarde de euro","46억 유로"]),
 fig("followup-ratified-d1","followup","countries that have ratified",22,"countries","2026-03-17",["followup-wire","followup-ko"]),
 fig("followup-ratified-d2","followup","countries that have ratified (Romania the 23rd)",23,"countries","2026-03-18",["followup-ro"],None,["al 23-lea stat"]),
 fig("followup-piraeus-boats","followup","Piraeus-area boats fishing swordfish in international waters",60,"boats","2026-03-16",["followup-el"],"about"),
]

truth = {"version":1,"corpus":"corpus","stories":stories,
 "reports":[{"id":r[0],"story":r[1],"original":r[2],"published":r[3]} for r in reports],
 "articles":A,"entities":entities,"figures":figures}

# ---- verification against the corpus ----
def read(path):
    b = open(path,'rb').read()
    if b[:2] == b'\xff\xfe': return b[2:].decode('utf-16-le')
    try: return b.decode('utf-8')
    except UnicodeDecodeError: return b.decode('iso-8859-1')
texts = {}
feed = {}
for line in open(os.path.join(C,'feed.jsonl'),encoding='utf-8'):
    r = json.loads(line); feed[r['id']] = r
    texts['feed.jsonl#'+r['id']] = (r.get('title') or '') + '\n' + r['text']
for d in ('storm','summit','merger','followup'):
    for f in sorted(os.listdir(os.path.join(C,d))):
        texts[d+'/'+f] = read(os.path.join(C,d,f))
keys = [a['file'] + ('#'+a['id'] if 'id' in a else '') for a in A]
bad = 0
assert sorted(keys) == sorted(texts), set(keys) ^ set(texts)
for a in A:
    k = a['file'] + ('#'+a['id'] if 'id' in a else '')
    for line in a['residue']:
        if line not in texts[k].split('\n'): print('residue missing', k, line); bad += 1
    if 'id' in a:
        r = feed[a['id']]
        assert r['language'] == a['language']
        if 'published' in r: assert r['published'][:10] == a['published'], k
blob = '\n'.join(texts.values())
for e in entities:
    for v in e['variants']:
        if v not in blob: print('variant missing', e['name'], v); bad += 1
for f in figures:
    for s in f.get('surface',[]):
        if s not in blob: print('surface missing', f['id'], s); bad += 1
for r in reports:
    assert r[2] in texts, r
if bad: sys.exit(1)
with open(os.path.join(ROOT,'truth.json'),'w',encoding='utf-8') as fh:
    json.dump(truth, fh, ensure_ascii=False, indent=1); fh.write('\n')
print('articles', len(A), 'entities', len(entities), 'figures', len(figures))
from collections import Counter
print(Counter(a['language'] for a in A)); print(Counter(a['script'] for a in A)); print(Counter(a['story'] for a in A)); print(Counter(a['relation'] for a in A))
