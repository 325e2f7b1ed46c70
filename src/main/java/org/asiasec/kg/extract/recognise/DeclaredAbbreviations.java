package org.asiasec.kg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.nlp.Token;

/**
 * Abbreviations a text declares for itself — 上海合作组织（以下简称“上合组织”）, 亚洲相互协作与信任措施会议
 * （简称“亚信”） — name the same thing as the full name right before them, from the declaration to the
 * end of the text, and in the part of the text read with the declaration before it (a headline).
 */
public final class DeclaredAbbreviations {

    private static final Pattern DECLARATION = Pattern.compile(
            "\\s*[（(]\\s*(?:以下|下文|下)?(?:简称|称)\\s*[：:]?\\s*[“\"「]?([^”\"」（）()，,。\\s]{1,15})[”\"」]?"
            // an English acronym may follow the Chinese short form: （下称集安组织，CSTO）
            + "(?:\\s*[，,、；;]\\s*[A-Za-z][A-Za-z0-9\\-]{1,11})?\\s*[）)]");

    /** Heads of a body of an organisation: 成员国元首理事会, 秘书处. */
    private static final List<String> ORGAN_HEADS = List.of("理事会", "委员会", "秘书处", "合作中心");

    private DeclaredAbbreviations() {
    }

    /**
     * 上海合作组织（以下简称“上合组织”）成员国元首理事会: the declaration splits the name of one of the
     * organisation's bodies; the words after it name that body, under the name with the declaration left out.
     */
    private static java.util.Optional<Candidate> organAfterDeclaration(TextAnalysis text, Candidate full, int after) {
        int t = text.tokenStartingAt(after);
        if (full.type() != org.asiasec.kg.model.EntityType.MECHANISM || t < 0) {
            return java.util.Optional.empty();
        }
        String organ = organName(text, t);
        if (organ.length() <= 3) {
            return java.util.Optional.empty();
        }
        String name = full.name() + organ;
        var known = text.lexicon().byName(name);
        return java.util.Optional.of(Candidate.named(after, after + organ.length(), full.type(), "Organisation", name,
                "declared-abbreviation", 0.9, known));
    }

    /**
     * The words from token {@code first} on up to the first one that ends with an organ's head (常驻代表委员会,
     * 成员国元首理事会), at most {@value #MAX_ORGAN_LENGTH} characters with no gap or punctuation; empty when none ends so.
     */
    private static String organName(TextAnalysis text, int first) {
        StringBuilder organ = new StringBuilder();
        for (int t = first; t < text.tokens().size(); t++) {
            Token token = text.token(t);
            if (token.pos().equals("w") || t > first && text.token(t - 1).end() != token.start()
                    || organ.length() + token.word().length() > MAX_ORGAN_LENGTH) {
                return "";
            }
            organ.append(token.word());
            if (ORGAN_HEADS.stream().anyMatch(head -> organ.toString().endsWith(head))) {
                return organ.toString();
            }
        }
        return "";
    }

    private static final int MAX_ORGAN_LENGTH = 10;

    /** Candidates for every use of a declared abbreviation, each linked to the name it abbreviates. */
    public static List<Candidate> find(TextAnalysis text, List<Candidate> names) {
        List<Candidate> out = new ArrayList<>();
        String s = text.text();
        for (Candidate full : names) {
            if (full.isBlock()) {
                continue;
            }
            Matcher m = DECLARATION.matcher(s).region(full.end(), s.length());
            if (!m.lookingAt()) {
                continue;
            }
            organAfterDeclaration(text, full, m.end()).ifPresent(out::add);
            String abbreviation = m.group(1);
            // a headline may use the short form before the text declares it (集安组织三十年 … 集体安全条约组织（下称集安组织）)
            everyUse(s, abbreviation, new Candidate(full.start(), full.end(), full.type(), full.kind(), full.name(),
                    "declared-abbreviation", 0.99, full.known()), out);
        }
        return out;
    }

    /** A copy of {@code named} at every place {@code text} writes {@code surface}: each use of a declared name. */
    static void everyUse(String text, String surface, Candidate named, List<Candidate> out) {
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            out.add(new Candidate(at, at + surface.length(), named.type(), named.kind(), named.name(), named.rule(),
                    named.confidence(), named.known()));
        }
    }
}
