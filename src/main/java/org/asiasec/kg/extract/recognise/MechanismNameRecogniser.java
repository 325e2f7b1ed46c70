package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

/**
 * Names of organisations, forums, dialogues, conferences, alliances and cooperation mechanisms that
 * the lexicon does not know: a head word (组织, 论坛, 会议, 对话会, 机制, 联盟 …) with its modifiers, at
 * least one of them a place, country, organisation or other proper noun (中美战略与经济对话,
 * 孟加拉湾海上安全联盟). A conference named after its venue alone (万隆会议, 莫斯科会议) is one meeting,
 * not a mechanism; meetings are left to the relation rules, and the venue stays a place.
 */
public class MechanismNameRecogniser implements Recogniser {

    /** Head words and the ontology class they give; longer heads first. */
    private static final List<String[]> HEADS = List.of(
            new String[] {"对话会", "Dialogue"}, new String[] {"座谈会", "Conference"},
            new String[] {"委员会", "Organisation"}, new String[] {"理事会", "Organisation"},
            new String[] {"秘书处", "Organisation"}, new String[] {"合作中心", "Organisation"},
            new String[] {"协调中心", "Organisation"}, new String[] {"反恐中心", "Organisation"},
            new String[] {"反恐怖中心", "Organisation"}, new String[] {"工作组", "Organisation"},
            new String[] {"外长会", "Conference"}, new String[] {"防长会", "Conference"},
            new String[] {"扩大会", "Conference"}, new String[] {"高官会", "Conference"},
            new String[] {"小组", "CooperationMechanism"}, new String[] {"银行", "Organisation"},
            new String[] {"组织", "Organisation"}, new String[] {"论坛", "Forum"}, new String[] {"会议", "Conference"},
            new String[] {"对话", "Dialogue"}, new String[] {"会谈", "Dialogue"}, new String[] {"磋商", "Dialogue"},
            new String[] {"机制", "CooperationMechanism"}, new String[] {"联盟", "Alliance"}, new String[] {"集团", "CooperationMechanism"});
    /** The last chars of the heads: a word ending otherwise ends no head. */
    private static final String HEAD_ENDINGS = lastChars(HEADS);

    static String lastChars(List<String[]> heads) {
        StringBuilder endings = new StringBuilder();
        for (String[] head : heads) {
            endings.append(head[0].charAt(head[0].length() - 1));
        }
        return endings.toString();
    }

    /** Heads whose name built from a venue alone (莫斯科会议, 中美会谈) denotes one occurrence. */
    private static final Set<String> OCCURRENCE_HEADS = Set.of("会议", "会谈", "对话", "座谈会", "磋商");
    /**
     * Words that describe any mechanism; a proper noun followed only by these is not a name (亚太地区主要多边机制,
     * 印度洋海上安全合作机制).
     */
    private static final Set<String> GENERIC = Set.of("地区", "区域", "次区域", "周边", "主要", "多边", "双边", "安全",
            "合作", "对话", "现有", "相关", "有关", "各类", "各种", "多种", "一系列", "这些", "重要", "国际", "政府间",
            "组织", "机制", "论坛", "会议", "平台", "框架", "实践", "交流", "沟通", "协调", "海上");

    @Override
    public String name() {
        return "mechanism-name";
    }

