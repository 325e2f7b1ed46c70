package org.asiasec.kg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.asiasec.kg.corpus.SourceText;

/**
 * Characters per second of a per-text task, on a given number of threads. The threads take texts
 * from one shared round-robin queue until time is up, so no thread idles while another still has a
 * long text (texts differ a lot in length); each thread then finishes the text in hand.
 * <p>
 * The rate is the sum of the threads' own rates, each thread's characters over the time from the start
 * to the end of its last text. Dividing all characters by the time the slowest thread took instead
 * would count as idle the wait of the threads done first for the last text in hand: up to a whole
 * text's time per trial, which for a slow task on long texts is a sizeable part of a few-second
 * trial, and which a longer run (a real build) does not have. With one thread both are the same.
 */
final class Throughput {

    private Throughput() {
    }

    static double charsPerSecond(List<SourceText> texts, Consumer<SourceText> task, int threads, long nanos) {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + nanos;
        double[] rates = new double[threads];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int worker = i;
            Runnable work = () -> {
                long chars = 0;
                long lastEnd = System.nanoTime();
                while (lastEnd < deadline) {
                    SourceText text = texts.get((int) (next.getAndIncrement() % texts.size()));
                    task.accept(text);
                    chars += text.text().length();
                    lastEnd = System.nanoTime();
                }
                rates[worker] = chars / ((lastEnd - start) / 1e9);
            };
            if (threads == 1) {
                work.run();
            } else {
                Thread t = new Thread(work, "bench-" + i);
                workers.add(t);
                t.start();
            }
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
        double total = 0;
        for (double rate : rates) {
            total += rate;
        }
        return total;
    }
}
