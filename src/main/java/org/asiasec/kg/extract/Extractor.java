package org.asiasec.kg.extract;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.ExtractionSink;

/**
 * Reads one source text and reports its entities, mentions and facts to a sink.
 * Implementations are thread-safe so texts can be extracted in parallel.
 */
public interface Extractor {

    void extract(SourceText source, ExtractionSink sink);
}
