package org.asiasec.kg.server.linkeddata;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One piece of evidence for the resource on a page: the sentence a fact was read from.
 * Fields the data does not give are null.
 *
 * @param node         the evidence node
 * @param fact         the statement it supports, when the data says which
 * @param sentenceText the sentence as written in the source
 * @param start        start offset of the sentence in the source text
 * @param end          end offset (exclusive)
 * @param source       the source node, or a literal naming it
 * @param fileName     the source's file name
 * @param rule         the recogniser or relation rule that read it
 * @param confidence   lexical form of the confidence
 * @param details      the evidence node's other literal-valued triples
 */
record EvidenceItem(Node node, Triple fact, String sentenceText, String start, String end,
                    Node source, String fileName, String rule, String confidence, List<Triple> details) {
}
