package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;

/**
 * The name an encyclopedic definition gives: a phrase opening a line or a sentence, followed by its English
 * name in brackets and defined as an organisation in the same sentence — 甲乙国家联合会（英语：Union of …，缩写UAB），
 * 简称甲乙联合会，是由……组成的区域性国际组织. Its words may all be common nouns (so the head-word recogniser,
 * which wants a proper noun among the modifiers, passes it by); the definition is what makes it a name.
 * The name, the acronym of the brackets and a short form declared right after them (简称/又称/通称) name the
 * same mechanism wherever the text uses them, its title line included.
 */
public class DefinedNameRecogniser implements Recogniser {

    private static final Pattern DEFINITION = Pattern.compile(
            "(?:^|(?<=[\\n。！？]))[ \\t　]*([\\u4e00-\\u9fff·—－]{3,24})\\s*[（(]\\s*(?:英语|英文|English)\\s*[：:]\\s*"
                    + "([^（）()\\n]{2,120})[）)]");
    private static final Pattern ACRONYM = Pattern.compile("(?:缩写|简称|缩略)\\s*[：:为]?\\s*([A-Z][A-Za-z\\-]{1,11})");
    private static final Pattern SHORT_FORM = Pattern.compile(
            "\\G\\s*[，,]\\s*(?:简称|又称|通称|亦称)\\s*[“\"「]?([\\u4e00-\\u9fff·—]{2,15}?)[”\"」]?(?=[，,。；（(])");
    /** What the definition says the thing is, by the head of its last noun, with the ontology class it gives. */
    private static final Pattern DEFINED_AS = Pattern.compile(
            "是[^。\\n]{0,60}?(国际组织|政府间组织|组织|联盟|联合体|论坛|对话机制|合作机制|机制|集团)(?=[。，,；\\n]|$)");

    @Override
    public String name() {
        return "defined-name";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        if (!s.contains("英语") && !s.contains("英文") && !s.contains("English")) {
            return; // DEFINITION cannot match without one of these: skip its scan of every sentence start
        }
        Matcher m = DEFINITION.matcher(s);
        while (m.find()) {
            int sentenceEnd = sentenceEnd(s, m.end());
            Optional<String> kind = definedKind(s.substring(m.end(), sentenceEnd));
            if (kind.isEmpty()) {
                continue;
            }
            Candidate named = named(text, m.start(1), m.group(1), kind.get());
            DeclaredAbbreviations.everyUse(s, m.group(1), named, out);
            Matcher acronym = ACRONYM.matcher(m.group(2));
            if (acronym.find()) {
                DeclaredAbbreviations.everyUse(s, acronym.group(1), named, out);
            }
            Matcher shortForm = SHORT_FORM.matcher(s).region(m.end(), sentenceEnd);
            if (shortForm.lookingAt()) {
                DeclaredAbbreviations.everyUse(s, shortForm.group(1), named, out);
            }
        }
    }

    static Optional<String> definedKind(String restOfSentence) {
        Matcher defined = DEFINED_AS.matcher(restOfSentence);
        if (!defined.find()) {
            return Optional.empty();
        }
        String head = defined.group(1);
        if (head.endsWith("论坛")) {
            return Optional.of("Forum");
        }
        if (head.endsWith("机制") || head.equals("集团")) {
            return Optional.of("CooperationMechanism");
        }
        if (head.equals("联盟")) {
            return Optional.of("Alliance");
        }
        return Optional.of("Organisation");
    }

    private static int sentenceEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '\n' || c == '！' || c == '？') {
                return i;
            }
        }
        return s.length();
    }

    /** The defined name as a mechanism, linked to the lexicon's entry when the lexicon knows it. */
    private Candidate named(TextAnalysis text, int start, String name, String kind) {
        return Candidate.named(start, start + name.length(), EntityType.MECHANISM, kind, name, name(), 0.95,
                text.lexicon().byName(name));
    }
}
