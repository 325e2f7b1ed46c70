package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.asiasec.kg.UserException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlaceCoordinatesTest {

    private static final Node GRAPH = PlaceCoordinates.graphName(IriScheme.standard());
    private static final Node QINGDAO = NodeFactory.createURI(IriScheme.DEFAULT_BASE + "Qingdao");
    private static final Node BANDUNG = NodeFactory.createURI(IriScheme.DEFAULT_BASE + "Bandung");

    private static PlaceCoordinates table(String rows) throws Exception {
        return PlaceCoordinates.parse(new StringReader("# comment\nwikidata\tlat\tlong\tname\n" + rows));
    }

    @Test
    @DisplayName("a place linked to a Wikidata item of the table gets geo:lat and geo:long; a place without an id gets none")
    void byWikidataId() throws Exception {
        Graph data = RDFParser.fromString("""
                <https://w3id.org/asiasec/resource/Qingdao> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q170322> .
                <https://w3id.org/asiasec/resource/Bandung> <http://www.w3.org/2000/01/rdf-schema#label> "万隆"@zh .
                """, Lang.TURTLE).toGraph();
        Graph out = GraphFactory.createDefaultGraph();
        table("Q170322\t36.07\t120.38\tQingdao\n").statements(data, GRAPH).forEach(out::add);
        assertTrue(out.contains(QINGDAO, PlaceCoordinates.LAT, PlaceCoordinates.decimal("36.07")));
        assertTrue(out.contains(QINGDAO, PlaceCoordinates.LONG, PlaceCoordinates.decimal("120.38")));
        assertFalse(out.contains(BANDUNG, Node.ANY, Node.ANY));
        assertTrue(out.contains(GRAPH, RDF.type.asNode(), Asc.term("ReferenceData")), "the graph says it is reference data");
    }

    @Test
    @DisplayName("decimals are written in canonical form, as the store gives them back")
    void canonicalDecimals() {
        assertEquals("39.9", PlaceCoordinates.decimal("39.90").getLiteralLexicalForm());
        assertEquals("51.0", PlaceCoordinates.decimal("51.00").getLiteralLexicalForm());
        assertEquals("-77.04", PlaceCoordinates.decimal("-77.04").getLiteralLexicalForm());
    }

    @Test
    @DisplayName("a row without a Wikidata id or with a malformed number is refused with one clear message")
    void malformedRow() {
        assertThrows(UserException.class, () -> table("Qingdao\t36.07\t120.38\t\n"));
        assertThrows(UserException.class, () -> table("Q170322\t北纬36\t120.38\t\n"));
    }

    @Test
    @DisplayName("the project's table names Qingdao's item")
    void projectTable() {
        Graph data = GraphFactory.createDefaultGraph();
        data.add(QINGDAO, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q170322"));
        assertTrue(PlaceCoordinates.load().statements(data, GRAPH).stream().anyMatch(t -> t.getSubject().equals(QINGDAO)));
    }
}
