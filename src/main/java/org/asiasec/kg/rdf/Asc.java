package org.asiasec.kg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.asiasec.kg.model.Property;

/**
 * IRIs of the AsiaSec ontology ({@code asc:}). Mirrors ontology/asiasec.ttl, which is the reference;
 * OntologyTest checks that every term named here is defined there.
 */
public final class Asc {

    public static final String NS = "https://w3id.org/asiasec/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/asiasec/ontology";
    /** The named graph that holds the ontology in a built dataset. */
    public static final String ONTOLOGY_GRAPH = ONTOLOGY_IRI;

    public static final Node Source = term("Source");
    public static final Node Sentence = term("Sentence");
    public static final Node Evidence = term("Evidence");
    public static final Node Concept = term("Concept");
    public static final Node SecurityConcepts = term("SecurityConcepts");

    public static final Node sentence = term("sentence");
    public static final Node text = term("text");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node rule = term("rule");
    public static final Node confidence = term("confidence");
    public static final Node surface = term("surface");
    public static final Node mentions = term("mentions");

    private Asc() {
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static Node property(Property property) {
        return term(property.localName());
    }
}
