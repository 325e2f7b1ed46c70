package org.asiasec.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JoinedTextTest {

    @Test
    @DisplayName("两个汉字之间的换行和空格不是边界：亚\\n\\n信 → 亚信，偏移指回原文")
    void joinsHardWraps() {
        String source = "举办亚\n\n信 第四次峰会";
        JoinedText joined = JoinedText.of(source);
        assertEquals("举办亚信第四次峰会", joined.text());
        assertEquals(source.indexOf('信'), joined.toSource(3));
        assertEquals(source.indexOf('信') + 1, joined.toSourceEnd(4));
    }

    @Test
    @DisplayName("拉丁文字之间的空格保留；Markdown 标题行不与下一行相连")
    void keepsSpacesAndHeadings() {
        assertEquals("Asia Security Model", JoinedText.of("Asia Security Model").text());
        assertEquals("## 前言\n亚洲", JoinedText.of("## 前言\n亚洲").text());
    }
}
