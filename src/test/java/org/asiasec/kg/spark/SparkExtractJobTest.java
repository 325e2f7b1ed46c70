package org.asiasec.kg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.SparkSession;
import org.asiasec.kg.TestCorpus;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.pipeline.CorpusPipeline;
import org.asiasec.kg.store.BuildSummary;
import org.asiasec.kg.store.DatabaseBuilder;
import org.asiasec.kg.store.DatabaseQuads;
import org.asiasec.kg.store.ExportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode on two cores writes the same N-Quads as {@code extract --format nq}. */
class SparkExtractJobTest {

    @TempDir
    static Path temp;

    private static SparkSession spark;
    private static Path corpus;
    private static List<String> extracted;

    @BeforeAll
    static void startSpark() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("SparkExtractJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        corpus = TestCorpus.copy(temp.resolve("corpus"), 5);
        extracted = extractNq(TestCorpus.texts());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    @DisplayName("a folder of texts with its sources.tsv: the job's N-Quads = extract --format nq on the same texts, sorted")
    void folderOfTexts() throws IOException {
        Files.write(corpus.resolve("图片.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2, 3, 0, 0, 7});
        Path out = temp.resolve("out-folder");

        SparkExtractJob.Summary summary = SparkExtractJob.run(spark,
                SparkExtractJob.Options.parse("--input", corpus.toString(), "--output", out.toString(), "--partitions", "2"));

        assertEquals(extracted, sortedLines(out));
        assertEquals(6, summary.texts());
        assertEquals(1, summary.unreadable(), "the binary file is reported, not extracted");
        assertEquals(extracted.size(), summary.quads());
        assertEquals(List.of("nq/part-00000.nq", "nq/part-00001.nq"), summary.files());
        List<String> manifest = Files.readAllLines(out.resolve(SparkExtractJob.MANIFEST));
        assertEquals(List.of("# texts\t6", "# unreadable\t1", "# quads\t" + extracted.size(), "# file\tnq/part-00000.nq",
                "# file\tnq/part-00001.nq", "name\tquads\terror"), manifest.subList(0, 6));
        assertTrue(manifest.get(6).startsWith(TestCorpus.texts().get(0).getFileName() + "\t"), manifest.get(6));
        assertTrue(manifest.get(11).startsWith("图片.txt\t0\t"), manifest.get(11));
        Files.delete(corpus.resolve("图片.txt"));    }

    @Test
    @DisplayName("a JSON-lines table of (name, text) with --metadata: the same N-Quads for the same texts; loaded, they give build's database")
    void tableOfTexts() throws IOException {
        List<Path> two = TestCorpus.texts().subList(0, 2);
        StringBuilder jsonl = new StringBuilder();
        for (Path text : two) {
            jsonl.append("{\"name\":\"").append(text.getFileName()).append("\",\"text\":")
                    .append(jsonString(Files.readString(text))).append("}\n");
        }
        Path table = temp.resolve("texts.jsonl");
        Files.writeString(table, jsonl);
        Path out = temp.resolve("out-table");

        SparkExtractJob.run(spark, SparkExtractJob.Options.parse("--input", table.toString(), "--output", out.toString(),
                "--metadata", corpus.resolve("sources.tsv").toString()));

        assertEquals(extractedOf(two), sortedLines(out));

        // loaded with the project's loader, the partitions give the database that build gives, quad for quad
        DatabaseBuilder builder = new DatabaseBuilder(new StandardExtractor(), IriScheme.standard());
        BuildSummary loaded = builder.load(List.of(out.resolve(SparkExtractJob.NQ_FOLDER)).stream()
                .flatMap(SparkExtractJobTest::nqFiles).toList(), temp.resolve("loaded"), (d, t, q) -> { });
        BuildSummary built = builder.build(TestCorpus.copy(temp.resolve("corpus-two"), 2), temp.resolve("built"), (d, t, q) -> { });
        assertEquals(2, loaded.texts());
        assertEquals(built.quads(), loaded.quads());
        DatabaseQuads.assertSame(DatabaseQuads.sorted(temp.resolve("built")), DatabaseQuads.sorted(temp.resolve("loaded")));
    }

    private static java.util.stream.Stream<Path> nqFiles(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".nq")).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("without the metadata file the texts get no title: the table's N-Quads differ from extract's")
    void tableWithoutMetadataDiffers() throws IOException {
        List<Path> one = TestCorpus.texts().subList(0, 1);
        Path table = temp.resolve("one.jsonl");
        Files.writeString(table, "{\"name\":\"" + one.get(0).getFileName() + "\",\"text\":" + jsonString(Files.readString(one.get(0))) + "}\n");
        Path out = temp.resolve("out-bare");

        SparkExtractJob.run(spark, SparkExtractJob.Options.parse("--input", table.toString(), "--output", out.toString()));

        List<String> withMetadata = extractedOf(one);
        List<String> without = sortedLines(out);
        assertTrue(!without.equals(withMetadata) && withMetadata.stream().anyMatch(l -> l.contains("/title>")),
                "the title comes from sources.tsv");
    }

    /** What {@code extract --format nq --out FILE} writes for these texts, line by line, sorted. */
    private static List<String> extractNq(List<Path> texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportFormat.QuadWriter writer = ExportFormat.nq.open(bytes, Map.of());
        new CorpusPipeline(new StandardExtractor(), IriScheme.standard()).run(texts.stream().map(t -> corpus.resolve(t.getFileName())).toList(),
                new CorpusPipeline.TextSink() {
                    @Override
                    public void quad(Quad quad) {
                        writer.quad(quad);
                    }

                    @Override
                    public void end(SourceText source, long quads, int done, int total) {
                    }
                });
        writer.finish();
        return Arrays.stream(bytes.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isEmpty()).sorted().toList();
    }

    /** The lines of {@code extract}'s output in the named graphs of these texts. */
    private static List<String> extractedOf(List<Path> texts) {
        List<String> graphs = texts.stream().map(t -> "<" + IriScheme.standard().source(t.getFileName().toString()).getURI() + "> .").toList();
        return extracted.stream().filter(line -> graphs.stream().anyMatch(line::endsWith)).toList();
    }

    private static List<String> sortedLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out.resolve(SparkExtractJob.NQ_FOLDER))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".nq")).toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return lines.stream().filter(l -> !l.isEmpty()).sorted().toList();
    }

    private static String jsonString(String s) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
