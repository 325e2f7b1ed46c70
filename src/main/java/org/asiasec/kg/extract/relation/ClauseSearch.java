package org.asiasec.kg.extract.relation;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The matches of a pattern that starts at the start of a clause and ends inside it, with one of some
 * words in what it matches, found as {@link Matcher#find()} finds them but tried only at the starts
 * of the clauses that hold one of the words: a sentence of many clauses has few with the word, and
 * the pattern's lazy lead is costly at every clause start.
 */
final class ClauseSearch {

    private final String marks;
    private final List<String> words;

    /**
     * @param marks what ends a clause: the pattern matches from the sentence start or right after one of
     *              these, and holds none of them
     * @param words the pattern holds one of these in every match; none of them holds a mark
     */
    ClauseSearch(String marks, List<String> words) {
        this.marks = marks;
        this.words = List.copyOf(words);
    }

    /**
     * The next match starting at or after {@code from}, as {@code m.find(from)} gives it, or false when
     * there is none. A match starts at a clause start, in a clause with one of the words, so the pattern
     * is tried there only, in text order. The matcher's bounds are made transparent and not anchoring:
     * look-behinds see the mark before a clause, and ^ matches at the sentence start only, as in find().
     */
    boolean find(Matcher m, String text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int start = clauseStartAtOrAfter(text, from);
        while (start <= text.length()) {
            int end = clauseEnd(text, start);
            if (holdsWord(text, start, end) && m.region(start, text.length()).lookingAt()) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private int clauseStartAtOrAfter(String text, int from) {
        if (from == 0 || from <= text.length() && marks.indexOf(text.charAt(from - 1)) >= 0) {
            return from;
        }
        return clauseEnd(text, from) + 1;
    }

    private int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private boolean holdsWord(String text, int start, int end) {
        for (String w : words) {
            int at = text.indexOf(w, start);
            if (at >= 0 && at + w.length() <= end) {
                return true;
            }
        }
        return false;
    }
}
