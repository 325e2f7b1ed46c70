package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.asiasec.kg.TestCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} from the packaged jar, in a folder that holds nothing but the texts: its gold is inside the jar. */
class EvalJarIT {

    @TempDir
    Path temp;

    @Test
    @DisplayName("java -jar asiasec-kg.jar eval corpus, in a folder holding only corpus/, scores the five texts with the gold in the jar")
    void evalCorpusFromAFolderHoldingOnlyTheCorpus() throws Exception {
        TestCorpus.copy(temp.resolve("corpus"), 5);
        CliRun run = JarProcess.run(temp, "eval", "corpus");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("5 texts"), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("SCORE entityR=\\d\\.\\d\\d entityP=.* factF1=\\d\\.\\d\\d")), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    @DisplayName("texts the jar has no gold for, or a gold folder that does not exist: one line, exit 1")
    void noGold() throws Exception {
        Files.createDirectories(temp.resolve("texts"));
        Files.writeString(temp.resolve("texts/other.txt"), "上海合作组织成立于2001年。");
        CliRun unknown = JarProcess.run(temp, "eval", "texts");
        assertEquals(1, unknown.exitCode(), unknown::toString);
        assertEquals(1, unknown.errLines().size(), unknown::toString);
        assertTrue(unknown.err().startsWith("error: no bundled gold for any of the texts"), unknown::toString);

        CliRun missing = JarProcess.run(temp, "eval", "--gold", "no-such-folder", "texts");
        assertEquals(1, missing.exitCode(), missing::toString);
        assertEquals("error: no such gold folder: no-such-folder", missing.err().strip(), missing::toString);
    }
}
