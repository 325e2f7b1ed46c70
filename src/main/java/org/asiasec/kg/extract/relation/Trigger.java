package org.asiasec.kg.extract.relation;

import java.util.ArrayList;
import java.util.List;

/**
 * One place where a sentence says a trigger word of a frame, outside its mentions and titles, with the
 * value the word gives the frame's slot. Longer words win where two overlap (创始成员国 over 成员国).
 */
record Trigger(String word, String value, int start, int end) {

    static List<Trigger> find(MaskedSentence s, Frame frame) {
        String masked = s.masked();
        boolean[] taken = new boolean[masked.length()];
        List<Trigger> out = new ArrayList<>();
        for (String word : frame.wordsLongestFirst()) {
            if (!s.says(word)) { // most words of a frame are not in a sentence, and says() mostly knows it from a bit
                continue;
            }
            for (int at = masked.indexOf(word); at >= 0; at = masked.indexOf(word, at + 1)) {
                if (free(taken, at, at + word.length()) && !s.insideTitle(at)) {
                    for (int i = at; i < at + word.length(); i++) {
                        taken[i] = true;
                    }
                    out.add(new Trigger(word, frame.valueOf(word), at, at + word.length()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Trigger::start));
        return out;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
