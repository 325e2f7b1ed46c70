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
 * The left boundary comes from the words: prepositions (为, 在), particles (的), adverbs, numbers and
 * predicates stop it, so 为上海合作组织 yields 上海合作组织.
 */
final class NamePhrase {

    /** Parts of speech that name something: places, organisations, other proper nouns, abbreviations. */
    private static final Set<String> PROPER = Set.of("ns", "nsf", "nt", "j", "nrf", "nx");
    /** Parts of speech that may modify a name's head. */
    private static final Set<String> MODIFIER = Set.of("n", "nz", "ns", "nsf", "nt", "ntc", "nto", "nis",
            "nf", "nx", "j", "vn", "an", "b", "gi", "gm", "i", "l");
    private static final Set<String> CONNECTORS = Set.of("—", "-", "－", "·", "+", "＋");
    private static final Set<String> CONJUNCTIONS = Set.of("与", "和", "及");

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
     * The phrase ending with token {@code head}, whose last {@code headLength} chars are the head word;
     * {@code scopeWords} make a phrase proper when they open it (全球, 人类 …).
     */
    static NamePhrase grow(TextAnalysis text, int head, Set<String> scopeWords) {
        List<Token> tokens = text.tokens();
        int first = head;
        while (first > 0) {
            Token left = tokens.get(first - 1);
            Token right = tokens.get(first);
            if (left.end() != right.start()) {
                break;
            }
            if (isModifier(text, left)) {
                first--;
            } else if (isSandwichedVerb(text, first - 1)) {
                first--;
            } else if ((CONNECTORS.contains(left.word()) || CONJUNCTIONS.contains(left.word()) && first < head)
                    && first - 2 >= 0 && isModifier(text, tokens.get(first - 2))
                    && tokens.get(first - 2).end() == left.start()
                    && (CONNECTORS.contains(left.word()) || !isCompleteName(text, right))) {
                first -= 2;
            } else {
                break;
            }
        }
        int start = tokens.get(first).start();
        int end = tokens.get(head).end();
        boolean proper = false;
        for (int i = first; i <= head; i++) {
            Token t = tokens.get(i);
            if (i < head && isProperNoun(text, t)) {
                proper = true;
            }
        }
        String opening = tokens.get(first).word();
        if (scopeWords.contains(opening) && end - start > opening.length() + 2) {
            proper = true;
        }
        return new NamePhrase(start, end, proper);
    }

    /** Words of two or more characters that can modify a head; a person's name never does. */
    /**
     * A place, organisation or other proper noun. HanLP's bundled dictionary tags some common words
     * nz or ntc (秉持, 指发展), so those count only when the lexicon knows them or they are long.
     */
    static boolean isProperNoun(TextAnalysis text, Token t) {
        return PROPER.contains(t.pos()) || isLexiconName(text, t) || t.pos().equals("nz") && t.word().length() >= 4;
    }

    private static boolean isModifier(TextAnalysis text, Token t) {
        if (isPerson(text, t) || isVerbOnly(t) && !isLexiconName(text, t)) {
            return false;
        }
        return MODIFIER.contains(t.pos()) && (t.word().length() >= 2 || PROPER.contains(t.pos())) && !t.pos().equals("ntc")
                || isLexiconName(text, t);
    }

    /** A verb such as 执法 or 综合 inside a name, right after a proper noun (澜沧江—湄公河综合执法…). */
    private static boolean isSandwichedVerb(TextAnalysis text, int index) {
        Token t = text.token(index);
        if (!t.pos().startsWith("v") || t.word().length() != 2 || index == 0) {
            return false;
        }
        Token left = text.token(index - 1);
        return left.end() == t.start() && !isCountry(text, left) && !isCompleteName(text, left)
                && (Set.of("ns", "nsf", "j").contains(left.pos()) || isLexiconName(text, left));
    }

    /** A whole mechanism name on its own (六方会谈), which a conjunction must not glue to its neighbour. */
    private static boolean isCompleteName(TextAnalysis text, Token t) {
        return "nt".equals(t.pos()) || isLexiconName(text, t);
    }

    /** HanLP's core dictionary knows the word as a verb and never as a noun (践行, 推广, 建设 are not names). */
    static boolean isVerbOnly(Token t) {
        CoreDictionary.Attribute a = CoreDictionary.get(t.word());
        if (a == null) {
            return false;
        }
        boolean verb = false;
        for (Nature n : a.nature) {
            String tag = n.toString();
            if (tag.startsWith("n") || tag.equals("vn")) {
                return false;
            }
            verb |= tag.startsWith("v");
        }
        return verb;
    }

    static boolean isLexiconName(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).filter(e -> e.type() != EntityType.PERSON).isPresent();
    }

    static boolean isPerson(TextAnalysis text, Token t) {
        return t.pos().startsWith("nr") && !isLexiconName(text, t)
                || text.lexicon().byName(t.word()).map(LexiconEntry::type).orElse(null) == EntityType.PERSON;
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
            if (!words.contains(token.word()) && token.end() <= to) {
                return false;
            }
            s = token.end();
        }
        return true;
    }

    static boolean isCountry(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).map(LexiconEntry::type).orElse(null) == EntityType.COUNTRY;
    }
}
