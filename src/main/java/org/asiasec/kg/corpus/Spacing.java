package org.asiasec.kg.corpus;

import static org.asiasec.kg.corpus.CjkChars.isCjk;
import static org.asiasec.kg.corpus.CjkChars.isCjkPunctuation;
import static org.asiasec.kg.corpus.CjkChars.isHan;
import static org.asiasec.kg.corpus.CjkChars.isSpace;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Spaces and character widths in one line of Chinese text.
 *
 * <ul>
 * <li>Spaces next to Chinese punctuation, between Chinese and digits or Latin letters (今年 5 月 →
 * 今年5月), and letter-spacing around single Han characters (构 建 → 构建, 亚 信 → 亚信) are layout:
 * they go. A space between two words of two or more Han characters (关键词 lists, 副部长 程国平)
 * separates them and stays, as one space; other runs of spaces become one space.</li>
 * <li>Full-width digits and Latin letters become ASCII (２０１４ → 2014).</li>
 * <li>ASCII punctuation written inside Chinese text becomes Chinese punctuation: , : ; ? ! next to a
 * Han char, and ( ) around text containing Han.</li>
 * </ul>
 * Every change is one char for one char, or a removal, so offsets keep pointing into the original.
 */
final class Spacing {

    private Spacing() {
    }

    static MappedText normalise(MappedText line) {
        return punctuation(spaces(widths(line)));
    }

    private static MappedText widths(MappedText line) {
        if (!hasFullWidthAlnum(line)) { // most lines: nothing to change, no copy
            return line;
        }
        MappedText.Builder out = new MappedText.Builder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.add(isFullWidthAlnum(c) ? (char) (c - 0xFEE0) : c, line.start(i), line.end(i));
        }
        return out.build();
    }

    private static MappedText spaces(MappedText line) {
        if (!hasSpace(line)) { // most lines: nothing to change, no copy
            return line;
        }
        MappedText.Builder out = new MappedText.Builder(line.length());
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!isSpace(line.charAt(i))) {
                out.copy(line, i++);
                continue;
            }
            int runEnd = i;
            while (runEnd < n && isSpace(line.charAt(runEnd))) {
                runEnd++;
            }
            if (i > 0 && runEnd < n && keepsSeparator(line, i - 1, runEnd)) {
                out.replace(' ', line, i, runEnd);
            }
            i = runEnd;
        }
        return out.build();
    }

    /** Whether the spaces between chars {@code before} and {@code after} separate words. */
    private static boolean keepsSeparator(MappedText line, int before, int after) {
        char a = line.charAt(before);
        char b = line.charAt(after);
        if (isCjkPunctuation(a) || isCjkPunctuation(b)) {
            return false;
        }
        if (isHan(a) && isHan(b)) {
            return hanRunBackward(line, before) >= 2 && hanRunForward(line, after) >= 2;
        }
        return !(isCjk(a) || isCjk(b));
    }

    private static int hanRunBackward(MappedText line, int i) {
        int n = 0;
        while (i - n >= 0 && isHan(line.charAt(i - n))) {
            n++;
        }
        return n;
    }

    private static int hanRunForward(MappedText line, int i) {
        int n = 0;
        while (i + n < line.length() && isHan(line.charAt(i + n))) {
            n++;
        }
        return n;
    }

    private static MappedText punctuation(MappedText line) {
        if (!hasAsciiPunctuation(line)) { // most lines: nothing to change, no copy
            return line;
        }
        MappedText.Builder out = new MappedText.Builder(line.length());
        out.copy(line, 0, line.length());
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case ',', ':', ';', '?', '!' -> {
                    if (i > 0 && isHan(line.charAt(i - 1)) || i + 1 < line.length() && isHan(line.charAt(i + 1))) {
                        out.setChar(i, (char) (c + 0xFEE0));
                    }
                }
                case '(' -> open.push(i);
                case ')' -> {
                    if (!open.isEmpty()) {
                        int from = open.pop();
                        if (containsHan(line, from + 1, i)) {
                            out.setChar(from, '（');
                            out.setChar(i, '）');
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out.build();
    }

    private static boolean containsHan(MappedText line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isHan(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFullWidthAlnum(char c) {
        return c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    private static boolean hasFullWidthAlnum(MappedText line) {
        for (int i = 0; i < line.length(); i++) {
            if (isFullWidthAlnum(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSpace(MappedText line) {
        for (int i = 0; i < line.length(); i++) {
            if (isSpace(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #punctuation} could change anything: one of , : ; ? ! ( ). */
    private static boolean hasAsciiPunctuation(MappedText line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case ',', ':', ';', '?', '!', '(', ')' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
