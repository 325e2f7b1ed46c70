package org.asiasec.kg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.asiasec.kg.bench.BenchSettings;
import org.asiasec.kg.bench.Benchmark;
import org.asiasec.kg.bench.Section;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction throughput (beside plain HanLP NER), build time and heap at several corpus scales,"
                + " query latency and server cold start; print the results as Markdown tables.",
            "Every figure is measured on this run. Builds and the cold start run in child JVMs; the full run takes many minutes."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sections", split = ",", paramLabel = "SECTION",
            description = "Sections to run, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
    List<Section> sections;

    @Option(names = "--scales", split = ",", paramLabel = "N", defaultValue = "1,10,100",
            description = "Corpus multiples to build (default: ${DEFAULT-VALUE}); latency and cold start use the smallest and the largest.")
    List<Integer> scales;

    @Option(names = "--quick", description = "Scales 1,10 only.")
    boolean quick;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Queries to time, *.rq (default: ${DEFAULT-VALUE}; the copy of queries/ in the jar if the folder is missing).")
    Path queries;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target",
            description = "Where the scaled corpora, databases and child logs go (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--build-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "Maximum heap of each child build JVM (default: ${DEFAULT-VALUE}).")
    String buildHeap;

    @Option(names = "--trial-seconds", paramLabel = "SECONDS", defaultValue = "3", description = "Length of one extraction trial (default: ${DEFAULT-VALUE}).")
    double trialSeconds;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "3", description = "Extraction trials per workload (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "5", description = "Unmeasured runs of each query first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--query-budget", paramLabel = "SECONDS", defaultValue = "10",
            description = "No more timed runs of a query start after this many seconds (default: ${DEFAULT-VALUE}).")
    int queryBudget;

    @Option(names = "--cold-starts", paramLabel = "N", defaultValue = "3", description = "Server cold starts per graph (default: ${DEFAULT-VALUE}).")
    int coldStarts;

    @Override
    public Integer call() {
        List<Integer> chosenScales = quick ? List.of(1, 10) : scales;
        if (chosenScales.isEmpty() || chosenScales.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--scales must be positive whole numbers");
        }
        if (trials < 1 || runs < 1 || warmups < 0 || coldStarts < 1 || trialSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--trials, --runs, --cold-starts and --trial-seconds must be positive");
        }
        BenchSettings settings = new BenchSettings(
                sections == null || sections.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(sections),
                chosenScales.stream().distinct().sorted().toList(), corpus.folder, queries, workDir, buildHeap,
                trialSeconds, trials, warmups, runs, Duration.ofSeconds(queryBudget), coldStarts);
        new Benchmark(settings, spec.commandLine().getOut()).run();
        return Main.OK;
    }
}
