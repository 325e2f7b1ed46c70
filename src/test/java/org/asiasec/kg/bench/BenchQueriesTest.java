package org.asiasec.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchQueriesTest {

    private static List<String> shippedNames() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    @DisplayName("bench times every query in queries/, in file-name order, text as in the file")
    void timesTheShippedQueries() throws Exception {
        BenchQueries queries = BenchQueries.load(Path.of("queries"));
        assertEquals(shippedNames(), queries.queries().stream().map(BenchQueries.Query::name).toList());
        assertEquals(Files.readString(Path.of("queries/01-sco-summits.rq")), queries.queries().get(0).text());
    }

    @Test
    @DisplayName("away from a checkout (no queries/ folder) it times the same queries, packed with the program")
    void packedCopyIsTheShippedQueries(@TempDir Path temp) throws Exception {
        BenchQueries queries = BenchQueries.load(temp.resolve("queries"));
        assertEquals(shippedNames(), queries.queries().stream().map(BenchQueries.Query::name).toList());
        assertEquals("the shipped queries packed with asiasec-kg", queries.origin());
    }

    @Test
    @DisplayName("a folder of one's own queries is timed instead")
    void ownFolder(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("b.rq"), "ASK {}");
        Files.writeString(temp.resolve("a.rq"), "SELECT * {}");
        Files.writeString(temp.resolve("notes.txt"), "not a query");
        assertEquals(List.of("a.rq", "b.rq"), BenchQueries.load(temp).queries().stream().map(BenchQueries.Query::name).toList());
    }
}
