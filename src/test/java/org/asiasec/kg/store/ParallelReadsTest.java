package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParallelReadsTest {

    private final DatasetGraph dataset = DatabaseMgr.createDatasetGraph();

    @Test
    @DisplayName("every job runs, each in a read transaction of its own thread")
    void everyJobRunsInAReadTransaction() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Runnable job = () -> seen.add(Thread.currentThread().getName() + " " + dataset.transactionMode());
        ParallelReads.run(dataset, List.of(job, job, job));
        assertEquals(true, seen.stream().allMatch(s -> s.startsWith("read-job-") && s.endsWith(" " + ReadWrite.READ)), seen.toString());
        assertEquals(false, dataset.isInTransaction());
    }

    @Test
    @DisplayName("a failing job: its exception reaches the caller after the other jobs have finished")
    void failureIsRethrownAfterTheOthersFinish() {
        IllegalStateException broken = new IllegalStateException("disk full");
        Set<String> finished = ConcurrentHashMap.newKeySet();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> ParallelReads.run(dataset, List.of(
                () -> { throw broken; },
                () -> finished.add("second"),
                () -> finished.add("third"))));
        assertSame(broken, thrown);
        assertEquals(Set.of("second", "third"), finished);
    }

    @Test
    @DisplayName("no jobs: nothing runs, nothing fails")
    void noJobs() {
        ParallelReads.run(dataset, List.of());
        assertEquals(false, dataset.isInTransaction());
    }
}
