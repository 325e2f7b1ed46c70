package org.asiasec.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.TextNormaliser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Texts made of random pieces of markup, Chinese, spaces and line breaks never break the reader. */
class RandomTextRobustnessTest {

    private static final String[] PIECES = {
        "亚", "信", "上海合作组织", "。", "，", "：", "；", "！", "？", "“", "”", "《", "》", "（", "）", "、",
        " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u3000", "#", "## ", "**", "*", "_", "__", "`", "\\", "- ", "---",
        "[1]", "［2］", "①", "<sup>[3]</sup>", "<p>", "</p>", "<br/>", "&nbsp;", "&amp;", "&#20122;", "&bogus;",
        "[链接](https://example.org)", "![图](a.png)", "<https://example.org>", "[", "]", "(", ")", "<", ">",
        "|", " | ", " > ", "12", "2014", "年", "5", "月", "a", "The", ".", "?", "!", ",", ";", ":",
        "組織", "會議", "乾杯", "\uD840\uDC00", "\uD840", "\u0001", "注释", "【摘要】", "一一、、构建构建"};

    @Test
    @DisplayName("random texts: no exception, blocks and sentences inside the view, offsets inside the original")
    void randomTexts() {
        Random random = new Random(20140521);
        TextNormaliser normaliser = new TextNormaliser();
        SentenceSplitter splitter = new SentenceSplitter();
        for (int n = 0; n < 500; n++) {
            StringBuilder original = new StringBuilder();
            int pieces = random.nextInt(200);
            for (int i = 0; i < pieces; i++) {
                original.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = original.toString();
            NormalisedText view = normaliser.normalise(text);
            String analysis = view.analysisText();
            int previousEnd = 0;
            for (Block b : view.blocks()) {
                assertTrue(b.start() >= previousEnd && b.start() < b.end() && b.end() <= analysis.length(), text);
                assertTrue(analysis.substring(b.start(), b.end()).indexOf('\n') < 0, text);
                previousEnd = b.end();
            }
            List<Sentence> sentences = splitter.split(view);
            for (Sentence s : sentences) {
                assertEquals(analysis.substring(s.start(), s.end()), s.text());
                int os = view.originalStart(s.start());
                int oe = view.originalEnd(s.end());
                assertTrue(0 <= os && os < oe && oe <= text.length(), text + " → " + s);
            }
        }
    }

    @Test
    @DisplayName("a text without any line break is read in pieces; every sentence and char survives")
    void oneHugeLine() {
        String sentence = "上海合作组织成员国元首理事会会议在阿斯塔纳举行，各方签署了宣言。";
        String text = sentence.repeat(20_000) + "没有句号的结尾" + "亚信".repeat(100_000);
        NormalisedText view = new TextNormaliser().normalise(text);
        assertEquals(text, view.analysisText().replace("\n", ""));
        List<Sentence> sentences = new SentenceSplitter().split(view);
        assertEquals(20_000, sentences.stream().filter(s -> s.text().equals(sentence)).count());
    }
}
