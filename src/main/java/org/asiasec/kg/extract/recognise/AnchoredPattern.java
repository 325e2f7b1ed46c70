package org.asiasec.kg.extract.recognise;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which holds a fixed anchor that starts between {@code minLead} and
 * {@code maxLead} chars after the match start (a list of views always holds 观、 two to five chars in).
 * Its matches are those {@link Matcher#find()} gives one after another, but the pattern is tried only
 * at the few starts before each occurrence of the anchor instead of at every char of a long text.
 */
final class AnchoredPattern {

    private final Pattern pattern;
    private final String anchor;
    private final int minLead;
    private final int maxLead;

    AnchoredPattern(String regex, String anchor, int minLead, int maxLead) {
        this.pattern = Pattern.compile(regex);
        this.anchor = anchor;
        this.minLead = minLead;
        this.maxLead = maxLead;
    }

    /**
     * Each match in text order, as {@code find()} would give it: the leftmost match starting at or after
     * the previous one's end. A match starting at {@code s} holds the anchor at some {@code a} with
     * {@code s + minLead <= a <= s + maxLead}, so trying the starts before each anchor in turn, lowest
     * first, meets the leftmost match first.
     */
    void forEachMatch(String text, Consumer<MatchResult> action) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        int anchorAt = text.indexOf(anchor);
        while (anchorAt >= 0) {
            int next = anchorAt + 1;
            for (int start = Math.max(from, anchorAt - maxLead); start <= anchorAt - minLead; start++) {
                if (m.region(start, text.length()).lookingAt()) {
                    action.accept(m.toMatchResult());
                    from = m.end();
                    next = from;
                    break;
                }
            }
            anchorAt = text.indexOf(anchor, next);
        }
    }
}
