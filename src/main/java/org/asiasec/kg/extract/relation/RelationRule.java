package org.asiasec.kg.extract.relation;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.ExtractionSink;

/**
 * A named pattern over one sentence's tokens, linked entities and dates that states facts.
 * A rule reports only what the sentence says: new entities it needs (a meeting, a membership)
 * and facts, each with evidence from {@link AnalysedSentence#evidence}.
 */
public interface RelationRule {

    /** Short stable name, recorded as the rule of the evidence (e.g. {@code meeting-occurrence}). */
    String name();

    /**
     * Reads one sentence. The extractor masks each sentence once and hands the same
     * {@link MaskedSentence} to every rule, so what one rule computes about the sentence (its
     * meetings) is not computed again by the next.
     */
    void apply(MaskedSentence sentence, ExtractionSink out);

    /**
     * Called once after the last sentence of {@code source}: a rule that held a fact back until it
     * had read the whole text (a meeting's bare year, when another sentence may give its month)
     * writes it now.
     */
    default void finish(SourceText source, ExtractionSink out) {
    }
}
