package org.asiasec.kg.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.SourceText;

/** Runs the selected sections and prints each one's table (Markdown) as soon as it is measured. */
public final class Benchmark {

    private final BenchSettings settings;
    private final PrintWriter out;
    private final BenchCorpus corpus;
    private final Map<Integer, BuildBench.Result> builds = new LinkedHashMap<>();

    public Benchmark(BenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
        this.corpus = new BenchCorpus(settings.corpus());
    }

    public void run() {
        try {
            Files.createDirectories(settings.workDir());
        } catch (java.io.IOException e) {
            throw new UserException("cannot create " + settings.workDir() + ": " + e.getMessage(), e);
        }
        header();
        if (settings.sections().contains(Section.extraction)) {
            extraction();
        }
        if (settings.sections().contains(Section.build)) {
            build();
        }
        if (settings.sections().contains(Section.latency)) {
            latency();
        }
        if (settings.sections().contains(Section.coldstart)) {
            coldStart();
        }
        if (settings.sections().contains(Section.ingest)) {
            ingest(); // last: it changes the database (and changes it back)
        }
    }

    private void header() {
        Machine m = Machine.current();
        List<SourceText> texts = corpus.read();
        out.printf("# AsiaSec KG benchmark, %s%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.printf("- Machine: %d cores (%s), %.1f GiB memory, load average %.2f at start%n",
                m.cores(), m.cpuModel(), m.physicalMemoryBytes() / (double) (1L << 30), m.loadAverage());
        out.printf("- JDK: %s on %s; this JVM's max heap %d MiB%n", m.jdk(), m.os(), m.maxHeapBytes() >> 20);
        out.printf("- This JVM's options (extraction runs in it): %s%n",
                m.jvmOptions().isEmpty() ? "none" : String.join(" ", m.jvmOptions()));
        out.printf("- Corpus: %s, %d texts, %,d characters%n", settings.corpus(), texts.size(),
                texts.stream().mapToLong(t -> t.text().length()).sum());
        out.printf("- Sections: %s; scales: %s%n%n", settings.sections(), settings.scales());
        out.flush();
    }

    private void extraction() {
        double loadBefore = Machine.loadNow();
        ExtractionBench.Result r = new ExtractionBench(settings.trialSeconds(), settings.trials()).run(corpus.read());
        int cores = r.cores();
        out.printf("## Extraction throughput%n%n");
        out.printf("Characters per second over the %d corpus texts (%,d characters a pass), in this JVM, warm: each"
                + " workload ran unmeasured, %.1f s at a time, until two passes in a row agreed within %.0f %% (at most %d),"
                + " then %d trials of %.1f s (interleaved between workloads), median shown."
                + " Threads take whole texts from one queue (parallel across texts); on several threads the rate is"
                + " the sum of each thread's characters over its own time to the end of its last text (the wait for"
                + " the last text in hand at the end of a trial is not counted). Plain HanLP NER ="
                + " `HanLP.newSegment()` with person, place and organisation recognition, each text segmented whole."
                + " HanLP's custom dictionary is JVM-wide and our extractor adds the domain lexicon to it, so plain"
                + " HanLP is measured before our extractor exists and again after, on the same dictionary as ours.%n%n",
                r.texts(), r.charsPerPass(), settings.trialSeconds(), ExtractionBench.STEADY * 100, ExtractionBench.MAX_WARMUPS,
                settings.trials(), settings.trialSeconds());
        Table table = new Table("workload", "threads", "chars/s (median)", "trials (chars/s)");
        for (ExtractionBench.Rate rate : r.rates()) {
            table.row(rate.workload(), String.valueOf(rate.threads()), String.format("%,.0f", rate.median()),
                    rate.trials().stream().map(v -> String.format("%,.0f", v)).toList().toString());
        }
        table.print(out);
        double ours1 = r.rate(ExtractionBench.OURS, 1).median();
        double hanlpSame = r.rate(ExtractionBench.HANLP_LEXICON, 1).median();
        double hanlpOwn = r.rate(ExtractionBench.HANLP_OWN, 1).median();
        out.printf("%n- ours, 1 thread ÷ plain HanLP NER, 1 thread (same dictionary): **%.2f** (acceptance ≥ 0.50);"
                + " ÷ plain HanLP NER with its own dictionaries only: %.2f%n", ours1 / hanlpSame, ours1 / hanlpOwn);
        if (cores > 1) {
            double oursAll = r.rate(ExtractionBench.OURS, cores).median();
            double hanlpAll = r.rate(ExtractionBench.HANLP_LEXICON, cores).median();
            out.printf("- ours, %d threads ÷ ours, 1 thread: **%.2f** (acceptance ≥ 1.6 with two cores);"
                    + " plain HanLP NER, %d threads ÷ 1 thread: %.2f%n", cores, oursAll / ours1, cores, hanlpAll / hanlpSame);
        }
        out.printf("- load average: %.2f before, %.2f after%n%n", loadBefore, Machine.loadNow());
        out.flush();
    }

