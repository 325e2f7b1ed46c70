package org.asiasec.kg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the AsiaSec ontology ({@code asc:}). Mirrors ontology/asiasec.ttl. */
public final class Asc {

    public static final String NS = "https://w3id.org/asiasec/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/asiasec/ontology";

    public static final Node Source = term("Source");

    private Asc() {
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
