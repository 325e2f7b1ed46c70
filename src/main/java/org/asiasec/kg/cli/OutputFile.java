package org.asiasec.kg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.asiasec.kg.UserException;

/**
 * An output file written under a temporary name next to it and moved into place only when complete:
 * a command that fails half-way leaves the previous file, or none, never a truncated one.
 */
final class OutputFile implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private boolean complete;

    private OutputFile(Path target, Path partial, OutputStream out) {
        this.target = target;
        this.partial = partial;
        this.out = out;
    }

    /** @throws UserException naming {@code target} if its folder is missing or cannot be written */
    static OutputFile create(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserException("cannot write " + target + ": no such folder " + parent);
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            return new OutputFile(target, partial, new BufferedOutputStream(Files.newOutputStream(partial)));
        } catch (IOException e) {
            throw new UserException("cannot write " + target + ": " + Main.reason(e), e);
        }
    }

    OutputStream stream() {
        return out;
    }

    /** Finishes the file and puts it in place. */
    void commit() {
        try {
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            complete = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Without {@link #commit()}: throws the unfinished file away. */
    @Override
    public void close() {
        if (complete) {
            return;
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted anyway
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // a hidden leftover next to the output, harmless
        }
    }
}
