package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The files of the dump directory. A request path can only reach a regular, visible file
 * inside the directory: no dot segments, no hidden names, no way out through links.
 */
final class DumpFiles {

    private final Path root;

    DumpFiles(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    /** The file or directory a decoded relative path names, if it is safely inside the root. */
    Optional<Path> resolve(String relativePath) {
        if (relativePath.isEmpty()) {
            return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
        }
        String trimmed = relativePath.endsWith("/") ? relativePath.substring(0, relativePath.length() - 1) : relativePath;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || segment.contains("\\")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == ':')) {
                return Optional.empty();
            }
        }
        try {
            Path candidate = root.resolve(trimmed).normalize();
            if (!candidate.startsWith(root) || !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            return real.startsWith(root.toRealPath()) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException | InvalidPathException unreadable) {
            return Optional.empty();
        }
    }

    /** Visible entries of a directory, directories first, then by name. */
    List<Path> list(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> visible = new ArrayList<>(entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList());
            visible.sort((a, b) -> Files.isDirectory(a) != Files.isDirectory(b)
                    ? (Files.isDirectory(a) ? -1 : 1)
                    : a.getFileName().toString().compareTo(b.getFileName().toString()));
            return visible;
        }
    }

    /** The media type of a dump file; compressed files are served as they are, as gzip. */
    static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return "application/gzip";
        }
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang != null) {
            return lang.getHeaderString() + "; charset=utf-8";
        }
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** The RDF format of a dump file, looking through a .gz ending, for the listing. */
    static String formatName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean gzipped = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gzipped ? name.substring(0, name.length() - 3) : name);
        if (lang == null) {
            return gzipped ? "gzip" : "";
        }
        return lang.getLabel() + (gzipped ? " (gzip)" : "");
    }
}
