package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.asiasec.kg.TestCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input given to the packaged jar, as a user gives it: here the whole of stderr is seen (progress,
 * warnings, errors), so each case checks it holds exactly the one error line, or one warning per
 * skipped file, and never a stack trace. The in-process cases with the database checks are in
 * {@link BadInputTest}.
 */
class BadInputIT {

    /**
     * Runs in every {@code mvn verify} (about 3 minutes on 2 busy cores); skip it with {@code -Dasiasec.bigText=false}.
     * The text is 20 MB and the heap 256 MB: what one text yields (words, mentions, quads) is some 30 times its
     * size, so a build that held a whole text's results at once would run out of heap long before the end.
     */
    static final String BIG_TEXT = "asiasec.bigText";
    private static final long BIG_TEXT_BYTES = 20L << 20;
    private static final String BIG_TEXT_HEAP = "-Xmx256m";

    @TempDir
    Path temp;

    @Test
    @DisplayName("build errors: missing path, empty folder, a PNG or garbled text alone: one line on stderr, exit 1, no database")
    void buildErrors() throws Exception {
        Files.createDirectories(temp.resolve("empty"));
        Files.write(temp.resolve("picture.txt"), BadInputTest.PNG);
        Files.write(temp.resolve("garbled.txt"), BadInputTest.INVALID);
        assertError(build("no-such-folder"), "no such file or folder: no-such-folder");
        assertError(build("empty"), "no texts found in empty");
        assertError(build("picture.txt"), "picture.txt: not a text file (looks like a PNG image)");
        assertError(build("garbled.txt"), "garbled.txt: not valid UTF-8, UTF-16 or GB18030 text");
        assertEquals(List.of(), databaseFolders());
    }

    @Test
    @DisplayName("a PNG among good texts: one warning line naming it, the build succeeds")
    void skippedFile() throws Exception {
        Path corpus = TestCorpus.copy(temp.resolve("corpus"), 1);
        Files.write(corpus.resolve("picture.txt"), BadInputTest.PNG);
        CliRun run = build("corpus");
        assertEquals(0, run.exitCode(), run::toString);
        assertNoTrace(run);
        List<String> warnings = run.errLines().stream().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(List.of("warning: skipped corpus/picture.txt: not a text file (looks like a PNG image)"), warnings, run::toString);
        assertTrue(run.errLines().stream().allMatch(l -> l.startsWith("warning:") || l.startsWith("texts ")), run::toString);
        assertTrue(run.out().contains(": 1 texts (1 unreadable, skipped),"), run::toString);
    }

    @Test
    @DisplayName("every text unreadable: a warning per file, one error line; the previous database is kept, no temporary folder")
    void failedBuild() throws Exception {
        TestCorpus.copy(temp.resolve("good"), 1);
        assertEquals(0, build("good").exitCode());
        String before = count();
        Path bad = Files.createDirectories(temp.resolve("bad"));
        Files.write(bad.resolve("a.txt"), BadInputTest.PNG);
        Files.write(bad.resolve("b.txt"), BadInputTest.INVALID);

        CliRun run = build("bad");
        assertEquals(1, run.exitCode(), run::toString);
        assertNoTrace(run);
        assertEquals(3, run.errLines().size(), run::toString);
        assertTrue(run.errLines().get(0).startsWith("warning: skipped bad/a.txt: "), run::toString);
        assertTrue(run.errLines().get(1).startsWith("warning: skipped bad/b.txt: "), run::toString);
        assertEquals("error: none of the 2 texts in bad could be read", run.errLines().get(2));

        assertEquals(List.of("db"), databaseFolders());
        assertEquals(before, count());
    }

