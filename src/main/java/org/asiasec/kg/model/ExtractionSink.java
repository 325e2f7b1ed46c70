package org.asiasec.kg.model;

import org.asiasec.kg.corpus.SourceText;

/**
 * Receives what extraction finds in one source text, in the manner of Jena's {@code StreamRDF}:
 * the producer does not know who consumes. Calls arrive as
 * {@code start, (entity | mention | fact)*, finish} for each source; the same entity may be
 * announced more than once and consumers must tolerate that.
 */
public interface ExtractionSink {

    void start(SourceText source);

    void entity(Entity entity);

    void mention(Mention mention);

    void fact(Fact fact);

    void finish(SourceText source);
}
