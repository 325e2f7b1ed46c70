package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.model.EntityType.CONCEPT;
import static org.asiasec.kg.model.EntityType.MECHANISM;
import static org.asiasec.kg.model.EntityType.PERSON;
import static org.asiasec.kg.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.time.DateScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proposals whose proposer, meeting or concept the sentence leaves to the text around it: 他 (the person
 * named last), 这一理念 (the concept named last), 即在这次会议上提出, 在开幕式上 (the meeting named last, in
 * the year the sentence gives), and 倡议 as a verb. The names are invented for these tests.
 */
class ConceptProposalContextTest {

    private static final String MEETING = "YLF-meeting-2033";

    /** The sentences as one text, read in order: the first names the meeting. */
    private static Set<String> proposals(String meetingSentence, String... sentences) {
        DateScope scope = DateScope.anchoredAt("2035");
        List<AnalysedSentence> built = new java.util.ArrayList<>();
        built.add(named(TestSentence.of(meetingSentence)).scope(scope).build());
        for (String s : sentences) {
            built.add(named(TestSentence.of(s)).scope(scope).build());
        }
        return Facts.of(List.of(new ConceptProposalRule()), built.toArray(AnalysedSentence[]::new));
    }

    private static TestSentence named(TestSentence s) {
        return s.with("云岭论坛", MECHANISM, "YLF").with("比什凯克", PLACE, "Bishkek").with("比什凱克", PLACE, "Bishkek")
                .with("杜尚别", PLACE, "Dushanbe").with("巴特爾", PERSON, "Bater").with("巴特尔", PERSON, "Bater")
                .with("乌云", PERSON, "Wuyun").with("云岭共同安全观", CONCEPT, "YLSec").with("高原韧性伙伴倡议", CONCEPT, "Resilience")
                .with("雲嶺共同安全觀", CONCEPT, "YLSec").with("高原韌性夥伴倡議", CONCEPT, "Resilience");
    }

    private static final String HELD = "2033年6月5日，云岭论坛第三届部长级会议在比什凯克举行。";

    @Test
    @DisplayName("“某观”即在这次会议上提出：会议是上文的会议，日期是会议的日期")
    void proposedAtTheMeetingOfThePreviousSentence() {
        Set<String> f = proposals(HELD, "“云岭共同安全观”即在这次会议上提出。");
        assertEquals(Set.of("YLSec proposedAt " + MEETING, "YLSec proposedOn 2033-06-05"), f);
        assertEquals(Set.of(), proposals(HELD, "“云岭共同安全观”在这次会议上引起讨论。"));
    }

    @DisplayName("“某地会议期间”：上文在该地举行的会议，日期是会议的日期；繁体")
    @ParameterizedTest(name = "{0}")
    @CsvSource({"比什凯克会议期间，巴特尔提出“高原韧性伙伴倡议”。", "比什凱克會議期間，巴特爾提出「高原韌性夥伴倡議」。",
            "在比什凯克会议上，巴特尔提出“高原韧性伙伴倡议”。"})
    void meetingCalledByItsVenue(String sentence) {
        assertEquals(Set.of("Resilience proposedBy Bater", "Resilience proposedAt " + MEETING, "Resilience proposedOn 2033-06-05"),
                proposals(HELD, sentence));
    }

    @Test
    @DisplayName("反例：上文没有在该地举行的会议，就不附会议与日期（杜尚别会议期间）")
    void venueOfNoMeetingTold() {
        assertEquals(Set.of("Resilience proposedBy Bater"), proposals(HELD, "杜尚别会议期间，巴特尔提出“高原韧性伙伴倡议”。"));
    }

