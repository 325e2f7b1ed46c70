package org.asiasec.kg.rdf;

/**
 * Converts Java char offsets into one text to Unicode code point offsets, which is what SPARQL
 * SUBSTR/STRLEN and most other languages count. Texts without surrogate pairs (nearly all
 * Chinese prose) need no table.
 */
final class CodePointOffsets {

    private final int[] codePointAtChar;

    CodePointOffsets(String text) {
        this.codePointAtChar = hasSurrogates(text) ? table(text) : null;
    }

    int of(int charOffset) {
        return codePointAtChar == null ? charOffset : codePointAtChar[charOffset];
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] table(String text) {
        int[] table = new int[text.length() + 1];
        int codePoints = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = codePoints;
            boolean secondHalfOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            if (!secondHalfOfPair) {
                codePoints++;
            }
        }
        table[text.length()] = text.codePointCount(0, text.length());
        return table;
    }
}
