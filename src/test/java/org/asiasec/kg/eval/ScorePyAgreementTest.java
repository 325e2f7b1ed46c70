package org.asiasec.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.extract.StandardExtractor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} and the development set's own scorer agree: score.py run on the files of
 * {@code extract --format trig --out-dir} gives the same figures, within 0.01, as {@code eval} gives
 * in-process. Skipped, with a message, where {@code ../shared/devset} or {@code /usr/bin/python3}
 * with rdflib is missing (CI has both: .ci/run installs python3-rdflib).
 */
class ScorePyAgreementTest {

    private static final Path DEVSET = Path.of("..", "shared", "devset");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    /** score.py's TOTAL lines: {@code   fact:meeting   63/439  0.14}. */
    private static final Pattern TOTAL_LINE = Pattern.compile("^\\s+(\\S+:\\S+)\\s+(\\d+)/(\\d+)\\s+\\S+$");

    @TempDir
    Path temp;

    @Test
    @DisplayName("eval 与 score.py 在开发集上的每个数字相差不超过 0.01")
    void sameFiguresAsScorePy() throws Exception {
        assumeTrue(Files.isRegularFile(DEVSET.resolve("score.py")) && Files.isDirectory(DEVSET.resolve("gold")),
                "skipped: no development set at " + DEVSET.toAbsolutePath().normalize());
        assumeTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import rdflib"), temp).exitCode == 0,
                "skipped: " + PYTHON + " with rdflib is not installed (apt-get install python3-rdflib)");

        Path rdf = Files.createDirectory(temp.resolve("rdf"));
        Path docs = DEVSET.resolve("docs");
        Outcome extract = run(List.of(javaCommand(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.asiasec.kg.cli.Main", "extract", "--format", "trig", "--out-dir", rdf.toString(), docs.toString()), temp);
        assertEquals(0, extract.exitCode, extract.output);

        // score.py reads the files while eval extracts the texts again in this JVM
        Process scorer = new ProcessBuilder(PYTHON.toString(), DEVSET.resolve("score.py").toString(),
                "--gold", DEVSET.resolve("gold").toString(), "--rdf", rdf.toString(), "--ontology", "ontology")
                .redirectErrorStream(true).redirectOutput(temp.resolve("score.txt").toFile()).start();
        List<Evaluation.TextResult> results = new Evaluation(new StandardExtractor())
                .run(GoldSet.directory(DEVSET.resolve("gold")), new CorpusReader().listTexts(List.of(docs)), System.err::println);
        assertTrue(scorer.waitFor(5, TimeUnit.MINUTES), "score.py did not finish");
        String scorePy = Files.readString(temp.resolve("score.txt"), StandardCharsets.UTF_8);
        assertEquals(0, scorer.exitValue(), scorePy);

        Tally total = Evaluation.total(results);
        StringWriter report = new StringWriter();
        EvalReport.print(results, false, new java.io.PrintWriter(report));
        System.out.println("eval:\n" + report + "\nscore.py:\n" + scorePy.substring(scorePy.indexOf("TOTAL:")));

        Map<String, double[]> expected = totals(scorePy);
        assertEquals(expected.keySet(), total.keys(), "the same figures are counted");
        List<String> differences = new ArrayList<>();
        expected.forEach((key, hitsCases) -> {
            double python = hitsCases[1] == 0 ? 0 : hitsCases[0] / hitsCases[1];
            Tally.Count java = total.get(key);
            if (Math.abs(python - java.ratio()) > 0.01) {
                differences.add(key + ": score.py " + (int) hitsCases[0] + "/" + (int) hitsCases[1] + ", eval " + java.hits() + "/" + java.cases());
            }
        });
        Map<String, Double> scoreLine = scoreLine(scorePy.lines().filter(l -> l.startsWith("SCORE ")).findFirst().orElseThrow());
        scoreLine(EvalReport.scoreLine(total)).forEach((name, value) -> {
            if (Math.abs(value - scoreLine.get(name)) > 0.01) {
                differences.add(name + ": score.py " + scoreLine.get(name) + ", eval " + value);
            }
        });
        assertEquals(List.of(), differences);
    }

    private static Map<String, double[]> totals(String scorePy) {
        Map<String, double[]> totals = new LinkedHashMap<>();
        String[] lines = scorePy.substring(scorePy.indexOf("TOTAL:")).split("\\R");
        for (String line : lines) {
            Matcher m = TOTAL_LINE.matcher(line);
            if (m.matches()) {
                totals.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
            }
        }
        return totals;
    }

    /** {@code SCORE entityR=0.79 entityP=0.80 …} → name → value. */
    private static Map<String, Double> scoreLine(String line) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String part : line.substring("SCORE ".length()).split(" ")) {
            String[] nameValue = part.split("=");
            figures.put(nameValue[0], Double.parseDouble(nameValue[1]));
        }
        return figures;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome run(List<String> command, Path dir) throws IOException, InterruptedException {
        File log = Files.createTempFile(dir, "process", ".txt").toFile();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Outcome(p.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }
}
