package org.asiasec.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IOX;
import org.asiasec.kg.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The place of a database on disk and its swap protocol. A build writes into a sibling folder
 * {@code <name>.building-<pid>}; when it is complete, the live folder is renamed to
 * {@code <name>.retired-<pid>}, the new one takes its name, and the retired one is deleted.
 * A process killed at any point leaves folders tagged with its (now dead) process id:
 * {@link #recover()} deletes unfinished builds and, if the kill fell between the two renames,
 * puts the previous database back.
 */
public final class DatabaseDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseDirectory.class);
    private static final String BUILDING = ".building-";
    private static final String RETIRED = ".retired-";

    private final Path live;

    public DatabaseDirectory(Path live) {
        this.live = live.toAbsolutePath().normalize();
    }

    public Path live() {
        return live;
    }

    /** A TDB2 database has at least one {@code Data-NNNN} generation folder. */
    public boolean exists() {
        return isDatabase(live);
    }

    /** A fresh, empty folder for this process to build into; refuses to replace a folder that is not a database. */
    public Path newBuildFolder() {
        if (Files.exists(live) && !exists() && !isEmptyFolder(live)) {
            throw new UserException(live + " exists and is not a TDB2 database: refusing to replace it");
        }
        Path folder = sibling(BUILDING + ProcessHandle.current().pid());
        try {
            deleteTree(folder);
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** Makes a completed build the live database. */
    public void promote(Path built) {
        Path retired = sibling(RETIRED + ProcessHandle.current().pid());
        try {
            if (Files.exists(live)) {
                Files.move(live, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(built, live, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(retired);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new database into place at " + live, e);
        }
    }

    /** Cleans up after builds that died: removes their folders, restores a database caught mid-swap. */
    public void recover() {
        for (Path leftover : leftovers()) {
            String name = leftover.getFileName().toString();
            try {
                if (name.contains(RETIRED) && !Files.exists(live) && isDatabase(leftover)) {
                    Files.move(leftover, live, StandardCopyOption.ATOMIC_MOVE);
                    LOG.warn("restored the previous database {} (a build was interrupted while swapping)", live);
                } else {
                    deleteTree(leftover);
                    LOG.info("removed {} left by an interrupted build", leftover.getFileName());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean up " + leftover, e);
            }
        }
    }

    /** Build or swap folders of processes that are no longer running. */
    List<Path> leftovers() {
        Path parent = live.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        String prefix = live.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> ownerOf(p.getFileName().toString(), prefix)
                            .filter(pid -> !isRunning(pid)).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent, e);
        }
    }

    private static Optional<Long> ownerOf(String fileName, String prefix) {
        for (String tag : new String[] {BUILDING, RETIRED}) {
            if (fileName.startsWith(prefix + tag)) {
                try {
                    return Optional.of(Long.parseLong(fileName.substring(prefix.length() + tag.length())));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isRunning(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private Path sibling(String suffix) {
        return live.resolveSibling(live.getFileName() + suffix);
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isDatabase(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(c -> Files.isDirectory(c) && c.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes a failed build's folder; what cannot be removed now, {@link #recover()} removes later. */
    static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", folder, e.getMessage());
        }
    }

    /** Jena's recursive delete, its failure as the IOException the callers report. */
    private static void deleteTree(Path root) throws IOException {
        try {
            IOX.deleteAll(root);
        } catch (RuntimeIOException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }
}
