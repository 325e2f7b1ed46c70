package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

/**
 * Names of concepts, principles, initiatives and models: a head (观, 倡议, 精神, 原则, 理念, 模式,
 * 命运共同体 …) with modifiers that make it a name — a place, organisation or other proper noun
 * (上海精神, 亚洲安全模式) or a scope word such as 全球 or 人类 (全球数据安全倡议); a doctrine named after
 * its author (习近平外交思想). A known concept
 * followed by a generic head (求同存异原则, 人类命运共同体理念) is that concept.
 */
public class ConceptNameRecogniser implements Recogniser {

    private static final List<String[]> HEADS = List.of(
            new String[] {"安全观", "SecurityConcept"}, new String[] {"观", "Idea"},
            new String[] {"倡议", "Initiative"}, new String[] {"精神", "Spirit"},
            new String[] {"原则", "Principle"}, new String[] {"理念", "Idea"},
            new String[] {"模式", "Model"}, new String[] {"方针", "Principle"},
            new String[] {"共同体", "Vision"}, new String[] {"思想", "Idea"});
    /** The last chars of the heads: a word ending otherwise ends no head. */
    private static final String HEAD_ENDINGS = MechanismNameRecogniser.lastChars(HEADS);
    /** Words that, opening a phrase, make a concept name of it. */
    private static final Set<String> SCOPE_WORDS = Set.of("全球", "人类", "新", "总体", "周边");
    /** A community (共同体) is a concept when it is one of these; otherwise it may be an organisation. */
    private static final Set<String> COMMUNITY_KINDS = Set.of("命运", "安全", "利益", "发展", "健康", "人文", "责任");
    private static final Set<String> GENERIC_HEADS = Set.of("原则", "理念", "精神", "倡议");
    /** Heads after which a scope word alone makes a name (全球治理观, 人类安全共同体); 周边外交理念 is a description. */
    private static final Set<String> SCOPED_HEADS = Set.of("安全观", "观", "倡议", "共同体");

