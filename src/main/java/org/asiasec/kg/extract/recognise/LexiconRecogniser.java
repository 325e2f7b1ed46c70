package org.asiasec.kg.extract.recognise;

import java.util.List;

import org.asiasec.kg.lexicon.Lexicon;

/**
 * Every name of the domain lexicon, found in one pass with HanLP's Aho-Corasick trie. Names of up to
 * three characters must also be whole words, so that 中亚 is not read inside 中亚洲 nor 孟加拉 inside 孟加拉湾.
 */
public class LexiconRecogniser implements Recogniser {

    @Override
    public String name() {
        return "lexicon";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        for (Lexicon.Hit hit : text.lexicon().find(text.text())) {
            if (hit.surface().length() <= 3
                    && !(text.isWordBoundary(hit.start()) && text.isWordBoundary(hit.end()))) {
                continue;
            }
            out.add(new Candidate(hit.start(), hit.end(), hit.entry().type(), hit.entry().kind(),
                    hit.entry().zh(), name(), 0.95, hit.entry()));
        }
    }
}
