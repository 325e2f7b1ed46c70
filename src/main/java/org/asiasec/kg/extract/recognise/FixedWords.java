package org.asiasec.kg.extract.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list of fixed words found in a text as {@code Pattern.compile("w1|w2|…").matcher(text).find()}
 * finds them one after another: the leftmost occurrence, at one place the first word of the list that
 * is there, the next search after its end; or the word at one place. Scanning a long text this way reads
 * one char and tests one bit at most places, where the regex engine, or a loop over the words, tries
 * every word there.
 */
final class FixedWords {

    /** What is done with each occurrence. */
    interface Occurrence {
        void at(int start, int end);
    }

    private final BitSet firstChars = new BitSet();
    /** The first chars of the words, sorted, and for each the words opening with it, in list order. */
    private final char[] firsts;
    private final String[][] wordsByFirst;

    FixedWords(List<String> words) {
        Map<Character, List<String>> byFirst = new TreeMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word matches everywhere");
            }
            firstChars.set(w.charAt(0));
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
        firsts = new char[byFirst.size()];
        wordsByFirst = new String[byFirst.size()][];
        int i = 0;
        for (var e : byFirst.entrySet()) {
            firsts[i] = e.getKey();
            wordsByFirst[i++] = e.getValue().toArray(String[]::new);
        }
    }

    void forEachOccurrence(String text, Occurrence action) {
        int at = 0;
        while (at < text.length()) {
            String word = firstChars.get(text.charAt(at)) ? wordAt(text, at) : null;
            if (word == null) {
                at++;
            } else {
                action.at(at, at + word.length());
                at += word.length();
            }
        }
    }

    /** Length of the first word of the list that {@code text} holds at {@code at}, or 0 when none is there. */
    int lengthAt(String text, int at) {
        String word = at >= 0 && at < text.length() && firstChars.get(text.charAt(at)) ? wordAt(text, at) : null;
        return word == null ? 0 : word.length();
    }

    /** The first word of the list at {@code at}: only the words opening with the char there can be. */
    private String wordAt(String text, int at) {
        int first = Arrays.binarySearch(firsts, text.charAt(at));
        if (first < 0) {
            return null;
        }
        for (String w : wordsByFirst[first]) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }
}
