package org.asiasec.kg.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * Hits out of cases per figure, under score.py's keys: {@code ent:T} (core entities of type T found),
 * {@code prec:T} (nodes of type T named like a gold entity; {@code prec:Meeting} for dated meetings),
 * {@code fact:K} and {@code strict:K} (gold facts of kind K found, loosely and strictly),
 * {@code factP:K} (asserted facts of kind K that the gold has).
 */
public final class Tally {

    /** One figure: hits out of cases. */
    public record Count(int hits, int cases) {
        public double ratio() {
            return cases == 0 ? 0.0 : (double) hits / cases;
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    void add(String key, boolean hit) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
    }

    void addAll(Tally other) {
        other.counts.forEach((key, c) -> {
            int[] mine = counts.computeIfAbsent(key, k -> new int[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
    }

    /** The figure under a key; 0 of 0 when nothing was counted. */
    public Count get(String key) {
        int[] c = counts.get(key);
        return c == null ? new Count(0, 0) : new Count(c[0], c[1]);
    }

    /** The sum of the figures whose key starts with the prefix ({@code "fact:"}: every kind). */
    public Count sum(String prefix) {
        int hits = 0;
        int cases = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                hits += e.getValue()[0];
                cases += e.getValue()[1];
            }
        }
        return new Count(hits, cases);
    }

    /** Every key counted, in sorted order. */
    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(counts.keySet());
    }
}
