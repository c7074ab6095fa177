/* lexicon.c - the word lists of lexicon.h, and their lookup.
 *
 * The lists are written here as space-separated words per class (easy
 * to read and extend); on first use they are loaded into one open-
 * addressing hash table of word -> classes (pthread_once), so a lookup
 * is one hash and a compare.
 */
#include "entities/lexicon.h"
#include "entities/wordset.h"

#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

static const char stop_words[] =
    /* en */
    "the a an and or but if of in on at to for from by with as is are was were be "
    "been has have had this that these those it its he she they we you i his her "
    "their our my your not no yes all some any more most other such than then there "
    "here when where while after before during since until about against between "
    "into through over under again also only just very can could will would shall "
    "should may might must do does did so what which who whom whose why how both each "
    "few many much one two three four five first last new according however "
    "meanwhile although because despite like unlike among within without "
    "mr mrs ms dr "
    /* it */
    "il lo la i gli le un uno una di da del dello della dei degli delle al allo alla "
    "ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul "
    "sulla sui sugli sulle con per tra fra che chi cui non e ed o ma se come anche "
    "questo questa questi queste quello quella quelli quelle secondo dopo prima "
    "entrambi tuttavia inoltre oggi ieri sono era ha hanno gli ciò uno "
    "sebbene benché benche poiché poiche perché perche quindi però pero mentre "
    "quando invece circa oltre durante senza verso almeno ancora già gia sempre "
    "alcuni alcune diversi diverse molti molte ogni ciascun nessun "
    /* ro */
    "și si sau dar în in pe la cu de din pentru prin despre după dupa către catre "
    "un o unui unei niște acest această aceste acești acel acea cei cele care ce "
    "nu este sunt a au fost iar însă insa potrivit astfel de asemenea el ea ei ele "
    /* de */
    "der die das den dem des ein eine einer eines einem einen und oder aber wenn "
    "im am vom zum zur beim ins auf aus bei mit nach seit von zu für über unter "
    "vor hinter neben zwischen durch gegen ohne um nicht auch noch nur schon sehr "
    "wie als so dass es er sie wir ihr ich man sich sein seine ihre unser "
    "dieser diese dieses jeder jede alle kein keine nach laut wegen trotz "
    "dabei dadurch dafür dagegen daher damals damit danach daneben dann daran "
    "darauf daraus darin darüber darum davon davor dazu dennoch deshalb "
    "deswegen doch dort dorthin ebenfalls ebenso jedoch jetzt nun sonst "
    "trotzdem zudem zwar außerdem inzwischen bereits "
    /* fr */
    "le la les l un une des du de d au aux et ou mais si en dans sur sous avec pour "
    "par sans chez entre vers selon après avant pendant depuis ne pas plus ce cet "
    "cette ces qui que quoi dont où il elle ils elles nous vous on son sa ses leur "
    "leurs est sont était a ont été mardi "
    /* es pt */
    "el la los las un una unos unas y o pero si en con por para sin sobre entre "
    "hasta desde según segun tras ante bajo del al que quien cual cuyo este esta "
    "estos estas ese esa esos esas aquel su sus no es son fue ha han "
    "o a os as um uma uns umas e ou mas se em no na nos nas do da dos das ao aos "
    "pelo pela pelos pelas com por para sem sobre entre até após segundo este "
    "esta isso isto esse essa seu sua seus suas não é são foi "
    /* nl */
    "de het een en of maar als in op aan te voor van met door bij uit naar over "
    "onder tegen zonder tussen na om niet ook nog al wel dat die dit deze wie wat "
    "hij zij ze wij we jij u ik hun zijn haar is was werd wordt "
    /* pl */
    "i w we z ze na do od o u za przez przy po pod nad przed dla bez nie że to ten ta "
    "te tej tego jest są był była oraz lub ale jak także który która które "
    /* ru uk */
    "и в во на с со к ко по о об от до из за для при без не что это как но а или "
    "его ее её их он она они мы вы я также уже который которая которые был была "
    "і й у та з зі до від на по про для при без не що це як але або його її їх "
    "він вона вони ми ви я також вже який яка які був була "
    /* el */
    "ο η το οι τα του της των τον την τη στο στη στην στον στα στις στους "
    "και ή αλλά με σε για από ως κατά μετά πριν χωρίς προς ενώ όταν όπως ότι "
    "που πως αν θα να δεν δε μη μην αυτό αυτή αυτός αυτά αυτοί αυτές "
    "μας σας τους τις εμείς εσείς εκείνος εκείνη εκείνο σύμφωνα επίσης "
    "ένας μία μια ένα όμως ακόμη ήδη εδώ εκεί "
    /* tr */
    "ve ile bir bu şu o da de ki için gibi göre kadar daha en çok ama fakat veya "
    /* ar: "one of" and prepositions, never a name after a title */
    "إحدى أحد في من على إلى عن مع "
    "ise olarak olan değil ";

