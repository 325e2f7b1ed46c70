package org.asiasec.kg.lexicon;

import java.util.BitSet;
import java.util.Collection;

/**
 * What every name of a set has in common: its length lies between the shortest and the longest name,
 * and its first char is the first char of some name. Recognisers look up every word and many
 * substrings of a text among the lexicon's names; most of them fail these tests, which cost a char
 * read and a bit test instead of hashing a fresh string.
 */
final class NameShape {

    private final int shortest;
    private final int longest;
    private final BitSet firstChars = new BitSet();

    NameShape(Collection<String> names) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String name : names) {
            min = Math.min(min, name.length());
            max = Math.max(max, name.length());
            if (!name.isEmpty()) {
                firstChars.set(name.charAt(0));
            }
        }
        this.shortest = min;
        this.longest = max;
    }

    /** False when {@code word} cannot be one of the names; true when it may be. */
    boolean admits(String word) {
        if (word == null) {
            return false;
        }
        int n = word.length();
        return n >= shortest && n <= longest && n > 0 && firstChars.get(word.charAt(0));
    }
}
