package org.asiasec.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatasetDescriptionTest {

    private final DatasetGraph dsg = SampleCorpus.mapped();
    private final Model description = DatasetDescription.describe(dsg, settings());

    private static DescriptionSettings settings() {
        Map<Lang, String> dumps = new LinkedHashMap<>();
        dumps.put(Lang.TURTLE, "http://example.org/dumps/asiasec.ttl");
        dumps.put(Lang.NQUADS, "http://example.org/dumps/asiasec.nq");
        dumps.put(Lang.JSONLD, "http://example.org/dumps/asiasec.jsonld");
        return DescriptionSettings.of(IriScheme.standard(), "http://example.org/kg/sparql", dumps);
    }

    @Test
    @DisplayName("the dataset is a void:Dataset and a dcat:Dataset with titles, licence, endpoint and URI space")
    void header() {
        QuerySolution row = one("""
                SELECT * WHERE {
                  ?d a void:Dataset , dcat:Dataset ; dcterms:title ?zh , ?en ; dcterms:license ?license ;
                     void:sparqlEndpoint ?endpoint ; void:uriSpace ?space ; void:exampleResource ?example .
                  FILTER(LANG(?zh) = "zh" && LANG(?en) = "en")
                }""");
        assertEquals(IriScheme.standard().dataset().getURI(), row.getResource("d").getURI());
        assertEquals(DescriptionSettings.CC_BY_4, row.getResource("license").getURI());
        assertEquals("http://example.org/kg/sparql", row.getResource("endpoint").getURI());
        assertEquals(IriScheme.DEFAULT_BASE, row.getLiteral("space").getString());
        assertEquals(IriScheme.standard().entity("SCO").getURI(), row.getResource("example").getURI(),
                "the most mentioned entity of the sample is the SCO");
    }

    @Test
    @DisplayName("counts: distinct triples of all graphs, entities in the URI space, instances per class")
    void counts() {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        QuerySolution row = one("SELECT ?triples ?entities WHERE { ?d void:triples ?triples ; void:entities ?entities }");
        assertEquals(union.size(), row.getLiteral("triples").getLong());
        assertTrue(row.getLiteral("entities").getLong() > 50);
        assertEquals(1, one("SELECT ?n WHERE { ?d void:classPartition [ void:class asc:Summit ; void:entities ?n ] }")
                .getLiteral("n").getLong());
        assertEquals(3, one("SELECT ?n WHERE { ?d void:classPartition [ void:class asc:Country ; void:entities ?n ] }")
                .getLiteral("n").getLong());
        assertEquals(2, one("SELECT ?n WHERE { ?d void:classPartition [ void:class asc:Source ; void:entities ?n ] }")
                .getLiteral("n").getLong());
    }

    @Test
    @DisplayName("each dump is a void:dataDump and a dcat:Distribution with its media type; no blank nodes")
    void dumps() {
        assertEquals(3, count("SELECT ?u WHERE { ?d void:dataDump ?u }"));
        assertEquals("text/turtle", one("SELECT ?f WHERE { ?d dcat:distribution [ dcat:downloadURL "
                + "<http://example.org/dumps/asiasec.ttl> ; dcterms:format ?f ] }").getLiteral("f").getString());
        assertTrue(description.listStatements().toList().stream()
                .noneMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()));
    }

    @Test
    @DisplayName("describing twice gives the same description")
    void deterministic() {
        assertTrue(description.isIsomorphicWith(DatasetDescription.describe(dsg, settings())));
    }

    private QuerySolution one(String query) {
        try (QueryExecution exec = QueryExecution.model(description).query(prefixes() + query).build()) {
            var rows = exec.execSelect();
            assertTrue(rows.hasNext(), "no answer to " + query);
            return rows.next();
        }
    }

    private long count(String query) {
        try (QueryExecution exec = QueryExecution.model(description).query(prefixes() + query).build()) {
            long n = 0;
            for (var rows = exec.execSelect(); rows.hasNext(); rows.next()) {
                n++;
            }
            return n;
        }
    }

    private static String prefixes() {
        return """
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX asc: <https://w3id.org/asiasec/ontology#>
                """;
    }
}
