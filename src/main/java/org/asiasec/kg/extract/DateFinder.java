package org.asiasec.kg.extract;

import java.util.List;

import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.nlp.Sentence;

/**
 * Finds the dates of one sentence for the relation rules; the date recogniser plugs in here. Called
 * once per sentence in text order, so an implementation may resolve 同年 or 次年 against the dates of
 * earlier sentences of the same text (it must keep that state per text, not per instance).
 */
@FunctionalInterface
public interface DateFinder {

    /** No dates at all: the default until a date recogniser is given. */
    DateFinder NONE = (source, text, sentence, earlier) -> List.of();

    /**
     * @param earlier the dates of the earlier sentences of this text, in order
     */
    List<DateMention> find(SourceText source, NormalisedText text, Sentence sentence, List<DateMention> earlier);
}
