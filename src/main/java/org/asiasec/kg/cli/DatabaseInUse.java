package org.asiasec.kg.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.asiasec.kg.UserException;

/**
 * Whether another process has a database open. TDB2 lets one process at a time open a database and marks
 * it with a lock on {@code tdb.lock} holding that process's id. A database being served is therefore
 * never rebuilt or read behind the server's back: {@code build} refuses it with one line (rather than
 * swapping the folder away while the server keeps serving the old graph and the new dumps), and
 * {@code query}, {@code export} and {@code validate} say which process has it and what to do instead of
 * failing with TDB's lock exception.
 *
 * <p>A build holds the same lock on the live folder while it runs ({@link #hold}), so that a {@code serve}
 * started meanwhile is refused in the same way.
 */
final class DatabaseInUse implements AutoCloseable {

    static final String LOCK_FILE = "tdb.lock";
    /** Written by {@code serve} next to the lock: the SPARQL endpoint that answers for the database. */
    static final String ENDPOINT_FILE = "served-endpoint.txt";
    private static final List<String> COMMANDS = List.of("serve", "build", "query", "export", "validate", "bench");

    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseInUse(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The process that has the database at {@code folder} open, if another one has. */
    static Optional<Holder> holder(Path folder) {
        Path file = folder.resolve(LOCK_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return Optional.of(Holder.of(readPid(channel), folder));
        } catch (OverlappingFileLockException thisProcess) {
            return Optional.empty(); // this JVM has it open itself
        } catch (IOException e) {
            return Optional.empty(); // cannot tell: TDB's own lock still guards the database
        }
    }

    /** Fails with one line when another process has the database open; {@code doing} says what this one wanted. */
    static void refuseIfHeld(Path folder, String doing) {
        holder(folder).ifPresent(h -> {
            throw new UserException(h.describe(folder) + ": " + adviceFor(h, folder, doing));
        });
    }

    /** Holds the database's lock until closed, so that no server opens it meanwhile; nothing to hold where there is no database yet. */
    static DatabaseInUse hold(Path folder, String doing) {
        refuseIfHeld(folder, doing);
        Path file = folder.resolve(LOCK_FILE);
        if (!Files.isDirectory(folder)) {
            return new DatabaseInUse(null, null);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                refuseIfHeld(folder, doing);
                throw new UserException(folder + " is in use by another process: try again when it has finished");
            }
            // as TDB does: the holder's process id in the file, for whoever finds it locked
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new DatabaseInUse(channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            return new DatabaseInUse(null, null); // TDB's own lock still guards the database
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the folder may have been replaced by the build; the lock goes with its channel
        }
    }

    private static String adviceFor(Holder h, Path folder, String doing) {
        if (!"serve".equals(h.command())) {
            return "wait until it has finished, then " + doing + " again";
        }
        return switch (doing) {
            case "build" -> "stop the server before rebuilding the database it serves (or build into another folder with --db,"
                    + " then serve that one)";
            case "query" -> "ask the server instead: query --endpoint " + h.endpoint().orElse("http://HOST:PORT/kg/sparql")
                    + " (or stop the server first)";
            case "export" -> "download the dumps from the server's /dumps/ instead (or stop the server first)";
            default -> "stop the server first";
        };
    }

    private static long readPid(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(64);
        channel.read(bytes, 0);
        String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A process holding a database: its id, the asiasec-kg command it runs (if it is one), the endpoint it serves. */
    record Holder(long pid, String command, Optional<String> endpoint) {

        static Holder of(long pid, Path folder) {
            String command = pid < 0 ? "" : ProcessHandle.of(pid).flatMap(p -> p.info().arguments())
                    .flatMap(args -> java.util.Arrays.stream(args).filter(COMMANDS::contains).findFirst())
                    .orElse("");
            Optional<String> endpoint = Optional.empty();
            try {
                Path file = folder.resolve(ENDPOINT_FILE);
                if (Files.isRegularFile(file)) {
                    endpoint = Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty());
                }
            } catch (IOException ignored) {
                // the advice then names the endpoint's usual form
            }
            return new Holder(pid, command, endpoint);
        }

        String describe(Path folder) {
            String who = pid < 0 ? "another process" : "process " + pid;
            String what = command.isEmpty() ? "" : " (asiasec-kg " + command + ")";
            return folder + " is " + ("serve".equals(command) ? "being served by " : "in use by ") + who + what;
        }
    }
}
