package org.asiasec.kg.corpus;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → simplified Chinese for the analysis view, one char for one char so that offsets
 * hold. HanLP converts by phrases (乾杯 → 干杯 but 乾隆 stays); when a phrase conversion changes the
 * length, that piece falls back to char-by-char conversion.
 */
final class Simplifier {

    private Simplifier() {
    }

    /** Simplifies chars [from, to) of {@code text} in place. */
    static void simplify(StringBuilder text, int from, int to) {
        if (!containsNonAscii(text, from, to)) {
            return;
        }
        String piece = text.substring(from, to);
        String simplified = HanLP.convertToSimplifiedChinese(piece);
        if (simplified.equals(piece)) {
            return;
        }
        if (alignedCharByChar(piece, simplified)) {
            for (int i = 0; i < piece.length(); i++) {
                text.setCharAt(from + i, simplified.charAt(i));
            }
            return;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !Character.isSurrogate(c)) {
                String one = HanLP.convertToSimplifiedChinese(String.valueOf(c));
                if (one.length() == 1) {
                    text.setCharAt(i, one.charAt(0));
                }
            }
        }
    }

    private static boolean containsNonAscii(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Same length, and only non-ASCII chars changed (so no phrase moved its neighbours). */
    private static boolean alignedCharByChar(String before, String after) {
        if (before.length() != after.length()) {
            return false;
        }
        for (int i = 0; i < before.length(); i++) {
            char a = before.charAt(i);
            char b = after.charAt(i);
            if (a != b && (a < 0x80 || b < 0x80 || Character.isSurrogate(a) || Character.isSurrogate(b))) {
                return false;
            }
        }
        return true;
    }
}