    private void build() {
        double loadBefore = Machine.loadNow();
        out.printf("## Build%n%n");
        out.printf("The `build` command on the corpus × N (copies under %s/bench-corpus-xN, each copy a source of its own),"
                + " each in a child JVM with -Xmx%s; time = the child's wall time, JVM start and HanLP loading included."
                + " Heap from the child's GC log: peak used = most heap in use at any collection or at exit (garbage"
                + " included); after GC = most heap still in use right after a collection (young collections leave"
                + " old garbage in place, so this bounds the live data from above).%n%n",
                settings.workDir(), settings.buildHeap());
        Table table = new Table("scale", "texts", "characters", "result", "time (s)", "triples", "triples/s", "chars/s",
                "peak heap used (MiB)", "max heap after GC (MiB)", "GCs");
        for (int scale : settings.scales()) {
            BuildBench.Result b = buildAt(scale);
            table.row("× " + scale, String.valueOf(b.texts()), String.format("%,d", b.chars()),
                    b.ok() ? "ok" : "FAILED (exit " + b.exitCode() + ", see " + b.log() + ")",
                    String.format("%.1f", b.seconds()), b.triples() < 0 ? "not reported" : String.format("%,d", b.triples()),
                    b.triples() < 0 ? "" : String.format("%,.0f", b.triplesPerSecond()), String.format("%,.0f", b.chars() / b.seconds()),
                    String.valueOf(b.heap().peakUsedBytes() >> 20), String.valueOf(b.heap().peakAfterGcBytes() >> 20),
                    String.valueOf(b.heap().collections()));
        }
        table.print(out);
        out.println();
        List<Integer> scales = settings.scales();
        for (int i = 1; i < scales.size(); i++) {
            BuildBench.Result small = builds.get(scales.get(i - 1));
            BuildBench.Result large = builds.get(scales.get(i));
            out.printf("- × %d → × %d: input × %.0f, time × %.2f, triples × %.2f%n", small.scale(), large.scale(),
                    large.chars() / (double) small.chars(), large.seconds() / small.seconds(),
                    large.triples() / (double) small.triples());
        }
        out.printf("- load average: %.2f before, %.2f after%n%n", loadBefore, Machine.loadNow());
        out.flush();
    }

    private BuildBench.Result buildAt(int scale) {
        BuildBench.Result result = new BuildBench(corpus, settings.workDir(), settings.buildHeap()).run(scale);
        builds.put(scale, result);
        return result;
    }

    /** The database of a scale, built now (untimed in the report) unless the build section made it. */
    private Path database(int scale) {
        BuildBench.Result built = builds.get(scale);
        if (built == null) {
            built = buildAt(scale);
        }
        if (!built.ok()) {
            throw new UserException("the build of the corpus × " + scale + " failed; see " + built.log());
        }
        return BuildBench.database(settings.workDir(), scale);
    }

