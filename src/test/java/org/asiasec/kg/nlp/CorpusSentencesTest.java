package org.asiasec.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.asiasec.kg.corpus.CjkChars;
import org.asiasec.kg.corpus.NormalisedText;
import org.asiasec.kg.corpus.TextDecoder;
import org.asiasec.kg.corpus.TextNormaliser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.hankcs.hanlp.HanLP;

/** Properties every sentence of the five corpus texts must have. */
class CorpusSentencesTest {

    static Stream<Path> corpusTexts() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("corpus"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, files.size());
        return files.stream();
    }

    private static String han(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (CjkChars.isHan(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }

    @ParameterizedTest
    @MethodSource("corpusTexts")
    @DisplayName("每个句子映射回原文：原文片段的汉字（简化后）与句子汉字一致，首尾相同")
    void sentencesMapBackToTheOriginal(Path file) {
        String original = new TextDecoder().decode(file);
        NormalisedText t = new TextNormaliser().normalise(original);
        List<Sentence> sentences = new SentenceSplitter().split(t);
        assertFalse(sentences.isEmpty());
        int exact = 0;
        for (Sentence s : sentences) {
            assertEquals(s.text(), t.analysisText().substring(s.start(), s.end()));
            assertEquals(s.text(), s.text().strip(), "trimmed");
            assertFalse(s.text().contains("\n"), "within one block");
            String span = original.substring(t.originalStart(s.start()), t.originalEnd(s.end()));
            String sentenceHan = han(s.text());
            String spanHan = han(HanLP.convertToSimplifiedChinese(span));
            // The span may hold more: a note that interrupted the sentence, or a doubled bold heading.
            assertTrue(isSubsequence(sentenceHan, spanHan), file + ": " + s.text() + " ⟂ " + span);
            if (!sentenceHan.isEmpty()) {
                assertEquals(sentenceHan.charAt(0), spanHan.charAt(0), s.text());
                assertEquals(sentenceHan.charAt(sentenceHan.length() - 1), spanHan.charAt(spanHan.length() - 1), s.text());
            }
            if (sentenceHan.equals(spanHan)) {
                exact++;
            }
        }
        assertTrue(exact >= 0.95 * sentences.size(), file + ": only " + exact + " of " + sentences.size() + " exact");
    }

    @ParameterizedTest
    @MethodSource("corpusTexts")
    @DisplayName("分析视图里没有脚注标记、Markdown 或 HTML 标记")
    void noMarkupLeft(Path file) {
        String view = new TextNormaliser().normalise(new TextDecoder().decode(file)).analysisText();
        for (String marker : List.of("<sup>", "</sup>", "**", "[1]", "[12]", "①", "\n#", "\n---", "&nbsp;")) {
            assertFalse(view.contains(marker), file + " still contains " + marker);
        }
        assertFalse(view.startsWith("#"));
    }
}
