package org.asiasec.kg.extract.recognise;

import java.util.BitSet;
import java.util.List;

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

    private final List<String> words;
    private final BitSet firstChars = new BitSet();

    FixedWords(List<String> words) {
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word matches everywhere");
            }
            firstChars.set(w.charAt(0));
        }
        this.words = List.copyOf(words);
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

    private String wordAt(String text, int at) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }
}
