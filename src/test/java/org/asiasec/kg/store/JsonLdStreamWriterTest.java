package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.rdf.IriScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonLdStreamWriterTest {

    private static final IriScheme IRIS = IriScheme.standard();

    @Test
    @DisplayName("quads in store order read back as the same dataset: named graphs, the default graph, IRIs, blank nodes, tagged, typed and plain literals")
    void roundTrip() {
        List<Quad> quads = sample();
        DatasetGraph expected = dataset(quads);
        List<Quad> storeOrder = new ArrayList<>();
        expected.find().forEachRemaining(storeOrder::add);

        String json = write(storeOrder);
        assertTrue(json.contains("\"asc\": \"" + Asc.NS + "\""), json);
        assertTrue(json.contains("\"rdfs:label\": [ { \"@value\": \"上海合作组织\", \"@language\": \"zh\" }"), json);
        assertIsomorphic(expected, json);
    }

    @Test
    @DisplayName("quads in any order, subjects and graphs interleaved, still read back as the same dataset")
    void anyOrder() {
        List<Quad> quads = sample();
        Collections.shuffle(quads, new Random(7));
        assertIsomorphic(dataset(quads), write(quads));
    }

    @Test
    @DisplayName("no quads: an empty but valid document")
    void empty() {
        assertEquals(0, parse(write(List.of())).stream().count());
    }

    private static List<Quad> sample() {
        Node text = IRIS.source("上合 组织.txt");
        Node other = IRIS.source("亚信.txt");
        Node sco = IRIS.entity("SCO");
        Node sentence = IRIS.sentence("上合 组织.txt", 0, 12);
        Node restriction = NodeFactory.createBlankNode();
        List<Quad> quads = new ArrayList<>(List.of(
                Quad.create(text, sco, RDF.type.asNode(), Asc.term("Organisation")),
                Quad.create(text, sco, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海合作组织", "zh")),
                Quad.create(text, sco, RDFS.label.asNode(), NodeFactory.createLiteralLang("Shanghai \"Cooperation\" Organisation", "en")),
                Quad.create(text, sco, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q485207")),
                Quad.create(text, sentence, Asc.text, NodeFactory.createLiteralString("上合组织成立二十年来，\n\t\\安全合作")),
                Quad.create(text, sentence, Asc.start, NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger)),
                Quad.create(text, sentence, Asc.term("date"), NodeFactory.createLiteralDT("2014-05", XSDDatatype.XSDgYearMonth)),
                Quad.create(text, sentence, Asc.mentions, sco),
                Quad.create(other, sco, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海合作组织", "zh")),
                Quad.create(other, restriction, RDF.type.asNode(), OWL.Restriction.asNode()),
                Quad.create(other, restriction, OWL.onProperty.asNode(), NodeFactory.createURI("http://example.org/no-prefix#p")),
                Quad.create(Quad.defaultGraphIRI, sco, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海合作组织", "zh"))));
        return quads;
    }

    private static DatasetGraph dataset(List<Quad> quads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        quads.forEach(dataset::add);
        return dataset;
    }

    private static String write(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportFormat.QuadWriter writer = ExportFormat.jsonld.open(bytes, Prefixes.standard(IRIS));
        quads.forEach(writer::quad);
        writer.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static DatasetGraph parse(String json) {
        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.fromString(json, Lang.JSONLD).parse(read);
        return read;
    }

    private static void assertIsomorphic(DatasetGraph expected, String json) {
        DatasetGraph read = parse(json);
        assertTrue(IsoMatcher.isomorphic(expected, read), () -> "read back:\n" + json);
    }
}
