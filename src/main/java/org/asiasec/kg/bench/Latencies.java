package org.asiasec.kg.bench;

import java.util.Arrays;

/** Percentiles of measured durations, by the nearest-rank method (a percentile is always a measured value). */
public final class Latencies {

    private final long[] sortedNanos;

    public Latencies(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The {@code q}-quantile (0 < q ≤ 1) in milliseconds. */
    public double millis(double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    public double p50() {
        return millis(0.50);
    }

    public double p99() {
        return millis(0.99);
    }

    public double max() {
        return millis(1.0);
    }
}
