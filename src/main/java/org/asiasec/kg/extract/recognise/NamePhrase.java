package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Grows a name leftwards from its head word (论坛, 机制, 安全观 …) over the words that can modify it,
 * and tells whether the result is a proper name rather than a generic phrase such as 地区安全机制.
 * Only mechanism names may hold a verb or a conjunction (中美打击网络犯罪及相关事项高级别会议); in a
 * concept name they join two names (亚洲命运共同体和亚太命运共同体) or a predicate.
 * The left boundary comes from the words: prepositions (为, 在), particles (的), adverbs, numbers and
 * predicates stop it, so 为上海合作组织 yields 上海合作组织, and a leading predicate with its subject
 * (中国践行新安全观) is cut off.
 */
final class NamePhrase {

    /** Parts of speech that name something: places, organisations, other proper nouns, abbreviations. */
    private static final Set<String> PROPER = Set.of("ns", "nsf", "nt", "j", "nrf", "nx");
    /** Parts of speech that may modify a name's head. */
    private static final Set<String> MODIFIER = Set.of("n", "nz", "ns", "nsf", "nt", "nto", "nis",
            "nf", "nx", "j", "vn", "an", "b", "gi", "gm", "i", "l");
    private static final Set<String> CONNECTORS = Set.of("—", "-", "－", "·", "+", "＋");
    private static final Set<String> CONJUNCTIONS = Set.of("与", "和", "及");
    /** Words HanLP tags as places that do not make a name proper (西方安全观 is a description). */
    /** Function words an nt word of HanLP's dictionaries may hold in front of a name (为上海合作组织, 如联盟). */
    static final String GLUED = "如为在与和对把从向同将被由以及等的于";
    /** A count inside a name: 五项 in 和平共处五项原则, 十项 in 万隆十项原则. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("[一二三四五六七八九十]+项");
    private static final String NUMERALS = "0123456789一二三四五六七八九十两几多各";
    private static final Set<String> NOT_PROPER = Set.of("西方", "东方", "国际", "世界", "全球", "国内", "海外");

    private final int start;
    private final int end;
    private final boolean proper;

    private NamePhrase(int start, int end, boolean proper) {
        this.start = start;
        this.end = end;
        this.proper = proper;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean isProper() {
        return proper;
    }

    /**
     * The phrase ending with token {@code head}; {@code scopeWords} make a phrase proper when they open
     * it (全球, 人类 …); {@code positions} lets titles such as 元首 modify the head (成员国元首理事会).
     */
    static NamePhrase grow(TextAnalysis text, int head, Set<String> scopeWords, boolean mechanism) {
        List<Token> tokens = text.tokens();
        int first = head;
        while (first > 0) {
            Token left = tokens.get(first - 1);
            Token right = tokens.get(first);
            if (left.end() != right.start()) {
                break;
            }
            // 海上 in 印度洋岛国海上安全磋商机制: a word of place inside a mechanism's name
            // 共同 in 亚太海上共同安全合作论坛 modifies like an adjective, though HanLP reads it as an adverb
            if (isModifier(text, left) || left.word().equals("共同") && first < head
                    || mechanism && (left.pos().equals("nnt") || left.pos().equals("s") && first < head
                    || isActBeforeHead(tokens, first - 1, head))) {
                first--;
            } else if (mechanism && isSandwichedVerb(text, first - 1) || isSandwichedAdjective(text, first - 1)) {
                first--;
            } else if ((CONNECTORS.contains(left.word()) || mechanism && CONJUNCTIONS.contains(left.word()) && first < head)
                    && first - 2 >= 0 && isModifier(text, tokens.get(first - 2))
                    && tokens.get(first - 2).end() == left.start()
                    && (CONNECTORS.contains(left.word())
                            || !isCompleteName(text, right) && !isCompleteName(text, tokens.get(first - 2))
                            && !endsWithBodyHead(tokens.get(first - 2)))) {
                first -= 2;
            } else {
                break;
            }
        }
        first = trimLeadingPredicate(text, first, head, mechanism);
        int start = tokens.get(first).start();
        int end = tokens.get(head).end();
        boolean proper = false;
        for (int i = first; i < head; i++) {
            proper |= isProperNoun(text, tokens.get(i));
        }
        if (first == head && !proper) {
            proper = hasProperWordInside(text, tokens.get(head));
        }
        String opening = tokens.get(first).word();
        for (String scope : scopeWords) {
            if ((opening.equals(scope) || first == head && opening.startsWith(scope)) && end - start > scope.length() + 2) {
                proper = true;
            }
        }
        if (!mechanism && first == head && hasVerbInside(text, tokens.get(head))) {
            proper = false;
        }
        return new NamePhrase(start, end, proper);
    }

