package org.asiasec.kg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recogniser skips a form in sentences without its anchor and tries its pattern only where a
 * match can start: no form may match without its anchor, and the matches found so are those of a
 * plain {@code find()} over the whole sentence.
 */
class DateFormTest {

    /** One or more examples of every form. */
    private static final String DATES = "2013—2017年间，2014-2016年，1996年至1997年，2014年5月21日，二〇一四年五月二十一日，"
            + "2014年5月20日至21日，2016年3月底，2014年5月至6月，二〇三一年，2014年上半年，1996和1997年，20世纪末，"
            + "二十世纪五十年代，上世纪90年代，本世纪初，八十年代末，同年4月，今年5月21日，去年底，6月底至8月初，"
            + "5月20日至21日，9月底，年初，二十年前的今天，两年后，上月28日，同月，今天，当日，上周五，11日，18日至19日。";

    @DisplayName("每种日期形式都在示例中出现，去掉其锚字后就不再出现")
    @ParameterizedTest(name = "{0}")
    @EnumSource(DateForm.class)
    void everyMatchContainsTheAnchor(DateForm form) {
        assertTrue(form.mayOccurIn(DATES));
        assertTrue(form.pattern.matcher(DATES).find(), "the examples hold " + form);
        String withoutAnchor = DATES.replace(form.anchor, "X");
        assertFalse(form.mayOccurIn(withoutAnchor));
        assertFalse(form.pattern.matcher(withoutAnchor).find(), form + " matched without " + form.anchor);
    }

    @DisplayName("只在可能的起点试配：结果与逐字 find() 相同")
    @ParameterizedTest(name = "{0}")
    @EnumSource(DateForm.class)
    void matchesAsFind(DateForm form) {
        List<String> pieces = List.of("2014", "2014年", "1996", "1996和", "二〇一四年", "年", "5月", "12 月", "十一月", "5", "21日",
                "20号", "至", "—", "-", "和", "、", "同年", "今年", "第二年", "世纪", "20世纪", "上世纪", "90年代", "八十年代",
                "初", "底", "末", "上半年", "间", "，", "份", "中下旬", "月", "日", " ", "十", "九", "前", "后", "的", "今天",
                "当天", "上", "同", "次", "当", "上周", "本周", "五", "两", "三十年前", "两年后");
        Random random = new Random(form.ordinal());
        int matches = 0;
        for (int i = 0; i < 80000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10);
            for (int k = 0; k < length; k++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String sentence = text.toString();
            List<String> found = new ArrayList<>();
            form.forEachMatch(sentence, m -> found.add(m.start() + "-" + m.end()));
            List<String> expected = new ArrayList<>();
            Matcher m = form.pattern.matcher(sentence);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertEquals(expected, found, sentence);
            matches += found.size();
        }
        assertTrue(matches >= 10, form + " found in the random sentences: " + matches);
    }
}
