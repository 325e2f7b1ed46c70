package org.asiasec.kg.corpus;

/** Character classes the normaliser and the sentence splitter reason with. */
public final class CjkChars {

    private CjkChars() {
    }

    /** A Han character (CJK unified ideographs, extension A, compatibility ideographs, 〇). */
    public static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF
                || c == '〇';
    }

    /** Full-width (CJK) punctuation: 。，、；：？！“”‘’（）《》【】「」『』—…· and similar. */
    public static boolean isCjkPunctuation(char c) {
        return c >= 0x3000 && c <= 0x303F && c != 0x3000 || c >= 0xFF01 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20
                || c >= 0xFF3B && c <= 0xFF40 || c >= 0xFF5B && c <= 0xFF65
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' || c == '–';
    }

    /** Han or full-width punctuation: a char around which spaces are layout, not word separators. */
    public static boolean isCjk(char c) {
        return isHan(c) || isCjkPunctuation(c);
    }

    /** Whitespace including the ideographic space and no-break space. */
    public static boolean isSpace(char c) {
        if (c > '\u3000') { // Han and the rest of most texts: above every white-space char but U+FEFF
            return c == '\uFEFF';
        }
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f' || c == '\u200B'
                || c == '\uFEFF' || Character.isWhitespace(c) && c != '\n' && c != '\r';
    }

    public static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Width on a printed page: two units for CJK and other wide chars, one for ASCII. */
    public static int displayWidth(char c) {
        return c < 0x1100 ? 1 : 2;
    }

    /** Chars that end a sentence: 。！？ (full or half width) and the ellipsis. */
    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '．';
    }

    /** Closing quotes and brackets that stay with the sentence end before them. */
    public static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '】'
                || c == '〕' || c == '"' || c == '\'';
    }
}
