package org.asiasec.kg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceIndexTest {

    @TempDir
    Path folder;

    private SentenceIndex index() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                PREFIX asc: <https://w3id.org/asiasec/ontology#>
                # as the store holds them: each sentence in its text's graph (the default graph repeats them)
                <urn:text> {
                <urn:s1> asc:text "2002年6月，上海合作组织圣彼得堡峰会签署了《上海合作组织宪章》。"@zh .
                <urn:s2> asc:text "亚信第四次峰会在上海举行。"@zh .
                <urn:s3> asc:text "彼得在堡垒前等候。"@zh .
                }
                <urn:s1> asc:text "2002年6月，上海合作组织圣彼得堡峰会签署了《上海合作组织宪章》。"@zh .
                """, Lang.TRIG).parse(dsg);
        assertEquals(3, SentenceIndex.write(dsg, folder.resolve("index")));
        return SentenceIndex.open(folder.resolve("index")).orElseThrow();
    }

    private static List<Node> found(SentenceIndex index, String q) {
        return index.search(q, 10).stream().map(SentenceIndex.Hit::sentence).toList();
    }

    @Test
    @DisplayName("圣彼得堡 finds the sentence that names the city, not one with its characters scattered")
    void phraseFirst() {
        try (SentenceIndex index = index()) {
            assertEquals(List.of(NodeFactory.createURI("urn:s1")), found(index, "圣彼得堡"));
        }
    }

    @Test
    @DisplayName("a word in no sentence finds nothing; punctuation alone is no query")
    void nothingFound() {
        try (SentenceIndex index = index()) {
            assertTrue(found(index, "东盟").isEmpty());
            assertTrue(found(index, "“”？").isEmpty());
        }
    }

    @Test
    @DisplayName("a database built without an index has none to open")
    void noIndex() {
        assertTrue(SentenceIndex.open(folder.resolve("missing")).isEmpty());
    }
}
