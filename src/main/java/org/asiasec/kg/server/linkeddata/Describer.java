package org.asiasec.kg.server.linkeddata;

import static org.asiasec.kg.server.linkeddata.EvidenceVocabulary.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Collects the description of a resource from the dataset: its outgoing and incoming triples
 * (with blank nodes closed over, as in a concise bounded description), the labels of the
 * resources it links to, and its evidence with the sentences and sources behind it.
 * Call inside a read transaction.
 */
final class Describer {

    private static final int BLANK_NODE_DEPTH = 4;
    /** Keeps the page of a much-cited resource readable; the rest is one SPARQL query away. */
    static final int MAX_EVIDENCE = 300;

    private final DatasetTriples data;

    Describer(DatasetTriples data) {
        this.data = data;
    }

    ResourceDescription describe(Node subject) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<Triple> outgoing = sorted(data.find(subject, null, null));
        List<Triple> incoming = sorted(data.find(null, null, subject));
        outgoing.forEach(graph::add);
        incoming.forEach(graph::add);
        Set<Node> visited = new HashSet<>();
        for (Triple t : outgoing) {
            addClosure(graph, t.getObject(), visited, BLANK_NODE_DEPTH);
        }
        List<EvidenceItem> evidence = findEvidence(subject, outgoing, incoming, graph);
        addLabels(graph);
        return new ResourceDescription(subject, graph, outgoing, incoming, evidence);
    }

    /** Adds the outgoing triples of a blank node, and of blank nodes below it. */
    private void addClosure(Graph graph, Node node, Set<Node> visited, int depth) {
        if (!node.isBlank() || depth == 0 || !visited.add(node)) {
            return;
        }
        for (Triple t : data.find(node, null, null)) {
            graph.add(t);
            addClosure(graph, t.getObject(), visited, depth - 1);
        }
    }

    private void addDescription(Graph graph, Node node) {
        addClosure(graph, node, new HashSet<>(), BLANK_NODE_DEPTH);
        if (!node.isBlank()) {
            data.find(node, null, null).forEach(graph::add);
        }
    }

    private void addLabels(Graph graph) {
        Set<Node> linked = new HashSet<>();
        graph.find().forEach(t -> {
            linked.add(t.getSubject());
            linked.add(t.getPredicate());
            linked.add(t.getObject());
        });
        for (Node node : linked) {
            if (node.isURI()) {
                for (Node p : Labels.LABEL_PROPERTIES) {
                    data.find(node, p, null).forEach(graph::add);
                }
            }
        }
    }

    // ---- evidence

    private List<EvidenceItem> findEvidence(Node subject, List<Triple> outgoing, List<Triple> incoming, Graph graph) {
        Map<Node, Triple> found = new LinkedHashMap<>();
        for (Triple t : outgoing) {
            keepIfEvidence(t.getObject(), null, found);
        }
        for (Triple t : incoming) {
            // sentences of a source text point to it, but are not evidence about it
            if (!SOURCE.contains(t.getPredicate())) {
                keepIfEvidence(t.getSubject(), null, found);
            }
        }
        findEvidenceOfReifiedStatements(subject, found, graph);
        List<Triple> statements = new ArrayList<>(outgoing);
        statements.addAll(incoming);
        for (Triple statement : statements) {
            findEvidenceOfTripleTerm(statement, found, graph);
        }
        // A sentence that mentions the resource is shown once, through the evidence that cites it.
        Set<Node> citedSentences = new HashSet<>();
        for (Node node : found.keySet()) {
            first(node, SENTENCE).ifPresent(citedSentences::add);
        }
        List<EvidenceItem> items = new ArrayList<>();
        found.entrySet().stream()
                .filter(e -> !citedSentences.contains(e.getKey()))
                .limit(MAX_EVIDENCE)
                .forEach(e -> items.add(item(e.getKey(),
                        e.getValue() != null ? e.getValue() : statedFact(e.getKey()).orElse(null), graph)));
        items.sort(Comparator.comparing((EvidenceItem e) -> String.valueOf(e.fileName()))
                .thenComparingLong(e -> offset(e.start())));
        return items;
    }

    /** rdf:Statement nodes whose subject or object is this resource (classic reification). */
    private void findEvidenceOfReifiedStatements(Node subject, Map<Node, Triple> found, Graph graph) {
        Set<Node> statements = new HashSet<>();
        data.find(null, RDF.subject.asNode(), subject).forEach(t -> statements.add(t.getSubject()));
        data.find(null, RDF.object.asNode(), subject).forEach(t -> statements.add(t.getSubject()));
        for (Node statement : statements) {
            Triple fact = reifiedTriple(statement).orElse(null);
            addDescription(graph, statement);
            keepIfEvidence(statement, fact, found);
            data.find(statement, null, null).forEach(t -> keepIfEvidence(t.getObject(), fact, found));
            data.find(null, null, statement).forEach(t -> keepIfEvidence(t.getSubject(), fact, found));
        }
    }

    /**
     * RDF 1.2: reifiers point to the statement as a triple term ({@code _:r rdf:reifies <<( s p o )>>},
     * written {@code << s p o >>} in Turtle); evidence hangs off the reifier or is the reifier.
     */
    private void findEvidenceOfTripleTerm(Triple statement, Map<Node, Triple> found, Graph graph) {
        Node quoted = NodeFactory.createTripleTerm(statement);
        for (Triple pointer : data.find(null, null, quoted)) {
            Node reifier = pointer.getSubject();
            graph.add(pointer);
            keepIfEvidence(reifier, statement, found);
            for (Triple t : data.find(reifier, null, null)) {
                graph.add(t);
                keepIfEvidence(t.getObject(), statement, found);
            }
        }
    }

    private Optional<Triple> reifiedTriple(Node statement) {
        Optional<Node> s = first(statement, FACT_SUBJECT);
        Optional<Node> p = first(statement, FACT_PREDICATE);
        Optional<Node> o = first(statement, FACT_OBJECT);
        if (s.isPresent() && p.isPresent() && p.get().isURI() && o.isPresent()) {
            return Optional.of(Triple.create(s.get(), p.get(), o.get()));
        }
        return Optional.empty();
    }

    /** The statement an evidence node names itself, written out on it. */
    private Optional<Triple> statedFact(Node evidence) {
        return reifiedTriple(evidence);
    }

    private void keepIfEvidence(Node node, Triple fact, Map<Node, Triple> found) {
        if (node.isLiteral() || node.isTripleTerm() || !isEvidence(node)) {
            return;
        }
        Triple known = found.get(node);
        if (known == null) {
            found.put(node, fact);
        }
    }

    private boolean isEvidence(Node node) {
        for (Node type : data.objects(node, RDF.type.asNode())) {
            if (EVIDENCE_CLASSES.contains(type) || SENTENCE_CLASSES.contains(type)) {
                return true;
            }
        }
        return has(node, SENTENCE) || has(node, TEXT) && (has(node, START) || has(node, SOURCE));
    }

    private EvidenceItem item(Node evidence, Triple fact, Graph graph) {
        addDescription(graph, evidence);
        Node sentence = first(evidence, SENTENCE).filter(n -> !n.isLiteral()).orElse(evidence);
        if (!sentence.equals(evidence)) {
            addDescription(graph, sentence);
        }
        Optional<Node> source = first(evidence, SOURCE).or(() -> first(sentence, SOURCE));
        String fileName = source.filter(n -> !n.isLiteral())
                .flatMap(n -> first(n, FILE_NAME)).map(this::lexical)
                .orElse(source.filter(Node::isLiteral).map(this::lexical).orElse(null));
        source.filter(n -> !n.isLiteral()).ifPresent(n -> {
            for (Node p : FILE_NAME) {
                data.find(n, p, null).forEach(graph::add);
            }
        });
        Set<Node> named = new HashSet<>();
        for (List<Node> slot : List.of(TEXT, START, END, SOURCE, RULE, CONFIDENCE, FACT_SUBJECT, FACT_PREDICATE, FACT_OBJECT)) {
            named.addAll(slot);
        }
        List<Triple> details = data.find(evidence, null, null).stream()
                .filter(t -> t.getObject().isLiteral() && !named.contains(t.getPredicate()))
                .toList();
        return new EvidenceItem(evidence, fact,
                text(sentence, TEXT).or(() -> text(evidence, TEXT)).orElse(null),
                text(sentence, START).or(() -> text(evidence, START)).orElse(null),
                text(sentence, END).or(() -> text(evidence, END)).orElse(null),
                source.orElse(null), fileName,
                text(evidence, RULE).orElse(null),
                text(evidence, CONFIDENCE).orElse(null),
                details);
    }

    private boolean has(Node node, List<Node> properties) {
        return properties.stream().anyMatch(p -> data.contains(node, p, null));
    }

    private Optional<Node> first(Node node, List<Node> properties) {
        for (Node p : properties) {
            List<Node> values = data.objects(node, p);
            if (!values.isEmpty()) {
                return Optional.of(values.get(0));
            }
        }
        return Optional.empty();
    }

    private Optional<String> text(Node node, List<Node> properties) {
        return first(node, properties).map(this::lexical);
    }

    /** Items in reading order; those without a usable offset last. */
    private static long offset(String lexical) {
        try {
            return lexical == null ? Long.MAX_VALUE : Long.parseLong(lexical.trim());
        } catch (NumberFormatException notAnOffset) {
            return Long.MAX_VALUE;
        }
    }

    private String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static List<Triple> sorted(List<Triple> triples) {
        List<Triple> copy = new ArrayList<>(triples);
        copy.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString())
                .thenComparing(t -> t.getSubject().toString())
                .thenComparing(t -> t.getObject().toString()));
        return copy;
    }
}
