package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

/**
 * A term set in quotation marks names something. It is typed by its head: “海空相遇安全行为准则” is a
 * Document, “重大军事行动相互通报机制” a Mechanism, anything else (“三股势力”, “修昔底德陷阱”) a
 * Concept. A quoted term followed by 理念, 倡议, 原则, 战略 … (“蓝色海疆”倡议) is always a concept name.
 * Quotes that are clearly not names are left out: quotations (punctuation, lists, verbs in a long
 * phrase), verb phrases (“推动构建…”), scare quotes around ordinary words (“安全合作”), digits.
 */
public class QuotedTermRecogniser implements Recogniser {

    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^“”\"「」]{2,16})[”\"」]");
    private static final Pattern NOT_A_TERM = Pattern.compile("[，。：；！？,.:;!?、\\s的了是我们\\d]");
    /** Words that, right after the closing quote, say the quoted term is a concept. */
    private static final List<String> CONCEPT_CUES = List.of("理念", "倡议", "原则", "精神", "思想", "模式", "战略",
            "安全观", "观", "方式", "概念", "主张", "思路", "构想");
    /** An English gloss in brackets right after the quote (“全政府”(whole-of-government approach)). */
    private static final Pattern GLOSS = Pattern.compile("^\\s*[（(][\\p{IsLatin}\\p{IsCyrillic}\\s\\-’'\\d.]+[）)]?");
    /** A Latin acronym in brackets right after the quote: （SARC）. */
    private static final Pattern ACRONYM = Pattern.compile("\\s*[（(]\\s*[A-Z]{2,8}\\s*[）)]");
    /** Endings of coined terms: a quoted phrase ending so is a concept even when made of common words. */
    private static final List<String> TERM_ENDINGS = List.of("观", "倡议", "精神", "原则", "理念", "模式", "共同体",
            "思维", "主义", "战略", "方式", "陷阱", "博弈", "势力", "外交", "化", "愿景");
    private static final List<String[]> DOCUMENT_HEADS = List.of(new String[] {"准则", "Document"},
            new String[] {"规则", "Document"}, new String[] {"宣言", "Declaration"}, new String[] {"条约", "Treaty"},
            new String[] {"协定", "Agreement"}, new String[] {"公约", "Convention"}, new String[] {"宪章", "Charter"});
    private static final List<String[]> MECHANISM_HEADS = List.of(new String[] {"机制", "CooperationMechanism"},
            new String[] {"论坛", "Forum"}, new String[] {"组织", "Organisation"}, new String[] {"对话", "Dialogue"},
            new String[] {"会议", "Conference"}, new String[] {"联盟", "Alliance"},
            new String[] {"小组", "CooperationMechanism"}, new String[] {"协调中心", "Organisation"},
            new String[] {"反恐中心", "Organisation"}, new String[] {"委员会", "Organisation"});
    /**
     * Verbs that put forward, hold or name an idea. 所谓 is not one: it keeps a label at a distance
     * (所谓“南海问题”), and a label the text disowns is no idea it introduces.
     */
    private static final List<String> INTRODUCING = List.of("提出", "倡导", "首倡", "秉持", "践行", "弘扬", "奉行",
            "遵循", "称为", "称作", "概括为", "树立", "确立", "主张", "阐述", "阐释", "理念", "概念", "强调",
            "推行", "谋求", "追求", "提倡", "倡行", "贯彻");
    /** Numbered formulas of political language: “五个着力”, “四个全面”, “五位一体”. */
    private static final Pattern NUMBERED = Pattern.compile("[一二三四五六七八九十两]+(?:个|大|项|位一体|点).{1,6}");
    /** “某某”“修昔底德陷阱”: quoted terms set side by side share their status. */
    private static final Pattern ADJACENT = Pattern.compile("[“\"「]([^“”\"「」]{2,16})[”\"」]");
    /** “某某”，即…: the text goes on to say what the term means. */
    private static final Pattern DEFINED = Pattern.compile("^[，,]?(?:即|就是|是指|指的是|是)");
    /** “2+7合作框架”, “3+5合作框架”: a count of parts and what they make up, a coined term despite its digits. */
    private static final Pattern COUNTED_FORMULA = Pattern.compile("\\d{1,2}\\s*[+＋]\\s*\\d{1,2}[\\u4e00-\\u9fff]{2,8}");
    /** “不结盟、不对抗、不针对第三方”: two or more negated acts in a row. */
    private static final Pattern NEGATIONS = Pattern.compile("不[\\u4e00-\\u9fff]{1,6}(?:、不[\\u4e00-\\u9fff]{1,6})+");
    /** “……五项举措”, “……八点主张”: a term that ends by counting its items is coined, whatever its words. */
    private static final Pattern COUNTED_ENDING = Pattern.compile("[一二三四五六七八九十两]+[项点大条][\\u4e00-\\u9fff]{1,3}$");
    private static final Set<String> COMMON = Set.of("n", "vn", "an", "a", "v", "vi", "d", "ad", "vd", "ng");

    @Override
    public String name() {
        return "quoted-term";
    }

    /**
     * {@code m.find(from)} for {@link #QUOTED}, whose every match opens with “, " or 「: the pattern is tried
     * at those chars only, in order, not at every char of the text.
     */
    private static boolean findQuoted(Matcher m, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == '“' || c == '"' || c == '「') && m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        Matcher m = QUOTED.matcher(text.text());
        for (int from = 0; findQuoted(m, text.text(), from); from = m.end()) {
            String term = m.group(1);
            int start = m.start(1);
            int end = m.end(1);
            var known = text.lexicon().byName(term);
            if (known.isPresent()) {
                LexiconEntry e = known.get();
                out.add(new Candidate(start, end, e.type(), e.kind(), e.zh(), name(), 0.7, e));
                continue;
            }
            boolean formula = COUNTED_FORMULA.matcher(term).matches();
            if (NEGATIONS.matcher(term).matches() && isIntroducedAsIdea(text.text(), m.start())) {
                // 强调“不结盟、不对抗、不针对第三方”: a series of what the parties will not do, put forward, is one principle
                out.add(new Candidate(start, end, EntityType.CONCEPT, "Principle", term, name(), 0.7, null));
                continue;
            }
            // “自由开放的印太”构想: a 的 inside a term the text names an idea right after is part of the name
            boolean named = CONCEPT_CUES.stream().anyMatch(c -> text.text().startsWith(c, m.end()));
            String words = named ? term.replace("的", "") : term;
            if (NOT_A_TERM.matcher(words).find() && !formula) {
                continue;
            }
            String after = text.text().substring(m.end(), Math.min(text.text().length(), m.end() + 80));
            Matcher gloss = GLOSS.matcher(after);
            if (gloss.find()) {
                after = after.substring(gloss.end());
            }
            boolean glossed = gloss.find(0);
            String cue = after.startsWith("的") ? after.substring(1) : after;
            if (!TERM_ENDINGS.contains(term) && CONCEPT_CUES.stream().anyMatch(cue::startsWith)) {
                out.add(new Candidate(start, end, EntityType.CONCEPT, null, term, name(), 0.75, null));
                continue;
            }
            if (term.endsWith("合作") && term.length() >= 4 && ACRONYM.matcher(text.text().substring(m.end())).lookingAt()) {
                // “南亚区域合作”（SARC）: a cooperation with an acronym of its own is a standing process, not an idea
                out.add(new Candidate(start, end, EntityType.MECHANISM, "CooperationMechanism", term, name(), 0.75, null));
                continue;
            }
            String[] document = headOf(term, DOCUMENT_HEADS);
            String[] mechanism = headOf(term, MECHANISM_HEADS);
            if (document != null && term.length() >= document[0].length() + 3) {
                out.add(new Candidate(start, end, EntityType.DOCUMENT, document[1], term, name(), 0.7, null));
            } else if (mechanism != null && term.length() >= mechanism[0].length() + 3) {
                out.add(new Candidate(start, end, EntityType.MECHANISM, mechanism[1], term, name(), 0.7, null));
            } else if (formula) {
                out.add(new Candidate(start, end, EntityType.CONCEPT, null, term, name(), 0.7, null));
            } else if (term.length() >= 4 && (TERM_ENDINGS.stream().anyMatch(term::endsWith)
                        || !startsWithVerb(text, start) && (glossed || isIntroducedAsIdea(text.text(), m.start())
                            || DEFINED.matcher(after).lookingAt() || NUMBERED.matcher(term).matches()
                            || besideCoinedTerm(text.text(), m.start(), m.end())))
                    && !isCommonPhrase(text, start, end, term)
                    && !isQuotation(text, start, end)) {
                out.add(new Candidate(start, end, EntityType.CONCEPT, null, term, name(), 0.7, null));
            }
        }
    }

    /**
     * 提出“某某”, 秉持“某某”, 称为“某某”: the words before the quote say the text puts forward an idea.
     * Any other quoted phrase (a slogan, a nickname, a quoted fragment) is no concept unless its ending makes it one.
     */
    private static boolean isIntroducedAsIdea(String text, int quote) {
        String before = text.substring(Math.max(0, quote - 10), quote);
        return INTRODUCING.stream().anyMatch(before::contains);
    }

    /** A quoted term right before or after (、 or nothing between) a quoted term whose ending makes it a concept. */
    private static boolean besideCoinedTerm(String text, int open, int close) {
        Matcher next = ADJACENT.matcher(text);
        int after = close;
        if (after < text.length() && text.charAt(after) == '、') {
            after++;
        }
        if (next.region(after, text.length()).lookingAt() && TERM_ENDINGS.stream().anyMatch(next.group(1)::endsWith)) {
            return true;
        }
        int before = open;
        if (before > 0 && text.charAt(before - 1) == '、') {
            before--;
        }
        if (before == 0 || "”\"」".indexOf(text.charAt(before - 1)) < 0) {
            return false;
        }
        int start = Math.max(0, before - 18);
        Matcher prev = ADJACENT.matcher(text.substring(start, before));
        String last = null;
        while (prev.find()) {
            if (prev.end() == before - start) {
                last = prev.group(1);
            }
        }
        return last != null && TERM_ENDINGS.stream().anyMatch(last::endsWith);
    }

    private static String[] headOf(String term, List<String[]> heads) {
        return heads.stream().filter(h -> term.endsWith(h[0])).findFirst().orElse(null);
    }

    private static EntityType lexiconType(TextAnalysis text, Token t) {
        return text.lexicon().byName(t.word()).map(LexiconEntry::type).orElse(null);
    }

    /** Scare quotes around ordinary words (“安全合作”, “国际规则”, “中国方案”) do not make a concept. */
    private static boolean isCommonPhrase(TextAnalysis text, int start, int end, String term) {
        if (TERM_ENDINGS.stream().anyMatch(term::endsWith)) {
            return false;
        }
        for (int s = start; s < end; ) {
            int t = text.tokenStartingAt(s);
            Token token = t < 0 ? null : text.token(t);
            if (token == null || !COMMON.contains(token.pos()) && lexiconType(text, token) != EntityType.COUNTRY) {
                return false;
            }
            s = text.token(t).end();
        }
        return true;
    }

    /**
     * A longer phrase with a verb or adverb in it is a quotation (“亚太安全只能走对话合作之路”); an adverb
     * alone does not make one of a phrase that ends as coined terms do (“亚太海上共同安全倡议”, where 共同
     * is read as an adverb), a verb does (“携手共建某某共同体” is a motto).
     */
    private static boolean isQuotation(TextAnalysis text, int start, int end) {
        String term = text.text().substring(start, end);
        if (end - start <= 6 || COUNTED_ENDING.matcher(term).find()) {
            return false; // “……互信五项举措”: the count makes a title of the words before it
        }
        boolean coined = TERM_ENDINGS.stream().anyMatch(term::endsWith);
        for (int s = start; s < end; ) {
            int t = text.tokenStartingAt(s);
            if (t < 0) {
                return false;
            }
            String pos = text.token(t).pos();
            if (pos.equals("v") || pos.equals("vi") || pos.equals("d") && !coined) {
                return true;
            }
            s = text.token(t).end();
        }
        return false;
    }

    private static boolean startsWithVerb(TextAnalysis text, int start) {
        int t = text.tokenStartingAt(start);
        return t >= 0 && text.token(t).pos().startsWith("v") && !text.token(t).pos().equals("vn")
                && text.token(t).end() - start < 4;
    }
}
