package org.asiasec.kg.extract.recognise;

import java.util.List;

/** Finds one kind of name in a text. Implementations are stateless and thread-safe. */
public interface Recogniser {

    /** Short stable name, recorded as the rule of the evidence. */
    String name();

    void recognise(TextAnalysis text, List<Candidate> out);
}
