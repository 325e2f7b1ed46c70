package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.asiasec.kg.store.DatasetDescription;
import org.asiasec.kg.store.DescriptionSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mapped dataset, with the ontology in its own graph and the VoID description in the default
 * graph (as the export writes it), survives every format: Jena reads back what Jena wrote, and an
 * independent parser agrees on the count — rapper (raptor2-utils) for the formats it reads, rdflib
 * for JSON-LD, which raptor does not read.
 */
class SerialisationTest {

    @TempDir
    static Path dir;
    private static DatasetGraph dataset;
    private static Graph union;

    @BeforeAll
    static void build() {
        dataset = DatasetGraphFactory.createTxnMem();
        SampleCorpus.mapped().find().forEachRemaining(dataset::add);
        dataset.addGraph(org.apache.jena.graph.NodeFactory.createURI(Asc.ONTOLOGY_GRAPH), Ontology.ontologyGraph());
        var description = DatasetDescription.describe(dataset, DescriptionSettings.of(IriScheme.standard(),
                "http://127.0.0.1:3030/kg/sparql", Map.of(Lang.TURTLE, "http://127.0.0.1:3030/dumps/asiasec.ttl")));
        description.getGraph().find().forEachRemaining(t -> dataset.getDefaultGraph().add(t));
        union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ttl", "nt", "rdf", "nq", "trig", "jsonld"})
    @DisplayName("each format parses back in Jena with the same triple or quad count")
    void jenaRoundTrip(String extension) throws IOException {
        Lang lang = RDFLanguages.fileExtToLang(extension);
        Path file = write(extension);
        if (RDFLanguages.isQuads(lang)) {
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFDataMgr.read(back, file.toString(), lang);
            assertEquals(count(dataset), count(back));
            assertEquals(org.apache.jena.atlas.iterator.Iter.count(dataset.listGraphNodes()), org.apache.jena.atlas.iterator.Iter.count(back.listGraphNodes()));
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(back, file.toString(), lang);
            assertEquals(union.size(), back.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ttl", "nt", "rdf", "nq", "trig"})
    @DisplayName("rapper (raptor2) reads each format it knows with the same count")
    void rapperAgrees(String extension) throws Exception {
        assumeTrue(onPath("rapper"), "rapper not installed (apt-get install raptor2-utils); skipping the independent parser check");
        Lang lang = RDFLanguages.fileExtToLang(extension);
        Path file = write(extension);
        String format = Map.of("ttl", "turtle", "nt", "ntriples", "rdf", "rdfxml", "nq", "nquads", "trig", "trig").get(extension);
        boolean quads = RDFLanguages.isQuads(lang);
        // rapper re-serialises what it read; distinct lines, because Jena's pretty RDF/XML repeats
        // some statements (an rdf:type for each inline mention of a class), which rapper counts again
        String output = run("rapper", "-q", "-i", format, "-o", quads ? "nquads" : "ntriples", file.toString());
        long distinct = output.lines().filter(line -> !line.isBlank()).distinct().count();
        assertEquals(quads ? count(dataset) : union.size(), distinct);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("rdflib reads the JSON-LD with the same quad count")
    void rdflibReadsJsonLd() throws Exception {
        // Debian's python3-rdflib is installed for the system interpreter, which a pyenv shim may hide
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        assumeTrue(run(python, "-c", "import rdflib").isBlank(),
                "python3-rdflib not installed (apt-get install python3-rdflib); skipping the independent JSON-LD check");
        Path file = write("jsonld");
        String output = run(python, "-c", "import rdflib,sys\n"
                + "g = rdflib.ConjunctiveGraph()\n"
                + "g.parse(sys.argv[1], format='json-ld')\n"
                + "print(sum(1 for _ in g.quads((None, None, None, None))))", file.toString());
        assertEquals(count(dataset), Long.parseLong(output.strip()), output);
    }

    private static Path write(String extension) throws IOException {
        Lang lang = RDFLanguages.fileExtToLang(extension);
        Path file = dir.resolve("sample." + extension);
        if (!Files.exists(file)) {
            try (var out = Files.newOutputStream(file)) {
                if (RDFLanguages.isQuads(lang)) {
                    RDFDataMgr.write(out, dataset, lang);
                } else {
                    RDFDataMgr.write(out, union, lang);
                }
            }
        }
        return file;
    }

    private static long count(DatasetGraph dsg) {
        return dsg.stream().count();
    }

    private static boolean onPath(String command) {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dirName, command))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return output;
    }
}
