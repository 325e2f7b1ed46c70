package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Help, usage errors (exit 2) and user errors (exit 1): always one line on stderr, never a stack trace. */
class CliErrorsTest {

    @TempDir
    Path temp;

    static Stream<String> commands() {
        return Main.commandLine(new ByteArrayOutputStream(), new ByteArrayOutputStream())
                .getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    @DisplayName("every command has --help")
    void helpOfEveryCommand(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: asiasec-kg " + command), run::toString);
        assertEquals("", run.err());
    }

    @Test
    @DisplayName("the top-level help lists the commands")
    void topLevelHelp() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        commands().forEach(c -> assertTrue(run.out().contains("  " + c + " "), c));
    }

    @Test
    @DisplayName("the server binds to 127.0.0.1 unless --host says otherwise")
    void loopbackByDefault() {
        var serve = Main.commandLine(new ByteArrayOutputStream(), new ByteArrayOutputStream()).getSubcommands().get("serve");
        assertEquals("127.0.0.1", serve.getCommandSpec().findOption("--host").defaultValue());
    }

    @Test
    @DisplayName("no command, unknown command, unknown option: usage error")
    void usageErrors() {
        assertOneLineError(CliRun.of(), 2);
        assertOneLineError(CliRun.of("frobnicate"), 2);
        assertOneLineError(CliRun.of("build", "--colour"), 2);
        assertOneLineError(CliRun.of("extract", "--out", "a.trig", "--out-dir", "b", "x.txt"), 2);
        assertOneLineError(CliRun.of("query", "--db", temp.toString()), 2);
    }

    @Test
    @DisplayName("an unknown format is a usage error that names the accepted ones")
    void unknownFormat() {
        CliRun export = CliRun.of("export", "--format", "xyz", "--db", temp.toString());
        assertOneLineError(export, 2);
        assertTrue(export.err().contains("ttl, nt, nq, trig, jsonld, rdfxml"), export::toString);
        assertOneLineError(CliRun.of("extract", "--format", "nt", "--out", temp.resolve("x").toString(), "corpus"), 2);
        assertOneLineError(CliRun.of("query", "--format", "xml", "--query", "ASK {}", "--db", temp.toString()), 2);
    }

    @Test
    @DisplayName("a missing input path is a one-line user error")
    void missingPaths() {
        Path missing = temp.resolve("no-such-thing");
        CliRun extract = CliRun.of("extract", "--out", temp.resolve("x.trig").toString(), missing.toString());
        assertOneLineError(extract, 1);
        assertTrue(extract.err().contains(missing.toString()), extract::toString);
        assertOneLineError(CliRun.of("build", "--corpus", missing.toString(), "--db", temp.resolve("db").toString()), 1);
        assertOneLineError(CliRun.of("query", missing + ".rq", "--db", temp.toString()), 1);
        assertOneLineError(CliRun.of("query", "--query", "ASK {}", "--db", missing.toString()), 1);
        assertOneLineError(CliRun.of("export", "--format", "nt", "--db", missing.toString()), 1);
        assertOneLineError(CliRun.of("validate", "--db", missing.toString()), 1);
        assertOneLineError(CliRun.of("validate", "--shapes", missing + ".ttl", "--db", missing.toString()), 1);
        assertOneLineError(CliRun.of("serve", "--config", missing + ".ttl"), 1);
        assertOneLineError(CliRun.of("extract", "--out", missing.resolve("deeper/x.trig").toString(), "corpus"), 1);
    }

