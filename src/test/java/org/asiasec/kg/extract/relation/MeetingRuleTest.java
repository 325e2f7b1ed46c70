package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.model.EntityType.COUNTRY;
import static org.asiasec.kg.model.EntityType.MECHANISM;
import static org.asiasec.kg.model.EntityType.PERSON;
import static org.asiasec.kg.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.extract.time.DateScope;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Entity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingRuleTest {

    private static Set<String> facts(TestSentence... sentences) {
        return Facts.of(List.of(new MeetingRule()),
                java.util.Arrays.stream(sentences).map(TestSentence::build).toArray(org.asiasec.kg.extract.sentence.AnalysedSentence[]::new));
    }

    @Test
    @DisplayName("机制名 + 第N次峰会：序号、日期、在某城市举办")
    void ordinalSummitWithCityAndDate() {
        Set<String> f = facts(TestSentence.of("今年5月，我国将在上海举办亚洲相互协作与信任措施会议（简称“亚信”）第四次峰会。")
                .documentDate("2014")
                .with("亚洲相互协作与信任措施会议", MECHANISM, "CICA")
                .with("亚信", MECHANISM, "CICA")
                .with("上海", PLACE, "Shanghai"));
        assertEquals(Set.of("CICA-summit-2014 mechanism CICA", "CICA-summit-2014 ordinal 4",
                "CICA-summit-2014 date 2014-05", "CICA-summit-2014 place Shanghai"), f);
    }

    @DisplayName("改变原句中的日期、序号或城市，事实随之改变")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2014年5月，习近平在上海“亚洲相互协作与信任措施会议第四次峰会”上发言。; CICA-summit-2014; 4; 2014-05; Shanghai",
            "2019年6月，习近平在杜尚别“亚洲相互协作与信任措施会议第五次峰会”上发言。; CICA-summit-2019; 5; 2019-06; Dushanbe",
            "二〇三一年十月，习近平在上海“亚洲相互协作与信任措施会议第十一次峰会”上发言。; CICA-summit-2031; 11; 2031-10; Shanghai",
    })
    void changingTheSentenceChangesTheFact(String sentence, String key, String ordinal, String date, String city) {
        Set<String> f = facts(TestSentence.of(sentence)
                .with("亚洲相互协作与信任措施会议", MECHANISM, "CICA")
                .with("习近平", PERSON, "XiJinping")
                .with("上海", PLACE, "Shanghai").with("杜尚别", PLACE, "Dushanbe"));
        assertEquals(Set.of(key + " mechanism CICA", key + " ordinal " + ordinal, key + " date " + date,
                key + " place " + city, key + " participant XiJinping"), f);
    }

    @Test
    @DisplayName("一句中的会议只解析一次：之后读这句的规则得到同一结果，文本只记一次")
    void meetingsOfASentenceAreResolvedOnce() {
        MeetingFinder finder = new MeetingFinder();
        MaskedSentence s = new MaskedSentence(TestSentence.of("2018年6月，上合组织青岛峰会通过了宣言。")
                .with("上合组织", MECHANISM, "SCO").with("青岛", PLACE, "Qingdao").build());
        finder.read(s);
        List<NamedMeeting> first = s.meetings();
        assertEquals(List.of("SCO-summit-2018"), first.stream().map(m -> m.entity().key()).toList());
        finder.read(s);
        assertSame(first, s.meetings());
        assertEquals(1, s.meetingsSoFar().size());
    }

    @Test
    @DisplayName("成员国元首理事会第十八次会议是一次峰会")
    void councilOfHeadsOfStateIsASummit() {
        CollectingSink sink = Facts.run(List.of(new MeetingRule()), TestSentence.of(
                "2018年6月10日，上海合作组织成员国元首理事会第十八次会议在青岛举行。")
                .with("上海合作组织", MECHANISM, "SCO").with("青岛", PLACE, "Qingdao").build());
        assertEquals(Set.of("SCO-summit-2018 mechanism SCO", "SCO-summit-2018 ordinal 18",
                "SCO-summit-2018 date 2018-06-10", "SCO-summit-2018 place Qingdao"), Facts.lines(sink));
        Entity meeting = sink.entities().get("SCO-summit-2018");
        assertEquals("Summit", meeting.kind());
        assertEquals("上海合作组织2018年峰会", meeting.labelZh());
        assertTrue(meeting.altLabels().contains("上海合作组织第18次峰会"), meeting.altLabels().toString());
    }

    @Test
    @DisplayName("机制简称 + 城市 + 峰会；年份在名称中间；视频峰会")
    void cityAndVideoSummits() {
        assertEquals(Set.of("SCO-summit-2018 mechanism SCO", "SCO-summit-2018 date 2018-06",
                        "SCO-summit-2018 place Qingdao"),
                facts(TestSentence.of("2018年6月，上合组织青岛峰会通过了声明。")
                        .with("上合组织", MECHANISM, "SCO", "上海合作组织").with("青岛", PLACE, "Qingdao")));
        assertEquals(Set.of("SCO-summit-2002 mechanism SCO", "SCO-summit-2002 date 2002",
                        "SCO-summit-2002 place SaintPetersburg"),
                facts(TestSentence.of("在上合组织2002年圣彼得堡峰会以来的历次宣言中。")
                        .with("上合组织", MECHANISM, "SCO").with("圣彼得堡", PLACE, "SaintPetersburg")));
        assertEquals(Set.of("SCO-summit-2020 mechanism SCO", "SCO-summit-2020 date 2020-11"),
                facts(TestSentence.of("2020年疫情暴发。当年11月的上合组织视频峰会上，各国发表声明。")
                        .with("上合组织", MECHANISM, "SCO")));
    }

    @Test
    @DisplayName("年份 + 机制 + 峰会，主办国只有国家时记为 host")
    void yearSummitHostedByACountry() {
        assertEquals(Set.of("CICA-summit-2014 mechanism CICA", "CICA-summit-2014 date 2014",
                        "CICA-summit-2014 host China"),
                facts(TestSentence.of("中国决定接任亚信主席国并举办2014年亚信峰会。")
                        .with("中国", COUNTRY, "China").with("亚信", MECHANISM, "CICA")));
    }

    @Test
    @DisplayName("城市 + 机制 + 会议名；第N届 + 机制 + 大会")
    void cityMeetingAndNumberedSession() {
        assertEquals(Set.of("ARF-meeting-1997 mechanism ARF", "ARF-meeting-1997 date 1997-03",
                        "ARF-meeting-1997 place Beijing"),
                facts(TestSentence.of("1997年3月，中国领导人在北京东盟地区论坛信任措施会议上首次正式提出了“新安全观”。")
                        .with("东盟地区论坛", MECHANISM, "ARF").with("北京", PLACE, "Beijing")));
        assertEquals(Set.of("UN-meeting-1992 mechanism UN", "UN-meeting-1992 ordinal 47",
                        "UN-meeting-1992 date 1992", "UN-meeting-1992 participant Nazarbayev"),
                facts(TestSentence.of("亚信是1992年哈萨克斯坦总统纳扎尔巴耶夫在第47届联合国大会上倡议成立的。")
                        .with("哈萨克斯坦", COUNTRY, "Kazakhstan").with("纳扎尔巴耶夫", PERSON, "Nazarbayev")
                        .with("联合国", MECHANISM, "UN").with("亚信", MECHANISM, "CICA")));
    }

    @Test
    @DisplayName("同一文本中按序号或城市再次提到的会议是同一个节点")
    void laterMentionsByOrdinalOrCityAreTheSameNode() {
        DateScope scope = DateScope.anchoredAt("2014");
        RelationRule rule = new MeetingRule();
        CollectingSink sink = Facts.run(List.of(rule),
                TestSentence.of("今年5月，我国将在上海举办亚信第四次峰会。").scope(scope)
                        .with("亚信", MECHANISM, "CICA").with("上海", PLACE, "Shanghai").build(),
                TestSentence.of("各国对第四次亚信峰会高度重视。").scope(scope)
                        .with("亚信", MECHANISM, "CICA").build(),
                TestSentence.of("此次峰会通过了宣言。").scope(scope)
                        .with("亚信", MECHANISM, "CICA").build());
        assertEquals(Set.of("CICA-summit-2014"), sink.entities().keySet());
        assertTrue(Facts.lines(sink).contains("CICA-summit-2014 ordinal 4"));
    }

    @Test
    @DisplayName("只说城市峰会时取句中唯一的机制")
    void bareCitySummitTakesTheSentencesMechanism() {
        assertEquals(Set.of("SCO-summit-2018 mechanism SCO", "SCO-summit-2018 date 2018-06",
                        "SCO-summit-2018 place Qingdao", "SCO-summit-2018 participant XiJinping"),
                facts(TestSentence.of("2018年6月，习近平主席在青岛峰会上提出了上合组织的发展观。")
                        .with("习近平", PERSON, "XiJinping").with("青岛", PLACE, "Qingdao")
                        .with("上合组织", MECHANISM, "SCO")));
    }

    @Test
    @DisplayName("峰会主题")
    void theme() {
        assertTrue(facts(TestSentence.of("中方将亚信第四次峰会主题确定为“加强对话、信任与协作”。")
                .with("亚信", MECHANISM, "CICA")).contains("CICA-summit-n4 theme \"加强对话、信任与协作\""));
    }

    @Test
    @DisplayName("没有可识别身份的峰会与书名号中的会议不产生事实")
    void noIdentityNoFact() {
        assertEquals(Set.of(), facts(TestSentence.of("中国国家领导人出席了历次亚信峰会。")
                .with("亚信", MECHANISM, "CICA")));
        assertEquals(Set.of(), facts(TestSentence.of("习近平：《在亚洲相互协作与信任措施会议第四次峰会上的讲话》，2014年5月21日。")
                .with("亚洲相互协作与信任措施会议", MECHANISM, "CICA")));
    }

    @Test
    @DisplayName("同一组规则读多篇文本时各自记忆：同一句话按各自的文档日期得出各自的峰会")
    void oneRuleManyTexts() {
        RelationRule rule = new MeetingRule(); // one rule, two texts, each with its own finder
        var metadata2014 = new org.asiasec.kg.corpus.SourceMetadata("a.txt", null, null, "2014", null, "zh");
        var metadata2031 = new org.asiasec.kg.corpus.SourceMetadata("b.txt", null, null, "2031", null, "zh");
        var recognizer = new org.asiasec.kg.extract.time.DateRecognizer();
        CollectingSink sink = new CollectingSink();
        for (var metadata : List.of(metadata2014, metadata2031)) {
            var scope = org.asiasec.kg.extract.time.DateScope.of(metadata); // one per text, as the extractor keeps it
            var source = new org.asiasec.kg.corpus.SourceText(metadata.fileName(), "x", metadata);
            MeetingFinder finder = new MeetingFinder();
            for (var sentence : List.of(
                    TestSentence.of("今年5月，我国将在上海举办亚信第四次峰会。").with("亚信", MECHANISM, "CICA")
                            .with("上海", PLACE, "Shanghai").buildWithoutDates(),
                    TestSentence.of("各国对第四次亚信峰会高度重视。").with("亚信", MECHANISM, "CICA").buildWithoutDates())) {
                MaskedSentence masked = new MaskedSentence(new org.asiasec.kg.extract.sentence.AnalysedSentence(source, sentence.text(),
                        sentence.sentence(), List.of(), sentence.mentions(), recognizer.recognise(sentence.sentence(), scope)));
                finder.read(masked);
                rule.apply(masked, sink);
            }
        }
        assertEquals(Set.of("CICA-summit-2014", "CICA-summit-2031"), sink.entities().keySet());
        assertTrue(Facts.lines(sink).containsAll(Set.of("CICA-summit-2014 date 2014-05", "CICA-summit-2031 date 2031-05")));
    }

    @Test
    @DisplayName("只链接了括号中的简称时也认出第N次峰会")
    void abbreviationInParentheses() {
        assertEquals(Set.of("CICA-summit-2014 mechanism CICA", "CICA-summit-2014 ordinal 4",
                        "CICA-summit-2014 date 2014-05", "CICA-summit-2014 place Shanghai"),
                facts(TestSentence.of("今年5月，我国将在上海举办亚洲相互协作与信任措施会议（简称“亚信”）第四次峰会。")
                        .documentDate("2014").with("亚信", MECHANISM, "CICA").with("上海", PLACE, "Shanghai")));
    }

    @Test
    @DisplayName("同一篇文本先说“2018年青岛峰会”后说“2018年6月”：会议只保留更精确的日期，且只有一个名称")
    void aMeetingKeepsItsMostPreciseDateAndOneLabel() {
        DateScope scope = DateScope.anchoredAt("2021");
        CollectingSink sink = Facts.run(List.of(new MeetingRule()),
                TestSentence.of("2018年青岛峰会召开前，上合组织地区反恐机构介绍了情况。").scope(scope)
                        .with("青岛", PLACE, "Qingdao").with("上合组织", MECHANISM, "SCO", "上海合作组织").build(),
                TestSentence.of("2018年6月，上合组织青岛峰会又通过了一份声明。").scope(scope)
                        .with("青岛", PLACE, "Qingdao").with("上合组织", MECHANISM, "SCO", "上海合作组织").build(),
                TestSentence.of("上海合作组织成员国元首理事会第十八次会议于2018年在青岛举行。").scope(scope)
                        .with("青岛", PLACE, "Qingdao").with("上海合作组织", MECHANISM, "SCO").build());
        Set<String> dates = new java.util.TreeSet<>();
        Facts.lines(sink).stream().filter(l -> l.startsWith("SCO-summit-2018 date")).forEach(dates::add);
        assertEquals(Set.of("SCO-summit-2018 date 2018-06"), dates);
        assertEquals("上海合作组织2018年峰会", sink.entities().get("SCO-summit-2018").labelZh());
        assertTrue(sink.entities().get("SCO-summit-2018").altLabels().containsAll(Set.of("上海合作组织2018年青岛峰会",
                "上海合作组织第18次峰会")), sink.entities().get("SCO-summit-2018").altLabels().toString());
    }

    @Test
    @DisplayName("只说了年份的会议保留年份")
    void aBareYearStaysWhenNothingRefinesIt() {
        assertTrue(facts(TestSentence.of("2017年的阿斯塔纳上合组织峰会上，各国签署了宣言。")
                .with("阿斯塔纳", PLACE, "Astana").with("上合组织", MECHANISM, "SCO", "上海合作组织"))
                .contains("SCO-summit-2017 date 2017"));
    }
}
