package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;

/**
 * Views named in a row: 发展观、安全观、合作观、文明观、全球治理观. One 发展观 alone is a common noun;
 * three or more views enumerated together are the named parts of a doctrine, so each is a concept.
 */
public class ConceptListRecogniser implements Recogniser {

    private static final String VIEW = "(?:(?![的和与及、])\\p{IsHan}){2,5}观";
    static final String LIST_REGEX = VIEW + "(?:、" + VIEW + "){2,}";
    /** Every list holds 观、 two to five chars in: the end of its first view. */
    static final AnchoredPattern LIST = new AnchoredPattern(LIST_REGEX, "观、", 2, 5);
    private static final Pattern ITEM = Pattern.compile(VIEW);

    @Override
    public String name() {
        return "concept-list";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        LIST.forEachMatch(text.text(), list -> {
            Matcher item = ITEM.matcher(text.text()).region(list.start(), list.end());
            while (item.find()) {
                int start = item.start();
                while (start < item.end() - 3 && !text.isWordBoundary(start)) {
                    start++; // the first item may have taken a modifier's last characters
                }
                out.add(new Candidate(start, item.end(), EntityType.CONCEPT, "Idea",
                        text.text().substring(start, item.end()), name(), 0.7, null));
            }
        });
    }
}
