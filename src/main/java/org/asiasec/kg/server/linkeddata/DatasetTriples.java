package org.asiasec.kg.server.linkeddata;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The triples of a dataset seen as one graph: the default graph and every named graph merged,
 * whatever the store's union-default-graph setting. Call inside a read transaction.
 */
final class DatasetTriples {

    private final DatasetGraph dsg;

    DatasetTriples(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Distinct triples matching the pattern; null or Node.ANY is a wildcard. */
    List<Triple> find(Node s, Node p, Node o) {
        Set<Triple> triples = new LinkedHashSet<>();
        Iterator<Quad> quads = dsg.find(Node.ANY, any(s), any(p), any(o));
        try {
            quads.forEachRemaining(q -> triples.add(q.asTriple()));
        } finally {
            Iter.close(quads);
        }
        return new ArrayList<>(triples);
    }

    boolean contains(Node s, Node p, Node o) {
        Iterator<Quad> quads = dsg.find(Node.ANY, any(s), any(p), any(o));
        try {
            return quads.hasNext();
        } finally {
            Iter.close(quads);
        }
    }

    /** True when the node is the subject or the object of some triple. */
    boolean mentions(Node node) {
        return contains(node, null, null) || contains(null, null, node);
    }

    List<Node> objects(Node s, Node p) {
        return find(s, p, null).stream().map(Triple::getObject).distinct().toList();
    }

    private static Node any(Node n) {
        return n == null ? Node.ANY : n;
    }
}
