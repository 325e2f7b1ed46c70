package org.asiasec.kg.extract;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.ExtractionSink;

/** The full extraction pipeline for one text. (Placeholder until the recognisers land: reports the source only.) */
public class StandardExtractor implements Extractor {

    @Override
    public void extract(SourceText source, ExtractionSink sink) {
        sink.start(source);
        sink.finish(source);
    }
}
