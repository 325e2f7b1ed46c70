package org.asiasec.kg.extract.recognise;

import java.util.List;

import java.util.Set;

import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.nlp.Token;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Every name of the domain lexicon, found in one pass with HanLP's Aho-Corasick trie. Names of up to
 * three characters must also be whole words, so that 中亚 is not read inside 中亚洲 nor 孟加拉 inside 孟加拉湾.
 */
public class LexiconRecogniser implements Recogniser {

    private static final Set<String> NER_TAGS = Set.of("nr", "nrf", "ns", "nsf", "nt");

    @Override
    public String name() {
        return "lexicon";
    }

    /**
     * HanLP's name recognisers sometimes glue a neighbour onto a name (于中东, 青岛峰): a lexicon name inside
     * such a word, which the core dictionary does not know, is still read.
     */
    private static boolean insideRecognisedName(TextAnalysis text, Lexicon.Hit hit) {
        int i = text.lastTokenStartingAtOrBefore(hit.start());
        if (i < 0 || text.token(i).end() < hit.end()) {
            return false;
        }
        Token t = text.token(i);
        return NER_TAGS.contains(t.pos()) && CoreDictionary.get(t.word()) == null;
    }

    /** 亚太“北约化”: a name turned into a process by 化 describes a trend, it does not name the body. */
    private static boolean isMadeIntoProcess(TextAnalysis text, Lexicon.Hit hit) {
        int t = text.tokenStartingAt(hit.end());
        return t >= 0 && text.token(t).word().equals("化") && text.isWordBoundary(hit.start());
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        for (Lexicon.Hit hit : text.lexiconHits()) {
            if (hit.surface().length() <= 3 && !(text.isWordBoundary(hit.start()) && text.isWordBoundary(hit.end()))
                    && !insideRecognisedName(text, hit) || isMadeIntoProcess(text, hit)) {
                continue;
            }
            out.add(new Candidate(hit.start(), hit.end(), hit.entry().type(), hit.entry().kind(),
                    hit.entry().zh(), name(), 0.95, hit.entry()));
        }
    }
}
