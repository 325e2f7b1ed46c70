package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GeneratedLabelsTest {

    private static final String PREFIXES = """
            PREFIX asc: <https://w3id.org/asiasec/ontology#>
            PREFIX res: <https://w3id.org/asiasec/resource/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private final Graph ontology = Ontology.ontologyGraph();

    private static Graph data(String turtle) {
        return RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph();
    }

    private static Node res(String id) {
        return NodeFactory.createURI(IriScheme.DEFAULT_BASE + id);
    }

    @Test
    @DisplayName("上海合作组织2018年青岛峰会 without an English name becomes \"SCO Summit 2018, Qingdao\", stated as label and marker")
    void summitFromItsParts() {
        Graph g = data("""
                res:SCO rdfs:label "上海合作组织"@zh , "Shanghai Cooperation Organisation"@en ; skos:altLabel "上合组织"@zh , "SCO"@en .
                res:Qingdao rdfs:label "青岛"@zh , "Qingdao"@en .
                res:SCO-summit-2018 a asc:Summit ; rdfs:label "上海合作组织2018年峰会"@zh ;
                    asc:mechanism res:SCO ; asc:date "2018-06"^^xsd:gYearMonth ; asc:place res:Qingdao .
                """);
        Node label = NodeFactory.createLiteralLang("SCO Summit 2018, Qingdao", "en");
        assertEquals(List.of(Triple.create(res("SCO-summit-2018"), RDFS.label.asNode(), label),
                Triple.create(res("SCO-summit-2018"), GeneratedLabels.GENERATED_LABEL, label)),
                GeneratedLabels.forMeetings(g, ontology));
    }

    @Test
    @DisplayName("a meeting a text names in English keeps that name and gets none generated")
    void englishNameFromATextWins() {
        Graph g = data("""
                res:CICA-summit-2014 a asc:Summit ; rdfs:label "亚信第四次峰会"@zh , "Fourth CICA Summit"@en ;
                    asc:date "2014-05"^^xsd:gYearMonth .
                """);
        assertTrue(GeneratedLabels.forMeetings(g, ontology).isEmpty());
    }

    @Test
    @DisplayName("without a year the ordinal is used; a mechanism without an acronym gives its English name")
    void ordinalAndEnglishName() {
        Graph g = data("""
                res:UNGA rdfs:label "联合国大会"@zh , "United Nations General Assembly"@en .
                res:UNGA-47 a asc:Meeting ; asc:mechanism res:UNGA ; asc:ordinal 47 .
                """);
        assertEquals("United Nations General Assembly Meeting No. 47",
                GeneratedLabels.forMeetings(g, ontology).get(0).getObject().getLiteralLexicalForm());
    }

    @Test
    @DisplayName("《杜尚别宣言》 adopted at the 2014 summit is named after it: \"Declaration, SCO Summit 2014, Dushanbe\"; one adopted nowhere known gets none")
    void documentsAfterTheirMeeting() {
        Graph g = data("""
                res:SCO skos:altLabel "SCO"@en .
                res:Dushanbe rdfs:label "Dushanbe"@en .
                res:SCO-summit-2014 a asc:Summit ; asc:mechanism res:SCO ; asc:date "2014-09"^^xsd:gYearMonth ; asc:place res:Dushanbe .
                res:dushanbe-declaration a asc:Declaration ; rdfs:label "杜尚别宣言"@zh ; asc:adoptedAt res:SCO-summit-2014 .
                res:some-statement a asc:Statement ; rdfs:label "某声明"@zh .
                """);
        List<Triple> labels = GeneratedLabels.forMeetings(g, ontology);
        assertTrue(labels.contains(Triple.create(res("dushanbe-declaration"), GeneratedLabels.GENERATED_LABEL,
                NodeFactory.createLiteralLang("Declaration, SCO Summit 2014, Dushanbe", "en"))), labels.toString());
        assertTrue(labels.stream().noneMatch(t -> t.getSubject().equals(res("some-statement"))));
    }
}
