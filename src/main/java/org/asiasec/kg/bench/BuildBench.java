package org.asiasec.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.io.IOX;

/**
 * Times the real {@code build} command on a scaled corpus, in a child JVM with a fixed maximum heap,
 * and reads the child's heap use from its GC log. The time is the child's wall time, JVM start and
 * HanLP's dictionary loading included.
 */
final class BuildBench {

    record Result(int scale, int texts, long chars, int exitCode, double seconds, long triples, GcLog heap, Path log) {
        boolean ok() {
            return exitCode == 0;
        }

        double triplesPerSecond() {
            return triples / seconds;
        }
    }

    private static final Pattern TRIPLES = Pattern.compile("(\\d+) triples");

    private final BenchCorpus corpus;
    private final Path workDir;
    private final String maxHeap;
    private final long corpusChars;

    BuildBench(BenchCorpus corpus, Path workDir, String maxHeap) {
        this.corpus = corpus;
        this.corpusChars = corpus.read().stream().mapToLong(t -> t.text().length()).sum();
        this.workDir = workDir;
        this.maxHeap = maxHeap;
    }

    static Path database(Path workDir, int scale) {
        return workDir.resolve("bench-db-x" + scale);
    }

    Result run(int scale) {
        Path texts = corpus.scaled(scale, workDir);
        Path db = database(workDir, scale);
        Path gcLog = workDir.resolve("bench-build-x" + scale + ".gc.log");
        Path output = workDir.resolve("bench-build-x" + scale + ".log");
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + maxHeap));
        jvm.addAll(GcLog.options(gcLog));
        List<String> command = ChildJava.command(jvm,
                List.of("build", "--corpus", texts.toString(), "--db", db.toString()));
        try {
            IOX.deleteAll(db);
            Files.deleteIfExists(gcLog);
            long start = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            int exit = child.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            String log = Files.readString(output);
            return new Result(scale, scale * corpus.texts(), scale * corpusChars, exit, seconds, triples(log),
                    Files.exists(gcLog) ? GcLog.read(gcLog) : new GcLog(0, 0, 0), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the build of " + texts, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + texts, e);
        }
    }

    /** The statement count the build command printed ("built …: 5 texts, 18738 triples …"), or -1. */
    private static long triples(String log) {
        long found = -1;
        for (String line : log.lines().filter(l -> l.startsWith("built ")).toList()) {
            Matcher m = TRIPLES.matcher(line);
            if (m.find()) {
                found = Long.parseLong(m.group(1));
            }
        }
        return found;
    }
}
