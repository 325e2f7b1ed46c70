package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    @DisplayName("an unknown section is a usage error naming the sections there are")
    void unknownSection() {
        assertEquals(Main.USAGE, run("bench", "--sections", "speed"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("extraction, build, latency, coldstart"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a scale below one is a usage error")
    void nonPositiveScale() {
        assertEquals(Main.USAGE, run("bench", "--scales", "1,0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: --scales"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a missing corpus is one line and exit 1, before anything is measured")
    void missingCorpus() {
        assertEquals(Main.FAILED, run("bench", "--corpus", "no-such-corpus-folder"));
        assertEquals("error: no such file or folder: no-such-corpus-folder", err.toString(StandardCharsets.UTF_8).strip());
    }
}
