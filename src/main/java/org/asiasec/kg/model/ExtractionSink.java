package org.asiasec.kg.model;

/**
 * Receives what extraction finds in one source text, in the manner of Jena's {@code StreamRDF}:
 * the producer does not know who consumes. Calls arrive as
 * {@code start, (entity | mention | fact)*, finish} for each source; the same entity may be
 * announced more than once and consumers must tolerate that.
 * <p>
 * Every method does nothing by default (as RIOT's {@code StreamRDFBase}), so a consumer overrides only
 * what it wants; {@link #discarding()} is the sink that wants nothing (as {@code StreamRDFLib.sinkNull()}).
 */
public interface ExtractionSink {

    default void start(Source source) {
    }

    default void entity(Entity entity) {
    }

    default void mention(Mention mention) {
    }

    default void fact(Fact fact) {
    }

    default void finish(Source source) {
    }

    /** A sink that drops everything: for timing or exercising a producer alone. */
    static ExtractionSink discarding() {
        return new ExtractionSink() {
        };
    }
}
