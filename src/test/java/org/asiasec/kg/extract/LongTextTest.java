package org.asiasec.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Mention;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A text longer than the window is read window by window, with the same result as read whole. */
class LongTextTest {

    private static final String TEXT = "上海合作组织（以下简称“上组”）成立于2001年。\n"
            + "各方同意加强合作，共同维护地区和平与稳定。\n".repeat(20)
            + "上组峰会在阿斯塔纳举行，习近平出席会议。\n";

    private static CollectingSink extract(int windowChars) {
        CollectingSink sink = new CollectingSink();
        new StandardExtractor(Lexicon.standard(), List::of, windowChars).extract(new SourceText("t.txt", TEXT, null), sink);
        return sink;
    }

    @Test
    @DisplayName("分窗口读长文本：提及与证据和整篇读时相同")
    void windowsGiveTheSameMentionsAsTheWholeText() {
        CollectingSink whole = extract(1_000_000);
        CollectingSink windowed = extract(200);
        assertEquals(whole.mentions(), windowed.mentions());
        assertEquals(whole.entities(), windowed.entities());
    }

    @Test
    @DisplayName("前一窗口声明的简称在后面的窗口里仍然有效")
    void anAbbreviationDeclaredInAnEarlierWindowHoldsLater() {
        List<Mention> uses = extract(200).mentions().stream()
                .filter(m -> m.surface().equals("上组") && m.start() > 300).toList();
        assertEquals(1, uses.size());
        assertEquals("SCO", uses.get(0).entityKey());
        assertTrue(uses.get(0).evidence().sentenceEnd() - uses.get(0).evidence().sentenceStart() < 30);
    }
}
