package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.asiasec.kg.UserException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseDirectoryTest {

    /** The id of a process that has certainly ended. */
    private static long deadPid;

    @TempDir
    Path temp;

    @BeforeAll
    static void findDeadProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        deadPid = p.pid();
    }

    @Test
    @DisplayName("the folder of a build whose process died is removed; the live database stays")
    void removesUnfinishedBuild() throws IOException {
        Path live = fakeDatabase(temp.resolve("tdb2"), "live");
        Path unfinished = fakeDatabase(temp.resolve("tdb2.building-" + deadPid), "half");

        new DatabaseDirectory(live).recover();

        assertFalse(Files.exists(unfinished));
        assertEquals("live", marker(live));
    }

    @Test
    @DisplayName("a build killed between its two renames gets the previous database back")
    void restoresDatabaseCaughtMidSwap() throws IOException {
        Path live = temp.resolve("tdb2");
        fakeDatabase(temp.resolve("tdb2.retired-" + deadPid), "previous");
        fakeDatabase(temp.resolve("tdb2.building-" + deadPid), "new");

        DatabaseDirectory directory = new DatabaseDirectory(live);
        directory.recover();

        assertTrue(directory.exists());
        assertEquals("previous", marker(live));
        assertEquals(List.of(), directory.leftovers());
        assertEquals(List.of("tdb2"), names(temp));
    }

    @Test
    @DisplayName("a retired copy is deleted once the new database is in place")
    void deletesRetiredCopyBesideLiveDatabase() throws IOException {
        Path live = fakeDatabase(temp.resolve("tdb2"), "new");
        fakeDatabase(temp.resolve("tdb2.retired-" + deadPid), "previous");

        new DatabaseDirectory(live).recover();

        assertEquals("new", marker(live));
        assertEquals(List.of("tdb2"), names(temp));
    }

    @Test
    @DisplayName("folders of a running build, and unrelated folders, are left alone")
    void leavesRunningBuildsAlone() throws IOException {
        Path live = fakeDatabase(temp.resolve("tdb2"), "live");
        Path running = fakeDatabase(temp.resolve("tdb2.building-" + ProcessHandle.current().pid()), "busy");
        Path other = fakeDatabase(temp.resolve("tdb2-copy.building-" + deadPid), "someone else's");

        new DatabaseDirectory(live).recover();

        assertTrue(Files.exists(running));
        assertTrue(Files.exists(other));
    }

    @Test
    @DisplayName("promote swaps a finished build in and leaves no other folder")
    void promoteSwaps() throws IOException {
        Path live = fakeDatabase(temp.resolve("tdb2"), "old");
        DatabaseDirectory directory = new DatabaseDirectory(live);
        Path built = directory.newBuildFolder();
        fakeDatabase(built, "new");

        directory.promote(built);

        assertEquals("new", marker(live));
        assertEquals(List.of("tdb2"), names(temp));
    }

    @Test
    @DisplayName("a folder without TDB2 data is not taken for a database")
    void emptyFolderIsNoDatabase() throws IOException {
        Files.createDirectories(temp.resolve("tdb2"));
        assertFalse(new DatabaseDirectory(temp.resolve("tdb2")).exists());
    }

    @Test
    @DisplayName("a folder holding something else is never replaced by a build")
    void refusesToReplaceOtherFolders() throws IOException {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("notes.txt"), "不要删除");
        DatabaseDirectory directory = new DatabaseDirectory(documents);

        var e = assertThrows(UserException.class, directory::newBuildFolder);

        assertTrue(e.getMessage().contains("not a TDB2 database"), e.getMessage());
        assertEquals("不要删除", Files.readString(documents.resolve("notes.txt")));
        assertEquals(List.of("documents"), names(temp));
    }

    private static Path fakeDatabase(Path folder, String marker) throws IOException {
        Files.createDirectories(folder.resolve("Data-0001"));
        Files.writeString(folder.resolve("marker"), marker);
        return folder;
    }

    private static String marker(Path folder) throws IOException {
        return Files.readString(folder.resolve("marker"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
