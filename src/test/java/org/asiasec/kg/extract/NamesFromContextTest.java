package org.asiasec.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Names no list holds, found by the form of the sentence: each form in simplified and traditional
 * script, damaged by a PDF line wrap, and with invented names; each with a sentence where the form
 * does not hold.
 */
class NamesFromContextTest {

    private static final StandardExtractor EXTRACTOR = StandardExtractor.entitiesOnly(org.asiasec.kg.lexicon.Lexicon.standard());

    /** The canonical Chinese labels of the entities of one type found in {@code text}. */
    static Set<String> names(String text, EntityType type) {
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(new SourceText("t.txt", text, null), sink);
        return sink.entities().values().stream().filter(e -> e.type() == type).map(Entity::labelZh)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Nested
    @DisplayName("地名：国名、省名在前的城市")
    class PlacesAfterCountry {

        @Test
        @DisplayName("在哈萨克斯坦阿斯塔纳举行：国家与城市各是一个名称")
        void countryThenCity() {
            String text = "会议在哈萨克斯坦阿斯塔纳举行。";
            assertEquals(Set.of("阿斯塔纳"), names(text, EntityType.PLACE));
            assertEquals(Set.of("哈萨克斯坦"), names(text, EntityType.COUNTRY));
        }

        @Test
        @DisplayName("繁体：會議在哈薩克斯坦阿斯塔納舉行")
        void traditional() {
            assertEquals(Set.of("阿斯塔纳"), names("會議在哈薩克斯坦阿斯塔納舉行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("PDF 断行：在哈萨克斯\\n坦阿斯塔纳举行")
        void wrapped() {
            assertEquals(Set.of("阿斯塔纳"), names("会议在哈萨克斯\n坦阿斯塔纳举行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("虚构城市：在吉尔吉斯斯坦卡拉苏尔举行")
        void invented() {
            String text = "第三次会议在吉尔吉斯斯坦卡拉苏尔举行。";
            assertEquals(Set.of("卡拉苏尔"), names(text, EntityType.PLACE));
            assertEquals(Set.of("吉尔吉斯斯坦"), names(text, EntityType.COUNTRY));
        }

        @Test
        @DisplayName("X市：名称是 X")
        void citySuffix() {
            assertEquals(Set.of("琼海"), names("年会在琼海市举行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("反例：在国际会议中心举行，没有地名")
        void noPlaceInCommonWords() {
            assertEquals(Set.of(), names("会议在国际会议中心举行。", EntityType.PLACE));
        }
    }

    @Nested
    @DisplayName("港台译名：经变体表链接到同一实体")
    class RegionalRenderings {

        @Test
        @DisplayName("澳洲、亞塞拜然、紐西蘭是澳大利亚、阿塞拜疆、新西兰")
        void countryVariants() {
            assertEquals(Set.of("澳大利亚", "阿塞拜疆", "新西兰"),
                    names("澳洲、亞塞拜然與紐西蘭代表出席。", EntityType.COUNTRY));
        }

        @Test
        @DisplayName("词典外的城市：伊斯坦堡是伊斯坦布尔")
        void cityVariant() {
            assertEquals(Set.of("伊斯坦布尔"), names("峰會在伊斯坦堡舉行。", EntityType.PLACE));
        }

        @Test
        @DisplayName("反例：澳门不是澳洲")
        void notAVariant() {
            assertEquals(Set.of(), names("代表团访问了澳门。", EntityType.COUNTRY));
        }
    }
}
