package org.asiasec.kg.extract.relation;

/**
 * The chars of a short text, kept as 1,024 bits (a char sets the bit of its low ten bits): a char whose
 * bit is clear is not in the text, so a word opening with it is not either, and that is known without
 * scanning the text. A set bit only says the char may be there.
 */
final class CharFilter {

    private final long[] bits = new long[16];

    CharFilter(char[] text) {
        for (char c : text) {
            bits[(c & 1023) >>> 6] |= 1L << c;
        }
    }

    /** False when {@code c} is not in the text; true when it may be. */
    boolean mayHold(char c) {
        return (bits[(c & 1023) >>> 6] & (1L << c)) != 0;
    }
}
