package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;

/**
 * Mechanisms named after the parties they join, which HanLP cuts into pieces (中国 — 东盟 外长 会):
 * <ul>
 * <li>two parties joined by a dash or a plus, then a head: 中国—东盟领导人会议, 中国—东盟外长会,
 * 兴都库什—帕米尔安全合作论坛, 中国＋中亚五国外长会晤机制;</li>
 * <li>one-character short forms of countries and a count of sides: 中美朝三方会谈, 美日印澳四方安全对话.</li>
 * </ul>
 * The name is read by characters, not words, since an invented party (塔斯曼—库拉) is no word of
 * HanLP's. A name that is a known mechanism with a generic 机制 or 合作机制 after it (中国—中亚机制 beside
 * the known 中国—中亚峰会) names that mechanism, and so does a count of sides before a known name
 * (美日印澳 before 四方安全对话).
 */
public class JoinedPartiesRecogniser implements Recogniser {

    private static final String DASHES = "—－-–+＋";
    /** Heads of a standing mechanism after joined parties; longer first. 峰会 alone is one summit. */
    private static final List<String[]> HEADS = List.of(
            new String[] {"领导人会议", "Conference"}, new String[] {"外长会议", "Conference"},
            new String[] {"外长会", "Conference"}, new String[] {"防长会议", "Conference"},
            new String[] {"防长会", "Conference"}, new String[] {"高官会", "Conference"},
            new String[] {"联合工作组", "Organisation"}, new String[] {"协调中心", "Organisation"},
            new String[] {"合作组织", "Organisation"}, new String[] {"机制", "CooperationMechanism"},
            new String[] {"论坛", "Forum"}, new String[] {"对话", "Dialogue"});
    /** Characters that end the words before a name: punctuation, particles, prepositions, ordinals. */
    private static final String BEFORE_NAME = "，。、；：:,;！？（）()“”\"「」《》 \n\t的了是在于与和及同由向对为把将从届次第年月日";
    /** Characters the name after the dash never holds (a name in 《》 may: 落实《宣言》联合工作组). */
    private static final String OUTSIDE_NAME = "，。、；：:,;！？（）()“”\"「」 \n\t的了是在于与和及同由向对为把将从";
    /** 澜沧江—湄公河合作第十二次外长会: an edition ends the mechanism's name; what follows is one meeting of it. */
    private static final Pattern EDITION = Pattern.compile("第|首[届次]|历[届次]|[0-9０-９]");
    private static final int MAX_PARTY = 6;
    private static final int MAX_AFTER_DASH = 22;
    /**
     * 中美朝三方会谈: short forms of countries, a count of sides, what they hold together. Its 方 comes three
     * to seven chars after the match start, so the pattern is tried only before each 方 of the text.
     */
    private static final AnchoredPattern SIDES = new AnchoredPattern(
            "([\\u4e00-\\u9fff]{2,6}?)([二三四五六七八九两]方)(安全)?(会谈|磋商|对话|会晤)", "方", 3, 7);

    @Override
    public String name() {
        return "joined-parties";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        for (int dash = 1; dash + 1 < s.length(); dash++) {
            if (DASHES.indexOf(s.charAt(dash)) >= 0 && isHan(s.charAt(dash - 1)) && isHan(s.charAt(dash + 1))) {
                joined(text, dash).ifPresent(out::add);
            }
        }
        SIDES.forEachMatch(s, m -> sides(text, m).ifPresent(out::add));
    }

