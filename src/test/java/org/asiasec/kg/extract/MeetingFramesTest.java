package org.asiasec.kg.extract;

import static org.asiasec.kg.extract.WholeTextFacts.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Meetings and documents on whole texts through the standard extractor, in the forms fact sheets,
 * chronologies and news use for them: rows of a list of meetings, meetings of a mechanism's organs,
 * the next meeting, and dates that a title must not move. Each form with a text that must give nothing.
 * The sentences are written for these tests; the forums and years are invented.
 */
class MeetingFramesTest {




    private static final String FORUM = "“青川安全合作论坛”概况\n\n2026年，中国、老挝和缅甸在昆明共同创立“青川安全合作论坛”。\n\n";

    @Test
    @DisplayName("年份在前的大事记行：2027年　第一次　老挝万象 —— 届次、年份、城市")
    void rowWithTheYearFirst() {
        String text = FORUM + "【历次部长级会议】\n2027年　第一次　老挝万象\n2028年　第二次　中国昆明\n";
        assertEquals(Set.of("qing-chuan-anquan-hezuo-luntan-meeting-2027 ordinal 1",
                "qing-chuan-anquan-hezuo-luntan-meeting-2028 ordinal 2"), facts(text, "ordinal"));
        assertEquals(Set.of("qing-chuan-anquan-hezuo-luntan-meeting-2027 place wanxiang",
                "qing-chuan-anquan-hezuo-luntan-meeting-2028 place kunming"), facts(text, "place"));
        assertEquals(Set.of("qing-chuan-anquan-hezuo-luntan-meeting-2027 date 2027",
                "qing-chuan-anquan-hezuo-luntan-meeting-2028 date 2028"),
                facts(text, "date").stream().filter(f -> f.contains("-meeting-")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("表头为「屆次　時間　地點」的表格：行首的数字是届次（繁体）")
    void numberedRowsUnderATableHead() {
        String text = "亞洲相互協作與信任措施會議\n\n【歷次外長會議】\n屆次　時間　　地點\n1　　2031年9月　 阿拉木圖\n2　　2033年10月　北京\n";
        assertEquals(Set.of("CICA-meeting-2031 ordinal 1", "CICA-meeting-2033 ordinal 2"), facts(text, "ordinal"));
        assertEquals(Set.of("CICA-meeting-2031 date 2031-09", "CICA-meeting-2033 date 2033-10"), facts(text, "date"));
        assertEquals(Set.of("CICA-meeting-2031 place Almaty", "CICA-meeting-2033 place Beijing"), facts(text, "place"));
    }

    @Test
    @DisplayName("没有届次表头，行首的数字只是编号，不是会议")
    void numberedRowsWithoutATableHeadAreNoMeetings() {
        String text = "亚洲相互协作与信任措施会议\n\n【会员名单】\n1　　2031年9月　 阿拉木图\n2　　2033年10月　北京\n";
        assertEquals(Set.of(), facts(text, "ordinal"));
        assertEquals(Set.of(), facts(text, "mechanism"));
    }

    @Test
    @DisplayName("机构的机关开会：元首理事会塔什干会议、外长理事会会议在某地召开")
    void meetingsOfAnOrgan() {
        String text = "上海合作组织概况\n\n2031年6月15日，元首理事会塔什干会议批准《青川条例》。2032年5月，外长理事会会议在阿斯塔纳召开。";
        assertEquals(Set.of("SCO-summit-2031 place Tashkent", "SCO-meeting-2032 place Astana"), facts(text, "place"));
        assertEquals(Set.of("SCO-summit-2031 date 2031-06-15", "SCO-meeting-2032 date 2032-05",
                "qing-chuan-tiaoli date 2031-06-15"), facts(text, "date"));
        assertEquals(Set.of("qing-chuan-tiaoli adoptedAt SCO-summit-2031"), facts(text, "adoptedAt"));
    }

    @Test
    @DisplayName("集體安全理事會會議在埃里溫舉行（繁体）")
    void meetingOfAnOrganInTraditionalScript() {
        String text = "集體安全條約組織\n\n2033年11月23日，集體安全理事會會議在埃里溫舉行。";
        assertEquals(Set.of("CSTO-meeting-2033 mechanism CSTO"), facts(text, "mechanism"));
        assertEquals(Set.of("CSTO-meeting-2033 date 2033-11-23"), facts(text, "date"));
    }

    @Test
    @DisplayName("只说机关每年开会，没有日期和城市：不是某一次会议")
    void anOrganThatMeetsEveryYearIsNoMeeting() {
        assertEquals(Set.of(), facts("上海合作组织概况\n\n元首理事会是最高决策机构，每年举行一次会议。", "mechanism"));
    }

    @Test
    @DisplayName("下一次会议：有日期才是一次会议")
    void theNextMeeting() {
        String text = "亚信第七次峰会在阿斯塔纳举行。亚信下一次外长会议将于2031年在阿拉木图举行。下一次会议的日期另行商定。";
        assertEquals(Set.of("CICA-meeting-2031 place Almaty", "CICA-summit-n7 place Astana"), facts(text, "place"));
        assertEquals(Set.of("CICA-meeting-2031 date 2031"), facts(text, "date"));
    }

    @Test
    @DisplayName("书名里的年份不推进「翌年」：《2050年…愿景》之后的翌年是会议的次年")
    void aYearInATitleIsNotTheTextsYear() {
        String text = "2030年11月20日，亚太经合组织第四十七次会议以视频方式举行，会议通过《2050年亚太经合组织愿景》；"
                + "翌年11月，新西兰主持第四十八次会议。";
        assertEquals(Set.of("APEC-meeting-2030 date 2030-11-20", "APEC-meeting-2031 date 2031-11"),
                facts(text, "date").stream().filter(f -> f.startsWith("APEC")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("连在一起读的表格行：文件属于它前面那一行的会议，不属于后面一行的")
    void aDocumentBelongsToItsOwnRow() {
        String text = "“青川安全合作论坛”会议一览\n\n【元首会议】\n届次｜时间｜地点｜主要成果\n"
                + "第1次｜2031年6月14日｜昆明｜三国宣布成立论坛。签署《青川论坛成立宣言》《打击跨境犯罪昆明公约》"
                + "第2次｜2032年6月7日｜万象｜签署《青川论坛宪章》\n";
        Set<String> dates = facts(text, "date");
        assertEquals(Set.of("daji-kua-jing-fanzui-kunming-gongyue date 2031-06-14", "qing-chuan-luntan-chengli-xuanyan date 2031-06-14",
                "qing-chuan-luntan-xianzhang date 2032-06-07"),
                dates.stream().filter(f -> !f.contains("-meeting-")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("书名后括号里的日期：《…原则》（日期，某会议通过）—— 繁体；报纸不是文件")
    void dateInBracketsAfterATitle() {
        String text = "青川論壇是地區論壇。該論壇通過了多份文件。\n"
                + "《青川論壇預防性外交原則》（2031年7月23日，第十六屆外長會議在萬象通過）；\n"
                + "《青川論壇2040年願景聲明》（2032年7月23日）。\n《青川晚報》（2033年1月5日）刊登評論。";
        assertEquals(Set.of("qing-chuan-luntan-yufang-xing-waijiao-yuanze date 2031-07-23",
                "qing-chuan-luntan-2040-nian-yuan-jing-shengming date 2032-07-23"), facts(text, "date"));
    }

    @Test
    @DisplayName("脚注里「作者：《题目》，日期」：个人的讲话或文章；书名里的年份不是日期")
    void authoredCitation() {
        assertEquals(Set.of("xieshou-gongjian-qing-chuan-jiayuan date 2031-05-21"),
                facts("[6] 李青山：《携手共建青川家园》，2031 年 5 月 21 日。", "date"));
        assertEquals(Set.of(), facts("各方将落实《青川论坛2040年发展纲要》。", "date"));
    }

    @Test
    @DisplayName("「日期　城市　第N次会晤」的大事记行")
    void rowWithDateCityAndOrdinal() {
        String text = "“青川安全合作论坛”大事记\n\n2031年4月26日　上海　首次会晤。三国外长签署《青川协定》。\n2032年4月24日　莫斯科　第二次会晤。";
        assertEquals(Set.of("qing-chuan-anquan-hezuo-luntan-meeting-2031 place Shanghai",
                "qing-chuan-anquan-hezuo-luntan-meeting-2032 place Moscow"), facts(text, "place"));
        assertEquals(Set.of("qing-chuan-anquan-hezuo-luntan-meeting-2031 ordinal 1",
                "qing-chuan-anquan-hezuo-luntan-meeting-2032 ordinal 2"), facts(text, "ordinal"));
    }

    @Test
    @DisplayName("第N届对话会：段落讲的是另一个论坛时，取文中提过的对话会；没有对话会就不算")
    void aDialogueSessionBelongsToTheDialogue() {
        String named = "香格里拉对话会是亚洲防务论坛。\n\n北京香山论坛创办于2006年。2031年6月，中国国防部长出席第三十届对话会并发表演讲。";
        assertEquals(Set.of("Shangri-La-Dialogue-meeting-2031 ordinal 30"), facts(named, "ordinal"));
        assertEquals(Set.of(), facts("北京香山论坛创办于2006年。2031年6月，中国国防部长出席第三十届对话会并发表演讲。", "ordinal"));
    }

    @Test
    @DisplayName("名称里只有年份，紧接着的日期更细：2033年年會於4月6日至8日舉行（繁体）")
    void aYearInTheNameRefinedByTheDateAfterIt() {
        assertEquals(Set.of("Boao-Forum-meeting-2033 date 2033-04-06"),
                facts("博鰲亞洲論壇\n\n2033年年會於4月6日至8日舉行。", "date"));
    }

    @Test
    @DisplayName("会议紧接「在某城签署/通过」：会议在该城举行；「峰会后，各方在某城签署」不是")
    void aMeetingActingInACity() {
        assertEquals(Set.of("ASEAN-summit-2037 place Singapore-City"),
                facts("2037年11月20日，第53届东盟峰会在新加坡签署《青川宣言》。", "place").stream()
                        .filter(f -> f.contains("-summit-")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(), facts("2037年11月20日，第53届东盟峰会后，各方在新加坡签署《青川宣言》。", "place").stream()
                .filter(f -> f.contains("-summit-")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("第N届外长会所在的小句没有机制：前一小句的另一个机制不是它的，取文本主题；日期取本小句「预定于」之后的")
    void aBareMeetingTakesNoMechanismOfAnotherClause() {
        String text = "东盟地区论坛概况\n\n东盟地区论坛每年举行一次外长会议。按照轮值安排，2031年东盟轮值主席国为马来西亚，"
                + "第32届外长会预定于2031年7月在吉隆坡举行。";
        assertEquals(Set.of("ARF-meeting-2031 mechanism ARF"), facts(text, "mechanism").stream()
                .filter(f -> f.contains("-meeting-")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of("ARF-meeting-2031 date 2031-07"), facts(text, "date").stream()
                .filter(f -> f.contains("-meeting-")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("PDF 把年份的数字拆开：202 5 年；「建交 4 0 周年」不是日期")
    void yearDigitsSplitBySpaces() {
        assertEquals(Set.of("SCO-summit-2035 date 2035"), facts("上海合作组织\n\n203 5 年，上合组织天津峰会举行。", "date"));
        assertEquals(Set.of(), facts("上海合作组织概况\n\n2031年，中国同中亚五国建交 4 0 周年。", "date").stream()
                .filter(f -> !f.startsWith("SCO ")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("分配式列举：先后于甲年、乙年、丙年主办峰会，地点分别为……；繁体「分別於……在……舉行」；「分别有五国出席」不是")
    void distributedMeetings() {
        assertEquals(Set.of("SCO-summit-2036 place Shanghai", "SCO-summit-2042 place Beijing", "SCO-summit-2048 place Qingdao"),
                facts("上海合作组织\n\n成立以来，中国又先后于2036年、2042年和2048年三次主办上合组织峰会，地点分别为上海、北京和青岛。", "place"));
        assertEquals(Set.of("CICA-summit-2031 place Shanghai", "CICA-summit-2035 place Beijing"),
                facts("亞信峰會分別於2031年和2035年在上海、北京舉行。", "place"));
        assertEquals(Set.of("CICA-summit-2031 mechanism CICA"), facts("亚信峰会于2031年在上海举行，分别有五国出席。", "mechanism"));
    }

    @Test
    @DisplayName("在年会上：论坛文本里是该论坛当年的年会；研讨会不是，组织（非论坛）的「年会」也不算")
    void theForumsYearlySession() {
        assertEquals(Set.of("Boao-Forum-meeting-2032 date 2032-04"),
                facts("博鳌亚洲论坛概况\n\n2032年4月，论坛主席又在年会上提出“青川倡议”。", "date").stream()
                        .filter(f -> f.contains("-meeting-")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(), facts("博鳌亚洲论坛概况\n\n2032年4月，论坛主席在研讨会上提出“青川倡议”。", "mechanism"));
        assertEquals(Set.of(), facts("上海合作组织概况\n\n2032年4月，秘书长在年会上发言。", "mechanism"));
    }

    @Test
    @DisplayName("名称只有年份（2032年年会），句首给了同年更细的日期：会议取那个日期（繁体）")
    void aYearInTheNameRefinedByTheSentencesDate() {
        assertEquals(Set.of("Boao-Forum-meeting-2032 date 2032-04-21"),
                facts("2032年4月21日，國家主席在博鰲亞洲論壇2032年年會開幕式上發表主旨演講。", "date"));
    }

    @Test
    @DisplayName("一串部长级会议在同一城市相继举行：各机制一次会议，日期和城市取自句子；峰会机制的外长会不是峰会")
    void aListOfMinisterialMeetings() {
        String text = "2031年7月，东盟与中日韩外长会、东亚峰会外长会和第三十八届东盟地区论坛外长会将在曼谷相继举行。";
        assertEquals(Set.of("ARF-meeting-2031 place Bangkok", "ASEAN-Plus-Three-meeting-2031 place Bangkok",
                "EAS-meeting-2031 place Bangkok"), facts(text, "place"));
        assertEquals(Set.of("ARF-meeting-2031 ordinal 38"), facts(text, "ordinal"));
    }

    @Test
    @DisplayName("中国—东盟外长会：伙伴与机制合成另一个系列，不是东盟的外长会")
    void aPartnersMinisterialMeetingIsNotTheMechanisms() {
        assertEquals(Set.of(), facts("2031年7月，中国—东盟外长会在曼谷举行。", "mechanism").stream()
                .filter(f -> f.contains("-meeting-")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("届次与城市之间没有机制名：第十四屆新德里高峰會（繁体）")
    void anOrdinalCitySummit() {
        String text = "南亞區域合作聯盟\n\n2037年4月，阿富汗在第十四屆新德里高峰會上正式成為成員國。";
        assertEquals(Set.of("SAARC-summit-2037 place New-Delhi"), facts(text, "place"));
        assertEquals(Set.of("SAARC-summit-2037 ordinal 14"), facts(text, "ordinal"));
    }
}
