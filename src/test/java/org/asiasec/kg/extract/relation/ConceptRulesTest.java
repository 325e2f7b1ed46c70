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

import org.asiasec.kg.extract.time.DateScope;
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

    /** The labels of the components the rule gives {@code concept}. */
    private static Set<String> components(String concept, TestSentence... sentences) {
        CollectingSink sink = Facts.run(List.of(new ConceptComponentRule()),
                java.util.Arrays.stream(sentences).map(TestSentence::build).toArray(org.asiasec.kg.extract.sentence.AnalysedSentence[]::new));
        Set<String> out = new java.util.TreeSet<>();
        for (String line : Facts.lines(sink)) {
            String[] f = line.split(" ");
            assertEquals(concept, f[0], line);
            out.add(sink.entities().get(f[2]).labelZh());
        }
        return out;
    }

    @Test
    @DisplayName("“N个坚持”：每个“坚持”分句是一个组成部分，被分句切开的列表在下一句接着数，数满为止")
    void countedCommitments() {
        DateScope text = DateScope.anchoredAt("2031");
        assertEquals(Set.of("共商规则", "共建能力、共担责任", "遵守《海洋公约》", "以发展促安全"),
                components("RSI", TestSentence.of("甲国总统在会上提出“河岸安全倡议”，其核心要义为“四个坚持”：坚持共商规则；坚持共建能力、共担责任；")
                                .with("河岸安全倡议", CONCEPT, "RSI").with("四个坚持", CONCEPT, "FourC").scope(text),
                        TestSentence.of("坚持遵守《海洋公约》；坚持以发展促安全。").scope(text),
                        TestSentence.of("坚持开放合作。").scope(text)));
        // 繁體：倡議以「三個堅持」為核心，即堅持……
        assertEquals(Set.of("互信", "共治", "共享"),
                components("MDI", TestSentence.of("山地對話倡議以「三個堅持」為核心，即堅持互信，堅持共治，堅持共享。")
                        .with("山地对话倡议", CONCEPT, "MDI").with("三个坚持", CONCEPT, "ThreeC")));
    }

    @Test
    @DisplayName("提出概念后“主张/倡导坚持甲、坚持乙、坚持丙”：至少三个分句；没有概念或只有两句不算")
    void uncountedCommitments() {
        assertEquals(Set.of("主权平等", "践行多边主义", "注重行动导向"),
                components("GGI", TestSentence.of("丁总统提出“河谷治理倡议”，倡导坚持主权平等、坚持践行多边主义、坚持注重行动导向。")
                        .with("河谷治理倡议", CONCEPT, "GGI")));
        assertEquals(Set.of(), components("GGI", TestSentence.of("丁总统指出，各国要坚持主权平等、坚持践行多边主义、坚持注重行动导向。")));
        assertEquals(Set.of(), components("GGI", TestSentence.of("丁总统提出“河谷治理倡议”，倡导坚持主权平等、坚持践行多边主义。")
                .with("河谷治理倡议", CONCEPT, "GGI")));
    }

    @Test
    @DisplayName("概念名本身计数：“甲、乙和丙这‘三股势力’”“甲、乙、丙、丁四项原则”；数目不符不算")
    void conceptNameCountsTheItems() {
        assertEquals(Set.of("走私", "盗伐", "偷渡"),
                components("TE", TestSentence.of("公约明确界定了走私、盗伐和偷渡这“三大祸患”。").with("三大祸患", CONCEPT, "TE")));
        assertEquals(Set.of("互不干涉", "平等协商", "共同开发", "和平解决"),
                components("FP", TestSentence.of("两国共同倡導互不干涉、平等協商、共同開發、和平解決四項原則。")
                        .with("和平解决四项原则", CONCEPT, "FP")));
        assertEquals(Set.of(), components("FP", TestSentence.of("两国共同倡导互不干涉、平等协商、和平解决四项原则。")
                .with("和平解决四项原则", CONCEPT, "FP")));
    }

    @Test
    @DisplayName("引号内以逗号续列的修饰语；“坚持/践行”引出的两项修饰语；量词“一个”不属于组成部分")
    void quotedAndHeldModifiers() {
        assertEquals(Set.of("互敬", "互助", "以合作促进共同繁荣"),
                components("RS", TestSentence.of("峰会确立了“互敬、互助，以合作促进共同繁荣”的河岸精神。").with("河岸精神", CONCEPT, "RS")));
        assertEquals(Set.of("开放包容", "合作共赢"),
                components("RS", TestSentence.of("各国要坚持开放包容、合作共赢的河岸精神。").with("河岸精神", CONCEPT, "RS")));
        assertEquals(Set.of("守望相助", "共同发展", "世代友好"),
                components("RC", TestSentence.of("双方携手建设一个守望相助、共同发展、世代友好的河岸共同体。").with("河岸共同体", CONCEPT, "RC")));
        assertEquals(Set.of("互信", "共治", "包容"),
                components("PC", TestSentence.of("总统首次阐述“山口共识”，其基本内涵为“互信、共治、包容”。").with("山口共识", CONCEPT, "PC")));
    }

    @Test
    @DisplayName("提出“某倡议”，主张推进甲、乙和丙：提出之后所主张的列表是组成部分（首项去掉动词，末项按“和”拆开）；没有提出、计数列表或只有两项不算")
    void advocatedRightAfterTheProposal() {
        assertEquals(Set.of("水文共享", "联合巡护", "生态保护", "灾害救援"),
                components("RI", TestSentence.of("乙国提出“河岸韧性倡议”，主张推进水文共享、联合巡护、生态保护和灾害救援，得到各方响应。")
                        .with("河岸韧性倡议", CONCEPT, "RI")));
        assertEquals(Set.of("以对话化解分歧", "以合作促进安全", "以发展巩固和平"),
                components("RI", TestSentence.of("丙國總統提出「河岸韌性倡議」，主張以對話化解分歧、以合作促進安全、以發展鞏固和平。")
                        .with("河岸韧性倡议", CONCEPT, "RI")));
        assertEquals(Set.of(), components("RI", TestSentence.of("乙国欢迎“河岸韧性倡议”，主张推进水文共享、联合巡护和灾害救援。")
                .with("河岸韧性倡议", CONCEPT, "RI")));
        assertEquals(Set.of(), components("RI", TestSentence.of("乙国提出“河岸韧性倡议”，主张推进水文共享和灾害救援。")
                .with("河岸韧性倡议", CONCEPT, "RI")));
    }

    @Test
    @DisplayName("“四项原则是指甲、乙、丙、丁”：上文最后提到的概念的计数简称；数目不符或简称不是其名称结尾不算")
    void countedShortFormDefinesTheLastConcept() {
        DateScope text = DateScope.anchoredAt("2031");
        TestSentence named = TestSentence.of("两国首次提出河岸共处四项原则。").with("河岸共处四项原则", CONCEPT, "RP").scope(text);
        assertEquals(Set.of("互不侵犯", "互不干涉", "平等互利", "和平共处"),
                components("RP", named, TestSentence.of("按照定型的表述，四项原则是指互不侵犯、互不干涉、平等互利、和平共处。").scope(text)));
        DateScope traditional = DateScope.anchoredAt("2031");
        assertEquals(Set.of("互不侵犯", "互不干涉", "平等互利", "和平共处"),
                components("RP", TestSentence.of("兩國首次提出河岸共處四項原則。").with("河岸共处四项原则", CONCEPT, "RP").scope(traditional),
                        TestSentence.of("四項原則是指互不侵犯、互不干涉、平等互利、和平共處。").scope(traditional)));
        DateScope other = DateScope.anchoredAt("2031");
        assertEquals(Set.of(), components("RP", TestSentence.of("两国首次提出河岸共处四项原则。").with("河岸共处四项原则", CONCEPT, "RP").scope(other),
                TestSentence.of("四项原则是指互不侵犯、互不干涉、平等互利。").scope(other)));
        DateScope third = DateScope.anchoredAt("2031");
        assertEquals(Set.of(), components("RP", TestSentence.of("两国首次提出河岸共处四项原则。").with("河岸共处四项原则", CONCEPT, "RP").scope(third),
                TestSentence.of("四项举措是指互不侵犯、互不干涉、平等互利、和平共处。").scope(third)));
    }

    @Test
    @DisplayName("计数列表不被别的形式误读：“即以甲、乙、丙为三大支柱”“以及在甲、乙、丙三个领域”；主张的列表修饰中心语时取修饰语")
    void countedListsAreReadOnce() {
        assertEquals(Set.of("政治互信", "经贸合作", "人文交流"),
                components("RF", TestSentence.of("乙国提出“河岸合作框架”，即以政治互信、经贸合作、人文交流为三大支柱。")
                        .with("河岸合作框架", CONCEPT, "RF")));
        assertEquals(Set.of("航运", "水利", "旅游"),
                components("RF", TestSentence.of("乙国提出“河岸合作框架”，即深化互信，以及在航运、水利、旅游三个领域深化合作。")
                        .with("河岸合作框架", CONCEPT, "RF")));
        assertEquals(Set.of("航运安全", "联合搜救", "生态保护"),
                components("RF", TestSentence.of("乙國提出「河岸合作框架」，倡導各方在航運安全、聯合搜救、生態保護三個領域加強合作。")
                        .with("河岸合作框架", CONCEPT, "RF")));
        assertEquals(Set.of("共同", "合作", "可持续"),
                components("RS", TestSentence.of("乙国提出“河岸安全观”，倡导共同、合作、可持续的河岸安全。")
                        .with("河岸安全观", CONCEPT, "RS")));
    }
}
