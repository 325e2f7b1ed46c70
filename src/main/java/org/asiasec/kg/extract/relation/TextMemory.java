package org.asiasec.kg.extract.relation;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.sentence.AnalysedSentence;

/**
 * What a rule remembers about the text it is reading, kept apart per text so that one rule
 * instance can read many texts, also in parallel threads (each text read in order by one thread).
 */
final class TextMemory<T> {

    private final Map<SourceText, T> byText = Collections.synchronizedMap(new WeakHashMap<>());
    private final Supplier<T> fresh;

    TextMemory(Supplier<T> fresh) {
        this.fresh = fresh;
    }

    T of(AnalysedSentence sentence) {
        return of(sentence.source());
    }

    T of(SourceText text) {
        return byText.computeIfAbsent(text, t -> fresh.get());
    }

    /** Forgets the text, returning what was remembered about it (null if nothing). */
    T forget(SourceText text) {
        return byText.remove(text);
    }
}
