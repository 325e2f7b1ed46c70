package org.asiasec.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FactEvaluationTest {

    private static final Evidence IN_A = new Evidence("a.txt", 0, 10, "test", 1);

    private static CollectingSink sink() {
        CollectingSink sink = new CollectingSink();
        sink.entity(new Entity("SCO", EntityType.MECHANISM, null, "上海合作组织", null, new java.util.TreeSet<>(Set.of("上合组织")), null));
        sink.entity(new Entity("Qingdao", EntityType.PLACE, null, "青岛", null, null, null));
        sink.entity(new Entity("NSC", EntityType.CONCEPT, null, "新安全观", null, null, null));
        sink.entity(new Entity("China", EntityType.COUNTRY, null, "中华人民共和国", null, new java.util.TreeSet<>(Set.of("中国")), null));
        sink.entity(new Entity("SCO-summit-2018", EntityType.MEETING, "Summit", "上海合作组织2018年青岛峰会", null, null, null));
        return sink;
    }

    private static void fact(CollectingSink sink, String subject, Property p, Value v) {
        sink.fact(new Fact(subject, p, v, IN_A));
    }

    private static final List<String> GOLD = List.of(
            "a.txt\tmeeting\t上海合作组织\t-\tplace=青岛\t2018-06\t",
            "a.txt\tconcept-proposal\t新安全观\tproposedBy\t中国\t\t",
            "a.txt\tconcept-proposal\t新安全观\tproposedOn\t\t1997-03\t",
            "a.txt\tconcept-proposal\t新安全观\tproposedAt\tmeeting:上海合作组织@2018\t\t");

    @Test
    @DisplayName("实体按任一标签比较；比原文粗的日期算对；会议按机制与年份认出")
    void rightFacts() {
        CollectingSink sink = sink();
        fact(sink, "SCO-summit-2018", Property.MECHANISM, new Value.EntityRef("SCO"));
        fact(sink, "SCO-summit-2018", Property.DATE, Value.Date.month(2018, 6));
        fact(sink, "SCO-summit-2018", Property.PLACE, new Value.EntityRef("Qingdao"));
        fact(sink, "NSC", Property.PROPOSED_BY, new Value.EntityRef("China"));
        fact(sink, "NSC", Property.PROPOSED_ON, Value.Date.year(1997));
        fact(sink, "NSC", Property.PROPOSED_AT, new Value.EntityRef("SCO-summit-2018"));
        Map<String, FactEvaluation.Score> scores = FactEvaluation.parse(GOLD).evaluate(sink);
        assertEquals(new FactEvaluation.Score(1, 1, 1, 1), scores.get("meeting"));
        assertEquals(new FactEvaluation.Score(3, 3, 3, 3), scores.get("concept-proposal"));
    }

    @Test
    @DisplayName("日期或城市不对，整条会议记录都不对；另一年份的日期不算对")
    void wrongFacts() {
        CollectingSink sink = sink();
        fact(sink, "SCO-summit-2018", Property.MECHANISM, new Value.EntityRef("SCO"));
        fact(sink, "SCO-summit-2018", Property.DATE, Value.Date.month(2018, 7));
        fact(sink, "SCO-summit-2018", Property.PLACE, new Value.EntityRef("Qingdao"));
        fact(sink, "NSC", Property.PROPOSED_ON, Value.Date.month(1997, 4));
        Map<String, FactEvaluation.Score> scores = FactEvaluation.parse(GOLD).evaluate(sink);
        assertEquals(new FactEvaluation.Score(1, 0, 1, 0), scores.get("meeting"));
        assertEquals(new FactEvaluation.Score(3, 0, 1, 0), scores.get("concept-proposal"));
        assertEquals(2, FactEvaluation.parse(GOLD).differences(sink).stream().filter(d -> d.startsWith("wrong")).count());
    }
}
