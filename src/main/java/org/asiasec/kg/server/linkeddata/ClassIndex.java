package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** Classes with their instance counts, and the instances of one class. Call inside a read transaction. */
final class ClassIndex {

    /** A class and the number of distinct resources typed with it. */
    record ClassCount(Node type, int instances) {
    }

    /**
     * The classes, or one page of the instances of a class, with the labels needed to show them.
     *
     * @param total number of rows on all pages
     */
    record Listing<T>(List<T> rows, Graph labels, int total) {
    }

    private final DatasetTriples data;

    ClassIndex(DatasetTriples data) {
        this.data = data;
    }

    Listing<ClassCount> classes() {
        Map<Node, Set<Node>> instances = new LinkedHashMap<>();
        for (Triple t : data.find(null, RDF.type.asNode(), null)) {
            if (t.getObject().isURI()) {
                instances.computeIfAbsent(t.getObject(), c -> new HashSet<>()).add(t.getSubject());
            }
        }
        List<ClassCount> counts = new ArrayList<>();
        instances.forEach((type, members) -> counts.add(new ClassCount(type, members.size())));
        counts.sort((a, b) -> a.instances() != b.instances()
                ? Integer.compare(b.instances(), a.instances())
                : a.type().getURI().compareTo(b.type().getURI()));
        return new Listing<>(counts, labelsOf(instances.keySet()), counts.size());
    }

    /** Instances sorted by label; rows [offset, offset + limit). */
    Listing<Node> instances(Node type, int offset, int limit) {
        Set<Node> members = new HashSet<>();
        for (Triple t : data.find(null, RDF.type.asNode(), type)) {
            members.add(t.getSubject());
        }
        Set<Node> named = new HashSet<>(members);
        named.add(type);
        Graph labels = labelsOf(named);
        List<Node> rows = new ArrayList<>(members);
        rows.sort((a, b) -> sortKey(labels, a).compareTo(sortKey(labels, b)));
        int from = Math.min(offset, rows.size());
        return new Listing<>(rows.subList(from, Math.min(rows.size(), from + limit)), labels, rows.size());
    }

    private static String sortKey(Graph labels, Node node) {
        return Labels.best(labels, node).orElse("\uFFFF" + node);
    }

    private Graph labelsOf(Set<Node> nodes) {
        Graph labels = GraphFactory.createDefaultGraph();
        for (Node node : nodes) {
            for (Node p : Labels.LABEL_PROPERTIES) {
                data.find(node, p, null).forEach(labels::add);
            }
        }
        return labels;
    }
}
