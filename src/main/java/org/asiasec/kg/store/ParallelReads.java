package org.asiasec.kg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs read-only jobs over a finished dataset side by side, each in a read transaction of its own
 * thread (TDB2 transactions belong to a thread). The dumps and the sentence index read the same stored
 * graphs and share nothing else, so on a machine with several cores they take about the time of the
 * longest rather than of all of them together.
 */
final class ParallelReads {

    private ParallelReads() {
    }

    /** Runs every job and waits for all of them; the first job that failed has its exception rethrown. */
    static void run(DatasetGraph dataset, List<Runnable> jobs) {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, job -> {
            Thread thread = new Thread(job, "read-job-" + number.incrementAndGet());
            thread.setDaemon(true); // never keeps the JVM alive after the command has answered
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable job : jobs) {
                running.add(pool.submit(() -> Txn.executeRead(dataset, job)));
            }
            RuntimeException failure = null;
            for (Future<?> job : running) {
                try {
                    job.get();
                } catch (ExecutionException e) {
                    failure = first(failure, e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = first(failure, e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException first(RuntimeException earlier, Throwable cause) {
        if (earlier != null) {
            earlier.addSuppressed(cause);
            return earlier;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause.getMessage(), cause);
    }
}
