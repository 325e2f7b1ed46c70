package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;

/**
 * A term set in quotation marks (“三股势力”, “修昔底德陷阱”) names a Concept, unless it is clearly
 * something else: a quotation (it holds punctuation or a list), a verb phrase (“推动构建…”), a word
 * too short to be a coined term, or a name the lexicon gives another type.
 */
public class QuotedTermRecogniser implements Recogniser {

    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^“”\"「」]{2,14})[”\"」]");
    private static final Pattern NOT_A_TERM = Pattern.compile("[，。：；！？,.:;!?、\\s的了是我们\\d]");
    /** Endings of coined terms: a quoted phrase ending so is a concept even when made of common words. */
    private static final List<String> TERM_ENDINGS = List.of("观", "倡议", "精神", "原则", "理念", "模式", "共同体",
            "思维", "主义", "战略", "方式", "陷阱", "博弈", "势力", "外交", "化");
    private static final java.util.Set<String> COMMON = java.util.Set.of("n", "vn", "an", "a", "v", "vi", "d", "ad", "vd", "ng");

    @Override
    public String name() {
        return "quoted-term";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        Matcher m = QUOTED.matcher(text.text());
        while (m.find()) {
            String term = m.group(1);
            int start = m.start(1);
            if (term.length() < 4 || NOT_A_TERM.matcher(term).find() || term.matches("[\\p{Alnum}+]+")
                    || startsWithVerb(text, start) || isCommonPhrase(text, start, m.end(1), term)) {
                continue;
            }
            var known = text.lexicon().byName(term);
            if (known.isPresent() && known.get().type() != EntityType.CONCEPT) {
                continue;
            }
            out.add(new Candidate(m.start(1), m.end(1), EntityType.CONCEPT, known.map(e -> e.kind()).orElse(null),
                    known.map(e -> e.zh()).orElse(term), name(), 0.7, known.orElse(null)));
        }
    }

    /** Scare quotes around ordinary words (“安全合作”, “国际规则”) do not make a concept. */
    private static boolean isCommonPhrase(TextAnalysis text, int start, int end, String term) {
        if (TERM_ENDINGS.stream().anyMatch(term::endsWith) || text.lexicon().byName(term).isPresent()) {
            return false;
        }
        for (int s = start; s < end; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0 || !COMMON.contains(text.token(t).pos())) {
                return false;
            }
            s = text.token(t).end();
        }
        return true;
    }

    private static boolean startsWithVerb(TextAnalysis text, int start) {
        int t = text.tokenStartingAt(start);
        return t >= 0 && text.token(t).pos().startsWith("v") && !text.token(t).pos().equals("vn")
                && text.token(t).end() - start < 4;
    }
}
