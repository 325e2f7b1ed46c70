package org.asiasec.kg.extract.relation;

import org.asiasec.kg.extract.AnalysedSentence;
import org.asiasec.kg.model.ExtractionSink;

/**
 * A named pattern over one sentence's tokens, linked entities and dates that states facts.
 * A rule reports only what the sentence says: new entities it needs (a meeting, a membership)
 * and facts, each with evidence from {@link AnalysedSentence#evidence}.
 */
public interface RelationRule {

    /** Short stable name, recorded as the rule of the evidence (e.g. {@code meeting-ordinal-summit}). */
    String name();

    void apply(AnalysedSentence sentence, ExtractionSink out);
}
