package org.asiasec.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.asiasec.kg.corpus.MetadataCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

    @Test
    @DisplayName("× 3 holds three copies of every text under distinct names, each with its original's metadata")
    void scaledCopies(@TempDir Path temp) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "上海合作组织成立于2001年。");
        Files.writeString(corpus.resolve("b.txt"), "亚信第四次峰会在上海举行。");
        Files.writeString(corpus.resolve("sources.tsv"), """
                # comment
                file\ttitle\tcreator\tdate\tpublisher\tlanguage
                a.txt\t上合\t某人\t2011\tunknown\tzh
                b.txt\t亚信\tunknown\t2014-05\tunknown\tzh
                """);

        Path scaled = new BenchCorpus(corpus).scaled(3, temp.resolve("work"));

        try (Stream<Path> files = Files.list(scaled)) {
            List<String> texts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            assertEquals(List.of("a-c000.txt", "a-c001.txt", "a-c002.txt", "b-c000.txt", "b-c001.txt", "b-c002.txt"), texts);
        }
        assertEquals(Files.readString(corpus.resolve("b.txt")), Files.readString(scaled.resolve("b-c002.txt")));
        MetadataCatalog catalog = MetadataCatalog.load(scaled);
        assertEquals("2014-05", catalog.lookup("b-c001.txt").date());
        assertEquals("上合", catalog.lookup("a-c002.txt").title());
        assertTrue(Files.readString(scaled.resolve("sources.tsv")).startsWith("# comment\nfile\t"));
    }

    @Test
    @DisplayName("making a scale again replaces the old copies")
    void remade(@TempDir Path temp) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "亚信");
        BenchCorpus bench = new BenchCorpus(corpus);
        Path scaled = bench.scaled(2, temp);
        Files.writeString(scaled.resolve("stale.txt"), "旧");
        bench.scaled(2, temp);
        assertTrue(Files.notExists(scaled.resolve("stale.txt")));
    }
}
