package org.asiasec.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    private NormalisedText view(String original) {
        return normaliser.normalise(original);
    }

    /** The original text behind the first occurrence of {@code analysed} in the view. */
    private static String originalOf(NormalisedText t, String original, String analysed) {
        int i = t.analysisText().indexOf(analysed);
        assertTrue(i >= 0, "not in view: " + analysed + " / " + t.analysisText());
        return original.substring(t.originalStart(i), t.originalEnd(i + analysed.length()));
    }

    private static List<String> blockTexts(NormalisedText t, Block.Kind kind) {
        return t.blocks().stream().filter(b -> b.kind() == kind)
                .map(b -> t.analysisText().substring(b.start(), b.end())).toList();
    }

    @Test
    @DisplayName("繁体字：分析视图为简体，偏移仍指向原文")
    void traditional() {
        String original = "上海合作組織成員國元首理事會於2001年6月在上海舉行。";
        NormalisedText t = view(original);
        assertEquals("上海合作组织成员国元首理事会于2001年6月在上海举行。", t.analysisText());
        assertEquals("上海合作組織", originalOf(t, original, "上海合作组织"));
        assertEquals("舉行", originalOf(t, original, "举行"));
    }

    @Test
    @DisplayName("硬换行：亚\\n信 → 亚信，今年 5 月 → 今年5月，偏移正确")
    void hardWraps() {
        String original = "今年 5 月，我国将在上海举办亚洲相互协作与信任措施会议（简称“亚\n信”）第四次峰会，并接任 2014—2016 年亚信主席国。";
        NormalisedText t = view(original);
        assertEquals("今年5月，我国将在上海举办亚洲相互协作与信任措施会议（简称“亚信”）第四次峰会，并接任2014—2016年亚信主席国。",
                t.analysisText());
        assertEquals("亚\n信", originalOf(t, original, "亚信"));
        assertEquals("今年 5 月", originalOf(t, original, "今年5月"));
        assertEquals("2014—2016 年", originalOf(t, original, "2014—2016年"));
        assertEquals(1, t.blocks().size());
        assertEquals("亚信第四次峰会在上海举行。", view("亚\n信第四次峰会在上海举行。").analysisText());
    }

    @Test
    @DisplayName("PDF 双倍行距的硬换行：满行之间的空行不是段落分隔，短行和句末才是")
    void doubleSpacedPdf() {
        String original = """
                亚信：促进亚洲安全与合作的

                重要平台

                今年5月，我国将在上海举办亚洲相互协作与信任措施会议（简称“亚

                信”）第四次峰会，并接任2014—2016年亚信主席国。亚信是1992年哈萨

                克斯坦总统纳扎尔巴耶夫在第47届联合国大会上倡议成立的。回顾22年的

                成长历程，亚信取得了长足进展。一是亚信的规模不断扩大，现在已经拥有

                24个成员国和13个观察员国家和国际组织。亚信的地域范围覆盖了亚洲各个

                次区域。二是亚信的机制建设日趋成熟，已建立起国家元首和政府首脑会议

                （峰会）、外长会议、高官委员会会议三级机制。
                亚信从不为人知的论坛，发展成为本地区重要的安全对话平台，说明其

                倡导的宗旨和理念符合世界发展的潮流和亚洲各国的诉求。
                """;
        NormalisedText t = view(original);
        assertEquals(List.of("亚信：促进亚洲安全与合作的重要平台"), blockTexts(t, Block.Kind.HEADING));
        List<String> paragraphs = blockTexts(t, Block.Kind.PARAGRAPH);
        assertEquals(2, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs.get(0).contains("（简称“亚信”）第四次峰会"));
        assertTrue(paragraphs.get(0).contains("哈萨克斯坦总统纳扎尔巴耶夫"));
        assertTrue(paragraphs.get(1).endsWith("亚洲各国的诉求。"));
    }

    @Test
    @DisplayName("脚注标记 [1]、<sup>[2]</sup>、［3］、① 从分析视图中去掉")
    void footnoteMarkers() {
        String original = "2001年6月，上合组织正式成立。[1]中国领导人指出，“‘上海五国’进程是重要的外交实践”。<sup>[2]</sup>"
                + "这一观点被写入共同宣言［3］，成为总目标①。";
        NormalisedText t = view(original);
        assertEquals("2001年6月，上合组织正式成立。中国领导人指出，“‘上海五国’进程是重要的外交实践”。"
                + "这一观点被写入共同宣言，成为总目标。", t.analysisText());
        assertEquals("。[1]中", originalOf(t, original, "。中"));
    }

    @Test
    @DisplayName("Markdown：标题、粗体、列表、链接、分隔线去掉标记，标题单独成块")
    void markdown() {
        String original = """
                # 中国新安全观与上合组织 二十年安全实践

                **【关键词】**新安全观 上海合作组织 安全合作

                - 一、中国对亚太安全合作的政策主张
                - 二、中国的亚太安全理念

                [上合组织](https://example.org/sco)于2001年成立，*总部*设在北京。

                ---

                [1] 楚树龙：《冷战后中国安全战略思想的发展》，载《国际政治与安全》1999年第9期。
                """;
        NormalisedText t = view(original);
        assertEquals("中国新安全观与上合组织 二十年安全实践\n【关键词】新安全观 上海合作组织 安全合作\n"
                + "一、中国对亚太安全合作的政策主张\n二、中国的亚太安全理念\n上合组织于2001年成立，总部设在北京。\n"
                + "楚树龙：《冷战后中国安全战略思想的发展》，载《国际政治与安全》1999年第9期。", t.analysisText());
        assertEquals(Block.Kind.HEADING, t.blocks().get(0).kind());
        assertEquals(List.of("楚树龙：《冷战后中国安全战略思想的发展》，载《国际政治与安全》1999年第9期。"),
                blockTexts(t, Block.Kind.FOOTNOTE));
    }

    @Test
    @DisplayName("HTML：标签去掉，实体解码，一个实体字符映射回整个实体；代表标记字符的实体（&amp; &lt; &gt;）与未知实体去掉")
    void html() {
        String original = "<p>中国&amp;东盟&nbsp;签署《南海各方行为宣言》<br/></p>";
        NormalisedText t = view(original);
        assertEquals("中国东盟 签署《南海各方行为宣言》", t.analysisText());
        assertEquals("&nbsp;", originalOf(t, original, " "));
        assertEquals("《南海各方行为宣言》", originalOf(t, original, "《南海各方行为宣言》"));
    }

    @Test
    @DisplayName("书名号里的 HTML 不进名称：实体 &lt; &amp; 去掉，跨行的标签整个去掉，偏移仍指向原文")
    void markupInsideTitles() {
        String original = "会议通过了《上海合作组织&lt;宪章&amp;》。\n各国签署了《<img src=\"x.png\"\n onerror=\"alert(1)\">宣言》和《&bogus;联合声明》。";
        NormalisedText t = view(original);
        assertEquals("会议通过了《上海合作组织宪章》。\n各国签署了《宣言》和《联合声明》。", t.analysisText());
        assertEquals("《上海合作组织&lt;宪章&amp;》", originalOf(t, original, "《上海合作组织宪章》"));
        assertEquals("宣言》", originalOf(t, original, "宣言》"));
    }

    @Test
    @DisplayName("不是 HTML 的尖括号与 & 照原样保留：没有标签，就没有要去掉的")
    void anglesThatAreNotMarkup() {
        String original = "GDP增速<5%，R&D投入增加。";
        assertEquals("GDP增速<5%，R&D投入增加。", view(original).analysisText());
    }

    @Test
    @DisplayName("网页导航行去掉；半角标点在中文中变为全角")
    void webPage() {
        String original = """
                网站首页 | 网站地图

                首页 > 原创精品 > 成果首发 > 正文

                亚洲安全模式:理论创新与构建路径

                上海合作组织(以下简称“上合组织”)成立于2001年,总部设在北京。
                """;
        NormalisedText t = view(original);
        assertEquals("亚洲安全模式：理论创新与构建路径\n上海合作组织（以下简称“上合组织”）成立于2001年，总部设在北京。",
                t.analysisText());
        assertEquals(Block.Kind.HEADING, t.blocks().get(0).kind());
    }

    @Test
    @DisplayName("PDF 粗体标题重复的字被还原：一一、、构建…构建… → 一、构建…")
    void doubledBoldHeading() {
        String original = "二二、、构建周边安全共同体的必要构建周边安全共同体的必要\n性与可行性性与可行性\n当前周边安全形势复杂。";
        NormalisedText t = view(original);
        assertEquals(List.of("二、构建周边安全共同体的必要性与可行性"), blockTexts(t, Block.Kind.HEADING));
        assertEquals("二二、", originalOf(t, original, "二、"), "each piece maps to its first copy");
    }

    @Test
    @DisplayName("页脚注释打断段落时，段落在注释之后接续，注释放在段落之后")
    void noteInterruptingParagraph() {
        String original = """
                冷战结束以来，这两个协定的签署对冷战后中国安全战略的演

                ---

                [1]《上海合作组织成员国元首阿斯塔纳宣言》，外交部网站，2017年6月9日。

                进和地区安全的构建具有开创意义。
                """;
        NormalisedText t = view(original);
        assertEquals("冷战结束以来，这两个协定的签署对冷战后中国安全战略的演进和地区安全的构建具有开创意义。\n"
                + "《上海合作组织成员国元首阿斯塔纳宣言》，外交部网站，2017年6月9日。", t.analysisText());
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.FOOTNOTE), t.blocks().stream().map(Block::kind).toList());
        assertTrue(originalOf(t, original, "演进").contains("[1]"), "the joined span covers the note in the original");
    }

    @Test
    @DisplayName("空文本 → 空视图，无块")
    void emptyText() {
        NormalisedText t = view("");
        assertEquals("", t.analysisText());
        assertTrue(t.blocks().isEmpty());
        assertEquals(0, t.originalStart(0));
        assertEquals(0, t.originalEnd(0));
    }

    @Test
    @DisplayName("块之间只有一个换行，块内没有换行")
    void blocksHaveNoLineBreaks() {
        NormalisedText t = view("第一段。\r\n\r\n第二段，\r\n继续。\r\n");
        assertEquals("第一段。\n第二段，继续。", t.analysisText());
        for (Block b : t.blocks()) {
            assertFalse(t.analysisText().substring(b.start(), b.end()).contains("\n"));
        }
    }
}
