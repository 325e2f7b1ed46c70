package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.nlp.Token;

/**
 * One-character short forms of countries in the fixed phrases where they stand alone: after a verb of
 * travel or residence in one word (访华, 来华, 驻华, 访美), and after 在 before words such as 期间 or 投资
 * (在华期间). Elsewhere a lone 华 or 美 is too ambiguous to read.
 */
public class ShortFormRecogniser implements Recogniser {

    private static final String TRAVEL = "访来赴驻抵离旅";
    private static final Set<String> AFTER_STAY = Set.of("期间", "投资", "企业", "机构", "工作", "留学", "利益", "设立", "经营");

    @Override
    public String name() {
        return "country-short-form";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.word();
            if (w.length() == 2 && TRAVEL.indexOf(w.charAt(0)) >= 0) {
                text.lexicon().countryOfShortForm(w.charAt(1)).ifPresent(e -> out.add(candidate(t.start() + 1, e)));
            } else if (w.length() == 1 && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).word().equals("在")
                    && tokens.get(i - 1).end() == t.start() && AFTER_STAY.contains(tokens.get(i + 1).word())) {
                text.lexicon().countryOfShortForm(w.charAt(0)).ifPresent(e -> out.add(candidate(t.start(), e)));
            }
        }
    }

    private Candidate candidate(int start, LexiconEntry country) {
        return new Candidate(start, start + 1, country.type(), country.kind(), country.zh(), name(), 0.8, country);
    }
}
