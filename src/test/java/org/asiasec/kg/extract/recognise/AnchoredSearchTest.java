package org.asiasec.kg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Searching only near an anchor finds exactly what a plain {@code find()} over the whole text finds,
 * on many random texts made of the words and marks the patterns care about.
 */
class AnchoredSearchTest {

    @Test
    @DisplayName("观点列表：只在“观、”前试配，结果与逐字 find() 相同")
    void viewListsAsFind() {
        int matches = 0;
        for (String text : randomTexts(List.of("安全观", "发展观、", "合作观、", "观", "、", "的", "新", "安全", "和", "，"), 2000, 7)) {
            List<String> found = new ArrayList<>();
            ConceptListRecogniser.LIST.forEachMatch(text, m -> found.add(describe(m)));
            assertEquals(plainFind(Pattern.compile(ConceptListRecogniser.LIST_REGEX), text), found, text);
            matches += found.size();
        }
        assertTrue(matches > 20, "the random texts hold lists: " + matches);
    }

    @Test
    @DisplayName("工作会议：只在锚词前试配，结果与逐字 find() 相同")
    void workConferencesAsFind() {
        int matches = 0;
        for (String text : randomTexts(List.of("中央", "全国", "外事", "工作会议", "工作", "会议", "，", "中", "宣传"), 2000, 11)) {
            List<String> found = new ArrayList<>();
            MechanismNameRecogniser.WORK_CONFERENCE.forEachMatch(text, m -> found.add(describe(m)));
            assertEquals(plainFind(Pattern.compile(MechanismNameRecogniser.WORK_CONFERENCE_REGEX), text), found, text);
            matches += found.size();
        }
        assertTrue(matches > 20, "the random texts hold work conferences: " + matches);
    }

    @Test
    @DisplayName("作者列表：只在冒号加书名号前的汉字串里找，结果与逐字 find() 相同")
    void authorListsAsFind() {
        int matches = 0;
        for (String text : randomTexts(List.of("罗圣荣", "冯绍雷", "封帅", "、", "：", ":", "《", " ", "\n", "注释", "，", "a", "论"), 3000, 13)) {
            List<String> found = PersonRecogniser.authorLists(text).stream().map(AnchoredSearchTest::describe).toList();
            assertEquals(plainFind(PersonRecogniser.AUTHORS, text), found, text);
            matches += found.size();
        }
        assertTrue(matches > 20, "the random texts hold author lists: " + matches);
    }

    /** Texts of up to 30 pieces drawn at random (fixed seed: the same texts on every run). */
    private static List<String> randomTexts(List<String> pieces, int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static List<String> plainFind(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(describe(m));
        }
        return found;
    }

    private static String describe(MatchResult m) {
        StringBuilder d = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            d.append('|').append(m.start(g)).append('-').append(m.end(g));
        }
        return d.toString();
    }
}
