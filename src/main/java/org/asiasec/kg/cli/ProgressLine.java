package org.asiasec.kg.cli;

import org.slf4j.Logger;

/** Logs "texts done/total, triples" at most twice a second, and always for the first and last text. */
final class ProgressLine {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final Logger log;
    private long last = System.nanoTime() - INTERVAL_NANOS;

    ProgressLine(Logger log) {
        this.log = log;
    }

    void update(int done, int total, long triples) {
        long now = System.nanoTime();
        if (done == 1 || done == total || now - last >= INTERVAL_NANOS) {
            last = now;
            log.info("texts {}/{}, triples {}", done, total, triples);
        }
    }
}
