/* test_quotes.c - quotations in several conventions, broken pairs, and
 * the speaker: verb after or before, pronoun, continuation. */
#include <string.h>
#include "nf_test.h"
#include "newsfold.h"

/* Speaker name of the quote starting with `start`, "-" when it has none,
 * "?" when no such quote was found. */
static const char *speaker(const char *text, const char *lang, const char *start)
{
    static char buf[128];
    nf_facts *f = NULL;
    strcpy(buf, "?");
    if (nf_facts_extract(text, strlen(text), lang, NULL, &f))
        return "error";
    for (size_t i = 0; i < nf_facts_quote_count(f); i++) {
        const nf_quote *q = nf_facts_quote(f, i);
        if (!strncmp(text + q->span.start, start, strlen(start))) {
            snprintf(buf, sizeof buf, "%s", q->speaker_name ? q->speaker_name : "-");
            break;
        }
    }
    nf_facts_free(f);
    return buf;
}

static void test_conventions(void)
{
    CHECK_STR(speaker("“We cannot agree with this plan,” Lavrov said on Wednesday.", "en", "We cannot"), "Lavrov");
    CHECK_STR(speaker("Markus Vogel sagte: „Das ist ein guter Tag für uns alle“.", "de", "Das ist"), "Markus Vogel");
    CHECK_STR(speaker("« Nous resterons ici jusqu'au bout », a déclaré Claire Fabre.", "fr", "Nous resterons"), "Claire Fabre");
    CHECK_STR(speaker("「現在の計画には同意できません」とラブロフは述べた。", "ja", "現在の"), "ラブロフ");
    CHECK_STR(speaker("«Это одна из крупнейших схем», — заявил прокурор Олег Смирнов.", "ru", "Это одна"), "Олег Смирнов");
    CHECK_STR(speaker("„Apa a intrat în toate casele”, a declarat primarul Ion Vasile.", "ro", "Apa a"), "Ion Vasile");
    CHECK_STR(speaker("发言人王强表示：“救援工作仍在进行中。”", "zh", "救援"), "王强");
}

static void test_broken_and_resolution(void)
{
    /* seed-001-like broken closer, pronoun then appositive */
    const char *t1 = "“For our allies, we confirmed our support today, ”he wrote on X, "
                     "the head of the committee, Admiral Luca Bruni.\n"
                     "“I thanked them all for taking part,” said the Italian admiral.";
    CHECK_STR(speaker(t1, "en", "For our allies"), "Luca Bruni");
    CHECK_STR(speaker(t1, "en", "I thanked"), "Luca Bruni");
    /* an opening mark used to close, a second opening mark inside */
    const char *t2 = "“Sono qui oggi perché penso, “la vera pace è nelle vostre case”, ha detto Root.\n"
                     "“Non è finita, sappiamo cosa viene dopo. “";
    CHECK_STR(speaker(t2, "it", "Sono qui"), "Root");
    /* a quote that never closes ends before its reporting verb */
    const char *t3 = "Zelinski parlò a lungo.\n“Il fatto che questi colloqui continuino è buono. Disse la radice.";
    CHECK_STR(speaker(t3, "it", "Il fatto"), "-");
    /* he said -> the last speaker */
    const char *t4 = "Anna Krüger spoke first. “The river is falling now,” she said. "
                     "“We stay alert for three more days,” she added.";
    CHECK_STR(speaker(t4, "en", "We stay"), "Anna Krüger");
    /* a quoted term is not a quotation */
    CHECK_STR(speaker("The talks were “frank” and short, he said.", "en", "frank"), "?");
}

/* A name in quotation marks is no quotation; words said in title case
 * with a lower-case word of four letters or more still are. */
/* Greek, Dutch and Swedish reporting verbs; Korean names before a title
 * and Hindi names before the ergative ने (quotes_names_uncased.c). */
static void test_uncased_and_new_languages(void)
{
    CHECK_STR(speaker("«Δεν θα φύγουμε από εδώ», δήλωσε ο Νικόλαος Παπαδάκης.", "el", "Δεν θα"), "Νικόλαος Παπαδάκης");
    CHECK_STR(speaker("\"We blijven hier,\" zei burgemeester Anouk de Vries.", "nl", "We blijven"), "Anouk de Vries");
    CHECK_STR(speaker("\"Vi stannar här\", sade landshövding Karin Lindqvist.", "sv", "Vi stannar"), "Karin Lindqvist");
    CHECK_STR(speaker("김민준 해양수산부 장관은 \"어민들의 목소리를 끝까지 듣겠다\"고 말했다.", "ko", "어민들의"), "김민준");
    CHECK_STR(speaker("이서준 소방서장은 \"불길이 빨라 진입이 어려웠다\"고 밝혔다.", "ko", "불길이"), "이서준");
    /* the family name alone before a title is the full name given before */
    CHECK_STR(speaker("박서연 해양수산부 장관은 협정에 서명했다. 박 장관은 \"어민 지원이 성공의 관건이다\"라고 말했다.", "ko", "어민 지원이"), "박서연");
    /* an institution before the title is no name: no speaker */
    CHECK_STR(speaker("국방부 대변인은 \"확인할 수 없는 내용이다\"고 말했다.", "ko", "확인할"), "-");
    CHECK_STR(speaker("मंत्री राजेश वर्मा ने कहा, \"हम जल्दी फ़ैसला करेंगे।\"", "hi", "हम जल्दी"), "राजेश वर्मा");
    /* a ministry and a group of officials speak with ने too: no person */
    CHECK_STR(speaker("विदेश मंत्रालय ने कहा, \"हम जल्दी फ़ैसला करेंगे।\"", "hi", "हम जल्दी"), "-");
    CHECK_STR(speaker("पुलिस अधिकारियों ने कहा, \"जाँच जारी है।\"", "hi", "जाँच"), "-");
}

static void test_quoted_names(void)
{
    CHECK_STR(speaker("La reuniunea „Grupului de Sprijin” de la Viena, a spus Ion Vasile.", "ro", "Grupului"), "?");
    CHECK_STR(speaker("Members of the “Northern Harbour Alliance” met in Oslo, Eva Lind said.", "en", "Northern"), "?");
    CHECK_STR(speaker("«Operazione Alba Chiara» è iniziata, ha detto Marco Neri.", "it", "Operazione"), "?");
    CHECK_STR(speaker("“We Stand Together with them,” Eva Lind said.", "en", "We Stand"), "Eva Lind");
    CHECK_STR(speaker("“Bridges are open again,” Eva Lind said.", "en", "Bridges"), "Eva Lind");
    CHECK_STR(speaker("„Wir bleiben hier“, sagte Markus Vogel.", "de", "Wir bleiben"), "Markus Vogel");
    CHECK_STR(speaker("“NOBODY LEAVES TONIGHT,” Eva Lind said.", "en", "NOBODY"), "Eva Lind");
}

int main(void)
{
    RUN(test_conventions);
    RUN(test_uncased_and_new_languages);
    RUN(test_broken_and_resolution);
    RUN(test_quoted_names);
    return nf_test_done();
}
