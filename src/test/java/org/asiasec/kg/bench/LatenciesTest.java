package org.asiasec.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    @DisplayName("percentiles by nearest rank are measured values: of 1..100 ms, p50 = 50 and p99 = 99")
    void nearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L; // given in reverse order
        }
        Latencies l = new Latencies(nanos);
        assertEquals(50.0, l.p50());
        assertEquals(99.0, l.p99());
        assertEquals(100.0, l.max());
    }

    @Test
    @DisplayName("with fewer than a hundred runs, p99 is the slowest run")
    void fewRuns() {
        Latencies l = new Latencies(new long[] {3_000_000, 1_000_000, 2_000_000});
        assertEquals(2.0, l.p50());
        assertEquals(3.0, l.p99());
    }
}
