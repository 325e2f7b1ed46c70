package org.asiasec.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.asiasec.kg.TestCorpus;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.store.ExportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The commands at work on two corpus texts, built once for the class. */
class CliCommandsTest {

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path db;
    private static String firstText;
    private static Node firstSource;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpus.copy(temp.resolve("corpus"), 2);
        db = temp.resolve("db");
        firstText = TestCorpus.texts().get(0).getFileName().toString();
        firstSource = IriScheme.standard().source(firstText);
        CliRun run = CliRun.of("build", "--corpus", corpus.toString(), "--db", db.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().matches("(?s)built .*: 2 texts, \\d+ triples.* in [0-9.]+ s\\R"), run::toString);
    }

    @Test
    @DisplayName("query answers as a table, CSV, TSV or JSON")
    void queryFormats() {
        String sparql = "SELECT (COUNT(DISTINCT ?s) AS ?sources) { ?s a <https://w3id.org/asiasec/ontology#Source> }";
        assertTrue(query(sparql, "table").contains("| 2       |"));
        assertEquals("sources\r\n2\r\n", query(sparql, "csv"));
        assertEquals("?sources\n2\n", query(sparql, "tsv"));
        assertTrue(query(sparql, "json").replaceAll("\\s", "").contains("\"value\":\"2\""));
        assertEquals("true\n", query("ASK { ?s ?p ?o }", "table"));
    }

    static Stream<Path> exampleQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleQueries")
    @DisplayName("the README's example queries run")
    void exampleQueriesRun(Path file) {
        CliRun run = CliRun.of("query", file.toString(), "--format", "csv", "--db", db.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().lines().count() >= 1, run::toString);
    }

    @Test
    @DisplayName("the sources query lists each text with its title")
    void sourcesQuery() {
        CliRun run = CliRun.of("query", "queries/24-sources.rq", "--format", "csv", "--db", db.toString());
        assertEquals(3, run.out().lines().count(), run::toString);
        assertTrue(run.out().contains(firstText), run::toString);
    }

    @Test
    @DisplayName("a malformed query is a one-line error quoting the parser")
    void malformedQuery() {
        CliRun run = CliRun.of("query", "--query", "SELECT ?x WHERE { ?x ?p }", "--db", db.toString());
        CliErrorsTest.assertOneLineError(run, 1);
        assertTrue(run.err().contains("line 1, column"), run::toString);
    }

    @ParameterizedTest(name = "export --format {0}")
    @EnumSource(ExportFormat.class)
    @DisplayName("export writes every format, ontology and text graphs included, readable by Jena")
    void export(ExportFormat format) throws IOException {
        Path file = temp.resolve("export." + format.extension);
        CliRun run = CliRun.of("export", "--format", format.name(), "--out", file.toString(), "--db", db.toString());
        assertEquals(0, run.exitCode(), run::toString);
        DatasetGraph read = parse(file, langOf(format));
        Node title = NodeFactory.createURI(DCTerms.title.getURI());
        assertTrue(read.stream().anyMatch(q -> q.getSubject().equals(firstSource) && q.getPredicate().equals(title)),
                "the first text's title");
        if (List.of(ExportFormat.nq, ExportFormat.trig, ExportFormat.jsonld).contains(format)) {
            assertTrue(read.containsGraph(firstSource), "named graph per text");
        }
        Node dataset = IriScheme.standard().dataset();
        assertTrue(read.stream().anyMatch(q -> q.getSubject().equals(dataset) && q.getPredicate().equals(VOID.triples.asNode())),
                "the VoID description is part of the export");
    }

    @Test
    @DisplayName("export to standard output")
    void exportToStdout() {
        CliRun run = CliRun.of("export", "--format", "nt", "--db", db.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("<" + firstSource.getURI() + ">"), run::toString);
    }

    @Test
    @DisplayName("extract --out-dir writes <stem>.<ext> per text holding that text's named graph")
    void extractPerText() throws IOException {
        Path out = temp.resolve("per-text");
        CliRun run = CliRun.of("extract", "--out-dir", out.toString(), corpus.toString());
        assertEquals(0, run.exitCode(), run::toString);
        for (Path text : TestCorpus.texts().subList(0, 2)) {
            String name = text.getFileName().toString();
            DatasetGraph read = parse(out.resolve(name.replace(".txt", ".trig")), Lang.TRIG);
            assertEquals(List.of(IriScheme.standard().source(name)), read.stream().map(q -> q.getGraph()).distinct().toList());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    @DisplayName("extract --out writes all texts into one file, under the --base given")
    void extractOneFile() throws IOException {
        Path file = temp.resolve("all.nq");
        CliRun run = CliRun.of("extract", "--format", "nq", "--base", "http://example.org/kg/", "--out", file.toString(),
                corpus.resolve(firstText).toString());
        assertEquals(0, run.exitCode(), run::toString);
        DatasetGraph read = parse(file, Lang.NQUADS);
        assertTrue(read.containsGraph(new IriScheme("http://example.org/kg/").source(firstText)));
    }

    @Test
    @DisplayName("validate: exit 0 when the shapes hold, 1 and a report naming the focus node when not")
    void validate() throws IOException {
        String prefixes = "PREFIX sh: <http://www.w3.org/ns/shacl#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "PREFIX asc: <https://w3id.org/asiasec/ontology#>\n";
        Path holds = Files.writeString(temp.resolve("holds.ttl"), prefixes
                + "[] a sh:NodeShape ; sh:targetClass asc:Source ; sh:property [ sh:path dcterms:identifier ; sh:minCount 1 ] .");
        CliRun ok = CliRun.of("validate", "--shapes", holds.toString(), "--db", db.toString());
        assertEquals(0, ok.exitCode(), ok::toString);
        assertTrue(ok.out().startsWith("conforms"), ok::toString);

        Path fails = Files.writeString(temp.resolve("fails.ttl"), prefixes
                + "[] a sh:NodeShape ; sh:targetClass asc:Source ; sh:property [ sh:path dcterms:isPartOf ; sh:minCount 1 ] .");
        CliRun bad = CliRun.of("validate", "--shapes", fails.toString(), "--db", db.toString());
        assertEquals(1, bad.exitCode(), bad::toString);
        assertEquals(2, bad.out().lines().filter(l -> l.startsWith("Violation")).count(), bad::toString);
        assertTrue(bad.out().contains(firstSource.getURI()) || bad.out().contains("source/" + firstText.replace(".txt", "")), bad::toString);
        assertEquals(1, bad.errLines().size(), bad::toString);
    }

    private static String query(String sparql, String format) {
        CliRun run = CliRun.of("query", "--query", sparql, "--format", format, "--db", db.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return run.out();
    }

    private static Lang langOf(ExportFormat format) {
        return switch (format) {
            case ttl -> Lang.TURTLE;
            case nt -> Lang.NTRIPLES;
            case nq -> Lang.NQUADS;
            case trig -> Lang.TRIG;
            case jsonld -> Lang.JSONLD;
            case rdfxml -> Lang.RDFXML;
        };
    }

    private static DatasetGraph parse(Path file, Lang lang) {
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(lang).parse(read);
        return read;
    }
}
