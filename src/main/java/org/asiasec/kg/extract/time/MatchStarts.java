package org.asiasec.kg.extract.time;

import java.util.function.IntConsumer;

/**
 * Where a match of a date form can start in a sentence: every match of the form starts at one of
 * these offsets, so its pattern is tried there only instead of at every char. Offsets come in
 * ascending order, possibly repeated; some may be negative (none is a start then).
 */
@FunctionalInterface
interface MatchStarts {

    /**
     * Forms that open with a year (2014年, 二〇一四年) start where a run of digits starts, with what a year
     * opens with there ({@code Rx.YEAR_DIGITS}): an ASCII digit, or four Chinese numerals. The numerals of
     * words (一带一路, 第二, 统一) start runs too, and are passed over without trying the pattern.
     */
    MatchStarts YEAR = yearStarts("0123456789〇零一二三四五六七八九", "〇零一二三四五六七八九");
    /** Forms that open with a month (5月, 12 月, 十一月: 1 or 2 chars) start before the white space before 月. */
    MatchStarts MONTH = beforeSpacesAnd("月", 1, 2);

    void forEach(String text, IntConsumer start);

    /** The starts of the maximal runs of {@code chars} (a year: 2014, 二〇一四, not preceded by another digit). */
    static MatchStarts runsOf(String chars) {
        java.util.BitSet isRunChar = new java.util.BitSet(); // a bit test per char of the text, not a scan of chars
        chars.chars().forEach(isRunChar::set);
        return (text, start) -> {
            for (int i = 0; i < text.length(); i++) {
                if (isRunChar.get(text.charAt(i)) && (i == 0 || !isRunChar.get(text.charAt(i - 1)))) {
                    start.accept(i);
                }
            }
        };
    }

    /** {@link #runsOf} those runs that open with an ASCII digit or with four of {@code numerals}. */
    static MatchStarts yearStarts(String digits, String numerals) {
        MatchStarts runs = runsOf(digits);
        return (text, start) -> runs.forEach(text, s -> {
            char c = text.charAt(s);
            boolean year = c >= '0' && c <= '9'
                    || s + 4 <= text.length() && numerals.indexOf(c) >= 0 && numerals.indexOf(text.charAt(s + 1)) >= 0
                    && numerals.indexOf(text.charAt(s + 2)) >= 0 && numerals.indexOf(text.charAt(s + 3)) >= 0;
            if (year) {
                start.accept(s);
            }
        });
    }

    /** {@code nearest} to {@code farthest} chars before each occurrence of {@code anchor} (同年: 1 before 年). */
    static MatchStarts before(String anchor, int nearest, int farthest) {
        return (text, start) -> {
            for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
                for (int s = at - farthest; s <= at - nearest; s++) {
                    start.accept(s);
                }
            }
        };
    }

    /**
     * {@code nearest} to {@code farthest} chars before the white space (as {@code \s} in a pattern)
     * that comes before each occurrence of {@code anchor} (a month: 5 月, 12月).
     */
    static MatchStarts beforeSpacesAnd(String anchor, int nearest, int farthest) {
        return (text, start) -> {
            for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
                int spaces = at;
                while (spaces > 0 && isPatternSpace(text.charAt(spaces - 1))) {
                    spaces--;
                }
                for (int s = spaces - farthest; s <= spaces - nearest; s++) {
                    start.accept(s);
                }
            }
        };
    }

    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
