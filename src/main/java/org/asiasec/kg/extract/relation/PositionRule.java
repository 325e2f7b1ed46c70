package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.PERSON;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/**
 * A person's position, written next to the name: title + person (外交部副部长程国平, 国家主席习近平,
 * 哈萨克斯坦总统纳扎尔巴耶夫 → 总统) or person + title (习近平主席, 纳扎尔巴耶夫总统). The title is the
 * run of words ending in a title noun (主席, 总统, 总理, 部长, 总书记, 秘书长 …) right before the name,
 * without the country, which is a mention of its own.
 */
public final class PositionRule implements RelationRule {

    public static final String NAME = "person-position";


    private static final List<String> TITLES = List.of("国家主席", "主席", "总统", "副总统", "总理", "副总理", "首相", "外长",
            "部长", "副部长", "总书记", "秘书长", "副秘书长", "国务委员", "委员长", "主任", "大使", "特使", "国王");
    private static final String TITLE = "(?:" + String.join("|", TITLES) + ")";
    /** The titles that also follow a name; each is one of {@link #TITLES}. */
    private static final String TITLE_AFTER = "(?:主席|总统|总理|首相|总书记|秘书长|国王)";
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("(?<position>(?:(?![的在和与是了对向同])[\\u4e00-\\u9fff]){0,6}?" + TITLE + ")\\s*(?<person>" + PERSON + ")"),
            Pattern.compile("(?<person>" + PERSON + ")(?<position>" + TITLE_AFTER + ")"));

    /**
     * Whether a title ends right before a person, white space between (what the first shape needs); the
     * white space is that of the regex class \s: space, tab, line feed, vertical tab, form feed, return.
     */
    private static boolean hasTitleBeforePerson(String masked) {
        for (int person = masked.indexOf('N'); person >= 0; person = masked.indexOf('N', person + 1)) {
            int end = person;
            while (end > 0 && " \t\n\u000B\f\r".indexOf(masked.charAt(end - 1)) >= 0) {
                end--;
            }
            for (String title : TITLES) {
                if (masked.startsWith(title, end - title.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        if (!s.names('N') || !s.saysAny(TITLES)) { // every shape names a person and a title
            return;
        }
        for (Pattern shape : SHAPES) {
            if (shape == SHAPES.get(0) && !hasTitleBeforePerson(s.masked())) {
                continue; // its lazy lead is tried at every char: skip the sentences it cannot match
            }
            Matcher m = s.matcher(shape);
            while (m.find()) {
                String position = s.text().substring(m.start("position"), m.end("position"));
                new Statements(sentence, out, NAME, 0.8).fact(s.entity(m, "person").key(), Property.POSITION,
                        new Value.Text(position, "zh"));
            }
        }
    }
}
