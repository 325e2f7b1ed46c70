package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.model.EntityType.COUNTRY;
import static org.asiasec.kg.model.EntityType.DOCUMENT;
import static org.asiasec.kg.model.EntityType.MECHANISM;
import static org.asiasec.kg.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.extract.time.DateScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentRulesTest {

    private static Set<String> adoption(TestSentence... sentences) {
        return Facts.of(List.of(new MeetingRule(), new DocumentAdoptionRule()),
                java.util.Arrays.stream(sentences).map(TestSentence::build).toArray(org.asiasec.kg.extract.sentence.AnalysedSentence[]::new));
    }

    @DisplayName("峰会通过文件：adoptedAt、issuedBy、日期；改日期或城市即改事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2018年6月，上合组织青岛峰会又通过了《关于共同应对流行病威胁的声明》。; 2018-06; Qingdao",
            "2032年9月，上合组织青岛峰会又通过了《关于共同应对流行病威胁的声明》。; 2032-09; Qingdao",
            "2018年6月，上合组织阿斯塔纳峰会又通过了《关于共同应对流行病威胁的声明》。; 2018-06; Astana",
    })
    void adoptedAtASummit(String sentence, String date, String city) {
        String meeting = "SCO-summit-" + date.substring(0, 4);
        Set<String> f = adoption(TestSentence.of(sentence).with("上合组织", MECHANISM, "SCO")
                .with("青岛", PLACE, "Qingdao").with("阿斯塔纳", PLACE, "Astana")
                .with("关于共同应对流行病威胁的声明", DOCUMENT, "EpidemicStatement"));
        Set<String> expected = Set.of("EpidemicStatement adoptedAt " + meeting, "EpidemicStatement issuedBy SCO",
                "EpidemicStatement date " + date, meeting + " mechanism SCO", meeting + " date " + date,
                meeting + " place " + city);
        assertEquals(expected, f);
    }

    @Test
    @DisplayName("此次视频峰会发表的几份文件都指向上文的峰会")
    void anaphoricSummit() {
        DateScope scope = DateScope.anchoredAt("2021");
        Set<String> f = adoption(
                TestSentence.of("2020年11月的上合组织视频峰会上，各成员国集体发表《关于共同应对新冠肺炎疫情的声明》。").scope(scope)
                        .with("上合组织", MECHANISM, "SCO").with("关于共同应对新冠肺炎疫情的声明", DOCUMENT, "CovidStatement"),
                TestSentence.of("另外，此次视频峰会还发表了《关于应对毒品威胁的声明》《关于打击恐怖主义的声明》等文件。").scope(scope)
                        .with("关于应对毒品威胁的声明", DOCUMENT, "DrugStatement")
                        .with("关于打击恐怖主义的声明", DOCUMENT, "TerrorStatement"));
        for (String doc : List.of("CovidStatement", "DrugStatement", "TerrorStatement")) {
            assertEquals(true, f.contains(doc + " adoptedAt SCO-summit-2020"), doc + " in " + f);
        }
        assertEquals(true, f.contains("CovidStatement date 2020-11"));
    }

    @Test
    @DisplayName("分别：两个日期、两个城市、两个文件按顺序配对；并列国家都是签署方")
    void respectively() {
        Set<String> f = adoption(TestSentence.of("中国与俄罗斯、哈萨克斯坦四国于1996年和1997年分别在上海、莫斯科签署了《加强军事领域信任协定》和《相互裁减军事力量的协定》。")
                .with("中国", COUNTRY, "China").with("俄罗斯", COUNTRY, "Russia").with("哈萨克斯坦", COUNTRY, "Kazakhstan")
                .with("上海", PLACE, "Shanghai").with("莫斯科", PLACE, "Moscow")
                .with("加强军事领域信任协定", DOCUMENT, "CBMAgreement").with("相互裁减军事力量的协定", DOCUMENT, "ReductionAgreement"));
        assertEquals(Set.of("CBMAgreement date 1996", "CBMAgreement place Shanghai", "CBMAgreement issuedBy China",
                "CBMAgreement issuedBy Russia", "CBMAgreement issuedBy Kazakhstan",
                "ReductionAgreement date 1997", "ReductionAgreement place Moscow", "ReductionAgreement issuedBy China",
                "ReductionAgreement issuedBy Russia", "ReductionAgreement issuedBy Kazakhstan"), f);
    }

    @Test
    @DisplayName("分别同：主语与每个伙伴各发表一份文件；未识别的伙伴不连接")
    void respectivePartners() {
        assertEquals(Set.of("ArabInitiative issuedBy China", "ArabInitiative issuedBy ArabLeague",
                        "AseanInitiative issuedBy China", "AseanInitiative issuedBy ASEAN"),
                adoption(TestSentence.of("中国提出构建网络空间命运共同体，分别同阿拉伯国家联盟、东盟发表《中阿数据安全合作倡议》及《中国—东盟数据安全合作倡议》。")
                        .with("中国", COUNTRY, "China").with("阿拉伯国家联盟", MECHANISM, "ArabLeague").with("东盟", MECHANISM, "ASEAN")
                        .with("中阿数据安全合作倡议", DOCUMENT, "ArabInitiative").with("中国—东盟数据安全合作倡议", DOCUMENT, "AseanInitiative")));
        assertEquals(Set.of("ArabInitiative issuedBy China", "ArabInitiative issuedBy ArabLeague", "CentralAsiaInitiative issuedBy China"),
                adoption(TestSentence.of("中国分别同阿拉伯国家联盟、中亚五国发表《中阿数据安全合作倡议》及《“中国+中亚五国”数据安全合作倡议》。")
                        .with("中国", COUNTRY, "China").with("阿拉伯国家联盟", MECHANISM, "ArabLeague")
                        .with("中阿数据安全合作倡议", DOCUMENT, "ArabInitiative")
                        .with("“中国+中亚五国”数据安全合作倡议", DOCUMENT, "CentralAsiaInitiative")));
    }

    @Test
    @DisplayName("机制通过一系列文件，无日期；机制在某地发表声明")
    void issuedByAMechanism() {
        assertEquals(Set.of("AlmatyAct issuedBy CICA", "Declaration issuedBy CICA"),
                adoption(TestSentence.of("迄今亚信已通过了《阿拉木图文件》、《亚信成员国相互关系原则宣言》等法律文件。")
                        .with("亚信", MECHANISM, "CICA").with("阿拉木图文件", DOCUMENT, "AlmatyAct")
                        .with("亚信成员国相互关系原则宣言", DOCUMENT, "Declaration")));
        assertEquals(Set.of("Statement issuedBy SCO", "Statement date 2009-10", "Statement place Beijing"),
                adoption(TestSentence.of("上合组织于2009年10月在北京发表《地区防治传染病联合声明》。")
                        .with("上合组织", MECHANISM, "SCO").with("北京", PLACE, "Beijing")
                        .with("地区防治传染病联合声明", DOCUMENT, "Statement")));
    }

    @DisplayName("脚注中的文件日期；报刊文章不取日期")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "[1]《上海合作组织成员国元首阿斯塔纳宣言》，中华人民共和国外交部网站，2017年6月9日，https://example.org。; 上海合作组织成员国元首阿斯塔纳宣言; D date 2017-06-09",
            "[4]习近平：《在亚洲相互协作与信任措施会议第四次峰会上的讲话》，新华社，2014年5月21日。; 在亚洲相互协作与信任措施会议第四次峰会上的讲话; D date 2014-05-21",
            "[2]《上海合作组织成员国元首杜尚别宣言》，2031年9月13日。; 上海合作组织成员国元首杜尚别宣言; D date 2031-09-13",
            "[5]韩爱勇：《全球安全倡议与构建周边安全新架构》，《国际问题研究》，2022年第4期。; 全球安全倡议与构建周边安全新架构; ",
    })
    void citationDates(String sentence, String title, String expected) {
        Set<String> f = Facts.of(List.of(new DocumentCitationRule()), TestSentence.of(sentence)
                .with(title, DOCUMENT, "D").with("国际问题研究", DOCUMENT, "Journal").build());
        assertEquals(expected == null ? Set.of() : Set.of(expected), f);
    }

    @Test
    @DisplayName("以峰会城市命名的宣言是该峰会通过的；换城市则不匹配")
    void declarationNamedAfterTheSummitCity() {
        DateScope scope = DateScope.anchoredAt("2021");
        List<RelationRule> rules = List.of(new MeetingRule(), new DocumentNamedAfterMeetingRule());
        Set<String> f = Facts.of(rules,
                TestSentence.of("2014年9月的上合组织杜尚别峰会上，习近平主席发表讲话。").scope(scope)
                        .with("上合组织", MECHANISM, "SCO").with("杜尚别", PLACE, "Dushanbe").build(),
                TestSentence.of("新安全观正式写入《杜尚别宣言》和《比什凯克宣言》。").scope(scope)
                        .with("杜尚别宣言", DOCUMENT, "DushanbeDecl").with("比什凯克宣言", DOCUMENT, "BishkekDecl").build());
        assertEquals(true, f.contains("DushanbeDecl adoptedAt SCO-summit-2014"));
        assertEquals(true, f.contains("DushanbeDecl issuedBy SCO"));
        assertEquals(true, f.stream().noneMatch(l -> l.startsWith("BishkekDecl")));
    }
}
