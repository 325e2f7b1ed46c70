package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

/**
 * Names of organisations, forums, dialogues, conferences, alliances and cooperation mechanisms that
 * the lexicon does not know: a head word (组织, 论坛, 会议, 对话会, 机制, 联盟 …) with its modifiers, at
 * least one of them a proper noun (中美战略与经济对话, 阿富汗邻国协调合作机制). Occurrences (峰会,
 * 第N次会议, a conference named after its venue) are meetings, not mechanisms, and are left out.
 */
public class MechanismNameRecogniser implements Recogniser {

    /** Head words and the ontology class they give; longer heads first. */
    private static final List<String[]> HEADS = List.of(
            new String[] {"对话会", "Dialogue"}, new String[] {"座谈会", "Conference"},
            new String[] {"委员会", "Organisation"}, new String[] {"理事会", "Organisation"},
            new String[] {"合作中心", "Organisation"}, new String[] {"组织", "Organisation"},
            new String[] {"论坛", "Forum"}, new String[] {"会议", "Conference"},
            new String[] {"对话", "Dialogue"}, new String[] {"会谈", "Dialogue"},
            new String[] {"机制", "Mechanism"}, new String[] {"联盟", "Alliance"},
            new String[] {"集团", "Mechanism"});
    /** Heads whose name built from a venue alone (莫斯科会议, 中美会谈) denotes one occurrence. */
    private static final Set<String> OCCURRENCE_HEADS = Set.of("会议", "会谈", "对话", "座谈会");
    /** Words that describe any mechanism; a proper noun followed only by these is not a name (亚太地区主要多边机制). */
    private static final Set<String> GENERIC = Set.of("地区", "区域", "次区域", "主要", "多边", "双边", "安全", "合作",
            "对话", "现有", "相关", "有关", "各类", "重要", "国际", "政府间", "组织", "机制", "论坛", "会议", "平台", "框架");

    @Override
    public String name() {
        return "mechanism-name";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            for (String[] head : HEADS) {
                if (word.endsWith(head[0])) {
                    candidate(text, i, head[0], head[1]).ifPresent(out::add);
                    break;
                }
            }
        }
    }

    private Optional<Candidate> candidate(TextAnalysis text, int head, String headWord, String kind) {
        NamePhrase phrase = NamePhrase.grow(text, head, Set.of());
        int start = stripLeadingCountries(text, phrase.start(), phrase.end());
        String name = text.text().substring(start, phrase.end());
        if (!phrase.isProper() || name.length() <= headWord.length() + 1 || name.length() > 30
                || text.lexicon().byName(name).isPresent() || isOccurrence(text, start, phrase.end(), headWord)
                || NamePhrase.onlyWords(text, afterLastProperNoun(text, start, phrase.end()), phrase.end(), GENERIC)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, phrase.end(), EntityType.MECHANISM, kind, name, name(), 0.8, null));
    }

    private static boolean isKnownPlace(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).map(e -> e.type() == EntityType.PLACE && !"Region".equals(e.kind()))
                .orElse(false);
    }

    /** Where the words after the last proper noun of the phrase begin. */
    private static int afterLastProperNoun(TextAnalysis text, int start, int end) {
        int after = start;
        int s = start;
        while (s < end) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return start;
            }
            Token token = text.token(t);
            if (NamePhrase.isProperNoun(text, token)) {
                after = token.end();
            }
            s = token.end();
        }
        return after;
    }

    /** 中国上海合作组织 → 上海合作组织, 约翰内斯堡金砖国家工商论坛 → 金砖国家工商论坛: a country or city in front is the owner or venue. */
    private static int stripLeadingCountries(TextAnalysis text, int start, int end) {
        int s = start;
        while (true) {
            int t = text.tokenStartingAt(s);
            if (t < 0 || t + 1 >= text.tokens().size()) {
                return s;
            }
            Token token = text.token(t);
            int next = token.end();
            boolean venue = isKnownPlace(text, token) && NamePhrase.isProperNoun(text, text.token(t + 1));
            boolean owner = NamePhrase.isCountry(text, token) && next < end
                    && text.lexicon().byName(text.text().substring(next, end)).isPresent();
            if (!venue && !owner || next >= end) {
                return s;
            }
            s = next;
        }
    }

    /** A head whose modifiers are only places, countries or known mechanisms: 莫斯科会议, 北京东盟地区论坛. */
    private static boolean isOccurrence(TextAnalysis text, int start, int end, String headWord) {
        int s = start;
        boolean onlyKnown = true;
        int headStart = end - headWord.length();
        while (s < headStart) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return false;
            }
            Token token = text.token(t);
            Optional<LexiconEntry> known = text.lexicon().byName(token.word());
            boolean place = "ns".equals(token.pos()) || known.map(e -> e.type() == EntityType.PLACE
                    || e.type() == EntityType.COUNTRY).orElse(false);
            if (known.map(e -> e.type() == EntityType.MECHANISM).orElse(false) && token.end() >= headStart) {
                return true;
            }
            onlyKnown &= place;
            s = token.end();
        }
        return onlyKnown && OCCURRENCE_HEADS.contains(headWord);
    }
}
