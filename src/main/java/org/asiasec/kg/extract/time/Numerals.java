package org.asiasec.kg.extract.time;

/** Reads the numbers of dates and ordinals: Arabic digits, digit-by-digit years (二〇三一) and counted numbers (二十一). */
public final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** 2031, 二〇三一, 二零三一 → 2031; 21, 二十一 → 21; 十 → 10; 一百零五 → 105. Throws on anything else. */
    public static int parse(String s) {
        String t = s.strip().replace(" ", "").replace('零', '〇').replace('０', '0'); // 202 5: digits a PDF split
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        if (!t.contains("十") && !t.contains("百")) {
            int n = 0;
            for (char c : t.toCharArray()) {
                n = n * 10 + digit(c);
            }
            return n;
        }
        int total = 0;
        int current = 0;
        for (char c : t.toCharArray()) {
            if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                current = digit(c);
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            throw new NumberFormatException("not a numeral: " + c);
        }
        return i;
    }
}
