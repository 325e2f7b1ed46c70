package org.asiasec.kg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.asiasec.kg.corpus.SourceText;

/**
 * Characters per second of a per-text task, on a given number of threads. The threads take texts
 * from one shared round-robin queue until time is up, so no thread idles while another still has a
 * long text (texts differ a lot in length); the clock stops when the last text in hand is done.
 */
final class Throughput {

    private Throughput() {
    }

    static double charsPerSecond(List<SourceText> texts, Consumer<SourceText> task, int threads, long nanos) {
        AtomicLong next = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + nanos;
        Runnable worker = () -> {
            while (System.nanoTime() < deadline) {
                SourceText text = texts.get((int) (next.getAndIncrement() % texts.size()));
                task.accept(text);
                chars.addAndGet(text.text().length());
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(worker, "bench-" + i);
                workers.add(t);
                t.start();
            }
            for (Thread t : workers) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while measuring", e);
                }
            }
        }
        return chars.get() / ((System.nanoTime() - start) / 1e9);
    }
}
