package org.asiasec.kg.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlapping candidates: the longest wins (亚洲相互协作与信任措施会议 over 亚洲), then the
 * most confident, then the earliest; the result is in text order. Deterministic.
 */
public final class OverlapResolver {

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
            .thenComparingInt(Candidate::start)
            .thenComparing(Candidate::rule);

    private OverlapResolver() {
    }

    public static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }
}
