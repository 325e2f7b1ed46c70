package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    static void assertOneLineError(CliRun run, int expectedCode) {
        assertEquals(expectedCode, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: "), run::toString);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
        assertEquals("", run.out(), run::toString);
    }
}
