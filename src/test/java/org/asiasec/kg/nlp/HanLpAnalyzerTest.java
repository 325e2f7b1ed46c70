package org.asiasec.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.asiasec.kg.lexicon.Lexicon;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HanLpAnalyzerTest {

    private static final HanLpAnalyzer ANALYZER = new HanLpAnalyzer(Lexicon.standard());

    private static List<String> words(String text) {
        return ANALYZER.tokens(text).stream().map(t -> t.word() + "/" + t.pos()).toList();
    }

    @Test
    @DisplayName("地名识别粘上的介词被分开：（四）同珲春、丹东开展合作")
    void prepositionGluedToAPlaceIsItsOwnWord() {
        assertEquals(List.of("（/w", "四/m", "）/w", "同/p", "珲春/ns", "、/w", "丹东/ns", "开展/v", "合作/vn"),
                words("（四）同珲春、丹东开展合作"));
    }

    @Test
    @DisplayName("反例：词典里的地名即使以“和”开头也不拆开（和田）")
    void placeOfTheDictionaryStaysWhole() {
        assertEquals("和田", ANALYZER.tokens("（四）和田、喀什开展合作").get(3).word());
    }

    @Test
    @DisplayName("词的偏移指向原文")
    void offsetsPointIntoTheText() {
        String text = "（四）同珲春、丹东开展合作";
        for (Token t : ANALYZER.tokens(text)) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
        }
    }
}
