package org.asiasec.kg.nlp;

import java.util.function.IntPredicate;

/**
 * A view of a text with the white space between two CJK characters or punctuation marks removed,
 * so that words broken by hard line wraps (亚\n信) are whole again; {@link #toSource} maps every
 * offset back. A break the caller marks as kept, such as the end of a heading, stays. When the text is
 * already joined this is the identity.
 */
public final class JoinedText {

    private final String text;
    private final int[] toSource;
    private final int sourceLength;

    private JoinedText(String text, int[] toSource, int sourceLength) {
        this.text = text;
        this.toSource = toSource;
        this.sourceLength = sourceLength;
    }

    public static JoinedText of(String source) {
        return of(source, 0, source.length(), offset -> false);
    }

    /**
     * The joined view of {@code whole[from, to)}, read as a text of its own; offsets map back into
     * {@code whole}. A line break at an offset (into {@code whole}) that {@code keptBreak} accepts is
     * never joined across.
     */
    public static JoinedText of(String whole, int from, int to, IntPredicate keptBreak) {
        String source = from == 0 && to == whole.length() ? whole : whole.substring(from, to);
        StringBuilder out = new StringBuilder(source.length());
        int[] map = new int[source.length()];
        int n = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            // no char above U+3000 is white space: Han chars skip the look-up
            if (c <= '\u3000' && Character.isWhitespace(c) && isWrapped(source, i, offset -> keptBreak.test(from + offset))) {
                continue;
            }
            out.append(c);
            map[n++] = from + i;
        }
        return new JoinedText(out.toString(), java.util.Arrays.copyOf(map, n), to);
    }

    /**
     * True when the white-space run around {@code i} lies between two CJK characters or marks and holds
     * no line break that {@code keptBreak} (offsets into {@code s}) accepts.
     */
    private static boolean isWrapped(String s, int i, IntPredicate keptBreak) {
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(s.charAt(before))) {
            before--;
        }
        int after = i + 1;
        while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
            after++;
        }
        if (before < 0 || after >= s.length() || !isCjk(s.charAt(before)) || !isCjk(s.charAt(after))
                || startsMarkdownLine(s, before, after)) {
            return false;
        }
        for (int k = before + 1; k < after; k++) {
            if (s.charAt(k) == '\n' && keptBreak.test(k)) {
                return false;
            }
        }
        return true;
    }

    /** A break before or after a Markdown heading or list item is structure, not a wrap. */
    private static boolean startsMarkdownLine(String s, int before, int after) {
        if (s.substring(before, after).indexOf('\n') < 0) {
            return false;
        }
        int lineStart = s.lastIndexOf('\n', before) + 1;
        char first = s.charAt(lineStart);
        char next = s.charAt(after);
        return first == '#' || next == '#' || next == '-' || next == '*' || next == '>';
    }

    static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '—' || c == '…')
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
    }

    public String text() {
        return text;
    }

    /** Source offset of the joined char at {@code i}. */
    public int toSource(int i) {
        return i < toSource.length ? toSource[i] : sourceLength;
    }

    /** Source end (exclusive) of a joined span ending at {@code end} (exclusive). */
    public int toSourceEnd(int end) {
        return end == 0 ? toSource(0) : toSource[end - 1] + 1;
    }
}
