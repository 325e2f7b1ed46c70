package org.asiasec.kg.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.asiasec.kg.rdf.Asc;
import org.asiasec.kg.rdf.GeneratedLabels;
import org.asiasec.kg.rdf.IriScheme;
import org.asiasec.kg.rdf.PlaceCoordinates;

/**
 * What the build adds from the loaded graph as a whole, each in a named graph of its own (and in the
 * union): English labels generated for meetings no text names in English, and the coordinates of places
 * (reference data). Neither ever goes into a text's graph.
 */
final class DerivedGraphs {

    private DerivedGraphs() {
    }

    /** Adds both graphs; returns the number of quads added to named graphs. */
    static long add(DatasetGraph dataset, IriScheme iris) {
        return Txn.calculateWrite(dataset, () -> {
            Node ontology = NodeFactory.createURI(Asc.ONTOLOGY_IRI);
            List<Triple> labels = GeneratedLabels.forMeetings(dataset.getDefaultGraph(), dataset.getGraph(ontology));
            Node coordinatesGraph = PlaceCoordinates.graphName(iris);
            List<Triple> coordinates = PlaceCoordinates.load().statements(dataset.getDefaultGraph(), coordinatesGraph);
            return put(dataset, GeneratedLabels.graphName(iris), labels) + put(dataset, coordinatesGraph, coordinates);
        });
    }

    private static long put(DatasetGraph dataset, Node graph, List<Triple> triples) {
        for (Triple t : triples) {
            dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            dataset.getDefaultGraph().add(t); // the default graph is the union of the named graphs
        }
        return triples.size();
    }
}
