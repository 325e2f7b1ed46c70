package org.asiasec.kg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each case: the head of a text (⏎ for a line break) and the date it gives itself, or nothing. */
class DocumentDateTest {

    private static String dateOf(String head) {
        return DocumentDate.in(head.replace("⏎", "\n"));
    }

    @DisplayName("文本开头自带的日期：标题下的日期行、署名行、资料更新时间、发布时间、电头、以日期开头的标题")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "天山论坛在奥什闭幕⏎⏎2030年9月19日　星期四　国际版⏎⏎本报综合报道，论坛昨日闭幕。; 2030-09-19",
            "天山論壇在奧什閉幕⏎2030年9月19日　星期四⏎論壇昨日閉幕。; 2030-09-19",
            "携手守护共同家园⏎——在某论坛年会上的致辞⏎（2029年3月27日，海南三亚）⏎尊敬的各位来宾：; 2029-03-27",
            "某组织概况⏎（最近更新时间：2034年3月）⏎【成立时间】2029年4月18日; 2034-03",
            "资料：历次会议一览⏎（截至2024年11月）⏎第一次会议在某地举行。; 2024-11",
            "某白皮书（节选）⏎中华人民共和国国务院新闻办公室⏎二〇三〇年九月⏎三、积极参与; 2030-09",
            "论坛在喀什闭幕⏎发布时间：2031-08-25 07:46　来源：新华网⏎正文; 2031-08-25",
            "论坛在喀什举行⏎来源：某某日报　2031年5月20日　第01版⏎正文; 2031-05-20",
            "2031年5月14日外交部发言人主持例行记者会⏎⏎问：峰会何时举行？; 2031-05-14",
            "天山论坛闭幕⏎⏎新华社阿拉木图2031年3月12日电　为期两天的论坛11日在阿拉木图闭幕。; 2031-03-12",
            "国际关系研究　2025 年第 2 期⏎某组织扩员的制度路径⏎林某; 2025",
    })
    void datesInTheHead(String head, String expected) {
        assertEquals(expected, dateOf(head));
    }

    @DisplayName("不是文本日期：标题里的年份、年份区间、正文里的日期、没有年份的电头")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "解读《天山论坛至2030年发展战略》⏎正文从这里开始。",
            "——在天山论坛2029年年会开幕式上的致辞⏎尊敬的各位来宾：",
            "附录二　天山论坛大事记（2006—2024年）⏎2006年，论坛创办。",
            "天山论坛闭幕⏎⏎新华社阿拉木图3月12日电　为期两天的论坛11日在阿拉木图闭幕。",
            "2002年6月7日，第二次峰会在圣彼得堡举行，会议签署了宪章和多项合作文件，成员国元首发表联合声明。",
            "天山论坛⏎天山论坛是一个地区安全合作机制，由五国于2025年共同倡议成立，总部设在阿拉木图市，现有成员国五个。⏎2031年3月12日",
    })
    void noDateOfTheText(String head) {
        assertEquals(null, dateOf(head));
    }
}
