package org.asiasec.kg.extract.recognise;

import java.util.List;

import org.asiasec.kg.lexicon.Lexicon;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Reads the person name that starts at a given offset, where the context already says a name stands
 * there (after 外长, before （哈萨克斯坦）): a transcribed foreign name as the run of transcription
 * characters, parts joined by · (谢尔达尔·别尔德穆哈梅多夫), or a Chinese name as a surname and one or two
 * characters. Either ends before a word that follows names (率团, 出席, 在, 代表 …), whatever the
 * characters of that word.
 */
final class PersonNameReader {

    /** Words that follow a name and so end it: verbs of attending and saying, prepositions, conjunctions, marks. */
    private static final FixedWords FOLLOWERS = new FixedWords(List.of(
            "代表", "率团", "率领", "出席", "列席", "主持", "参加", "与会", "在", "于", "表示", "说", "发表", "会见", "会晤",
            "访问", "与", "和", "同", "及", "以及", "等", "分别", "也", "便", "将", "已", "曾", "当天", "当日", "首次", "先后",
            "共同", "还", "向", "对", "称", "指出", "致辞", "提出", "宣布", "倡议", "强调", "认为", "回答", "介绍", "签署",
            "举行", "就", "应", "以", "为", "作为", "是", "的", "所", "被", "则", "均", "亦", "即", "先生", "女士",
            "阁下", "一行", "将于", "将在", "将出席", "拨冗", "担任", "出任", "任", "主张", "来", "赴", "抵达", "前往", "致", "通报", "透露",
            "呼吁", "主办", "邀请", "接替", "上任", "就任", "宣誓", "年", "月", "日"));
    private static final int MAX_FOREIGN = 16;

    private PersonNameReader() {
    }

    /** Length of the name starting at {@code from}, or 0 when none can be read there. */
    static int read(Lexicon lexicon, String text, int from) {
        int foreign = transcribedLength(text, from);
        int dotted = dottedLength(text, from);
        if (dotted > foreign) { // 齐亚·拉赫曼: a first name with a char no transcription table has
            return dotted;
        }
        String surname = lexicon.surnameOf(text.substring(from, Math.min(text.length(), from + 3)));
        if (surname != null && followerAt(text, from) > 0) { // 和, 于, 同 start no name after a title
            surname = null;
        }
        if (foreign >= 4 || foreign >= 2 && surname == null) {
            return isCommonWord(text.substring(from, from + foreign)) ? 0 : foreign;
        }
        if (surname == null) {
            return 0;
        }
        int end = from + surname.length();
        while (end < text.length() && end - from - surname.length() < 2 && isHan(text.charAt(end))
                && (followerAt(text, end) == 0 || isLastNameChar(lexicon, text, from + surname.length(), end))) {
            end++;
        }
        int length = end - from;
        return length > surname.length() && !isCommonWord(text.substring(from, end)) ? length : 0;
    }

    /** Length of the run of transcription characters and inner · at {@code from}, stopped by a follower word. */
    static int transcribedLength(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < MAX_FOREIGN) {
            char c = text.charAt(end);
            if (c == '·' || c == '•' || c == '・') {
                if (end == from || end + 1 >= text.length() || !Transcription.isCharacter(text.charAt(end + 1))) {
                    break;
                }
            } else if (!Transcription.isCharacter(c) || end > from && followerAt(text, end) > 0) {
                break;
            }
            end++;
        }
        return end - from;
    }

    /**
     * 魏凤和, 赵同: the conjunctions 和, 与, 同, 及 are also common last chars of a given name; one stands for
     * the conjunction only where another name follows it (王某和李某, 王某与布林肯, 王某和俄罗斯外长).
     */
    private static boolean isLastNameChar(Lexicon lexicon, String text, int givenStart, int at) {
        if (at != givenStart + 1 || "和与同及".indexOf(text.charAt(at)) < 0 || at + 1 >= text.length()
                || !isHan(text.charAt(at + 1))) {
            return false;
        }
        int next = at + 1;
        if (lexicon.surnameOf(text.substring(next, Math.min(text.length(), next + 3))) != null
                || transcribedLength(text, next) >= 2) {
            return false;
        }
        for (int length = 2; length <= 8 && next + length <= text.length(); length++) {
            if (lexicon.byName(text.substring(next, next + length)).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** 齐亚·拉赫曼: one to three Han chars, a ·, then a transcribed name; its length, or 0. */
    private static int dottedLength(String text, int from) {
        for (int dot = from + 1; dot <= from + 3 && dot + 1 < text.length(); dot++) {
            char c = text.charAt(dot);
            if (c == '·' || c == '•' || c == '・') {
                int rest = transcribedLength(text, dot + 1);
                return rest >= 2 ? dot + 1 + rest - from : 0;
            }
            if (!isHan(c) || followerAt(text, dot) > 0) {
                return 0;
            }
        }
        return 0;
    }

    /** Length of the follower word at {@code at}, or 0. */
    static int followerAt(String text, int at) {
        return FOLLOWERS.lengthAt(text, at);
    }

    /** A word of the core dictionary that is no name (特别, 安全): what follows a title is then not a name. */
    private static boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(char c) {
        return Character.isIdeographic(c);
    }
}
