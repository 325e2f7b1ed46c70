package org.asiasec.kg.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Settles overlapping candidates: the longest wins (亚洲相互协作与信任措施会议 over 亚洲), then the
 * most confident, then the earliest; the result is in text order. Deterministic.
 */
public final class OverlapResolver {

    /**
     * Longest first, then most confident, then earliest, then by rule name. Written out rather than
     * chained: every text sorts thousands of candidates, and a chain calls a lambda per key.
     */
    private static final Comparator<Candidate> PREFERENCE = (a, b) -> {
        int byLength = Integer.compare(b.length(), a.length());
        if (byLength != 0) {
            return byLength;
        }
        int byConfidence = Double.compare(b.confidence(), a.confidence());
        if (byConfidence != 0) {
            return byConfidence;
        }
        int byStart = Integer.compare(a.start(), b.start());
        return byStart != 0 ? byStart : a.rule().compareTo(b.rule());
    };

    private OverlapResolver() {
    }

    public static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        List<Candidate> kept = new ArrayList<>();
        // kept spans never overlap, so ordered by start they are ordered by end too: a candidate overlaps
        // one of them exactly when it overlaps the last one starting before its end
        TreeMap<Integer, Candidate> keptByStart = new TreeMap<>();
        List<Candidate> keptEmpty = new ArrayList<>();
        for (Candidate c : sorted) {
            var before = keptByStart.lowerEntry(c.end());
            if ((before == null || !c.overlaps(before.getValue())) && keptEmpty.stream().noneMatch(c::overlaps)) {
                kept.add(c);
                if (c.length() > 0) {
                    keptByStart.put(c.start(), c);
                } else {
                    keptEmpty.add(c);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }
}
