package org.asiasec.kg.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.rdf.Ontology;
import org.asiasec.kg.rdf.SampleCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The evidence section of the pages reads the vocabulary the mapper writes, and nothing the ontology lacks. */
class EvidenceVocabularyTest {

    private static List<Node> terms() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field f : EvidenceVocabulary.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && List.class.isAssignableFrom(f.getType())) {
                for (Object o : (List<?>) f.get(null)) {
                    terms.add((Node) o);
                }
            }
        }
        return terms;
    }

    private static boolean definedInOntology(Node term) {
        return Ontology.ontologyGraph().contains(term, RDF.type.asNode(), Node.ANY);
    }

    @Test
    @DisplayName("every asc: term the evidence section reads is defined in ontology/asiasec.ttl; asc:inSentence is not")
    void ascTermsAreDefined() throws Exception {
        List<Node> undefined = terms().stream()
                .filter(t -> t.getURI().startsWith(Asc.NS) && !definedInOntology(t)).toList();
        assertEquals(List.of(), undefined);
        assertFalse(definedInOntology(Asc.term("inSentence")), "the check tells a made-up term");
    }

    @Test
    @DisplayName("every term the evidence section reads is one the RDF mapper writes")
    void termsAreWrittenByTheMapper() throws Exception {
        DatasetGraph mapped = SampleCorpus.mapped();
        List<Node> unused = new ArrayList<>();
        for (Node term : terms()) {
            boolean asPredicate = mapped.find(Node.ANY, Node.ANY, term, Node.ANY).hasNext();
            boolean asClass = mapped.find(Node.ANY, Node.ANY, RDF.type.asNode(), term).hasNext();
            if (!asPredicate && !asClass) {
                unused.add(term);
            }
        }
        assertEquals(List.of(), unused);
    }
}
