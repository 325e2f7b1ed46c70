package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryTimeLimitTest {

    @Test
    @DisplayName("the configured limit holds when the client asks for none, and a client can only shorten it")
    void clientShortens() {
        assertEquals(new QueryTimeLimit(-1, 10_000), QueryTimeLimit.of("10000", null));
        assertEquals(new QueryTimeLimit(-1, 2_500), QueryTimeLimit.of("10000", "2.5"));
        assertEquals(new QueryTimeLimit(-1, 10_000), QueryTimeLimit.of("10000", "60"));
        assertEquals(new QueryTimeLimit(5_000, 5_000), QueryTimeLimit.of("10000,60000", "5"));
        assertEquals(new QueryTimeLimit(-1, 1), QueryTimeLimit.of("10000", "0.001"));
    }

    @Test
    @DisplayName("the time spent reading and parsing is taken from what is left, never below 1 ms")
    void spentTimeCounts() {
        assertEquals(new QueryTimeLimit(-1, 7_000), QueryTimeLimit.of("10000", null).minus(3_000));
        assertEquals(new QueryTimeLimit(-1, 1), QueryTimeLimit.of("10000", null).minus(12_000));
        assertEquals(new QueryTimeLimit(-1, -1), QueryTimeLimit.of(null, null).minus(3_000));
    }

    @Test
    @DisplayName("a timeout parameter that is not a positive number of seconds is refused, not ignored")
    void invalidParameter() {
        for (String bad : new String[] {"abc", "", "0", "0.0", "-1", "1e3", "5,10", "0.0000001", "12345678901"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryTimeLimit.requestedMillis(bad), bad);
            assertEquals(1, e.getMessage().lines().count());
        }
        assertEquals(Optional.empty(), QueryTimeLimit.requestedMillis(null));
        assertEquals(Optional.of(500L), QueryTimeLimit.requestedMillis("0.5"));
    }
}
