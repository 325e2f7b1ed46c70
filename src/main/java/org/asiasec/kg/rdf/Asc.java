package org.asiasec.kg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
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

    /** Prefixes for readable dumps: the standard ones, {@code asc}, {@code res} (resources under the base), and the reused vocabularies. */
    public static PrefixMapping prefixes(IriScheme iris) {
        PrefixMapping p = new PrefixMappingImpl().setNsPrefixes(PrefixMapping.Standard);
        p.setNsPrefix("asc", NS);
        p.setNsPrefix("res", iris.base());
        p.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        p.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        p.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        p.setNsPrefix("void", "http://rdfs.org/ns/void#");
        p.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        p.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        return p.lock();
    }
}
