package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.asiasec.kg.TestCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL half-way leaves the previous database usable, and the next build cleans up. */
class BuildKillIT {

    private static final int COPIES = 400;
    private static final Pattern PROGRESS = Pattern.compile("texts (\\d+)/(\\d+)");

    @TempDir
    Path temp;

    @Test
    @DisplayName("kill -9 during a build: previous database intact, next build succeeds")
    void killedBuild() throws Exception {
        Path small = TestCorpus.copy(temp.resolve("small"), 1);
        Path many = manyTexts(temp.resolve("many"));
        String db = temp.resolve("db").toString();

        CliRun first = JarProcess.run(temp, "build", "--corpus", small.toString(), "--db", db);
        assertEquals(0, first.exitCode(), first::toString);
        String before = count(db);

        Process build = JarProcess.builder(temp, "build", "--corpus", many.toString(), "--db", db)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int done = -1;
        int total = -1;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(build.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    done = Integer.parseInt(m.group(1));
                    total = Integer.parseInt(m.group(2));
                    build.destroyForcibly(); // SIGKILL
                    break;
                }
            }
        }
        assertTrue(build.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, build.exitValue(), "killed by SIGKILL");
        assertTrue(done > 0 && done < total, "killed after text " + done + " of " + total);
        assertEquals(List.of("db", "db.building-" + build.pid()), databaseFolders(), "the unfinished build is still on disk");

        assertEquals(before, count(db), "the previous database answers as before");

        CliRun again = JarProcess.run(temp, "build", "--corpus", small.toString(), "--db", db);
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(List.of("db"), databaseFolders(), "the next build removed the leftovers");
        assertEquals(before, count(db));
    }

    private List<String> databaseFolders() throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db")).sorted().toList();
        }
    }

    private String count(String db) throws Exception {
        CliRun run = JarProcess.run(temp, "query", "--query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--format", "csv", "--db", db);
        assertEquals(0, run.exitCode(), run::toString);
        return run.out();
    }

    /** Many texts cheaply: hard links to the corpus files under distinct names. */
    private static Path manyTexts(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < COPIES; i++) {
            for (Path text : TestCorpus.texts()) {
                Files.createLink(folder.resolve(String.format("copy%04d_%s", i, text.getFileName())), text.toAbsolutePath());
            }
        }
        return folder;
    }
}
