package org.asiasec.kg.server.linkeddata;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.asiasec.kg.rdf.Asc;

/**
 * Which classes and properties record provenance or build statistics rather than facts about the world.
 * The ontology marks them with {@code asc:bookkeeping true}; dataset descriptions (VoID, DCAT) and the
 * evidence classes the pages know are bookkeeping whatever the ontology says. Pages fold such nodes
 * away and never list them as rows of their own.
 */
final class Bookkeeping {

    static final Node MARKER = Asc.term("bookkeeping");
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    private final Set<Node> classes = new HashSet<>();
    private final Set<Node> properties = new HashSet<>();

    Bookkeeping(Graph vocabulary) {
        classes.addAll(EvidenceVocabulary.EVIDENCE_CLASSES);
        classes.addAll(EvidenceVocabulary.SENTENCE_CLASSES);
        classes.addAll(List.of(uri(VOID + "Dataset"), uri(VOID + "Linkset"), uri(DCAT + "Dataset"),
                uri(DCAT + "Distribution"), uri(DCAT + "Catalog")));
        vocabulary.find(Node.ANY, MARKER, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral() && "true".equals(t.getObject().getLiteralLexicalForm())) {
                (vocabulary.contains(t.getSubject(), RDFS.subClassOf.asNode(), Node.ANY)
                        || isClassIn(vocabulary, t.getSubject()) ? classes : properties).add(t.getSubject());
            }
        });
        // subclasses of a bookkeeping class are bookkeeping too (asc:FactReadings ⊑ void:Dataset)
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var t : vocabulary.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList()) {
                if (classes.contains(t.getObject()) && classes.add(t.getSubject())) {
                    grew = true;
                }
            }
        }
    }

    boolean isClass(Node type) {
        return classes.contains(type);
    }

    boolean isProperty(Node property) {
        return properties.contains(property);
    }

    /** True when one of the types makes a node a record. */
    boolean isRecord(List<Node> types) {
        return types.stream().anyMatch(classes::contains);
    }

    private static boolean isClassIn(Graph vocabulary, Node term) {
        return vocabulary.contains(term, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.vocabulary.OWL.Class.asNode());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
