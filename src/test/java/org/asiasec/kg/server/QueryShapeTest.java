package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryShapeTest {

    @Test
    @DisplayName("UNION branches over the limit are refused, at the limit they pass")
    void unions() {
        assertTrue(QueryShape.refusal(QueryFactory.create(HttpHygieneTest.union(QueryShape.MAX_UNION_BRANCHES + 1)))
                .orElseThrow().contains("UNION"));
        assertEquals(Optional.empty(), QueryShape.refusal(QueryFactory.create(HttpHygieneTest.union(QueryShape.MAX_UNION_BRANCHES))));
    }

    @Test
    @DisplayName("the word UNION is counted in the text before parsing, in any case, and not inside other words")
    void unionWordsInText() {
        assertEquals(3, QueryShape.unionWords("SELECT * { {?s ?p 1} UNION {?s ?p 2} union {?s ?p 3} Union {} }"));
        assertEquals(0, QueryShape.unionWords("SELECT * { ?s <http://x/reunion> ?o ; <http://x/unions> ?u . ?unionist ?p ?o }"));
        assertEquals(30_000 - 1, QueryShape.unionWords(HttpHygieneTest.union(30_000)));
    }

    @Test
    @DisplayName("nesting over the limit is refused, in groups and in expressions alike; shallow queries pass")
    void nesting() {
        String deepGroups = "SELECT * " + "{".repeat(250) + "?s ?p ?o" + "}".repeat(250);
        String deepExpression = "SELECT * { ?s ?p ?o FILTER(" + "(?o + ".repeat(250) + "1" + ")".repeat(250) + ") }";
        assertTrue(QueryShape.refusal(QueryFactory.create(deepGroups)).orElseThrow().contains("nests"));
        assertTrue(QueryShape.refusal(QueryFactory.create(deepExpression)).orElseThrow().contains("nests"));
        assertEquals(Optional.empty(), QueryShape.refusal(QueryFactory.create("SELECT * " + "{".repeat(20) + "?s ?p ?o" + "}".repeat(20))));
        assertEquals(Optional.empty(), QueryShape.refusal(QueryFactory.create(
                "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o OPTIONAL { ?o ?q ?r FILTER NOT EXISTS { ?r a ?t } } } GROUP BY ?s")));
    }
}
