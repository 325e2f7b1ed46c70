package org.asiasec.kg.nlp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;

/** Matches opening and closing quotes and brackets (“” ‘’ 《》 （） 「」 『』 〈〉 ()) within a span. */
final class QuotePairs {

    private static final String OPENERS = "“‘《（「『〈(【";
    private static final String CLOSERS = "”’》）」』〉)】";

    /** The openers and closers together: most chars of a text are neither, and a bit test says so. */
    private static final BitSet PAIR_CHARS = new BitSet();

    static {
        (OPENERS + CLOSERS).chars().forEach(PAIR_CHARS::set);
    }

    private QuotePairs() {
    }

    /**
     * For each position of [from, to): the absolute index of the matching closer if the char there
     * opens a matched pair, else -1. Unmatched openers and closers are ignored.
     */
    static int[] closingOf(String s, int from, int to) {
        int[] closing = new int[to - from];
        Arrays.fill(closing, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!PAIR_CHARS.get(c)) {
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
                continue;
            }
            int kind = CLOSERS.indexOf(c);
            if (kind < 0 || !hasOpener(s, open, OPENERS.charAt(kind))) {
                continue;
            }
            while (s.charAt(open.peek()) != OPENERS.charAt(kind)) {
                open.pop();
            }
            closing[open.pop() - from] = i;
        }
        return closing;
    }

    private static boolean hasOpener(String s, Deque<Integer> open, char opener) {
        for (int i : open) {
            if (s.charAt(i) == opener) {
                return true;
            }
        }
        return false;
    }
}