    private void latency() {
        double loadBefore = Machine.loadNow();
        BenchQueries queries = BenchQueries.load(settings.queries());
        List<Integer> scales = latencyScales();
        Map<Integer, List<QueryLatency.Result>> byScale = new LinkedHashMap<>();
        QueryLatency timer = new QueryLatency(settings.warmups(), settings.runs(), settings.queryBudget());
        for (int scale : scales) {
            byScale.put(scale, timer.run(database(scale), queries, settings.workDir().resolve("bench-latency-x" + scale + ".log")));
        }
        out.printf("## Query latency%n%n");
        out.printf("Every query of %s, over HTTP (GET, JSON results or Turtle for graphs, body read in full) against `serve`"
                + " in a child JVM (%s) on the TDB2 database, one client, %d warm-up runs then up to %d timed runs"
                + " (fewer when a query's runs exceed %d s). Milliseconds; percentiles by nearest rank"
                + " (with n runs, p99 is the slowest but ⌊n/100⌋).%n%n",
                queries.origin(), ServeProcess.jvmOptions().isEmpty() ? "no options" : String.join(" ", ServeProcess.jvmOptions()),
                settings.warmups(), settings.runs(), settings.queryBudget().toSeconds());
        List<String> columns = new ArrayList<>(List.of("query"));
        for (int scale : scales) {
            columns.addAll(List.of("× " + scale + " p50", "× " + scale + " p99", "× " + scale + " runs"));
        }
        columns.add("× " + scales.get(scales.size() - 1) + " result bytes");
        Table table = new Table(columns.toArray(String[]::new));
        for (int q = 0; q < queries.queries().size(); q++) {
            List<String> row = new ArrayList<>(List.of(queries.queries().get(q).name()));
            QueryLatency.Result last = null;
            for (int scale : scales) {
                QueryLatency.Result r = byScale.get(scale).get(q);
                if (r.ok()) {
                    row.addAll(List.of(String.format("%.1f", r.latencies().p50()), String.format("%.1f", r.latencies().p99()),
                            String.valueOf(r.latencies().count())));
                } else {
                    row.addAll(List.of("error " + r.status(), Table.cell(r.error()), "0"));
                }
                last = r;
            }
            row.add(String.format("%,d", last.bytes()));
            table.row(row.toArray(String[]::new));
        }
        table.print(out);
        int largest = scales.get(scales.size() - 1);
        long slow = byScale.get(largest).stream().filter(r -> !r.ok() || r.latencies().p50() >= 50).count();
        out.printf("%n- queries with p50 ≥ 50 ms or an error on × %d: %d of %d (acceptance: none)%n", largest, slow,
                queries.queries().size());
        out.printf("- load average: %.2f before, %.2f after%n%n", loadBefore, Machine.loadNow());
        out.flush();
    }

    private List<Integer> latencyScales() {
        int smallest = settings.scales().stream().min(Integer::compare).orElseThrow();
        int largest = settings.scales().stream().max(Integer::compare).orElseThrow();
        return smallest == largest ? List.of(smallest) : List.of(smallest, largest);
    }

    private void coldStart() {
        double loadBefore = Machine.loadNow();
        Table table = new Table("graph", "runs (s)", "median (s)");
        for (int scale : latencyScales()) {
            Path db = database(scale);
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < settings.coldStarts(); i++) {
                try (ServeProcess server = ServeProcess.start(db, settings.workDir().resolve("bench-serve-x" + scale + ".log"))) {
                    seconds.add(server.secondsToFirstAnswer());
                }
            }
            List<Double> sorted = seconds.stream().sorted().toList();
            table.row("× " + scale, seconds.stream().map(s -> String.format("%.2f", s)).toList().toString(),
                    String.format("%.2f", sorted.get((sorted.size() - 1) / 2)));
        }
        out.printf("## Server cold start%n%n");
        out.printf("A child JVM (default heap, %s) runs `serve --db DB --port P` on an existing database; time from"
                + " starting the process to the first HTTP 200 from /kg/sparql (polled every 20 ms). Acceptance < 5 s.%n%n",
                ServeProcess.jvmOptions().isEmpty() ? "no options" : String.join(" ", ServeProcess.jvmOptions()));
        table.print(out);
        out.printf("%n- load average: %.2f before, %.2f after%n%n", loadBefore, Machine.loadNow());
        out.flush();
    }

    private void ingest() {
        double loadBefore = Machine.loadNow();
        IngestBench bench = new IngestBench();
        Path text = corpus.files().get(0);
        Table table = new Table("database", "triples after ingest", "ingest (s)", "its write transaction (s)", "remove (s)",
                "its write transaction (s)");
        for (int scale : latencyScales()) {
            IngestBench.Result r = bench.run(scale, database(scale), text, settings.workDir());
            table.row("× " + scale, String.format("%,d", r.quadsAfter()), String.format("%.2f", r.ingestSeconds()),
                    String.format("%.2f", r.ingestWriteSeconds()), String.format("%.2f", r.removeSeconds()),
                    String.format("%.2f", r.removeWriteSeconds()));
        }
        out.printf("## Ingest%n%n");
        out.printf("`ingest` of one text (%s, copied as %s) into the database of each scale, then `ingest --remove` of it,"
                + " in this JVM (extractor loaded once before; dumps marked stale, not written). The write transaction"
                + " replaces the graphs and the union default graph and counts the description anew; the rest is"
                + " reading and extracting the text.%n%n", text.getFileName(), IngestBench.PROBE);
        table.print(out);
        out.printf("%n- load average: %.2f before, %.2f after%n%n", loadBefore, Machine.loadNow());
        out.flush();
    }
}
