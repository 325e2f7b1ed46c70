package org.asiasec.kg.extract;

import static org.asiasec.kg.extract.WholeTextFacts.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The event frames of ontology/frames/frames.tsv on whole texts through the standard extractor: each
 * form in simplified script, in traditional script, hard-wrapped as a PDF leaves it, and changed (other
 * countries, dates, ordinals) to show that the fact follows the text; each with a text that must give
 * nothing. The sentences are written for these tests.
 */
class EventFramesTest {




    @DisplayName("成员国列表在角色词之后：简体、繁体、PDF 断行")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "截至2030年，上海合作组织共有3个成员国：哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦。",
            "截至2030年，上海合作組織共有3個成員國：哈薩克斯坦、吉爾吉斯斯坦和塔吉克斯坦。",
            "截至2030年，上海合作组织共有3个成员国：哈萨克斯\\n坦、吉尔吉斯斯坦和塔吉克斯坦。",
    })
    void listAfterTheRoleWord(String text) {
        assertEquals(Set.of("Kazakhstan memberOf SCO", "Kyrgyzstan memberOf SCO", "Tajikistan memberOf SCO"),
                facts(text, "memberOf"));
    }

    @Test
    @DisplayName("换了国家，事实随之改变")
    void listFollowsTheText() {
        assertEquals(Set.of("Belarus memberOf SCO", "Mongolia memberOf SCO"),
                facts("截至2031年，上海合作组织共有2个成员国：蒙古国和白俄罗斯。", "memberOf"));
    }

    @Test
    @DisplayName("成员国元首出席：角色词修饰别的名词，不是成员身份")
    void roleWordQualifyingAnotherNoun() {
        assertEquals(Set.of(), facts("哈萨克斯坦、吉尔吉斯斯坦等上海合作组织成员国元首出席会议。", "memberOf"));
    }

    @DisplayName("句中没有机制：取文本的主题机制（观察员）")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织概况\\n\\n上海合作组织成立于2001年。\\n\\n观察员国2个：蒙古国、白俄罗斯。",
            "上海合作組織概況\\n\\n上海合作組織成立於2001年。\\n\\n觀察員國2個：蒙古國、白俄羅斯。",
    })
    void observersOfTheTextsTopic(String text) {
        assertEquals(Set.of("Belarus observerOf SCO", "Mongolia observerOf SCO"), facts(text, "observerOf"));
    }

    @Test
    @DisplayName("加入：主语列表加入机制；申请加入不算")
    void joining() {
        assertEquals(Set.of("Cambodia memberOf ASEAN"), facts("1999年4月，柬埔寨加入东南亚国家联盟。", "memberOf"));
        assertEquals(Set.of(), facts("1999年4月，柬埔寨申请加入东南亚国家联盟。", "memberOf"));
    }

    @DisplayName("只有序数的峰会：机制取文本主题，日期、序数、地点取句中")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织成立于2001年。2002年6月7日，第二次峰会在圣彼得堡举行。; SCO-summit-2002; 2; 2002-06-07",
            "上海合作組織成立於2001年。2002年6月7日，第二次峰會在聖彼得堡舉行。; SCO-summit-2002; 2; 2002-06-07",
            "上海合作组织成立于2001年。2002 年 6 月 7 日，第二次峰\\n会在圣彼得堡举行。; SCO-summit-2002; 2; 2002-06-07",
            "上海合作组织成立于2001年。2009年8月3日，第五次峰会在圣彼得堡举行。; SCO-summit-2009; 5; 2009-08-03",
    })
    void meetingByOrdinalUnderTheTopic(String text, String meeting, String ordinal, String date) {
        assertEquals(Set.of(meeting + " mechanism SCO"), facts(text, "mechanism"));
        assertEquals(Set.of(meeting + " ordinal " + ordinal), facts(text, "ordinal"));
        assertEquals(Set.of(meeting + " date " + date), facts(text, "date"));
        assertEquals(Set.of(meeting + " place Saint-Petersburg"), facts(text, "place"));
    }

    @DisplayName("文本自带日期（电头、日期行）：只有日的会议日期、去年、明年按它解析；电头日期不是会议日期")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "天山论坛部长会议闭幕\\n\\n新华社阿拉木图2031年3月12日电　为期两天的天山论坛第五次部长会议11日在哈萨克斯坦阿拉木图闭幕。"
                    + "去年9月，论坛第四次部长会议在蒙古国乌兰巴托举行。明年，第六次部长会议将在俄罗斯喀山举行。"
                    + "; 2031-03-11 2030-09 2032; Almaty wulanbatuo ka-shan",
            "天山論壇部長會議閉幕\\n\\n新華社阿拉木圖2031年3月12日電　為期兩天的天山論壇第五次部長會議11日在哈薩克斯坦阿拉木圖閉幕。"
                    + "去年9月，論壇第四次部長會議在蒙古國烏蘭巴托舉行。明年，第六次部長會議將在俄羅斯喀山舉行。"
                    + "; 2031-03-11 2030-09 2032; Almaty wulanbatuo ka-shan",
            "天山论坛部长会议闭幕\\n\\n新华社阿拉木图2031年3月12日电　为期两天的天山论坛第五次部长会议11日在哈萨克斯坦阿拉\\n木图闭幕。"
                    + "去年9月，论坛第四次部长会议在蒙古国乌兰巴托举行。明年，第六次部长会议将在俄罗斯喀山举行。"
                    + "; 2031-03-11 2030-09 2032; Almaty wulanbatuo ka-shan",
            "天山论坛部长会议闭幕\\n2027年5月20日　星期四\\n为期两天的天山论坛第二次部长会议19日在哈萨克斯坦阿拉木图闭幕。"
                    + "去年9月，论坛第一次部长会议在蒙古国乌兰巴托举行。明年，第三次部长会议将在俄罗斯喀山举行。"
                    + "; 2027-05-19 2026-09 2028; Almaty wulanbatuo ka-shan",
    })
    void datesCountedFromTheTextsOwnDate(String text, String dates, String places) {
        Set<String> expected = new TreeSet<>();
        for (String date : dates.split(" ")) {
            expected.add(date);
        }
        Set<String> found = new TreeSet<>();
        facts(text, "date").forEach(f -> found.add(f.substring(f.lastIndexOf(' ') + 1)));
        assertEquals(expected, found);
        Set<String> where = new TreeSet<>();
        facts(text, "place").forEach(f -> where.add(f.substring(f.lastIndexOf(' ') + 1)));
        assertEquals(new TreeSet<>(Set.of(places.split(" "))), where);
    }

    @Test
    @DisplayName("文本没有日期时，去年、明年、11日不成为日期")
    void noDatesWithoutTheTextsDate() {
        assertEquals(Set.of(), facts("天山论坛第五次部长会议11日在哈萨克斯坦阿拉木图闭幕。去年9月，论坛第四次部长会议在蒙古国乌兰巴托举行。",
                "date"));
    }

    @Test
    @DisplayName("致辞中“出席今天的开幕式”：出席者是年会的参与者")
    void attendingTodaysOpening() {
        String speech = "携手共进\\n——在天山论坛2031年年会开幕式上的致辞\\n（2031年3月27日，喀什）\\n尊敬的各位来宾：\\n"
                + "欢迎各位出席天山论坛2031年年会。我特别感谢蒙古国总理巴特尔拨冗出席今天的开幕式。";
        assertEquals(Set.of("tianshan-luntan-meeting-2031 participant ba-te-er"), facts(speech, "participant"));
        assertEquals(Set.of(), facts(speech.replace("出席今天的开幕式", "发来贺信"), "participant"));
    }

    @DisplayName("计数的列举：提出某倡议，主张在A、B和C三个领域合作（简体、繁体、PDF 断行、换了内容）")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "论坛主席在会上提出“天山水安全倡议”，主张以水文共享、联合防洪、流域保护及社区互助四大支柱推进合作。"
                    + "; 联合防洪 水文共享 流域保护 社区互助",
            "論壇主席在會上提出「天山水安全倡議」，主張以水文共享、聯合防洪、流域保護及社區互助四大支柱推進合作。"
                    + "; 联合防洪 水文共享 流域保护 社区互助",
            "论坛主席在会上提出“天山水安全倡议”，主张以水文共享、联合防\\n洪、流域保护及社区互助四大支柱推进合作。"
                    + "; 联合防洪 水文共享 流域保护 社区互助",
            "论坛主席在会上提出“天山水安全倡议”，主张各方在冰川监测、航道疏浚和跨境救援三个领域加强合作。"
                    + "; 冰川监测 航道疏浚 跨境救援",
            "论坛主席在会上提出“天山水安全倡议”。它包括三大支柱：一是建立冰川监测网络，二是航道疏浚，三是跨境救援。"
                    + "; 冰川监测网络 航道疏浚 跨境救援",
    })
    void countedListsAfterAConcept(String text, String components) {
        Set<String> found = new TreeSet<>();
        facts(text, "hasComponent").forEach(f -> found.add(f.substring(f.lastIndexOf(' ') + 1)));
        Set<String> expected = new TreeSet<>();
        for (String c : components.split(" ")) {
            expected.add(org.asiasec.kg.extract.keys.EntityKeys.pinyin(c));
        }
        assertEquals(expected, found);
    }

    @DisplayName("计数的列举：数目不符、句中没有理念，都不是组成部分")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "论坛主席在会上提出“天山水安全倡议”，主张各方在冰川监测、航道疏浚和跨境救援四个领域加强合作。",
            "双方同意在政治、经济和人文三个领域加强合作。",
            "论坛主席在会上提出“天山水安全倡议”。双方同意在政治、经济和人文三个领域加强合作。",
    })
    void noComponentsWithoutACountOrAConcept(String text) {
        assertEquals(Set.of(), facts(text, "hasComponent"));
    }

    @DisplayName("以城市命名的峰会、某年年会：句中没有机制时属于文本主题机制（简体、繁体、PDF 断行、换了城市）")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "天山论坛概况\\n\\n天山论坛成立于2025年。\\n\\n2029年6月，喀什峰会通过《喀什宣言》。; 2029-06",
            "天山論壇概況\\n\\n天山論壇成立於2025年。\\n\\n2029年6月，喀什峰會通過《喀什宣言》。; 2029-06",
            "天山论坛概况\\n\\n天山论坛成立于2025年。\\n\\n2029 年 6 月，喀什峰\\n会通过《喀什宣言》。; 2029-06",
            "天山论坛概况\\n\\n天山论坛成立于2025年。\\n\\n2031年9月，乌鲁木齐峰会通过《乌鲁木齐宣言》。; 2031-09",
            "天山论坛概况\\n\\n天山论坛成立于2025年。\\n\\n2029年年会于4月6日至8日在喀什举行。; 2029-04-06",
    })
    void citySummitsAndYearlySessionsOfTheTopic(String text, String date) {
        Set<String> mechanisms = new TreeSet<>();
        facts(text, "mechanism").forEach(f -> mechanisms.add(f.substring(f.lastIndexOf(' ') + 1)));
        assertEquals(Set.of("tianshan-luntan"), mechanisms);
        Set<String> dates = new TreeSet<>();
        facts(text, "date").stream().filter(f -> f.contains("-meeting-") || f.contains("-summit-"))
                .forEach(f -> dates.add(f.substring(f.lastIndexOf(' ') + 1)));
        assertEquals(Set.of(date), dates);
    }

    @Test
    @DisplayName("文本没有主题机制时，喀什峰会不成为会议；论坛文本中的“第十届对话会”不是论坛的会议")
    void citySummitsNeedATopic() {
        assertEquals(Set.of(), facts("2029年6月，喀什峰会通过《喀什宣言》。", "mechanism"));
        assertEquals(Set.of(), facts("天山论坛概况\n\n天山论坛成立于2025年。\n\n2031年，他出席第十届对话会。", "ordinal"));
    }

    @DisplayName("成员身份的更多说法：角色词后的括注计数、参加方、获准加入、逗号后的“均于”、由观察员国转为、接纳为参与国")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "正式成员国（2国）：白俄罗斯、阿塞拜疆; Azerbaijan memberOf tianshan-luntan|Belarus memberOf tianshan-luntan",
            "正式成員國（2國）：白俄羅斯、阿塞拜疆; Azerbaijan memberOf tianshan-luntan|Belarus memberOf tianshan-luntan",
            "参加方为白俄罗斯和阿塞拜疆。; Azerbaijan memberOf tianshan-luntan|Belarus memberOf tianshan-luntan",
            "白俄罗斯和阿塞拜疆于2031年6月获准加入。; Azerbaijan memberOf tianshan-luntan|Belarus memberOf tianshan-luntan",
            "白俄羅斯和阿塞拜疆於2031年6月獲准加入。; Azerbaijan memberOf tianshan-luntan|Belarus memberOf tianshan-luntan",
            "白俄罗斯、阿塞拜疆，均于2033年9月获得对话伙伴地位。; Azerbaijan dialoguePartnerOf tianshan-luntan|Belarus dialoguePartnerOf tianshan-luntan",
            "2032年，白俄罗斯由观察员国转为正式成员国。; Belarus memberOf tianshan-luntan",
            "2035年，白俄罗斯由观察员国转为正式成员国。; Belarus memberOf tianshan-luntan",
            "论坛接纳阿塞拜疆为正式参与国。; Azerbaijan memberOf tianshan-luntan",
    })
    void moreWaysOfStatingAMembership(String sentence, String expected) {
        String text = "天山论坛\\n\\n天山论坛是中亚地区的安全合作机制。\\n\\n" + sentence;
        Set<String> found = new TreeSet<>();
        for (String p : List.of("memberOf", "dialoguePartnerOf", "observerOf")) {
            found.addAll(facts(text, p));
        }
        assertEquals(new TreeSet<>(List.of(expected.split("\\|"))), found);
    }

    @DisplayName("不是成员身份：申请加入、参加方之外的“参加”")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "白俄罗斯和阿塞拜疆于2031年6月申请加入。",
            "白俄罗斯和阿塞拜疆的代表参加了开幕式。",
    })
    void notMemberships(String sentence) {
        String text = "天山论坛\\n\\n天山论坛是中亚地区的安全合作机制。\\n\\n" + sentence;
        assertEquals(Set.of(), facts(text, "memberOf"));
    }

    @DisplayName("文本本身是讲话或白皮书：标题成为文件，日期取署名行或落款")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "携手共进\\n——在天山论坛2031年年会开幕式上的致辞\\n天山论坛理事长　张三丰\\n（2031年3月27日，喀什）\\n尊敬的各位来宾：; xieshou-gong-jin date 2031-03-27",
            "攜手共進\\n——在天山論壇2031年年會開幕式上的致辭\\n天山論壇理事長　張三豐\\n（2031年3月27日，喀什）\\n尊敬的各位來賓：; xieshou-gong-jin date 2031-03-27",
            "携手共进\\n——在天山论坛2033年年会开幕式上的讲话\\n（2033年4月2日，喀什）\\n尊敬的各位来宾：; xieshou-gong-jin date 2033-04-02",
            "天山地区安全合作（节选）\\n\\n中华人民共和国国务院新闻办公室\\n2031年1月\\n\\n一、合作的由来; tianshan-diqu-anquan-hezuo date 2031-01",
    })
    void theTextItselfIsADocument(String text, String expected) {
        assertEquals(Set.of(expected), facts(text, "date").stream().filter(f -> !f.contains("meeting")).collect(
                java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("新闻标题不是文件：没有讲话副题，也没有发布机关")
    void aHeadlineIsNoDocument() {
        assertEquals(Set.of(), facts("天山论坛年会在喀什开幕\n2031年3月27日\n本报讯　天山论坛年会今天在喀什开幕。", "date").stream()
                .filter(f -> !f.contains("meeting")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("文本没有任何机制时，第二次峰会不成为会议")
    void noMeetingWithoutAMechanism() {
        assertEquals(Set.of(), facts("2002年6月7日，第二次峰会在圣彼得堡举行。", "mechanism"));
    }

    @Test
    @DisplayName("年表行：第N次｜日期｜城市")
    void chronologyRow() {
        String text = "上海合作组织历次峰会\n\n第3次｜2003年5月29日｜莫斯科\n";
        assertEquals(Set.of("SCO-meeting-2003 ordinal 3"), facts(text, "ordinal"));
        assertEquals(Set.of("SCO-meeting-2003 place Moscow"), facts(text, "place"));
    }

    @Test
    @DisplayName("出席：人名在出席之前；未出席不算")
    void participation() {
        String held = "上海合作组织成立于2001年。2002年6月7日，第二次峰会在圣彼得堡举行。";
        assertEquals(Set.of("SCO-summit-2002 participant Vladimir-Putin"),
                facts(held + "俄罗斯总统普京出席会议并发表讲话。", "participant"));
        assertEquals(Set.of(), facts(held + "俄罗斯总统普京未出席会议。", "participant"));
    }

    @Test
    @DisplayName("会上签署的文件：通过于上文的会议，日期取会议日期")
    void documentAtTheMeetingOfThePreviousSentence() {
        String text = "上海合作组织成立于2001年。2002年6月7日，第二次峰会在圣彼得堡举行。会上，成员国元首签署了《上海合作组织宪章》。";
        Set<String> adopted = facts(text, "adoptedAt");
        assertEquals(1, adopted.size(), adopted.toString());
        assertEquals(true, adopted.iterator().next().endsWith("adoptedAt SCO-summit-2002"), adopted.toString());
        Set<String> dates = facts(text, "date");
        assertEquals(true, dates.stream().anyMatch(d -> d.endsWith(" date 2002-06-07") && !d.startsWith("SCO-summit")), dates.toString());
    }

    @DisplayName("先后/分别：一串序数与一串城市、年份按顺序配对")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织成立于2001年。2003年至2005年，第三至第五次峰会先后在莫斯科、塔什干和阿斯塔纳举行。; 2003,2004,2005; Moscow,Tashkent,Astana",
            "上海合作組織成立於2001年。2003年至2005年，第三至第五次峰會先後在莫斯科、塔什干和阿斯塔納舉行。; 2003,2004,2005; Moscow,Tashkent,Astana",
            "上海合作组织成立于2001年。第七届、第八届峰会分别于2031年和2033年在塔什干、莫斯科举行。; 2031,2033; Tashkent,Moscow",
    })
    void seriesOfMeetings(String text, String years, String cities) {
        Set<String> want = new TreeSet<>();
        String[] y = years.split(",");
        String[] c = cities.split(",");
        for (int i = 0; i < y.length; i++) {
            want.add("SCO-summit-" + y[i] + " place " + c[i]);
        }
        assertEquals(want, facts(text, "place"));
    }

    @Test
    @DisplayName("没有先后/分别，序数串不拆成多次会议")
    void noSeriesWithoutRespectively() {
        assertEquals(Set.of(), facts("上海合作组织成立于2001年。第三至第五次峰会的成果很多。", "place"));
    }

    @DisplayName("（以上为创始成员国）：角色在列表之后的括号里")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织的成员国有：中国、俄罗斯、哈萨克斯坦（以上为创始成员国）。",
            "上海合作組織的成員國有：中國、俄羅斯、哈薩克斯坦（以上為創始成員國）。",
    })
    void foundingMembersMarkedAfterTheList(String text) {
        assertEquals(Set.of("China foundingMemberOf SCO", "Kazakhstan foundingMemberOf SCO", "Russia foundingMemberOf SCO"),
                facts(text, "foundingMemberOf"));
    }

    @Test
    @DisplayName("字段标题下的列表行：【观察员国】之后一行只列国家")
    void listUnderAFieldHeading() {
        String text = "上海合作组织概况\n\n【观察员国】\n\n蒙古国、白俄罗斯（2031年）\n";
        assertEquals(Set.of("Belarus observerOf SCO", "Mongolia observerOf SCO"), facts(text, "observerOf"));
        assertEquals(Set.of(), facts("上海合作组织概况\n\n【简介】\n\n蒙古国、白俄罗斯\n", "observerOf"));
    }

    @Test
    @DisplayName("“包括”之后被逗号分开的几段列表都算；列表中未识别的名字不截断列表")
    void enumerationGoesOnAcrossCommas() {
        Set<String> members = facts("东南亚国家联盟共有5个成员国，包括泰国、菲律宾，以及越南、某某某、老挝。", "memberOf");
        assertEquals(Set.of("Laos memberOf ASEAN", "Philippines memberOf ASEAN", "Thailand memberOf ASEAN",
                "Vietnam memberOf ASEAN"), members);
    }

    @Test
    @DisplayName("【字段】行是其下各行的标题：年表行归属字段所说的机制，而非全文最常提到的机制")
    void fieldLineSetsTheTopicOfTheRowsUnderIt() {
        String text = "上海合作组织与东盟地区论坛\n\n上海合作组织成立于2001年。上海合作组织发展很快。\n\n【东盟地区论坛】\n\n第3次｜2031年5月29日｜莫斯科\n";
        assertEquals(Set.of("ARF-meeting-2031 ordinal 3"), facts(text, "ordinal"));
    }

    @DisplayName("年表行中的文件：通过于该行的会议，日期取会议日期")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织历次峰会\\n\\n第3次｜2031年5月29日｜莫斯科｜发表《莫斯科宣言》\\n; 2031-05-29",
            "上海合作組織歷次峰會\\n\\n第3次｜2031年5月29日｜莫斯科｜發表《莫斯科宣言》\\n; 2031-05-29",
            "上海合作组织历次峰会\\n\\n第3次｜2033年6月2日｜莫斯科｜发表《莫斯科宣言》\\n; 2033-06-02",
    })
    void documentInAChronologyRow(String text, String date) {
        Set<String> adopted = facts(text, "adoptedAt");
        assertEquals(1, adopted.size(), adopted.toString());
        String doc = adopted.iterator().next().split(" ")[0];
        assertEquals(Set.of(doc + " date " + date), facts(text, "date").stream().filter(f -> f.startsWith(doc + " "))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("讲话中的“我”是标题下署名的讲话人；没有署名时“我”不成为提出者")
    void firstPersonIsTheSpeakerOfTheHeading() {
        String speech = "携手共建安全家园\n——在某论坛开幕式上的讲话\n习近平\n\n各位同事：\n\n我愿在这里提出“天山安全合作倡议”。\n";
        assertEquals(Set.of("tianshan-anquan-hezuo-changyi proposedBy Xi-Jinping"), facts(speech, "proposedBy"));
        String unsigned = "携手共建安全家园\n\n各位同事：\n\n我愿在这里提出“天山安全合作倡议”。\n";
        assertEquals(Set.of(), facts(unsigned, "proposedBy"));
    }

    @DisplayName("其前身是……：新机制是句首的机制；成立时间字段属于文本的主题机制")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织于2001年6月15日在上海成立，其前身是“上海五国”会晤机制。; 2001-06-15",
            "上海合作組織於2001年6月15日在上海成立，其前身是“上海五國”會晤機制。; 2001-06-15",
            "上海合作组织于2031年3月2日在上海成立，其前身是“上海五国”会晤机制。; 2031-03-02",
    })
    void foundingWithItsPredecessor(String text, String date) {
        assertEquals(Set.of("SCO foundedOn " + date), facts(text, "foundedOn"));
        assertEquals(Set.of("SCO predecessor Shanghai-Five"), facts(text, "predecessor"));
    }

    @Test
    @DisplayName("【成立时间】字段：主题机制的成立日期；没有主题时不成立任何东西")
    void foundingField() {
        assertEquals(Set.of("SCO foundedOn 2031-04-18"),
                facts("上海合作组织概况\n\n上海合作组织是一个组织。\n\n【成立时间】2031年4月18日\n", "foundedOn"));
        assertEquals(Set.of(), facts("概况\n\n【成立时间】2031年4月18日\n", "foundedOn"));
    }

    @DisplayName("字段行里按年份分组的列表：组末括号里的年份属于全组，逗号后的组继续同一列表")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "【对话伙伴】（4个）柬埔寨（2015年），老挝、缅甸（2031年），泰国（2033年）; 2015,2031,2031,2033",
            "【對話夥伴】（4個）柬埔寨（2015年），老撾、緬甸（2031年），泰國（2033年）; 2015,2031,2031,2033",
    })
    void groupedFieldList(String line, String years) {
        String text = "上海合作组织概况\n\n上海合作组织是一个组织。\n\n" + line + "\n";
        assertEquals(Set.of("Cambodia dialoguePartnerOf SCO", "Laos dialoguePartnerOf SCO", "Myanmar dialoguePartnerOf SCO",
                "Thailand dialoguePartnerOf SCO"), facts(text, "dialoguePartnerOf"));
        String[] y = years.split(",");
        assertEquals(Set.of("membership-Cambodia-SCO-dialogue-partner date " + y[0], "membership-Laos-SCO-dialogue-partner date " + y[1],
                "membership-Myanmar-SCO-dialogue-partner date " + y[2], "membership-Thailand-SCO-dialogue-partner date " + y[3]),
                facts(text, "date"));
    }

    @Test
    @DisplayName("标题所说的机制是全文的主题，即使正文更常提到另一个机制；“东盟6国”不使东盟成为主题")
    void theTitleNamesTheTopic() {
        String text = "东盟地区论坛\n\n东盟地区论坛是一个论坛。东盟很重要，东盟发展很快。\n\n成员包括泰国、菲律宾等当时的东盟6国。其后柬埔寨于1995年加入。\n";
        assertEquals(Set.of("Cambodia memberOf ARF", "Philippines memberOf ARF", "Thailand memberOf ARF"), facts(text, "memberOf"));
    }

    @Test
    @DisplayName("成员国中包括……；观察员包括国际组织：句中没有机制时取文本的主题（亚信），不取列表里的组织")
    void listsAfterTheRoleTakeTheTopic() {
        String text = "亚洲相互协作与信任措施会议概况\n\n今天，亚信成员国领土面积已占欧亚大陆90%。成员国中包括中国、俄罗斯、印度等重要国家，观察员包括联合国等国际组织。\n";
        assertEquals(Set.of("China memberOf CICA", "India memberOf CICA", "Russia memberOf CICA"), facts(text, "memberOf"));
        assertEquals(Set.of("UN observerOf CICA"), facts(text, "observerOf"));
    }

    @DisplayName("主持、东道国：国家主持或做东道国无需“元首”“代表”之类的词；东道国后面的国家是东道国")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织成立于2001年。2031年6月7日，第二次峰会在圣彼得堡举行。会议以视频方式举行，俄罗斯主持。; participant",
            "上海合作組織成立於2001年。2031年6月7日，第二次峰會在聖彼得堡舉行。會議以視頻方式舉行，俄羅斯主持。; participant",
            "上海合作组织成立于2001年。2031年6月7日，第二次峰会在圣彼得堡举行。东道国俄罗斯在会上宣布了新的倡议。; host",
    })
    void countryChairsOrHosts(String text, String property) {
        assertEquals(Set.of("SCO-summit-2031 " + property + " Russia"), facts(text, property));
    }

    @Test
    @DisplayName("国家后面没有主持、东道国等词时不是参加者")
    void countryWithoutARoleDoesNotTakePart() {
        assertEquals(Set.of(), facts("上海合作组织成立于2001年。2031年6月7日，第二次峰会在圣彼得堡举行。会议讨论了俄罗斯的建议。", "participant"));
    }

    @DisplayName("加入、创立、出席：繁体与 PDF 断行（名字中间换行、日期中有空格）同样读出")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "1999 年 4 月，柬埔\\n寨加入东南亚国家联盟。; Cambodia memberOf ASEAN",
            "1999年4月，柬埔寨加入東南亞國家聯盟。; Cambodia memberOf ASEAN",
            "2031年6月15日，中国、俄罗斯和哈萨克斯坦在上海宣布成立上海合作组织。; Kazakhstan foundingMemberOf SCO",
            "2031年6月15日，中國、俄羅斯和哈薩克斯坦在上海宣佈成立上海合作組織。; Kazakhstan foundingMemberOf SCO",
            "2031 年 6 月 15 日，中国、俄罗斯和哈萨克斯\\n坦在上海宣布成立上海合作组织。; Kazakhstan foundingMemberOf SCO",
    })
    void joiningAndFoundingInEveryScript(String text, String fact) {
        String[] parts = fact.split(" ");
        assertEquals(true, facts(text, parts[1]).contains(fact), facts(text, parts[1]).toString());
    }

    @DisplayName("举行：国家列表加元首/外长作主语，举行的会议的参加者是这些国家；繁体与 PDF 断行同样读出")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织成立于2001年。2031年6月7日，俄罗斯、哈萨克斯坦和蒙古国三国元首在喀什举行第二次峰会。",
            "上海合作組織成立於2001年。2031年6月7日，俄羅斯、哈薩克斯坦和蒙古國三國元首在喀什舉行第二次峰會。",
            "上海合作组织成立于2001年。2031 年 6 月 7 日，俄罗斯、哈萨克斯\\n坦和蒙古国三国元首在喀什举行第二次峰会。",
    })
    void countriesWhoseLeadersHoldAMeetingTakePart(String text) {
        assertEquals(Set.of("SCO-summit-2031 participant Kazakhstan", "SCO-summit-2031 participant Mongolia",
                "SCO-summit-2031 participant Russia"), facts(text, "participant"));
    }

    @Test
    @DisplayName("举行：主语不是国家的代表（国家只作定语）或举行的不是会议时没有参加者")
    void holdingWithoutDelegatesOrMeetingTakesNoPart() {
        assertEquals(Set.of(), facts("上海合作组织成立于2001年。2031年6月7日，第二次峰会在喀什举行，讨论了俄罗斯和哈萨克斯坦的建议。", "participant"));
        assertEquals(Set.of(), facts("上海合作组织成立于2001年。2031年6月7日，俄罗斯和哈萨克斯坦两国军队在喀什举行联合演习。", "participant"));
    }

    @DisplayName("出席：繁体与 PDF 断行")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作組織成立於2001年。2002年6月7日，第二次峰會在聖彼得堡舉行。俄羅斯總統普京出席會議並發表講話。",
            "上海合作组织成立于2001年。2002 年 6 月 7 日，第二次峰会在圣彼得堡举行。俄罗斯总统普\\n京出席会议并发表讲话。",
    })
    void participationInEveryScript(String text) {
        assertEquals(Set.of("SCO-summit-2002 participant Vladimir-Putin"), facts(text, "participant"));
    }

    @DisplayName("机构：以本文另一机制之名开头、以理事会/秘书处结尾的机制是它的下属机构；成员身份不记在机构上")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "上海合作组织成立于2001年。2031年6月，上海合作组织成员国元首理事会第三十一次会议在塔什干举行。",
            "上海合作組織成立於2001年。2031年6月，上海合作組織成員國元首理事會第三十一次會議在塔什干舉行。",
    })
    void organOfAMechanism(String text) {
        Set<String> bodies = facts(text, "bodyOf");
        assertEquals(1, bodies.size(), bodies.toString());
        assertEquals(true, bodies.iterator().next().endsWith(" bodyOf SCO"), bodies.toString());
        assertEquals(Set.of(), facts("上海合作组织成立于2001年。上海合作组织是重要的组织。", "bodyOf"));
    }
}
