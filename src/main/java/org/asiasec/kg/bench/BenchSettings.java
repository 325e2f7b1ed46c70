package org.asiasec.kg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What to measure and how hard.
 *
 * @param scales         corpus multiples to build; latency uses the smallest and the largest
 * @param workDir        where scaled corpora, databases and child logs go
 * @param buildHeap      maximum heap of each child build JVM, e.g. "1g"
 * @param trialSeconds   length of one extraction throughput trial
 * @param queryBudget    per query and graph: no timed run starts after this
 */
public record BenchSettings(Set<Section> sections, List<Integer> scales, Path corpus, Path queries, Path workDir,
        String buildHeap, double trialSeconds, int trials, int warmups, int runs, Duration queryBudget, int coldStarts) {
}
