package org.asiasec.kg.server.linkeddata;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What an entity page shows besides the resource's own description, detached from the store.
 *
 * @param description   the resource's triples and evidence
 * @param records       the linked nodes that are bookkeeping (evidence, sentences, statistics), not facts
 * @param coMentions    the entities named most often in the same sentences, most first
 * @param coMentionTotal how many entities share a sentence with it in all
 * @param meetings      for a mechanism: its meetings (and those of its organs) in date order
 * @param lineage       for a concept: its proposal and the dated meetings and documents named with it
 * @param labels        labels of everything above
 */
record EntityView(ResourceDescription description, Set<Node> records, List<CoMentioned> coMentions,
                  int coMentionTotal, List<MeetingRow> meetings, List<LineageRow> lineage, Graph labels) {

    /**
     * One dated step in a concept's lineage: where it was put forward, or a dated meeting or document
     * named in the same sentence as the concept (a later elaboration).
     *
     * @param proposal true for the proposal itself, false for a meeting or document named with it
     */
    record LineageRow(String date, Node event, boolean proposal, List<Node> places) {
    }

    /** An entity named in {@code sentences} sentences together with the page's resource. */
    record CoMentioned(Node entity, int sentences) {
    }

    /**
     * One meeting of a mechanism.
     *
     * @param date       lexical form of its date, or null
     * @param ordinal    第四次 → "4", or null
     * @param places     where it was held
     * @param documents  documents adopted there
     * @param newMembers countries whose membership of the mechanism is dated to the meeting's year
     */
    record MeetingRow(Node meeting, String date, String ordinal, List<Node> places, List<Node> documents,
                      List<Node> newMembers) {
    }
}
