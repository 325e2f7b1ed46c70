package org.asiasec.kg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the project's real corpus texts for tests that build databases. */
public final class TestCorpus {

    public static final Path PROJECT_CORPUS = Path.of("corpus");

    private TestCorpus() {
    }

    /** The corpus texts (all of them when {@code limit} ≥ 5) and sources.tsv, copied into {@code folder}. */
    public static Path copy(Path folder, int limit) throws IOException {
        Files.createDirectories(folder);
        Files.copy(PROJECT_CORPUS.resolve("sources.tsv"), folder.resolve("sources.tsv"));
        for (Path text : texts().subList(0, Math.min(limit, texts().size()))) {
            Files.copy(text, folder.resolve(text.getFileName()));
        }
        return folder;
    }

    public static List<Path> texts() throws IOException {
        try (Stream<Path> files = Files.list(PROJECT_CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
