package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.asiasec.kg.TestCorpus;
import org.asiasec.kg.UserException;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.rdf.IriScheme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBuilderTest {

    @TempDir
    Path temp;

    private final DatabaseBuilder builder = new DatabaseBuilder(new StandardExtractor(), IriScheme.standard());

    @Test
    @DisplayName("each text becomes a named graph describing its asc:Source; queries see their union")
    void buildsOneGraphPerText() throws Exception {
        Path corpus = TestCorpus.copy(temp.resolve("corpus"), 2);
        Path db = temp.resolve("db");
        List<int[]> progress = new java.util.ArrayList<>();

        BuildSummary summary = builder.build(corpus, db, (done, total, quads) -> progress.add(new int[] {done, total}));

        assertEquals(2, summary.texts());
        assertEquals(List.of(1, 2), progress.stream().map(p -> p[0]).toList());
        String first = TestCorpus.texts().get(0).getFileName().toString();
        Node source = IriScheme.standard().source(first);
        DatasetGraph dataset = KgDatabase.open(db);
        try {
            Txn.executeRead(dataset, () -> {
                assertTrue(dataset.contains(source, source, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(first)));
                assertEquals(summary.quads(), namedGraphQuads(dataset));
                try (QueryExecution q = QueryExecution.create(
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <https://w3id.org/asiasec/ontology#Source> }",
                        DatasetFactory.wrap(dataset))) {
                    assertEquals(2, q.execSelect().next().getLiteral("n").getInt(), "default graph = union");
                }
            });
        } finally {
            TDBInternal.expel(dataset);
        }
        assertEquals(List.of("corpus", "db"), names(temp), "no leftover build folder");
        assertEquals(List.of("asiasec.jsonld", "asiasec.nq", "asiasec.nt", "asiasec.rdf", "asiasec.trig", "asiasec.ttl", "void.ttl"),
                names(DatasetDumps.folderOf(db)), "the dumps are built with the database, inside its folder");
    }

    @Test
    @DisplayName("the stored default graph is exactly the union of the named graphs; GRAPH ?g sees the named graphs only")
    void defaultGraphIsTheUnion() throws Exception {
        Path db = temp.resolve("db");
        builder.build(TestCorpus.copy(temp.resolve("corpus"), 2), db, (d, t, q) -> { });
        DatasetGraph dataset = KgDatabase.open(db);
        try {
            Txn.executeRead(dataset, () -> {
                Graph union = GraphFactory.createDefaultGraph();
                dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
                Graph stored = dataset.getDefaultGraph();
                assertTrue(union.size() > 0);
                assertEquals(union.size(), stored.size());
                assertTrue(union.find().toList().stream().allMatch(stored::contains));
                try (QueryExecution q = QueryExecution.create(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", DatasetFactory.wrap(dataset))) {
                    assertEquals(namedGraphQuads(dataset), q.execSelect().next().getLiteral("n").getLong());
                }
            });
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    @Test
    @DisplayName("a rebuild replaces the database; a failed build leaves it as it was")
    void rebuildAndFailedBuild() throws Exception {
        Path db = temp.resolve("db");
        builder.build(TestCorpus.copy(temp.resolve("small"), 1), db, (d, t, q) -> { });
        BuildSummary bigger = builder.build(TestCorpus.copy(temp.resolve("big"), 3), db, (d, t, q) -> { });
        assertEquals(3, bigger.texts());

        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("sources.tsv"), "file\ttitle\n坏行\n");
        Files.writeString(broken.resolve("a.txt"), "亚信");
        assertThrows(UserException.class, () -> builder.build(broken, db, (d, t, q) -> { }));
        assertThrows(UserException.class, () -> builder.build(temp.resolve("missing"), db, (d, t, q) -> { }));
        assertEquals(List.of(), loaderThreads(), "the failed build's loader threads have ended");

        DatasetGraph dataset = KgDatabase.open(db);
        try {
            assertEquals(bigger.quads(), (long) Txn.calculateRead(dataset, () -> namedGraphQuads(dataset)));
        } finally {
            TDBInternal.expel(dataset);
        }
        assertEquals(List.of("big", "broken", "db", "small"), names(temp));
    }

    @Test
    @DisplayName("the ontology, when the project has one, is loaded into its own named graph")
    void ontologyGraph() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(OntologyFiles.ONTOLOGY), "no ontology/asiasec.ttl yet");
        Path db = temp.resolve("db");
        BuildSummary summary = builder.build(TestCorpus.copy(temp.resolve("corpus"), 1), db, (d, t, q) -> { });
        assertTrue(summary.withOntology());
        DatasetGraph dataset = KgDatabase.open(db);
        try {
            Node ontology = NodeFactory.createURI(Asc.ONTOLOGY_IRI);
            Txn.executeRead(dataset, () -> {
                assertTrue(dataset.getGraph(ontology).size() > 0);
                assertTrue(dataset.getGraph(ontology).find().toList().stream().allMatch(dataset.getDefaultGraph()::contains),
                        "the default graph includes the ontology");
            });
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    @Test
    @DisplayName("opening a database that was never built is a user error")
    void openingMissingDatabase() {
        var e = assertThrows(UserException.class, () -> KgDatabase.open(temp.resolve("nothing")));
        assertTrue(e.getMessage().contains("build"), e.getMessage());
    }

    private static long namedGraphQuads(DatasetGraph dataset) {
        return Iter.count(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }

    private static List<String> loaderThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.tdb2.loader")))
                .map(e -> e.getKey().getName())
                .toList();
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
