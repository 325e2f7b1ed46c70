package org.asiasec.kg.extract.sentence;

import java.util.List;

import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.nlp.Sentence;
import org.asiasec.kg.nlp.Token;

/** Everything the relation rules may read about one sentence. All offsets are analysis offsets. */
public record AnalysedSentence(SourceText source, NormalisedText text, Sentence sentence,
                               List<Token> tokens, List<LinkedMention> mentions, List<DateMention> dates) {

    /** Evidence pointing at this sentence in the original text, for a fact produced by {@code rule}. */
    public Evidence evidence(String rule, double confidence) {
        return new Evidence(source.fileName(), text.originalStart(sentence.start()),
                text.originalEnd(sentence.end()), rule, confidence);
    }
}
