package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.asiasec.kg.TestCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code ingest} killed with SIGKILL while it writes leaves the database as it was before or as it is
 * after the ingest, never in between: TDB2 finishes or drops the transaction when the database is next
 * opened. The kills fall at several moments after the write transaction has started.
 */
class IngestKillIT {

    private static final long[] KILL_AFTER_MILLIS = {0, 300, 1000};

    @TempDir
    Path temp;

    @Test
    @DisplayName("ingest adds a text and --remove takes it out; kill -9 during ingest leaves the four texts or all five, never a mix")
    void killedIngest() throws Exception {
        Path four = TestCorpus.copy(temp.resolve("four"), 4);
        Path five = TestCorpus.copy(temp.resolve("five"), 5);
        String fifth = TestCorpus.texts().get(4).getFileName().toString();
        String db = temp.resolve("db").toString();
        CliRun built = JarProcess.run(temp, "build", "--corpus", four.toString(), "--db", db);
        assertEquals(0, built.exitCode(), built::toString);
        String before = count(db);
        CliRun ingested = JarProcess.run(temp, "ingest", "--db", db, five.resolve(fifth).toString());
        assertEquals(0, ingested.exitCode(), ingested::toString);
        String after = count(db);
        assertNotEquals(before, after);
        CliRun removed = JarProcess.run(temp, "ingest", "--db", db, "--remove", fifth);
        assertEquals(0, removed.exitCode(), removed::toString);
        assertEquals(before, count(db));

        int killed = 0;
        for (long delay : KILL_AFTER_MILLIS) {
            Process ingest = JarProcess.builder(temp, "ingest", "--db", db, five.resolve(fifth).toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader err = new BufferedReader(new InputStreamReader(ingest.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    if (line.contains("in one transaction")) {
                        Thread.sleep(delay);
                        ingest.destroyForcibly(); // SIGKILL
                        break;
                    }
                }
            }
            assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));
            killed += ingest.exitValue() == 137 ? 1 : 0;
            assertTrue(Set.of(before, after).contains(count(db)), "after a kill " + delay + " ms into the transaction");
        }
        assertTrue(killed > 0, "at least one ingest was killed before it finished");

        CliRun again = JarProcess.run(temp, "ingest", "--db", db, five.resolve(fifth).toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(after, count(db), "an ingest after the kills completes as the first one did");
        assertTrue(Files.exists(temp.resolve("db/dumps/STALE.txt")), "the dumps say they are stale");
    }

    /** Statements in all graphs: the named graphs, the union default graph and the description. */
    private String count(String db) throws Exception {
        CliRun run = JarProcess.run(temp, "query", "--query", "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                "--format", "csv", "--db", db);
        assertEquals(0, run.exitCode(), run::toString);
        return run.out();
    }
}
