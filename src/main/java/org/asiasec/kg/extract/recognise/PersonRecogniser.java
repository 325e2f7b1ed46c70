package org.asiasec.kg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

/**
 * Persons. HanLP's name recogniser also tags fragments (时俱进, 国元首) as names, so a name it finds
 * counts only in a context that marks a person: next to a position (国家主席习近平, 奥巴马总统,
 * 外交部副部长程国平), before a verb of saying (刘振民说), or as the author of a cited title
 * (罗圣荣：《…》, 冯绍雷、封帅：《…》). A Chinese name must start with a known surname.
 */
public class PersonRecogniser implements Recogniser {

    private static final Set<String> SAYING = Set.of("说", "指出", "表示", "强调", "认为", "提出", "称", "介绍", "回答");
    /** The author line of a journal article: 【作者简介】许涛，… */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("作者简介\\W{0,6}?([\\u4e00-\\u9fff]{2,4})\\s*[，,]");
    static final Pattern AUTHORS = Pattern.compile("((?:[\\u4e00-\\u9fff]{2,4}、)*[\\u4e00-\\u9fff]{2,8})\\s*[：:]\\s*《");

    @Override
    public String name() {
        return "person";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().startsWith("nr")) {
                continue;
            }
            // HanLP's name after a position counts unless it swallowed a word that follows names (某某便);
            // TitledPersonRecogniser reads the names HanLP cuts wrongly there
            boolean position = isPosition(text, i - 1) && !endsWithFollower(text, t)
                    || isPosition(text, i + 1)
                    || i >= 2 && isColon(text.token(i - 1)) && isPosition(text, i - 2);
            // next to a position any name will do (洪森, 哈西娜); before 说 it must look Chinese or foreign
            if (position && t.word().length() >= 2 && t.word().length() <= 6
                    || isSaying(text, i + 1) && looksLikeName(text, t.word(), t.pos())) {
                out.add(candidate(t.start(), t.end(), t.word(), "person-in-context", 0.85));
            }
        }
        Matcher note = AUTHOR_NOTE.matcher(text.text());
        while (note.find()) {
            if (text.lexicon().surnameOf(note.group(1)) != null) {
                out.add(candidate(note.start(1), note.end(1), note.group(1), "person-author", 0.8));
            }
        }
        for (MatchResult m : authorLists(text.text())) {
            String[] names = m.group(1).split("、");
            int offset = m.start(1);
            for (int n = 0; n < names.length; n++) {
                String name = names[n];
                // the first name may have text glued in front of it (注释罗圣荣): take the ending that reads as a name
                int skip = n == 0 ? nameStart(text, offset, name) : 0;
                String person = skip < 0 ? "" : name.substring(skip);
                if (skip >= 0 && text.lexicon().surnameOf(person) != null
                        && text.lexicon().byName(person).map(e -> e.type() == EntityType.PERSON).orElse(true)) {
                    out.add(candidate(offset + skip, offset + name.length(), person, "person-author", 0.8));
                }
                offset += name.length() + 1;
            }
        }
    }

    /**
     * The matches of {@link #AUTHORS}, as {@code find()} gives them. A match ends with a 《 that follows
     * a colon and white space only, and before them holds only Han chars and 、; so it is searched for
     * only in the run of such chars before each such colon, not from every char of the text.
     */
    static List<MatchResult> authorLists(String s) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = AUTHORS.matcher(s);
        for (int title = s.indexOf('《'); title >= 0; title = s.indexOf('《', title + 1)) {
            int colon = title - 1;
            while (colon >= 0 && isPatternSpace(s.charAt(colon))) {
                colon--;
            }
            if (colon < 0 || s.charAt(colon) != '：' && s.charAt(colon) != ':') {
                continue;
            }
            int runStart = colon;
            while (runStart > 0 && isPatternSpace(s.charAt(runStart - 1))) {
                runStart--;
            }
            while (runStart > 0 && isAuthorChar(s.charAt(runStart - 1))) {
                runStart--;
            }
            if (m.region(runStart, title + 1).find()) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /** {@code \s} in a pattern: [ \t\n\x0B\f\r]. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAuthorChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c == '、';
    }

    /** Where a name starting with a surname and at a word boundary begins within {@code run}: 3, 2 or 4 last chars. */
    private static int nameStart(TextAnalysis text, int offset, String run) {
        for (int length : new int[] {3, 2, 4}) {
            int skip = run.length() - length;
            if (skip >= 0 && text.lexicon().surnameOf(run.substring(skip)) != null && text.isWordBoundary(offset + skip)) {
                return skip;
            }
        }
        return -1;
    }

    /**
     * A foreign name that HanLP cuts into pieces (总统拉赫蒙 → 拉/赫蒙, 外长卡扎克巴耶夫 → 卡/扎克巴耶夫):
     * the characters after a position up to the next verb of saying, preposition, particle or mark.
     */
    private Optional<Candidate> nameAfterPosition(TextAnalysis text, int first) {
        List<Token> tokens = text.tokens();
        int last = first;
        while (last < tokens.size() && last - first < 6
                && (!endsName(text, tokens.get(last)) || isInnerSyllable(text, last))
                && isNamePiece(text, tokens.get(last))
                && (last == first || tokens.get(last - 1).end() == tokens.get(last).start())) {
            last++;
        }
        if (last == first + 1 && last < tokens.size() && SAYING.contains(tokens.get(last).word())
                && isOneCharacterName(tokens.get(first))) {
            Token t = tokens.get(first);
            return Optional.of(candidate(t.start(), t.end(), t.word(), "person-after-position", 0.7));
        }
        if (last == first || last == tokens.size() || !endsName(text, tokens.get(last)) || last - first < 2) {
            return Optional.empty();
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last - 1).end();
        String name = text.text().substring(start, end);
        // HanLP marks a piece as a name, or cuts an unknown name into single characters (德/乌/帕)
        boolean foreign = tokens.subList(first, last).stream().anyMatch(t -> t.pos().startsWith("nr"))
                || tokens.subList(first, last).stream().allMatch(t -> t.word().length() == 1)
                || Transcription.isTranscribed(name);
        if (!foreign || name.length() < 3 || name.length() > 10 || !name.chars().allMatch(c -> c == '·' || Character.isIdeographic(c))
                || text.lexicon().byName(name).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(candidate(start, end, name, "person-after-position", 0.75));
    }

    /** A one-syllable adverb or particle (约, 也) between two pieces of a transcribed name: 米尔济约耶夫. */
    private static boolean isInnerSyllable(TextAnalysis text, int index) {
        Token t = text.token(index);
        if (t.word().length() != 1 || index + 1 >= text.tokens().size() || !Transcription.isCharacter(t.word().charAt(0))
                || t.pos().equals("w") || t.pos().equals("p")) {
            return false;
        }
        Token next = text.token(index + 1);
        return next.start() == t.end() && next.word().length() == 1 && Transcription.isCharacter(next.word().charAt(0));
    }

    /** 外交部长敦说: one character between a position and a verb of saying, not an adverb (也说, 又说). */
    private static boolean isOneCharacterName(Token t) {
        String pos = t.pos();
        return t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0)) && !pos.equals("d")
                && !pos.startsWith("p") && !pos.startsWith("c") && !pos.startsWith("u") && !pos.startsWith("v")
                && !pos.equals("w") && !pos.startsWith("r");
    }

    /** A piece of a cut foreign name: a name part, or a short word that is no place, title or known name. */
    private static boolean isNamePiece(TextAnalysis text, Token t) {
        return t.pos().startsWith("nr") || t.word().length() <= 2 && !t.pos().startsWith("ns")
                && !t.pos().equals("nnt") && text.lexicon().byName(t.word()).isEmpty();
    }

    /** A word that cannot be part of a name: a verb of saying, a preposition, a particle, a mark. */
    private static boolean endsName(TextAnalysis text, Token t) {
        String pos = t.pos();
        return SAYING.contains(t.word()) || pos.equals("w") || pos.equals("p") || pos.startsWith("u")
                || pos.equals("c") || pos.equals("cc") || pos.equals("vshi") || pos.equals("qt") || pos.equals("d")
                || pos.startsWith("v") && t.word().length() >= 2 || pos.equals("f");
    }

    private static boolean endsWithFollower(TextAnalysis text, Token t) {
        return t.word().length() > 2 && PersonNameReader.followerAt(text.text(), t.end() - 1) == 1;
    }

    private Candidate candidate(int start, int end, String name, String rule, double confidence) {
        return new Candidate(start, end, EntityType.PERSON, null, name, rule, confidence, null);
    }

    private static boolean looksLikeName(TextAnalysis text, String word, String pos) {
        if (pos.equals("nrf")) {
            return word.length() >= 2;
        }
        String surname = text.lexicon().surnameOf(word);
        return surname != null && word.length() >= 2 && word.length() <= 4 && word.length() > surname.length();
    }

    private static boolean isPosition(TextAnalysis text, int index) {
        if (index < 0 || index >= text.tokens().size()) {
            return false;
        }
        return text.lexicon().endsWithPosition(text.token(index).word());
    }

    private static boolean isColon(Token t) {
        return t.word().equals("：") || t.word().equals(":");
    }

    private static boolean isSaying(TextAnalysis text, int index) {
        return index < text.tokens().size() && SAYING.contains(text.token(index).word());
    }
}