    private Optional<Candidate> joined(TextAnalysis text, int dash) {
        String s = text.text();
        int start = leftParty(text, dash);
        if (start < 0) {
            return Optional.empty();
        }
        int limit = dash + 1;
        while (limit < s.length() && limit - dash <= MAX_AFTER_DASH && OUTSIDE_NAME.indexOf(s.charAt(limit)) < 0
                && !EDITION.matcher(s).region(limit, s.length()).lookingAt()) {
            limit++;
        }
        // the longest stretch after the dash that ends in a head, leaving at least two characters of the party
        for (int end = limit; end > dash + 2; end--) {
            for (String[] head : HEADS) {
                if (end - head[0].length() >= dash + 3 && s.startsWith(head[0], end - head[0].length())
                        && !continuesHead(s, end)) {
                    String name = s.substring(start, end);
                    if (name.chars().filter(c -> c == '《').count() != name.chars().filter(c -> c == '》').count()) {
                        continue;
                    }
                    return Optional.of(candidate(text, start, end, name, head[1]));
                }
            }
        }
        return Optional.empty();
    }

    /** 领导人会议期间 ends the name; 外长会议 does not end at 外长会. */
    private static boolean continuesHead(String s, int end) {
        return end < s.length() && "议晤".indexOf(s.charAt(end)) >= 0;
    }

    /**
     * Where the party before the dash starts: a known name ending there (中国, 东盟, 中日韩), else the
     * characters back to a word that cannot be part of a name, at most six.
     */
    private static int leftParty(TextAnalysis text, int dash) {
        String s = text.text();
        int known = -1;
        for (int from = Math.max(0, dash - MAX_PARTY); from <= dash - 2; from++) {
            String party = s.substring(from, dash);
            if (text.lexicon().byName(party).filter(e -> e.type() != EntityType.PERSON).isPresent()
                    || text.lexicon().isCountryCompound(party)) {
                known = from;
                break;
            }
        }
        if (known >= 0) {
            return known;
        }
        int from = dash;
        while (from > 0 && dash - from < MAX_PARTY && isHan(s.charAt(from - 1)) && BEFORE_NAME.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        if (dash - from < 2 || !text.isWordBoundary(from)) {
            return -1;
        }
        return from;
    }

    private Candidate candidate(TextAnalysis text, int start, int end, String name, String kind) {
        Optional<LexiconEntry> known = text.lexicon().byName(name).filter(e -> e.type() == EntityType.MECHANISM)
                .or(() -> knownBeforeGenericHead(text, name));
        return Candidate.named(start, end, EntityType.MECHANISM, kind, name, name(), 0.85, known);
    }

    /** 中国—中亚机制, 中国—中亚合作机制, 中国—中亚峰会机制: a known name, or its summit, with a generic 机制 after it. */
    private static Optional<LexiconEntry> knownBeforeGenericHead(TextAnalysis text, String name) {
        for (String generic : List.of("合作机制", "峰会机制", "机制")) {
            if (name.endsWith(generic)) {
                String parties = name.substring(0, name.length() - generic.length());
                for (String known : List.of(parties, parties + "峰会", parties + "合作")) {
                    Optional<LexiconEntry> e = text.lexicon().byName(known).filter(x -> x.type() == EntityType.MECHANISM);
                    if (e.isPresent()) {
                        return e;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Candidate> sides(TextAnalysis text, MatchResult m) {
        String countries = m.group(1);
        int start = m.start(1);
        // 美日印澳 or 中美朝: every character a country's short form; the longest such run before the count
        while (start < m.end(1) && !allShortForms(text, text.text().substring(start, m.end(1)))) {
            start++;
        }
        if (m.end(1) - start < 2 || !text.isWordBoundary(start)) {
            return Optional.empty();
        }
        String name = text.text().substring(start, m.end());
        String sides = text.text().substring(m.start(2), m.end());
        Optional<LexiconEntry> known = text.lexicon().byName(name).or(() -> text.lexicon().byName(sides))
                .filter(e -> e.type() == EntityType.MECHANISM);
        return Optional.of(Candidate.named(start, m.end(), EntityType.MECHANISM, "Dialogue", name, name(), 0.85, known));
    }

    private static boolean allShortForms(TextAnalysis text, String chars) {
        return chars.chars().allMatch(c -> text.lexicon().countryOfShortForm((char) c).isPresent());
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