    /**
     * Standing work conferences of the central or national level, held again and again under one name
     * (中央外事工作会议, 全国宣传工作会议): their modifiers are common nouns, so the proper-noun test misses them.
     */
    static final String WORK_CONFERENCE_REGEX = "(中央|全国)[\\u4e00-\\u9fff]{1,6}?工作会议";
    static final AnchoredPattern WORK_CONFERENCE = new AnchoredPattern(WORK_CONFERENCE_REGEX, "工作会议", 3, 8);

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        WORK_CONFERENCE.forEachMatch(text.text(), m -> {
            if (text.isWordBoundary(m.start())) {
                out.add(new Candidate(m.start(), m.end(), EntityType.MECHANISM, "Conference", m.group(), name(), 0.8, null));
            }
        });
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.end() == 0 || HEAD_ENDINGS.indexOf(text.text().charAt(token.end() - 1)) < 0) {
                continue;
            }
            for (String[] head : HEADS) {
                // the head may end this word or span it and the word before (合作 + 中心)
                if (text.text().startsWith(head[0], token.end() - head[0].length()) && token.end() - head[0].length() >= tokens.get(Math.max(0, i - 1)).start()) {
                    candidate(text, i, head[0], head[1]).ifPresent(out::add);
                    break;
                }
            }
        }
    }

    private Optional<Candidate> candidate(TextAnalysis text, int head, String headWord, String kind) {
        NamePhrase phrase = NamePhrase.grow(text, head, Set.of(), true);
        int start = stripVenueOrOwner(text, afterEdition(text, afterLastClauseWord(text, phrase.start(), phrase.end() - headWord.length())), phrase.end());
        int beforeHead = text.tokenEndingAt(phrase.end() - headWord.length());
        if (isOneMeeting(text, start, phrase.end(), headWord)
                || beforeHead >= 0 && text.token(beforeHead).pos().startsWith("c")) { // 中国与对话会: 与 joins a clause
            return Optional.empty();
        }
        String name = text.text().substring(start, phrase.end());
        int headStart = phrase.end() - headWord.length();
        if (start > phrase.start() && text.tokenStartingAt(start) < 0) {
            // the clause was cut off inside one word of HanLP's (那是|南海渔业合作组织): judge the rest by its own words
            boolean proper = text.wordsOf(name).stream().anyMatch(w -> w.pos().startsWith("ns") || w.pos().startsWith("nr")
                    || w.pos().equals("nz") || text.lexicon().byName(w.word()).isPresent());
            return proper && name.length() > headWord.length() + 1 && text.lexicon().byName(name).isEmpty()
                    ? Optional.of(new Candidate(start, phrase.end(), EntityType.MECHANISM, kind, name, name(), 0.8, null))
                    : Optional.empty();
        }
        if (!phrase.isProper() || onlyGluedGenericWords(text, start, headStart) || isOccurrence(text, start, phrase.end(), headWord) || !hasNamingWord(text, start, headStart) || name.length() <= headWord.length() + 1
                || name.length() > 30 || text.lexicon().byName(name).isPresent()
                || isGenericAfterName(text, start, headStart, headWord)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, phrase.end(), EntityType.MECHANISM, kind, underFullName(text, name, headWord),
                name(), 0.8, null));
    }

    /** Heads of the bodies of an organisation, named after it. */
    private static final Set<String> BODY_OF_HEADS = Set.of("理事会", "秘书处", "委员会");

    /**
     * 上合组织成员国元首理事会 and 上海合作组织成员国元首理事会 are one body: a body named after a known
     * mechanism's short form is linked under the mechanism's full name.
     */
    static String underFullName(TextAnalysis text, String name, String headWord) {
        if (!BODY_OF_HEADS.contains(headWord)) {
            return name;
        }
        for (int cut = name.length() - headWord.length(); cut >= 2; cut--) {
            var owner = text.lexicon().byName(name.substring(0, cut)).filter(e -> e.type() == EntityType.MECHANISM);
            if (owner.isPresent()) {
                return owner.get().zh() + name.substring(cut);
            }
        }
        return name;
    }

    /** 首届, 第二届 in front name one edition of the forum, not the forum: the name starts after them. */
    private static final java.util.regex.Pattern EDITION_PREFIX = java.util.regex.Pattern.compile(
            "(首届|首次|第[0-9０-９一二三四五六七八九十百零〇]+[届次])");

    private static int afterEdition(TextAnalysis text, int start) {
        java.util.regex.Matcher m = EDITION_PREFIX.matcher(text.text()).region(start, text.text().length());
        return m.lookingAt() && text.tokenStartingAt(m.end()) >= 0 ? m.end() : start;
    }

    /**
     * 那是集安组织, 中国亦非集安组织, 独联体开展对话: a name holds no verb, adverb, pronoun or 是 of the
     * clause around it; it starts after the last of them.
     */
    private static int afterLastClauseWord(TextAnalysis text, int start, int headStart) {
        int from = start;
        boolean properSeen = false;
        for (int s = start; s < headStart; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return from;
            }
            Token token = text.token(t);
            properSeen |= NamePhrase.isProperNoun(text, token) && !token.pos().equals("nt");
            // after the first proper noun words belong to the name (南海渔业合作组织), except the verbs of
            // the clause around it (在帝力举行东南亚……协调中心)
            boolean clause = properSeen ? CLAUSE_VERBS.contains(token.word()) : isClauseWord(token);
            if (clause || token.pos().equals("nnt") && s == start) {
                if (token.end() <= headStart) {
                    from = token.end();
                }
            } else if (token.pos().equals("nt") && (s == from && !properSeen || opensWithAdverb(text, token))) {
                // a whole nt word of HanLP's dictionaries may hold words of the clause (那是集安组织): look inside
                int inner = 0;
                for (Token piece : text.wordsOf(token.word())) {
                    boolean leading = piece.start() == inner && isClauseWord(piece);
                    // 中国亦非集安组织: an adverb or 是 further in still belongs to the clause, with its subject
                    boolean adverb = piece.pos().equals("d") || piece.pos().equals("vshi")
                            || inner > 0 && piece.start() == inner && "非不".contains(piece.word()); // 亦|非
                    if ((leading || adverb) && token.start() + piece.end() < headStart) {
                        inner = piece.end();
                    }
                }
                from = token.start() + inner;
            }
            s = token.end();
        }
        return from;
    }

    /** 中国|亦非集安组织: HanLP glued the adverbs of the clause onto the name that follows them. */
    private static boolean opensWithAdverb(TextAnalysis text, Token token) {
        List<Token> pieces = text.wordsOf(token.word());
        return pieces.size() > 1 && (pieces.get(0).pos().equals("d") || pieces.get(0).pos().equals("vshi"))
                && text.lexicon().byName(token.word()).isEmpty();
    }

    private static final Set<String> CLAUSE_VERBS = Set.of("举行", "召开", "举办", "成立", "建立", "设立", "开展",
            "启动", "宣布", "加入", "出席", "参加", "主办", "签署");

    private static boolean isClauseWord(Token token) {
        String pos = token.pos();
        return pos.equals("v") || pos.equals("vshi") || pos.equals("vyou") || pos.equals("d")
                || pos.startsWith("r") || pos.equals("p") && !"与和同及".contains(token.word());
    }

    /**
     * 首届东盟地区论坛安全政策会议, 东盟外长会议: a conference numbered as one edition, or the 会议 of a
     * known mechanism, is a meeting of a body, not a body of its own.
     */
    private static boolean isOneMeeting(TextAnalysis text, int start, int end, String headWord) {
        String before = text.text().substring(Math.max(0, start - 6), start);
        String edition = "(首届|首次|第[0-9０-９一二三四五六七八九十百零〇]+[届次]|历次|历届)";
        boolean conference = headWord.equals("会议") || headWord.equals("会谈") || headWord.equals("会晤");
        if (conference && (before.matches(".*" + edition + "$") || text.text().substring(start, end).matches(edition + ".*"))) {
            return true; // 第二届图们江区域安全论坛 is an edition of a forum that stays a mechanism
        }
        if (!headWord.equals("会议")) {
            return false;
        }
        if (BODY_OF_HEADS.stream().anyMatch(organ -> text.text().startsWith(organ, end - headWord.length() - organ.length()))) {
            return true; // 成员国元首理事会会议: a session of the body, which is named on its own
        }
        int first = text.tokenStartingAt(start);
        if (first >= 0 && NamePhrase.lexiconType(text, text.token(first)) == EntityType.MECHANISM) {
            return true;
        }
        return text.lexicon().find(text.text().substring(start, end - headWord.length())).stream()
                .anyMatch(h -> h.entry().type() == EntityType.MECHANISM && h.start() == 0);
    }

    /**
     * 区域性政府|间国际组织: HanLP's dictionaries tag some runs of common words nt; when they are the
     * only proper nouns before the head and no word inside them names a place or anything else, there is no name.
     */
    private static boolean onlyGluedGenericWords(TextAnalysis text, int start, int headStart) {
        for (int s = start; s < headStart; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return false;
            }
            Token token = text.token(t);
            if (NamePhrase.isProperNoun(text, token) && !token.pos().equals("nt")) {
                return false;
            }
            if (token.pos().equals("nt") && (NamePhrase.isLexiconName(text, token)
                    || text.wordsOf(token.word()).stream().anyMatch(w -> !w.pos().equals("nt") && (NamePhrase.isProperNoun(text, w)
                            || w.pos().startsWith("nr") || w.pos().startsWith("ns"))))) {
                return false;
            }
            s = token.end();
        }
        return true;
    }

    /** A proper noun before the head that is not a concept or document (全球文明倡议实践机制 is not a name). */
    private static boolean hasNamingWord(TextAnalysis text, int start, int headStart) {
        for (int s = start; s < headStart; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return false;
            }
            Token token = text.token(t);
            EntityType type = NamePhrase.lexiconType(text, token);
            if (NamePhrase.isProperNoun(text, token) && type != EntityType.CONCEPT && type != EntityType.DOCUMENT) {
                return true;
            }
            s = token.end();
        }
        return false;
    }

    /**
     * 约翰内斯堡金砖国家工商论坛 → 金砖国家工商论坛: a city (or a country and its city) in front is the
     * venue; 中国上海合作组织 → 上海合作组织: a country in front of a known name is its owner.
     */
    private static int stripVenueOrOwner(TextAnalysis text, int start, int end) {
        int s = start;
        while (true) {
            int t = text.tokenStartingAt(s);
            if (t < 0 || t + 1 >= text.tokens().size()) {
                return s;
            }
            Token token = text.token(t);
            Token next = text.token(t + 1);
            int after = token.end();
            boolean venue = isCity(text, token) && NamePhrase.isProperNoun(text, next)
                    || NamePhrase.isCountry(text, token) && isCity(text, next);
            boolean owner = NamePhrase.isCountry(text, token) && after < end
                    && text.lexicon().byName(text.text().substring(after, end)).isPresent();
            if (!venue && !owner || after >= end) {
                return s;
            }
            s = after;
        }
    }

    /** A city or town; a region, river or sea names the area a body covers (澜湄水资源合作中心), not a venue. */
    private static boolean isCity(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).map(e -> e.type() == EntityType.PLACE
                && !Set.of("Region", "River", "Sea").contains(e.kind())).orElse(false);
    }

    /** Heads that name an organ or a body of their own right after a known name (上海合作组织秘书处). */
    private static final Set<String> ORGAN_HEADS = Set.of("秘书处", "委员会", "理事会", "论坛", "联盟", "组织", "对话会", "合作中心");

    /** Heads of an organisation that has organs of its own (…组织秘书处, …论坛理事会). */
    private static final List<String> OWNER_HEADS = List.of("组织", "论坛", "联盟", "集团");

    /** What a mechanism is for: after a place they describe one (半岛和平机制) rather than name it. */
    private static final Set<String> PURPOSES = Set.of("和平", "稳定", "和平稳定", "安全稳定", "和平与稳定");
    /** Words of a body's own name: after a place they name a body (南海合作论坛, 澜沧江安全对话, 孟加拉湾海上安全联盟). */
    private static final Set<String> NAMING_GENERIC = Set.of("安全", "合作", "对话", "安全合作", "交流", "协调",
            "地区", "区域", "次区域", "海上");
    /** Heads that name a standing body, unlike 机制 or 会议, which a text also uses for descriptions. */
    private static final Set<String> BODY_HEADS = Set.of("组织", "论坛", "对话", "对话会", "联盟", "理事会", "委员会");
    /** A 机制 after a place is named by what it does together (南海对话机制), not by 安全 or 地区 alone (亚洲安全机制). */
    private static final Set<String> MECHANISM_NAMING = Set.of("对话", "合作", "安全合作", "协调", "协调合作");

    /**
     * 亚太地区主要多边机制, 东盟机制: after the last proper noun come only generic words, or nothing at
     * all before a generic head. A body's head after a place and words such as 安全 or 合作 makes a name
     * (南海合作论坛), but not after descriptive words (亚太地区主要多边论坛).
     */
    private static boolean isGenericAfterName(TextAnalysis text, int start, int headStart, String headWord) {
        if (ORGAN_HEADS.contains(headWord) && OWNER_HEADS.stream().anyMatch(owner -> text.text().startsWith(owner, headStart - owner.length()))
                && headStart - start > 2) {
            return false; // 集安组织秘书处: the organ of an organisation named by its own head
        }
        int after = afterLastProperNoun(text, start, headStart);
        if (after == headStart) {
            int last = text.tokenEndingAt(headStart);
            boolean area = last >= 0 && isWaterOrLand(text, text.token(last)) && BODY_HEADS.contains(headWord);
            return !ORGAN_HEADS.contains(headWord) && !area;
        }
        if (headWord.equals("机制") && NamePhrase.onlyWords(text, after, headStart, PURPOSES)) {
            return true; // 建立半岛和平机制: a mechanism described by what it is for
        }
        if (BODY_HEADS.contains(headWord) && NamePhrase.onlyWords(text, after, headStart, NAMING_GENERIC)
                || headWord.equals("机制") && NamePhrase.onlyWords(text, after, headStart, MECHANISM_NAMING)) {
            return false;
        }
        return NamePhrase.onlyWords(text, after, headStart, GENERIC);
    }

    /** Where the words after the last proper noun before the head begin. */
    private static int afterLastProperNoun(TextAnalysis text, int start, int headStart) {
        int after = start;
        for (int s = start; s < headStart; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return start;
            }
            Token token = text.token(t);
            if (token.end() <= headStart && NamePhrase.isProperNoun(text, token)) {
                after = token.end();
            }
            s = token.end();
        }
        return after;
    }

    /**
     * A river, sea or mountain range names the area a body covers, not the venue of one meeting
     * (澜沧江湄公河对话 is a standing dialogue; 莫斯科会议 is one meeting).
     */
    private static boolean isWaterOrLand(TextAnalysis text, Token t) {
        String kind = text.lexicon().byName(t.word()).map(e -> e.kind()).orElse("");
        return Set.of("Sea", "River", "Region").contains(kind)
                || text.lexicon().byName(t.word()).isEmpty() && t.word().length() >= 2
                && "江河海湾洋山湖".indexOf(t.word().charAt(t.word().length() - 1)) >= 0;
    }

    /** A head whose modifiers are only places or countries (莫斯科会议), or a known mechanism with its venue. */
    private static boolean isOccurrence(TextAnalysis text, int start, int end, String headWord) {
        boolean onlyPlaces = true;
        int headStart = end - headWord.length();
        for (int s = start; s < headStart; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return false;
            }
            Token token = text.token(t);
            if (token.end() >= end && NamePhrase.lexiconType(text, token) == EntityType.MECHANISM) {
                return true;
            }
            EntityType type = NamePhrase.lexiconType(text, token);
            onlyPlaces &= (token.pos().equals("ns") || type == EntityType.PLACE || type == EntityType.COUNTRY
                    || text.lexicon().isCountryCompound(token.word())) && !isWaterOrLand(text, token);
            s = token.end();
        }
        return onlyPlaces && OCCURRENCE_HEADS.contains(headWord);
    }
}
