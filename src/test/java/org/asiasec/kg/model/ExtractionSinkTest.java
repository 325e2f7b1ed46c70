package org.asiasec.kg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExtractionSinkTest {

    private static final Entity SCO = new Entity("SCO", EntityType.MECHANISM, "Organisation", "上海合作组织",
            null, new TreeSet<>(Set.of("上合组织")), null);
    private static final Evidence EVIDENCE = new Evidence("a.txt", 0, 12, "test", 1.0);

    @Test
    @DisplayName("a sink that overrides only entity() sees the entities, and nothing else reaches it")
    void defaultsLetASinkOverrideOnlyWhatItWants() {
        List<String> seen = new ArrayList<>();
        ExtractionSink entitiesOnly = new ExtractionSink() {
            @Override
            public void entity(Entity entity) {
                seen.add(entity.labelZh());
            }
        };
        Source source = new TestSource("a.txt", "上海合作组织在上海成立。");
        entitiesOnly.start(source);
        entitiesOnly.mention(new Mention("SCO", "上合组织", 0, 4, EVIDENCE));
        entitiesOnly.fact(new Fact("SCO", Property.PLACE, new Value.EntityRef("shanghai"), EVIDENCE));
        entitiesOnly.entity(SCO);
        entitiesOnly.finish(source);
        assertEquals(List.of("上海合作组织"), seen);
    }

    private record TestSource(String fileName, String text) implements Source {
        @Override
        public String title() {
            return null;
        }

        @Override
        public String creator() {
            return null;
        }

        @Override
        public String publisher() {
            return null;
        }

        @Override
        public String date() {
            return null;
        }

        @Override
        public String language() {
            return "zh";
        }
    }
}
