package org.asiasec.kg.server;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.sparql.engine.Timeouts;

/**
 * The time a query may take: the dataset's {@code arq:queryTimeout} ("10000" or "10000,60000", in
 * milliseconds), shortened by a client's {@code timeout} parameter (seconds, a fraction allowed:
 * {@code timeout=0.5}). Fuseki itself ignores a {@code timeout} it cannot read; here it is refused,
 * so that a client never believes a limit is set that is not.
 */
record QueryTimeLimit(long firstResultMillis, long overallMillis) {

    static final long UNSET = -1;

    /** @throws IllegalArgumentException with a one-line message when {@code timeout} is not a positive number of seconds */
    static QueryTimeLimit of(String configured, String requested) {
        long first = UNSET;
        long overall = UNSET;
        if (configured != null) {
            Pair<Long, Long> fromConfig = Timeouts.parseTimeoutStr(configured, TimeUnit.MILLISECONDS);
            if (fromConfig != null) {
                first = fromConfig.getLeft();
                overall = fromConfig.getRight();
            }
        }
        Optional<Long> asked = requestedMillis(requested);
        if (asked.isPresent()) {
            overall = overall < 0 ? asked.get() : Math.min(overall, asked.get());
            first = first < 0 ? UNSET : Math.min(first, overall);
        }
        return new QueryTimeLimit(first, overall);
    }

    /** The client's {@code timeout} in milliseconds (at least 1), if given. */
    static Optional<Long> requestedMillis(String seconds) {
        if (seconds == null) {
            return Optional.empty();
        }
        String s = seconds.strip();
        if (!s.matches("\\d{1,9}(\\.\\d{1,6})?")) {
            throw new IllegalArgumentException("the timeout parameter must be a positive number of seconds, such as 5 or 0.5, not \""
                    + abbreviate(seconds) + "\"");
        }
        BigDecimal millis = new BigDecimal(s).movePointRight(3);
        if (millis.signum() <= 0) {
            throw new IllegalArgumentException("the timeout parameter must be more than 0 seconds, not \"" + abbreviate(seconds) + "\"");
        }
        return Optional.of(Math.max(1, millis.longValue()));
    }

    /** The same limits with {@code spentMillis} already used up (by reading and parsing the request). */
    QueryTimeLimit minus(long spentMillis) {
        return new QueryTimeLimit(less(firstResultMillis, spentMillis), less(overallMillis, spentMillis));
    }

    boolean isSet() {
        return overallMillis >= 0 || firstResultMillis >= 0;
    }

    /** The smaller of the two limits that are set; {@link #UNSET} when neither is. */
    long earliestMillis() {
        if (firstResultMillis < 0) {
            return overallMillis;
        }
        return overallMillis < 0 ? firstResultMillis : Math.min(firstResultMillis, overallMillis);
    }

    private static long less(long limit, long spent) {
        return limit < 0 ? UNSET : Math.max(1, limit - spent);
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
