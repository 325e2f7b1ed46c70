package org.asiasec.kg.corpus;

import java.util.Arrays;

/**
 * A short piece of text (one line) in which every char remembers the original span it came from.
 * The normaliser's line stages each turn one into another.
 */
final class MappedText {

    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    private final int length;

    private MappedText(char[] chars, int[] starts, int[] ends, int length) {
        this.chars = chars;
        this.starts = starts;
        this.ends = ends;
        this.length = length;
    }

    /** The original chars [from, to) as they are. */
    static MappedText copyOf(String original, int from, int to) {
        Builder b = new Builder(to - from);
        for (int i = from; i < to; i++) {
            b.add(original.charAt(i), i, i + 1);
        }
        return b.build();
    }

    int length() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }

    char charAt(int i) {
        return chars[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    char first() {
        return chars[0];
    }

    char last() {
        return chars[length - 1];
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    static final class Builder {
        private char[] chars;
        private int[] starts;
        private int[] ends;
        private int length;

        Builder(int capacity) {
            int n = Math.max(capacity, 8);
            chars = new char[n];
            starts = new int[n];
            ends = new int[n];
        }

        /** Appends {@code c}, standing for the original chars [start, end). */
        Builder add(char c, int start, int end) {
            if (length == chars.length) {
                int n = length * 2;
                chars = Arrays.copyOf(chars, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            chars[length] = c;
            starts[length] = start;
            ends[length] = end;
            length++;
            return this;
        }

        /** Appends char {@code i} of {@code source} with its mapping. */
        Builder copy(MappedText source, int i) {
            return add(source.chars[i], source.starts[i], source.ends[i]);
        }

        /** Appends chars [from, to) of {@code source} with their mapping. */
        Builder copy(MappedText source, int from, int to) {
            for (int i = from; i < to; i++) {
                copy(source, i);
            }
            return this;
        }

        /** Appends {@code c} standing for chars [from, to) of {@code source}. */
        Builder replace(char c, MappedText source, int from, int to) {
            return add(c, source.starts[from], source.ends[to - 1]);
        }

        int length() {
            return length;
        }

        char charAt(int i) {
            return chars[i];
        }

        void setChar(int i, char c) {
            chars[i] = c;
        }

        MappedText build() {
            return new MappedText(chars, starts, ends, length);
        }
    }
}
