package org.asiasec.kg.server.linkeddata;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What the server says about one resource, detached from the store.
 *
 * @param subject  the resource
 * @param graph    everything below plus labels of linked resources, as served in /data/
 * @param outgoing triples with the resource as subject
 * @param incoming triples with the resource as object
 * @param evidence where its facts were read
 */
record ResourceDescription(Node subject, Graph graph, List<Triple> outgoing, List<Triple> incoming,
                           List<EvidenceItem> evidence) {
}
