package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;

/** Dialogue formats written as a formula in quotes: “2+2”, “10+3”, “C5+1”, “中国+中亚五国”. */
public class FormulaMechanismRecogniser implements Recogniser {

    private static final Pattern FORMULA = Pattern.compile("[“\"]((?:[A-Z]*\\d+|[\\u4e00-\\u9fff]{1,6})\\s*[+＋]\\s*(?:\\d+|[\\u4e00-\\u9fff]{1,6}))[”\"]");

    @Override
    public String name() {
        return "formula-mechanism";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        Matcher m = FORMULA.matcher(text.text());
        while (m.find()) {
            String formula = m.group(1);
            // “中国＋中亚五国” is the known “中国+中亚五国”: the width of the plus sign changes nothing
            var known = text.lexicon().byName(formula).or(() -> text.lexicon().byName(formula.replace('＋', '+')));
            out.add(Candidate.named(m.start(1), m.end(1), EntityType.MECHANISM, "Dialogue", formula, name(), 0.8, known));
        }
    }
}
