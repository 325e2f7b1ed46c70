package org.asiasec.kg.extract.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.Entity;

/**
 * The countries a text refers back to by their number: 前述七国, 上述三国, 这五国 — the last list of
 * exactly that many countries the text named before. A bare 七国 is not read: it may count another line-up. A rule keeps one per text ({@link TextMemory}),
 * reads every sentence's lists into it, and asks it where a sentence counts countries instead of naming them.
 */
final class CountedCountries {

    /** 前述七国, 上述3国, 这五国: a count of countries pointing back to a list named before. */
    private static final Pattern COUNTED = Pattern.compile("(?<back>前述|上述|以上|这|该|此)?(?<n>[0-9一二两三四五六七八九十]{1,3})国(?!家|际|内|民|旗)");

    private final TextMemory<Map<Integer, List<Entity>>> lists = new TextMemory<>(HashMap::new);

    /** Remembers the sentence's lists of two countries or more, by their number. */
    void read(MaskedSentence s, List<Enumeration> found) {
        Map<Integer, List<Entity>> byCount = lists.of(s.analysed());
        for (Enumeration e : found) {
            List<Entity> countries = e.entities();
            if (countries.size() >= 2) {
                byCount.put(countries.size(), countries);
            }
        }
    }

    /**
     * The countries a count starting at {@code at} stands for, with where the count ends, or null when
     * there is no count there or the text named no list of that many countries.
     */
    Resolved at(MaskedSentence s, int at) {
        Matcher m = COUNTED.matcher(s.masked());
        if (at < 0 || !m.region(at, s.masked().length()).lookingAt() || m.group("back") == null) {
            return null; // a bare 六国 may count other countries than the last six named (a later line-up)
        }
        int n = number(m.group("n"));
        List<Entity> countries = n < 2 ? null : lists.of(s.analysed()).get(n);
        return countries == null ? null : new Resolved(countries, m.end());
    }

    record Resolved(List<Entity> countries, int end) {
    }

    private static int number(String digits) {
        if (digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        String units = "零一二三四五六七八九";
        if (digits.equals("两")) {
            return 2;
        }
        if (digits.length() == 1) {
            return digits.equals("十") ? 10 : units.indexOf(digits.charAt(0));
        }
        if (digits.startsWith("十")) { // 十二
            return 10 + Math.max(0, units.indexOf(digits.charAt(1)));
        }
        int tens = units.indexOf(digits.charAt(0));
        int ones = digits.length() > 2 ? units.indexOf(digits.charAt(2)) : 0;
        return digits.charAt(1) == '十' && tens > 0 ? tens * 10 + Math.max(0, ones) : -1;
    }
}
