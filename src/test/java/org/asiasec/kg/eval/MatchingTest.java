package org.asiasec.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Names and dates are compared as score.py compares them. */
class MatchingTest {

    @Test
    @DisplayName("名称比较：书名号、引号、括号、空白与全角字符不计，英文不分大小写")
    void namesIgnoreMarksSpacesWidthAndCase() {
        assertEquals("上海合作组织宪章", Matching.norm("《上海合作组织宪章》"));
        assertEquals("上海合作组织宪章", Matching.norm("上海合作\n组织　宪章"));
        assertEquals("sco", Matching.norm("ＳＣＯ"));
        assertEquals("一带一路", Matching.norm("“一带一路”"));
        assertEquals("中国东盟", Matching.norm("中国—东盟"));
        assertEquals("", Matching.norm("《》"));
    }

    @Test
    @DisplayName("名称比较：别的字不同仍是不同的名称")
    void otherCharactersStillDiffer() {
        assertFalse(Matching.norm("上海合作组织").equals(Matching.norm("上海五国")));
        assertEquals("上合组织2", Matching.norm("上合组织2"));
    }

    @Test
    @DisplayName("年份：取日期开头的四位数字，没有则为空")
    void yearOfADate() {
        assertEquals("2014", Matching.yearOf("2014-05-20"));
        assertEquals("2014", Matching.yearOf("2014"));
        assertNull(Matching.yearOf("14-05"));
        assertNull(Matching.yearOf("https://w3id.org/asiasec/resource/x"));
    }

    @Test
    @DisplayName("日期：宽松比年份；严格要求至少同样精确并以金标日期开头；金标无日期则都对")
    void looseAndStrictDates() {
        assertTrue(Matching.dateMatches(List.of("2014-05-20"), "2014-05", true));
        assertTrue(Matching.dateMatches(List.of("2014-05"), "2014-05", true));
        assertFalse(Matching.dateMatches(List.of("2014-05"), "2014-05-20", true));
        assertTrue(Matching.dateMatches(List.of("2014-05"), "2014-05-20", false));
        assertFalse(Matching.dateMatches(List.of("2015-05-20"), "2014-05-20", false));
        assertTrue(Matching.dateMatches(List.of(), null, true));
        assertFalse(Matching.dateMatches(List.of(), "2014", false));
    }
}
