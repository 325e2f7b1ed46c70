package org.asiasec.kg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.model.ExtractionSink;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * Extraction speed beside plain HanLP named-entity segmentation on the same texts in the same JVM.
 * <p>
 * HanLP's custom dictionary is one per JVM and our extractor adds the domain lexicon to it, which
 * changes plain HanLP's work too. So plain HanLP is measured twice: before the extractor exists
 * (HanLP's own dictionaries only) and after (with our lexicon in its custom dictionary, the same
 * dictionary state our extractor segments with). Every workload is warmed up until steady first, and the trials
 * of the workloads are interleaved so that a change in machine load hits all of them alike; the
 * median trial is reported.
 */
final class ExtractionBench {

    static final String HANLP_OWN = "plain HanLP NER (own dictionaries, before our lexicon)";
    static final String HANLP_LEXICON = "plain HanLP NER (our lexicon in its custom dictionary)";
    static final String OURS = "our extractor (StandardExtractor)";

    /** One workload's trials on a number of threads. */
    record Rate(String workload, int threads, List<Double> trials) {
        double median() {
            List<Double> sorted = trials.stream().sorted().toList();
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    record Result(long charsPerPass, int texts, int cores, List<Rate> rates) {
        Rate rate(String workload, int threads) {
            return rates.stream().filter(r -> r.workload().equals(workload) && r.threads() == threads).findFirst().orElseThrow();
        }
    }

    /** Unmeasured passes of a workload at most, before its trials (see {@link #warmUp}). */
    static final int MAX_WARMUPS = 6;
    /** Two warm-up passes in a row within this fraction of each other: the JIT has caught up. */
    static final double STEADY = 0.10;

    private final long trialNanos;
    private final int trials;

    ExtractionBench(double trialSeconds, int trials) {
        this.trialNanos = (long) (trialSeconds * 1e9);
        this.trials = trials;
    }

    Result run(List<SourceText> texts) {
        int cores = Runtime.getRuntime().availableProcessors();
        Consumer<SourceText> hanlp = plainHanLp();
        List<Rate> rates = new ArrayList<>();
        rates.add(measure(HANLP_OWN, 1, texts, hanlp));

        Extractor extractor = new StandardExtractor(); // as the build command makes it; installs the lexicon
        Map<String, Consumer<SourceText>> workloads = new LinkedHashMap<>();
        workloads.put(HANLP_LEXICON, hanlp);
        workloads.put(OURS, text -> extractor.extract(text, ExtractionSink.discarding()));
        List<Integer> threadCounts = cores == 1 ? List.of(1) : List.of(1, cores);
        List<Rate> interleaved = new ArrayList<>();
        for (var w : workloads.entrySet()) {
            for (int threads : threadCounts) {
                warmUp(texts, w.getValue(), threads);
                interleaved.add(new Rate(w.getKey(), threads, new ArrayList<>()));
            }
        }
        for (int trial = 0; trial < trials; trial++) {
            for (Rate rate : interleaved) {
                rate.trials().add(Throughput.charsPerSecond(texts, workloads.get(rate.workload()), rate.threads(), trialNanos));
            }
        }
        rates.addAll(interleaved);
        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        return new Result(chars, texts.size(), cores, rates);
    }

    private Rate measure(String workload, int threads, List<SourceText> texts, Consumer<SourceText> task) {
        warmUp(texts, task, threads);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            values.add(Throughput.charsPerSecond(texts, task, threads, trialNanos));
        }
        return new Rate(workload, threads, values);
    }

    /**
     * Runs {@code task} unmeasured, one trial's length at a time, until two passes in a row agree within
     * {@link #STEADY} (at most {@link #MAX_WARMUPS} passes). Our extractor has far more code for the JIT to
     * compile than HanLP's segmenter: after one warm-up pass its first trial still ran at a third of the
     * speed of the later ones, in every run.
     */
    private void warmUp(List<SourceText> texts, Consumer<SourceText> task, int threads) {
        double previous = 0;
        for (int pass = 0; pass < MAX_WARMUPS; pass++) {
            double rate = Throughput.charsPerSecond(texts, task, threads, trialNanos);
            if (previous > 0 && Math.abs(rate - previous) <= STEADY * Math.max(rate, previous)) {
                return;
            }
            previous = rate;
        }
    }

    /**
     * HanLP's standard segmenter with person, place and organisation recognition, one per thread (a
     * segment is not meant to be shared), each text segmented whole.
     */
    private static Consumer<SourceText> plainHanLp() {
        Supplier<Segment> segments = () -> HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        ThreadLocal<Segment> segment = ThreadLocal.withInitial(segments);
        return text -> segment.get().seg(text.text());
    }
}
