package org.asiasec.kg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each case: a sentence, the document date, and the dates found in it written as
 * {@code surface=from} for points and {@code surface=from/to} for spans, separated by " | ".
 */
class DateRecognizerTest {

    private final DateRecognizer recognizer = new DateRecognizer();

    private String found(String sentence, String documentDate) {
        DateScope scope = DateScope.anchoredAt(documentDate);
        return describe(recognizer.recognise(sentence, 0, scope));
    }

    private static String describe(List<DateMention> dates) {
        return dates.stream()
                .map(d -> d.surface() + "=" + d.from().lexical() + (d.isSpan() ? "/" + d.to().lexical() : ""))
                .collect(Collectors.joining(" | "));
    }

    @DisplayName("绝对日期：年月日、年月、年，阿拉伯数字与汉字数字，精度随原文")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2014年5月21日，习近平发表讲话。; 2021; 2014年5月21日=2014-05-21",
            "会议于2014年5月在上海举行。; 2021; 2014年5月=2014-05",
            "亚信成立于1992年。; 2021; 1992年=1992",
            "二〇三一年，峰会在海口举行。; 2021; 二〇三一年=2031",
            "二〇一四年五月，峰会召开。; 2021; 二〇一四年五月=2014-05",
            "二零三一年十月二十一日签署。; 2021; 二零三一年十月二十一日=2031-10-21",
            "一九九七年三月提出。; 2021; 一九九七年三月=1997-03",
            "2016年3月底两国元首会晤。; 2021; 2016年3月底=2016-03",
            "2021年5月下旬统计。; 2021; 2021年5月下旬=2021-05",
            "2014年12月9日发表。; 2021; 2014年12月9日=2014-12-09",
            "2014年9月12日和2014年9月13日; 2021; 2014年9月12日=2014-09-12 | 2014年9月13日=2014-09-13",
            "2013年第2期。; 2021; 2013年=2013",
            "2014年13月32日（月份不存在时只取年份）; 2021; 2014年=2014",
    })
    void absoluteDates(String sentence, String documentDate, String expected) {
        assertEquals(expected, found(sentence, documentDate));
    }

    @DisplayName("PDF 文本中日期内部的空格不影响识别")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "今年 5 月，我国将在上海举办峰会。; 2014; 今年 5 月=2014-05",
            "2014 年 5 月 21 日发表讲话。; 2021; 2014 年 5 月 21 日=2014-05-21",
            "接任 2014—2016 年亚信主席国。; 2014; 2014—2016 年=2014/2016",
            "亚信是 1992 年倡议成立的。; 2014; 1992 年=1992",
    })
    void spacesInsideDates(String sentence, String documentDate, String expected) {
        assertEquals(expected, found(sentence, documentDate));
    }

    @DisplayName("两个年份与年份区间")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "四国于1996年和1997年分别签署了两个协定。; 2021; 1996年=1996 | 1997年=1997",
            "四国于1996和1997年分别签署了两个协定。; 2021; 1996和=1996 | 1997年=1997",
            "仅在2013—2017年间制止了600多起犯罪。; 2021; 2013—2017年间=2013/2017",
            "接任2014—2016年亚信主席国。; 2021; 2014—2016年=2014/2016",
            "接任2014-2016年亚信主席国。; 2021; 2014-2016年=2014/2016",
            "1996年至1997年间; 2021; 1996年至1997年间=1996/1997",
            "2014年5月20日至21日举行峰会。; 2021; 2014年5月20日至21日=2014-05-20/2014-05-21",
            "2014年5月至6月; 2021; 2014年5月至6月=2014-05/2014-06",
    })
    void pairsAndSpans(String sentence, String documentDate, String expected) {
        assertEquals(expected, found(sentence, documentDate));
    }

    @DisplayName("年初、年底、世纪与年代都是区间")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2014年初; 2021; 2014年初=2014-01/2014-03",
            "2014年底; 2021; 2014年底=2014-10/2014-12",
            "2014年上半年; 2021; 2014年上半年=2014-01/2014-06",
            "20世纪末，冷战结束。; 2021; 20世纪末=1990/1999",
            "21世纪初，上海五国升级为上合组织。; 2021; 21世纪初=2000/2009",
            "20世纪50年代，中国提出五项原则。; 2021; 20世纪50年代=1950/1959",
            "二十世纪五十年代; 2021; 二十世纪五十年代=1950/1959",
            "20世纪; 2021; 20世纪=1900/1999",
            "20世纪中叶; 2021; 20世纪中叶=1940/1969",
            "上世纪90年代，中国提出新安全观。; 2021; 上世纪90年代=1990/1999",
            "本世纪初; 2021; 本世纪初=2000/2009",
            "90年代，五国开始会晤。; 2021; 90年代=1990/1999",
            "20年代以来; 2021; 20年代=2020/2029",
            "80年代末; 2021; 80年代末=1987/1989",
            "90年代; ; 90年代=1990/1999",
    })
    void vagueSpans(String sentence, String documentDate, String expected) {
        assertEquals(expected, found(sentence, documentDate));
    }

    @DisplayName("今年、去年、明年按文档日期解析")
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {
            "今年5月，我国将举办峰会。; 2014; 今年5月=2014-05",
            "今年5月，我国将举办峰会。; 2031-03-01; 今年5月=2031-05",
            "去年，两国签署协定。; 2017-01; 去年=2016",
            "明年，峰会将在北京举行。; 2017; 明年=2018",
            "前年; 2017; 前年=2015",
            "今年初; 2021; 今年初=2021-01/2021-03",
            "今年5月21日; 2014; 今年5月21日=2014-05-21",
            "今年是成立20周年。; ; ",
    })
    void relativeToDocumentDate(String sentence, String documentDate, String expected) {
        assertEquals(expected == null ? "" : expected, found(sentence, documentDate));
    }

    @DisplayName("上月、本月、下月、今天、昨天、上周五、N年前按文档日期解析（简体、繁体、PDF 空格、虚构日期）")
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {
            "上月28日，理事会会议在阿斯塔纳举行。; 2031-03-12; 上月28日=2031-02-28",
            "上月，论坛在杜尚别开幕。; 2031-01-05; 上月=2030-12",
            "本月15日，外长会将在喀什举行。; 2031-03-12; 本月15日=2031-03-15",
            "下月，峰会在奥什举行。; 2031-12-01; 下月=2032-01",
            "今天，我们在这里隆重集会。; 2029-04-18; 今天=2029-04-18",
            "昨天，第十八次防长会在帝力举行。; 2032-11-20; 昨天=2032-11-19",
            "会議前日（17日）在奧什閉幕。; 2030-09-19; 17日=2030-09-17",
            "上周五，理事会在阿什哈巴德举行会议。; 2031-06-09; 上周五=2031-06-06",
            "本周二，第十三次协商会晤在阿什哈巴德举行。; 2031-06-12; 本周二=2031-06-10",
            "二十年前的今天，首轮会谈在北京举行。; 2023-08-27; 二十年前的今天=2003-08-27",
            "三十年前的6月15日，六国元首在上海宣告成立组织。; 2031-06-15; 三十年前的6月15日=2001-06-15",
            "22年前他在联合国大会上提出这一构想。; 2014; 22年前=1992",
            "两年前的撒马尔罕峰会上，成员国元首作出决定。; 2024-07-04; 两年前=2022",
            "上月，论坛在杜尚别开幕。; 2031; ",
            "今天，我们在这里隆重集会。; 2029-04; ",
            "今天，我们在这里隆重集会。; ; ",
    })
    void relativeToTheDocumentDay(String sentence, String documentDate, String expected) {
        assertEquals(expected == null ? "" : expected, found(sentence, documentDate));
    }

    @DisplayName("只有日的日期（11日、18日至19日）属于上文的月份，否则属于文档日期的月份；晚于文档日期的日属于上个月")
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {
            "为期两天的部长会议11日在阿拉木图闭幕。; 2031-03-12; 11日=2031-03-11",
            "首届峰会18日至19日在西安举行。; 2023-05-20; 18日至19日=2023-05-18/2023-05-19",
            "理事会会议28日在比什凯克举行。; 2031-03-02; 28日=2031-02-28",
            "2001年6月14日至15日，六国元首会晤。15日，签署成立宣言。; 2021; 2001年6月14日至15日=2001-06-14/2001-06-15 | 15日=2001-06-15",
            "2016年9月4日峰会开幕，当天发表公报，次日闭幕。; 2021; 2016年9月4日=2016-09-04 | 当天=2016-09-04 | 次日=2016-09-05",
            "2016年9月4日峰会开幕，同日发表公报。; 2021; 2016年9月4日=2016-09-04 | 同日=2016-09-04",
            "2016年会晤，当天发表公报。; 2021; 2016年=2016",
            "11日在阿拉木图闭幕。; 2031; ",
            "协定自签署之日起30日内生效。; 2031-03-12; ",
            "9月11日在纽约。; 2021; 9月11日=2021-09-11",
    })
    void daysOfTheMonthInScope(String sentence, String documentDate, String expected) {
        assertEquals(expected == null ? "" : expected, found(sentence, documentDate));
    }

    @DisplayName("同年、当年、次年、翌年、前一年及省略年份的月日按上文最近的年份解析")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "1997年3月提出新安全观，同年4月两国签署联合声明。; 2021; 1997年3月=1997-03 | 同年4月=1997-04",
            "2020年疫情暴发，当年11月举行视频峰会。; 2021; 2020年=2020 | 当年11月=2020-11",
            "2001年成立，次年通过宪章。; 2021; 2001年=2001 | 次年=2002",
            "2001年成立，翌年通过宪章。; 2021; 2001年=2001 | 翌年=2002",
            "2001年成立，前一年五国元首会晤。; 2021; 2001年=2001 | 前一年=2000",
            "2016年3月底会晤。9月，杭州峰会期间再次会晤。; 2021; 2016年3月底=2016-03 | 9月=2016-09",
            "2016年会晤，9月12日再次会晤。; 2021; 2016年=2016 | 9月12日=2016-09-12",
            "2016年会晤，6月底至8月初举行演习。; 2021; 2016年=2016 | 6月底至8月初=2016-06/2016-08",
            "2016年会晤，年底再次会晤。; 2021; 2016年=2016 | 年底=2016-10/2016-12",
            "5月，峰会召开。; 2014; 5月=2014-05",
            "同年; 2014; 同年=2014",
    })
    void relativeToYearInScope(String sentence, String documentDate, String expected) {
        assertEquals(expected, found(sentence, documentDate));
    }

    @Test
    @DisplayName("上文的年份跨句有效：每句依次读入同一个 DateScope")
    void scopeCarriesAcrossSentences() {
        DateScope scope = DateScope.anchoredAt("2021");
        recognizer.recognise("2014年5月，峰会在上海举行。", 0, scope);
        List<DateMention> next = recognizer.recognise("同年9月，习近平出席杜尚别峰会。", 100, scope);
        assertEquals("同年9月=2014-09", describe(next));
        assertEquals(100, next.get(0).start());
        assertEquals(104, next.get(0).end());
    }

    @Test
    @DisplayName("脚注用分叉的 DateScope，脚注里的年份不影响正文的“同年”")
    void footnotesReadInAForkedScope() {
        DateScope body = DateScope.anchoredAt("2021");
        recognizer.recognise("2013年3月，习近平发表演讲。", 0, body);
        recognizer.recognise("[2]《声明》，2018年6月10日。", 50, body.fork());
        assertEquals("同年9月=2013-09", describe(recognizer.recognise("同年9月，习近平出席峰会。", 80, body)));
    }

    @Test
    @DisplayName("新的一节（标题之后）：不带年份的日期按文档日期读，直到这一节自己说出年份")
    void aSectionStartsFromTheDocumentDate() {
        DateScope scope = DateScope.anchoredAt("2017-01");
        recognizer.recognise("2016年6月，第八轮中美战略与经济对话在北京举行。", 0, scope);
        assertEquals("9月=2016-09", describe(recognizer.recognise("9月，二十国集团领导人杭州峰会期间双方会晤。", 40, scope)));
        scope.startSection();
        assertEquals("1月11日=2017-01-11", describe(recognizer.recognise("国务院新闻办公室1月11日发表白皮书。", 80, scope)));
        recognizer.recognise("2015年9月，习近平主席对美国进行国事访问。", 120, scope);
        assertEquals("同年11月=2015-11", describe(recognizer.recognise("同年11月，双方再次会晤。", 160, scope)));
    }

    @DisplayName("不是日期的数字与词")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "回顾22年的成长历程; 2014",
            "共制止600多起犯罪，抓获2000多名恐怖分子; 2021",
            "三个月以来; 2021",
            "第47届联合国大会; 2021",
            "迎来成立20周年; 2021",
            "2月30日; 2021",
            "项目编号：2024MZD027; 2021",
            "多年初心不改; 2021",
    })
    void notDates(String sentence, String documentDate) {
        assertEquals("", found(sentence, documentDate));
    }
}
