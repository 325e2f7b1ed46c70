package org.asiasec.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.TextNormaliser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String original) {
        NormalisedText t = new TextNormaliser().normalise(original);
        List<Sentence> sentences = new SentenceSplitter().split(t);
        for (Sentence s : sentences) {
            assertEquals(t.analysisText().substring(s.start(), s.end()), s.text(), "text is the analysis span");
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    @DisplayName("句号、问号、感叹号结束句子")
    void sentenceEnds() {
        assertEquals(List.of("上海合作组织成立于2001年。", "总部设在哪里？", "北京！"),
                sentences("上海合作组织成立于2001年。总部设在哪里？北京！"));
    }

    @Test
    @DisplayName("引号内的句末标点后紧跟后引号：句子在后引号之后结束")
    void quotedSentenceEnd() {
        assertEquals(List.of("习近平主席指出：“周边是我国安身立命之所，发展繁荣之基。”", "从地理位置来看，中国周边环境复杂。"),
                sentences("习近平主席指出：“周边是我国安身立命之所，发展繁荣之基。”从地理位置来看，中国周边环境复杂。"));
    }

    @Test
    @DisplayName("引号内有多个句子时不在引号内切分；引号后接逗号时句子继续")
    void noSplitInsideQuotes() {
        assertEquals(List.of("他说：“安全是共同的。安全是综合的。”", "这是新安全观。"),
                sentences("他说：“安全是共同的。安全是综合的。”这是新安全观。"));
        assertEquals(List.of("“安全是共同的。”，他说。"), sentences("“安全是共同的。”，他说。"));
    }

    @Test
    @DisplayName("书名号内不切分")
    void noSplitInsideTitles() {
        assertEquals(List.of("各方签署了《关于在边境地区加强军事领域信任的协定！》和其他文件。", "会议结束。"),
                sentences("各方签署了《关于在边境地区加强军事领域信任的协定！》和其他文件。会议结束。"));
    }

    @Test
    @DisplayName("长句在分号处切分，短句保持完整")
    void semicolons() {
        assertEquals(List.of("甲；乙。"), sentences("甲；乙。"));
        String first = "以新安全理念为指引，倡导共同、综合、合作、可持续的安全观，遵守《联合国宪章》的宗旨和原则，遵循各国共同商定的国际关系准则；";
        String second = "以伙伴关系建设为纽带。";
        assertEquals(List.of(first, second), sentences(first + second));
    }

    @Test
    @DisplayName("标题单独成句；块的边界结束句子；句子去掉首尾空白")
    void headingsAndBlocks() {
        assertEquals(List.of("一、新安全观的确立与上合组织", "冷战结束作为重大事件", "改写了版图。"),
                sentences("## 一、新安全观的确立与上合组织\n\n冷战结束作为重大事件\n\n改写了版图。"));
    }

    @Test
    @DisplayName("英文句子在句点加空格加大写处切分，缩写与小数不切")
    void latin() {
        assertEquals(List.of("The SCO was founded in 2001.", "Its growth rate was 2.5 per cent."),
                sentences("The SCO was founded in 2001. Its growth rate was 2.5 per cent."));
    }

    @Test
    @DisplayName("空文本没有句子；只有标点的片段被丢弃")
    void empty() {
        assertTrue(sentences("").isEmpty());
        assertTrue(sentences("   \n\n  ").isEmpty());
        assertEquals(List.of("会议结束。"), sentences("会议结束。\n\n——"));
    }

    @Test
    @DisplayName("没有标点的超长文本被切成有限长度的句子")
    void boundedLength() {
        String original = "亚信".repeat(1000);
        List<String> s = sentences(original);
        assertTrue(s.size() >= 4);
        assertTrue(s.stream().allMatch(x -> x.length() <= SentenceSplitter.MAX_LENGTH));
        assertEquals(original, String.join("", s));
    }
}
