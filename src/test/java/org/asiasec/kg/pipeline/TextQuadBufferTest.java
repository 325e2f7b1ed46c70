package org.asiasec.kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextQuadBufferTest {

    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/asiasec/resource/source/甲.txt");
    private static final Node TEXT = NodeFactory.createURI("https://w3id.org/asiasec/ontology#text");

    @Test
    @DisplayName("a text finished before its turn keeps at most the buffer's capacity in memory and spills the rest, replayed in order with every term intact")
    void spillsBeyondCapacity() {
        TextQuadBuffer buffer = new TextQuadBuffer(16);
        List<Quad> produced = quads(10_000);
        int mostHeld = 0;
        for (Quad quad : produced) {
            buffer.quad(quad);
            mostHeld = Math.max(mostHeld, buffer.heldInMemory());
        }
        buffer.end();
        assertEquals(16, mostHeld);

        List<Quad> consumed = new ArrayList<>();
        assertEquals(10_000, buffer.drainTo(consumed::add));
        assertEquals(produced, consumed);
    }

    @Test
    @DisplayName("while the consumer takes a text's quads as they come, the buffer never holds more than its capacity")
    void boundedWhileConsumed() throws Exception {
        TextQuadBuffer buffer = new TextQuadBuffer(4);
        List<Quad> produced = quads(1_000);
        List<Quad> consumed = new ArrayList<>();
        int[] mostHeld = {0};
        CompletableFuture<Long> consumer = CompletableFuture.supplyAsync(() -> buffer.drainTo(quad -> {
            consumed.add(quad);
            mostHeld[0] = Math.max(mostHeld[0], buffer.heldInMemory());
        }));
        produced.forEach(buffer::quad);
        buffer.end();
        assertEquals(1_000, consumer.get(1, TimeUnit.MINUTES));
        assertEquals(produced, consumed);
        assertTrue(mostHeld[0] <= 4, "held at once: " + mostHeld[0]);
    }

    @Test
    @DisplayName("a discarded buffer stops its producer")
    void discarded() {
        TextQuadBuffer buffer = new TextQuadBuffer(4);
        quads(100).forEach(buffer::quad);
        buffer.discard();
        assertThrows(IllegalStateException.class, () -> buffer.quad(quads(1).get(0)));
        assertEquals(0, buffer.heldInMemory());
    }

    /** Sentences of a text, with a language tag and an integer, as the mapper writes them. */
    private static List<Quad> quads(int n) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node sentence = NodeFactory.createURI(GRAPH.getURI() + "/sentence/" + i + "-" + (i + 1));
            Node object = i % 2 == 0 ? NodeFactory.createLiteralLang("亚信第" + i + "次峰会", "zh")
                    : NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
            quads.add(Quad.create(GRAPH, sentence, TEXT, object));
        }
        return quads;
    }
}