    @Test
    @DisplayName("extract: Chinese and spaced file names give the same stems; an unwritable output is one line")
    void extract() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("文本 集"));
        Files.writeString(corpus.resolve("上合 组织.txt"), BadInputTest.SCO_TEXT);
        Files.write(corpus.resolve("gb18030.txt"), BadInputTest.SCO_TEXT.getBytes("GB18030"));
        CliRun run = JarProcess.run(temp, "extract", "--format", "nq", "--out-dir", "输出 目录", "文本 集");
        assertEquals(0, run.exitCode(), run::toString);
        assertNoTrace(run);
        assertEquals(List.of("gb18030.nq", "上合 组织.nq"), list(temp.resolve("输出 目录")));
        String gb = Files.readString(temp.resolve("输出 目录/gb18030.nq"), StandardCharsets.UTF_8);
        assertTrue(gb.contains("<https://w3id.org/asiasec/resource/SCO> <http://www.w3.org/2000/01/rdf-schema#label> \"上海合作组织\"@zh"), gb);

        Files.writeString(temp.resolve("a-file"), "x");
        assertError(JarProcess.run(temp, "extract", "--out-dir", "a-file/sub", "文本 集"), "a-file/sub");
        assertError(JarProcess.run(temp, "extract", "--out", "/proc/x.trig", "文本 集"), "/proc/x.trig");
    }

    @Test
    @DisplayName("query and export: malformed SPARQL and an unwritable --out are one line")
    void queryAndExport() throws Exception {
        Files.writeString(temp.resolve("sco.txt"), BadInputTest.SCO_TEXT);
        assertEquals(0, build("sco.txt").exitCode());
        assertError(JarProcess.run(temp, "query", "--query", "SELECT ?s WHERE { ?s ", "--db", "db"),
                "the query does not parse: Encountered \"<EOF>\" at line 1, column 21");
        Files.writeString(temp.resolve("a-file"), "x");
        assertError(JarProcess.run(temp, "export", "--format", "ttl", "--out", "a-file/sub/out.ttl", "--db", "db"), "a-file/sub/out.ttl");
        assertError(JarProcess.run(temp, "export", "--format", "ttl", "--out", "/proc/out.ttl", "--db", "db"), "/proc/out.ttl");
    }

    @Test
    @DisabledIfSystemProperty(named = BIG_TEXT, matches = "false")
    @DisplayName("a 20 MB text builds in a heap of 256 MB")
    void twentyMegabytesInASmallHeap() throws Exception {
        Path big = Path.of("target", "bad-input", "big-20MB.txt").toAbsolutePath();
        writeBigText(big);
        Path log = temp.resolve("big.err");
        long start = System.nanoTime();
        Process build = JarProcess.builder(temp, List.of(BIG_TEXT_HEAP), "build", "--corpus", big.toString(), "--db", "db")
                .redirectOutput(temp.resolve("big.out").toFile()).redirectError(log.toFile()).start();
        boolean finished = build.waitFor(30, TimeUnit.MINUTES);
        if (!finished) {
            build.destroyForcibly();
        }
        String err = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("20 MB build: exit %s after %.0f s%n", finished ? build.exitValue() : "(none)", (System.nanoTime() - start) / 1e9);
        assertTrue(finished, "finished within 30 minutes:\n" + err);
        assertEquals(0, build.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        CliRun sources = JarProcess.run(temp, "query", "--query",
                "ASK { ?s <http://purl.org/dc/terms/identifier> \"big-20MB.txt\" }", "--db", "db");
        assertEquals("true\n", sources.out(), sources::toString);
    }

    /** Copies of the corpus texts, one after another, until the file is 20 MB. */
    private static void writeBigText(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file) && Files.size(file) >= BIG_TEXT_BYTES) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written < BIG_TEXT_BYTES) {
                for (Path text : TestCorpus.texts()) {
                    byte[] bytes = (Files.readString(text, StandardCharsets.UTF_8) + "\n\n").getBytes(StandardCharsets.UTF_8);
                    out.write(bytes);
                    written += bytes.length;
                }
            }
        }
    }

    private CliRun build(String corpus) throws Exception {
        return JarProcess.run(temp, "build", "--corpus", corpus, "--db", "db");
    }

    private String count() throws Exception {
        CliRun run = JarProcess.run(temp, "query", "--query", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "--format", "csv", "--db", "db");
        assertEquals(0, run.exitCode(), run::toString);
        return run.out();
    }

    private static void assertError(CliRun run, String expected) {
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: "), run::toString);
        assertTrue(run.err().contains(expected), run::toString);
        assertNoTrace(run);
        assertEquals("", run.out(), run::toString);
    }

    private static void assertNoTrace(CliRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
    }

    private List<String> databaseFolders() throws IOException {
        return list(temp).stream().filter(n -> n.startsWith("db")).toList();
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
