package org.asiasec.kg.server.linkeddata;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/** The ontology's subclass hierarchy: is a class the given one or below it? */
final class ClassTree {

    private final Graph vocabulary;

    ClassTree(Graph vocabulary) {
        this.vocabulary = vocabulary;
    }

    boolean isWithin(Node type, Node ancestor) {
        Set<Node> seen = new HashSet<>();
        return isWithin(type, ancestor, seen);
    }

    private boolean isWithin(Node type, Node ancestor, Set<Node> seen) {
        if (type.equals(ancestor)) {
            return true;
        }
        if (!seen.add(type)) {
            return false;
        }
        for (var t : vocabulary.find(type, RDFS.subClassOf.asNode(), Node.ANY).toList()) {
            if (isWithin(t.getObject(), ancestor, seen)) {
                return true;
            }
        }
        return false;
    }
}
