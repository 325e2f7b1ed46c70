package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md says what is true now. Each example output in it (a fenced {@code output} block) is the
 * real output of the command in the {@code sh} block just before it, run on {@code corpus/}; the
 * shipped queries and the packages it lists are the ones there are.
 * <p>
 * To refresh an example after the extractor changed: run this test and paste the actual block it
 * prints into the README. In an expected line, {@code …} stands for any text (times, paths); the test
 * runs each command with {@code --db} in a temporary folder and writes that folder as the default
 * database, {@code data/tdb2} in the folder the test runs in, would be written.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final String JAR = "java -jar target/asiasec-kg.jar ";
    /** The database a command uses without --db, as commands print it. */
    private static final String DEFAULT_DB = Path.of("data/tdb2").toAbsolutePath().toString();

    @TempDir
    static Path temp;

    private static List<String> readme;
    private static Path db;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        db = temp.resolve("db");
    }

    /** A fenced block: the line of its opening fence (1-based), its info string and its lines. */
    record Block(int line, String info, List<String> lines) {
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                String info = lines.get(i).substring(3).strip();
                List<String> body = new ArrayList<>();
                int start = i;
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    body.add(lines.get(i));
                }
                blocks.add(new Block(start + 1, info, body));
            }
        }
        return blocks;
    }

    /** An example: the command of the sh block before an output block, and the output it shows. */
    record Example(int line, List<String> args, List<String> expected) {
    }

    static List<Example> examples(List<String> lines) {
        List<Block> blocks = blocks(lines);
        List<Example> examples = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block output = blocks.get(b);
            if (!output.info().equals("output")) {
                continue;
            }
            Block before = b > 0 ? blocks.get(b - 1) : null;
            List<String> commands = before == null || !before.info().equals("sh") ? List.of()
                    : before.lines().stream().filter(l -> l.startsWith(JAR)).toList();
            if (commands.size() != 1) {
                throw new AssertionError("README.md:" + output.line()
                        + ": an output block must follow a sh block holding one '" + JAR.strip() + " …' command");
            }
            examples.add(new Example(output.line(), shellWords(commands.get(0).substring(JAR.length())), output.lines()));
        }
        return examples;
    }

    /** Splits a command line as a POSIX shell does for words, single and double quotes (no expansions). */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Whether an actual line is what the README shows, '…' standing for any text. */
    static boolean matches(String expected, String actual) {
        String[] parts = expected.strip().split("…", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.matches(regex.toString(), actual.strip());
    }

    /** The lines where the README and the output differ, each named by its README line; empty when they agree. */
    static List<String> differences(Example example, List<String> actual) {
        List<String> found = new ArrayList<>();
        int n = Math.max(example.expected().size(), actual.size());
        for (int i = 0; i < n; i++) {
            String expected = i < example.expected().size() ? example.expected().get(i) : null;
            String real = i < actual.size() ? actual.get(i) : null;
            if (expected == null || real == null || !matches(expected, real)) {
                found.add("README.md:" + (example.line() + 1 + i) + "\n  README: " + (expected == null ? "(no line)" : expected)
                        + "\n  actual: " + (real == null ? "(no line)" : real));
            }
        }
        return found;
    }

    private static List<String> run(List<String> args) {
        List<String> withDb = new ArrayList<>(args);
        withDb.addAll(List.of("--db", db.toString()));
        CliRun run = CliRun.of(withDb.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        return run.out().replace(db.toString(), DEFAULT_DB).lines().toList();
    }

    @Test
    @DisplayName("every example output in the README is the real output of its command on corpus/")
    void exampleOutputsAreReal() {
        List<Example> examples = examples(readme);
        assertTrue(examples.size() >= 3, "the README shows the build line and the triple counts: " + examples.size());
        assertEquals(List.of("build"), examples.get(0).args(), "the first example builds the database the others read");
        List<String> report = new ArrayList<>();
        for (Example example : examples) {
            List<String> actual = run(example.args());
            List<String> differences = differences(example, actual);
            if (!differences.isEmpty()) {
                report.add(String.join("\n", differences) + "\nthe whole output of '" + String.join(" ", example.args())
                        + "' (paste it over README.md:" + (example.line() + 1) + ", with … where it varies):\n"
                        + String.join("\n", actual));
            }
        }
        assertEquals("", String.join("\n\n", report));
    }

    @Test
    @DisplayName("the comparison reports a changed count with its README line, and lets … stand for a time")
    void comparisonNamesTheLineThatDiffers() {
        Example example = new Example(10, List.of("build"), List.of("built data/tdb2: 5 texts, 100 triples in … s"));
        assertEquals(List.of(), differences(example, List.of("built data/tdb2: 5 texts, 100 triples in 7.2 s")));
        assertEquals(List.of("README.md:11\n  README: built data/tdb2: 5 texts, 100 triples in … s"
                + "\n  actual: built data/tdb2: 5 texts, 101 triples in 7.2 s"),
                differences(example, List.of("built data/tdb2: 5 texts, 101 triples in 7.2 s")));
        assertEquals(1, differences(example, List.of("built data/tdb2: 5 texts, 100 triples in 7.2 s", "one more")).size());
    }

    @Test
    @DisplayName("commands are split into words as a shell would: quotes group, spaces separate")
    void shellWordSplitting() {
        assertEquals(List.of("query", "--query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                shellWords("query --query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'"));
        assertEquals(List.of("query", "queries/24-sources.rq", "--format", "csv"), shellWords("query  queries/24-sources.rq --format csv"));
    }

    @Test
    @DisplayName("the README names every shipped query, and every query it names is shipped")
    void shippedQueriesAreListed() throws IOException {
        TreeSet<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(shipped::add);
        }
        String text = String.join("\n", readme);
        TreeSet<String> named = new TreeSet<>();
        var m = Pattern.compile("queries/([\\w.-]+\\.rq)").matcher(text);
        while (m.find()) {
            named.add(m.group(1));
        }
        TreeSet<String> listed = new TreeSet<>();
        for (String file : shipped) {
            if (text.contains("`" + file + "`") || text.contains("queries/" + file)) {
                listed.add(file);
            }
        }
        assertEquals(shipped, listed, "shipped queries the README does not list");
        assertTrue(shipped.containsAll(named), "the README names queries that are not shipped: " + named);
    }

    @Test
    @DisplayName("the layout section lists every package under org.asiasec.kg, and no package that is gone")
    void layoutListsEveryPackage() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/org/asiasec/kg"))) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).forEach(packages::add);
        }
        int start = readme.indexOf("## Layout");
        assertTrue(start >= 0, "README.md has a '## Layout' section");
        List<String> section = new ArrayList<>();
        for (int i = start + 1; i < readme.size() && !readme.get(i).startsWith("## "); i++) {
            section.add(readme.get(i));
        }
        TreeSet<String> listed = new TreeSet<>();
        for (String line : section) {
            var m = Pattern.compile("^  ([a-z]+)/ ").matcher(line);
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        assertEquals(packages, listed, "packages under src/main/java/org/asiasec/kg vs the '  name/ …' lines of README.md's Layout");
        assertFalse(packages.isEmpty());
    }
}
