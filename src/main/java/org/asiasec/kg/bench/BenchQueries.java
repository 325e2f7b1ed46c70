package org.asiasec.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The queries to time: every {@code *.rq} of a {@code queries/} folder, or, run away from a checkout, the
 * copy of the project's {@code queries/} packed in the jar. The bench has no queries of its own: it times
 * the ones users run.
 */
public record BenchQueries(String origin, List<Query> queries) {

    public record Query(String name, String text) {
    }

    /** Where the build packs {@code queries/} (see the pom's resources). */
    private static final String PACKED = "queries";

    public static BenchQueries load(Path folder) {
        if (Files.isDirectory(folder)) {
            List<Query> queries = readFolder(folder);
            if (!queries.isEmpty()) {
                return new BenchQueries(folder + "/*.rq", queries);
            }
        }
        return packed();
    }

    /** The shipped queries as packed on the classpath (in the jar, or target/classes when run from a build). */
    static BenchQueries packed() {
        URL url = BenchQueries.class.getClassLoader().getResource(PACKED);
        if (url == null) {
            throw new IllegalStateException("the shipped queries are not on the classpath (" + PACKED + "/)");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new BenchQueries("the shipped queries packed with asiasec-kg", readFolder(Path.of(uri)));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return new BenchQueries("the shipped queries packed with asiasec-kg", readFolder(jar.getPath(PACKED)));
            } catch (FileSystemAlreadyExistsException open) {
                // someone else in this JVM has the jar open as a file system: read through theirs, leave it open
                return new BenchQueries("the shipped queries packed with asiasec-kg",
                        readFolder(FileSystems.getFileSystem(uri).getPath(PACKED)));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the shipped queries at " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<Query> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Query> queries = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList()) {
                queries.add(new Query(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + folder, e);
        }
    }
}
