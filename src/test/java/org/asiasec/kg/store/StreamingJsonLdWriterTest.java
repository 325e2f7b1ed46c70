package org.asiasec.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreamingJsonLdWriterTest {

    /** Two named graphs, a default-graph triple, every kind of literal, a blank node, repeated subjects. */
    private static final String TRIG = """
            PREFIX asc:  <https://w3id.org/asiasec/ontology#>
            PREFIX r:    <https://w3id.org/asiasec/resource/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            r:dataset rdfs:label "数据集"@zh .
            <https://w3id.org/asiasec/resource/source/a> {
              r:SCO a asc:Mechanism , asc:Organisation ; rdfs:label "上海合作组织"@zh , "SCO"@en ;
                    asc:founded "2001-06-15"^^xsd:date ; asc:memberCount 8 ; asc:note "含\\"引号\\"与\\n换行" ;
                    asc:seeAlso [ rdfs:label "无名节点" ] .
              r:CICA rdfs:label "亚信"@zh .
            }
            <https://w3id.org/asiasec/resource/source/b> {
              r:SCO asc:confidence 0.85 ; asc:proposedBy r:China .
            }
            """;

    @Test
    @DisplayName("读回的四元组与写出的相同：命名图、语言标签、数据类型、空白节点、转义")
    void roundTrips() {
        DatasetGraph original = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(original);

        DatasetGraph readBack = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(write(original))).lang(Lang.JSONLD).parse(readBack);

        assertEquals(original.stream().count(), readBack.stream().count());
        assertTrue(IsoMatcher.isomorphic(original, readBack), "the JSON-LD holds the same dataset");
    }

    @Test
    @DisplayName("quads of one graph and subject that do not arrive together still read back as one dataset")
    void unorderedInput() {
        DatasetGraph original = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.QuadWriter writer = ExportFormat.jsonld.open(out, Map.of());
        original.stream().sorted((a, b) -> a.getPredicate().toString().compareTo(b.getPredicate().toString()))
                .forEach(writer::quad);
        writer.finish();

        DatasetGraph readBack = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).parse(readBack);
        assertTrue(IsoMatcher.isomorphic(original, readBack));
    }

    @Test
    @DisplayName("the document is an array of node objects, named graphs as @id + @graph")
    void shape() {
        DatasetGraph original = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(original);
        String json = new String(write(original), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("["), json);
        assertTrue(json.contains("\"@graph\""), json);
        assertTrue(json.contains("\"上海合作组织\""), "Chinese is written as UTF-8, not escaped");
    }

    /** Every quad, the default graph's included, in the dataset's own order. */
    private static byte[] write(DatasetGraph dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.QuadWriter writer = ExportFormat.jsonld.open(out, Map.of());
        dataset.find().forEachRemaining(writer::quad);
        writer.finish();
        return out.toByteArray();
    }
}