static const char role_words[] =
    "president presidente preşedintele președintele presedintele președinte "
    "preşedinte präsident präsidentin président présidente prezydent prezes "
    "президент президента cumhurbaşkanı başkan "
    "minister ministro ministra ministrul ministre ministerpräsident "
    "министр міністр bakan premier prime chancellor kanzler kanzlerin "
    "cancelliere canciller chanceler chancelier "
    "secretary segretario segretaria secretario secretária secretar secrétaire "
    "sekretarz generalsekretär генсек генсекретарь генеральный секретар "
    "general generale generalul général generał генерал "
    "admiral ammiraglio almirante amiral amiralul admirał адмирал адмірал "
    "colonel colonnello coronel colonelul oberst pułkownik полковник "
    "commander comandante commandant kommandeur "
    "governor governatore gobernador governador guvernator gouverneur gouverneurin "
    "mayor sindaco alcalde prefeito primar maire bürgermeister burmistrz мэр "
    "prefect prefetto prefetta prefectul prefecta préfet préfète prefecto "
    "präfekt префект "
    "senator senatore senador senatorul sénateur "
    "king queen prince princess re regina principe rey reina rei roi reine könig "
    "pope papa rabbi rabbiner imam ayatollah cardinal kardinal cardinale "
    "bishop bischof vescovo obispo bisschop pastor pfarrer "
    "oberbürgermeister landrat ministerpräsident staatssekretär "
    "voorzitter woordvoerder woordvoerster burgemeester staatssecretaris "
    "directeur koning koningin prins prinses bondscoach kardinaal "
    "partijleider fractieleider oppositieleider topman eerste-minister "
    "ceo chairman chairwoman chair spokesman spokeswoman spokesperson "
    "portavoce portavoz porta-voz purtătorul sprecher sprecherin porte-parole "
    "envoy inviato enviado trimisul ambassador ambasciatore embajador embaixador "
    "ambasadorul ambassadeur botschafter "
    "mr mrs ms dr prof sir lord lady sig sig.ra dott herr frau monsieur madame "
    "señor señora senhor senhora domnul doamna pan pani господин "
    "leader leaders chief head vice deputy foreign defence defense interior "
    "judge justice lawyer coach striker captain "
    "الرئيس رئيس وزير الوزير وزيرة الأمين السفير الجنرال الملك الأمير "
    "ministri ministros ministres ministers miniștrii miniştrii "
    "πρόεδρος υπουργός υφυπουργός πρωθυπουργός επίτροπος επίτροπο επιτρόπου "
    "εκπρόσωπος πρέσβης "
    /* commissioners (round 17): "European Commissioner Ilona Varga" */
    "commissioner commissioners commissario commissaria comisario comisaria "
    "comissário comissária comisar comisarul comisara comisarului commissaire "
    "secretarul "
    "kommissar komisarz komisarzem комиссар комісар комісарка префектка "
    "undersecretary subsecretario subsecretaria sottosegretario ";

static const char org_words[] =
    "inc corp corporation co ltd llc plc ag gmbh sa spa srl nv bv ab asa oy "
    "company group holding holdings bank banca banco banque banc "
    "party partito partido parti partei partij partidul партия партія "
    "union unione unión união union uniunea "
    "council consiglio consejo conselho conseil consiliul rat raad "
    "committee comitato comité comitetul ausschuss "
    "ministry ministero ministerio ministério ministère ministerul ministerium "
    "министерство міністерство "
    "university università universidad universidade université universitatea "
    "universität universiteit uniwersytet "
    "agency agenzia agencia agência agence agenția agentur agentschap "
    "association associazione asociación associação association asociația "
    "verband vereniging stowarzyszenie "
    "federation federazione federación federação fédération federația "
    "institute istituto instituto institut institutul "
    "commission commissione comisión comissão commission comisia kommission "
    "court corte tribunal tribunale gericht hof "
    "army esercito ejército exército armée armata armee "
    "news times post press herald journal tribune gazette agenzia "
    "fc cf ac sc united city club afc cd ud rc sv tsv vfb vfl fsv "
    "s.a. s.a s.p.a. n.v. b.v. a.g. inc. ltd. co. corp. plc. "
    "klub vereniging verein fußballclub "
    "ministerie bundesministerium raad kamer senate senat senado parliament "
    "commissie centrum instituut administratie federatie academie "
    "bund akademie vereinigung zentrum "
    "parlament parlamento parlement congress kongress congreso "
    "foundation fondazione fundación fundação fondation stiftung stichting "
    "airlines airways motors energy oil telecom department "
    /* industry words that end a company's name (en, with the fr es de
     * forms of the commonest): "Kestrel Copper", "Nordhalla Minerals" */
    "minerals mining mines metals copper steel resources petroleum "
    "pharmaceuticals chemicals industries technologies logistics shipping "
    "insurance minéraux minera bergbau "
    /* round 17: bodies whose word opens their name in Romance languages
     * ("Fiscalía Nacional Económica", "Bolsa de Santiago", "Prefectura
     * Constanța", "Sindicato de Trabajadores"), and funds */
    "fiscalía fiscalia procuradoria bolsa borsa bourse bursa sindicato "
    "sindacato syndicat sindicatul prefectura prefettura préfecture "
    "prefecture fund fondo fundo fond inspectoratul "
    "reuters bloomberg ";