    @Test
    @DisplayName("a port in use is a one-line user error, found before any build starts")
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Path db = temp.resolve("never-built");
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()), "--db", db.toString());
            assertOneLineError(run, 1);
            assertTrue(run.err().contains(String.valueOf(taken.getLocalPort())), run::toString);
            assertFalse(db.toFile().exists(), "nothing was built");
        }
    }

    @Test
    @DisplayName("a bad --base is a one-line user error")
    void badBase() {
        assertOneLineError(CliRun.of("extract", "--base", "not an iri", "--out", temp.resolve("x.trig").toString(), "corpus"), 1);
    }

    @Test
    @DisplayName("extract without --out or --out-dir: one usage line that names both, exit 2")
    void extractWithoutDestination() {
        CliRun run = CliRun.of("extract", "corpus");
        assertOneLineError(run, 2);
        assertEquals("error: Missing required argument (specify one of these): (--out=FILE | --out-dir=DIR)"
                + " (see 'asiasec-kg extract --help')", run.err().strip());
    }

    @Test
    @DisplayName("--port outside 0..65535 is a usage error (exit 2) found before anything is built; 0 is a port")
    void portOutOfRange() {
        Path db = temp.resolve("never-built");
        CliRun run = CliRun.of("serve", "--port", "99999", "--db", db.toString());
        assertOneLineError(run, 2);
        assertEquals("error: --port must be between 0 and 65535, not 99999 (see 'asiasec-kg serve --help')", run.err().strip());
        assertFalse(db.toFile().exists(), "nothing was built");
        assertOneLineError(CliRun.of("serve", "--port", "-1", "--db", db.toString()), 2);
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "0");
        assertEquals(0, serve.port());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--corpus", "--db"})
    @DisplayName("an option several commands take is declared once, in one shared class")
    void sharedOptionsDeclaredOnce(String option) {
        var cli = Main.commandLine(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        Set<Class<?>> declaredIn = new HashSet<>();
        List<String> commands = new ArrayList<>();
        cli.getSubcommands().forEach((name, command) -> {
            OptionSpec spec = command.getCommandSpec().findOption(option);
            if (spec != null) {
                commands.add(name);
                declaredIn.add(((Field) spec.userObject()).getDeclaringClass());
            }
        });
        assertEquals(1, declaredIn.size(), option + " declared in " + declaredIn);
        assertTrue(commands.contains("serve") && commands.contains("build"), commands::toString);
    }

    @Test
    @DisplayName("without --db, build uses data/tdb2 and serve its configuration's location; --db wins for both")
    void databaseFolderDefaults() {
        assertEquals(Path.of("data/tdb2"), CommandLine.populateCommand(new BuildCommand()).database.folder());
        Path configured = Path.of("from-config/tdb2");
        assertEquals(configured, CommandLine.populateCommand(new ServeCommand()).database.folderOr(configured));
        assertEquals(Path.of("mine"), CommandLine.populateCommand(new ServeCommand(), "--db", "mine").database.folderOr(configured));
        assertEquals(Path.of("mine"), CommandLine.populateCommand(new BuildCommand(), "--db", "mine").database.folder());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    @DisplayName("each line of a command's description is whole sentences: help never stops mid-sentence")
    void descriptionsAreWholeSentences(String command) {
        var spec = Main.commandLine(new ByteArrayOutputStream(), new ByteArrayOutputStream())
                .getSubcommands().get(command).getCommandSpec();
        for (String line : spec.usageMessage().description()) {
            assertTrue(line.endsWith("."), command + ": " + line);
        }
    }

    @Test
    @DisplayName("help and errors written to a pipe or file carry no ANSI escape codes")
    void noEscapeCodesOffATerminal() {
        for (CliRun run : List.of(CliRun.of("--help"), CliRun.of("serve", "--help"), CliRun.of("query", "--help"),
                CliRun.of("frobnicate"), CliRun.of("extract", "corpus"))) {
            assertFalse(run.out().contains("\u001b") || run.err().contains("\u001b"), run::toString);
        }
        assertTrue(CliRun.of("serve", "--help").out().contains("--port=PORT"), "the help itself is there");
    }

    static void assertOneLineError(CliRun run, int expectedCode) {
        assertEquals(expectedCode, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: "), run::toString);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
        assertEquals("", run.out(), run::toString);
    }
}
