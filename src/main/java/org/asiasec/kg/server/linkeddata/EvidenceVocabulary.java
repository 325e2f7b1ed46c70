package org.asiasec.kg.server.linkeddata;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.asiasec.kg.rdf.Asc;

/**
 * The few names the evidence section relies on, in one place. Each slot lists the properties
 * that may fill it, tried in order, so the page keeps working while the ontology settles and
 * also reads NIF- or PROV-style evidence. Everything else about an evidence node is shown
 * generically.
 */
final class EvidenceVocabulary {

    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    /** Types of nodes that record where a fact was read. */
    static final List<Node> EVIDENCE_CLASSES = List.of(Asc.term("Evidence"));
    /** Types of nodes that stand for one sentence of a source text. */
    static final List<Node> SENTENCE_CLASSES = List.of(Asc.term("Sentence"), uri(NIF + "Sentence"));

    /** Evidence → its sentence node. */
    static final List<Node> SENTENCE = List.of(Asc.term("sentence"), Asc.term("inSentence"));
    /** Sentence (or evidence) → the sentence text. */
    static final List<Node> TEXT = List.of(Asc.term("text"), Asc.term("sentenceText"),
            uri(NIF + "anchorOf"), uri(NIF + "isString"), RDF.value.asNode());
    /** Character offsets of the sentence in the source text, end exclusive. */
    static final List<Node> START = List.of(Asc.term("start"), Asc.term("startOffset"), uri(NIF + "beginIndex"));
    static final List<Node> END = List.of(Asc.term("end"), Asc.term("endOffset"), uri(NIF + "endIndex"));
    /** Evidence or sentence → the source text it comes from. */
    static final List<Node> SOURCE = List.of(uri(PROV + "wasDerivedFrom"), DCTerms.isPartOf.asNode(),
            Asc.term("source"), DCTerms.source.asNode(), uri(NIF + "referenceContext"));
    /** Source → its file name. */
    static final List<Node> FILE_NAME = List.of(DCTerms.identifier.asNode());
    /** Evidence → the statement it supports: a triple term or an rdf:Statement-like node. */
    static final List<Node> FACT = List.of(Asc.term("fact"), Asc.term("supports"), Asc.term("evidenceFor"));
    /** Parts of a statement written out as a node (classic reification, or on the evidence node itself). */
    static final List<Node> FACT_SUBJECT = List.of(RDF.subject.asNode(), Asc.term("subject"));
    static final List<Node> FACT_PREDICATE = List.of(RDF.predicate.asNode(), Asc.term("predicate"));
    static final List<Node> FACT_OBJECT = List.of(RDF.object.asNode(), Asc.term("object"));
    static final List<Node> RULE = List.of(Asc.term("rule"), uri(PROV + "wasGeneratedBy"));
    static final List<Node> CONFIDENCE = List.of(Asc.term("confidence"));

    private EvidenceVocabulary() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