static const char time_words[] =
    "january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday "
    "januar februar märz april mai juni juli august september oktober november "
    "dezember montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "januari februari maart mei juni juli augustus oktober maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag "
    /* el: days (nominative, genitive), months (nominative, genitive,
     * accusative) */
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή "
    "δευτέρας τρίτης τετάρτης πέμπτης παρασκευής σαββάτου κυριακής "
    "ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος "
    "σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος "
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου "
    "σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου "
    "ιανουάριο φεβρουάριο μάρτιο απρίλιο μάιο ιούνιο ιούλιο αύγουστο "
    "σεπτέμβριο οκτώβριο νοέμβριο δεκέμβριο "
    /* en abbreviations of months that are no name or word too (not Jan,
     * Mar, Jun, Jul: a given name, "sea", Korean and Chinese names) */
    "feb apr aug sep sept oct nov dec ";

static const char particle_words[] =
    "de da di del della dello dei degli van von der den ter ten du dos das "
    "al el bin ibn zu of ";

static const char article_words[] =
    "the la las los le les lo il gli het a o os as ";

/* news agencies' sigils, as credit lines write them ("( dpa )", "sid /
 * dpa", "(AFP)"); German ones are written in lower case */
static const char agency_words[] =
    "dpa ddp dapd sid epd kna lhe afp ap apa sda ats ots vwd "
    "efe ansa anp belga tass ria pap ctk mti "
    "reuters xinhua kyodo bernama yonhap ";

static const char de_det_words[] =
    "der die das den dem des ein eine einer eines einem einen kein keine keinen "
    "keinem keiner dieser diese dieses diesen diesem jeder jede jedes jeden jedem "
    "im am vom zum zur beim ins sein seine seinen seinem seiner ihr ihre ihren "
    "ihrem ihrer unser unsere mehr viele einige alle beiden neue neuen neuer "
    "ersten zweiten letzten große großen";

static const char cjk_titles[] =
    /* ja */
    "大統領 副大統領 首相 外相 国防相 外務大臣 大臣 長官 国務長官 国防長官 議長 "
    "事務総長 総長 提督 将軍 司令官 報道官 氏 さん 総裁 知事 市長 委員長 委員 "
    "総理 元帥 大佐 中将 少将 大将 社長 会長 "
    /* zh */
    "总统 總統 总理 總理 外长 外長 部长 部長 主席 秘书长 祕書長 将军 將軍 "
    "先生 女士 发言人 發言人 市长 市長 州长 首相 "
    "首席执行官 执行长 總裁 总裁 董事长 董事長 委员 委員 副部长 副部長 大使 "
    "主任 行长 局长 "
    /* ko */
    "대통령 총리 장관 의장 사무총장 대변인 ";

#define NF_LEX_SLOTS 8192     /* power of two, > 2 x number of words */

static nf_wordset_slot table[NF_LEX_SLOTS];
static nf_wordset words = { table, NF_LEX_SLOTS - 1 };
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Adds every word of `list` with class c. */
static void load(const char *list, unsigned c)
{
    nf_wordset_add(&words, list, c);
}

static void init(void)
{
    load(stop_words, NF_LEX_STOP);
    load(role_words, NF_LEX_ROLE);
    load(org_words, NF_LEX_ORG);
    load(time_words, NF_LEX_TIME);
    load(particle_words, NF_LEX_PARTICLE);
    load(de_det_words, NF_LEX_DE_DET);
    load(cjk_titles, NF_LEX_CJK_TITLE);
    load(article_words, NF_LEX_ARTICLE);
    load(agency_words, NF_LEX_AGENCY);
}

/* Classes of exactly w[0..n) in the table, 0 when absent. */
static unsigned lookup(const char *w, size_t n)
{
    return nf_wordset_get(&words, w, n);
}

unsigned nf_lex_classes(const char *w, size_t n)
{
    assert(w || n == 0);
    pthread_once(&once, init);
    if (n == 0 || n > 255)
        return 0;
    unsigned c = lookup(w, n);
    /* German forms a woman's title with -in ("Ministerin", "Präfektin",
     * "Bürgermeisterin"): a role when the word without it is one */
    if (!c && n > 6 && memcmp(w + n - 2, "in", 2) == 0)
        c = lookup(w, n - 2) & NF_LEX_ROLE;
    return c;
}

size_t nf_lex_cjk_title(const char *s, const char *end)
{
    assert(s && end && s < end);
    size_t max = (size_t)(end - s);
    if (max > 15)
        max = 15;               /* at most five CJK characters */
    for (size_t n = max; n >= 3; n--) {
        if (n < (size_t)(end - s) && ((unsigned char)s[n] & 0xC0) == 0x80)
            continue;
        if (nf_lex_classes(s, n) & NF_LEX_CJK_TITLE)
            return n;
    }
    return 0;
}
