package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.nlp.Token;

/**
 * Universities, institutes and research centres (新加坡国立大学, 莫斯科国际关系学院) are no type of the
 * ontology; their names are kept whole so that the place inside (新加坡, 莫斯科) is not read as a
 * mention of that place.
 */
public class InstitutionRecogniser implements Recogniser {

    private static final List<String> HEADS = List.of("大学", "学院", "研究院", "研究所", "研究中心", "出版社");

    @Override
    public String name() {
        return "institution";
    }

    /** The last chars of the heads: most words end otherwise, and are passed with one char test. */
    private static final String HEAD_ENDINGS = HEADS.stream().map(h -> h.substring(h.length() - 1))
            .collect(java.util.stream.Collectors.joining());

    private static boolean endsWithHead(String word) {
        if (word.isEmpty() || HEAD_ENDINGS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return false;
        }
        for (String head : HEADS) {
            if (word.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (endsWithHead(word)) {
                NamePhrase phrase = NamePhrase.grow(text, i, Set.of(), true);
                if (phrase.end() - phrase.start() > word.length() || word.length() > 3) {
                    out.add(Candidate.block(phrase.start(), phrase.end(),
                            text.text().substring(phrase.start(), phrase.end()), name()));
                }
            }
        }
    }
}
