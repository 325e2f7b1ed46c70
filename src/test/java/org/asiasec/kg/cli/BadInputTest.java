package org.asiasec.kg.cli;

import static org.asiasec.kg.cli.CliErrorsTest.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.asiasec.kg.TestCorpus;
import org.asiasec.kg.rdf.IriScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at the command line: one clear line and a non-zero exit, or a skipped file; never a stack
 * trace, never a half-written database. Missing paths, unknown formats and a port in use are in
 * {@link CliErrorsTest}; what only the packaged jar shows (the whole of stderr, memory) in
 * {@code BadInputIT}.
 */
class BadInputTest {

    static final String SCO_TEXT = "2001年6月15日，上海合作组织在上海宣告成立。\n上海合作组织秘书处设在北京。\n";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 16};
    /** Invalid as UTF-8 and as GB18030 (0xFF never occurs there), not UTF-16 either. */
    static final byte[] NOT_TEXT = "安全合作 abc ".getBytes(StandardCharsets.UTF_8);
    static final byte[] INVALID = concat(NOT_TEXT, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, ' ', (byte) 0xC3, '(', ' '});

    @TempDir
    Path temp;

    @Test
    @DisplayName("an empty folder: one-line error, no database")
    void emptyFolder() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path db = temp.resolve("db");
        CliRun run = build(empty, db);
        assertOneLineError(run, 1);
        assertTrue(run.err().contains(empty.toString()), run::toString);
        assertEquals(List.of(), databaseFolders());
    }

    @Test
    @DisplayName("an empty file among good texts: skipped with a warning, counted as empty, no source for it; alone it is a one-line error naming it")
    void emptyFile() throws IOException {
        Path corpus = TestCorpus.copy(temp.resolve("corpus"), 2);
        Files.writeString(corpus.resolve("empty.txt"), " \n\u3000\n");
        Path db = temp.resolve("db");
        CliRun mixed = build(corpus, db);
        assertEquals(0, mixed.exitCode(), mixed::toString);
        assertEquals("", mixed.err(), "the warning goes to the log, as for an unreadable text");
        assertTrue(mixed.out().contains(": 2 texts (1 empty, skipped),"), mixed::toString);
        assertEquals("false", ask(db, "ASK { ?s <http://purl.org/dc/terms/identifier> \"empty.txt\" }"));

        Path alone = Files.createFile(temp.resolve("alone.txt"));
        Path other = temp.resolve("db-alone");
        CliRun run = build(alone, other);
        assertOneLineError(run, 1);
        assertTrue(run.err().contains("alone.txt is empty"), run::toString);
        assertFalse(Files.exists(other), run::toString);
    }

    @Test
    @DisplayName("a PNG among good texts is skipped, the others are built; alone it is a one-line error naming it")
    void binaryFile() throws IOException {
        Path corpus = TestCorpus.copy(temp.resolve("corpus"), 2);
        Files.write(corpus.resolve("picture.txt"), PNG);
        Path db = temp.resolve("db");
        CliRun mixed = build(corpus, db);
        assertEquals(0, mixed.exitCode(), mixed::toString);
        assertEquals("", mixed.err());
        assertTrue(mixed.out().contains(": 2 texts (1 unreadable, skipped),"), mixed::toString);
        assertEquals("false", ask(db, "ASK { ?s <http://purl.org/dc/terms/identifier> \"picture.txt\" }"));
        assertEquals("2", count(db, "SELECT (COUNT(*) AS ?n) { ?s a asc:Source }"));

        CliRun alone = build(corpus.resolve("picture.txt"), temp.resolve("other-db"));
        assertOneLineError(alone, 1);
        assertTrue(alone.err().contains("picture.txt: not a text file (looks like a PNG image)"), alone::toString);
        assertEquals(List.of("db"), databaseFolders(), "no half-written database");
    }

    @Test
    @DisplayName("bytes valid in no supported encoding are skipped among good texts; alone a one-line error naming them")
    void invalidEncoding() throws IOException {
        Path corpus = TestCorpus.copy(temp.resolve("corpus"), 1);
        Files.write(corpus.resolve("garbled.txt"), INVALID);
        Path db = temp.resolve("db");
        CliRun mixed = build(corpus, db);
        assertEquals(0, mixed.exitCode(), mixed::toString);
        assertTrue(mixed.out().contains(": 1 texts (1 unreadable, skipped),"), mixed::toString);

        CliRun alone = build(corpus.resolve("garbled.txt"), temp.resolve("other-db"));
        assertOneLineError(alone, 1);
        assertTrue(alone.err().matches("error: .*garbled\\.txt: not valid UTF-8, UTF-16 or GB18030 text.*\\R"), alone::toString);
    }

    @Test
    @DisplayName("a failed build (every text unreadable) leaves the previous database as it was and no temporary folders")
    void failedBuildKeepsPreviousDatabase() throws IOException {
        Path db = temp.resolve("db");
        assertEquals(0, build(TestCorpus.copy(temp.resolve("good"), 1), db).exitCode());
        String before = count(db, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

        Path bad = Files.createDirectories(temp.resolve("bad"));
        Files.write(bad.resolve("picture.txt"), PNG);
        Files.write(bad.resolve("garbled.md"), INVALID);
        CliRun run = build(bad, db);
        assertOneLineError(run, 1);
        assertTrue(run.err().contains("none of the 2 texts in " + bad + " could be read"), run::toString);

        assertEquals(List.of("db"), databaseFolders(), "no temporary folders");
        assertEquals(before, count(db, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    @DisplayName("GB18030 and UTF-16 texts are read: 上海合作组织 becomes the SCO entity")
    void chineseEncodings() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.write(corpus.resolve("gb.txt"), SCO_TEXT.getBytes(Charset.forName("GB18030")));
        Files.write(corpus.resolve("utf16le.txt"), SCO_TEXT.getBytes(StandardCharsets.UTF_16LE));
        Files.write(corpus.resolve("utf16bom.txt"), SCO_TEXT.getBytes(StandardCharsets.UTF_16)); // big-endian with BOM
        Path db = temp.resolve("db");
        CliRun run = build(corpus, db);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains(": 3 texts,"), run::toString);
        for (String file : List.of("gb.txt", "utf16le.txt", "utf16bom.txt")) {
            assertEquals("true", ask(db, "ASK { GRAPH " + source(file) + " { <https://w3id.org/asiasec/resource/SCO> rdfs:label \"上海合作组织\"@zh } }"),
                    file);
        }
    }

    @Test
    @DisplayName("file names with spaces and Chinese characters: built, and extract --out-dir writes the same stems")
    void unusualFileNames() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("my corpus"));
        List<String> names = List.of("上合 组织 2001.txt", "two  spaces.md");
        for (String name : names) {
            Files.writeString(corpus.resolve(name), SCO_TEXT);
        }
        Path db = temp.resolve("the db");
        CliRun run = build(corpus, db);
        assertEquals(0, run.exitCode(), run::toString);
        for (String name : names) {
            assertEquals("true", ask(db, "ASK { " + source(name) + " dcterms:identifier \"" + name + "\" }"), name);
        }

        Path out = temp.resolve("输出 目录");
        CliRun extract = CliRun.of("extract", "--out-dir", out.toString(), corpus.toString());
        assertEquals(0, extract.exitCode(), extract::toString);
        assertEquals(List.of("two  spaces.trig", "上合 组织 2001.trig"), list(out));
    }

    @Test
    @DisplayName("an output folder that cannot be written (below a regular file, or in /proc): one line, exit 1")
    void unwritableOutput() throws IOException {
        Path text = temp.resolve("sco.txt");
        Files.writeString(text, SCO_TEXT);
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Path db = temp.resolve("db");
        assertEquals(0, build(text, db).exitCode());

        assertUnwritable(CliRun.of("extract", "--out-dir", file.resolve("sub").toString(), text.toString()), file);
        assertUnwritable(CliRun.of("extract", "--out", file.resolve("sub/x.trig").toString(), text.toString()), file);
        assertUnwritable(CliRun.of("extract", "--out", "/proc/x.trig", text.toString()), Path.of("/proc/x.trig"));
        assertUnwritable(CliRun.of("export", "--format", "ttl", "--out", file.resolve("sub/out.ttl").toString(),
                "--db", db.toString()), file);
        assertUnwritable(CliRun.of("export", "--format", "ttl", "--out", "/proc/out.ttl", "--db", db.toString()),
                Path.of("/proc/out.ttl"));
        assertUnwritable(build(text, file.resolve("db")), file);
        assertEquals("true", ask(db, "ASK { ?s ?p ?o }"), "the database that was there still answers");
    }

    @Test
    @DisplayName("a failed extract leaves the previous output file as it was, and no partial file")
    void failedExtractKeepsOutput() throws IOException {
        Path picture = Files.write(temp.resolve("picture.txt"), PNG);
        Path out = Files.writeString(temp.resolve("out.trig"), "# the previous output\n");
        assertOneLineError(CliRun.of("extract", "--out", out.toString(), picture.toString()), 1);
        assertEquals("# the previous output\n", Files.readString(out));

        Path folder = Files.createDirectories(temp.resolve("out"));
        assertOneLineError(CliRun.of("extract", "--out-dir", folder.toString(), picture.toString()), 1);
        assertEquals(List.of("out", "out.trig", "picture.txt"), list(temp));
        assertEquals(List.of(), list(folder));
    }

    @Test
    @DisplayName("malformed SPARQL: one line with the parser's message, exit 1")
    void malformedSparql() throws IOException {
        Path text = Files.writeString(temp.resolve("sco.txt"), SCO_TEXT);
        Path db = temp.resolve("db");
        assertEquals(0, build(text, db).exitCode());
        CliRun run = CliRun.of("query", "--query", "SELECT ?s WHERE { ?s ", "--db", db.toString());
        assertOneLineError(run, 1);
        assertTrue(run.err().contains("Encountered \"<EOF>\" at line 1, column 21"), run::toString);

        Path file = Files.writeString(temp.resolve("bad.rq"), "SELEKT * { ?s ?p ?o }");
        CliRun fromFile = CliRun.of("query", file.toString(), "--db", db.toString());
        assertOneLineError(fromFile, 1);
        assertTrue(fromFile.err().contains("line 1, column"), fromFile::toString);
    }

    private static void assertUnwritable(CliRun run, Path named) {
        assertOneLineError(run, 1);
        assertTrue(run.err().contains(named.toString()), run::toString);
    }

    private static CliRun build(Path corpus, Path db) {
        return CliRun.of("build", "--corpus", corpus.toString(), "--db", db.toString());
    }

    private static String source(String fileName) {
        return "<" + IriScheme.standard().source(fileName).getURI() + ">";
    }

    private static final String PREFIXES = "PREFIX asc: <https://w3id.org/asiasec/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private static String ask(Path db, String sparql) {
        CliRun run = CliRun.of("query", "--query", PREFIXES + sparql, "--db", db.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return run.out().strip();
    }

    private static String count(Path db, String sparql) {
        CliRun run = CliRun.of("query", "--query", PREFIXES + sparql, "--format", "csv", "--db", db.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return run.out().lines().skip(1).findFirst().orElseThrow();
    }

    private List<String> databaseFolders() throws IOException {
        return list(temp).stream().filter(n -> n.contains("db")).toList();
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
