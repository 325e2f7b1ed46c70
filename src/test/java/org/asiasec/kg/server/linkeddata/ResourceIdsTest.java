package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceIdsTest {

    private static final String BASE = "https://w3id.org/asiasec/resource/";
    private final ResourceIds ids = new ResourceIds(BASE);

    private static Node iri(String id) {
        return NodeFactory.createURI(BASE + id);
    }

    @Test
    @DisplayName("an ASCII id with '/' and escapes is used in paths unchanged")
    void asciiIdsUnchanged() {
        String id = "source/%E4%BA%9A%E4%BF%A1-2014";
        assertEquals(id, ids.idOf(iri(id)).orElseThrow());
        assertEquals(iri(id), ids.candidates(id).iterator().next());
    }

    @Test
    @DisplayName("an IRI holding Chinese characters is escaped in paths and found again from the escaped form")
    void unicodeIdsRoundTrip() {
        Node node = iri("place/上海");
        String path = ids.idOf(node).orElseThrow();
        assertEquals("place/%E4%B8%8A%E6%B5%B7", path);
        assertTrue(ids.candidates(path).contains(node));
    }

    @Test
    @DisplayName("lower-case escapes from a client still find the canonical upper-case IRI")
    void escapeCaseNormalised() {
        assertTrue(ids.candidates("source/%e4%ba%9a").contains(iri("source/%E4%BA%9A")));
    }

    @Test
    @DisplayName("only IRIs under the base have a local id")
    void otherIrisHaveNoId() {
        assertTrue(ids.idOf(NodeFactory.createURI("http://www.wikidata.org/entity/Q485207")).isEmpty());
        assertTrue(ids.idOf(NodeFactory.createURI(BASE)).isEmpty());
        assertTrue(ids.idOf(NodeFactory.createLiteralString(BASE + "SCO")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fetc%2fpasswd",
            "SCO/../../x", "./SCO", "a//b", "/etc/passwd", "SCO/", "%2E%2E", "SCO%00", "..%5c..%5cwin.ini",
            "%E4%B8", "%zz", ""})
    @DisplayName("dot segments, empty segments, control characters and broken escapes name nothing")
    void unsafeIds(String rawId) {
        assertEquals(List.of(), List.copyOf(ids.candidates(rawId)), rawId);
    }
}