    /**
     * 磋商 in 磋商机制, 协商会晤 in 元首协商会晤机制, 救援协调 in 海上救援协调中心: what a mechanism does, right
     * before its head, is part of its name although HanLP's dictionary also knows the word as a verb; further
     * left a verb is a predicate. A word HanLP reads as a plain verb (协调, 执法) counts only right after a noun
     * of the name (事务协调委员会), never after a verb of the clause (决定设立委员会).
     */
    private static boolean isActBeforeHead(List<Token> tokens, int index, int head) {
        if (head - index > 2) {
            return false;
        }
        boolean plainVerb = false;
        for (int i = index; i < head; i++) {
            Token t = tokens.get(i);
            if (t.word().length() != 2 || !t.pos().equals("vn") && !t.pos().equals("v")) {
                return false;
            }
            plainVerb |= t.pos().equals("v");
        }
        return !plainVerb || index > 0 && tokens.get(index - 1).end() == tokens.get(index).start()
                && isNounOfName(tokens.get(index - 1));
    }

    /** A common noun, a word of place (海上) or an act (救援) that a body's name can hold before what it does. */
    private static boolean isNounOfName(Token t) {
        String pos = t.pos();
        return t.word().length() >= 2 && (pos.equals("n") || pos.equals("vn") || pos.equals("s") || pos.equals("nz"));
    }

    /** A whole nt word that holds a clause (周边国家共建安全共同体) is no concept name. */
    private static boolean hasVerbInside(TextAnalysis text, Token word) {
        if (!word.pos().equals("nt") || isLexiconName(text, word)) {
            return false;
        }
        return text.wordsOf(word.word()).stream().anyMatch(w -> w.pos().equals("v") || w.pos().equals("vi"));
    }

