package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

/**
 * Persons. HanLP's name recogniser also tags fragments (时俱进, 国元首) as names, so a name it finds
 * counts only in a context that marks a person: next to a position (国家主席习近平, 奥巴马总统,
 * 外交部副部长程国平), before a verb of saying (刘振民说), or as the author of a cited title
 * (罗圣荣：《…》, 冯绍雷、封帅：《…》). A Chinese name must start with a known surname.
 */
public class PersonRecogniser implements Recogniser {

    private static final Set<String> SAYING = Set.of("说", "指出", "表示", "强调", "认为", "提出", "称", "介绍", "回答");
    private static final Pattern AUTHORS = Pattern.compile("((?:[\\u4e00-\\u9fff]{2,4}、)*[\\u4e00-\\u9fff]{2,4})\\s*[：:]\\s*《");

    @Override
    public String name() {
        return "person";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().startsWith("nr") || !looksLikeName(text, t.word(), t.pos())) {
                continue;
            }
            if (isPosition(text, i - 1) || isPosition(text, i + 1) || isSaying(text, i + 1)) {
                out.add(candidate(t.start(), t.end(), t.word(), "person-in-context", 0.85));
            }
        }
        Matcher m = AUTHORS.matcher(text.text());
        while (m.find()) {
            int offset = m.start(1);
            for (String name : m.group(1).split("、")) {
                if (text.lexicon().surnameOf(name) != null && text.isWordBoundary(offset)
                        && text.lexicon().byName(name).map(e -> e.type() == EntityType.PERSON).orElse(true)) {
                    out.add(candidate(offset, offset + name.length(), name, "person-author", 0.8));
                }
                offset += name.length() + 1;
            }
        }
    }

    private Candidate candidate(int start, int end, String name, String rule, double confidence) {
        return new Candidate(start, end, EntityType.PERSON, null, name, rule, confidence, null);
    }

    private static boolean looksLikeName(TextAnalysis text, String word, String pos) {
        if (pos.equals("nrf")) {
            return word.length() >= 2;
        }
        String surname = text.lexicon().surnameOf(word);
        return surname != null && word.length() >= 2 && word.length() <= 4 && word.length() > surname.length();
    }

    private static boolean isPosition(TextAnalysis text, int index) {
        if (index < 0 || index >= text.tokens().size()) {
            return false;
        }
        String word = text.token(index).word();
        for (String position : text.lexicon().positions()) {
            if (word.endsWith(position) || word.startsWith(position) && index > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSaying(TextAnalysis text, int index) {
        return index < text.tokens().size() && SAYING.contains(text.token(index).word());
    }
}
