package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.StandardExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The graph built from corpus/ by the standard extractor and this mapping. */
class CorpusGraphTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Map<String, String> texts = new HashMap<>();
    private static DatasetGraph built;

    @BeforeAll
    static void build() {
        built = buildCorpus();
    }

    private static DatasetGraph buildCorpus() {
        CorpusReader reader = new CorpusReader();
        MetadataCatalog catalog = MetadataCatalog.load(CORPUS);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RdfMapper mapper = new RdfMapper(IriScheme.standard(), StreamRDFLib.dataset(dsg));
        StandardExtractor extractor = new StandardExtractor();
        for (Path file : reader.listTexts(List.of(CORPUS))) {
            SourceText source = reader.read(file, catalog);
            texts.put(source.fileName(), source.text());
            extractor.extract(source, mapper);
        }
        return dsg;
    }

    @Test
    @DisplayName("the corpus graph has one named graph per text and conforms to the shapes")
    void conforms() {
        assertEquals(texts.size(), built.size());
        assertTrue(texts.size() >= 5);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Ontology.shapesGraph()), built.getUnionGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), () -> report.getEntries().size() + " violations, first: " + report.getEntries().iterator().next());
    }

    @Test
    @DisplayName("two builds of the corpus give byte-identical sorted N-Quads")
    void deterministic() {
        assertEquals(String.join("\n", SampleCorpus.sortedNQuads(built)), String.join("\n", SampleCorpus.sortedNQuads(buildCorpus())));
    }

    @Test
    @DisplayName("every sentence of the corpus graph is its source text between its code point offsets")
    void sentencesMatchTheirSources() {
        String query = """
                PREFIX asc: <https://w3id.org/asiasec/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?file ?text ?start ?end WHERE { GRAPH ?g {
                  ?s a asc:Sentence ; asc:text ?text ; asc:start ?start ; asc:end ?end ;
                     dcterms:isPartOf/dcterms:identifier ?file . } }""";
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(built)).query(query).build()) {
            exec.execSelect().forEachRemaining(row -> {
                String text = texts.get(row.getLiteral("file").getString());
                int start = text.offsetByCodePoints(0, row.getLiteral("start").getInt());
                int end = text.offsetByCodePoints(0, row.getLiteral("end").getInt());
                assertEquals(row.getLiteral("text").getString(), text.substring(start, end));
            });
        }
    }
}