    /** A whole nt word of HanLP's dictionaries (里海安全事务协调委员会) with a place inside it. */
    private static boolean hasProperWordInside(TextAnalysis text, Token name) {
        if (!name.pos().equals("nt")) {
            return false;
        }
        List<Token> words = text.wordsOf(name.word());
        for (int i = 0; i + 1 < words.size(); i++) {
            if (isProperNoun(text, words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** 中国践行新安全观 → 新安全观, 建设上合组织卫生健康共同体 → 上合组织卫生健康共同体. */
    private static int trimLeadingPredicate(TextAnalysis text, int first, int head, boolean mechanism) {
        while (first < head - 1) {
            Token t = text.token(first);
            Token next = text.token(first + 1);
            boolean predicate = isPredicate(text, t) || !mechanism && t.pos().equals("vn") && isProperNoun(text, next);
            if (predicate && (isProperNoun(text, next) || isPredicate(text, next))) {
                first++;
            } else if ((isCountry(text, t) || !mechanism && isLexiconName(text, t)) && isPredicate(text, next)) {
                first++;
            } else {
                break;
            }
        }
        return first;
    }

    /**
     * A place, organisation or other proper noun, or a compound of country short forms (中美). HanLP's
     * bundled dictionary tags some common words nz or ntc (秉持, 指发展), so those count only when the
     * lexicon knows them or they are long.
     */
    static boolean isProperNoun(TextAnalysis text, Token t) {
        if (NOT_PROPER.contains(t.word()) || NUMERALS.indexOf(t.word().charAt(0)) >= 0 || isPerson(text, t)
                || !isWordOfName(t)) {
            return false;
        }
        if (t.pos().equals("nt") && GLUED.indexOf(t.word().charAt(0)) >= 0 && !isLexiconName(text, t)) {
            return false;
        }
        return PROPER.contains(t.pos()) || isLexiconName(text, t) || text.lexicon().isCountryCompound(t.word())
                || t.pos().equals("nz") && t.word().length() >= 4 || isPlaceBeforeGeographicNoun(text, t);
    }

    /** Words of two or more characters that can modify a head; a person's name never does. */
    private static boolean isModifier(TextAnalysis text, Token t) {
        if (isPerson(text, t) || isPredicate(text, t) || !isWordOfName(t)) {
            return false;
        }
        return MODIFIER.contains(t.pos()) && (t.word().length() >= 2 || PROPER.contains(t.pos())) || isPlaceBeforeGeographicNoun(text, t)
                || isLexiconName(text, t) || text.lexicon().isCountryCompound(t.word());
    }

    /**
     * 健康 in 人类卫生健康共同体: an adjective between a noun of the name and what follows it modifies the
     * head like a noun; an adjective after an adverb or a verb (更加紧密) is said of the thing, not part of its name.
     */
    private static boolean isSandwichedAdjective(TextAnalysis text, int index) {
        Token t = text.token(index);
        if (!t.pos().equals("a") || t.word().length() != 2 || index == 0) {
            return false;
        }
        Token left = text.token(index - 1);
        return left.end() == t.start() && left.word().length() >= 2 && Set.of("n", "an", "vn", "nz").contains(left.pos());
    }

    /** A verb such as 执法 or 综合 inside a name, right after a proper noun (澜沧江—湄公河综合执法…). */
    private static boolean isSandwichedVerb(TextAnalysis text, int index) {
        Token t = text.token(index);
        if (!t.pos().startsWith("v") || t.word().length() != 2 || index == 0) {
            return false;
        }
        Token left = text.token(index - 1);
        var known = text.lexicon().byName(left.word());
        boolean city = known.map(e -> e.type() == EntityType.PLACE && Set.of("City", "Town").contains(e.kind())).orElse(false);
        return left.end() == t.start() && !isCountry(text, left) && !isCompleteName(text, left) && !city
                && (Set.of("ns", "nsf", "j").contains(left.pos()) || known.map(e -> e.type() == EntityType.PLACE).orElse(false)
                || text.lexicon().isCountryCompound(left.word()) || isNounAfterPlace(text, index - 1));
    }

    /** 阿富汗邻国 in 阿富汗邻国协调合作机制: a common noun right after a place or country, naming who takes part. */
    private static boolean isNounAfterPlace(TextAnalysis text, int index) {
        Token noun = text.token(index);
        if (index == 0 || !noun.pos().equals("n") || noun.word().length() < 2) {
            return false;
        }
        Token place = text.token(index - 1);
        return place.end() == noun.start() && (place.pos().startsWith("ns") || isCountry(text, place));
    }

    /** A whole mechanism name on its own (六方会谈), which a conjunction must not glue to its neighbour. */
    /** Heads of a body or of its meetings: 高峰会及部长理事会 joins two bodies, not two words of one name. */
    private static final List<String> BODY_HEADS = List.of("峰会", "理事会", "委员会", "组织", "论坛", "机制", "联盟", "会议");

    private static boolean endsWithBodyHead(Token t) {
        return t.word().length() > 2 && BODY_HEADS.stream().anyMatch(t.word()::endsWith);
    }

    private static boolean isCompleteName(TextAnalysis text, Token t) {
        return "nt".equals(t.pos())
                || text.lexicon().byName(t.word()).map(LexiconEntry::type).orElse(null) == EntityType.MECHANISM;
    }

    /**
     * A word that HanLP's core dictionary knows as a verb: tagged v in the sentence, or tagged nz by the
     * bundled custom dictionary (践行, 推广) while the core dictionary lists it as a verb.
     */
    static boolean isVerbLike(Token t) {
        if (t.pos().equals("v") || t.pos().equals("vi")) {
            return true;
        }
        if (!t.pos().equals("nz") && !t.pos().equals("vn")) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(t.word());
        if (a == null) {
            return false;
        }
        boolean verb = false;
        for (Nature n : a.nature) {
            String tag = n.toString();
            if (tag.startsWith("n") && !tag.equals("nz")) {
                return false;
            }
            verb |= tag.equals("v");
        }
        return verb;
    }

    /** Chinese characters, Latin letters and digits only: markup left in the text (sup>) is no word of a name. */
    private static boolean isWordOfName(Token t) {
        return t.word().chars().allMatch(c -> Character.isIdeographic(c) || Character.isLetterOrDigit(c)
                || CONNECTORS.contains(String.valueOf((char) c)));
    }

    /**
     * A predicate in front of a name (践行新安全观, 推广…): a verb, or a two-character word that HanLP's
     * bundled custom dictionary tags nz while neither the lexicon nor the core dictionary knows it as a noun.
     */
    static boolean isPredicate(TextAnalysis text, Token t) {
        if (isLexiconName(text, t)) {
            return false;
        }
        return isVerbLike(t) || t.pos().equals("nz") && t.word().length() == 2 && CoreDictionary.get(t.word()) == null;
    }

    static boolean isLexiconName(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).filter(e -> e.type() != EntityType.PERSON).isPresent();
    }

    static boolean isPerson(TextAnalysis text, Token t) {
        return t.pos().startsWith("nr") && text.lexicon().byName(t.word()).isEmpty() && !isPlaceBeforeGeographicNoun(text, t)
                || text.lexicon().byName(t.word()).map(LexiconEntry::type).orElse(null) == EntityType.PERSON;
    }

    /** Nouns of geography that follow the name of a sea, river or region (咸海流域, 锡尔河沿岸). */
    private static final Set<String> GEOGRAPHIC_NOUNS = Set.of("流域", "沿岸", "海域", "沿线", "地区");

    /** 咸海 in 咸海流域: a word HanLP took for a person's name is a place when a noun of geography follows it. */
    private static boolean isPlaceBeforeGeographicNoun(TextAnalysis text, Token t) {
        if (!t.pos().startsWith("nr") || t.word().length() < 2) {
            return false;
        }
        int next = text.tokenStartingAt(t.end());
        return next >= 0 && GEOGRAPHIC_NOUNS.contains(text.token(next).word());
    }

    static boolean isCountry(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).map(LexiconEntry::type).orElse(null) == EntityType.COUNTRY;
    }

    /** The lexicon type of a word, or null. */
    static EntityType lexiconType(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).map(LexiconEntry::type).orElse(null);
    }

    /** True when every word between {@code from} and {@code to} is one of {@code words}. */
    static boolean onlyWords(TextAnalysis text, int from, int to, Set<String> words) {
        int s = from;
        while (s < to) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return false;
            }
            Token token = text.token(t);
            if (!words.contains(token.word())) {
                return false;
            }
            s = token.end();
        }
        return true;
    }
}
