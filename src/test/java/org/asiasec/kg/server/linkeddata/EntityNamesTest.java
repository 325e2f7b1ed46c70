package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntityNamesTest {

    private static final String DATA = """
            PREFIX asc: <https://w3id.org/asiasec/ontology#>
            PREFIX res: <https://w3id.org/asiasec/resource/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            res:SCO a asc:Organisation ; rdfs:label "上海合作组织"@zh , "Shanghai Cooperation Organisation"@en ;
                skos:altLabel "上合组织"@zh , "上合"@zh , "SCO"@en ; asc:mentioningSentences 78 .
            res:SCO-security a asc:Vision ; rdfs:label "上合组织安全共同体"@zh ; asc:mentioningSentences 1 .
            res:Shanghai a asc:City ; rdfs:label "上海"@zh , "Shanghai"@en ; asc:mentioningSentences 9 .
            <https://w3id.org/asiasec/resource/evidence/e1> a asc:Evidence ; rdfs:label "上合 evidence" .
            """;

    private final EntityNames names = names();

    private static EntityNames names() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TRIG).parse(dsg);
        return new EntityNames(new DatasetTriples(dsg), new Bookkeeping(Graph.emptyGraph));
    }

    private List<String> found(String q) {
        return names.find(q, 10).stream().map(m -> m.entity().entity().getURI().replace("https://w3id.org/asiasec/resource/", "")).toList();
    }

    @Test
    @DisplayName("上合 is an alias of the SCO: it comes before names that merely start with it")
    void aliasFirst() {
        assertEquals(List.of("SCO", "SCO-security"), found("上合"));
    }

    @Test
    @DisplayName("traditional characters, pinyin and English find the same entity")
    void otherForms() {
        assertEquals("SCO", found("上海合作組織").get(0));
        assertEquals("SCO", found("shanghaihezuo").get(0));
        assertEquals("SCO", found("Shanghai Cooperation").get(0));
    }

    @Test
    @DisplayName("an exact name wins; a prefix shared by several names ranks the most mentioned first; evidence is never found")
    void rankingAndBookkeeping() {
        assertEquals(List.of("Shanghai", "SCO"), found("shanghai"));
        assertEquals(List.of("SCO", "Shanghai", "SCO-security"), found("shang"), "上合组织… is shang… in pinyin too");
        assertTrue(found("evidence").isEmpty());
        assertTrue(found("东盟").isEmpty());
    }
}
