package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.model.EntityType.CONCEPT;
import static org.asiasec.kg.model.EntityType.COUNTRY;
import static org.asiasec.kg.model.EntityType.MECHANISM;
import static org.asiasec.kg.model.EntityType.PERSON;
import static org.asiasec.kg.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.model.CollectingSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptRulesTest {

    private static Set<String> proposals(TestSentence sentence) {
        return Facts.of(List.of(new ConceptProposalRule()), sentence.build());
    }

    @DisplayName("首次正式提出：提出者、会议、日期；改日期或城市即改事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "1997年3月，中国领导人在北京东盟地区论坛信任措施会议上首次正式提出了适于冷战后亚太地区安全维护的“新安全观”概念。; 1997-03; ARF-meeting-1997",
            "1999年5月，中国领导人在北京东盟地区论坛信任措施会议上首次正式提出了“新安全观”概念。; 1999-05; ARF-meeting-1999",
    })
    void firstProposedAtAMeeting(String sentence, String date, String meeting) {
        assertEquals(Set.of("NSC proposedBy China", "NSC proposedOn " + date, "NSC proposedAt " + meeting),
                proposals(TestSentence.of(sentence).with("中国", COUNTRY, "China").with("北京", PLACE, "Beijing")
                        .with("东盟地区论坛", MECHANISM, "ARF").with("新安全观", CONCEPT, "NSC")));
    }

    @Test
    @DisplayName("会议作主语首次提出；人物在前一分句；重申不是提出")
    void conferenceAsSubjectAndEarlierClauses() {
        assertEquals(Set.of("ASM proposedAt CentralConf", "ASM proposedOn 2025-04"),
                proposals(TestSentence.of("2025年4月，中央周边工作会议首次提出“安危与共、求同存异、对话协商的亚洲安全模式”。")
                        .with("中央周边工作会议", MECHANISM, "CentralConf").with("亚洲安全模式", CONCEPT, "ASM")));
        assertEquals(Set.of("GSI proposedBy Xi", "GSI proposedOn 2022", "GSI proposedAt BFA-meeting-2022"),
                proposals(TestSentence.of("2022年习近平主席在博鳌亚洲论坛年会开幕式上强调，安全是发展的前提，并首次提出了全球安全倡议。")
                        .with("习近平", PERSON, "Xi").with("博鳌亚洲论坛", MECHANISM, "BFA").with("全球安全倡议", CONCEPT, "GSI")));
        assertEquals(Set.of(), proposals(TestSentence.of("2003年5月，中国领导人再次提出新安全观。")
                .with("中国", COUNTRY, "China").with("新安全观", CONCEPT, "NSC")));
    }

    @Test
    @DisplayName("被提出的是中心概念：“甲、乙、丙的某模式”中并列的修饰项即使是已知概念也不算被提出")
    void theHeadConceptIsProposedNotItsQualifiers() {
        assertEquals(Set.of("OCM proposedAt EAC", "OCM proposedOn 2031-05"),
                proposals(TestSentence.of("2031年5月，东亚合作大会首次提出“互谅互让、同舟共济、合作共赢的海洋合作模式”。")
                        .with("东亚合作大会", MECHANISM, "EAC").with("同舟共济", CONCEPT, "TZGJ")
                        .with("合作共赢", CONCEPT, "HZGY").with("海洋合作模式", CONCEPT, "OCM")));
    }

    @Test
    @DisplayName("以……为核心的概念：组成部分，末项“和”拆开")
    void componentsWithCore() {
        CollectingSink sink = Facts.run(List.of(new ConceptComponentRule()),
                TestSentence.of("国际社会需建立以互信、互利、平等和相互协作为基础的新型安全观。")
                        .with("新型安全观", CONCEPT, "NSC").build());
        assertEquals(Set.of("NSC hasComponent huxin", "NSC hasComponent huli", "NSC hasComponent pingdeng",
                "NSC hasComponent xianghuxiezuo"), Facts.lines(sink));
        assertEquals("互信", sink.entities().get("huxin").labelZh());
    }

    @DisplayName("修饰语并列 + 的 + 概念；谓语动词不算入第一项；改一项即改事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "中国倡导共同、综合、合作、可持续的安全观。; gongtong zonghe hezuo kechixu",
            "中国倡导共同、综合、合作、包容的安全观。; gongtong zonghe hezuo baorong",
            "积极倡导共同安全、综合安全、合作安全、可持续安全的安全观。; gongtonganquan zongheanquan hezuoanquan kechixuanquan",
    })
    void modifierList(String sentence, String components) {
        Set<String> expected = new java.util.TreeSet<>();
        for (String c : components.split(" ")) {
            expected.add("SC hasComponent " + c);
        }
        assertEquals(expected, Facts.of(List.of(new ConceptComponentRule()),
                TestSentence.of(sentence).with("安全观", CONCEPT, "SC").build()));
    }

    @Test
    @DisplayName("识别器把整个并列短语当作概念名时也能拆出组成部分；两项并列不足以定义概念")
    void wholePhraseAsConceptName() {
        Set<String> f = Facts.of(List.of(new ConceptComponentRule()),
                TestSentence.of("会议提出“安危与共、求同存异、对话协商的亚洲安全模式”。")
                        .with("安危与共、求同存异、对话协商的亚洲安全模式", CONCEPT, "ASM").build());
        assertEquals(Set.of("ASM hasComponent anweiyugong", "ASM hasComponent qiutongcunyi",
                "ASM hasComponent duihuaxieshang"), f);
        assertTrue(Facts.of(List.of(new ConceptComponentRule()), TestSentence.of("这种开放包容、合作共赢的安全观。")
                .with("安全观", CONCEPT, "SC").build()).isEmpty());
    }

    @Test
    @DisplayName("识别器已链接的组成部分沿用其实体")
    void linkedComponents() {
        assertEquals(Set.of("NSC hasComponent MutualTrust", "NSC hasComponent huli", "NSC hasComponent pingdeng",
                        "NSC hasComponent xiezuo"),
                Facts.of(List.of(new ConceptComponentRule()), TestSentence.of("以互信、互利、平等、协作为核心的新安全观。")
                        .with("新安全观", CONCEPT, "NSC").with("互信", CONCEPT, "MutualTrust").build()));
    }

    @Test
    @DisplayName("概念，即……：有引导词的列表第一项不截短")
    void namelyList() {
        assertEquals(Set.of("FP hasComponent huxiangzunzhongzhuquanhelingtuwanzheng", "FP hasComponent hubuqinfan",
                        "FP hasComponent hubuganshe", "FP hasComponent pingdenghuli", "FP hasComponent hepinggongchu"),
                Facts.of(List.of(new ConceptComponentRule()), TestSentence.of(
                        "三国共同倡导了和平共处五项原则，即互相尊重主权和领土完整、互不侵犯、互不干涉、平等互利、和平共处。")
                        .with("和平共处五项原则", CONCEPT, "FP").build()));
    }

    @Test
    @DisplayName("主语省略的分句取句首主语；有自己主语（未链接）的分句不取")
    void subjectlessClauses() {
        assertEquals(Set.of(), proposals(TestSentence.of("在既有中国官方文件中，周边工作会议提出的就是以亚洲安全模式为支撑。")
                .with("中国", COUNTRY, "China").with("亚洲安全模式", CONCEPT, "ASM")));
        assertTrue(proposals(TestSentence.of("同年4月中国领导人访俄期间，两国元首签署声明，提出双方主张确立“新安全观”。")
                .with("中国", COUNTRY, "China").with("俄", COUNTRY, "Russia").with("新安全观", CONCEPT, "NSC"))
                .contains("NSC proposedBy China"));
    }
}