    @DisplayName("他：上文最后提到的人；繁体、PDF 断行")
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
            "蒙古国外长巴特尔出席会议。; 他在会上提出“高原韧性伙伴倡议”。",
            "蒙古國外長巴特爾出席會議。; 他在會上提出「高原韌性夥伴倡議」。",
            "蒙古国外长巴特尔出席会议。; 他在会上提出“高原韧性伙\\n伴倡议”。",
    })
    void pronounIsThePersonNamedLast(String first, String second) {
        assertEquals(Set.of("Resilience proposedBy Bater", "Resilience proposedAt " + MEETING, "Resilience proposedOn 2033-06-05"),
                proposals(HELD, first.replace("巴特爾", "巴特尔"), second.replace("\\n", "\n")));
    }

    @Test
    @DisplayName("他介绍了某人提出的倡议：句中有人名时“他”不是提出者；换一个人即换提出者")
    void pronounBeforeANamedPerson() {
        assertEquals(Set.of("Resilience proposedBy Wuyun", "Resilience proposedOn 2034"),
                proposals(HELD, "巴特尔出席会议。", "他介绍了乌云2034年提出的高原韧性伙伴倡议。"));
    }

    @DisplayName("在开幕式上：上文的会议，只在句中日期与会议同年时")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2033年6月5日，巴特尔在开幕式上首次提出“高原韧性伙伴倡议”。; true",
            "2031年6月5日，巴特尔在开幕式上首次提出“高原韧性伙伴倡议”。; false",
            "巴特尔在开幕式上首次提出“高原韧性伙伴倡议”。; false",
            "巴特尔在6月5日的开幕式上首次提出“高原韧性伙伴倡议”。; true",
            "巴特尔在6月5日的会谈上首次提出“高原韧性伙伴倡议”。; false",
    })
    void ceremonyOfTheMeeting(String sentence, boolean atTheMeeting) {
        assertEquals(atTheMeeting, proposals(HELD, sentence).contains("Resilience proposedAt " + MEETING));
        assertEquals(true, proposals(HELD, sentence).contains("Resilience proposedBy Bater"));
    }

    @Test
    @DisplayName("首次阐述这一理念：上文最后提到的概念；倡议作动词")
    void thisConceptAndProposeAsAVerb() {
        assertEquals(Set.of("YLSec proposedBy Bater", "YLSec proposedOn 2034"),
                proposals(HELD, "2034年，巴特尔倡议共建“云岭共同安全观”。"));
        assertEquals(Set.of("YLSec proposedBy Wuyun", "YLSec proposedOn 2035"),
                proposals(HELD, "各方讨论了“云岭共同安全观”。", "2035年，乌云首次阐述这一理念。"));
        assertEquals(Set.of(), proposals(HELD, "各方讨论了“云岭共同安全观”。", "2035年，在乌云倡议下，各方讨论了这一理念。"));
    }

    @Test
    @DisplayName("落实他先后提出的倡议：紧挨动词的“他”是提出者；“他们”不是")
    void pronounRightBeforeTheVerb() {
        assertEquals(Set.of("Resilience proposedBy Bater"),
                proposals(HELD, "巴特尔出席会议。", "各方表示愿共同落实他先后提出的高原韧性伙伴倡议。"));
        assertEquals(Set.of(), proposals(HELD, "巴特尔出席会议。", "各方表示愿共同落实他们先后提出的高原韧性伙伴倡议。"));
    }

    @Test
    @DisplayName("那次会议还确立了“甲、乙，丙”的某观：会议作主语，引号里的修饰语可有逗号；“讨论了”不是提出")
    void meetingAsSubjectWithQuotedQualifier() {
        assertEquals(Set.of("YLSec proposedAt " + MEETING, "YLSec proposedOn 2033-06-05"),
                proposals(HELD, "那次会议还确立了“互敬、互助，以合作促安全”的云岭共同安全观。"));
        assertEquals(Set.of("YLSec proposedAt " + MEETING, "YLSec proposedOn 2033-06-05"),
                proposals(HELD, "那次會議還確立了「互敬、互助，以合作促安全」的雲嶺共同安全觀。"));
        assertEquals(Set.of(), proposals(HELD, "那次会议还讨论了“互敬、互助，以合作促安全”的云岭共同安全观。"));
    }

    @Test
    @DisplayName("演讲人“我在这里提出”：会议是讲稿标题所说的会议（全文第一个会议），不是上文最后提到的会议")
    void speakerHereMeansTheSpeechMeeting() {
        DateScope scope = DateScope.anchoredAt("2035");
        org.asiasec.kg.model.Entity speaker = new org.asiasec.kg.model.Entity("Bater", org.asiasec.kg.model.EntityType.PERSON,
                null, "巴特尔", null, null, null);
        List<AnalysedSentence> text = List.of(named(TestSentence.of(HELD)).scope(scope).build(),
                named(TestSentence.of("2031年6月，云岭论坛第一届部长级会议在比什凯克举行。")).scope(scope).build(),
                named(TestSentence.of("我在这里提出“高原韧性伙伴倡议”。")).scope(scope).build(),
                named(TestSentence.of("我曾经提出“云岭共同安全观”。")).scope(scope).build());
        org.asiasec.kg.model.CollectingSink sink = new org.asiasec.kg.model.CollectingSink();
        MeetingFinder finder = new MeetingFinder();
        ConceptProposalRule rule = new ConceptProposalRule();
        for (AnalysedSentence s : text) {
            MaskedSentence masked = new MaskedSentence(s, null, speaker, java.util.Map.of());
            finder.read(masked);
            rule.apply(masked, sink);
        }
        assertEquals(Set.of("Resilience proposedAt " + MEETING, "Resilience proposedBy Bater", "Resilience proposedOn 2033-06-05",
                "YLSec proposedBy Bater"), Facts.lines(sink));
    }

    @Test
    @DisplayName("首次向国际社会阐述这一理念：“向…”不是主语，提出者是前一分句的人；分句有自己的主语时取该主语")
    void toWhomIsNotWho() {
        assertEquals(Set.of("YLSec proposedBy Bater", "YLSec proposedOn 2035-03"),
                proposals(HELD, "各方讨论了“云岭共同安全观”。", "2035年3月，巴特尔在比什凯克发表演讲，首次向国际社会阐述这一理念。"));
        assertEquals(Set.of("YLSec proposedBy Wuyun", "YLSec proposedOn 2035-03"),
                proposals(HELD, "各方讨论了“云岭共同安全观”。", "2035年3月，巴特尔在比什凯克发表演讲，乌云随后向国际社会阐述这一理念。"));
    }
}
