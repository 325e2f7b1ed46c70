package org.asiasec.kg.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes each named-graph quad on and also its triple into the default graph, so the stored default
 * graph is the union of the named graphs. Queries without {@code GRAPH} then run on TDB2's triple
 * indexes instead of scanning every graph's quads and removing duplicates (a union default graph),
 * which costs time in proportion to how often a triple repeats across graphs. The store's indexes are
 * sets, so a triple stated in many graphs is kept once in the default graph.
 */
final class UnionInDefaultGraph extends StreamRDFWrapper {

    private long namedGraphQuads;

    UnionInDefaultGraph(StreamRDF store) {
        super(store);
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) {
            throw new IllegalArgumentException("only named-graph quads are expected: " + quad);
        }
        super.quad(quad);
        super.triple(quad.asTriple());
        namedGraphQuads++;
    }

    /** Quads sent to named graphs so far (their copies in the default graph not counted). */
    long namedGraphQuads() {
        return namedGraphQuads;
    }
}
