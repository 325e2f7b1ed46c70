package org.asiasec.kg.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** One file of the project's {@code queries/} folder: a competency question as SPARQL. */
record ShippedQuery(String fileName, String text) {

    static final Path FOLDER = Path.of("queries");

    static List<ShippedQuery> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().map(ShippedQuery::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file whose name starts with {@code prefix}, e.g. "02-". */
    static ShippedQuery numbered(String prefix) {
        List<ShippedQuery> matching = all().stream().filter(q -> q.fileName().startsWith(prefix)).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException("expected one query file starting with " + prefix + ", found " + matching);
        }
        return matching.get(0);
    }

    private static ShippedQuery read(Path file) {
        try {
            return new ShippedQuery(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query parse() {
        return QueryFactory.create(text);
    }

    /** The same query with one parameter changed: {@code from} must occur in the text exactly once. */
    ShippedQuery with(String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException(fileName + " does not contain " + from + " exactly once");
        }
        return new ShippedQuery(fileName, text.replace(from, to));
    }

    /** The comment lines before the query proper. */
    String header() {
        StringBuilder header = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        return header.toString();
    }

    @Override
    public String toString() {
        return fileName;
    }
}
