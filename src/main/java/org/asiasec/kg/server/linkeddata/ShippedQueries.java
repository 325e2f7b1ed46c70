package org.asiasec.kg.server.linkeddata;

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
 * The example queries shipped in {@code queries/}: the folder in the working directory when there is one
 * (edited copies win), else the copy packed into the jar.
 */
final class ShippedQueries {

    /** One query file: its name, its title and question (the leading comment) and its text. */
    record ShippedQuery(String file, String title, List<String> question, String text) {
    }

    private static final String FOLDER = "queries";

    private ShippedQueries() {
    }

    static List<ShippedQuery> load() {
        Path local = Path.of(FOLDER);
        if (Files.isDirectory(local)) {
            return read(local);
        }
        URL marker = ShippedQueries.class.getClassLoader().getResource(FOLDER + "/");
        if (marker == null) {
            return List.of();
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException open) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath(FOLDER));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            return List.of();
        }
    }

    private static List<ShippedQuery> read(Path folder) {
        List<ShippedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                List<String> comment = new ArrayList<>();
                for (String line : text.split("\n")) {
                    if (!line.startsWith("#")) {
                        break;
                    }
                    comment.add(line.replaceFirst("^#\\s?", ""));
                }
                String title = comment.isEmpty() ? f.getFileName().toString() : comment.get(0);
                List<String> question = comment.stream().skip(1)
                        .filter(l -> l.startsWith("问题") || l.startsWith("Question") || l.startsWith("  ") && !l.isBlank())
                        .limit(4).toList();
                queries.add(new ShippedQuery(f.getFileName().toString(), title, question, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }
}
