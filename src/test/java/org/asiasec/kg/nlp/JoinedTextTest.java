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

    @Test
    @DisplayName("调用方标为保留的换行（标题之末）不相连：二、中国的亚太安全理念\\n理念是……")
    void keepsMarkedBreaks() {
        String source = "正文。\n二、中国的亚太安全理念\n理念是行动的先导";
        int headingEnd = source.indexOf("\n理念");
        assertEquals("正文。二、中国的亚太安全理念\n理念是行动的先导",
                JoinedText.of(source, 0, source.length(), offset -> offset == headingEnd).text());
        assertEquals("亚太安全理念理念是", JoinedText.of(source, 9, 19, offset -> false).text());
        assertEquals("亚太安全理念\n理念是", JoinedText.of(source, 9, 19, offset -> offset == headingEnd).text());
    }
}
