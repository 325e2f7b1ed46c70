package org.asiasec.kg.extract.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The recogniser skips a form in sentences without its anchor: no form may match without it. */
class DateFormTest {

    /** One or more examples of every form. */
    private static final String DATES = "2013—2017年间，2014-2016年，1996年至1997年，2014年5月21日，二〇一四年五月二十一日，"
            + "2014年5月20日至21日，2016年3月底，2014年5月至6月，二〇三一年，2014年上半年，1996和1997年，20世纪末，"
            + "二十世纪五十年代，上世纪90年代，本世纪初，八十年代末，同年4月，今年5月21日，去年底，6月底至8月初，"
            + "5月20日至21日，9月底，年初。";

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
}
