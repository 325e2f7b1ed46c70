package org.asiasec.kg.extract;

import static org.asiasec.kg.extract.WholeTextFacts.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The founding frames (founding-event, founding-attribute, and the subject and object forms of
 * mechanism-founded) on whole texts through the standard extractor: simplified, traditional,
 * hard-wrapped as a PDF leaves it, and with other dates to show that the fact follows the text; each
 * with a text that must give nothing. The mechanisms and sentences are invented for these tests.
 */
class FoundingFramesTest {

    private static final String FORUM = "yunling-gaoyuan-anquan-hezuo-luntan";
    private static final String OLD = "yunling-bianjing-anquan-san-fang-cuoshang-jizhi";
    private static final String DIALOGUE = "beiya-caoyuan-anquan-duihua";


    @DisplayName("由此成立：日期是句中事件（会晤）的日期；简体、繁体、PDF 断行、改日期")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2031年5月9日，吉尔吉斯斯坦、塔吉克斯坦和蒙古国三国外长在比什凯克举行首次会晤，签署《云岭高原安全合作论坛成立宣言》，云岭高原安全合作论坛由此正式成立。; 2031-05-09",
            "2031年5月9日，吉爾吉斯斯坦、塔吉克斯坦和蒙古國三國外長在比什凱克舉行首次會晤，簽署《雲嶺高原安全合作論壇成立宣言》，雲嶺高原安全合作論壇由此正式成立。; 2031-05-09",
            "2031 年 5 月 9 日，吉尔吉斯斯坦、塔吉克斯坦和蒙古国三国外长在比什凯克举行首次会晤，签署《云岭高原安全合作论坛成立宣言》，云岭高原安\\n全合作论坛由此正式成立。; 2031-05-09",
            "2034年11月2日，吉尔吉斯斯坦、塔吉克斯坦和蒙古国三国外长在比什凯克举行首次会晤，云岭高原安全合作论坛由此形成。; 2034-11-02",
    })
    void foundedByTheEventOfTheSentence(String text, String date) {
        assertEquals(Set.of(FORUM + " foundedOn " + date), facts(text, "foundedOn"));
    }

    @DisplayName("会议宣布，某机制在某地成立：日期是上文会议的日期；简体、繁体、PDF 断行、改日期")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2031年5月9日，云岭高原安全合作论坛第三次部长级会议在比什凯克举行。会议同时宣布，北亚草原安全对话在乌兰巴托成立。; 2031-05-09",
            "2031年5月9日，雲嶺高原安全合作論壇第三次部長級會議在比什凱克舉行。會議同時宣佈，北亞草原安全對話在烏蘭巴托成立。; 2031-05-09",
            "2031 年 5 月 9 日，云岭高原安全合作论坛第三次部长级会议在比什凯克举行。会议同时宣布，北亚草原安全\\n对话在乌兰巴托成立。; 2031-05-09",
            "2035年8月1日，云岭高原安全合作论坛第三次部长级会议在比什凯克举行。会议同时宣布，北亚草原安全对话在乌兰巴托成立。; 2035-08-01",
    })
    void foundedAsTheMeetingAnnounced(String text, String date) {
        assertEquals(Set.of(DIALOGUE + " foundedOn " + date), facts(text, "foundedOn"));
    }

    @Test
    @DisplayName("句子不以会议开头（专家建议…成立）：不取会议的日期")
    void notAnnouncedByTheMeeting() {
        assertEquals(Set.of(), facts("2031年5月9日，云岭高原安全合作论坛第三次部长级会议在比什凯克举行。专家认为，北亚草原安全对话在乌兰巴托成立是必然的。", "foundedOn"));
    }

    @DisplayName("没有“由此、宣告、标志着”或事件的“成立”：成立以来、成立大会、进入新阶段都不是成立")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2031年5月9日，三国外长在比什凯克举行会晤，云岭高原安全合作论坛由此进入新阶段。",
            "2031年5月9日，三国外长在比什凯克举行会晤，回顾云岭高原安全合作论坛成立以来的历程。",
            "2031年5月9日，云岭高原安全合作论坛成立大会在比什凯克召开。",
    })
    void notFoundedByAnEvent(String text) {
        assertEquals(Set.of(), facts(text, "foundedOn"));
    }

    @DisplayName("标志着该论坛正式成立、论坛宣告成立：论坛是文本中名字含“论坛”的机制")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "云岭高原安全合作论坛概况\\n\\n2033年3月2日，首届部长级会议在乌兰巴托举行，标志着该论坛正式成立。; 2033-03-02",
            "雲嶺高原安全合作論壇概況\\n\\n2033年3月2日，首屆部長級會議在烏蘭巴托舉行，標誌着該論壇正式成立。; 2033-03-02",
            "云岭高原安全合作论坛概况\\n\\n2036年7月1日，三国外长在乌兰巴托签署《乌兰巴托宣言》，论坛宣告成立。; 2036-07-01",
    })
    void anaphorStandsForTheForum(String text, String date) {
        assertEquals(Set.of(FORUM + " foundedOn " + date), facts(text, "foundedOn"));
    }

    @Test
    @DisplayName("“该论坛”而文本中没有名字含“论坛”的机制：不成立任何机制")
    void anaphorOfAnotherKind() {
        assertEquals(Set.of(), facts("北亚草原安全对话概况\\n\\n2033年3月2日，首届部长级会议在乌兰巴托举行，标志着该论坛正式成立。", "foundedOn"));
    }

    @DisplayName("……年建立的某机制：定语里的成立日期；前身")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "云岭高原安全合作论坛概况\\n\\n其前身是2027年在杜尚别建立的“云岭边境安全三方磋商机制”。; 2027",
            "雲嶺高原安全合作論壇概況\\n\\n其前身是2027年在杜尚別建立的「雲嶺邊境安全三方磋商機制」。; 2027",
            "云岭高原安全合作论坛概况\\n\\n其前身是2029 年在杜尚别建立的“云岭边境安全三方\\n磋商机制”。; 2029",
    })
    void foundedInAnAttribute(String text, String year) {
        assertEquals(Set.of(OLD + " foundedOn " + year), facts(text, "foundedOn"));
        assertEquals(Set.of(FORUM + " predecessor " + OLD), facts(text, "predecessor"));
    }

    @Test
    @DisplayName("定语里没有成立动词：不是成立日期")
    void attributeWithoutAFoundingVerb() {
        assertEquals(Set.of(), facts("2027年在杜尚别举行的云岭边境安全三方磋商机制会议讨论了边境问题。", "foundedOn"));
    }

    @DisplayName("主语国家共同创立宾语机制；机制由各国于某时在某地创立")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2032年4月，蒙古国、哈萨克斯坦与吉尔吉斯斯坦在阿拉木图共同创立北亚草原安全对话。; 2032-04",
            "2032年4月，蒙古國、哈薩克斯坦與吉爾吉斯斯坦在阿拉木圖共同創立北亞草原安全對話。; 2032-04",
            "北亚草原安全对话由蒙古国、哈萨克斯坦和吉尔吉斯斯坦于2032年4月在阿拉木图创立。; 2032-04",
            "据报道，北亚草原安全对话由蒙古国、哈萨克斯\\n坦和吉尔吉斯斯坦于 2035 年 9 月在阿拉木图创立。; 2035-09",
    })
    void foundersAndTheirMechanism(String text, String date) {
        assertEquals(Set.of(DIALOGUE + " foundedOn " + date), facts(text, "foundedOn"));
    }

    @DisplayName("计划、倡议、建立对话关系、倒数的日期：不是成立事实")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2032年4月，蒙古国与哈萨克斯坦计划共同创立北亚草原安全对话。",
            "2032年4月，蒙古国倡议建立北亚草原安全对话。",
            "2032年4月，东南亚国家联盟与北亚草原安全对话建立对话关系。",
            "三十年前的6月15日，蒙古国与哈萨克斯坦在阿拉木图宣告成立北亚草原安全对话。",
    })
    void notFoundings(String text) {
        assertEquals(Set.of(), facts(text, "foundedOn"));
    }

    @Test
    @DisplayName("在某地正式启动运作：成立；启动联合巡逻（有宾语）不是")
    void startsWorking() {
        assertEquals(Set.of(DIALOGUE + " foundedOn 2033-03-01", DIALOGUE + " foundedAt wulanbatuo"),
                new TreeSet<>(java.util.stream.Stream.concat(
                        facts("2033年3月1日，北亚草原安全对话在乌兰巴托正式启动运作。", "foundedOn").stream(),
                        facts("2033年3月1日，北亚草原安全对话在乌兰巴托正式启动运作。", "foundedAt").stream()).toList()));
        assertEquals(Set.of(), facts("2033年3月1日，北亚草原安全对话在乌兰巴托启动联合巡逻。", "foundedOn"));
    }
}
