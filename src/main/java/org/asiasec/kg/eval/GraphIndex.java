package org.asiasec.kg.eval;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.asiasec.kg.rdf.Asc;

/**
 * One text's graph (with the ontology) as the scorer sees it: the normalised labels of each node,
 * the nodes of each label, and each node's types, a class counting with all its subclasses.
 */
final class GraphIndex {

    /** The properties whose literals name a node. */
    static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            SKOS.prefLabel.asNode(), SKOS.hiddenLabel.asNode(), NodeFactory.createURI("http://schema.org/name"),
            NodeFactory.createURI("https://schema.org/name"), NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"));
    /** The entity types scored for recall and precision. */
    static final List<String> ENTITY_TYPES = List.of("Mechanism", "Document", "Concept", "Country", "Person", "Place");

    private final Graph graph;
    private final Map<Node, Set<String>> labels = new HashMap<>();
    private final Map<String, Set<Node>> byLabel = new HashMap<>();
    private final Map<String, Set<Node>> classes = new HashMap<>();
    private final Map<Node, Set<Node>> types = new HashMap<>();

    GraphIndex(Graph graph) {
        this.graph = graph;
        for (Node p : LABEL_PROPERTIES) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral()) {
                    String n = Matching.norm(t.getObject().getLiteralLexicalForm());
                    if (!n.isEmpty()) {
                        labels.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(n);
                        byLabel.computeIfAbsent(n, k -> new HashSet<>()).add(t.getSubject());
                    }
                }
            });
        }
        Map<Node, Set<Node>> subclasses = new HashMap<>();
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
                .forEach(t -> subclasses.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject()));
        for (String t : concat(ENTITY_TYPES, List.of("Meeting", "Summit"))) {
            Set<Node> seen = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(asc(t)));
            while (!todo.isEmpty()) {
                Node c = todo.pop();
                if (seen.add(c)) {
                    todo.addAll(subclasses.getOrDefault(c, Set.of()));
                }
            }
            classes.put(t, seen);
        }
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .forEach(t -> types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static Node asc(String localName) {
        return NodeFactory.createURI(Asc.NS + localName);
    }

    Graph graph() {
        return graph;
    }

    boolean isA(Node node, String type) {
        Set<Node> ts = types.get(node);
        return ts != null && ts.stream().anyMatch(classes.get(type)::contains);
    }

    Set<Node> nodesOf(String type) {
        Set<Node> out = new LinkedHashSet<>();
        types.forEach((node, ts) -> {
            if (ts.stream().anyMatch(classes.get(type)::contains)) {
                out.add(node);
            }
        });
        return out;
    }

    /** The nodes one of whose labels is one of the names, of the type if one is given. */
    Set<Node> find(Collection<String> names, String type) {
        Set<Node> out = new LinkedHashSet<>();
        for (String name : names) {
            for (Node s : byLabel.getOrDefault(Matching.norm(name), Set.of())) {
                if (type == null || isA(s, type)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    Set<String> labels(Node node) {
        return labels.getOrDefault(node, Set.of());
    }

    /** The objects of the {@code asc:} property with this local name. */
    Set<Node> objects(Node subject, String ascProperty) {
        Set<Node> out = new LinkedHashSet<>();
        graph.find(subject, asc(ascProperty), Node.ANY).mapWith(Triple::getObject).forEach(out::add);
        return out;
    }

    /** The objects of every property of a node. */
    Set<Node> allObjects(Node subject) {
        Set<Node> out = new HashSet<>();
        graph.find(subject, Node.ANY, Node.ANY).mapWith(Triple::getObject).forEach(out::add);
        return out;
    }

    /** What Python's {@code str} gives for a node: a literal's lexical form, an IRI, a blank node's label. */
    static String text(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        return n.isBlank() ? n.getBlankNodeLabel() : n.toString();
    }

    /** The lexical forms of the objects of an {@code asc:} property. */
    Set<String> texts(Node subject, String ascProperty) {
        Set<String> out = new LinkedHashSet<>();
        objects(subject, ascProperty).forEach(o -> out.add(text(o)));
        return out;
    }
}
