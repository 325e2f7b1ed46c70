package org.asiasec.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The queries to time: every {@code *.rq} of the project's {@code queries/} folder, or, where there is
 * none, the few representative queries packed under {@code bench/queries/}.
 */
public record BenchQueries(String origin, List<Query> queries) {

    public record Query(String name, String text) {
    }

    private static final String PACKED = "bench/queries/";

    public static BenchQueries load(Path folder) {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Query> queries = new ArrayList<>();
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                    queries.add(new Query(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
                if (!queries.isEmpty()) {
                    return new BenchQueries(folder + "/*.rq", queries);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the queries in " + folder, e);
            }
        }
        return packed();
    }

    static BenchQueries packed() {
        List<Query> queries = new ArrayList<>();
        for (String name : resource("INDEX").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            queries.add(new Query(name, resource(name)));
        }
        return new BenchQueries("representative queries packed with bench (no queries/ folder)", queries);
    }

    private static String resource(String name) {
        try (InputStream in = BenchQueries.class.getClassLoader().getResourceAsStream(PACKED + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PACKED + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