    @Override
    public String name() {
        return "concept-name";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (word.isEmpty() || HEAD_ENDINGS.indexOf(word.charAt(word.length() - 1)) < 0) {
                continue;
            }
            for (String[] head : HEADS) {
                if (word.endsWith(head[0]) && !isCommonWordOfView(word, head[0]) && !isAdverbial(text, i, head[0])) {
                    int index = i;
                    candidate(text, i, head[0], head[1]).or(() -> advocated(text, index)).ifPresent(out::add);
                    break;
                }
            }
        }
    }

    /**
     * 宏观, 客观, 乐观, 景观: a two-character word ending in 观 is a word of its own, not a view named by
     * its first character; a view's name is longer (安全观, 义利观) or puts 观 after a word (全球治理观).
     */
    private static boolean isCommonWordOfView(String word, String headWord) {
        return headWord.equals("观") && word.length() == 2;
    }

    /** 原则同意, 原则上, 原则性: 原则 as "in principle" qualifies what follows and heads no name. */
    private static final java.util.regex.Pattern IN_PRINCIPLE = java.util.regex.Pattern.compile("^(上|性|同意|通过|批准|接受|支持)");

    private static boolean isAdverbial(TextAnalysis text, int token, String headWord) {
        if (!headWord.equals("原则")) {
            return false;
        }
        int end = text.token(token).end();
        return IN_PRINCIPLE.matcher(text.text().substring(end, Math.min(text.text().length(), end + 2))).find();
    }

    /** Verbs that put forward or uphold a concept: what follows them is named, not described. */
    private static final Set<String> ADVOCATING = Set.of("提出", "倡导", "秉持", "践行", "树立", "确立", "主张", "奉行",
            "首倡", "提倡", "弘扬");
    /** Words that describe a way of thinking instead of naming one (传统安全观, 西方安全观). */
    private static final Set<String> DESCRIPTIVE = Set.of("传统", "西方", "零和", "对抗性", "冷战", "旧", "正确", "错误",
            "国家", "各国", "本国", "自身", "彼此", "排他性",
            "地区", "区域", "成员国", "周边国家");
    /** 以互信、互利、平等、协作为核心的…, 共同、综合、合作、可持续的…: the qualities that define a concept. */
    private static final java.util.regex.Pattern DEFINING = java.util.regex.Pattern.compile(
            "(为(核心|基础|原则|内涵|宗旨|主要内容)|[^，。；：“”]{1,8}、[^，。；：“”]{1,12})的$");

    /** Verbs that build a community: 构建网络空间命运共同体. */
    private static final Set<String> BUILDING = Set.of("构建", "打造", "共建", "建设", "建立");

    /**
     * 倡导高原安全观, 以互信、互助、共治为核心的海洋安全观, 提出网络安全观, 构建网络空间命运共同体: common
     * nouns before 安全观 or 命运共同体 name a concept when the sentence puts it forward or builds it, or
     * defines it by its qualities.
     */
    private Optional<Candidate> advocated(TextAnalysis text, int head) {
        Token headToken = text.token(head);
        boolean community = headToken.word().equals("共同体") && head > 0 && text.token(head - 1).word().equals("命运");
        if (!headToken.word().equals("安全观") && !community) {
            return Optional.empty();
        }
        int last = community ? head - 1 : head;
        int first = last;
        while (first > 0 && last - first < 3) {
            Token left = text.token(first - 1);
            boolean noun = left.pos().equals("n") || left.pos().equals("nz") && !NamePhrase.isPredicate(text, left);
            if (!noun || left.end() != text.token(first).start() || DESCRIPTIVE.contains(left.word())) {
                break;
            }
            first--;
        }
        if (first == last || first == 0) {
            return Optional.empty();
        }
        int start = text.token(first).start();
        Token before = text.token(first - 1);
        String lead = text.text().substring(Math.max(0, start - 24), start);
        boolean putForward = ADVOCATING.contains(before.word()) || community && BUILDING.contains(before.word());
        if (before.end() != start || !putForward && !DEFINING.matcher(lead).find()) {
            return Optional.empty();
        }
        String name = text.text().substring(start, headToken.end());
        return Optional.of(new Candidate(start, headToken.end(), EntityType.CONCEPT,
                community ? "Vision" : "SecurityConcept", name, name(), 0.7, null));
    }

    /** The end of the last known concept with a head of its own (新安全观) among the words before the head, or -1. */
    private static int afterKnownConcept(TextAnalysis text, int start, int headStart) {
        int after = -1;
        for (int s = start; s < headStart; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return after;
            }
            Token token = text.token(t);
            boolean headed = HEADS.stream().anyMatch(h -> token.word().endsWith(h[0]));
            if (token.end() <= headStart && headed && NamePhrase.lexiconType(text, token) == EntityType.CONCEPT) {
                after = token.end();
            }
            s = token.end();
        }
        return after;
    }

    /**
     * A place, region or organisation before the head (亚洲安全模式, 上海精神), or a scope word: a country
     * alone makes a description (中国安全理念), not a name.
     */
    private static boolean hasNamingWord(TextAnalysis text, int start, int headStart, boolean scoped) {
        for (int s = start; s < headStart; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return true;
            }
            Token token = text.token(t);
            boolean country = NamePhrase.isCountry(text, token) || text.lexicon().isCountryCompound(token.word());
            if (scoped && SCOPE_WORDS.stream().anyMatch(token.word()::startsWith)
                    || NamePhrase.isProperNoun(text, token) && !country) {
                return true;
            }
            s = token.end();
        }
        return headStart <= start;
    }

    private Optional<Candidate> candidate(TextAnalysis text, int head, String headWord, String kind) {
        NamePhrase phrase = NamePhrase.grow(text, head, SCOPED_HEADS.contains(headWord) ? SCOPE_WORDS : Set.of(), false);
        int start = phrase.start();
        String name = text.text().substring(start, phrase.end());
        // a country in front of a known concept is its proponent: 中国新安全观 → 新安全观
        int first = text.tokenStartingAt(start);
        if (first >= 0 && NamePhrase.isCountry(text, text.token(first))) {
            String rest = text.text().substring(text.token(first).end(), phrase.end());
            if (text.lexicon().byName(rest).isPresent()) {
                start = text.token(first).end();
                name = rest;
            }
        }
        // a doctrine named after its author: 习近平外交思想
        Token before = first > 0 ? text.token(first - 1) : null;
        if (headWord.equals("思想")) {
            if (before == null || before.end() != start || !NamePhrase.isPerson(text, before)) {
                return Optional.empty();
            }
            return Optional.of(new Candidate(before.start(), phrase.end(), EntityType.CONCEPT, kind,
                    text.text().substring(before.start(), phrase.end()), name(), 0.75, null));
        }
        if (headWord.equals("共同体") && COMMUNITY_KINDS.stream().noneMatch(name::contains)) {
            return Optional.empty();
        }
        Optional<LexiconEntry> known = text.lexicon().byName(name);
        if (known.isEmpty() && GENERIC_HEADS.contains(headWord)) {
            known = text.lexicon().byName(name.substring(0, name.length() - headWord.length()))
                    .filter(e -> e.type() == EntityType.CONCEPT);
        }
        if (known.isPresent()) {
            LexiconEntry e = known.get();
            return e.type() == EntityType.CONCEPT
                    ? Optional.of(new Candidate(start, phrase.end(), EntityType.CONCEPT, e.kind(), e.zh(), name(), 0.85, e))
                    : Optional.empty();
        }
        int afterKnown = afterKnownConcept(text, start, phrase.end() - headWord.length());
        if (afterKnown > start) {
            // 新安全观亚洲安全观全球安全倡议, names run together where a list lost its separators: the last one
            String rest = text.text().substring(afterKnown, phrase.end());
            return text.lexicon().byName(rest).filter(e -> e.type() == EntityType.CONCEPT)
                    .map(e -> new Candidate(afterKnown, phrase.end(), EntityType.CONCEPT, e.kind(), e.zh(), name(), 0.85, e));
        }
        if (!phrase.isProper() || name.length() <= headWord.length() + 1 || name.length() > 20
                || !hasNamingWord(text, start, phrase.end() - headWord.length(), SCOPED_HEADS.contains(headWord))) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, phrase.end(), EntityType.CONCEPT, kind, name, name(), 0.75, null));
    }
}
