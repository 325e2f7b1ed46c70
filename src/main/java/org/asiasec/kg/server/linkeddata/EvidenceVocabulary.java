package org.asiasec.kg.server.linkeddata;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.asiasec.kg.rdf.Asc;

/**
 * The few names the evidence section relies on, in one place: exactly the terms the RDF mapper writes for
 * evidence ({@code rdf/RdfMapper}), each defined in ontology/asiasec.ttl or in the standard vocabulary it
 * reuses (RDF reification, PROV, Dublin Core). Each slot is a list because a sentence and an evidence node
 * name their source with different properties. Everything else about an evidence node is shown generically.
 */
final class EvidenceVocabulary {

    /** Types of nodes that record where a fact was read. */
    static final List<Node> EVIDENCE_CLASSES = List.of(Asc.Evidence);
    /** Types of nodes that stand for one sentence of a source text. */
    static final List<Node> SENTENCE_CLASSES = List.of(Asc.Sentence);

    /** Evidence → its sentence node. */
    static final List<Node> SENTENCE = List.of(Asc.sentence);
    /** Sentence → the sentence text. */
    static final List<Node> TEXT = List.of(Asc.text);
    /** Code point offsets of the sentence in the source text, end exclusive. */
    static final List<Node> START = List.of(Asc.start);
    static final List<Node> END = List.of(Asc.end);
    /** Evidence (prov:wasDerivedFrom) or sentence (dcterms:isPartOf) → the source text it comes from. */
    static final List<Node> SOURCE = List.of(NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
            DCTerms.isPartOf.asNode());
    /** Source → its file name. */
    static final List<Node> FILE_NAME = List.of(DCTerms.identifier.asNode());
    /** The statement an evidence node supports, written out on the node itself (RDF reification). */
    static final List<Node> FACT_SUBJECT = List.of(RDF.subject.asNode());
    static final List<Node> FACT_PREDICATE = List.of(RDF.predicate.asNode());
    static final List<Node> FACT_OBJECT = List.of(RDF.object.asNode());
    static final List<Node> RULE = List.of(Asc.rule);
    static final List<Node> CONFIDENCE = List.of(Asc.confidence);

    private EvidenceVocabulary() {
    }
}
